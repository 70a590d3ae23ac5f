import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dayAsDated } from '../../../shared/readable-date'
import type { Claim, ClaimPatch } from '../../../shared/claim-model'
import type { DeskRole } from '../../../shared/desk-model'
import { ClaimStatus } from '../../../shared/claim-model'
import { writeDeskCredentials } from '../desk/desk-credentials'
import { openWorkspace, type OpenWorkspace } from '../open-workspace'
import { SAMPLES_DIR } from '../testing/temp-workspace'

let folder: string
let workspace: OpenWorkspace
let claim: Claim

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'claimdesk-review-'))
  workspace = await openWorkspace(folder, { fileWatch: null, samplesDir: SAMPLES_DIR })
  const [article] = await workspace.handlers['articles.list']({})
  claim = await workspace.handlers['claims.create']({ articleId: article!.id, start: 0, end: 20 })
})

afterEach(async () => {
  await workspace.close()
  await rm(folder, { recursive: true, force: true })
})

const update = (patch: ClaimPatch) =>
  workspace.handlers['claims.update']({ articleId: claim.articleId, claimId: claim.id, patch })

/** This workspace on a desk as `name` with `role`: what the desk's credentials file says. */
const onDeskAs = (name: string, role: DeskRole) =>
  writeDeskCredentials(folder, { server: 'ws://127.0.0.1:9', name, role, token: 'not used' })

describe('the review workflow', () => {
  it('lists Ready for review and Approved after Checked', () => {
    expect(ClaimStatus.options).toEqual([
      'to-check',
      'researching',
      'checked',
      'ready-for-review',
      'approved',
    ])
  })

  it('off a desk, records who approved (the report byline, else “you”) and when', async () => {
    await update({ status: 'ready-for-review' })
    const approved = await update({ status: 'approved' })
    expect(approved.approval?.by).toBe('you')
    expect(Date.parse(approved.approval!.at)).toBeGreaterThan(Date.parse(claim.createdAt) - 1)
    await update({ status: 'ready-for-review' })
    await workspace.handlers['settings.update']({
      patch: { report: { ...(await byline()), author: 'Ana Reyes' } },
    })
    expect((await update({ status: 'approved' })).approval?.by).toBe('Ana Reyes')
  })

  it('drops the approval when the verdict, finding or status change, not the claimant', async () => {
    await update({ status: 'approved' })
    expect((await update({ claimant: 'U.S. officials' })).approval).toBeDefined()
    const reworded = await update({
      finding: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'New.' }] }],
      },
    })
    expect(reworded).toMatchObject({ status: 'ready-for-review' })
    expect(reworded.approval).toBeUndefined()
    await update({ status: 'approved' })
    const rerated = await update({ verdictId: 'false' })
    expect([rerated.status, rerated.approval]).toEqual(['ready-for-review', undefined])
    await update({ status: 'approved' })
    const reopened = await update({ status: 'researching' })
    expect([reopened.status, reopened.approval]).toEqual(['researching', undefined])
  })

  it('refuses a checker’s approval and review note with a clear message; an editor may', async () => {
    await onDeskAs('cy', 'checker')
    await update({ status: 'ready-for-review' })
    await expect(update({ status: 'approved' })).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/Only an editor or the owner/),
    })
    await expect(
      workspace.handlers['claims.create']({
        articleId: claim.articleId,
        start: 30,
        end: 50,
        status: 'approved',
      }),
    ).rejects.toMatchObject({ code: 'forbidden' })
    await expect(
      workspace.handlers['claims.addReviewNote']({
        articleId: claim.articleId,
        claimId: claim.id,
        text: 'Looks fine',
      }),
    ).rejects.toMatchObject({ code: 'forbidden' })
    const [stored] = await workspace.handlers['claims.list']({ articleId: claim.articleId })
    expect(stored).toMatchObject({ status: 'ready-for-review' })
    await onDeskAs('ben', 'editor')
    expect((await update({ status: 'approved' })).approval?.by).toBe('ben')
    const noted = await workspace.handlers['claims.addReviewNote']({
      articleId: claim.articleId,
      claimId: claim.id,
      text: '  Cite the briefing.  ',
    })
    expect(noted.reviewNotes).toMatchObject([{ by: 'ben', text: 'Cite the briefing.' }])
  })

  it('records the author of a claim made on a desk, not off one', async () => {
    expect(claim.author).toBeUndefined()
    await onDeskAs('cy', 'checker')
    const made = await workspace.handlers['claims.create']({
      articleId: claim.articleId,
      start: 30,
      end: 50,
    })
    expect(made.author).toBe('cy')
  })

  it('exports approved claims only, naming the reviewer, in Markdown and CSV', async () => {
    await workspace.handlers['claims.create']({
      articleId: claim.articleId,
      start: 30,
      end: 50,
      status: 'ready-for-review',
    })
    const approved = await update({ status: 'approved' })
    const scope = { kind: 'all' } as const
    const md = await workspace.handlers['reports.export']({
      scope,
      format: 'md',
      options: { approvedOnly: true },
    })
    expect(md.claimCount).toBe(1)
    expect(md.content).toContain(`Approved by you on ${dayAsDated(approved.approval!.at)}`)
    expect(md.content.match(/^### Claim /gm)).toHaveLength(1)
    expect(md.content).toContain('approved claims only')
    const csv = await workspace.handlers['reports.export']({ scope, format: 'csv' })
    const [header, ...rows] = csv.content
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(header!.split(',').slice(-2)).toEqual(['approved_by', 'approved_at'])
    expect(rows).toHaveLength(2)
    expect(rows.filter((row) => row.endsWith(`,you,${approved.approval!.at}`))).toHaveLength(1)
    const approvedCsv = await workspace.handlers['reports.export']({
      scope,
      format: 'csv',
      options: { approvedOnly: true },
    })
    expect(approvedCsv.claimCount).toBe(1)
  })

  it('exports an approval to W3C, and an imported approval comes in ready for review', async () => {
    const approved = await update({ status: 'approved' })
    const w3c = await workspace.handlers['reports.export']({
      scope: { kind: 'all' },
      format: 'w3c',
    })
    expect(JSON.stringify(JSON.parse(w3c.content))).toContain(
      `"claimdesk:approval":${JSON.stringify(approved.approval)}`,
    )
    await workspace.handlers['claims.delete']({ articleId: claim.articleId, claimId: claim.id })
    const imported = await workspace.handlers['annotations.import']({ content: w3c.content })
    expect(imported.imported).toBe(1)
    const [back] = await workspace.handlers['claims.list']({ articleId: claim.articleId })
    expect(back).toMatchObject({ id: claim.id, status: 'ready-for-review' })
    expect(back!.approval).toBeUndefined()
  })
})

async function byline() {
  return (await workspace.handlers['vocabulary.get']({})).settings.report
}
