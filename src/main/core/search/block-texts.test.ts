import { describe, expect, it } from 'vitest'
import { BlockTexts } from './block-texts'

const block = (articleId: string, index: number, start: number, text: string) => ({
  id: `b:${articleId}:${index}`,
  articleId,
  start,
  text,
})

describe("the articles' block texts", () => {
  it('gives each block back as it was put, whatever its letters', () => {
    const texts = new BlockTexts()
    const blocks = [
      block('a:1', 0, 0, 'Zelenskyy’s office — “talks” in Kýiv.'),
      block('a:1', 1, 40, ''),
      block('a:1', 2, 42, '🇺🇦 Plain text after an empty block.'),
    ]
    texts.put('a:1', blocks)
    for (const doc of blocks) expect(texts.doc(doc.id)).toEqual(doc)
    expect(texts.doc('b:a:1:3')).toBeUndefined()
    expect(texts.doc('b:other:0')).toBeUndefined()
  })

  it('replaces and removes an article’s blocks', () => {
    const texts = new BlockTexts()
    texts.put('a', [block('a', 0, 0, 'first'), block('a', 1, 7, 'second')])
    texts.put('b', [block('b', 0, 0, 'kept')])
    texts.put('a', [block('a', 0, 0, 'new')])
    expect(texts.doc('b:a:0')?.text).toBe('new')
    expect(texts.doc('b:a:1')).toBeUndefined()
    texts.remove('a')
    expect(texts.doc('b:a:0')).toBeUndefined()
    expect(texts.doc('b:b:0')?.text).toBe('kept')
  })
})
