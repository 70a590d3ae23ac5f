import { join } from 'node:path'
import { expect } from 'vitest'
import type { Claim, ClaimPatch } from '../../../shared/claim-model'
import { claimdeskInProcess } from '../../cli/cli-in-process'
import type { OpenWorkspace } from '../open-workspace'
import { inWorkspaceAt } from './in-workspace'

/**
 * Members' workspaces in folders under `root()` (each named for its member) on the desk server
 * `server()`: opening one for a piece of work, its claims, a sync, and a desk to start from.
 */
export function deskMembers(
  root: () => string,
  server: () => { url: string; ownerInvite: string | null },
) {
  const claimdesk = claimdeskInProcess
  const inWorkspace = <T>(name: string, work: (workspace: OpenWorkspace) => Promise<T>) =>
    inWorkspaceAt(join(root(), name), work)
  const claimsOf = (name: string) =>
    inWorkspace(name, (workspace) => workspace.handlers['claims.listAll']({}))
  const sync = async (name: string) => {
    const synced = await claimdesk('sync', '--workspace', join(root(), name))
    expect(synced, synced.stderr).toMatchObject({ code: 0 })
  }
  const update = (name: string, claim: Claim, patch: ClaimPatch) =>
    inWorkspace(name, (workspace) =>
      workspace.handlers['claims.update']({ articleId: claim.articleId, claimId: claim.id, patch }),
    )
  /** Ana's workspace (the samples, one claim) on the desk as its owner, and members who joined. */
  const deskWith = async (members: [name: string, role: string][]) => {
    const { url, ownerInvite } = server()
    const firstClaim = await inWorkspace('ana', async (workspace) => {
      const [article] = await workspace.handlers['articles.list']({})
      return workspace.handlers['claims.create']({ articleId: article!.id, start: 0, end: 20 })
    })
    const shared = await claimdesk(
      ...['share', '--workspace', join(root(), 'ana'), '--server', url],
      ...['--invite', ownerInvite!, '--name', 'ana'],
    )
    expect(shared, shared.stderr).toMatchObject({ code: 0 })
    for (const [name, role] of members) {
      const invited = await claimdesk(
        ...['invite', '--workspace', join(root(), 'ana'), '--role', role, '--name', name],
      )
      expect(invited.code, invited.stderr).toBe(0)
      const joined = await claimdesk(
        ...['join', '--workspace', join(root(), name), '--server', url],
        ...['--invite', invited.stdout.trim(), '--name', name],
      )
      expect(joined, joined.stderr).toMatchObject({ code: 0 })
    }
    return firstClaim
  }
  return { claimdesk, inWorkspace, claimsOf, sync, update, deskWith }
}
