import { useId } from 'react'
import { ClaimStatus } from '../../../../shared/claim-model'
import type { Vocabulary } from '../../../../shared/contract'
import { STATUS_LABELS } from '../../../../shared/status-labels'
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
          <select
            aria-label="Only claims with tag"
            value={choice.tagId}
            onChange={(event) => onChange({ tagId: event.target.value })}
          >
            <option value="">Any tag</option>
            {vocabulary.tags.map((tag) => (
              <option key={tag.id} value={tag.id}>
                {tag.name}
              </option>
            ))}
          </select>
          <select
            aria-label="Only claims with verdict"
            value={choice.verdictId}
            onChange={(event) => onChange({ verdictId: event.target.value })}
          >
            <option value="">Any verdict</option>
            {vocabulary.verdictScale.verdicts.map((verdict) => (
              <option key={verdict.id} value={verdict.id}>
                {verdict.label}
              </option>
            ))}
          </select>
          <select
            aria-label="Only claims with status"
            value={choice.status}
            onChange={(event) => onChange({ status: event.target.value as ExportChoice['status'] })}
          >
            <option value="">Any status</option>
            {ClaimStatus.options.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
      )}
    </fieldset>
  )
}
