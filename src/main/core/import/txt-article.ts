import type { BlockKind } from '../../../shared/article-model'
import { ServiceError } from '../../../shared/result'
import type { BlockDraft } from '../article-record'
import type { ParsedArticle } from './parsed-article'

/** A plain-text article says nothing of its site or address. */
export type TxtArticle = Omit<ParsedArticle, 'site' | 'url'>

type FrontKind = 'drop' | 'caption' | 'byline' | 'dateline'

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`
const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`
const DATE = String.raw`(?:${MONTH}\s+${DAY},?\s+\d{4}|${DAY}\s+${MONTH},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})`
const TIME = String.raw`(?:,?\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?`
const BARE_DATE = new RegExp(`^${WEEKDAY}${DATE}${TIME}$`, 'i')
const DATE_LABEL_LINE =
  /^(?:(?:last|first)\s+)?(?:published|updated|posted|modified)\b\s*:?\s*(.*)$/i
const DATE_LABEL = /\b(?:(?:last|first)\s+)?(published|updated|posted|modified)\b\s*:?\s*/gi
/** What may follow "Updated:": a date or time, or a relative time such as "2 hours ago". */
const DATE_VALUE = /\d|\b(?:today|yesterday|ago)\b/i
/** Audio/video players leave their position ("0:00", "0:00 / 3:45") in copied text. */
const PLAYER_TIMESTAMP = /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)?$/

const CAP_WORD = String.raw`\p{Lu}[\p{L}'’.&-]*`
/** "… 2024. Spencer Platt/Getty Images", "… Kyiv. Christoph Soeder/Pool Photo via AP". */
const TRAILING_CREDIT = new RegExp(
  String.raw`[.!?)”"’]\s+${CAP_WORD}(?:\s+${CAP_WORD}){0,3}/${CAP_WORD}(?:\s+(?:via|for|of|and|&|${CAP_WORD})){0,5}$`,
  'u',
)
const AGENCY_CREDIT = /[.!?)]\s+(?:AFP via )?(?:Getty Images|Shutterstock|AFP|Reuters|AP Photo)$/
const CREDIT_LABEL = /(?:^|[.!?]\s+)(?:photo|photograph|image|picture|credit)s?(?::|\s+by)\s+\S/i
const PAREN_AT_END = /\(([^()]+)\)$/
/** "(Andrii Marienko/AP)", "(file photo)", "(Photo courtesy of …)". */
const PAREN_CREDIT =
  /\p{L}\/\p{L}|\b(?:photo|photograph|image|illustration|file|handout|courtesy)\b/iu

const LIST_ITEM = /^(?:[-*•]|\d{1,3}[.)])\s+\S/
const ASIDE =
  /^(?:see also|related(?: (?:article|articles|story|stories|coverage|content))?|read more|read also|also read)\s*:/i
const SENTENCE_END = /[.!?,;:…”"’'»]$/
const HEADING_SMALL_WORDS = new Set(
  'a an and as at but by for from in into nor of on or per the to vs vs. via with'.split(' '),
)
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u
const NAME_JOINERS = new Set('and & de van von der den la le du da di bin al |'.split(' '))
const CLOSING_QUOTE: Record<string, string> = { '“': '”', '"': '"', '‘': '’', '«': '»', '„': '“' }

/** Splits a plain-text article into headline, front matter (subtitle, captions, byline, dates) and body blocks. */
export function parseTxtArticle(text: string): TxtArticle {
  const lines = toLines(text)
  const start = lines.findIndex((line) => line !== '')
  const title = lines[start]
  if (title === undefined) {
    throw new ServiceError('invalid-input', 'The file is empty: there is no text to import.')
  }
  const front = readFrontMatter(lines, start + 1, title)
  const blocks: BlockDraft[] = [{ kind: 'headline', text: title }, ...front.blocks]
  blocks.push(...readBody(lines, front.end))
  return { blocks, title, ...metadataOf(front.blocks) }
}

/** NFC, LF only, each line trimmed; indentation in plain text is layout, not content. */
function toLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map((line) => line.trim())
}

function skipBlank(lines: string[], from: number): number {
  let i = from
  while (i < lines.length && lines[i] === '') i++
  return i
}

function readFrontMatter(lines: string[], from: number, title: string) {
  const blocks: BlockDraft[] = []
  let i = skipBlank(lines, from)
  if (isSubtitleAt(lines, i, title)) {
    blocks.push({ kind: 'subtitle', text: lines[i] ?? '' })
    i = skipBlank(lines, i + 1)
  }
  for (; i < lines.length; i = skipBlank(lines, i + 1)) {
    const kind = classifyFrontLine(lines, i, title)
    if (kind === undefined) break
    if (kind !== 'drop') blocks.push({ kind, text: lines[i] ?? '' })
  }
  return { blocks, end: i }
}

/** A line right after the headline is a subtitle only when more than photo captions follow it. */
function isSubtitleAt(lines: string[], at: number, title: string): boolean {
  if (at >= lines.length || classifyFrontLine(lines, at, title) !== undefined) return false
  for (let i = skipBlank(lines, at + 1); i < lines.length; i = skipBlank(lines, i + 1)) {
    const kind = classifyFrontLine(lines, i, title)
    if (kind === undefined) return false
    if (kind !== 'caption') return true
  }
  return false
}

function classifyFrontLine(lines: string[], at: number, title: string): FrontKind | undefined {
  const line = lines[at] ?? ''
  if (line === title || isPlayerTimestamp(line)) return 'drop'
  if (isPhotoCaption(line)) return 'caption'
  if (isDateLine(line)) return 'dateline'
  if (isBylineLine(line)) return 'byline'
  const next = lines[skipBlank(lines, at + 1)] ?? ''
  if (isBareNameLine(line) && (isDateLine(next) || isPlayerTimestamp(next))) return 'byline'
  return undefined
}

