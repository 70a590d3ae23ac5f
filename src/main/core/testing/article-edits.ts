/**
 * A seeded generator of article edits for re-anchoring tests: it changes an article the way outlets
 * update theirs and keeps track of where each claim's text really went, so every placement can be
 * judged right or wrong.
 */

export type Span = { start: number; end: number }

/** What happened to a claim's text: still there word for word, changed inside, or gone. */
export type Fate = 'intact' | 'edited' | 'deleted'

type Paragraph = { id: number; text: string }
type TrackedClaim = { paragraphId: number; start: number; end: number; fate: Fate }

export type EditKind =
  | 'insert-paragraph'
  | 'delete-paragraph'
  | 'typo-fix'
  | 'reword'
  | 'insert-sentence'
  | 'move-paragraph'
  | 'merge-paragraphs'
  | 'duplicate-look-alike'
  | 'duplicate-verbatim'

const EDIT_KINDS: readonly EditKind[] = [
  'insert-paragraph',
  'delete-paragraph',
  'typo-fix',
  'reword',
  'insert-sentence',
  'move-paragraph',
  'merge-paragraphs',
  'duplicate-look-alike',
  'duplicate-verbatim',
]

const FILLER = [
  'Officials in Kyiv declined to comment further on the matter.',
  'The statement was published late on Thursday evening.',
  'Analysts said the figures could not be independently verified.',
  'A spokesperson later added that talks would continue next week.',
  'Reporters were not allowed to visit the area.',
]

const REPLACEMENT_WORDS = ['several', 'reportedly', 'officially', 'roughly', 'newly', 'large']

export class EditedArticle {
  private paragraphs: Paragraph[]
  private nextId: number
  private readonly claims: TrackedClaim[] = []
  readonly applied: EditKind[] = []

  constructor(
    text: string,
    private readonly random: () => number,
  ) {
    this.paragraphs = text.split('\n\n').map((paragraph, id) => ({ id, text: paragraph }))
    this.nextId = this.paragraphs.length
  }

  get text(): string {
    return this.paragraphs.map((paragraph) => paragraph.text).join('\n\n')
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T
  }

  private offsetOf(paragraphId: number): number {
    let offset = 0
    for (const paragraph of this.paragraphs) {
      if (paragraph.id === paragraphId) return offset
      offset += paragraph.text.length + 2
    }
    throw new Error(`no paragraph ${paragraphId}`)
  }

  /** Marks a random sentence or clause inside a random paragraph as a claim; returns its span in the text. */
  addClaim(): Span | undefined {
    const paragraph = this.pick(this.paragraphs.filter((candidate) => candidate.text.length >= 30))
    if (!paragraph) return undefined
    const sentences = [...paragraph.text.matchAll(/[^.!?]+[.!?]*/g)].filter(
      (match) => match[0].trim().length >= 12,
    )
    const sentence = sentences.length > 0 ? this.pick(sentences) : undefined
    if (!sentence) return undefined
    const lead = sentence[0].length - sentence[0].trimStart().length
    let start = sentence.index + lead
    let end = sentence.index + sentence[0].trimEnd().length
    if (this.random() < 0.3 && end - start > 40) {
      const words = [...paragraph.text.slice(start, end).matchAll(/\S+/g)]
      const from = Math.floor(this.random() * (words.length / 2))
      const to = from + 3 + Math.floor(this.random() * (words.length / 2))
      const first = words[from]
      const last = words[Math.min(words.length - 1, to)]
      if (first && last) [start, end] = [start + first.index, start + last.index + last[0].length]
    }
    this.claims.push({ paragraphId: paragraph.id, start, end, fate: 'intact' })
    const base = this.offsetOf(paragraph.id)
    return { start: base + start, end: base + end }
  }

  /** Where each claim's text is now (undefined when deleted), and what happened to it. */
  truth(): { span: Span | undefined; fate: Fate }[] {
    return this.claims.map((claim) => {
      if (claim.fate === 'deleted') return { span: undefined, fate: claim.fate }
      const base = this.offsetOf(claim.paragraphId)
      return { span: { start: base + claim.start, end: base + claim.end }, fate: claim.fate }
    })
  }

