import { describe, expect, it } from 'vitest'
import { VerdictScale } from '../../../../shared/claim-model'
import { fromDraft, moveItem, newVerdictDraft, toDraft, validateScale } from './validate-scale'

const scale = (): VerdictScale => ({
  verdicts: [
    { id: 'true', label: 'True', value: 5, colour: '#1e8a3a' },
    { id: 'mixed', label: 'Mixed', value: 3, colour: '#c99a06' },
    { id: 'false', label: 'False', value: 1, colour: '#c62828' },
    { id: 'unrated', label: 'Unrated', value: null, colour: '#8a8f98' },
  ],
  bestValue: 5,
  worstValue: 1,
  unratedId: 'unrated',
})

const withVerdict = (
  index: number,
  change: Partial<VerdictScale['verdicts'][number]>,
): VerdictScale => {
  const edited = scale()
  edited.verdicts[index] = { ...edited.verdicts[index]!, ...change }
  return edited
}

describe('validateScale', () => {
  it('accepts a scale the main side would accept', () => {
    expect(validateScale(scale())).toBeNull()
    expect(VerdictScale.safeParse(scale()).success).toBe(true)
  })

  it('asks for a label on every verdict', () => {
    expect(validateScale(withVerdict(1, { label: '   ' }))).toBe('Verdict 2 needs a label.')
  })

  it('refuses two labels that differ only in case or spaces', () => {
    expect(validateScale(withVerdict(1, { label: ' true ' }))).toMatch(
      /Two verdicts are labelled “true”/,
    )
  })

  it('keeps values between worst and best, whole, or empty', () => {
    expect(validateScale(withVerdict(0, { value: 6 }))).toMatch(/between 1 and 5/)
    expect(validateScale(withVerdict(0, { value: 0 }))).toMatch(/between 1 and 5/)
    expect(validateScale(withVerdict(0, { value: 2.5 }))).toMatch(/whole number/)
    expect(validateScale(withVerdict(0, { value: null }))).toBeNull()
  })

  it('needs best above worst, both whole numbers', () => {
    expect(validateScale({ ...scale(), bestValue: 1, worstValue: 1 })).toMatch(
      /greater than the worst/,
    )
    expect(validateScale({ ...scale(), bestValue: Number.NaN })).toMatch(/whole numbers/)
    expect(validateScale({ ...scale(), worstValue: -101 })).toMatch(/between -100 and 100/)
  })

  it('needs the unrated verdict to be on the scale and at least one verdict', () => {
    expect(validateScale({ ...scale(), unratedId: 'gone' })).toMatch(/unrated/)
    expect(validateScale({ ...scale(), verdicts: [] })).toMatch(/at least one verdict/)
  })

  it('refuses a colour that is not #rrggbb', () => {
    expect(validateScale(withVerdict(2, { colour: 'red' }))).toMatch(/#rrggbb/)
  })
})

describe('scale drafts', () => {
  it('round-trips a scale, with null values as empty text', () => {
    const draft = toDraft(scale())
    expect(draft.verdicts[3]?.value).toBe('')
    expect(draft.bestValue).toBe('5')
    expect(fromDraft(draft)).toEqual(scale())
  })

  it('turns blank or unreadable bounds into NaN so they are reported, not read as 0', () => {
    const parsed = fromDraft({ ...toDraft(scale()), bestValue: ' ', worstValue: 'x' })
    expect(parsed.bestValue).toBeNaN()
    expect(validateScale(parsed)).toMatch(/whole numbers/)
  })

  it('trims labels before saving', () => {
    const draft = toDraft(scale())
    draft.verdicts[0]!.label = '  Accurate '
    expect(fromDraft(draft).verdicts[0]?.label).toBe('Accurate')
  })

  it('gives each new verdict an id the contract accepts', () => {
    const first = newVerdictDraft()
    expect(first.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/)
    expect(newVerdictDraft().id).not.toBe(first.id)
    expect(validateScale(fromDraft({ ...toDraft(scale()), verdicts: [first] }))).toBe(
      'Verdict 1 needs a label.',
    )
  })
})

describe('moveItem', () => {
  it('swaps with a neighbour and leaves the ends alone', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c'])
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b'])
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c'])
  })
})
