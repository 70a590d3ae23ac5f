import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { isValidToken } from './host-guards'

/** A fixed default keeps the printed URL the same from run to run. */
export const DEFAULT_PORT = 5199

export type HostArgs = {
  dataDir: string
  port: number
  /** False when the port is only the default, which may fall back to a free one when busy. */
  isPortFixed: boolean
  /** From CLAIMDESK_TOKEN; a secret on the command line would show in `ps` to every user. */
  token: string | undefined
  /** A file holding the token (--token-file), read by readHostToken. */
  tokenFile: string | undefined
  rendererDir: string
  samplesDir: string
}

/** Locations that depend on where the entry runs from, passed in so parsing stays pure. */
export type HostDefaults = { home: string; rendererDir: string; samplesDir: string }

export const USAGE =
  'Usage: node out/main/host.js [--data-dir DIR] [--port N] [--token-file FILE] [--renderer DIR] [--samples DIR]\n' +
  'The token can also come from the CLAIMDESK_TOKEN environment variable.'

const FLAGS = ['--data-dir', '--port', '--token-file', '--renderer', '--samples']

const TOKEN_RULE = 'The token must be 16–256 characters of A–Z, a–z, 0–9, _ or -.'

/** Accepts `--flag value` and `--flag=value`; anything else is a mistake worth stopping for. */
function readFlags(argv: string[]): Map<string, string> {
  const flags = new Map<string, string>()
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? ''
    const equals = arg.indexOf('=')
    const name = equals < 0 ? arg : arg.slice(0, equals)
    if (name === '--token')
      throw new Error(
        '--token is not accepted: every user of this computer can read a command line. ' +
          'Set CLAIMDESK_TOKEN or pass --token-file FILE instead.',
      )
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
  const token = env.CLAIMDESK_TOKEN || undefined
  if (token !== undefined && !isValidToken(token)) throw new Error(`CLAIMDESK_TOKEN: ${TOKEN_RULE}`)
  const tokenFile = flags.get('--token-file')
  return {
    dataDir: resolve(
      pick('--data-dir', 'CLAIMDESK_DATA_DIR') ?? join(defaults.home, '.claimdesk-host'),
    ),
    port: portText === undefined ? DEFAULT_PORT : parsePort(portText),
    isPortFixed: portText !== undefined,
    token,
    tokenFile: tokenFile === undefined ? undefined : resolve(tokenFile),
    rendererDir: resolve(flags.get('--renderer') ?? defaults.rendererDir),
    /** The articles a new workspace starts with; tests seed their own. */
    samplesDir: resolve(flags.get('--samples') ?? defaults.samplesDir),
  }
}

/** The token the host is to use: the file's (one line) first, then CLAIMDESK_TOKEN, else a fresh one. */
export async function readHostToken(args: HostArgs): Promise<string | undefined> {
  if (args.tokenFile === undefined) return args.token
  const text = await readFile(args.tokenFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(
      `Could not read the token file ${args.tokenFile} (${error.code ?? error.message}).`,
    )
  })
  const token = text.trim()
  if (!isValidToken(token)) throw new Error(`${args.tokenFile}: ${TOKEN_RULE}`)
  return token
}
