import ipaddr from 'ipaddr.js'
import { need } from './check-args'
import { UsageError } from './usage-error'

export type DeskServerCommand = {
  command: 'desk-server'
  dataDir: string
  port: number
  host: string
  postgres?: string
  redis?: string
}

/** The options of `desk-server`, as parseArgs gives them. */
export type DeskServerValues = {
  data?: string
  port?: string
  listen?: string
  postgres?: string
  redis?: string
}

function portOf(text: string | undefined): number {
  if (text === undefined) return 0
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN
  if (!(port <= 65535))
    throw new UsageError(`--port: "${text}" is not a port (0 to 65535).`, 'desk-server')
  return port
}

function hostOf(text: string | undefined): string {
  if (text === undefined) return '127.0.0.1'
  if (!ipaddr.isValid(text))
    throw new UsageError(`--listen: "${text}" is not an IP address.`, 'desk-server')
  return text
}

/** A connection URL given for `flag`, checked by its scheme only: its server says the rest. */
function urlOf(flag: 'postgres' | 'redis', text: string | undefined, schemes: RegExp) {
  if (text === undefined) return {}
  if (!schemes.test(text))
    throw new UsageError(`--${flag}: give a ${flag}://… connection URL.`, 'desk-server')
  return { [flag]: text }
}

/** Reads `claimdesk desk-server --data DIR [--port N] [--listen ADDRESS] [--postgres URL] [--redis URL]`. */
export function parseDeskServerCommand(values: DeskServerValues): DeskServerCommand {
  return {
    command: 'desk-server',
    dataDir: need('desk-server', '--data DIR', values.data),
    port: portOf(values.port),
    host: hostOf(values.listen),
    ...urlOf('postgres', values.postgres, /^postgres(ql)?:\/\/./),
    ...urlOf('redis', values.redis, /^rediss?:\/\/./),
  }
}
