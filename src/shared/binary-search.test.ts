import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { firstIndexWhere, lastAtOrBefore } from './binary-search'

const sorted = fc
  .array(fc.integer({ min: -1000, max: 1000 }))
  .map((values) => values.sort((a, b) => a - b))

describe('binary search', () => {
  it('finds the last value at or before a target, as a scan would', () => {
    fc.assert(
      fc.property(sorted, fc.integer({ min: -1100, max: 1100 }), (values, target) => {
        let expected = 0
        values.forEach((value, index) => value <= target && (expected = index))
        expect(lastAtOrBefore(values.length, (index) => values[index]!, target)).toBe(expected)
      }),
    )
  })

  it('finds the first index where a condition starts to hold, as a scan would', () => {
    fc.assert(
      fc.property(sorted, fc.integer({ min: -1100, max: 1100 }), (values, target) => {
        const scanned = values.findIndex((value) => value > target)
        expect(firstIndexWhere(values.length, (index) => values[index]! > target)).toBe(
          scanned < 0 ? values.length : scanned,
        )
      }),
    )
  })
})
