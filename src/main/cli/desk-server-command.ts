import { resolve } from 'node:path'
import { startDeskServer } from '../core/desk/desk-server'
import type { DeskServerCommand } from './desk-server-args'
import type { CliIo } from './run-cli'

/** Resolves on the first SIGINT or SIGTERM: the ways a terminal or a service manager stop a server. */
export const stopSignal = (): Promise<NodeJS.Signals> =>
  new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve(signal)
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })

/** Serves a desk until stopped, then closes every document's storage and exits cleanly. */
export async function serveDesk(
  command: DeskServerCommand,
  io: CliIo,
  stopped: Promise<NodeJS.Signals> = stopSignal(),
): Promise<void> {
  const server = await startDeskServer({
    dataDir: resolve(command.dataDir),
    port: command.port,
    host: command.host,
    ...(command.postgres ? { postgres: command.postgres } : {}),
    ...(command.redis ? { redis: command.redis } : {}),
  })
  io.stdout(`Claimdesk desk server on ${server.url}\n`)
  if (server.ownerInvite) io.stdout(`Owner invite: ${server.ownerInvite}\n`)
  const signal = await stopped
  await server.close()
  io.stderr(`claimdesk: desk server stopped (${signal})\n`)
}
