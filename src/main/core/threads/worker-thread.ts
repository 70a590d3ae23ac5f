import { Worker } from 'node:worker_threads'
import type { ApiInput, ApiOutput, CallMessage, ReplyMessage, ThreadApi } from './thread-calls'
import { errorOfReply, Transferred } from './thread-calls'

type Pending = { resolve(value: unknown): void; reject(error: Error): void }

/** What runs the calls: a worker thread, or (no worker script, as in unit tests) this thread. */
export interface CallRunner<A extends ThreadApi> {
  call<M extends keyof A & string>(
    method: M,
    input: ApiInput<A, M>,
    transfer?: ArrayBuffer[],
  ): Promise<ApiOutput<A, M>>
  /** Stops the thread; calls still running are rejected. */
  close(): Promise<void>
}

/** One worker thread answering calls in the order sent (see serveCalls). */
export class WorkerThread<A extends ThreadApi> implements CallRunner<A> {
  private readonly worker: Worker
  private readonly pending = new Map<number, Pending>()
  private nextId = 1
  private exitError: Error | null = null

  constructor(script: string, name: string) {
    this.worker = new Worker(script, { name })
    // An idle worker must not keep a CLI run alive; one with work to answer must.
    this.worker.unref()
    this.worker.on('message', (reply: ReplyMessage) => this.settle(reply))
    this.worker.on('error', (error) => this.failAll(error))
    this.worker.on('exit', (code) =>
      this.failAll(new Error(`The ${name} worker stopped (exit code ${code}).`)),
    )
  }

  call<M extends keyof A & string>(
    method: M,
    input: ApiInput<A, M>,
    transfer: ArrayBuffer[] = [],
  ): Promise<ApiOutput<A, M>> {
    if (this.exitError) return Promise.reject(this.exitError)
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref()
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject })
      const message: CallMessage = { id, method, input }
      this.worker.postMessage(message, transfer)
    })
  }

  async close(): Promise<void> {
    await this.worker.terminate()
  }

  private settle(reply: ReplyMessage): void {
    const pending = this.pending.get(reply.id)
    this.pending.delete(reply.id)
    if (this.pending.size === 0) this.worker.unref()
    if (reply.ok) pending?.resolve(reply.value)
    else pending?.reject(errorOfReply(reply))
  }

  private failAll(error: Error): void {
    this.exitError ??= error
    for (const pending of this.pending.values()) pending.reject(error)
    this.pending.clear()
  }
}

/**
 * The same calls answered on this thread, after the current turn of the event loop, by one api made
 * at the first call (as a worker makes it once): an api that holds state, the search index, keeps it.
 */
export class InlineThread<A extends ThreadApi> implements CallRunner<A> {
  private made: Promise<A> | undefined

  constructor(private readonly makeApi: () => Promise<A>) {}

  async call<M extends keyof A & string>(method: M, input: ApiInput<A, M>) {
    await new Promise((resolve) => setImmediate(resolve))
    const api = await (this.made ??= this.makeApi())
    const value = await (api[method] as (input: unknown) => unknown)(input)
    return (value instanceof Transferred ? value.value : value) as ApiOutput<A, M>
  }

  async close(): Promise<void> {}
}
