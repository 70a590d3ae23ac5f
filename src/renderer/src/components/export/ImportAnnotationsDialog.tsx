import { useId, useState, type ChangeEvent } from 'react'
import type {
  AnnotationImportRequest,
  AnnotationImportResult,
} from '../../../../shared/report-model'
import { Dialog } from '../Dialog'
import { ArticleChoices } from './ArticleChoices'
import { useAnnotationImport } from './use-annotation-import'

type Props = { open: boolean; onClose: () => void }

const summaryOf = (result: AnnotationImportResult) =>
  [
    `Imported ${result.imported} claim(s)`,
    result.matchedByQuote.length > 0
      ? `${result.matchedByQuote.length} found by their quote in another copy of the page`
      : '',
    result.needsReview > 0 ? `${result.needsReview} placed by a close match: review them` : '',
    result.replies > 0 ? `${result.replies} replies kept as notes` : '',
    result.createdTags.length > 0 ? `new tags: ${result.createdTags.join(', ')}` : '',
    result.ambiguous.length > 0
      ? `${result.ambiguous.length} wait for you to choose an article`
      : '',
  ]
    .filter(Boolean)
    .join('; ') + '.'

/**
 * File → Import annotations…: claims from a W3C Web Annotation or Hypothesis file, each in the
 * article its page or its quote points to; a quote in several articles waits for the user's choice.
 */
export function ImportAnnotationsDialog({ open, onClose }: Props) {
  const importAnnotations = useAnnotationImport()
  const inputId = useId()
  const [result, setResult] = useState<AnnotationImportResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [content, setContent] = useState('')

  const send = async (request: AnnotationImportRequest) => {
    setError(null)
    setResult(null)
    try {
      setResult(await importAnnotations(request))
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    const text = await file.text()
    setContent(text)
    await send({ content: text })
  }

  return (
    <Dialog open={open} onClose={onClose} title="Import annotations">
      <p className="dialog-hint">
        A W3C Web Annotation file (JSON-LD), such as a Claimdesk export, or annotations exported
        from Hypothesis (JSON). Each becomes a claim in the article it was made on, or, when that
        page is elsewhere, in the article its quote is in.
      </p>
      <div className="publisher-fields">
        <label htmlFor={inputId}>Annotations file</label>
        <input
          id={inputId}
          type="file"
          accept=".jsonld,.json,application/ld+json,application/json"
          onChange={(event) => void choose(event)}
        />
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <p role="status" className="form-status">
        {result ? summaryOf(result) : ''}
      </p>
      {result && result.ambiguous.length > 0 && (
        <ArticleChoices
          ambiguous={result.ambiguous}
          onChoose={(choices) => void send({ content, choices })}
        />
      )}
      {result && result.skipped.length > 0 && (
        <section aria-label="Not imported">
          <h3 className="dialog-section-title">Not imported ({result.skipped.length})</h3>
          <ul>
            {result.skipped.map((skip, index) => (
              <li key={index}>
                {skip.annotation}: {skip.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Dialog>
  )
}
