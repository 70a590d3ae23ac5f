import { describe, expect, it } from 'vitest'
import { findMatches } from './find-matches'

describe('findMatches', () => {
  it('finds every occurrence, ignoring case and accents, with offsets into the original text', () => {
    const text = 'Zelenskiy said. ZELENSKIY repeated; Zelénskiy?'
    expect(findMatches(text, 'zelenskiy')).toEqual([
      { start: 0, end: 9 },
      { start: 16, end: 25 },
      { start: 36, end: 45 },
    ])
  })

  it('finds nothing for an empty or blank query and does not overlap matches', () => {
    expect(findMatches('abc', '   ')).toEqual([])
    expect(findMatches('aaaa', 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ])
  })

  it('treats the query as text, not a pattern', () => {
    expect(findMatches('costs $8.000 (est.)', '$8.000 (')).toEqual([{ start: 6, end: 14 }])
    expect(findMatches('a.b', '.*')).toEqual([])
  })
})
