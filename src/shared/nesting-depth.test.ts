import { describe, expect, it } from 'vitest'
import { nestingDepth } from './nesting-depth'

const nested = (levels: number): unknown => {
  let value: unknown = 'leaf'
  for (let level = 0; level < levels; level++) value = level % 2 ? [value] : { child: value }
  return value
}

describe('nestingDepth', () => {
  it.each([
    ['a string', 'text', 0],
    ['null', null, 0],
    ['an empty object', {}, 1],
    ['an array of scalars', [1, 'a', null], 1],
    ['an object in an array', [{ a: 1 }], 2],
    ['the deepest branch', { a: 1, b: { c: [{ d: 2 }] }, e: [] }, 4],
  ])('measures %s', (_label, value, depth) => {
    expect(nestingDepth(value)).toBe(depth)
  })

  it('measures a million levels without overflowing the stack', () => {
    expect(nestingDepth(nested(1_000_000))).toBe(1_000_000)
  })

  it('stops counting once past the limit', () => {
    expect(nestingDepth(nested(10_000), 64)).toBe(65)
  })
})
