import { ClaimStatus } from '../../../../shared/claim-model'
import type { Vocabulary } from '../../../../shared/contract'
import { STATUS_LABELS } from '../../../../shared/status-labels'

type SelectProps<V extends string> = {
  /** The accessible name, e.g. "Filter by tag". */
  label: string
  /** The first option, meaning "no restriction", e.g. "All tags". */
  anyLabel: string
  value: V | ''
  onChange: (value: V | '') => void
}

type Option = { value: string; label: string }

function OptionSelect<V extends string>({
  label,
  anyLabel,
  value,
  onChange,
  options,
}: SelectProps<V> & { options: Option[] }) {
  return (
    <select
      aria-label={label}
      value={value}
      onChange={(event) => onChange(event.target.value as V | '')}
    >
      <option value="">{anyLabel}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  )
}

/** One of the workspace's tags, or any. */
function TagSelect({ vocabulary, ...props }: SelectProps<string> & { vocabulary: Vocabulary }) {
  return (
    <OptionSelect
      {...props}
      options={vocabulary.tags.map((tag) => ({ value: tag.id, label: tag.name }))}
    />
  )
}

/** One verdict of the workspace's scale, or any. */
function VerdictSelect({ vocabulary, ...props }: SelectProps<string> & { vocabulary: Vocabulary }) {
  const options = vocabulary.verdictScale.verdicts.map((verdict) => ({
    value: verdict.id,
    label: verdict.label,
  }))
  return <OptionSelect {...props} options={options} />
}

const STATUS_OPTIONS = ClaimStatus.options.map((status) => ({
  value: status,
  label: STATUS_LABELS[status],
}))

/** One claim status, or any. */
function StatusSelect(props: SelectProps<ClaimStatus>) {
  return <OptionSelect {...props} options={STATUS_OPTIONS} />
}

/** What a set of filter selects narrows claims to; '' is any. */
export type VocabularyFilter = { tagId: string; verdictId: string; status: ClaimStatus | '' }

/** How the selects read: "Filter by tag" / "All tags", or "Only claims with tag" / "Any tag". */
export type FilterWording = {
  label: (one: string) => string
  any: (one: string, many: string) => string
}

type FilterProps = {
  vocabulary: Vocabulary
  filter: VocabularyFilter
  wording: FilterWording
  onChange: (change: Partial<VocabularyFilter>) => void
}

/** The tag, verdict and status selects, the same wherever claims are filtered. */
export function VocabularyFilterSelects({ vocabulary, filter, wording, onChange }: FilterProps) {
  const words = (one: string, many: string) => ({
    label: wording.label(one),
    anyLabel: wording.any(one, many),
  })
  return (
    <>
      <TagSelect
        {...words('tag', 'tags')}
        vocabulary={vocabulary}
        value={filter.tagId}
        onChange={(tagId) => onChange({ tagId })}
      />
      <VerdictSelect
        {...words('verdict', 'verdicts')}
        vocabulary={vocabulary}
        value={filter.verdictId}
        onChange={(verdictId) => onChange({ verdictId })}
      />
      <StatusSelect
        {...words('status', 'statuses')}
        value={filter.status}
        onChange={(status) => onChange({ status })}
      />
    </>
  )
}
