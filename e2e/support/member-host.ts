import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { startDeskServerProcess } from '../../src/main/cli/desk-server-process'
import { startHostProcess, type RunningHost } from './host-process'

const CLI = 'out/main/cli.js'
const run = promisify(execFile)

/**
 * The test's workspace in `dataDir` shared on a desk server of the test's own as "ana", its owner,
 * and a second member (`name`, `role`) joined from a browser host of their own. `stop` ends both.
 */
export async function deskWithMemberHost(
  dataDir: string,
  name: string,
  role: 'editor' | 'checker' | 'viewer',
): Promise<{ host: RunningHost; stop(): Promise<void> }> {
  const server = await startDeskServerProcess(
    CLI,
    ['--data', join(dataDir, 'desk-server'), '--port', '0'],
    true,
  )
  const claimdesk = (...args: string[]) => run(process.execPath, [CLI, ...args])
  const memberData = join(dataDir, `${name}-host`)
  try {
    await claimdesk(
      ...['share', '--workspace', join(dataDir, 'workspace'), '--server', server.url],
      ...['--invite', server.ownerInvite!, '--name', 'ana'],
    )
    const invite = await claimdesk(
      ...['invite', '--workspace', join(dataDir, 'workspace'), '--role', role, '--name', name],
    )
    await claimdesk(
      ...['join', '--workspace', join(memberData, 'workspace'), '--server', server.url],
      ...['--invite', invite.stdout.trim(), '--name', name],
    )
    const host = await startHostProcess(memberData)
    return {
      host,
      stop: async () => {
        await host.stop()
        await server.stop('SIGKILL')
      },
    }
  } catch (error) {
    await server.stop('SIGKILL')
    throw error
  }
}
