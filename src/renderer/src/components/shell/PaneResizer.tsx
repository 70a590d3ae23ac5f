import type { KeyboardEvent, PointerEvent } from 'react'

type Props = {
  label: string
  width: number
  min: number
  max: number
  /** Which way dragging right moves the width: +1 for a pane on the left, -1 for one on the right. */
  direction: 1 | -1
  onResize: (width: number) => void
}

const KEY_STEP = 16

/** A vertical splitter between panes: drag it, or focus it and use the arrow keys. */
export function PaneResizer({ label, width, min, max, direction, onResize }: Props) {
  const clamp = (value: number) => Math.round(Math.min(max, Math.max(min, value)))

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const handle = event.currentTarget
    handle.setPointerCapture(event.pointerId)
    const startX = event.clientX
    const startWidth = width
    const onMove = (move: globalThis.PointerEvent) =>
      onResize(clamp(startWidth + direction * (move.clientX - startX)))
    const onUp = () => {
      handle.removeEventListener('pointermove', onMove)
      handle.removeEventListener('pointerup', onUp)
    }
    handle.addEventListener('pointermove', onMove)
    handle.addEventListener('pointerup', onUp)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowLeft: -KEY_STEP, ArrowRight: KEY_STEP }[event.key]
    if (!step) return
    event.preventDefault()
    onResize(clamp(width + direction * step))
  }

  return (
    <div
      className={`pane-resizer pane-resizer-${direction === 1 ? 'left' : 'right'}`}
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  )
}
