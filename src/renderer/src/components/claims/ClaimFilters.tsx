import type { Vocabulary } from '../../../../shared/contract'
import type { ClaimFilter } from '../../state/claim-filter'
import { VocabularyFilterSelects, type FilterWording } from './VocabularySelects'

type Props = {
  filter: ClaimFilter
  vocabulary: Vocabulary
  onChange: (filter: ClaimFilter) => void
}

const WORDING: FilterWording = {
  label: (one) => `Filter by ${one}`,
  any: (_one, many) => `All ${many}`,
}

/** Text, tag, verdict and status filters over a list of claims. */
export function ClaimFilters({ filter, vocabulary, onChange }: Props) {
  const set = (change: Partial<ClaimFilter>) => onChange({ ...filter, ...change })
  return (
    <div className="claim-filters" role="search" aria-label="Filter claims">
      <input
        type="search"
        aria-label="Search claims"
        placeholder="Search quotes, claimants, notes…"
        value={filter.text}
        onChange={(event) => set({ text: event.target.value })}
      />
      <VocabularyFilterSelects
        vocabulary={vocabulary}
        filter={filter}
        wording={WORDING}
        onChange={set}
      />
    </div>
  )
}
