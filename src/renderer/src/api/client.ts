import type { CallName, In, Out } from '../../../shared/contract'
import type { DeskBridge } from '../../../shared/bridge'
import { NEEDS_TOKEN_MESSAGE, TOKEN_HEADER } from '../../../shared/host-access'
import type { ErrorCode, Result } from '../../../shared/result'
import { takeHostToken } from './host-token'

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

const hostToken = window.api
  ? undefined
  : takeHostToken(window.location, window.history, window.sessionStorage)

const NEEDS_TOKEN: Result<unknown> = { ok: false, code: 'forbidden', message: NEEDS_TOKEN_MESSAGE }

/** What proves a request to the browser host comes from this page; no cookie is ever involved. */
export const hostAuthHeaders = (): Record<string, string> =>
  hostToken ? { [TOKEN_HEADER]: hostToken } : {}

async function invokeOverHttp(name: string, input: unknown): Promise<Result<unknown>> {
  if (!hostToken) return NEEDS_TOKEN
  const response = await fetch(`./rpc/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...hostAuthHeaders() },
    body: JSON.stringify(input ?? {}),
    credentials: 'omit',
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
