import { useRef, type ReactNode } from 'react'
import { useVisibleRows } from './use-visible-rows'

type Props<T> = {
  items: readonly T[]
  label: string
  keyOf: (item: T) => string
  renderItem: (item: T) => ReactNode
}

/**
 * A list whose rows all have the same height, drawing only the rows near the view; the space of
 * the others is kept as padding so the scrollbar tells the truth, and each row says its place.
 */
export function WindowedList<T>({ items, label, keyOf, renderItem }: Props<T>) {
  const listRef = useRef<HTMLUListElement>(null)
  const { first, last, rowHeight } = useVisibleRows(listRef, items.length)
  return (
    <ul
      ref={listRef}
      className="claim-list"
      aria-label={label}
      style={{ paddingTop: first * rowHeight, paddingBottom: (items.length - last) * rowHeight }}
    >
      {items.slice(first, last).map((item, index) => (
        <li key={keyOf(item)} aria-setsize={items.length} aria-posinset={first + index + 1}>
          {renderItem(item)}
        </li>
      ))}
    </ul>
  )
}
