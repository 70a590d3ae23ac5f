import type { NumberMatch, Term } from './parse-text'
import { nameKeys } from './names'
import { normalWord, stem } from './words'

/** A figure as reported: "some 8,000 North Korean soldiers" → 8000, hedge "some", unit "troops". */
export type Figure = {
  text: string
  value: number
  hedge: string | null
  /** The counted thing, with synonyms folded ("soldiers", "troops", "forces" → "troops"). */
  unit: string
  /** What qualifies the unit, as name keys ("North Korean" → north, korea). */
  qualifier: string[]
  /** The words after the number naming what is counted, as written: "North Korean soldiers". */
  counted: string
  start: number
  end: number
}

/** Words before a number that soften or bound it; longest first so "up to" wins over "to". */
const HEDGES = [
  'as many as',
  'more than',
  'fewer than',
  'less than',
  'at least',
  'at most',
  'close to',
  'an estimated',
  'up to',
  'some',
  'about',
  'around',
  'roughly',
  'approximately',
  'nearly',
  'almost',
  'over',
  'under',
  'estimated',
  'only',
  'just',
  'exactly',
].map((hedge) => hedge.split(' '))

/** Counted things that news reports use interchangeably. */
const UNIT_SYNONYMS = new Map([
  ...[
    'soldier',
    'troop',
    'force',
    'personnel',
    'serviceman',
    'servicemen',
    'fighter',
    'military',
  ].map((word) => [word, 'troops'] as const),
  ...['people', 'person', 'civilian', 'resident'].map((word) => [word, 'people'] as const),
  ...['mile', 'mi'].map((word) => [word, 'miles'] as const),
  ...['kilometre', 'kilometer', 'km'].map((word) => [word, 'km'] as const),
])

const canonicalUnit = (word: string) => {
  const stemmed = stem(normalWord(word))
  return UNIT_SYNONYMS.get(stemmed) ?? stemmed
}

/** Numbers in dates, clock times, ordinals ("first") and model names ("F-16") are not figures. */
const isNotAFigure = (term: Term) =>
  ['Date', 'Year', 'Time', 'Month', 'Ordinal'].some((tag) => term.tags.has(tag)) ||
  /\p{L}-?\d|\d-\p{L}/u.test(term.text)

function hedgeBefore(terms: readonly Term[], index: number): string | null {
  for (const hedge of HEDGES) {
    const from = index - hedge.length
    if (from < 0) continue
    if (hedge.every((word, offset) => normalWord(terms[from + offset]?.text ?? '') === word))
      return hedge.join(' ')
  }
  return null
}

/** The counted noun after a number, skipping qualifiers such as "North Korean" (at most four words). */
type Counted = { unit: string; qualifier: string[]; counted: string }

function unitAfter(terms: readonly Term[], index: number): Counted {
  const qualifier: string[] = []
  const words: string[] = []
  for (const term of terms.slice(index, index + 4)) {
    words.push(term.text)
    const isQualifier =
      term.tags.has('ProperNoun') || term.tags.has('Adjective') || term.tags.has('Demonym')
    if (isQualifier && !term.tags.has('Plural')) {
      qualifier.push(...nameKeys(term.text))
      continue
    }
    if (term.tags.has('Noun'))
      return {
        unit: canonicalUnit(term.text),
        qualifier,
        counted: words.join(' ').replace(/[,;:.!?]+$/, ''),
      }
    break
  }
  return { unit: '', qualifier, counted: '' }
}

/** The first term at or after the number's start, and the first after its end. */
function termSpan(terms: readonly Term[], match: NumberMatch): [number, number] {
  const first = terms.findIndex((term) => term.end > match.start)
  const after = terms.findIndex((term) => term.start >= match.end)
  return [first, after === -1 ? terms.length : after]
}

/** Vague counts ("thousands of") and bare ordinals carry no figure to compare. */
const isVague = (match: NumberMatch) =>
  !/\d/.test(match.text) && !/\b(hundred|thousand|million|billion|dozen)\b/i.test(match.text)

export function figuresIn(terms: readonly Term[], numbers: readonly NumberMatch[]): Figure[] {
  return numbers.flatMap((match) => {
    const [first, after] = termSpan(terms, match)
    if (
      first === -1 ||
      terms.slice(first, after).some(isNotAFigure) ||
      terms[first - 1]?.post.endsWith('-')
    )
      return []
    if (match.value === 0 && isVague(match)) return []
    if (/s$/i.test(match.text) && !/\d/.test(match.text)) return []
    const { unit, qualifier, counted }: Counted = match.unit
      ? { unit: canonicalUnit(match.unit), qualifier: [], counted: match.unit }
      : unitAfter(terms, after)
    const currency = match.prefix === '$' || match.text.startsWith('$') ? 'US$' : ''
    return [
      {
        text: match.text,
        value: match.value,
        hedge: hedgeBefore(terms, first),
        unit: currency || unit,
        qualifier,
        counted,
        start: match.start,
        end: match.end,
      },
    ]
  })
}

/** "some 8,000 North Korean soldiers" — how a figure reads in a discrepancy. */
export const describeFigure = (figure: Pick<Figure, 'hedge' | 'value' | 'counted' | 'unit'>) =>
  [figure.hedge, figure.value.toLocaleString('en-US'), figure.counted || figure.unit]
    .filter(Boolean)
    .join(' ')

/** Whether two figures count the same kind of thing (the values may differ). */
export function sameCountedThing(a: Figure, b: Figure): boolean {
  if (!a.unit || a.unit !== b.unit) return false
  if (a.qualifier.length === 0 || b.qualifier.length === 0)
    return a.qualifier.length === b.qualifier.length
  return a.qualifier.some((key) => b.qualifier.includes(key))
}
