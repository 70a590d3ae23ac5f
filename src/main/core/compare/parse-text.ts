import nlp from 'compromise'

/** One word as compromise tagged it, located in the article text. */
export type Term = {
  text: string
  normal: string
  tags: Set<string>
  start: number
  end: number
  post: string
}

/** A number compromise read, located in the article text. */
export type NumberMatch = {
  text: string
  value: number
  unit: string
  prefix: string
  start: number
  end: number
}

export type ParsedSentence = {
  start: number
  end: number
  text: string
  terms: Term[]
  numbers: NumberMatch[]
}

type JsonTerm = {
  text: string
  normal: string
  tags: string[]
  post: string
  offset: { start: number; length: number }
}
type JsonSentence = { text: string; offset: { start: number; length: number }; terms: JsonTerm[] }
type JsonNumber = {
  text: string
  offset: { start: number; length: number }
  number: { num: number; unit?: string; prefix?: string }
}

/** "8 000" (space or no-break space as a thousands separator) reads as "8,000": same length, so offsets hold. */
const groupedDigits = /(\d)[\u0020\u00a0\u202f](?=\d{3}(?!\d))/g
const withThousandsCommas = (text: string) => text.replace(groupedDigits, '$1,')

/** compromise reads "$175 billion and 87 minutes" as one number; keep only the part before "and". */
function firstNumberOf(match: JsonNumber): { value: number; length: number } | null {
  const joined = / and \d/.exec(match.text)
  if (!joined) return { value: match.number.num, length: match.text.trimEnd().length }
  const head = match.text.slice(0, joined.index)
  const value = (nlp(head).numbers().json() as JsonNumber[])[0]?.number.num
  return value === undefined ? null : { value, length: head.length }
}

function numbersOf(doc: ReturnType<typeof nlp>, base: number): NumberMatch[] {
  const matches = doc.numbers().json({ offset: true }) as JsonNumber[]
  return matches.flatMap((match) => {
    const first = firstNumberOf(match)
    if (!first || !Number.isFinite(first.value)) return []
    const start = base + match.offset.start
    const text = match.text.slice(0, first.length).replace(/[.,;:!?)”’"]+$/, '')
    return [
      {
        text,
        value: first.value,
        unit: match.number.unit ?? '',
        prefix: match.number.prefix ?? '',
        start,
        end: start + text.length,
      },
    ]
  })
}

/** Splits a block of text into sentences and tagged words with compromise; offsets start at `base`. */
export function parseBlock(blockText: string, base: number): ParsedSentence[] {
  const doc = nlp(withThousandsCommas(blockText))
  const numbers = numbersOf(doc, base)
  const sentences = doc.json({ offset: true, terms: { offset: true } }) as JsonSentence[]
  return sentences.map((sentence) => {
    // compromise leaves an opening quotation mark out of the sentence; the passage should show it.
    const opensQuote = /[“"‘]/.test(blockText.charAt(sentence.offset.start - 1))
    const start = base + sentence.offset.start - (opensQuote ? 1 : 0)
    const end = start + sentence.offset.length
    const terms = sentence.terms.map((term) => ({
      text: term.text,
      normal: term.normal,
      tags: new Set(term.tags),
      start: base + term.offset.start,
      end: base + term.offset.start + term.offset.length,
      post: term.post,
    }))
    return {
      start,
      end,
      text: blockText.slice(start - base, end - base),
      terms,
      numbers: numbers.filter((number) => number.start >= start && number.start < end),
    }
  })
}
