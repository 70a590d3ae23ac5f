import { useId } from 'react'
import type { Vocabulary } from '../../../../shared/contract'
import { VocabularyFilterSelects, type FilterWording } from '../claims/VocabularySelects'
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

const WORDING: FilterWording = {
  label: (one) => `Only claims with ${one}`,
  any: (one) => `Any ${one}`,
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
          <VocabularyFilterSelects
            vocabulary={vocabulary}
            filter={choice}
            wording={WORDING}
            onChange={onChange}
          />
        </div>
      )}
    </fieldset>
  )
}
