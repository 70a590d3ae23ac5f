import { describe, expect, it, vi } from 'vitest'
import type { Highlight } from './claim-highlights'
import { HighlightQueue, type HighlightChange } from './highlight-queue'

const highlights = (count: number, from = 0): Highlight[] =>
  Array.from({ length: count }, (_, n) => ({
    claimId: `c${from + n}`,
    from: from + n,
    to: from + n + 1,
    colour: '#336699',
    label: 'Claim: Unrated',
    isPending: false,
  }))

describe('HighlightQueue', () => {
  it('sends a small change at once, in the same task', () => {
    const sent: HighlightChange[] = []
    new HighlightQueue((change) => sent.push(change)).push({
      removedIds: ['old'],
      highlights: highlights(3),
    })
    expect(sent).toEqual([{ removedIds: ['old'], highlights: highlights(3) }])
  })

  it('sends 5,000 highlights a slice per task, the first at once, and keeps later changes behind them', async () => {
    const sent: HighlightChange[] = []
    const queue = new HighlightQueue((change) => sent.push(change))
    queue.push({ removedIds: [], highlights: highlights(5_000) })
    expect(sent).toHaveLength(1)
    queue.push({ removedIds: ['c7'], highlights: highlights(1, 9_000) })
    expect(sent).toHaveLength(1)
    await vi.waitFor(() => expect(sent).toHaveLength(6))
    expect(sent.map((change) => change.highlights.length)).toEqual([
      1000, 1000, 1000, 1000, 1000, 1,
    ])
    expect(sent.flatMap((change) => change.highlights.map((h) => h.claimId))).toEqual(
      [...highlights(5_000), ...highlights(1, 9_000)].map((h) => h.claimId),
    )
    expect(sent.at(-1)?.removedIds).toEqual(['c7'])
  })
})
