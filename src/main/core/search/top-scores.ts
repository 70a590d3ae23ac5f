/** A scored document: the index's own number for it (its order of adding) and its score. */
export type Scored = { doc: number; score: number }

/** Ranks `a` before `b`: the higher score, and of equal scores the document added first. */
const isBetter = (a: Scored, b: Scored) =>
  a.score > b.score || (a.score === b.score && a.doc < b.doc)

/**
 * The best `limit` of a stream of scored documents, kept in a binary min-heap (the worst kept at
 * its root), so ranking n matches costs n·log(limit) instead of sorting all n.
 */
export class TopScores<T extends Scored> {
  private readonly heap: T[] = []

  constructor(private readonly limit: number) {}

  /** Whether an item of this score would be kept (false once full of better ones). */
  wouldKeep(doc: number, score: number): boolean {
    if (this.limit <= 0) return false
    const worst = this.heap[0]
    return this.heap.length < this.limit || !worst || isBetter({ doc, score }, worst)
  }

  offer(item: T): void {
    if (!this.wouldKeep(item.doc, item.score)) return
    if (this.heap.length < this.limit) {
      this.heap.push(item)
      this.siftUp(this.heap.length - 1)
    } else {
      this.heap[0] = item
      this.siftDown(0)
    }
  }

  /** What it kept, best first. */
  best(): T[] {
    return [...this.heap].sort((a, b) => (isBetter(a, b) ? -1 : isBetter(b, a) ? 1 : 0))
  }

  private siftUp(at: number): void {
    const heap = this.heap
    while (at > 0) {
      const parent = (at - 1) >> 1
      if (!isBetter(heap[parent] as T, heap[at] as T)) return
      this.swap(at, parent)
      at = parent
    }
  }

  private siftDown(at: number): void {
    const heap = this.heap
    for (;;) {
      const left = 2 * at + 1
      const right = left + 1
      let worst = at
      if (left < heap.length && isBetter(heap[worst] as T, heap[left] as T)) worst = left
      if (right < heap.length && isBetter(heap[worst] as T, heap[right] as T)) worst = right
      if (worst === at) return
      this.swap(at, worst)
      at = worst
    }
  }

  private swap(a: number, b: number): void {
    const heap = this.heap
    const item = heap[a] as T
    heap[a] = heap[b] as T
    heap[b] = item
  }
}
