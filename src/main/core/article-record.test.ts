import { describe, expect, it } from 'vitest'
import { layOutBlocks, sha256Hex } from './article-record'

describe('layOutBlocks', () => {
  it('joins blocks with a blank line and records offsets that slice back to each block', () => {
    const { text, blocks } = layOutBlocks([
      { kind: 'headline', text: 'Headline' },
      { kind: 'paragraph', text: 'First “quoted” paragraph.' },
      { kind: 'paragraph', text: 'Second.' },
    ])
    expect(text).toBe('Headline\n\nFirst “quoted” paragraph.\n\nSecond.')
    for (const block of blocks) expect(text.slice(block.start, block.end)).toBe(block.text)
  })

  it('gives an empty text for no blocks', () => {
    expect(layOutBlocks([])).toEqual({ text: '', blocks: [] })
  })
})

describe('sha256Hex', () => {
  it('hashes bytes to 64 hex characters', () => {
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
  })
})
