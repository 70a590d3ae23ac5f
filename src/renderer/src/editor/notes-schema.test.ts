import { getSchema, type JSONContent } from '@tiptap/core'
import { Slice, type TagParseRule } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import { EMPTY_NOTES, NOTE_LIMITS, NotesDoc, noteSizeProblem } from '../../../shared/claim-model'
import { keepSafeLinks, notesExtensions, toEditorContent, toNotesDoc } from './notes-schema'

const schema = getSchema(notesExtensions)
const linkType = schema.marks.link
if (!linkType) throw new Error('the notes schema has no link mark')

const text = (value: string, marks?: JSONContent['marks']): JSONContent => ({
  type: 'text',
  text: value,
  marks,
})
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content })
const doc = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content })
const link = (href: string, extra: Record<string, unknown> = {}) => ({
  type: 'link',
  attrs: { href, ...extra },
})

describe('notes schema', () => {
  it('has only paragraphs, lists, hard breaks, bold, italic and links', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(
      ['bulletList', 'doc', 'hardBreak', 'listItem', 'orderedList', 'paragraph', 'text'].sort(),
    )
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'italic', 'link'])
  })

  it('parses a pasted link only when it points to http(s) or mailto', () => {
    const getAttrs = (linkType.spec.parseDOM?.[0] as TagParseRule | undefined)?.getAttrs
    const anchor = (href: string) => ({ getAttribute: () => href }) as unknown as HTMLElement
    const unsafe = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'ftp://example.org/file',
      'tel:+15550100',
      'https://user:pw@evil.example/',
    ]
    for (const href of unsafe) expect(getAttrs?.(anchor(href)), href).toBe(false)
    for (const href of ['https://example.org/a', 'mailto:desk@example.org']) {
      expect(getAttrs?.(anchor(href)), href).not.toBe(false)
    }
  })

  it('renders links with rel="noopener noreferrer nofollow" and no target attribute', () => {
    const mark = linkType.create({ href: 'https://example.org/' })
    const rendered = linkType.spec.toDOM?.(mark, true) as unknown as [
      string,
      Record<string, unknown>,
    ]
    expect(rendered[1]).toMatchObject({
      href: 'https://example.org/',
      rel: 'noopener noreferrer nofollow',
    })
    expect(rendered[1].target ?? null).toBeNull()
  })
})

