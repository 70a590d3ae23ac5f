import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Claim } from '../../../shared/claim-model'
import type { CallName, Handlers, In, Out } from '../../../shared/contract'
import { openWorkspace, type OpenWorkspace } from '../open-workspace'
import { SAMPLES_DIR } from '../testing/temp-workspace'

let folder: string
let workspace: OpenWorkspace
let articleIds: string[]
let texts: Map<string, string>

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'claimdesk-undo-'))
  workspace = await openWorkspace(folder, { samplesDir: SAMPLES_DIR, fileWatch: null })
  const articles = await workspace.handlers['articles.list']({})
  articleIds = articles.map((article) => article.id)
  texts = new Map()
  for (const id of articleIds)
    texts.set(id, (await workspace.handlers['articles.get']({ articleId: id })).text)
})

afterEach(async () => {
  await workspace.close()
  await rm(folder, { recursive: true, force: true })
})

/** Calls as one client (a window, a tab, the CLI): each has its own undo history. */
const as =
  (clientId: string) =>
  <N extends CallName>(name: N, input: In<N>): Promise<Out<N>> =>
    (workspace.handlers[name as keyof typeof workspace.handlers] as Handlers[N])(input as never, {
      clientId,
    })

const me = as('window-1')
const other = as('window-2')

const rangeOf = (articleId: string, exact: string) => {
  const start = texts.get(articleId)!.indexOf(exact)
  if (start < 0) throw new Error(`not in the article: ${exact}`)
  return { articleId, start, end: start + exact.length }
}

const TROOPS = 'some 8,000 North Korean soldiers'

/** Everything a user can change, without the times of saving. */
async function desk() {
  const claims = (await me('claims.listAll', {})).map(({ updatedAt: _saved, ...claim }) => claim)
  const suggestions = await me('suggestions.list', { articleId: articleIds[0]! })
  return {
    articles: (await me('articles.list', {})).map(({ id, title, claimCount }) => ({
      id,
      title,
      claimCount,
    })),
    claims,
    vocabulary: await me('vocabulary.get', {}),
    suggested: suggestions.map((suggestion) => suggestion.start),
  }
}

const markTroops = () =>
  me('claims.create', { ...rangeOf(articleIds[0]!, TROOPS), tagIds: ['statistic'] })

/** Another client prepares the ground (theirs to undo); then this client makes the change. */
type Case = { setUp?: () => Promise<Claim>; change: (claim: Claim) => Promise<unknown> }

const claimOnTroops = (tagIds: string[] = []) =>
  other('claims.create', { ...rangeOf(articleIds[0]!, TROOPS), tagIds })
const refOf = (claim: Claim) => ({ articleId: claim.articleId, claimId: claim.id })

const CHANGES: Record<string, Case> = {
  'marking a claim': { change: () => markTroops() },
  'rating a claim': {
    setUp: () => claimOnTroops(),
    change: (claim) =>
      me('claims.update', { ...refOf(claim), patch: { verdictId: 'false', claimant: 'Pentagon' } }),
  },
  'deleting a claim': {
    setUp: () => claimOnTroops(),
    change: (claim) => me('claims.delete', refOf(claim)),
  },
  're-attaching a claim': {
    setUp: () => claimOnTroops(),
    change: (claim) =>
      me('claims.reattach', { ...rangeOf(articleIds[0]!, 'North Korean'), claimId: claim.id }),
  },
  'adding a tag': { change: () => me('tags.create', { name: 'Budget', colour: '#123456' }) },
  'renaming a tag': { change: () => me('tags.update', { tagId: 'statistic', name: 'Figures' }) },
  'deleting a tag on claims': {
    setUp: () => claimOnTroops(['statistic', 'quote']),
    change: () => me('tags.delete', { tagId: 'statistic' }),
  },
  'merging tags': {
    setUp: () => claimOnTroops(['statistic']),
    change: () => me('tags.merge', { sourceId: 'statistic', targetId: 'quote' }),
  },
  'changing the verdict scale': {
    change: async () => {
      const { verdictScale } = await me('vocabulary.get', {})
      const verdicts = verdictScale.verdicts.map((v) =>
        v.id === 'false' ? { ...v, label: 'Wrong' } : v,
      )
      await me('verdicts.update', { verdictScale: { ...verdictScale, verdicts } })
    },
  },
  'changing settings': {
    change: () => me('settings.update', { patch: { colourBy: 'tag', publisherName: 'Desk' } }),
  },
  'linking claims across outlets': {
    setUp: () => claimOnTroops(),
    change: (claim) =>
      me('compare.link', { ...refOf(claim), target: rangeOf(articleIds[1]!, 'North Korean') }),
  },
  'dismissing a suggestion': {
    change: async () => {
      const [first] = await me('suggestions.list', { articleId: articleIds[0]! })
      await me('suggestions.dismiss', {
        articleId: articleIds[0]!,
        start: first!.start,
        end: first!.end,
      })
    },
  },
  'importing pasted text': {
    change: () => me('articles.importText', { text: 'A pasted report\n\nIt says 12 things.' }),
  },
}

