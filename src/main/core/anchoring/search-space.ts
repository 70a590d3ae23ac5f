import { firstIndexWhere, lastAtOrBefore } from '../../../shared/binary-search'
import search from 'approx-string-match'
import type { Span } from './paragraph-alignment'

export type RawMatch = Span & { errors: number }

/** Fuzzy matching gives up beyond this share of differing characters: that is another sentence. */
const MAX_ERROR_SHARE = 0.3
/** Below this length a fuzzy match is noise ("8,000" is close to "9,000"). */
const MIN_FUZZY_LENGTH = 12
/** Far from its old place a quote is looked for only around exact pieces of it, this long… */
const SEED_LENGTH = 10
/** …and a piece found more often than this says nothing about where the quote is. */
const MAX_SEED_HITS = 16
/** Never part of article text, so no match can run from one region into the next. */
const GAP = '\u0000'

const maxErrorsFor = (quote: string) => Math.floor(quote.length * MAX_ERROR_SHARE)

/** Characters after a word break that the word index keys on: rare enough to leave few candidates. */
const KEY_LENGTH = 8

const isBreak = (code: number) => code === 32 || code === 10 || code === 9 || code === 13

/** Where in `quote` its first indexed key starts: just after a break, with a whole key after it. */
function keyOffset(quote: string): number {
  for (let at = 1; at + KEY_LENGTH <= quote.length; at++)
    if (isBreak(quote.charCodeAt(at - 1))) return at
  return -1
}

/**
 * The parts of the new text a claim may land in (its changed paragraphs), joined once so that
 * every claim's exact search is a single indexOf over them, and fuzzy search can be windowed.
 */
export class SearchSpace {
  private readonly joined: string
  /** Where each region starts in `joined`, and in the article text. */
  private readonly joinedStarts: number[] = []
  /** Every position in `joined` just after a word break, by the KEY_LENGTH characters there; made on first use. */
  private wordIndex: Map<string, number[]> | null = null

  constructor(
    private readonly text: string,
    readonly regions: readonly Span[],
  ) {
    let at = 0
    for (const region of regions) {
      this.joinedStarts.push(at)
      at += region.end - region.start + GAP.length
    }
    this.joined = regions.map((region) => text.slice(region.start, region.end)).join(GAP)
  }

  /** The article offset of an offset in `joined` (which region it falls in, by binary search). */
  private toText(joinedOffset: number): number {
    const starts = this.joinedStarts
    const at = lastAtOrBefore(starts.length, (index) => starts[index] ?? 0, joinedOffset)
    return (this.regions[at]?.start ?? 0) + joinedOffset - (starts[at] ?? 0)
  }

  private firstRegionEndingAfter(offset: number): number {
    const { regions } = this
    return firstIndexWhere(regions.length, (index) => (regions[index]?.end ?? 0) > offset)
  }

  private wordStarts(): Map<string, number[]> {
    if (this.wordIndex) return this.wordIndex
    const index = new Map<string, number[]>()
    const { joined } = this
    for (let at = 1; at + KEY_LENGTH <= joined.length; at++) {
      if (!isBreak(joined.charCodeAt(at - 1))) continue
      const key = joined.slice(at, at + KEY_LENGTH)
      const positions = index.get(key)
      if (positions) positions.push(at)
      else index.set(key, [at])
    }
    this.wordIndex = index
    return index
  }

  /**
   * Every word-for-word occurrence of the quote, in text order. A quote with a word break inside is
   * looked up in the word index (an occurrence has the same break at the same place, so the
   * characters after it are an indexed key) and each candidate checked; others are scanned for.
   */
  exact(quote: string): RawMatch[] {
    const offset = keyOffset(quote)
    const starts: number[] = []
    if (offset < 0) {
      for (let at = this.joined.indexOf(quote); at !== -1; at = this.joined.indexOf(quote, at + 1))
        starts.push(at)
    } else {
      const key = quote.slice(offset, offset + KEY_LENGTH)
      for (const keyAt of this.wordStarts().get(key) ?? []) {
        const at = keyAt - offset
        if (at >= 0 && this.joined.startsWith(quote, at)) starts.push(at)
      }
    }
    return starts.map((at) => {
      const start = this.toText(at)
      return { start, end: start + quote.length, errors: 0 }
    })
  }

  /** Whether the quote is word for word at `start` of the article text, inside one of the regions. */
  hasAt(quote: string, start: number): boolean {
    return (
      this.isInsideARegion({ start, end: start + quote.length }) &&
      this.text.startsWith(quote, start)
    )
  }

  private isInsideARegion(span: Span): boolean {
    const region = this.regions[this.firstRegionEndingAfter(span.start)]
    return region !== undefined && region.start <= span.start && span.end <= region.end
  }

  /** Word-for-word occurrences of the quote within `window` of the article text, inside the regions. */
  exactWithin(quote: string, window: Span): RawMatch[] {
    const from = Math.max(0, window.start)
    const slice = this.text.slice(from, window.end)
    const found: RawMatch[] = []
    for (let at = slice.indexOf(quote); at !== -1; at = slice.indexOf(quote, at + 1)) {
      const match = { start: from + at, end: from + at + quote.length, errors: 0 }
      if (this.isInsideARegion(match)) found.push(match)
    }
    return found
  }

  /** The closest approximate matches of the quote within `window` of the article text. */
  fuzzyWithin(quote: string, window: Span): RawMatch[] {
    if (quote.length < MIN_FUZZY_LENGTH) return []
    const found: RawMatch[] = []
    for (
      let index = this.firstRegionEndingAfter(window.start);
      index < this.regions.length;
      index++
    ) {
      const region = this.regions[index] as Span
      if (region.start >= window.end) break
      const start = Math.max(region.start, window.start)
      const end = Math.min(region.end, window.end)
      if (end - start < quote.length / 2) continue
      for (const match of search(this.text.slice(start, end), quote, maxErrorsFor(quote))) {
        found.push({ start: start + match.start, end: start + match.end, errors: match.errors })
      }
    }
    return found
  }

  /**
   * Approximate matches anywhere, looked for around the exact occurrences of a few pieces of the
   * quote ("filter, then verify"): a quote with a word or two changed keeps most of its pieces.
   */
  fuzzyAnywhere(quote: string): RawMatch[] {
    if (quote.length < MIN_FUZZY_LENGTH) return []
    const windows: Span[] = []
    const last = Math.max(0, quote.length - SEED_LENGTH)
    for (const from of new Set([0, Math.floor(last / 3), Math.floor((2 * last) / 3), last])) {
      const hits = this.exact(quote.slice(from, from + SEED_LENGTH))
      if (hits.length > MAX_SEED_HITS) continue
      for (const hit of hits)
        windows.push({
          start: hit.start - from - quote.length,
          end: hit.start - from + 2 * quote.length,
        })
    }
    return windows.flatMap((window) => this.fuzzyWithin(quote, window))
  }
}
