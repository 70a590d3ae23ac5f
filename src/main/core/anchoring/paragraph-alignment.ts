import { firstIndexWhere, lastAtOrBefore } from '../../../shared/binary-search'

export type Span = { start: number; end: number }

type Paragraphs = { starts: number[]; ends: number[] }

const SEPARATOR = '\n\n'

function paragraphsOf(text: string): { texts: string[]; layout: Paragraphs } {
  const texts = text.split(SEPARATOR)
  const starts: number[] = []
  const ends: number[] = []
  let offset = 0
  for (const paragraph of texts) {
    starts.push(offset)
    ends.push(offset + paragraph.length)
    offset += paragraph.length + SEPARATOR.length
  }
  return { texts, layout: { starts, ends } }
}

/** The index of the paragraph holding `offset` (the last one starting at or before it). */
function paragraphAt(layout: Paragraphs, offset: number): number {
  return lastAtOrBefore(layout.starts.length, (index) => layout.starts[index] ?? 0, offset)
}

/** Indices (into `values`) of a longest strictly increasing subsequence, in O(n log n). */
function longestIncreasing(values: readonly number[]): number[] {
  const tails: number[] = []
  const previous = new Int32Array(values.length).fill(-1)
  values.forEach((value, index) => {
    const low = firstIndexWhere(tails.length, (at) => (values[tails[at] ?? 0] ?? 0) >= value)
    if (low > 0) previous[index] = tails[low - 1] ?? -1
    tails[low] = index
  })
  const chain: number[] = []
  for (let at = tails.at(-1) ?? -1; at >= 0; at = previous[at] ?? -1) chain.push(at)
  return chain.reverse()
}

/** Offset ranges of the paragraphs not marked, with neighbouring ones merged. */
function unmarkedRegions(layout: Paragraphs, isMarked: Uint8Array): Span[] {
  const regions: Span[] = []
  for (let index = 0; index < isMarked.length; index++) {
    if (isMarked[index]) continue
    const start = layout.starts[index] ?? 0
    const end = layout.ends[index] ?? start
    const last = regions.at(-1)
    if (last && last.end + SEPARATOR.length === start) last.end = end
    else regions.push({ start, end })
  }
  return regions
}

/**
 * Lines up an article's old and new text paragraph by paragraph, patience-diff style: a paragraph
 * whose text occurs once in each version is the same paragraph, and the longest run of those in
 * the same order is the unchanged text. A paragraph with copies is never trusted (a diff may pair
 * a claim's paragraph with the wrong copy): it is searched like changed text, where context decides.
 */
export class ParagraphAlignment {
  /** Old paragraph → new paragraph, for trusted pairs; −1 otherwise. */
  private readonly newIndexOf: Int32Array
  /** Old paragraph → the last old paragraph at or before it that kept its place in sequence. */
  private readonly anchorBefore: Int32Array
  private readonly old: Paragraphs
  private readonly next: Paragraphs
  /** The new text's changed paragraphs, as offset ranges: the only places a lost claim may be found. */
  readonly changedRegions: Span[]
  /** The old text's paragraphs that did not survive unchanged. */
  readonly oldChangedRegions: Span[]

