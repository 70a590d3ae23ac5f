type Props = { onClear: () => void }

/** A filter that hides every claim says so, and offers the way back to all of them. */
export function NoFilterMatch({ onClear }: Props) {
  return (
    <p className="empty-note" role="status">
      No claims match the filter.{' '}
      <button type="button" onClick={onClear}>
        Clear filter
      </button>
    </p>
  )
}
