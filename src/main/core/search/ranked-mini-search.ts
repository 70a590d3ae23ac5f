import MiniSearch, { type Options } from 'minisearch'
import { MatchSet } from './match-set'
import { TopScores } from './top-scores'

/** A word of an AND query: matched whole, or (`prefix`) also as the start of longer words. */
export type RankedTerm = { term: string; prefix: boolean }

export type RankedQuery = {
  terms: readonly RankedTerm[]
  /** Multiplies a field's score (1 when not given), as MiniSearch's `boost` option. */
  boost: Readonly<Record<string, number>>
  /** How many of the best matches to return. */
  limit: number
  /** Whether a match counts (a phrase check, say): asked of every match, so `total` is exact. */
  accept?: (id: string, matchedFields: () => readonly string[]) => boolean
}

export type RankedHit = { id: string; score: number; fields: string[] }

/** MiniSearch's defaults: the weight of a prefix match, and BM25+'s parameters. */
const PREFIX_WEIGHT = 0.375
const BM25 = { k: 1.2, b: 0.7, d: 0.5 }
/** Postings are stepped through unless they hold this many times more entries than look-ups. */
const PROBE_COST = 4

/** One indexed word (a query term, or a longer word it starts) in one field. */
type Posting = { weight: number; fieldId: number; fieldBoost: number; freqs: Map<number, number> }
/** A query term's postings, in the order MiniSearch scores them, and how many entries they hold. */
type TermPostings = { postings: Posting[]; cost: number }

type Ranked = { doc: number; score: number }

/** The index's totals, saved with it. */
export type IndexCounts = {
  documentCount: number
  nextId: number
  fieldIds: Record<string, number>
  averageFieldLength: number[]
  dirtCount: number
}
/**
 * One document as saved: the index's number for it, its id and its fields' lengths (null for a
 * field it lacks: JSON's form of the array's hole).
 */
export type SavedDocument = [shortId: number, id: string, fieldLengths: (number | null)[]]
/**
 * One indexed word as saved: for each field id, its documents and how often it occurs in each, in
 * pairs (arrays of numbers parse into far less memory than objects keyed by number).
 */
export type SavedTerm = [term: string, byField: [fieldId: number, docsAndCounts: number[]][]]

/**
 * MiniSearch with a faster AND query for a workspace of 100,000s of documents: it starts from the
 * rarest term (the fewest indexed entries), intersects the others into it, scores with BM25+ as
 * MiniSearch does (the same boosts, prefix weights and order of additions, so the same scores)
 * and keeps only the best `limit` in a heap instead of building and sorting every match.
 */
export class RankedMiniSearch<T> extends MiniSearch<T> {
  private readonly matches = new MatchSet()
  /** Counts additions and removals: a posting's count of live documents holds until it changes. */
  private changes = 0
  private readonly liveCounts = new WeakMap<Map<number, number>, { at: number; live: number }>()

  override add(document: T): void {
    this.changes++
    super.add(document)
  }

  override remove(document: T): void {
    this.changes++
    super.remove(document)
  }

  override discard(id: unknown): void {
    this.changes++
    super.discard(id)
  }

  override removeAll(documents?: readonly T[]): void {
    this.changes++
    super.removeAll(documents)
  }

  /** An empty index with the saved totals, to which the saved documents and terms are added. */
  static restored<T>(options: Options<T>, counts: IndexCounts): RankedMiniSearch<T> {
    const search = new RankedMiniSearch<T>(options)
    search._documentCount = counts.documentCount
    search._nextId = counts.nextId
    search._fieldIds = counts.fieldIds
    search._avgFieldLength = counts.averageFieldLength
    search._dirtCount = counts.dirtCount
    return search
  }

  restoreDocuments(documents: readonly SavedDocument[]): void {
    for (const [shortId, id, saved] of documents) {
      // A field the document lacks stays a hole: MiniSearch's removal skips holes, not nulls.
      const lengths: number[] = []
      for (const [fieldId, length] of saved.entries())
        if (length !== null) lengths[fieldId] = length
      this._documentIds.set(shortId, id)
      this._idToShortId.set(id, shortId)
      this._fieldLength.set(shortId, lengths)
    }
  }

  restoreTerms(terms: readonly SavedTerm[]): void {
    for (const [term, byField] of terms) {
      const data = new Map<number, Map<number, number>>()
      for (const [fieldId, docsAndCounts] of byField) {
        const docs = new Map<number, number>()
        for (let at = 0; at + 1 < docsAndCounts.length; at += 2)
          docs.set(docsAndCounts[at] as number, docsAndCounts[at + 1] as number)
        data.set(fieldId, docs)
      }
      this._index.set(term, data)
    }
  }

  counts(): IndexCounts {
    return {
      documentCount: this._documentCount,
      nextId: this._nextId,
      fieldIds: this._fieldIds,
      averageFieldLength: this._avgFieldLength,
      dirtCount: this._dirtCount,
    }
  }

  /** Every document, as saved (a copy of the list, taken now). */
  savedDocuments(): SavedDocument[] {
    return [...this._documentIds].map(([shortId, id]) => [
      shortId,
      id as string,
      this._fieldLength.get(shortId) ?? [],
    ])
  }

  /** Every indexed word with its postings (the list taken now; each word saved when reached). */
  termEntries(): [string, Map<number, Map<number, number>>][] {
    return [...this._index]
  }

