import { EventSource } from 'eventsource'
import type { DeskBridge } from '../../../shared/bridge'
import { ChangeMessage } from '../../../shared/change-events'
import type { CallName, In, Out } from '../../../shared/contract'
import type { ErrorCode, Result } from '../../../shared/result'

declare global {
  interface Window {
    api?: DeskBridge
  }
}

/** A failed call, carrying the typed code the main side chose and a message fit for the user. */
export class CallError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'CallError'
  }
}

/** The browser host hands out its token in the page URL; keep it in memory and out of the address bar. */
function takeHostToken(): string | undefined {
  const url = new URL(window.location.href)
  const token = url.searchParams.get('token') ?? undefined
  if (token) {
    url.searchParams.delete('token')
    window.history.replaceState(null, '', url)
  }
  return token
}

const hostToken = window.api ? undefined : takeHostToken()

/** This tab, to the browser host: its own undo history, its own changes told apart from others'. */
const tabClientId = `tab-${crypto.randomUUID()}`

function hostHeaders(): Record<string, string> {
  const headers: Record<string, string> = { 'X-Claimdesk-Client': tabClientId }
  if (hostToken) headers['X-Claimdesk-Token'] = hostToken
  return headers
}

async function invokeOverHttp(name: string, input: unknown): Promise<Result<unknown>> {
  const headers = { ...hostHeaders(), 'Content-Type': 'application/json' }
  const response = await fetch(`./rpc/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(input ?? {}),
    credentials: 'same-origin',
  })
  if (response.headers.get('Content-Type')?.includes('application/json')) return response.json()
  return { ok: false, code: 'forbidden', message: (await response.text()) || response.statusText }
}

/** The only place in the renderer that knows there is a transport: Electron IPC or the browser host. */
export async function call<N extends CallName>(name: N, input: In<N>): Promise<Out<N>> {
  const result = window.api
    ? await window.api.invoke(name, input)
    : await invokeOverHttp(name, input)
  if (!result.ok) throw new CallError(result.code, result.message)
  return result.value as Out<N>
}

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
