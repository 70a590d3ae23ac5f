import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NotesDoc } from '../../../shared/claim-model'
import { dispatch } from '../../../shared/dispatch'
import { openTempWorkspace, type TempWorkspace } from '../testing/temp-workspace'
import { ArticleClaimsFile } from './article-claims'

const HOSTILE = { onclick: 'alert(1)', style: 'position:fixed;inset:0', target: '_top' }

/** A note as a hostile client or a hand-edited claims file might send it. */
const hostileNote = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      attrs: { ...HOSTILE },
      content: [
        {
          type: 'text',
          text: 'Briefing',
          attrs: { ...HOSTILE },
          marks: [
            { type: 'bold', attrs: { ...HOSTILE } },
            {
              type: 'link',
              attrs: { href: 'https://www.defense.gov/', rel: 'opener', class: 'x', ...HOSTILE },
            },
          ],
        },
        { type: 'hardBreak', attrs: { ...HOSTILE } },
      ],
    },
    {
      type: 'orderedList',
      attrs: { start: 3, type: 'a', ...HOSTILE },
      content: [
        {
          type: 'listItem',
          attrs: { ...HOSTILE },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Third' }] }],
        },
      ],
    },
  ],
}

/** What is kept: the text, the marks, a link's address and an ordered list's first number. */
const keptNote = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: 'Briefing',
          marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://www.defense.gov/' } }],
        },
        { type: 'hardBreak' },
      ],
    },
    {
      type: 'orderedList',
      attrs: { start: 3 },
      content: [
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Third' }] }],
        },
      ],
    },
  ],
}

describe('the attributes a note keeps', () => {
  it('are only those the notes editor sets', () => {
    expect(NotesDoc.parse(hostileNote)).toEqual(keptNote)
  })

  describe('through claims.update and a reopened workspace', () => {
    let app: TempWorkspace
    beforeAll(async () => {
      app = await openTempWorkspace(undefined, { fileWatch: null })
    })
    afterAll(() => app.dispose())

    it('drops onclick, style and target before they are stored', async () => {
      const [article] = await app.handlers['articles.list']({})
      const claim = await app.handlers['claims.create']({
        articleId: article!.id,
        start: 0,
        end: 8,
      })
      const ref = { articleId: claim.articleId, claimId: claim.id }
      const updated = await dispatch(app.handlers, 'claims.update', {
        ...ref,
        patch: { notes: hostileNote },
      })
      expect(updated).toMatchObject({ ok: true, value: { notes: keptNote } })
      app = await app.reopen()
      const [stored] = await app.handlers['claims.list']({ articleId: article!.id })
      expect(stored?.notes).toEqual(keptNote)
      expect(JSON.stringify(stored)).not.toMatch(/onclick|style|target|opener/)
    })
  })

  it('a claims file holding them is read, without them, not set aside as damaged', () => {
    const claim = {
      id: 'c1',
      articleId: 'a1',
      quote: { exact: 'Briefing', prefix: '', suffix: '' },
      position: { start: 0, end: 8 },
      anchor: { state: 'anchored', confidence: 1 },
      tagIds: [],
      verdictId: 'unrated',
      claimant: '',
      status: 'to-check',
      notes: hostileNote,
      finding: { type: 'doc', content: [] },
      sources: [],
      createdAt: '2024-11-01T00:00:00.000Z',
      updatedAt: '2024-11-01T00:00:00.000Z',
    }
    const checked = ArticleClaimsFile.safeParse({ claims: [claim] })
    expect(checked.success && checked.data.claims[0]?.notes).toEqual(keptNote)
  })
})
