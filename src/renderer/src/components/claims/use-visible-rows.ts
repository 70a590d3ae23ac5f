import { useCallback, useLayoutEffect, useState, type RefObject } from 'react'

export type VisibleRows = { first: number; last: number; rowHeight: number }

/** Rows drawn beyond each edge of the view, so a fast scroll or Tab does not meet a blank. */
const OVERSCAN = 8
/** Until a row has been drawn and measured. */
const GUESSED_ROW_HEIGHT = 90
const FIRST_DRAW = 24

function scrollParentOf(element: HTMLElement): HTMLElement {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(parent).overflowY)) return parent
  }
  return document.documentElement
}

/** The distance from one row's top to the next one's, gap included. */
function measuredRowHeight(list: HTMLElement, fallback: number): number {
  const [row, next] = list.children
  if (!row) return fallback
  const top = row.getBoundingClientRect().top
  return next
    ? next.getBoundingClientRect().top - top
    : row.getBoundingClientRect().height || fallback
}

/**
 * Which rows of an equal-height list are in or near its scroll container's view: only those are
 * drawn, so a list of 5,000 claims costs what a list of 40 does.
 */
export function useVisibleRows(listRef: RefObject<HTMLElement | null>, count: number): VisibleRows {
  const [rows, setRows] = useState<VisibleRows>({
    first: 0,
    last: FIRST_DRAW,
    rowHeight: GUESSED_ROW_HEIGHT,
  })
  const [scroller, setScroller] = useState<HTMLElement | null>(null)

  const update = useCallback(() => {
    const list = listRef.current
    if (!list || !scroller) return
    setRows((previous) => {
      const rowHeight = measuredRowHeight(list, previous.rowHeight)
      const top = list.getBoundingClientRect().top - scroller.getBoundingClientRect().top
      const first = Math.max(0, Math.floor(-top / rowHeight) - OVERSCAN)
      const last = Math.max(first, Math.ceil((scroller.clientHeight - top) / rowHeight) + OVERSCAN)
      const isSame =
        first === previous.first && last === previous.last && rowHeight === previous.rowHeight
      return isSame ? previous : { first, last, rowHeight }
    })
  }, [listRef, scroller])

  useLayoutEffect(() => {
    if (listRef.current) setScroller(scrollParentOf(listRef.current))
  }, [listRef])

  useLayoutEffect(() => {
    if (!scroller) return
    const resizes = new ResizeObserver(update)
    resizes.observe(scroller)
    scroller.addEventListener('scroll', update, { passive: true })
    return () => {
      resizes.disconnect()
      scroller.removeEventListener('scroll', update)
    }
  }, [scroller, update])

  // Content above the list (a claim card opening or closing) moves it without a scroll event.
  useLayoutEffect(update)

  return { ...rows, first: Math.min(rows.first, count), last: Math.min(rows.last, count) }
}