  constructor(oldText: string, newText: string) {
    const before = paragraphsOf(oldText)
    const after = paragraphsOf(newText)
    this.old = before.layout
    this.next = after.layout
    const oldIndexOfUnique = uniqueIndices(before.texts)
    const newIndexOfUnique = uniqueIndices(after.texts)
    const pairs: { old: number; new: number }[] = []
    for (const [text, oldIndex] of oldIndexOfUnique) {
      const newIndex = newIndexOfUnique.get(text)
      if (newIndex !== undefined) pairs.push({ old: oldIndex, new: newIndex })
    }
    pairs.sort((a, b) => a.old - b.old)
    this.newIndexOf = new Int32Array(before.texts.length).fill(-1)
    const inSequence = longestIncreasing(pairs.map((pair) => pair.new)).map(
      (index) => pairs[index] as { old: number; new: number },
    )
    for (const pair of inSequence) this.newIndexOf[pair.old] = pair.new
    this.anchorBefore = new Int32Array(before.texts.length)
    let anchor = -1
    for (let index = 0; index < before.texts.length; index++) {
      if ((this.newIndexOf[index] ?? -1) >= 0) anchor = index
      this.anchorBefore[index] = anchor
    }
    this.pairMovedParagraphs(pairs, after.texts.length)
    const isOldMarked = new Uint8Array(before.texts.length)
    const isNewMarked = new Uint8Array(after.texts.length)
    this.newIndexOf.forEach((newIndex, oldIndex) => {
      if (newIndex < 0) return
      isOldMarked[oldIndex] = 1
      isNewMarked[newIndex] = 1
    })
    this.changedRegions = unmarkedRegions(this.next, isNewMarked)
    this.oldChangedRegions = unmarkedRegions(this.old, isOldMarked)
  }

  /**
   * A unique paragraph found word for word out of sequence has moved there, claims and all, unless
   * something new was put in its old place (then which one is "the" paragraph is for context to say).
   */
  private pairMovedParagraphs(pairs: { old: number; new: number }[], newCount: number): void {
    const isPaired = new Uint8Array(newCount)
    for (const pair of pairs) isPaired[pair.new] = 1
    for (const pair of pairs) {
      if ((this.newIndexOf[pair.old] ?? -1) >= 0) continue
      const [from, to] = this.sequenceGap(pair.old)
      let isReplaced = false
      for (let index = from; index < to && !isReplaced; index++) isReplaced = !isPaired[index]
      if (!isReplaced) this.newIndexOf[pair.old] = pair.new
    }
  }

  /** The new paragraphs between the in-sequence neighbours of an old paragraph. */
  private sequenceGap(oldIndex: number): [number, number] {
    const before = this.anchorBefore[oldIndex] ?? -1
    const from = before >= 0 ? (this.newIndexOf[before] ?? -1) + 1 : 0
    let to = this.next.starts.length
    for (let index = oldIndex + 1; index < this.anchorBefore.length; index++) {
      if (this.anchorBefore[index] === index) {
        to = this.newIndexOf[index] ?? to
        break
      }
    }
    return [from, to]
  }

  /** Where an old span is now, if every paragraph it touches is unchanged and still in sequence. */
  mapUnchanged(span: Span): Span | undefined {
    const first = paragraphAt(this.old, span.start)
    const last = paragraphAt(this.old, Math.max(span.start, span.end - 1))
    const newFirst = this.newIndexOf[first] ?? -1
    if (newFirst < 0) return undefined
    for (let k = first + 1; k <= last; k++)
      if (this.newIndexOf[k] !== newFirst + (k - first)) return undefined
    const newLast = newFirst + (last - first)
    return {
      start: (this.next.starts[newFirst] ?? 0) + span.start - (this.old.starts[first] ?? 0),
      end: (this.next.starts[newLast] ?? 0) + span.end - (this.old.starts[last] ?? 0),
    }
  }

  /** Where an old offset would be now: carried through its paragraph, or past the last one that kept its place. */
  expectedOffset(offset: number): number {
    const index = paragraphAt(this.old, offset)
    const newIndex = this.newIndexOf[index] ?? -1
    if (newIndex >= 0)
      return (this.next.starts[newIndex] ?? 0) + offset - (this.old.starts[index] ?? 0)
    const anchor = this.anchorBefore[index] ?? -1
    if (anchor < 0) return offset
    const anchorEnd = this.next.ends[this.newIndexOf[anchor] ?? 0] ?? 0
    return anchorEnd + offset - (this.old.ends[anchor] ?? 0)
  }
}

/** Each text that occurs exactly once, with its index. */
function uniqueIndices(texts: readonly string[]): Map<string, number> {
  const seen = new Map<string, number>()
  texts.forEach((text, index) => seen.set(text, seen.has(text) ? -1 : index))
  for (const [text, index] of seen) if (index < 0) seen.delete(text)
  return seen
}
