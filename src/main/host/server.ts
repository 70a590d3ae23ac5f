import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Handlers } from '../../shared/contract'
import { dispatch } from '../../shared/dispatch'
import { NEEDS_TOKEN_MESSAGE } from '../../shared/host-access'
import { failure, type ErrorCode } from '../../shared/result'
import { foreignRequestReason, headerToken, isValidToken, tokensMatch } from './host-guards'
import { BASE_HEADERS, lookupStaticFile, staticHeaders } from '../core/web/static-files'
import type { ChangeFeed } from '../core/events/change-feed'
import { callerOf, clientIdOf } from './caller-headers'
import { hasCliSecret, otherWorkspaceReason } from './cli-endpoint'
import { DEFAULT_STREAM_LIMITS, serveEventStream, type EventStreamLimits } from './event-stream'
import { browserHostHandlers } from './browser-host-calls'

export const MAX_BODY_BYTES = 8 * 1024 * 1024

/** A browser opens six or so connections to a host; far more means something else is knocking. */
export const MAX_CONNECTIONS = 64
/** Loopback requests arrive at once: a slow sender only holds a connection. */
export const HEADERS_TIMEOUT_MS = 10_000
export const REQUEST_TIMEOUT_MS = 30_000
/** How often the timeouts are checked: Node's default (30 s) would let a slow sender stay 3× as long. */
const TIMEOUT_CHECK_MS = 1_000

export type HostOptions = {
  handlers: Handlers
  /** The built renderer to serve; null serves calls only (the desktop app's endpoint for the CLI). */
  rendererDir: string | null
  port?: number
  token?: string
  /** Where one line per refused or failed request goes. @default console.error */
  log?: (line: string) => void
  /** The changes pushed to every window at /events. */
  feed?: ChangeFeed
  streamLimits?: EventStreamLimits
  /** The CLI's way in: the secret from the workspace lock, and the workspace open now. */
  cli?: { secret: string; folder: () => Promise<string> }
}

export type RunningHost = {
  url: string
  origin: string
  token: string
  server: Server
  close(): Promise<void>
}

type HostContext = Required<Pick<HostOptions, 'handlers' | 'token' | 'log' | 'streamLimits'>> &
  Pick<HostOptions, 'rendererDir' | 'feed' | 'cli'> & {
    cliHandlers: Handlers
    port: number
    traffic: Traffic
  }

/** What is under way, so stopping lets every request that arrived finish first. */
type Traffic = { requests: number; streams: Set<ServerResponse>; idle: (() => void)[] }

/** How long stopping waits for requests under way (a change a closing window just sent). */
const DRAIN_MS = 5_000

type Target = { path: string }

/** A refusal that travels to the client as text (pages) or as a Failure (calls). */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}

/** Splits by hand: `new URL('//etc/passwd', base)` would read "etc" as a host name. */
function splitTarget(target: string): Target {
  const mark = target.indexOf('?')
  return { path: mark < 0 ? target : target.slice(0, mark) }
}

const isRpcPath = (path: string): boolean => path === '/rpc' || path.startsWith('/rpc/')
const EVENTS_PATH = '/events'

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: Buffer) {
  res.writeHead(status, { ...BASE_HEADERS, ...headers, 'Content-Length': String(body.length) })
  res.end(body)
}

const JSON_TYPE = 'application/json; charset=utf-8'
const TEXT_TYPE = 'text/plain; charset=utf-8'

const sendJson = (res: ServerResponse, status: number, value: unknown, headers = {}) =>
  send(res, status, { ...headers, 'Content-Type': JSON_TYPE }, Buffer.from(JSON.stringify(value)))

const sendText = (res: ServerResponse, status: number, text: string, headers = {}) =>
  send(res, status, { ...headers, 'Content-Type': TEXT_TYPE }, Buffer.from(text))

/**
 * The page and its scripts and styles need no secret: they are the app's own public code (the
 * same files ship in the package) and hold no data, and the token reaches the page in the URL
 * fragment, which no browser sends. So there is no cookie at all. What keeps other pages from them:
 * the Host check (DNS rebinding), Sec-Fetch-Site and Cross-Origin-Resource-Policy (other sites).
 */
