import { describe, expect, it } from 'vitest'
import { ArticlePositions } from './article-positions'

// Text: "Head\n\nFirst para\n\nEnd" — blocks at 0–4, 6–16, 18–21.
const BLOCKS = [
  { start: 0, end: 4 },
  { start: 6, end: 16 },
  { start: 18, end: 21 },
]
// ProseMirror: <b>Head</b> opens at 0, text 1–5; second opens at 6, text 7–17; third opens at 18, text 19–22.

describe('ArticlePositions', () => {
  const positions = new ArticlePositions(BLOCKS)

  it.each([
    [0, 1],
    [4, 5],
    [6, 7],
    [10, 11],
    [16, 17],
    [18, 19],
    [21, 22],
  ])('maps offset %i to position %i', (offset, position) => {
    expect(positions.toPosition(offset)).toBe(position)
    expect(positions.toOffset(position)).toBe(offset)
  })

  it('puts an offset inside a block separator at the end of the earlier block', () => {
    expect(positions.toPosition(5)).toBe(5)
  })

  it('maps a position between nodes to the start of the next block', () => {
    expect(positions.toOffset(6)).toBe(6)
    expect(positions.toOffset(0)).toBe(0)
  })
})
