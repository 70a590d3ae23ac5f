import { expect, test } from 'vitest'
import type { Discrepancy } from '../../../shared/compare-model'
import { DiscrepancyPreview } from '../../../shared/compare-model'
import { ServiceError } from '../../../shared/result'
import { DiscrepancyShelf, PREVIEW_ITEMS, shelve } from './discrepancy-shelf'

/** A figure copied into `count` articles, the way generated newsrooms repeat one sentence. */
function copiedFigure(id: string, count: number): Discrepancy {
  return {
    id,
    kind: 'number',
    summary: `Different figures for troops: ${count - 1} articles vs 1`,
    items: Array.from({ length: count }, (_, n) => ({
      passage: {
        articleId: `a${n}`,
        articleTitle: `Report ${n}`,
        start: n,
        end: n + 30,
        text: `Report ${n}: some ${n === 0 ? '10,000' : '8,000'} troops crossed.`,
      },
      says: n === 0 ? '10,000 troops' : '8,000 troops',
    })),
  }
}

const LARGE = copiedFigure('number:troops', 1_234)
const SMALL = copiedFigure('number:tanks', 3)

test('a page carries a bounded number of passages per discrepancy and says how many there are', () => {
  const shelf = new DiscrepancyShelf([shelve([LARGE, SMALL])])
  const [large, small] = shelf.page(0, 50)
  expect(shelf.total).toBe(2)
  expect(large?.items).toEqual(LARGE.items.slice(0, PREVIEW_ITEMS))
  expect(large?.itemCount).toBe(1_234)
  expect(small?.items).toEqual(SMALL.items)
  expect(DiscrepancyPreview.array().parse(shelf.page(0, 50))).toHaveLength(2)
  expect(JSON.stringify(shelf.page(0, 50)).length).toBeLessThan(JSON.stringify(LARGE).length / 50)
})

test('"Show all" reads any page of one discrepancy’s passages, across the parts they are kept in', () => {
  const shelf = new DiscrepancyShelf([shelve([SMALL]), shelve([LARGE])])
  expect(shelf.items('number:troops', 190, 30)).toEqual({
    items: LARGE.items.slice(190, 220),
    total: 1_234,
    offset: 190,
  })
  expect(shelf.items('number:troops', 1_200, 200).items).toEqual(LARGE.items.slice(1_200))
  expect(shelf.items('number:troops', 5_000, 200).items).toEqual([])
  expect(() => shelf.items('number:gone', 0, 10)).toThrow(ServiceError)
  expect(() => shelf.items('number:gone', 0, 10)).toThrow(/compared again/)
})

test('every discrepancy comes back whole, in order, for a report', async () => {
  const shelf = new DiscrepancyShelf([shelve([SMALL]), shelve([LARGE])])
  expect(await shelf.all()).toEqual([SMALL, LARGE])
})