async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  host: HostContext,
  target: Target,
) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    throw new HttpError(405, 'unsupported', 'Only GET is served here.', { Allow: 'GET, HEAD' })
  }
  if (host.rendererDir === null) throw new HttpError(404, 'not-found', 'Not found.')
  const isPage = target.path === '/' || target.path === '/index.html'
  const lookup = await lookupStaticFile(host.rendererDir, isPage ? '/index.html' : target.path)
  if (!lookup.ok) {
    const what = lookup.status === 400 ? 'Bad request' : 'Not found'
    throw new HttpError(lookup.status, 'not-found', `${what} (${lookup.reason}).`)
  }
  // Node leaves the body out of a HEAD response itself, and Content-Length stays right.
  send(res, 200, staticHeaders(lookup.filePath), await readFile(lookup.filePath))
}

const isJsonContentType = (header: string | undefined): boolean =>
  header?.split(';')[0]?.trim().toLowerCase() === 'application/json'

/** The rest of an oversized body is not read: the connection is closed once the answer is sent. */
const tooLarge = () =>
  new HttpError(
    413,
    'invalid-input',
    `The input is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`,
    { Connection: 'close' },
  )

/** Reads at most `limit` bytes, and not one more. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return Promise.reject(tooLarge())
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) return void chunks.push(chunk)
      req.off('data', onData)
      reject(tooLarge())
    }
    req.on('data', onData)
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function parseJson(body: Buffer): unknown {
  if (body.length === 0) return undefined
  try {
    return JSON.parse(body.toString('utf8'))
  } catch (error) {
    throw new HttpError(
      400,
      'invalid-input',
      `The input is not valid JSON: ${(error as Error).message}`,
    )
  }
}

async function serveRpc(
  req: IncomingMessage,
  res: ServerResponse,
  host: HostContext,
  name: string,
) {
  if (req.method !== 'POST') {
    throw new HttpError(405, 'unsupported', 'Calls are made with POST.', { Allow: 'POST' })
  }
  const isCli = hasCliSecret(req.headers, host.cli?.secret)
  if (!isCli && !tokensMatch(host.token, headerToken(req.headers))) {
    throw new HttpError(401, 'forbidden', NEEDS_TOKEN_MESSAGE)
  }
  const elsewhere = isCli && host.cli && otherWorkspaceReason(req.headers, await host.cli.folder())
  if (elsewhere) throw new HttpError(409, 'conflict', `Not sent: ${elsewhere}.`)
  if (!isJsonContentType(req.headers['content-type'])) {
    throw new HttpError(415, 'unsupported', 'Send the input as Content-Type: application/json.')
  }
  const input = parseJson(await readBody(req, MAX_BODY_BYTES))
  const caller = callerOf(req.headers, isCli ? 'cli' : 'browser')
  // The CLI names files by path on this computer; the page uploads them (browserHostHandlers).
  const handlers = isCli ? host.cliHandlers : host.handlers
  sendJson(res, 200, await dispatch(handlers, name, input, caller))
}

/** The change feed, for a window that holds the token (the same checks as calls). */
function serveEvents(req: IncomingMessage, res: ServerResponse, host: HostContext) {
  if (req.method !== 'GET') {
    throw new HttpError(405, 'unsupported', 'Events are read with GET.', { Allow: 'GET' })
  }
  if (!tokensMatch(host.token, headerToken(req.headers))) {
    throw new HttpError(401, 'forbidden', NEEDS_TOKEN_MESSAGE)
  }
  if (!host.feed) throw new HttpError(404, 'not-found', 'There are no events here.')
  host.traffic.streams.add(res)
  res.on('close', () => host.traffic.streams.delete(res))
  const lastEventId = req.headers['last-event-id']
  serveEventStream(res, {
    feed: host.feed,
    clientId: clientIdOf(req.headers),
    lastEventId: typeof lastEventId === 'string' ? lastEventId : undefined,
    limits: host.streamLimits,
  })
}

