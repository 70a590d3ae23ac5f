import { useId } from 'react'
import type { Vocabulary } from '../../../../shared/contract'
import { StatusSelect, TagSelect, VerdictSelect } from '../claims/VocabularySelects'
import type { ExportChoice, ScopeKind } from './report-request'

type Props = {
  choice: ExportChoice
  vocabulary: Vocabulary
  hasArticle: boolean
  onChange: (change: Partial<ExportChoice>) => void
}

const SCOPE_LABELS: Record<ScopeKind, string> = {
  article: 'This article',
  all: 'All articles',
  filter: 'Claims matching a filter',
}

/** Which claims go into the report: the open article, all of them, or those with a tag, verdict or status. */
export function ScopeFields({ choice, vocabulary, hasArticle, onChange }: Props) {
  const name = useId()
  return (
    <fieldset className="settings-section radio-group">
      <legend className="dialog-section-title">Claims to include</legend>
      {(['article', 'all', 'filter'] as const).map((scope) => (
        <label key={scope} className="radio-label">
          <input
            type="radio"
            name={name}
            value={scope}
            checked={choice.scope === scope}
            disabled={scope === 'article' && !hasArticle}
            onChange={() => onChange({ scope })}
          />
          {SCOPE_LABELS[scope]}
        </label>
      ))}
      {choice.scope === 'filter' && (
        <div className="publisher-fields">
          <TagSelect
            label="Only claims with tag"
            anyLabel="Any tag"
            vocabulary={vocabulary}
            value={choice.tagId}
            onChange={(tagId) => onChange({ tagId })}
          />
          <VerdictSelect
            label="Only claims with verdict"
            anyLabel="Any verdict"
            vocabulary={vocabulary}
            value={choice.verdictId}
            onChange={(verdictId) => onChange({ verdictId })}
          />
          <StatusSelect
            label="Only claims with status"
            anyLabel="Any status"
            value={choice.status}
            onChange={(status) => onChange({ status })}
          />
        </div>
      )}
    </fieldset>
  )
}
