import type { IndexedArticle, SearchDoc } from './search-docs'
import {
  savedTerm,
  type IndexCounts,
  type SavedDocument,
  type SavedTerm,
} from './ranked-mini-search'

/** Bump when what is indexed or how it is saved changes: an older saved index is rebuilt. */
export const SEARCH_INDEX_VERSION = 2

/** Items a line of the saved index holds. */
const SLICE = 500

/** What is saved of the index, the lists taken when saving starts. */
export type IndexParts = {
  articles: Record<string, IndexedArticle>
  counts: IndexCounts
  documents: readonly SavedDocument[]
  docs: Iterable<SearchDoc>
  terms: readonly [string, Map<number, Map<number, number>>][]
}

type Head = { version: number; articles: Record<string, IndexedArticle>; counts: IndexCounts }
type Line =
  ['documents', SavedDocument[]] | ['docs', SearchDoc[]] | ['terms', SavedTerm[]] | ['end', Totals]
type Totals = { documents: number; docs: number; terms: number }

function* slicesOf<T>(items: Iterable<T>): Generator<T[]> {
  let slice: T[] = []
  for (const item of items) {
    slice.push(item)
    if (slice.length === SLICE) {
      yield slice
      slice = []
    }
  }
  if (slice.length > 0) yield slice
}

/**
 * The saved index, one JSON value a line: a head (version, articles, totals), then slices of its
 * documents, their texts and its words, and an end line with how many of each, so a file cut
 * short is told apart. Each line is made when it is written, so the whole is never one string.
 */
export function* savedIndexLines(parts: IndexParts): Generator<string> {
  const head: Head = {
    version: SEARCH_INDEX_VERSION,
    articles: parts.articles,
    counts: parts.counts,
  }
  yield `${JSON.stringify(head)}\n`
  for (const slice of slicesOf(parts.documents)) yield `${JSON.stringify(['documents', slice])}\n`
  let docs = 0
  for (const slice of slicesOf(parts.docs)) {
    docs += slice.length
    yield `${JSON.stringify(['docs', slice])}\n`
  }
  for (const slice of slicesOf(parts.terms))
    yield `${JSON.stringify(['terms', slice.map(savedTerm)])}\n`
  const totals: Totals = {
    documents: parts.documents.length,
    docs,
    terms: parts.terms.length,
  }
  yield `${JSON.stringify(['end', totals])}\n`
}

/** Where the lines of a saved index go as they are read. */
export type IndexSink = {
  start(head: { articles: Record<string, IndexedArticle>; counts: IndexCounts }): void
  documents(slice: SavedDocument[]): void
  docs(slice: SearchDoc[]): void
  terms(slice: SavedTerm[]): void
}

/**
 * Reads a saved index line by line into `sink`; true only when it is of this version and whole
 * (its end line there, with as many of each as it says). Stops at the first line that is not.
 */
export async function readSavedIndex(
  lines: AsyncIterable<string>,
  sink: IndexSink,
): Promise<boolean> {
  const read: Totals = { documents: 0, docs: 0, terms: 0 }
  let isFirst = true
  for await (const text of lines) {
    if (isFirst) {
      const head = parsed(text) as Head | null
      if (head?.version !== SEARCH_INDEX_VERSION || !head.counts || !head.articles) return false
      sink.start(head)
      isFirst = false
      continue
    }
    const line = parsed(text) as Line | null
    if (!Array.isArray(line) || typeof line[1] !== 'object' || line[1] === null) return false
    if (line[0] !== 'end' && !Array.isArray(line[1])) return false
    switch (line[0]) {
      case 'documents':
        sink.documents(line[1])
        read.documents += line[1].length
        break
      case 'docs':
        sink.docs(line[1])
        read.docs += line[1].length
        break
      case 'terms':
        sink.terms(line[1])
        read.terms += line[1].length
        break
      case 'end':
        return (
          line[1].documents === read.documents &&
          line[1].docs === read.docs &&
          line[1].terms === read.terms
        )
      default:
        return false
    }
  }
  return false
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
