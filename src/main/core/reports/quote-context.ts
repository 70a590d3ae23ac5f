import type { QuoteSpan } from './text-fragment'

/** A stretch of an article's text, by offsets. */
export type TextRange = { start: number; end: number }

/** What stands around a quote in its article: the rest of its sentence, before and after. */
export type QuoteContext = { before: string; after: string }

/** Longer context is cut at a word, so a quote in a run-on sentence still reads as a quote. */
const MAX_SIDE = 280

const NO_CONTEXT: QuoteContext = { before: '', after: '' }

/** The index of the first range that ends after `offset`, among ranges sorted by start. */
function firstEndingAfter(ranges: readonly TextRange[], offset: number): number {
  let low = 0
  let high = ranges.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (ranges[middle]!.end <= offset) low = middle + 1
    else high = middle
  }
  return low
}

/** The sentences the span touches, or its paragraph when no sentence does (a byline, a caption). */
function surrounding(text: string, span: QuoteSpan, sentences: readonly TextRange[]): TextRange {
  const firstIndex = firstEndingAfter(sentences, span.start)
  const first = sentences[firstIndex]
  if (first && first.start < span.end) {
    let lastIndex = firstIndex
    while ((sentences[lastIndex + 1]?.start ?? Infinity) < span.end) lastIndex++
    const last = sentences[lastIndex]!
    return { start: Math.min(first.start, span.start), end: Math.max(last.end, span.end) }
  }
  const breakAfter = text.indexOf('\n\n', span.end)
  return {
    start: text.lastIndexOf('\n\n', span.start) + 1,
    end: breakAfter < 0 ? text.length : breakAfter,
  }
}

function cutStart(side: string): string {
  if (side.length <= MAX_SIDE) return side
  const space = side.indexOf(' ', side.length - MAX_SIDE)
  return `…${side.slice(space < 0 ? side.length - MAX_SIDE : space)}`
}

function cutEnd(side: string): string {
  if (side.length <= MAX_SIDE) return side
  const space = side.lastIndexOf(' ', MAX_SIDE)
  return `${side.slice(0, space < 0 ? MAX_SIDE : space)} …`
}

/**
 * The rest of the sentence around a claim's quote, as the article has it now; nothing when the
 * quote is no longer at its place (the article changed and the claim awaits review).
 */
export function quoteContext(
  text: string,
  span: QuoteSpan,
  sentences: readonly TextRange[],
): QuoteContext {
  if (text.slice(span.start, span.end) !== span.exact) return NO_CONTEXT
  const around = surrounding(text, span, sentences)
  return {
    before: cutStart(text.slice(around.start, span.start).trimStart()),
    after: cutEnd(text.slice(span.end, around.end).trimEnd()),
  }
}
