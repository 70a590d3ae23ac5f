import type { CallName, In, Out } from '../../../shared/contract'
import type { DeskBridge } from '../../../shared/bridge'
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

async function invokeOverHttp(name: string, input: unknown): Promise<Result<unknown>> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (hostToken) headers['X-Claimdesk-Token'] = hostToken
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

/** Where a picked or dropped file is on disk: known in the desktop app only, never in a browser. */
export const pathOnDisk = (file: File): string | null => window.api?.pathForFile(file) || null
