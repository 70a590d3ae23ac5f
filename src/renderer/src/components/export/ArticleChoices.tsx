import { useState, type FormEvent } from 'react'
import type { AnnotationImportResult } from '../../../../shared/report-model'

type Ambiguous = AnnotationImportResult['ambiguous']
type Choice = { index: number; articleId: string }

type Props = { ambiguous: Ambiguous; onChoose: (choices: Choice[]) => void }

const LEAVE_OUT = ''

/** For each annotation whose quote is in several articles, the user picks one (or none). */
export function ArticleChoices({ ambiguous, onChoose }: Props) {
  const [chosen, setChosen] = useState<Record<number, string>>({})
  const choices = ambiguous
    .map(({ index }) => ({ index, articleId: chosen[index] ?? LEAVE_OUT }))
    .filter((choice) => choice.articleId !== LEAVE_OUT)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (choices.length > 0) onChoose(choices)
  }

  return (
    <form aria-label="Choose articles" onSubmit={submit}>
      <h3 className="dialog-section-title">In several articles ({ambiguous.length})</h3>
      <p className="dialog-hint">
        These quotes are word for word in more than one article. Choose where each belongs.
      </p>
      {ambiguous.map((each) => (
        <fieldset key={each.index} className="article-choice">
          <legend>
            “{each.quote}”
            {each.replies > 0
              ? ` (and ${each.replies} repl${each.replies === 1 ? 'y' : 'ies'})`
              : ''}
          </legend>
          {[...each.candidates, { articleId: LEAVE_OUT, title: 'Leave it out' }].map(
            (candidate) => (
              <label key={candidate.articleId}>
                <input
                  type="radio"
                  name={`choice-${each.index}`}
                  value={candidate.articleId}
                  checked={(chosen[each.index] ?? LEAVE_OUT) === candidate.articleId}
                  onChange={() => setChosen({ ...chosen, [each.index]: candidate.articleId })}
                />
                {candidate.title}
                {'site' in candidate && candidate.site ? ` — ${candidate.site}` : ''}
              </label>
            ),
          )}
        </fieldset>
      ))}
      <div className="dialog-actions">
        <button type="submit" disabled={choices.length === 0}>
          Import into the chosen articles
        </button>
      </div>
    </form>
  )
}
