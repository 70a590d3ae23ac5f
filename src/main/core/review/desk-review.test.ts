import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Claim } from '../../../shared/claim-model'
import { DeskCopies } from '../desk/desk-copies'
import { claimsOf as deskClaimsOf, editClaim } from '../desk/desk-documents'
import { articleDocumentName } from '../desk/desk-push'
import { startDeskServer, type RunningDeskServer } from '../desk/desk-server'
import { deskMembers } from '../testing/desk-members'
import { claimdeskInProcess } from '../../cli/cli-in-process'

let root: string
let server: RunningDeskServer

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'claimdesk-desk-review-'))
  server = await startDeskServer({ dataDir: join(root, 'server'), port: 0, host: '127.0.0.1' })
})

afterEach(async () => {
  await server.close()
  await rm(root, { recursive: true, force: true })
})

const { inWorkspace, claimsOf, sync, update, deskWith } = deskMembers(
  () => root,
  () => server,
)

/** Writes an approval straight into a member's desk copy of a claim, as no app would. */
async function approveInDeskCopy(member: string, claim: Claim, approver: string) {
  const copies = await DeskCopies.open(join(root, member))
  const onDesk = deskClaimsOf(copies.document(articleDocumentName(claim.articleId))).get(claim.id)!
  const at = new Date().toISOString()
  editClaim(onDesk, {
    by: member,
    at,
    fields: { status: 'approved', approval: { by: approver, at } },
  })
  await copies.save()
  copies.close()
}

const unread = (name: string) =>
  inWorkspace(name, (workspace) => workspace.handlers['reviews.unread']({}))

describe('review on a team desk', () => {
  it('carries the author, the approval and review notes, and tells the author of a note', async () => {
    const first = await deskWith([
      ['ben', 'editor'],
      ['cy', 'checker'],
    ])
    expect((await claimsOf('ana'))[0]).toMatchObject({ id: first.id, author: 'ana' })
    const made = await inWorkspace('cy', async (workspace) => {
      const [article] = await workspace.handlers['articles.list']({})
      return workspace.handlers['claims.create']({
        articleId: article!.id,
        start: 30,
        end: 60,
        status: 'ready-for-review',
      })
    })
    expect(made.author).toBe('cy')
    await sync('cy')
    await sync('ben')
    await update('ben', made, { status: 'approved' })
    await inWorkspace('ben', (workspace) =>
      workspace.handlers['claims.addReviewNote']({
        articleId: made.articleId,
        claimId: made.id,
        text: 'Approved; cite the briefing next time.',
      }),
    )
    await sync('ben')
    for (const name of ['cy', 'ana']) await sync(name)
    for (const name of ['cy', 'ana']) {
      const claim = (await claimsOf(name)).find((each) => each.id === made.id)
      expect(claim).toMatchObject({
        author: 'cy',
        status: 'approved',
        approval: { by: 'ben' },
        reviewNotes: [{ by: 'ben', text: 'Approved; cite the briefing next time.' }],
      })
    }
    expect(await unread('ana')).toEqual([])
    expect(await unread('cy')).toMatchObject([
      { claimId: made.id, by: 'ben', text: 'Approved; cite the briefing next time.' },
    ])
    await sync('cy')
    expect(await unread('cy')).toHaveLength(1)
    await inWorkspace('cy', (workspace) =>
      workspace.handlers['reviews.markRead']({ claimId: made.id }),
    )
    expect(await unread('cy')).toEqual([])
  })

  it('keeps two notes written at once, and drops an approval when the finding changes', async () => {
    const first = await deskWith([['ben', 'editor']])
    const note = (name: string, text: string) =>
      inWorkspace(name, (workspace) =>
        workspace.handlers['claims.addReviewNote']({
          articleId: first.articleId,
          claimId: first.id,
          text,
        }),
      )
    await sync('ben')
    await note('ana', 'From ana')
    await note('ben', 'From ben')
    await update('ben', first, { status: 'approved' })
    for (const name of ['ana', 'ben', 'ana']) await sync(name)
    const [approved] = await claimsOf('ana')
    expect(approved!.reviewNotes?.map((each) => each.text).sort()).toEqual(['From ana', 'From ben'])
    expect(approved).toMatchObject({ status: 'approved', approval: { by: 'ben' } })
    expect(await unread('ana')).toMatchObject([{ by: 'ben', text: 'From ben' }])
    await update('ana', first, {
      finding: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Changed.' }] }],
      },
    })
    for (const name of ['ana', 'ben']) await sync(name)
    const [reopened] = await claimsOf('ben')
    expect(reopened!.status).toBe('ready-for-review')
    expect(reopened!.approval).toBeUndefined()
  })

  it('refuses an approval a checker’s own client wrote, at the desk server, and says why', async () => {
    const first = await deskWith([['cy', 'checker']])
    await sync('cy')
    // What a checker's crafted client could write: the claim approved, by themself.
    await approveInDeskCopy('cy', first, 'cy')
    const refused = await claimdeskInProcess('sync', '--workspace', join(root, 'cy'))
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/cy is a checker: only an editor or the owner approves a claim/)
    await sync('ana')
    const [claim] = await claimsOf('ana')
    expect(claim!.status).not.toBe('approved')
    expect(claim!.approval).toBeUndefined()
  })

  it('does not take an approval by a member the desk does not list as an editor or owner', async () => {
    const first = await deskWith([['cy', 'checker']])
    // The desk server takes an owner's writes; here the owner's copy names cy as approver.
    await approveInDeskCopy('ana', first, 'cy')
    await sync('ana')
    const { notices } = await inWorkspace('cy', async (workspace) => {
      await workspace.handlers['desk.sync']({})
      return workspace.handlers['workspace.info']({})
    })
    expect(notices).toEqual([
      expect.stringMatching(
        /approved by cy, who is no editor or owner of the desk: kept as ready for review/,
      ),
    ])
    const [claim] = await claimsOf('cy')
    expect(claim!.status).toBe('ready-for-review')
    expect(claim!.approval).toBeUndefined()
  })
})
