import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Claim } from '../../../shared/claim-model'
import { openWorkspace, type OpenWorkspace } from '../open-workspace'
import { SAMPLES_DIR } from '../testing/temp-workspace'
import { DeskCopies } from './desk-copies'
import { claimsOf, editClaim } from './desk-documents'
import { readClaimsHere } from './desk-local-store'
import { deskArrivals } from './desk-pull'
import { articleDocumentName, pushLocalChanges } from './desk-push'

let folder: string
let workspace: OpenWorkspace
let copies: DeskCopies
let claim: Claim

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'claimdesk-desk-pull-'))
  workspace = await openWorkspace(folder, { fileWatch: null, samplesDir: SAMPLES_DIR })
  const [article] = await workspace.handlers['articles.list']({})
  claim = await workspace.handlers['claims.create']({ articleId: article!.id, start: 0, end: 20 })
  copies = await DeskCopies.open(folder)
  const claimsHere = await readClaimsHere(workspace.desk)
  await pushLocalChanges(workspace.desk, copies, claimsHere, 'ana', new Date())
  copies.base.set(claim.id, claim)
  // Another member names the claimant on the desk.
  const onDesk = claimsOf(copies.document(articleDocumentName(claim.articleId))).get(claim.id)!
  editClaim(onDesk, { by: 'ben', at: '2030-01-01T00:00:00.000Z', fields: { claimant: 'ben' } })
})

afterEach(async () => {
  copies.close()
  await workspace.close()
  await rm(folder, { recursive: true, force: true })
})

describe('what a sync brings from the desk', () => {
  it('brings a claim another member changed', async () => {
    const arrivals = await deskArrivals(workspace.desk, copies, { followsOnly: false })
    expect(arrivals.claims.get(claim.articleId)?.put.map((each) => each.claimant)).toEqual(['ben'])
    expect(arrivals.held).toEqual(new Set())
  })

  it('leaves a claim changed here while the sync ran, for the next sync to send', async () => {
    await workspace.handlers['claims.update']({
      articleId: claim.articleId,
      claimId: claim.id,
      patch: { claimant: 'ana, meanwhile' },
    })
    const arrivals = await deskArrivals(workspace.desk, copies, { followsOnly: false })
    expect(arrivals.claims.get(claim.articleId)?.put).toEqual([])
    expect(arrivals.held).toEqual(new Set([claim.id]))
  })

  it('puts the desk back over a viewer’s change', async () => {
    await workspace.handlers['claims.update']({
      articleId: claim.articleId,
      claimId: claim.id,
      patch: { claimant: 'a viewer' },
    })
    const arrivals = await deskArrivals(workspace.desk, copies, { followsOnly: true })
    expect(arrivals.claims.get(claim.articleId)?.put.map((each) => each.claimant)).toEqual(['ben'])
  })

  it('writes no arrival over a claim changed here after the sync compared it', async () => {
    const arrivals = await deskArrivals(workspace.desk, copies, { followsOnly: false })
    await workspace.handlers['claims.update']({
      articleId: claim.articleId,
      claimId: claim.id,
      patch: { claimant: 'ana, while the sync wrote' },
    })
    const written = await workspace.desk.apply(arrivals)
    expect(written).toEqual(new Map())
    const [here] = await workspace.desk.claims(claim.articleId)
    expect(here?.claimant).toBe('ana, while the sync wrote')
  })

  it('writes the arrivals into a claim left as the sync saw it, and says what it wrote', async () => {
    const arrivals = await deskArrivals(workspace.desk, copies, { followsOnly: false })
    const written = await workspace.desk.apply(arrivals)
    expect([...written.keys()]).toEqual([claim.id])
    const [here] = await workspace.desk.claims(claim.articleId)
    expect(here?.claimant).toBe('ben')
    expect(written.get(claim.id)).toEqual(here)
  })
})