  /** Replaces [from, to) of a paragraph, shifting or marking the claims in it. */
  private replaceIn(paragraph: Paragraph, from: number, to: number, replacement: string): void {
    const delta = replacement.length - (to - from)
    paragraph.text = paragraph.text.slice(0, from) + replacement + paragraph.text.slice(to)
    for (const claim of this.claims) {
      if (claim.paragraphId !== paragraph.id || claim.fate === 'deleted') continue
      if (to <= claim.start) {
        claim.start += delta
        claim.end += delta
      } else if (from >= claim.end) continue
      else {
        claim.fate = 'edited'
        claim.start = Math.min(claim.start, from)
        claim.end = Math.max(claim.end + delta, from + replacement.length)
      }
    }
  }

  private randomParagraph(minLength = 1): Paragraph | undefined {
    const candidates = this.paragraphs.filter((paragraph) => paragraph.text.length >= minLength)
    return candidates.length > 0 ? this.pick(candidates) : undefined
  }

  private insertParagraph(text: string): void {
    const at = 1 + Math.floor(this.random() * this.paragraphs.length)
    this.paragraphs.splice(at, 0, { id: this.nextId++, text })
  }

  private randomSentence(): string {
    const paragraph = this.randomParagraph(30)
    const sentences = paragraph?.text.match(/[^.!?]+[.!?]/g) ?? []
    return (sentences.length > 0 ? this.pick(sentences) : this.pick(FILLER)).trim()
  }

  apply(kind: EditKind): void {
    this.applied.push(kind)
    const edits: Record<EditKind, () => void> = {
      'insert-paragraph': () => this.insertParagraph(`${this.pick(FILLER)} ${this.pick(FILLER)}`),
      'delete-paragraph': () => this.deleteParagraph(),
      'typo-fix': () => this.typoFix(),
      reword: () => this.reword(),
      'insert-sentence': () => this.insertSentence(),
      'move-paragraph': () => this.moveParagraph(),
      'merge-paragraphs': () => this.mergeParagraphs(),
      'duplicate-look-alike': () =>
        this.insertParagraph(lookAlike(this.randomSentence(), this.random)),
      'duplicate-verbatim': () => this.insertParagraph(this.randomSentence()),
    }
    edits[kind]()
  }

  /** Changes one character inside the quote of each of `count` random claims (the "5 % edited" case). */
  editInsideClaims(count: number): void {
    const live = this.claims.filter(
      (claim) => claim.fate === 'intact' && claim.end - claim.start >= 3,
    )
    for (let n = 0; n < count && live.length > 0; n++) {
      const [claim] = live.splice(Math.floor(this.random() * live.length), 1)
      const paragraph = this.paragraphs.find((candidate) => candidate.id === claim?.paragraphId)
      if (!claim || !paragraph) continue
      const at = claim.start + 1 + Math.floor(this.random() * (claim.end - claim.start - 2))
      this.replaceIn(paragraph, at, at + 1, paragraph.text.charAt(at) === 'x' ? 'y' : 'x')
    }
  }

  applyRandom(count: number): void {
    for (let n = 0; n < count; n++) this.apply(this.pick(EDIT_KINDS))
  }

  private deleteParagraph(): void {
    if (this.paragraphs.length < 3) return
    const index = 1 + Math.floor(this.random() * (this.paragraphs.length - 1))
    const [removed] = this.paragraphs.splice(index, 1)
    for (const claim of this.claims) if (claim.paragraphId === removed?.id) claim.fate = 'deleted'
  }

  /** A letter swapped for another, or (after a space or punctuation) one character slipped in. */
  private typoFix(): void {
    const paragraph = this.randomParagraph(10)
    if (!paragraph) return
    const at = Math.floor(this.random() * paragraph.text.length)
    const char = paragraph.text.charAt(at)
    if (/[a-z]/.test(char)) this.replaceIn(paragraph, at, at + 1, char === 'e' ? 'a' : 'e')
    else this.replaceIn(paragraph, at + 1, at + 1, char === ' ' ? ' ' : 's')
  }

