import { isWebUrl } from '../../../shared/safe-url'

/** A claim's place in its article's text, and the text it should hold there. */
export type QuoteSpan = { start: number; end: number; exact: string }

/** Quotes longer than this many words link by their first and last words, so addresses stay short. */
const MAX_WORDS_WHOLE = 10
const EDGE_WORDS = 4
const CONTEXT_WORDS = 3
/** Enough characters to hold the context words; a paragraph is never scanned further. */
const CONTEXT_REACH = 200

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char)
const words = (text: string) => text.split(/\s+/).filter(Boolean)

/** Half a surrogate pair cannot be percent-encoded: it becomes U+FFFD, as a browser would show it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Percent-encodes a text directive term; `-`, `&` and `,` have meanings of their own there.
 * @see https://wicg.github.io/scroll-to-text-fragment/#syntax
 */
const encodeFragmentTerm = (term: string) =>
  encodeURIComponent(term.replace(LONE_SURROGATE, '\uFFFD')).replace(/-/g, '%2D')

/** The span widened to whole words: a text fragment only matches at word boundaries. */
function wholeWords(text: string, { start, end }: QuoteSpan): { start: number; end: number } {
  let from = start
  let to = end
  while (from > 0 && isWordChar(text[from - 1]) && isWordChar(text[from])) from--
  while (to < text.length && isWordChar(text[to]) && isWordChar(text[to - 1])) to++
  return { start: from, end: to }
}

/** The words next to the span inside its own paragraph (a fragment's context cannot cross one). */
function neighbourWords(text: string, start: number, end: number) {
  const before = text
    .slice(Math.max(0, start - CONTEXT_REACH), start)
    .split('\n\n')
    .pop()!
  const after = text.slice(end, end + CONTEXT_REACH).split('\n\n')[0]!
  return {
    before: words(before).slice(-CONTEXT_WORDS).join(' '),
    after: words(after).slice(0, CONTEXT_WORDS).join(' '),
  }
}

/** textStart (and textEnd for a long quote or one over several paragraphs) of the quoted words. */
function directiveTerms(quoted: string): string[] {
  const isOneBlock = !/\n\s*\n/.test(quoted)
  const all = words(quoted)
  if (isOneBlock && all.length <= MAX_WORDS_WHOLE) return [all.join(' ')]
  const blocks = quoted.split(/\n\s*\n/).filter((block) => block.trim() !== '')
  const first = words(blocks[0] ?? '')
  const last = words(blocks[blocks.length - 1] ?? '')
  return [first.slice(0, EDGE_WORDS).join(' '), last.slice(-EDGE_WORDS).join(' ')]
}

/**
 * The article's address with a text fragment that opens the live page at the quote, or undefined
 * when the article has no web address. The words around the quote go along as context, so a short
 * quote ("North Korean") opens at its own place, not at its first occurrence.
 * @see https://wicg.github.io/scroll-to-text-fragment/
 */
export function textFragmentUrl(
  articleUrl: string | undefined,
  text: string,
  span: QuoteSpan,
): string | undefined {
  if (!articleUrl || !isWebUrl(articleUrl)) return undefined
  const isInPlace = text.slice(span.start, span.end) === span.exact
  const range = isInPlace ? wholeWords(text, span) : null
  const quoted = range ? text.slice(range.start, range.end) : span.exact
  const terms = directiveTerms(quoted)
  if (terms.some((term) => term === '')) return undefined
  const context = range ? neighbourWords(text, range.start, range.end) : null
  const parts = [
    ...(context?.before ? [`${encodeFragmentTerm(context.before)}-`] : []),
    ...terms.map(encodeFragmentTerm),
    ...(context?.after ? [`-${encodeFragmentTerm(context.after)}`] : []),
  ]
  const url = new URL(articleUrl)
  const ownFragment = url.hash.slice(1).split(':~:')[0]
  url.hash = `${ownFragment}:~:text=${parts.join(',')}`
  return url.href
}
