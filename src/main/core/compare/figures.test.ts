import { describe, expect, test } from 'vitest'
import { describeFigure, type Figure } from './figures'
import { figuresIn } from './figures'
import { parseBlock } from './parse-text'

const figures = (text: string): Figure[] =>
  parseBlock(text, 0).flatMap((sentence) => figuresIn(sentence.terms, sentence.numbers))

describe('figures with their hedges and units', () => {
  test.each([
    [
      'The US said some 8,000 North Korean soldiers are in Kursk.',
      'some 8,000 North Korean soldiers',
    ],
    [
      'Officials said up to 8,000 North Korean troops were deployed.',
      'up to 8,000 North Korean troops',
    ],
    ['Roughly 10,000 North Korean soldiers have arrived.', 'roughly 10,000 North Korean soldiers'],
    ['The strike left at least 36 people wounded.', 'at least 36 people'],
    ['Support reached about $175 billion in all.', 'about 175,000,000,000 US$'],
    ['It has a range of around 190 miles.', 'around 190 miles'],
  ])('%s', (text, described) => {
    expect(figures(text).map(describeFigure)).toEqual([described])
  })

  test('"8 000", "8,000", "8000" and "eight thousand" are the same value, counted in troops', () => {
    const read = [
      '8 000 troops arrived.',
      '8,000 soldiers arrived.',
      '8000 forces arrived.',
      'Eight thousand troops arrived.',
    ].map((text) => figures(text)[0])
    expect(read.map((figure) => figure?.value)).toEqual([8000, 8000, 8000, 8000])
    expect(new Set(read.map((figure) => figure?.unit))).toEqual(new Set(['troops']))
  })

  test('"8 000" keeps its offsets in the text', () => {
    const [figure] = figures('Then 8 000 troops came.')
    expect(figure && 'Then 8 000 troops came.'.slice(figure.start, figure.end)).toBe('8 000')
  })

  test('dates, years, ordinals, clock times and model numbers are not figures', () => {
    const text = 'On Oct. 31, 2024, for the first time, an F-16 and a Hwasong-18 flew at 0:00.'
    expect(figures(text)).toEqual([])
  })

  test('"thousands of" is too vague to compare', () => {
    expect(figures('Thousands of North Korean soldiers arrived.')).toEqual([])
  })
})
