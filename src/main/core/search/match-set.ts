/** One query term in one document: its score there, and the fields it matched (one bit a field). */
export type TermMatch = { score: number; fields: number }

type Candidate = { scores: Float64Array; fields: number }

/**
 * The documents every query term so far matches, each with its score for each term (kept apart,
 * so they add up in the query's order whatever order the terms were intersected in) and the
 * fields matched.
 */
export class MatchSet {
  private docs = new Map<number, Candidate>()

  constructor(private readonly termCount: number) {}

  get size(): number {
    return this.docs.size
  }

  has(doc: number): boolean {
    return this.docs.has(doc)
  }

  keys(): IterableIterator<number> {
    return this.docs.keys()
  }

  /** The set becomes what one term (the rarest) matches. */
  start(term: number, matches: ReadonlyMap<number, TermMatch>): void {
    this.docs = new Map()
    for (const [doc, match] of matches) {
      const scores = new Float64Array(this.termCount)
      scores[term] = match.score
      this.docs.set(doc, { scores, fields: match.fields })
    }
  }

  /** Keeps only the documents `matches` holds too, with that term's score. */
  intersect(term: number, matches: ReadonlyMap<number, TermMatch>): void {
    for (const [doc, candidate] of this.docs) {
      const match = matches.get(doc)
      if (!match) {
        this.docs.delete(doc)
        continue
      }
      candidate.scores[term] = match.score
      candidate.fields |= match.fields
    }
  }

  /** Each document with its terms' scores added in the query's order, and its matched fields. */
  *summed(): Generator<{ doc: number; sum: number; fields: number }> {
    for (const [doc, { scores, fields }] of this.docs) {
      let sum = scores[0] ?? 0
      for (let term = 1; term < scores.length; term++) sum += scores[term] as number
      yield { doc, sum, fields }
    }
  }
}
