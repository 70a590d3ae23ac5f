import type { MessagePort } from 'node:worker_threads'
import { ServiceError, type ErrorCode } from '../../../shared/result'

/** What a thread answers: methods taking one structured-cloneable input. */
export type ThreadApi = Record<string, (input: never) => unknown>

export type ApiInput<A extends ThreadApi, M extends keyof A> = Parameters<A[M]>[0]
/** What the caller receives: a `Transferred` value arrives as the value it carries. */
export type ApiOutput<A extends ThreadApi, M extends keyof A> =
  Awaited<ReturnType<A[M]>> extends Transferred<infer T> ? T : Awaited<ReturnType<A[M]>>

export type CallMessage = { id: number; method: string; input: unknown }
export type ReplyMessage =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; code: ErrorCode | null; message: string }

/** A value going back with its large buffers moved, not copied (a report's bytes). */
export class Transferred<T> {
  constructor(
    readonly value: T,
    readonly buffers: ArrayBuffer[],
  ) {}
}

/** An error as it crosses to the calling thread: a ServiceError keeps its code, so the user sees its message. */
export function replyOfError(id: number, error: unknown): ReplyMessage {
  const code = error instanceof ServiceError ? error.code : null
  return { id, ok: false, code, message: (error as Error)?.message ?? String(error) }
}

export function errorOfReply(reply: Extract<ReplyMessage, { ok: false }>): Error {
  return reply.code ? new ServiceError(reply.code, reply.message) : new Error(reply.message)
}

/** Answers the calls the main thread posts to this worker thread, one message each way. */
export function serveCalls(port: MessagePort, api: ThreadApi): void {
  port.on('message', async ({ id, method, input }: CallMessage) => {
    try {
      const run = api[method] as ((input: unknown) => unknown) | undefined
      if (!run) throw new Error(`This worker has no method ${method}.`)
      const value = await run(input)
      if (value instanceof Transferred)
        port.postMessage({ id, ok: true, value: value.value }, value.buffers)
      else port.postMessage({ id, ok: true, value })
    } catch (error) {
      port.postMessage(replyOfError(id, error))
    }
  })
}
