import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Claim } from '../../../shared/claim-model'
import { claimOnSpan } from '../testing/claim-fixtures'
import {
  articleTextOf,
  claimFromYMap,
  claimsOf,
  claimToYMap,
  conflictsOf,
  deskIndexOf,
  editClaim,
  isDeleted,
  setArticleText,
  setVerdict,
  softDelete,
} from './desk-documents'

const TEXT = 'Some 8,000 North Korean soldiers are in the Kursk region, officials said.'

const claim: Claim = {
  ...claimOnSpan(TEXT, { start: 0, end: 33 }, 1),
  tagIds: ['numbers', 'military'],
  claimant: 'U.S. officials',
  sources: [{ id: 's1', url: 'https://example.org/briefing', title: 'Briefing', note: '' }],
}

/** Two members' copies of one article document, each with its own client id. */
function twoCopies() {
  const ana = new Y.Doc()
  setArticleText(ana, TEXT)
  claimsOf(ana).set(claim.id, claimToYMap(claim, 'ana'))
  const ben = new Y.Doc()
  Y.applyUpdate(ben, Y.encodeStateAsUpdate(ana))
  const claimIn = (document: Y.Doc) => claimsOf(document).get(claim.id)!
  return { ana, ben, claimIn }
}

/** Each copy receives what the other has and it lacks, as the desk server would pass it on. */
function exchange(a: Y.Doc, b: Y.Doc) {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b))
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a))
  Y.applyUpdate(b, toB)
  Y.applyUpdate(a, toA)
}

describe('desk documents', () => {
  it('turns a store claim into its Y.Map and back unchanged', () => {
    const { ben, claimIn } = twoCopies()
    const back = claimFromYMap(claimIn(ben))
    expect(back).toEqual({ ...claim, tagIds: ['military', 'numbers'] })
    expect(articleTextOf(ben)).toBe(TEXT)
    expect(conflictsOf(claimIn(ben))).toEqual([])
  })

  it('holds the desk’s articles, tags, verdict scale and members in its index', () => {
    const ana = new Y.Doc()
    const index = deskIndexOf(ana)
    index.articles.set('a1', { id: 'a1', title: 'North Korean troops in Kursk' })
    index.tags.set('numbers', { id: 'numbers', name: 'Numbers', colour: '#336699' })
    index.members.set('m1', { name: 'ana', role: 'owner' })
    const ben = new Y.Doc()
    Y.applyUpdate(ben, Y.encodeStateAsUpdate(ana))
    expect(deskIndexOf(ben).articles.get('a1')?.title).toBe('North Korean troops in Kursk')
    expect([...deskIndexOf(ben).tags.keys()]).toEqual(['numbers'])
    expect(deskIndexOf(ben).members.get('m1')?.role).toBe('owner')
  })

  it('keeps the article text as it was first set', () => {
    const { ben } = twoCopies()
    setArticleText(ben, 'Another text')
    expect(articleTextOf(ben)).toBe(TEXT)
  })

  it('shows two verdicts set at once as a conflict on both copies, until one replaces both', () => {
    const { ana, ben, claimIn } = twoCopies()
    setVerdict(claimIn(ana), { by: 'ana', verdict: 'false', at: '2024-11-02T10:00:00.000Z' })
    setVerdict(claimIn(ben), { by: 'ben', verdict: 'true', at: '2024-11-02T10:00:01.000Z' })
    exchange(ana, ben)
    for (const copy of [ana, ben]) {
      const [conflict] = conflictsOf(claimIn(copy))
      expect(conflict).toMatchObject({ kind: 'verdicts' })
      expect(conflict?.kind === 'verdicts' && conflict.entries.map((entry) => entry.by)).toEqual([
        'ben',
        'ana',
      ])
    }
    expect(claimFromYMap(claimIn(ana)).verdictId).toBe('true')

    setVerdict(claimIn(ana), { by: 'ana', verdict: 'false', at: '2024-11-02T11:00:00.000Z' })
    exchange(ana, ben)
    expect(conflictsOf(claimIn(ben))).toEqual([])
    expect(claimFromYMap(claimIn(ben)).verdictId).toBe('false')
  })

  it('a verdict set after seeing the last one is no conflict', () => {
    const { ana, ben, claimIn } = twoCopies()
    setVerdict(claimIn(ana), { by: 'ana', verdict: 'false', at: '2024-11-02T10:00:00.000Z' })
    exchange(ana, ben)
    setVerdict(claimIn(ben), { by: 'ben', verdict: 'mostly-false', at: '2024-11-02T10:05:00.000Z' })
    exchange(ana, ben)
    expect(conflictsOf(claimIn(ana))).toEqual([])
    expect(claimFromYMap(claimIn(ana)).verdictId).toBe('mostly-false')
  })

  it('brings a claim deleted while another member edited it back for review', () => {
    const { ana, ben, claimIn } = twoCopies()
    softDelete(claimIn(ana), 'ana', '2024-11-02T10:00:00.000Z')
    editClaim(claimIn(ben), {
      by: 'ben',
      at: '2024-11-02T10:00:02.000Z',
      fields: { claimant: 'Pentagon spokesperson' },
    })
    expect(isDeleted(claimIn(ana))).toBe(true)
    exchange(ana, ben)
    for (const copy of [ana, ben]) {
      expect(isDeleted(claimIn(copy))).toBe(false)
      expect(conflictsOf(claimIn(copy))).toEqual([
        { kind: 'deleted-while-edited', deletedBy: 'ana', deletedAt: '2024-11-02T10:00:00.000Z' },
      ])
      expect(claimFromYMap(claimIn(copy)).claimant).toBe('Pentagon spokesperson')
    }
  })

  it('a delete after seeing every edit stays deleted', () => {
    const { ana, ben, claimIn } = twoCopies()
    editClaim(claimIn(ben), {
      by: 'ben',
      at: '2024-11-02T10:00:00.000Z',
      fields: { status: 'checked' },
    })
    exchange(ana, ben)
    softDelete(claimIn(ana), 'ana', '2024-11-02T10:01:00.000Z')
    exchange(ana, ben)
    expect(isDeleted(claimIn(ben))).toBe(true)
    expect(conflictsOf(claimIn(ben))).toEqual([])
  })
})
