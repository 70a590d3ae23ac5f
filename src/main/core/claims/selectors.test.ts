import { describe, expect, it } from 'vitest'
import { CONTEXT_LENGTH, selectorsFor } from './selectors'

const TEXT =
  'Headline\n\nThe United States said on October 31 that some 8,000 North Korean soldiers are now in Russia.'

describe('selectorsFor', () => {
  it('takes the exact text and 32 characters of context from the article', () => {
    const start = TEXT.indexOf('some 8,000')
    const end = start + 'some 8,000 North Korean soldiers'.length
    const { quote, position } = selectorsFor(TEXT, { start, end })
    expect(quote.exact).toBe('some 8,000 North Korean soldiers')
    expect(quote.prefix).toBe(TEXT.slice(start - CONTEXT_LENGTH, start))
    expect(quote.prefix).toHaveLength(CONTEXT_LENGTH)
    expect(quote.suffix).toBe(' are now in Russia.')
    expect(position).toEqual({ start, end })
  })

  it('shortens the context at the edges of the text', () => {
    const { quote } = selectorsFor(TEXT, { start: 0, end: 8 })
    expect(quote).toEqual({
      exact: 'Headline',
      prefix: '',
      suffix: TEXT.slice(8, 8 + CONTEXT_LENGTH),
    })
  })

  it.each([
    [{ start: -1, end: 4 }],
    [{ start: 4, end: 4 }],
    [{ start: 5, end: 2 }],
    [{ start: 0, end: TEXT.length + 1 }],
    [{ start: 1.5, end: 4 }],
    [{ start: 8, end: 10 }],
  ])('rejects the range %j', (range) => {
    expect(() => selectorsFor(TEXT, range)).toThrow(/range|text|spaces/)
  })

  it('refuses to split a surrogate pair', () => {
    const text = 'Flag 🇺🇦 here'
    expect(() => selectorsFor(text, { start: 0, end: 6 })).toThrow(/splits a character/)
  })
})
