import { describe, expect, it } from 'vitest'
import { Preferences, steppedZoom } from './preferences'

describe('preferences', () => {
  it('fills in defaults and repairs damaged values field by field', () => {
    const repaired = Preferences.parse({
      theme: 'neon',
      zoom: 40,
      showArticleList: false,
      lastArticleId: 'a1',
    })
    expect(repaired).toMatchObject({
      theme: 'system',
      zoom: 1,
      showArticleList: false,
      lastArticleId: 'a1',
    })
  })

  it('steps the zoom through fixed levels and stops at the ends', () => {
    expect(steppedZoom(1, 1)).toBe(1.1)
    expect(steppedZoom(1, -1)).toBe(0.9)
    expect(steppedZoom(2, 1)).toBe(2)
    expect(steppedZoom(0.67, -1)).toBe(0.67)
  })
})
