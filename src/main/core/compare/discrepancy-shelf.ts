import type {
  Discrepancy,
  DiscrepancyItem,
  DiscrepancyItemPage,
  DiscrepancyPreview,
} from '../../../shared/compare-model'
import { ServiceError } from '../../../shared/result'
import { Transferred } from '../threads/thread-calls'

/** Passages a discrepancy carries in a page: the view lists these until "Show all". */
export const PREVIEW_ITEMS = 12

/** Passages encoded together, so a page of at most 200 decodes at most two parts. */
const ITEMS_PER_PART = 200

/**
 * Discrepancies kept as the pages need them: each with its first passages, and every passage as
 * JSON bytes, a part at a time. One "number" discrepancy of a thousand generated articles holds
 * 42,000 passages: kept as objects, every page would validate and send all of them.
 */
export type ShelvedDiscrepancies = { previews: DiscrepancyPreview[]; parts: Uint8Array[][] }

export function shelve(discrepancies: readonly Discrepancy[]): ShelvedDiscrepancies {
  const encoder = new TextEncoder()
  const partsOf = (items: readonly DiscrepancyItem[]) => {
    const parts: Uint8Array[] = []
    for (let start = 0; start < items.length; start += ITEMS_PER_PART)
      parts.push(encoder.encode(JSON.stringify(items.slice(start, start + ITEMS_PER_PART))))
    return parts
  }
  return {
    previews: discrepancies.map((discrepancy) => ({
      ...discrepancy,
      items: discrepancy.items.slice(0, PREVIEW_ITEMS),
      itemCount: discrepancy.items.length,
    })),
    parts: discrepancies.map((discrepancy) => partsOf(discrepancy.items)),
  }
}

/** The same, for a worker thread to answer with: its bytes are moved to the caller, not copied. */
export function shelvedForTransfer(
  discrepancies: readonly Discrepancy[],
): Transferred<ShelvedDiscrepancies> {
  const shelf = shelve(discrepancies)
  return new Transferred(
    shelf,
    shelf.parts.flat().map((part) => part.buffer as ArrayBuffer),
  )
}

/** Pages of shelved discrepancies: a page's previews, a page of one discrepancy's passages, or all. */
export class DiscrepancyShelf {
  private readonly previews: DiscrepancyPreview[]
  private readonly parts: Uint8Array[][]
  private readonly places = new Map<string, number>()

  constructor(shelves: readonly ShelvedDiscrepancies[]) {
    this.previews = shelves.flatMap((shelf) => shelf.previews)
    this.parts = shelves.flatMap((shelf) => shelf.parts)
    this.previews.forEach((preview, place) => {
      if (!this.places.has(preview.id)) this.places.set(preview.id, place)
    })
  }

  get total(): number {
    return this.previews.length
  }

  page(offset: number, limit: number): DiscrepancyPreview[] {
    return this.previews.slice(offset, offset + limit)
  }

  items(discrepancyId: string, offset: number, limit: number): DiscrepancyItemPage {
    const place = this.places.get(discrepancyId)
    if (place === undefined)
      throw new ServiceError(
        'not-found',
        'That discrepancy is no longer found: the articles were compared again. Reload the list.',
      )
    const total = this.previews[place]?.itemCount ?? 0
    const end = Math.min(offset + limit, total)
    const items: DiscrepancyItem[] = []
    const parts = this.parts[place] ?? []
    for (let part = Math.floor(offset / ITEMS_PER_PART); part * ITEMS_PER_PART < end; part++) {
      const first = part * ITEMS_PER_PART
      const decoded = decodePart(parts[part])
      items.push(...decoded.slice(Math.max(0, offset - first), end - first))
    }
    return { items, total, offset }
  }

  /** Every discrepancy with every passage (for a report), decoded a part per turn of the event loop. */
  async all(): Promise<Discrepancy[]> {
    const all: Discrepancy[] = []
    for (const [place, preview] of this.previews.entries()) {
      const items: DiscrepancyItem[] = []
      for (const part of this.parts[place] ?? []) {
        items.push(...decodePart(part))
        await new Promise((resolve) => setImmediate(resolve))
      }
      const discrepancy: Discrepancy & { itemCount?: number } = { ...preview, items }
      delete discrepancy.itemCount
      all.push(discrepancy)
    }
    return all
  }
}

const decodePart = (part: Uint8Array | undefined): DiscrepancyItem[] =>
  part ? (JSON.parse(new TextDecoder().decode(part)) as DiscrepancyItem[]) : []
