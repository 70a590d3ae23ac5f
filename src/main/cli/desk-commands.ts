import { resolve } from 'node:path'
import { existsSync } from 'node:fs'
import { ServiceError } from '../../shared/result'
import { readDeskCredentials } from '../core/desk/desk-credentials'
import {
  deskServerUrl,
  inviteToDesk,
  joinDeskAs,
  listDeskMembers,
  revokeDeskMember,
} from '../core/desk/desk-membership'
import { ensureOwnerOnlyDir } from '../core/store/atomic-write'
import { openWorkspace } from '../core/open-workspace'
import { syncWorkspace, type SyncSummary } from '../core/desk/desk-sync'
import { STORE_FOLDER } from '../core/workspace/workspace-file'
import type { DeskCommand } from './desk-args'
import type { CliIo } from './run-cli'
import { connectToWorkspace } from './workspace-client'

const printSummary = (summary: SyncSummary, io: CliIo) =>
  io.stderr(
    `claimdesk: in step with the desk: ${summary.sent} claim change(s) sent, ${summary.received} received, ${summary.articles} article(s), ${summary.conflicts} claim(s) with a conflict\n`,
  )

/** Syncs through the app that has the workspace open, or here, under the workspace's lock. */
async function syncHere(folder: string, io: CliIo): Promise<void> {
  const client = await connectToWorkspace(folder, { keepsSearchIndex: false })
  try {
    printSummary(await client.call('desk.sync', {}), io)
  } finally {
    await client.close()
  }
}

/** A workspace that just joined takes the desk as it is, its vocabulary included, and sends nothing. */
async function firstSync(folder: string, io: CliIo): Promise<void> {
  const workspace = await openWorkspace(folder, { fileWatch: null, keepsSearchIndex: false })
  try {
    printSummary(await syncWorkspace(workspace.desk, { receiveOnly: true }), io)
  } finally {
    await workspace.close()
  }
}

const isWorkspace = (folder: string) => existsSync(resolve(folder, STORE_FOLDER, 'workspace.json'))

async function shareOrJoin(
  command: Extract<DeskCommand, { command: 'share' | 'join' }>,
  io: CliIo,
) {
  const folder = resolve(command.workspace)
  if (command.command === 'share' && !isWorkspace(folder))
    throw new ServiceError('not-found', `${folder} is not a Claimdesk workspace.`)
  if (command.command === 'join' && isWorkspace(folder))
    throw new ServiceError(
      'conflict',
      `${folder} is a workspace already: join makes a new one, in a new folder.`,
    )
  if (await readDeskCredentials(folder).catch(() => null))
    throw new ServiceError('conflict', `${folder} is on a team desk already.`)
  const server = deskServerUrl(command.server)
  if (command.command === 'join') await ensureOwnerOnlyDir(resolve(folder, STORE_FOLDER))
  const credentials = await joinDeskAs(folder, server, command.invite, command.name)
  io.stderr(`claimdesk: ${credentials.name} is on the desk at ${server} as ${credentials.role}\n`)
  await (command.command === 'join' ? firstSync(folder, io) : syncHere(folder, io))
}

/** Runs one desk command; resolves once it is done, throws a ServiceError when it cannot be. */
export async function runDeskCommand(command: DeskCommand, io: CliIo): Promise<void> {
  const folder = resolve(command.workspace)
  switch (command.command) {
    case 'share':
    case 'join':
      return shareOrJoin(command, io)
    case 'sync':
      await syncHere(folder, io)
      return
    case 'invite':
      io.stdout(`${await inviteToDesk(folder, command.role, command.name)}\n`)
      return
    case 'members':
      io.stdout('name\trole\trevoked\n')
      for (const member of await listDeskMembers(folder))
        io.stdout(`${member.name}\t${member.role}\t${member.revokedAt ?? ''}\n`)
      return
    case 'revoke':
      await revokeDeskMember(folder, command.name)
      io.stderr(`claimdesk: ${command.name} is revoked from the desk\n`)
  }
}
