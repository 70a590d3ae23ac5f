import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SearchSpace } from './search-space'

/** Every occurrence of `quote` in the regions of `text`, the plain way: a scan of each region. */
function scanned(text: string, regions: { start: number; end: number }[], quote: string) {
  return regions.flatMap((region) => {
    const part = text.slice(region.start, region.end)
    const found: number[] = []
    for (let at = part.indexOf(quote); at !== -1; at = part.indexOf(quote, at + 1))
      found.push(region.start + at)
    return found
  })
}

// Few letters and many breaks, so quotes recur, overlap and straddle words.
const textArbitrary = fc.stringMatching(/^[ab \n]{0,300}$/)

describe('SearchSpace.exact', () => {
  it('finds exactly what a scan of each region finds, in text order', () => {
    fc.assert(
      fc.property(
        textArbitrary,
        fc.nat(),
        fc.nat(),
        fc.array(fc.nat(), { maxLength: 6 }),
        (text, from, length, cuts) => {
          const bounds = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort(
            (a, b) => a - b,
          )
          const edges = [0, ...bounds, text.length]
          const regions = edges
            .slice(1)
            .map((end, n) => ({ start: edges[n]!, end }))
            .filter((_, n) => n % 2 === 0)
          const start = text.length ? from % text.length : 0
          const quote = text.slice(start, start + 1 + (length % 24))
          if (!quote) return
          const found = new SearchSpace(text, regions).exact(quote).map((match) => match.start)
          expect(found).toEqual(scanned(text, regions, quote))
        },
      ),
      { numRuns: 500, seed: 7 },
    )
  })

  it('finds a quote that starts in the middle of a word', () => {
    const text = 'the ministry said so; ministry sources said so'
    const space = new SearchSpace(text, [{ start: 0, end: text.length }])
    expect(space.exact('istry said so').map((match) => match.start)).toEqual([7])
    expect(space.exact('said so').map((match) => match.start)).toEqual([13, 39])
  })
})
