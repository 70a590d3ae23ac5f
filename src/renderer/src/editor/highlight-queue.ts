import type { Highlight } from './claim-highlights'

export type HighlightChange = { removedIds: string[]; highlights: Highlight[] }

/** About 40 ms of decorating on a laptop: a whole article's highlights never make one long task. */
const SLICE = 1000

function slicesOf(change: HighlightChange): HighlightChange[] {
  const slices: HighlightChange[] = [
    { removedIds: change.removedIds, highlights: change.highlights.slice(0, SLICE) },
  ]
  for (let start = SLICE; start < change.highlights.length; start += SLICE) {
    slices.push({ removedIds: [], highlights: change.highlights.slice(start, start + SLICE) })
  }
  return slices
}

/**
 * Sends highlight changes to the editor in order, a big one (an article's 5,000 claims opening) a
 * slice per task, so the text stays responsive while the rest is painted.
 */
export class HighlightQueue {
  private readonly waiting: HighlightChange[] = []
  private timer: ReturnType<typeof setTimeout> | null = null

  constructor(private readonly send: (change: HighlightChange) => void) {}

  push(change: HighlightChange): void {
    const slices = slicesOf(change)
    // Nothing waiting: the first slice goes now, so one new claim is painted in the same frame.
    if (this.waiting.length === 0) this.send(slices.shift() as HighlightChange)
    this.waiting.push(...slices)
    this.schedule()
  }

  private schedule(): void {
    if (this.timer !== null || this.waiting.length === 0) return
    this.timer = setTimeout(() => {
      this.timer = null
      const next = this.waiting.shift()
      if (next) this.send(next)
      this.schedule()
    })
  }
}
