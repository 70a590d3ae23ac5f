import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { ServiceError } from '../../../shared/result'
import { openWorkspace } from '../open-workspace'
import { ensureOwnerOnlyDir } from '../store/atomic-write'
import { STORE_FOLDER } from '../workspace/workspace-file'
import { readDeskCredentials, type DeskCredentials } from './desk-credentials'
import { deskServerUrl, joinDeskAs } from './desk-membership'
import { syncWorkspace, type SyncSummary } from './desk-sync'

export const isWorkspaceFolder = (folder: string) =>
  existsSync(resolve(folder, STORE_FOLDER, 'workspace.json'))

/** Refuses, before anything is asked of the server, a folder that cannot take a new membership. */
export async function assertCanFollowDesk(folder: string, kind: 'share' | 'join'): Promise<void> {
  if (kind === 'share' && !isWorkspaceFolder(folder))
    throw new ServiceError('not-found', `${folder} is not a Claimdesk workspace.`)
  if (kind === 'join' && isWorkspaceFolder(folder))
    throw new ServiceError(
      'conflict',
      `${folder} is a workspace already: joining makes a new one, in a new folder.`,
    )
  if (await readDeskCredentials(folder).catch(() => null))
    throw new ServiceError('conflict', `${folder} is on a team desk already.`)
}

/**
 * Makes a new workspace in `folder` that follows the desk at `server`: the invite is exchanged for
 * a membership, then the desk is taken as it is, its vocabulary included, sending nothing.
 */
export async function joinDesk(
  folder: string,
  request: { server: string; invite: string; name: string },
): Promise<{ credentials: DeskCredentials; summary: SyncSummary }> {
  const server = deskServerUrl(request.server)
  await assertCanFollowDesk(folder, 'join')
  await ensureOwnerOnlyDir(resolve(folder, STORE_FOLDER))
  const credentials = await joinDeskAs(folder, server, request.invite, request.name)
  const workspace = await openWorkspace(folder, { fileWatch: null, keepsSearchIndex: false })
  try {
    return { credentials, summary: await syncWorkspace(workspace.desk, { receiveOnly: true }) }
  } finally {
    await workspace.close()
  }
}
