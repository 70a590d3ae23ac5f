import { DeskRole } from '../../shared/desk-model'
import { need } from './check-args'
import { UsageError } from './usage-error'

/** The commands that put a workspace on a team desk and keep it in step. */
export type DeskCommand =
  | { command: 'share'; workspace: string; server: string; invite: string; name: string }
  | { command: 'join'; workspace: string; server: string; invite: string; name: string }
  | { command: 'invite'; workspace: string; role: DeskRole; name: string }
  | { command: 'sync'; workspace: string }
  | { command: 'members'; workspace: string }
  | { command: 'revoke'; workspace: string; name: string }

export type DeskCommandName = DeskCommand['command']

export const DESK_COMMANDS: readonly DeskCommandName[] = [
  'share',
  'join',
  'invite',
  'sync',
  'members',
  'revoke',
]

export const isDeskCommand = (name: string): name is DeskCommandName =>
  (DESK_COMMANDS as readonly string[]).includes(name)

/** The options of the desk commands, as parseArgs gives them. */
export type DeskValues = {
  workspace?: string
  server?: string
  invite?: string
  name?: string
  role?: string
}

const INVITED_ROLES = ['editor', 'checker', 'viewer'] as const

function roleOf(text: string | undefined): DeskRole {
  const role = need('invite', '--role editor|checker|viewer', text)
  if (!(INVITED_ROLES as readonly string[]).includes(role))
    throw new UsageError(`--role: "${role}" is not editor, checker or viewer.`, 'invite')
  return DeskRole.parse(role)
}

export function parseDeskCommand(command: DeskCommandName, values: DeskValues): DeskCommand {
  const workspace = need(command, '--workspace DIR', values.workspace)
  switch (command) {
    case 'share':
    case 'join':
      return {
        command,
        workspace,
        server: need(command, '--server URL', values.server),
        invite: need(command, '--invite CODE', values.invite),
        name: need(command, '--name NAME', values.name),
      }
    case 'invite':
      return {
        command,
        workspace,
        role: roleOf(values.role),
        name: need(command, '--name NAME', values.name),
      }
    case 'revoke':
      return { command, workspace, name: need(command, '--name NAME', values.name) }
    case 'sync':
    case 'members':
      return { command, workspace }
  }
}
