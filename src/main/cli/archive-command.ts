import { randomUUID } from 'node:crypto'
import { join, resolve } from 'node:path'
import type { Claim } from '../../shared/claim-model'
import { ServiceError } from '../../shared/result'
import type { CliCommand } from './cli-args'
import type { WorkspaceClient } from './workspace-client'

type Io = { stdout: (text: string) => void; stderr: (text: string) => void }
type ArchiveCommand = Extract<CliCommand, { command: 'archive' }>

async function claimOf(client: WorkspaceClient, claimId: string): Promise<Claim> {
  const claim = (await client.call('claims.listAll', {})).find((entry) => entry.id === claimId)
  if (!claim) throw new ServiceError('not-found', `There is no claim ${claimId} in this workspace.`)
  return claim
}

/**
 * `claimdesk archive URL...`: one line per page archived, a message on stderr for each refused;
 * false when any was refused. With `--claim`, each page becomes a source of that claim.
 */
export async function archivePages(
  client: WorkspaceClient,
  command: ArchiveCommand,
  io: Io,
): Promise<boolean> {
  // The claim is looked up first, so a wrong id fetches nothing.
  if (command.claimId) await claimOf(client, command.claimId)
  const evidence = join(resolve(command.workspace), '.claimdesk', 'evidence')
  let isComplete = true
  for (const url of command.urls) {
    try {
      const { allowPrivateNetwork } = command
      const snapshot = await client.call('sources.archiveUrl', { url, allowPrivateNetwork })
      if (command.claimId) {
        const claim = await claimOf(client, command.claimId)
        const source = { id: randomUUID(), url, title: url, note: '', snapshots: [snapshot] }
        const patch = { sources: [...claim.sources, source] }
        await client.call('claims.update', { articleId: claim.articleId, claimId: claim.id, patch })
      }
      io.stdout(
        `archived ${url} sha256:${snapshot.payloadSha256} ${join(evidence, snapshot.warcFile)}\n`,
      )
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error
      io.stderr(`claimdesk: ${error.message}\n`)
      isComplete = false
    }
  }
  return isComplete
}