describe('toNotesDoc', () => {
  it('keeps paragraphs, lists, hard breaks, bold, italic and safe links', () => {
    const input = doc(
      paragraph(
        text('Bold', [{ type: 'bold' }]),
        { type: 'hardBreak' },
        text('and ', [{ type: 'italic' }]),
      ),
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('one'))] }] },
      paragraph(
        text('source', [
          link('https://example.org/a', { rel: 'opener', target: '_self', class: 'x' }),
        ]),
      ),
      paragraph(text('mail', [link('mailto:desk@example.org')])),
    )
    expect(toNotesDoc(input)).toEqual(
      doc(
        paragraph(
          text('Bold', [{ type: 'bold' }]),
          { type: 'hardBreak' },
          { type: 'text', text: 'and ', marks: [{ type: 'italic' }] },
        ),
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }],
            },
          ],
        },
        paragraph(text('source', [link('https://example.org/a')])),
        paragraph(text('mail', [link('mailto:desk@example.org')])),
      ),
    )
  })

  it('drops links to unsafe addresses but keeps their text', () => {
    for (const href of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,x',
      'https://user:pw@evil.example/',
      '/relative',
    ]) {
      const result = toNotesDoc(doc(paragraph(text('click', [link(href), { type: 'bold' }]))))
      expect(result).toEqual(doc(paragraph(text('click', [{ type: 'bold' }]))))
    }
  })

  it('drops nodes and marks the notes schema does not have', () => {
    const input = doc(
      { type: 'heading', attrs: { level: 1 }, content: [text('Title')] },
      { type: 'image', attrs: { src: 'https://example.org/x.png' } },
      paragraph(
        text('code', [{ type: 'code' }, { type: 'underline' }, { type: 'bold' }, { type: 'bold' }]),
      ),
      paragraph(text('')),
    )
    expect(toNotesDoc(input)).toEqual(doc(paragraph(text('code', [{ type: 'bold' }]))))
  })

  it('treats an editor holding only blank paragraphs as empty, and trims trailing blanks', () => {
    expect(toNotesDoc(doc(paragraph(), paragraph()))).toEqual(EMPTY_NOTES)
    expect(toNotesDoc({ type: 'paragraph' })).toEqual(EMPTY_NOTES)
    expect(toNotesDoc(doc(paragraph(), paragraph(text('a')), paragraph()))).toEqual(
      doc({ type: 'paragraph' }, paragraph(text('a'))),
    )
  })

  it('keeps an ordered list start number only when it is not 1', () => {
    const list = (attrs: Record<string, unknown>) => ({
      type: 'orderedList',
      attrs,
      content: [{ type: 'listItem', content: [paragraph(text('x'))] }],
    })
    expect(toNotesDoc(doc(list({ start: 1, type: null }))).content[0]).not.toHaveProperty('attrs')
    expect(toNotesDoc(doc(list({ start: 4, type: 'a' }))).content[0]).toMatchObject({
      attrs: { start: 4 },
    })
  })

  it('keeps a long note whole: 600 lines and a 25,000-character paragraph validate as typed', () => {
    const many = Array.from({ length: 600 }, (_, index) => paragraph(text(`p${index}`)))
    const result = toNotesDoc(doc(paragraph(text('x'.repeat(25_000))), ...many))
    expect(result.content).toHaveLength(601)
    expect(result.content[0]).toEqual(paragraph(text('x'.repeat(25_000))))
    expect(NotesDoc.safeParse(result).success).toBe(true)
    expect(noteSizeProblem(result)).toBeNull()
  })

  it('never cuts a note past the limits: it is kept whole and said to be too large', () => {
    const tooLong = toNotesDoc(doc(paragraph(text('x'.repeat(NOTE_LIMITS.characters + 1)))))
    expect(tooLong.content[0]).toEqual(paragraph(text('x'.repeat(NOTE_LIMITS.characters + 1))))
    expect(noteSizeProblem(tooLong)).toBe(
      'This note has 1,048,577 characters; a note can hold 1,048,576.',
    )
    expect(NotesDoc.safeParse(tooLong).success).toBe(false)
    const item = {
      type: 'listItem',
      content: Array.from({ length: 5001 }, () => paragraph(text('x'))),
    }
    const tooMany = toNotesDoc(doc({ type: 'bulletList', content: [item, item] }))
    expect(noteSizeProblem(tooMany)).toBe(
      'This note has 10,002 paragraphs; a note can hold 10,000.',
    )
    expect(NotesDoc.safeParse(tooMany).success).toBe(false)
  })

  it('is stable: normalising twice gives the same note, and the editor can load it', () => {
    const once = toNotesDoc(
      doc(
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [{ type: 'listItem', content: [paragraph(text('x', [{ type: 'italic' }]))] }],
        },
        paragraph(text('y', [link('https://example.org'), { type: 'bold' }])),
      ),
    )
    expect(toNotesDoc(once)).toEqual(once)
    const loaded = schema.nodeFromJSON(toEditorContent(once))
    expect(() => loaded.check()).not.toThrow()
    expect(toNotesDoc(loaded.toJSON())).toEqual(once)
  })

  it('gives an empty note one paragraph to put the cursor in', () => {
    const loaded = schema.nodeFromJSON(toEditorContent(EMPTY_NOTES))
    expect(() => loaded.check()).not.toThrow()
    expect(toNotesDoc(loaded.toJSON())).toEqual(EMPTY_NOTES)
  })
})

describe('keepSafeLinks', () => {
  it('removes pasted links to unsafe addresses and resets the attributes of safe ones', () => {
    const pasted = schema.nodeFromJSON(
      doc(
        paragraph(
          text('bad', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }, { type: 'bold' }]),
          text('good', [
            {
              type: 'link',
              attrs: { href: 'https://example.org/', rel: 'opener', target: '_top', class: 'evil' },
            },
          ]),
        ),
      ),
    )
    const cleaned = keepSafeLinks(new Slice(pasted.content, 0, 0))
    const [bad, good] = cleaned.content.firstChild?.content.content ?? []
    expect(bad?.marks.map((mark) => mark.type.name)).toEqual(['bold'])
    expect(good?.marks[0]?.attrs).toEqual({
      href: 'https://example.org/',
      rel: 'noopener noreferrer nofollow',
      target: null,
      class: 'notes-link',
      title: null,
    })
  })
})