function readBody(lines: string[], from: number): BlockDraft[] {
  const texts: string[] = []
  let afterBlank = true
  for (const line of lines.slice(from)) {
    const last = texts.length - 1
    if (line === '') afterBlank = true
    else if (!afterBlank && last >= 0 && isWrappedContinuation(texts[last] ?? '', line)) {
      texts[last] += ` ${line}`
    } else {
      texts.push(line)
      afterBlank = false
    }
  }
  return texts.map((text) => ({ kind: classifyBodyBlock(text), text }))
}

/** Hard-wrapped prose: the line breaks mid-sentence and the next line goes on in lower case. */
function isWrappedContinuation(previous: string, line: string): boolean {
  return !SENTENCE_END.test(previous) && !previous.endsWith(')') && /^\p{Ll}/u.test(line)
}

function classifyBodyBlock(text: string): BlockKind {
  if (isListItem(text)) return 'list-item'
  if (isAside(text)) return 'aside'
  if (isPhotoCaption(text)) return 'caption'
  if (isWholeQuotation(text)) return 'quote'
  if (isSubHeading(text)) return 'heading'
  return 'paragraph'
}

function metadataOf(front: BlockDraft[]): Omit<TxtArticle, 'blocks' | 'title'> {
  const names = front.filter((b) => b.kind === 'byline').map((b) => b.text.replace(/^by\s+/i, ''))
  const dates = front.filter((b) => b.kind === 'dateline').map((b) => readDates(b.text))
  return withoutUndefined({
    subtitle: front.find((b) => b.kind === 'subtitle')?.text,
    byline: names.length > 0 ? names.join(', ') : undefined,
    published: dates.find((d) => d.published !== undefined)?.published,
    updated: dates.find((d) => d.updated !== undefined)?.updated,
  })
}

/** Absent metadata stays absent, so stored JSON and strict equality see no `undefined` keys. */
function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}

/** "Nov. 1, 2024" is a publication date; "Published: … | Updated: …" may carry both. */
function readDates(line: string): { published?: string; updated?: string } {
  if (BARE_DATE.test(line)) return { published: line }
  const dates: { published?: string; updated?: string } = {}
  const labels = [...line.matchAll(DATE_LABEL)]
  labels.forEach((label, n) => {
    const from = label.index + label[0].length
    const value = line
      .slice(from, labels[n + 1]?.index ?? line.length)
      .replace(/[\s|·•,;–—-]+$/, '')
    const key = /updated|modified/i.test(label[1] ?? '') ? 'updated' : 'published'
    if (value !== '') dates[key] ??= value
  })
  return dates
}

function isPlayerTimestamp(line: string): boolean {
  return PLAYER_TIMESTAMP.test(line)
}

function isDateLine(line: string): boolean {
  if (BARE_DATE.test(line)) return true
  const rest = DATE_LABEL_LINE.exec(line)?.[1]
  return rest !== undefined && (rest === '' || (rest.length <= 80 && DATE_VALUE.test(rest)))
}

/** Captions end with a photo credit, never with sentence punctuation. */
function isPhotoCaption(line: string): boolean {
  const parenthesised = PAREN_AT_END.exec(line)?.[1]
  if (parenthesised !== undefined) return PAREN_CREDIT.test(parenthesised)
  if (/[.!?]$/.test(line)) return false
  return TRAILING_CREDIT.test(line) || AGENCY_CREDIT.test(line) || CREDIT_LABEL.test(line)
}

function isBylineLine(line: string): boolean {
  const names = /^by\s+(.+)$/i.exec(line)?.[1]
  return names !== undefined && looksLikeNames(names, 10)
}

/** A bare "Katabella Roberts" line; only trusted in front matter right before a date line. */
function isBareNameLine(line: string): boolean {
  return !/[,|]/.test(line) && line.split(/\s+/).length >= 2 && looksLikeNames(line, 4)
}

function looksLikeNames(text: string, maxWords: number): boolean {
  const words = text.split(/[\s,]+/).filter((word) => word !== '')
  if (text.length > 80 || words.length > maxWords) return false
  return words.every((word) => NAME_WORD.test(word) || NAME_JOINERS.has(word.toLowerCase()))
}

function isListItem(text: string): boolean {
  return LIST_ITEM.test(text)
}

function isAside(text: string): boolean {
  return ASIDE.test(text)
}

/** “Whole quote.” but not “Quote,” he said. — a closing mark before whitespace ends it early. */
function isWholeQuotation(text: string): boolean {
  const close = CLOSING_QUOTE[text.charAt(0)]
  if (close === undefined || text.length < 3 || !text.endsWith(close)) return false
  return !new RegExp(`${close}\\s`, 'u').test(text.slice(1, -1))
}

/** Short title-case lines without final punctuation: "China Must Step Up, Zelenskyy Says". */
function isSubHeading(text: string): boolean {
  if (text.length > 100 || SENTENCE_END.test(text) || /^[([]/.test(text)) return false
  const words = text.split(/\s+/)
  if (words.length > 14 || !/\p{L}/u.test(text)) return false
  return words.every((word, n) => isTitleCaseWord(word, n === 0))
}

function isTitleCaseWord(word: string, isFirst: boolean): boolean {
  const core = word.replace(/^[^\p{L}\p{N}]+/u, '')
  if (!/^\p{L}/u.test(core) || /^\p{Lu}/u.test(core)) return true
  return !isFirst && HEADING_SMALL_WORDS.has(core.replace(/[^\p{L}.]+$/u, '').toLowerCase())
}