describe('undo and redo on the main side', () => {
  it.each(Object.entries(CHANGES))(
    'take back and redo %s exactly',
    async (_name, { setUp, change }) => {
      const claim = (await setUp?.()) as Claim
      const before = await desk()
      await change(claim)
      const after = await desk()
      expect(after).not.toEqual(before)
      expect(await me('undo.undo', {})).toMatchObject({ skipped: [] })
      expect(await desk()).toEqual(before)
      expect(await me('undo.redo', {})).toMatchObject({ skipped: [] })
      expect(await desk()).toEqual(after)
    },
  )

  it('undoes only this client’s own changes, whatever came after from elsewhere', async () => {
    const mine = await markTroops()
    const theirs = await other('claims.create', rangeOf(articleIds[1]!, 'North Korean'))
    const result = await me('undo.undo', {})
    expect(result.label).toBe('Mark claim')
    const ids = (await me('claims.listAll', {})).map((claim) => claim.id)
    expect(ids).toEqual([theirs.id])
    expect(ids).not.toContain(mine.id)
    expect(await other('undo.state', {})).toEqual({ undoLabel: 'Mark claim', redoLabel: null })
  })

  it('works across articles, most recent first', async () => {
    await markTroops()
    await me('claims.create', rangeOf(articleIds[1]!, 'North Korean'))
    expect((await me('undo.undo', {})).changes).toContainEqual({
      kind: 'claims',
      articleId: articleIds[1],
    })
    expect((await me('undo.undo', {})).changes).toContainEqual({
      kind: 'claims',
      articleId: articleIds[0],
    })
    expect(await me('claims.listAll', {})).toEqual([])
    expect(await me('undo.state', {})).toEqual({ undoLabel: null, redoLabel: 'Mark claim' })
  })

  it('keeps a field someone else changed since, and says so', async () => {
    const claim = await other('claims.create', rangeOf(articleIds[0]!, TROOPS))
    const ref = { articleId: claim.articleId, claimId: claim.id }
    await me('claims.update', { ...ref, patch: { verdictId: 'false' } })
    await other('claims.update', { ...ref, patch: { claimant: 'Pentagon' } })
    expect(await me('undo.undo', {})).toMatchObject({ label: 'Change verdict', skipped: [] })
    expect(await me('claims.list', { articleId: claim.articleId })).toMatchObject([
      { verdictId: 'unrated', claimant: 'Pentagon' },
    ])
    await me('claims.update', { ...ref, patch: { verdictId: 'false' } })
    await other('claims.update', { ...ref, patch: { verdictId: 'true' } })
    const kept = await me('undo.undo', {})
    expect(kept.skipped).toEqual(['part of the claim was changed elsewhere since and was kept'])
    expect((await me('claims.list', { articleId: claim.articleId }))[0]?.verdictId).toBe('true')
  })

  it('cannot bring back the edit of a claim deleted elsewhere, and forgets it', async () => {
    const claim = await other('claims.create', rangeOf(articleIds[0]!, TROOPS))
    await me('claims.update', {
      articleId: claim.articleId,
      claimId: claim.id,
      patch: { claimant: 'X' },
    })
    await other('claims.delete', { articleId: claim.articleId, claimId: claim.id })
    expect(await me('undo.undo', {})).toMatchObject({
      skipped: ['the claim was deleted elsewhere since'],
    })
    expect(await me('undo.state', {})).toEqual({ undoLabel: null, redoLabel: null })
  })

  it('keeps an imported article that has claims now', async () => {
    const { outcomes } = await me('articles.importText', {
      text: 'A pasted report\n\nIt says 12 things.',
    })
    const imported = outcomes[0]!.status === 'imported' ? outcomes[0]!.article : null
    await other('claims.create', { articleId: imported!.id, start: 0, end: 8 })
    const result = await me('undo.undo', {})
    expect(result.skipped).toEqual(['“A pasted report” has 1 claim(s) now, so it stays'])
    expect((await me('articles.list', {})).map((article) => article.id)).toContain(imported!.id)
  })

  it('runs an undo sent right behind a change after that change, so it undoes that one', async () => {
    const marking = markTroops()
    const undoing = me('undo.undo', {})
    const [claim, undone] = await Promise.all([marking, undoing])
    expect(undone.label).toBe('Mark claim')
    expect((await me('claims.listAll', {})).map((each) => each.id)).not.toContain(claim.id)
  })

  it('pushes what an undo changed, as that client’s change', async () => {
    await markTroops()
    const heard: [string, string | null][] = []
    workspace.onChange((events, origin) =>
      events.forEach((event) => heard.push([event.kind, origin])),
    )
    await me('undo.undo', {})
    expect(heard).toEqual([
      ['claims', 'window-1'],
      ['articles', 'window-1'],
    ])
  })

  it('says there is nothing to undo', async () => {
    expect(await me('undo.undo', {})).toEqual({
      label: null,
      changes: [],
      skipped: [],
      state: { undoLabel: null, redoLabel: null },
    })
  })
})
