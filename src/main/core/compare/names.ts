import type { Term } from './parse-text'
import { normalWord } from './words'

/** A named person, place or body in a sentence; `keys` compare spellings ("Zelenskiy" ~ "Zelenskyy"). */
export type Name = {
  text: string
  keys: string[]
  isPerson: boolean
  /** A country, city or region ("Kursk"), not a demonym. */
  isPlace: boolean
  /** "North Korean", "Ukrainian": says where from, never who. */
  isDemonym: boolean
  /** "Ukraine’s" in "Ukraine’s President said": names whose office, not who spoke. */
  isPossessive: boolean
  start: number
  end: number
}

const PROPER_TAGS = ['ProperNoun', 'Person', 'Place', 'Country', 'City', 'Organization']
const NOT_A_NAME_TAGS = [
  'Date',
  'Month',
  'WeekDay',
  'Pronoun',
  'Determiner',
  'Value',
  'Conjunction',
  'Preposition',
]

/** Titles and generic words that are part of a name's words but not of who or where it is. */
const TITLE_WORDS = new Set([
  'president',
  'secretary',
  'minister',
  'state',
  'defense',
  'defence',
  'leader',
  'general',
  'spokesperson',
  'department',
  'of',
  'the',
  'prime',
  'foreign',
  'national',
  'council',
  'security',
  'senior',
  'official',
  'officials',
  'mr',
  'mrs',
  'ms',
  'dr',
  'region',
])

/** Spellings of one country that must meet: "U.S.", "US", "United States", "America". */
const ALIASES = new Map([
  ['us', 'us'],
  ['usa', 'us'],
  ['united states', 'us'],
  ['america', 'us'],
  ['united states of america', 'us'],
])

/** Transliterations differ late in a word ("Zelenskiy"/"Zelenskyy", "Korea"/"Korean"): compare the first five letters. */
const keyOf = (word: string) => word.slice(0, 5)

export function nameKeys(text: string): string[] {
  const words = text
    .split(/[\s-]+/)
    .map((word) => normalWord(word).replace(/\./g, ''))
    .filter(Boolean)
  const alias = ALIASES.get(words.join(' '))
  if (alias) return [alias]
  return words.flatMap((word) => {
    const aliasOfWord = ALIASES.get(word)
    if (aliasOfWord) return [aliasOfWord]
    return TITLE_WORDS.has(word) || word.length < 2 ? [] : [keyOf(word)]
  })
}

/** Two names are the same when every key of the shorter is in the longer ("Austin" in "Lloyd Austin"). */
export function sameName(a: Name, b: Name): boolean {
  const [short, long] = a.keys.length <= b.keys.length ? [a.keys, b.keys] : [b.keys, a.keys]
  return short.length > 0 && short.every((key) => long.includes(key))
}

export function sharedNames(a: readonly Name[], b: readonly Name[]): Name[] {
  return a.filter((name) => b.some((other) => sameName(name, other)))
}

const isCapitalised = (term: Term) => /^\p{Lu}/u.test(term.text.replace(/^[^\p{L}]+/u, ''))

/** A sentence's first word is capitalised anyway: count it as a name only if the article names it elsewhere. */
function isNameWord(term: Term, index: number, knownNames: ReadonlySet<string> | null): boolean {
  if (NOT_A_NAME_TAGS.some((tag) => term.tags.has(tag)) || !isCapitalised(term)) return false
  if (PROPER_TAGS.some((tag) => term.tags.has(tag))) return true
  if (!knownNames) return false
  return index > 0 ? term.tags.has('Noun') : knownNames.has(normalWord(term.text))
}

const endsRun = (term: Term) =>
  /[,;:()“”"‘]/.test(term.post) || /[’']s$/.test(term.text) || /[,;:.!?]$/.test(term.text)

/**
 * Runs of name words in a sentence, e.g. "U.S. Secretary of State Antony Blinken", "Kursk".
 * `knownNames` null means a title-case line, where capitals prove nothing: only tagged names count.
 */
export function namesIn(terms: readonly Term[], knownNames: ReadonlySet<string> | null): Name[] {
  const names: Name[] = []
  let run: Term[] = []
  const close = () => {
    if (run.length) {
      const text = run
        .map((term) => term.text)
        .join(' ')
        .replace(/[,;:.!?’'”“"]+$|[’']s$/u, '')
      const keys = nameKeys(text)
      const [first, last] = [run[0], run.at(-1)]
      if (keys.length && first && last) {
        const isPerson = run.some((term) => term.tags.has('Person'))
        const isPlace = ['Place', 'Country', 'City'].some((tag) => last.tags.has(tag))
        const isDemonym = last.tags.has('Demonym')
        const isPossessive = /[’']s$/.test(last.text)
        names.push({
          text,
          keys,
          isPerson,
          isPlace,
          isDemonym,
          isPossessive,
          start: first.start,
          end: first.start + text.length,
        })
      }
    }
    run = []
  }
  terms.forEach((term, index) => {
    // "of" joins titles ("Secretary of State"), kept inside a run that has already started.
    const joinsRun =
      run.length > 0 && term.normal === 'of' && isCapitalised(terms[index + 1] ?? term)
    if (joinsRun || isNameWord(term, index, knownNames)) {
      run.push(term)
      if (endsRun(term)) close()
    } else close()
  })
  close()
  return names
}

/** The capitalised words an article uses mid-sentence: its names, to recognise at a sentence's start. */
export function midSentenceNames(sentences: readonly (readonly Term[])[]): Set<string> {
  const known = new Set<string>()
  for (const terms of sentences) {
    terms.slice(1).forEach((term) => {
      if (isCapitalised(term) && term.tags.has('Noun')) known.add(normalWord(term.text))
    })
  }
  return known
}
