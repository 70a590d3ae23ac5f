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
export function TagSelect({
  vocabulary,
  ...props
}: SelectProps<string> & { vocabulary: Vocabulary }) {
  return (
    <OptionSelect
      {...props}
      options={vocabulary.tags.map((tag) => ({ value: tag.id, label: tag.name }))}
    />
  )
}

/** One verdict of the workspace's scale, or any. */
export function VerdictSelect({
  vocabulary,
  ...props
}: SelectProps<string> & { vocabulary: Vocabulary }) {
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
export function StatusSelect(props: SelectProps<ClaimStatus>) {
  return <OptionSelect {...props} options={STATUS_OPTIONS} />
}
