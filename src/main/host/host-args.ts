import { join, resolve } from 'node:path'
import { isValidToken } from './host-guards'

/** A fixed default keeps the printed URL the same from run to run. */
export const DEFAULT_PORT = 5199

export type HostArgs = {
  dataDir: string
  port: number
  /** False when the port is only the default, which may fall back to a free one when busy. */
  isPortFixed: boolean
  token: string | undefined
  rendererDir: string
  samplesDir: string
}

/** Locations that depend on where the entry runs from, passed in so parsing stays pure. */
export type HostDefaults = { home: string; rendererDir: string; samplesDir: string }

const USAGE =
  'Usage: node out/main/host.js [--data-dir DIR] [--port N] [--token TOKEN] [--renderer DIR] [--samples DIR]'

const FLAGS = ['--data-dir', '--port', '--token', '--renderer', '--samples']

/** Accepts `--flag value` and `--flag=value`; anything else is a mistake worth stopping for. */
function readFlags(argv: string[]): Map<string, string> {
  const flags = new Map<string, string>()
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? ''
    const equals = arg.indexOf('=')
    const name = equals < 0 ? arg : arg.slice(0, equals)
    if (!FLAGS.includes(name)) throw new Error(`Unknown argument "${arg}".\n${USAGE}`)
    const value = equals < 0 ? argv[++index] : arg.slice(equals + 1)
    if (!value) throw new Error(`${name} needs a value.\n${USAGE}`)
    flags.set(name, value)
  }
  return flags
}

function parsePort(text: string): number {
  const port = Number(text)
  if (!/^\d{1,5}$/.test(text) || port > 65535) {
    throw new Error(`"${text}" is not a port number (0–65535; 0 picks a free one).`)
  }
  return port
}

/** Command line first, then CLAIMDESK_* variables, then defaults. */
export function parseHostArgs(
  argv: string[],
  env: Record<string, string | undefined>,
  defaults: HostDefaults,
): HostArgs {
  const flags = readFlags(argv)
  const pick = (flag: string, variable: string) => flags.get(flag) ?? (env[variable] || undefined)
  const portText = pick('--port', 'CLAIMDESK_PORT')
  const token = pick('--token', 'CLAIMDESK_TOKEN')
  if (token !== undefined && !isValidToken(token)) {
    throw new Error('The token must be 16–256 characters of A–Z, a–z, 0–9, _ or -.')
  }
  return {
    dataDir: resolve(
      pick('--data-dir', 'CLAIMDESK_DATA_DIR') ?? join(defaults.home, '.claimdesk-host'),
    ),
    port: portText === undefined ? DEFAULT_PORT : parsePort(portText),
    isPortFixed: portText !== undefined,
    token,
    rendererDir: resolve(flags.get('--renderer') ?? defaults.rendererDir),
    /** The articles a new workspace starts with; tests seed their own. */
    samplesDir: resolve(flags.get('--samples') ?? defaults.samplesDir),
  }
}