  private reword(): void {
    const paragraph = this.randomParagraph(30)
    const words = paragraph ? [...paragraph.text.matchAll(/\p{L}{4,}/gu)] : []
    const word = words.length > 0 ? this.pick(words) : undefined
    if (!paragraph || !word) return
    this.replaceIn(paragraph, word.index, word.index + word[0].length, this.pick(REPLACEMENT_WORDS))
  }

  private insertSentence(): void {
    const paragraph = this.randomParagraph(30)
    if (!paragraph) return
    const ends = [...paragraph.text.matchAll(/[.!?] /g)].map((match) => match.index + 2)
    const at = ends.length > 0 ? this.pick(ends) : paragraph.text.length
    const sentence = this.pick(FILLER)
    this.replaceIn(
      paragraph,
      at,
      at,
      at === paragraph.text.length ? ` ${sentence}` : `${sentence} `,
    )
  }

  private moveParagraph(): void {
    if (this.paragraphs.length < 3) return
    const from = 1 + Math.floor(this.random() * (this.paragraphs.length - 1))
    const [moved] = this.paragraphs.splice(from, 1)
    if (!moved) return
    const to = 1 + Math.floor(this.random() * (this.paragraphs.length - 1))
    this.paragraphs.splice(to, 0, moved)
  }

  private mergeParagraphs(): void {
    if (this.paragraphs.length < 3) return
    const index = 1 + Math.floor(this.random() * (this.paragraphs.length - 2))
    const [first, second] = [this.paragraphs[index], this.paragraphs[index + 1]]
    if (!first || !second) return
    const shift = first.text.length + 1
    for (const claim of this.claims) {
      if (claim.paragraphId !== second.id) continue
      claim.paragraphId = first.id
      claim.start += shift
      claim.end += shift
    }
    first.text = `${first.text} ${second.text}`
    this.paragraphs.splice(index + 1, 1)
  }
}

/** The same sentence with one figure or one word changed: the trap a re-anchorer must not fall into. */
function lookAlike(sentence: string, random: () => number): string {
  if (/\d/.test(sentence))
    return sentence.replace(/\d/, (digit) => String((Number(digit) + 1) % 10))
  const words = [...sentence.matchAll(/\p{L}{4,}/gu)]
  const word = words[Math.floor(random() * words.length)]
  if (!word) return `${sentence} Again.`
  return `${sentence.slice(0, word.index)}${REPLACEMENT_WORDS[0]}${sentence.slice(word.index + word[0].length)}`
}

const NAMES = [
  'Zelenskiy',
  'The ministry',
  'A NATO official',
  'Pentagon spokesman',
  'The governor',
  'Kyiv',
]
const PLACES = ['Kursk', 'Kharkiv', 'the border', 'Donetsk', 'the training grounds', 'Vladivostok']
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']

/** A long news-like article full of formulaic, look-alike sentences ("X said N troops were near Y"). */
export function syntheticArticle(random: () => number, paragraphs: number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T
  const sentence = () => {
    const n = 1000 + Math.floor(random() * 9000)
    const templates = [
      () => `${pick(NAMES)} said ${n} troops were seen near ${pick(PLACES)} on ${pick(DAYS)}.`,
      () =>
        `According to ${pick(NAMES).toLowerCase()}, about ${n} soldiers had moved towards ${pick(PLACES)}.`,
      () => `“We are waiting for a response,” ${pick(NAMES)} told reporters in ${pick(PLACES)}.`,
      () => `The report, released on ${pick(DAYS)}, put the number at ${n}.`,
      () => `${pick(NAMES)} did not confirm whether ${n} more would follow.`,
    ]
    return pick(templates)()
  }
  const body = Array.from({ length: paragraphs }, () =>
    Array.from({ length: 2 + Math.floor(random() * 4) }, sentence).join(' '),
  )
  return ['North Korean Troops Near The Front', ...body].join('\n\n')
}