function sendError(req: IncomingMessage, res: ServerResponse, host: HostContext, error: unknown) {
  const path = splitTarget(req.url ?? '/').path
  const known = error instanceof HttpError
  const refusal = known ? error : new HttpError(500, 'internal', 'Claimdesk could not answer.')
  host.log(
    `[claimdesk host] ${refusal.status} ${req.method} ${path}: ${(error as Error)?.message ?? error}`,
  )
  if (res.headersSent) return void res.destroy()
  if (!isRpcPath(path)) return sendText(res, refusal.status, refusal.message, refusal.headers)
  sendJson(res, refusal.status, failure(refusal.code, refusal.message), refusal.headers)
}

function countRequest(res: ServerResponse, traffic: Traffic): void {
  traffic.requests += 1
  res.on('close', () => {
    traffic.requests -= 1
    if (traffic.requests === 0) traffic.idle.splice(0).forEach((resolve) => resolve())
  })
}

async function respond(req: IncomingMessage, res: ServerResponse, host: HostContext) {
  countRequest(res, host.traffic)
  try {
    const target = splitTarget(req.url ?? '/')
    const isCall = isRpcPath(target.path) || target.path === EVENTS_PATH
    const reason = foreignRequestReason(req.headers, host.port, isCall ? 'call' : 'page')
    if (reason) throw new HttpError(403, 'forbidden', `Forbidden: ${reason}.`)
    if (isRpcPath(target.path)) await serveRpc(req, res, host, target.path.slice('/rpc/'.length))
    else if (target.path === EVENTS_PATH) serveEvents(req, res, host)
    else await serveStatic(req, res, host, target)
  } catch (error) {
    sendError(req, res, host, error)
  }
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
}

/**
 * Stops taking connections, ends the event streams, and lets the requests under way finish (a
 * change a window sent as it closed), for a few seconds at most, before cutting what is left.
 */
async function closeServer(server: Server, traffic: Traffic): Promise<void> {
  if (!server.listening) return
  const closed = new Promise<void>((resolve, reject) =>
    server.close((error) => (error ? reject(error) : resolve())),
  )
  for (const stream of traffic.streams) stream.end()
  server.closeIdleConnections()
  const others = traffic.requests - traffic.streams.size
  if (others > 0) {
    const drained = new Promise<void>((resolve) => traffic.idle.push(resolve))
    await Promise.race([drained, new Promise((resolve) => setTimeout(resolve, DRAIN_MS))])
  }
  server.closeAllConnections()
  await closed
}

/** Serves the built renderer and the contract on loopback only, behind a per-run token. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  if (!isValidToken(token))
    throw new Error('The token must be 16–256 characters of A–Z, a–z, 0–9, _ or -.')
  const log = options.log ?? ((line: string) => console.error(line))
  const server = createServer({
    headersTimeout: HEADERS_TIMEOUT_MS,
    requestTimeout: REQUEST_TIMEOUT_MS,
    connectionsCheckingInterval: TIMEOUT_CHECK_MS,
  })
  server.maxConnections = MAX_CONNECTIONS
  await listen(server, options.port ?? 0)
  const { port } = server.address() as AddressInfo
  const host: HostContext = {
    handlers: browserHostHandlers(options.handlers),
    cliHandlers: options.handlers,
    rendererDir: options.rendererDir,
    feed: options.feed,
    cli: options.cli,
    streamLimits: options.streamLimits ?? DEFAULT_STREAM_LIMITS,
    traffic: { requests: 0, streams: new Set(), idle: [] },
    token,
    log,
    port,
  }
  server.on('request', (req, res) => void respond(req, res, host))
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    log(`[claimdesk host] unreadable request: ${error.code ?? error.message}`)
    const status =
      error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request'
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`)
    else socket.destroy()
  })
  const origin = `http://127.0.0.1:${port}`
  return {
    // In the fragment, so the token never reaches a server, a proxy or a log.
    url: `${origin}/#token=${token}`,
    origin,
    token,
    server,
    close: () => closeServer(server, host.traffic),
  }
}
