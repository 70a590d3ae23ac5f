import type { Name } from './names'
import type { Term } from './parse-text'

/** Verbs that attribute what a sentence reports to someone. */
const SAYING_VERBS = new Set([
  'said',
  'says',
  'say',
  'told',
  'added',
  'stated',
  'complained',
  'wrote',
  'announced',
  'noted',
  'claimed',
  'warned',
  'insisted',
  'according',
])

/** How far (in characters) a speaker's name may sit from the verb: "Blinken said", "U.S. officials said". */
const NEAR = 24

/** Who is said to have said it, and whether the sentence says that someone said it at all. */
export type Attribution = { hasAttribution: boolean; speaker: string | null }

const canSpeak = (name: Name) =>
  name.isPerson ||
  (!name.isDemonym && !name.isPossessive && (!name.isPlace || name.keys.includes('us')))

/**
 * The named speaker of a sentence: the name just before the saying verb, else just after it
 * ("said Blinken", "according to the Pentagon"), else `antecedent` for "he said", "the Ukrainian leader said".
 */
export function attributionOf(
  terms: readonly Term[],
  names: readonly Name[],
  antecedent: string | null,
): Attribution {
  const verbs = terms.filter((term) => SAYING_VERBS.has(term.normal))
  if (!verbs.length) return { hasAttribution: false, speaker: null }
  const speakers = names.filter(canSpeak)
  for (const verb of verbs) {
    const before = speakers
      .filter((name) => name.end <= verb.start && verb.start - name.end <= NEAR)
      .at(-1)
    // "said Blinken", "according to the Pentagon" — but not "said Western allies are …".
    const after = speakers.find(
      (name) =>
        name.start >= verb.end &&
        name.start - verb.end <= NEAR &&
        (name.isPerson || verb.normal === 'according'),
    )
    const named = before ?? after
    if (named) return { hasAttribution: true, speaker: named.text }
  }
  return { hasAttribution: true, speaker: subjectBefore(terms, speakers, verbs[0]) ?? antecedent }
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i'])

/** "The Pentagon … expressed concern … and said": a sentence that opens with a name has it as its subject. */
function subjectBefore(
  terms: readonly Term[],
  speakers: readonly Name[],
  verb: Term | undefined,
): string | null {
  const [first] = terms
  if (!first || !verb || PRONOUNS.has(first.normal)) return null
  const subject = speakers.find((name) => name.end <= verb.start && name.start <= first.end + 4)
  return subject && !subject.isPlace ? subject.text : null
}

/** Whether a speaker can stand for "he"/"she" later on: a person, not a country or an office. */
export const isPersonSpeaker = (speaker: string, names: readonly Name[]) =>
  names.some(
    (name) =>
      name.text === speaker && !name.isPlace && !name.isDemonym && !name.keys.includes('us'),
  )
