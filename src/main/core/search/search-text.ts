/** A word of a text: where it is, and its folded form (what is indexed and compared). */
export type Token = { term: string; start: number; end: number }

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu
const MARKS = /\p{M}+/gu
const CURLY = /[’‘ʼ]/g

/** "Zelenskyy’s" and "zelenskyys", "Kyiv" and "Kýiv": one form, lower case, without accents or quote marks. */
export const fold = (word: string): string =>
  word.normalize('NFKD').replace(MARKS, '').replace(CURLY, "'").replace(/'/g, '').toLowerCase()

/** Every word of a text, in order, with its place. */
export function tokensOf(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(WORD)) {
    const term = fold(match[0])
    if (term) tokens.push({ term, start: match.index, end: match.index + match[0].length })
  }
  return tokens
}

export const termsOf = (text: string): string[] => tokensOf(text).map((token) => token.term)

/** A query: phrases ("…" or “…”) whose words must follow each other, and single words. */
export type ParsedQuery = { phrases: string[][]; words: string[] }

export function parseQuery(query: string): ParsedQuery {
  const phrases: string[][] = []
  const rest = query.replace(/["“”„«»]([^"“”„«»]*)["“”„«»]?/g, (_, phrase: string) => {
    const terms = termsOf(phrase)
    if (terms.length > 1) phrases.push(terms)
    return terms.length === 1 ? ` ${phrase} ` : ' '
  })
  return { phrases, words: termsOf(rest) }
}

/** Where each phrase occurs among a text's tokens: the spans of the whole phrase. */
export function phraseSpans(tokens: readonly Token[], phrase: readonly string[]): Token[] {
  const spans: Token[] = []
  for (let at = 0; at + phrase.length <= tokens.length; at++) {
    if (phrase.every((term, offset) => tokens[at + offset]?.term === term)) {
      const last = tokens[at + phrase.length - 1] as Token
      spans.push({ term: phrase.join(' '), start: (tokens[at] as Token).start, end: last.end })
    }
  }
  return spans
}
