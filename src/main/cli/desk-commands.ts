import { resolve } from 'node:path'
import {
  deskServerUrl,
  inviteToDesk,
  joinDeskAs,
  listDeskMembers,
  revokeDeskMember,
} from '../core/desk/desk-membership'
import type { SyncSummary } from '../core/desk/desk-sync'
import { assertCanFollowDesk, joinDesk } from '../core/desk/join-desk'
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

async function shareOrJoin(
  command: Extract<DeskCommand, { command: 'share' | 'join' }>,
  io: CliIo,
) {
  const folder = resolve(command.workspace)
  const request = { server: command.server, invite: command.invite, name: command.name }
  if (command.command === 'join') {
    const { credentials, summary } = await joinDesk(folder, request)
    io.stderr(
      `claimdesk: ${credentials.name} is on the desk at ${credentials.server} as ${credentials.role}\n`,
    )
    printSummary(summary, io)
    return
  }
  const server = deskServerUrl(command.server)
  await assertCanFollowDesk(folder, 'share')
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
