import { firstIndexWhere } from '../../../shared/binary-search'
import type { TextQuoteSelector } from '../../../shared/claim-model'
import type { Span } from './paragraph-alignment'

/**
 * What differs between two copies of the same words without changing them: typographic quotes and
 * apostrophes (a web page's “ ” ’ against a plain-text copy's " ' ) and invisible characters.
 */
const PLAIN_QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
}
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/
const SPACE = /\s/

/**
 * Walks `text` as quote matching reads it: each typographic quote plain, every run of white space
 * (a line break between paragraphs, a no-break space) one space, invisible characters gone. Calls
 * `emit` with each character kept and the span of the original it stands for.
 */
function walk(text: string, emit: (char: string, from: number, to: number) => void): void {
  let spaceFrom = -1
  for (let at = 0; at <= text.length; at++) {
    const char = text[at]
    const isSpace = char !== undefined && SPACE.test(char) && !INVISIBLE.test(char)
    if (isSpace) {
      if (spaceFrom < 0) spaceFrom = at
      continue
    }
    if (spaceFrom >= 0) emit(' ', spaceFrom, at)
    spaceFrom = -1
    if (char === undefined || INVISIBLE.test(char)) continue
    emit(PLAIN_QUOTES[char] ?? char, at, at + 1)
  }
}

/** A text for matching quotes in, with the way back from each of its offsets to the original's. */
export class NormalisedText {
  readonly text: string
  private readonly starts: number[] = []
  private readonly ends: number[] = []

  constructor(original: string) {
    const chars: string[] = []
    walk(original, (char, from, to) => {
      chars.push(char)
      this.starts.push(from)
      this.ends.push(to)
    })
    this.text = chars.join('')
  }

  /** The span of the original text a span of this one stands for. */
  toOriginal(span: Span): Span {
    return { start: this.starts[span.start] ?? 0, end: this.ends[span.end - 1] ?? 0 }
  }

  /** Where an offset of the original text falls in this one. */
  fromOriginal(offset: number): number {
    return firstIndexWhere(this.starts.length, (index) => (this.starts[index] ?? 0) >= offset)
  }
}

const normalise = (text: string): string => {
  let result = ''
  walk(text.normalize('NFC'), (char) => (result += char))
  return result
}

/** A quote as matching reads it; the quote itself loses the spaces at its ends (a selection's slop). */
export const normaliseSelector = (selector: TextQuoteSelector): TextQuoteSelector => ({
  exact: normalise(selector.exact).trim(),
  prefix: normalise(selector.prefix),
  suffix: normalise(selector.suffix),
})
