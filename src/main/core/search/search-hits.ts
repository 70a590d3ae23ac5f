import type { SearchField, SearchHit, TextSpan } from '../../../shared/search-model'
import type { ArticleLabel, SearchDoc } from './search-docs'
import { phraseSpans, tokensOf, type ParsedQuery, type Token } from './search-text'

/** A passage longer than this is cut around its first match. */
const PASSAGE_CHARS = 280
const BEFORE_MATCH = 100

/** Which field of a document a match is shown from, best first. */
const SHOWN_FIRST: SearchField[] = [
  'quote',
  'text',
  'title',
  'claimant',
  'tags',
  'notes',
  'sources',
]

const fieldText = (doc: SearchDoc, field: SearchField): string =>
  ((doc as Record<string, unknown>)[field] as string | undefined) ?? ''

/** The words of `text` the query matches: its phrases' spans, its words (the start of a word, too). */
function matchesIn(text: string, query: ParsedQuery): Token[] {
  const tokens = tokensOf(text)
  const phrases = query.phrases.flatMap((phrase) => phraseSpans(tokens, phrase))
  const words = tokens.filter((token) => query.words.some((word) => token.term.startsWith(word)))
  return [...phrases, ...words].sort((a, b) => a.start - b.start)
}

/** A passage of at most PASSAGE_CHARS around the first match, cut between words. */
function passageAround(
  text: string,
  marks: readonly Token[],
): { passage: string; marks: TextSpan[] } {
  const first = marks[0]
  if (text.length <= PASSAGE_CHARS || !first) {
    return { passage: text, marks: marks.map(({ start, end }) => ({ start, end })) }
  }
  let from = Math.max(0, first.start - BEFORE_MATCH)
  if (from > 0) from = text.indexOf(' ', from) + 1 || from
  let to = Math.min(text.length, from + PASSAGE_CHARS)
  if (to < text.length) to = text.lastIndexOf(' ', to) > first.end ? text.lastIndexOf(' ', to) : to
  const lead = from > 0 ? '… ' : ''
  const shift = lead.length - from
  return {
    passage: `${lead}${text.slice(from, to).trim()}${to < text.length ? ' …' : ''}`,
    marks: marks
      .filter((mark) => mark.start >= from && mark.end <= to)
      .map(({ start, end }) => ({ start: start + shift, end: end + shift })),
  }
}

/**
 * The field a match is shown from; null when a phrase of the query is in none of them. Cheap
 * without phrases, so a search counts every match but builds only the hits it sends.
 */
export function shownField(
  doc: SearchDoc,
  matchedFields: readonly SearchField[],
  query: ParsedQuery,
): SearchField | null {
  const fields = SHOWN_FIRST.filter((field) => matchedFields.includes(field))
  const withPhrases = (field: SearchField) => {
    const text = fieldText(doc, field)
    return query.phrases.every((phrase) => phraseSpans(tokensOf(text), phrase).length > 0)
  }
  return (query.phrases.length ? fields.find(withPhrases) : fields[0]) ?? null
}

/** A match as the desk shows it, from the field `shownField` chose. */
export function hitOf(
  doc: SearchDoc,
  article: ArticleLabel,
  score: number,
  query: ParsedQuery,
  field: SearchField,
): SearchHit {
  const text = fieldText(doc, field)
  const marks = matchesIn(text, query)
  const { passage, marks: shown } = passageAround(text, marks)
  const first = marks[0]
  const at =
    'claimId' in doc
      ? { start: doc.start, end: doc.end }
      : 'start' in doc && first
        ? { start: doc.start + first.start, end: doc.start + first.end }
        : { start: 0, end: 0 }
  return {
    id: doc.id,
    articleId: doc.articleId,
    articleTitle: article.title,
    ...(article.site ? { site: article.site } : {}),
    field,
    ...('claimId' in doc ? { claimId: doc.claimId } : {}),
    at,
    passage,
    marks: shown,
    score,
  }
}
