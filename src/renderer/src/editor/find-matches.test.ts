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

  it('finds curly quotes, dashes and no-break spaces from their plain forms, with exact offsets', () => {
    const text =
      "Kyiv\u2019s \u201Cfirm\u201D stand \u2014 Kyiv\u2019s 8\u00A0000 men; Kyiv's 1\u20132"
    expect(findMatches(text, "kyiv's")).toEqual([
      { start: 0, end: 6 },
      { start: 22, end: 28 },
      { start: 40, end: 46 },
    ])
    expect(findMatches(text, '"firm"')).toEqual([{ start: 7, end: 13 }])
    expect(findMatches(text, 'stand - kyiv')).toEqual([{ start: 14, end: 26 }])
    expect(findMatches(text, '8 000')).toEqual([{ start: 29, end: 34 }])
    expect(findMatches(text, '1-2')).toEqual([{ start: 47, end: 50 }])
    expect(findMatches(text, 'Kyiv\u2019s')).toHaveLength(3)
  })
})