  rankedSearch(query: RankedQuery): { hits: RankedHit[]; total: number } {
    const fields = this._options.fields
    const terms = query.terms.map((term) => this.postingsOf(term, fields, query.boost))
    const order = terms.map((_, index) => index).sort((a, b) => terms[a]!.cost - terms[b]!.cost)
    const matches = this.matches
    matches.begin(terms.length, this._nextId)
    for (const [step, term] of order.entries()) {
      const { postings, cost } = terms[term] as TermPostings
      if (step > 0 && matches.size === 0) break
      // A look-up costs a few times a step through a posting.
      if (step === 0 || cost <= PROBE_COST * matches.size * postings.length)
        this.scoreByPostings(term, postings, matches)
      else this.scoreByProbing(term, postings, matches)
      matches.endTerm(term)
    }
    const quality = new Set(query.terms.map(({ term }) => term)).size
    const fieldNames = (mask: number) =>
      fields.filter((field) => mask & (1 << (this._fieldIds[field] as number)))
    const top = new TopScores<Ranked>(query.limit)
    let total = 0
    for (const doc of matches.docs()) {
      const id = this._documentIds.get(doc) as string
      if (query.accept && !query.accept(id, () => fieldNames(matches.fieldsOf(doc)))) continue
      total++
      const score = matches.sum(doc) * quality
      if (top.wouldKeep(doc, score)) top.offer({ doc, score })
    }
    const hits = top.best().map(({ doc, score }) => ({
      id: this._documentIds.get(doc) as string,
      score,
      fields: fieldNames(matches.fieldsOf(doc)),
    }))
    return { hits, total }
  }

  /** The term's postings: the word itself first, then (prefix) the longer words, each field in turn. */
  private postingsOf(
    { term, prefix }: RankedTerm,
    fields: readonly string[],
    boost: Readonly<Record<string, number>>,
  ): TermPostings {
    const words: [string, number][] = [[term, 1]]
    if (prefix)
      for (const word of this._index.atPrefix(term).keys()) {
        const distance = word.length - term.length
        if (distance)
          words.push([word, (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * distance)])
      }
    const postings: Posting[] = []
    let cost = 0
    for (const [word, weight] of words) {
      const data = this._index.get(word)
      if (!data) continue
      for (const field of fields) {
        const fieldId = this._fieldIds[field] as number
        const freqs = data.get(fieldId)
        if (!freqs) continue
        postings.push({ weight, fieldId, fieldBoost: boost[field] || 1, freqs })
        cost += freqs.size
      }
    }
    return { postings, cost }
  }

  /** Scores every candidate the postings hold (every live document, for the first term). */
  private scoreByPostings(term: number, postings: Posting[], matches: MatchSet): void {
    // With nothing discarded since the last vacuum, every document a posting holds is live.
    const isLive = this._dirtCount === 0 ? () => true : (doc: number) => this._documentIds.has(doc)
    for (const posting of postings) {
      const scoreIn = this.scorer(posting)
      const { fieldId } = posting
      posting.freqs.forEach((freq, doc) => {
        if (matches.has(doc) && isLive(doc)) matches.add(term, doc, scoreIn(doc, freq), fieldId)
      })
    }
  }

  /** Scores the candidates, looking each up in the postings. */
  private scoreByProbing(term: number, postings: Posting[], matches: MatchSet): void {
    const scorers = postings.map((posting) => this.scorer(posting))
    for (const doc of matches.docs())
      for (const [index, posting] of postings.entries()) {
        const freq = posting.freqs.get(doc)
        if (freq !== undefined) matches.add(term, doc, scorers[index]!(doc, freq), posting.fieldId)
      }
  }

  /** BM25+ of one posting in a document, weighted, as MiniSearch computes it. */
  private scorer({ weight, fieldId, fieldBoost, freqs }: Posting) {
    const matching = this.liveCount(freqs)
    const invDocFreq = Math.log(1 + (this._documentCount - matching + 0.5) / (matching + 0.5))
    const average = this._avgFieldLength[fieldId] as number
    const { k, b, d } = BM25
    return (doc: number, freq: number) => {
      const length = (this._fieldLength.get(doc) as number[])[fieldId] as number
      const raw =
        invDocFreq * (d + (freq * (k + 1)) / (freq + k * (1 - b + (b * length) / average)))
      // MiniSearch multiplies by a term boost and a document boost, both 1 here.
      return weight * fieldBoost * raw
    }
  }

  /**
   * The documents a posting holds, less those discarded and not yet vacuumed (counted once, then
   * kept until a document is added or removed: vacuuming only drops what this does not count).
   */
  private liveCount(freqs: Map<number, number>): number {
    if (this._dirtCount === 0) return freqs.size
    const known = this.liveCounts.get(freqs)
    if (known?.at === this.changes) return known.live
    let live = 0
    for (const doc of freqs.keys()) if (this._documentIds.has(doc)) live++
    this.liveCounts.set(freqs, { at: this.changes, live })
    return live
  }
}

/** A word's postings as saved: by field id, each document and how often, in pairs. */
export function savedTerm([term, data]: [string, Map<number, Map<number, number>>]): SavedTerm {
  const byField: SavedTerm[1] = []
  for (const [fieldId, freqs] of data) {
    const docsAndCounts: number[] = []
    for (const [doc, freq] of freqs) docsAndCounts.push(doc, freq)
    byField.push([fieldId, docsAndCounts])
  }
  return [term, byField]
}
