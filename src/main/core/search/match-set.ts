/**
 * The documents every query term so far matches, for one query at a time. Scores are kept per term
 * in arrays indexed by the index's own document numbers (no object a match), so they add up in
 * the query's order whatever order the terms were intersected in; a term's score in a document is
 * above 0 exactly when it matches there (BM25+ never scores a match 0). The arrays are kept from
 * one query to the next and only the entries a query touched are cleared: allocating megabytes a
 * query makes V8 collect its whole heap (the index's) far more often.
 */
export class MatchSet {
  private scores: Float64Array[] = []
  private fields = new Int32Array(0)
  private isCandidate = new Uint8Array(0)
  private termCount = 0
  /** The first term's matches: every document any entry was set for. */
  private touched: number[] = []
  private candidates: number[] = []
  private hasStarted = false

  /** Starts a query of `termCount` terms; `docLimit`: one more than the highest document number. */
  begin(termCount: number, docLimit: number): void {
    this.clear()
    if (this.isCandidate.length < docLimit) {
      const length = Math.ceil(docLimit * 1.25)
      this.scores = []
      this.fields = new Int32Array(length)
      this.isCandidate = new Uint8Array(length)
    }
    while (this.scores.length < termCount)
      this.scores.push(new Float64Array(this.isCandidate.length))
    this.termCount = termCount
  }

  get size(): number {
    return this.candidates.length
  }

  /** Whether `doc` is still a candidate: always true before the first term has ended. */
  has(doc: number): boolean {
    return !this.hasStarted || this.isCandidate[doc] === 1
  }

  /** The candidates (the documents the terms ended so far all match). */
  docs(): readonly number[] {
    return this.candidates
  }

  /** Adds one part of a term's score in a document (one word in one field). */
  add(term: number, doc: number, score: number, fieldId: number): void {
    const scores = this.scores[term] as Float64Array
    if (!this.hasStarted && this.isCandidate[doc] === 0) {
      this.isCandidate[doc] = 1
      this.touched.push(doc)
    }
    scores[doc] = (scores[doc] as number) + score
    this.fields[doc] = (this.fields[doc] as number) | (1 << fieldId)
  }

  /**
   * Ends a term: the first one's matches become the candidates; after it, those a term does not
   * match are dropped.
   */
  endTerm(term: number): void {
    if (!this.hasStarted) {
      this.hasStarted = true
      this.candidates = [...this.touched]
      return
    }
    const scores = this.scores[term] as Float64Array
    this.candidates = this.candidates.filter((doc) => {
      if ((scores[doc] as number) > 0) return true
      this.isCandidate[doc] = 0
      return false
    })
  }

  /** A candidate's terms' scores added in the query's order. */
  sum(doc: number): number {
    let sum = this.scores[0]?.[doc] ?? 0
    for (let term = 1; term < this.termCount; term++)
      sum += (this.scores[term] as Float64Array)[doc] as number
    return sum
  }

  /** The fields (one bit a field id) any term matched in a document. */
  fieldsOf(doc: number): number {
    return this.fields[doc] as number
  }

  /** Sets back every entry the query set (each was set for a document of the first term). */
  private clear(): void {
    for (const doc of this.touched) {
      for (let term = 0; term < this.termCount; term++) (this.scores[term] as Float64Array)[doc] = 0
      this.fields[doc] = 0
      this.isCandidate[doc] = 0
    }
    this.touched = []
    this.candidates = []
    this.hasStarted = false
    this.termCount = 0
  }
}
