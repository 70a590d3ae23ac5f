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
import { syncWorkspace, type SyncSummary } from '../core/desk/desk-sync'
import { openWorkspace } from '../core/open-workspace'
import { STORE_FOLDER } from '../core/workspace/workspace-file'
import type { DeskCommand } from './desk-args'
import type { CliIo } from './run-cli'

/** The desk's sync writes the store itself, so it opens the workspace here, under its lock. */
async function syncHere(folder: string, io: CliIo): Promise<SyncSummary> {
  const workspace = await openWorkspace(folder, { fileWatch: null, keepsSearchIndex: false })
  try {
    const summary = await syncWorkspace(workspace.desk)
    io.stderr(
      `claimdesk: in step with the desk: ${summary.sent} claim change(s) sent, ${summary.received} received, ${summary.articles} article(s), ${summary.conflicts} claim(s) with a conflict\n`,
    )
    return summary
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
  if (command.command === 'join')
    await openWorkspace(folder, { fileWatch: null }).then((w) => w.close())
  const credentials = await joinDeskAs(folder, server, command.invite, command.name)
  io.stderr(`claimdesk: ${credentials.name} is on the desk at ${server} as ${credentials.role}\n`)
  await syncHere(folder, io)
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
