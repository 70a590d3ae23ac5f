import type { Term } from './parse-text'

/** Word classes that carry no content of their own: two sentences sharing them share nothing. */
const FUNCTION_TAGS = [
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Copula',
  'Auxiliary',
  'Modal',
  'QuestionWord',
  'Value',
]

/** Reporting verbs are in nearly every news sentence, so they say nothing about what is reported. */
const REPORTING_VERBS = new Set([
  'said',
  'say',
  'says',
  'told',
  'added',
  'stated',
  'according',
  'also',
  'just',
  'now',
])

/** Lower case, no accents, no possessive or surrounding punctuation: "Russia’s" → "russia". */
export function normalWord(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
}

/** A crude plural strip so "soldiers" meets "soldier"; enough for overlap scores, not for display. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

const isFunctionWord = (term: Term) => FUNCTION_TAGS.some((tag) => term.tags.has(tag))

/** The content words of a run of terms, stemmed, for overlap scores. */
export function contentWords(terms: readonly Term[]): string[] {
  return terms.flatMap((term) => {
    if (isFunctionWord(term)) return []
    const word = normalWord(term.text)
    if (word.length < 2 || REPORTING_VERBS.has(word) || /^\d/.test(word)) return []
    return [stem(word)]
  })
}

/** Every word of a text, for quotation comparison and diffs: order and function words matter there. */
export function plainWords(text: string): string[] {
  return text
    .split(/\s+/)
    .map(normalWord)
    .filter((word) => word.length > 0)
}
