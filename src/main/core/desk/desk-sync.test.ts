import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Claim } from '../../../shared/claim-model'
import type { OpenWorkspace } from '../open-workspace'
import { deskMembers } from '../testing/desk-members'
import { startDeskServer, type RunningDeskServer } from './desk-server'
import { articleDocumentName } from './desk-push'
import { syncWorkspace } from './desk-sync'

let root: string
let server: RunningDeskServer

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'claimdesk-desk-sync-'))
  server = await startDeskServer({ dataDir: join(root, 'server'), port: 0, host: '127.0.0.1' })
})

afterEach(async () => {
  await server.close()
  await rm(root, { recursive: true, force: true })
})

const { claimdesk, inWorkspace, claimsOf, sync, update, deskWith } = deskMembers(
  () => root,
  () => server,
)

/** What members see of a claim: its text, rating and working fields. */
const seen = (claims: Claim[]) =>
  claims
    .map(({ id, quote, verdictId, claimant, status, tagIds }) => ({
      id,
      exact: quote.exact,
      verdictId,
      claimant,
      status,
      tagIds,
    }))
    .sort((a, b) => a.id.localeCompare(b.id))

describe('workspaces on a team desk', () => {
  it('brings three members’ edits together', async () => {
    const first = await deskWith([
      ['ben', 'editor'],
      ['cy', 'checker'],
    ])
    expect((await stat(join(root, 'ben', '.claimdesk', 'desk.json'))).mode & 0o777).toBe(0o600)
    expect(seen(await claimsOf('ben'))).toEqual(seen(await claimsOf('ana')))
    const benArticles = await inWorkspace('ben', (workspace) =>
      workspace.handlers['articles.list']({}),
    )
    expect(benArticles).toHaveLength(3)
    await update('ben', first, { claimant: 'U.S. officials' })
    const cyClaim = await inWorkspace('cy', async (workspace) =>
      workspace.handlers['claims.create']({
        articleId: benArticles[1]!.id,
        start: 10,
        end: 40,
        status: 'checked',
      }),
    )
    await update('ana', first, { status: 'researching' })
    for (const name of ['ben', 'cy', 'ana', 'ben', 'cy']) await sync(name)
    const [ana, ben, cy] = await Promise.all(['ana', 'ben', 'cy'].map(claimsOf))
    expect(seen(ana!)).toHaveLength(2)
    expect(seen(ben!)).toEqual(seen(ana!))
    expect(seen(cy!)).toEqual(seen(ana!))
    expect(ana!.find((claim) => claim.id === first.id)).toMatchObject({
      claimant: 'U.S. officials',
      status: 'researching',
    })
    expect(ana!.find((claim) => claim.id === cyClaim.id)?.status).toBe('checked')
  })

  it('shows two verdicts set at once on one claim as a conflict on both members’ copies', async () => {
    const first = await deskWith([['ben', 'editor']])
    await update('ana', first, { verdictId: 'false' })
    await update('ben', first, { verdictId: 'true' })
    for (const name of ['ana', 'ben', 'ana']) await sync(name)
    for (const name of ['ana', 'ben']) {
      const [claim] = await claimsOf(name)
      expect(claim!.deskConflicts).toHaveLength(1)
      const [conflict] = claim!.deskConflicts!
      expect(
        conflict?.kind === 'verdicts' && conflict.entries.map((entry) => entry.verdict).sort(),
      ).toEqual(['false', 'true'])
    }
    await update('ben', first, { verdictId: 'mostly-false' })
    for (const name of ['ben', 'ana']) await sync(name)
    const [settled] = await claimsOf('ana')
    expect(settled).toMatchObject({ verdictId: 'mostly-false' })
    expect(settled!.deskConflicts).toBeUndefined()
  })

  it('settles a verdict conflict when a member keeps the verdict the claim shows', async () => {
    const first = await deskWith([['ben', 'editor']])
    await update('ana', first, { verdictId: 'false' })
    await update('ben', first, { verdictId: 'true' })
    for (const name of ['ana', 'ben', 'ana']) await sync(name)
    const [shown] = await claimsOf('ben')
    expect(shown!.deskConflicts).toHaveLength(1)
    const kept = await update('ben', first, { verdictId: shown!.verdictId })
    expect(kept.deskConflicts).toBeUndefined()
    for (const name of ['ben', 'ana']) await sync(name)
    for (const name of ['ana', 'ben']) {
      const [claim] = await claimsOf(name)
      expect(claim).toMatchObject({ verdictId: shown!.verdictId })
      expect(claim!.deskConflicts).toBeUndefined()
    }
  })

  it('gives a joining workspace the desk’s tags, and a member’s new tag once a claim has it', async () => {
    await inWorkspace('ana', (workspace) =>
      workspace.handlers['tags.delete']({ tagId: 'prediction' }),
    )
    const first = await deskWith([['ben', 'editor']])
    const tagIdsOf = (name: string) =>
      inWorkspace(name, async (workspace) =>
        (await workspace.handlers['vocabulary.get']({})).tags.map((tag) => tag.id).sort(),
      )
    const anaTags = await tagIdsOf('ana')
    expect(anaTags).not.toContain('prediction')
    expect(await tagIdsOf('ben')).toEqual(anaTags)
    const troops = await inWorkspace('ben', async (workspace) => {
      const tag = await workspace.handlers['tags.create']({ name: 'Troops', colour: '#336699' })
      await workspace.handlers['tags.create']({ name: 'Unused', colour: '#336699' })
      return tag
    })
    await update('ben', first, { tagIds: [troops.id] })
    for (const name of ['ben', 'ana']) await sync(name)
    expect(await tagIdsOf('ana')).toEqual([...anaTags, troops.id].sort())
    expect((await claimsOf('ana'))[0]!.tagIds).toEqual([troops.id])
  })

  it('brings a tag renamed, a tag deleted and a verdict scale changed after the desk was shared', async () => {
    const first = await deskWith([['ben', 'editor']])
    const vocabularyOf = (name: string) =>
      inWorkspace(name, (workspace) => workspace.handlers['vocabulary.get']({}))
    await update('ben', first, { tagIds: ['statistic', 'quote'] })
    await sync('ben')
    await sync('ana')
    await inWorkspace('ana', async (workspace) => {
      await workspace.handlers['tags.update']({
        tagId: 'statistic',
        name: 'Figures',
        colour: '#aa3300',
      })
      const { verdictScale } = await workspace.handlers['vocabulary.get']({})
      await workspace.handlers['verdicts.update']({
        verdictScale: {
          ...verdictScale,
          verdicts: verdictScale.verdicts.map((verdict) =>
            verdict.id === 'mixed' ? { ...verdict, label: 'Half true' } : verdict,
          ),
        },
      })
    })
    await inWorkspace('ben', (workspace) => workspace.handlers['tags.delete']({ tagId: 'quote' }))
    for (const name of ['ana', 'ben', 'ana']) await sync(name)
    const [ana, ben] = [await vocabularyOf('ana'), await vocabularyOf('ben')]
    expect(ben.tags).toEqual(ana.tags)
    expect(ben.tags.find((tag) => tag.id === 'statistic')).toMatchObject({
      name: 'Figures',
      colour: '#aa3300',
    })
    expect(ana.tags.map((tag) => tag.id)).not.toContain('quote')
    expect(ben.verdictScale).toEqual(ana.verdictScale)
    expect(ben.verdictScale.verdicts.find((verdict) => verdict.id === 'mixed')?.label).toBe(
      'Half true',
    )
    for (const name of ['ana', 'ben'])
      expect((await claimsOf(name))[0]?.tagIds).toEqual(['statistic'])
  })

  it('settles a tag renamed by two members at once the same way for both', async () => {
    await deskWith([['ben', 'editor']])
    const renames: [member: string, name: string][] = [
      ['ana', 'Numbers'],
      ['ben', 'Data'],
    ]
    for (const [name, renamed] of renames)
      await inWorkspace(name, (workspace) =>
        workspace.handlers['tags.update']({ tagId: 'statistic', name: renamed }),
      )
    for (const name of ['ana', 'ben', 'ana', 'ben']) await sync(name)
    const nameOf = (member: string) =>
      inWorkspace(member, async (workspace) => {
        const { tags } = await workspace.handlers['vocabulary.get']({})
        return tags.find((tag) => tag.id === 'statistic')?.name
      })
    const settled = await nameOf('ana')
    expect(['Numbers', 'Data']).toContain(settled)
    expect(await nameOf('ben')).toBe(settled)
  })

  it('takes a claim deleted by one member out of the others’ workspaces', async () => {
    const first = await deskWith([['ben', 'editor']])
    await inWorkspace('ana', (workspace) =>
      workspace.handlers['claims.delete']({ articleId: first.articleId, claimId: first.id }),
    )
    for (const name of ['ana', 'ben']) await sync(name)
    expect(await claimsOf('ben')).toEqual([])
    await sync('ana')
    expect(await claimsOf('ana')).toEqual([])
  })

  it('tells the workspace’s desk status and syncs on a call, saying why when it cannot', async () => {
    expect(await inWorkspace('ana', (workspace) => workspace.handlers['desk.status']({}))).toEqual({
      isShared: false,
    })
    await deskWith([['ben', 'editor']])
    await inWorkspace('ben', async (workspace) => {
      expect(await workspace.handlers['desk.status']({})).toEqual({
        isShared: true,
        server: server.url,
        name: 'ben',
        role: 'editor',
        isLive: false,
        present: [],
        lastSync: null,
      })
      expect(await workspace.handlers['desk.sync']({})).toMatchObject({ sent: 0, received: 0 })
      expect(await workspace.handlers['desk.status']({})).toMatchObject({
        lastSync: { ok: true, sent: 0, received: 0, articles: 3 },
      })
      await server.close()
      await expect(workspace.handlers['desk.sync']({})).rejects.toThrow(/cannot be reached/)
      expect(await workspace.handlers['desk.status']({})).toMatchObject({
        lastSync: { ok: false, message: expect.stringMatching(/Your changes are kept here/) },
      })
      server = await startDeskServer({ dataDir: join(root, 'server'), port: 0, host: '127.0.0.1' })
    })
  })

  it('shares a workspace on a desk through its call, once, and says why a bad address is refused', async () => {
    const share = (workspace: OpenWorkspace, address: string) =>
      workspace.handlers['desk.share']({
        server: address,
        invite: server.ownerInvite!,
        name: 'ana',
      })
    await inWorkspace('ana', async (workspace) => {
      await workspace.handlers['claims.create']({
        articleId: (await workspace.handlers['articles.list']({}))[0]!.id,
        start: 0,
        end: 20,
      })
      await expect(share(workspace, 'desk.example.org')).rejects.toThrow(
        /"desk.example.org" is not a desk server address/,
      )
      expect(await share(workspace, server.url)).toMatchObject({ sent: 1, articles: 3 })
      expect(await workspace.handlers['desk.status']({})).toMatchObject({
        isShared: true,
        name: 'ana',
        role: 'owner',
        lastSync: { ok: true },
      })
      await expect(share(workspace, server.url)).rejects.toThrow(/on a team desk already/)
    })
    const invited = await claimdesk(
      ...['invite', '--workspace', join(root, 'ana'), '--role', 'checker', '--name', 'cy'],
    )
    const joined = await claimdesk(
      ...['join', '--workspace', join(root, 'cy'), '--server', server.url],
      ...['--invite', invited.stdout.trim(), '--name', 'cy'],
    )
    expect(joined.code, joined.stderr).toBe(0)
    expect(seen(await claimsOf('cy'))).toEqual(seen(await claimsOf('ana')))
    expect(await claimsOf('cy')).toHaveLength(1)
  })

  it('lets a viewer read and export, and refuses, saying why, any change they try', async () => {
    const first = await deskWith([['vi', 'viewer']])
    await expect(update('vi', first, { claimant: 'a viewer' })).rejects.toThrow(
      /You are a viewer on this team desk/,
    )
    const marked = await claimdesk(
      ...['mark', '--workspace', join(root, 'vi'), '--article', first.articleId],
      ...['--quote', first.quote.exact],
    )
    expect(marked.code).toBe(1)
    expect(marked.stderr).toMatch(/You are a viewer on this team desk/)
    const exported = await claimdesk('export', '--workspace', join(root, 'vi'), '--format', 'md')
    expect(exported.code, exported.stderr).toBe(0)
    expect(exported.stdout).toContain(first.quote.exact)
    await sync('vi')
    await sync('ana')
    expect((await claimsOf('ana'))[0]!.claimant).toBe('')
    expect((await claimsOf('vi'))[0]!.claimant).toBe('')
  })

  it('refuses a revoked member with a clear message and a failing exit', async () => {
    await deskWith([['ben', 'editor']])
    const revoked = await claimdesk('revoke', '--workspace', join(root, 'ana'), '--name', 'ben')
    expect(revoked.code, revoked.stderr).toBe(0)
    const members = await claimdesk('members', '--workspace', join(root, 'ana'))
    expect(members.stdout).toMatch(/^ben\teditor\t\d{4}-/m)
    const refused = await claimdesk('sync', '--workspace', join(root, 'ben'))
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(
      /refused ben: This desk does not know that member, or revoked them/,
    )
  })

  it('syncs only the documents it is told of, and those changed here', async () => {
    const first = await deskWith([['ben', 'editor']])
    await update('ben', first, { claimant: 'named by ben' })
    await sync('ben')
    const articleDocument = articleDocumentName(first.articleId)
    await inWorkspace('ana', async (workspace) => {
      const quick = await syncWorkspace(workspace.desk, { only: new Set() })
      expect(quick).toMatchObject({ received: 0, articles: 0 })
      const told = await syncWorkspace(workspace.desk, { only: new Set([articleDocument]) })
      expect(told).toMatchObject({ received: 1, articles: 1 })
      const [claim] = await workspace.handlers['claims.listAll']({})
      expect(claim?.claimant).toBe('named by ben')
      await workspace.handlers['claims.update']({
        articleId: first.articleId,
        claimId: first.id,
        patch: { claimant: 'named by ana' },
      })
      // Told of nothing, a sync still sends what changed here.
      expect(await syncWorkspace(workspace.desk, { only: new Set() })).toMatchObject({
        sent: 1,
        articles: 1,
      })
    })
    await sync('ben')
    expect((await claimsOf('ben'))[0]?.claimant).toBe('named by ana')
  })
})
