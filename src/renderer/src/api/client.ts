import { EventSource } from 'eventsource'
import type { DeskBridge } from '../../../shared/bridge'
import { ChangeMessage } from '../../../shared/change-events'
import type { CallName, CallOrderStamp, In, Out } from '../../../shared/contract'
import { NEEDS_TOKEN_MESSAGE, TOKEN_HEADER } from '../../../shared/host-access'
import type { ErrorCode, Result } from '../../../shared/result'
import { takeHostToken } from './host-token'

declare global {
  interface Window {
    api?: DeskBridge
  }
}

/** A failed call, carrying the typed code the main side chose and a message fit for the user. */
class CallError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'CallError'
  }
}

const hostToken = window.api
  ? undefined
  : takeHostToken(window.location, window.history, window.sessionStorage)

const NEEDS_TOKEN: Result<unknown> = { ok: false, code: 'forbidden', message: NEEDS_TOKEN_MESSAGE }

/** What proves a request to the browser host comes from this page; no cookie is ever involved. */
export const hostAuthHeaders = (): Record<string, string> =>
  hostToken ? { [TOKEN_HEADER]: hostToken } : {}

/** This tab, to the browser host: its own undo history, its own changes told apart from others'. */
const tabClientId = `tab-${crypto.randomUUID()}`

/** The token that proves this page, and the tab's own id. */
const hostHeaders = (): Record<string, string> => ({
  'X-Claimdesk-Client': tabClientId,
  ...hostAuthHeaders(),
})

/** Below the 64 KB the browser allows for requests that outlive their page, with room for headers. */
const KEEPALIVE_BYTES = 48 * 1024

async function invokeOverHttp(
  name: string,
  input: unknown,
  order?: CallOrderStamp,
): Promise<Result<unknown>> {
  if (!hostToken) return NEEDS_TOKEN
  const headers: Record<string, string> = { ...hostHeaders(), 'Content-Type': 'application/json' }
  if (order) {
    headers['X-Claimdesk-Run'] = order.run
    headers['X-Claimdesk-Sequence'] = String(order.sequence)
  }
  const body = JSON.stringify(input ?? {})
  const send = (keepalive: boolean) =>
    fetch(`./rpc/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers,
      body,
      credentials: 'omit',
      keepalive,
    })
  // A change still goes out when the tab closes under it; the browser keeps at most 64 KB of
  // such requests, so a larger one (or one past that quota) is sent the ordinary way.
  const outlives = order !== undefined && body.length < KEEPALIVE_BYTES
  const response = await send(outlives).catch((error: unknown) =>
    outlives ? send(false) : Promise.reject(error),
  )
  if (response.headers.get('Content-Type')?.includes('application/json')) return response.json()
  return { ok: false, code: 'forbidden', message: (await response.text()) || response.statusText }
}

/**
 * The only place in the renderer that knows there is a transport: Electron IPC or the browser
 * host. A change carries its `order`, so the main side applies this window's changes in turn.
 */
export async function call<N extends CallName>(
  name: N,
  input: In<N>,
  order?: CallOrderStamp,
): Promise<Out<N>> {
  const result = window.api
    ? await window.api.invoke(name, input, order)
    : await invokeOverHttp(name, input, order)
  if (!result.ok) throw new CallError(result.code, result.message)
  return result.value as Out<N>
}

/** This page load: its changes are numbered from 1 within it. */
const pageRun = crypto.randomUUID()
let lastSequence = 0

/** The next change's place among this window's changes. */
export const nextOrder = (): CallOrderStamp => ({ run: pageRun, sequence: ++lastSequence })

export type ChangeListener = (message: ChangeMessage) => void
export type ChangeSubscription = { stop(): void; ready: Promise<void> }

/**
 * Every change the main side pushes: over IPC in the desktop app, as Server-Sent Events from the
 * browser host (which reconnects by itself and is sent what it missed). `ready` resolves once
 * the stream is open, so nothing that happens after it can be missed.
 */
export function listenForChanges(listener: ChangeListener): ChangeSubscription {
  if (window.api) return { stop: window.api.onChange(listener), ready: Promise.resolve() }
  const source = new EventSource('./events', {
    fetch: (input, init) =>
      fetch(input, { ...init, headers: { ...init?.headers, ...hostHeaders() } }),
  })
  source.addEventListener('message', (event) => {
    const parsed = ChangeMessage.safeParse(JSON.parse(event.data))
    if (parsed.success) listener(parsed.data)
  })
  const ready = new Promise<void>((resolve) => source.addEventListener('ready', () => resolve()))
  return { stop: () => source.close(), ready }
}

/** Where a picked or dropped file is on disk: known in the desktop app only, never in a browser. */
export const pathOnDisk = (file: File): string | null => window.api?.pathForFile(file) || null
