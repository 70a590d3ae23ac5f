import type { IncomingHttpHeaders } from 'node:http'
import { CallOrderStamp, type CallContext } from '../../shared/contract'

/** Who is calling: a browser tab or a CLI run, each with its own undo history. */
export const CLIENT_HEADER = 'x-claimdesk-client'
/** Where a tab's change stands among its others (see CallOrderStamp). */
export const RUN_HEADER = 'x-claimdesk-run'
export const SEQUENCE_HEADER = 'x-claimdesk-sequence'

const single = (value: string | string[] | undefined) =>
  typeof value === 'string' ? value : undefined

/** A client id is only a name for undo and "your own change": short and plain, or none. */
export function clientIdOf(headers: IncomingHttpHeaders): string | undefined {
  const id = single(headers[CLIENT_HEADER])
  return id && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : undefined
}

/** The caller of one call, named by its headers; `fallback` names one that gives no id. */
export function callerOf(headers: IncomingHttpHeaders, fallback: string): CallContext {
  const order = CallOrderStamp.safeParse({
    run: single(headers[RUN_HEADER]),
    sequence: Number(single(headers[SEQUENCE_HEADER])),
  })
  return {
    clientId: clientIdOf(headers) ?? fallback,
    order: order.success ? order.data : undefined,
  }
}
