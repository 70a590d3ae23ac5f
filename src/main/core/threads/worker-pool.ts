import { availableParallelism } from 'node:os'
import { ServiceError } from '../../../shared/result'
import type { ApiInput, ApiOutput, ThreadApi } from './thread-calls'
import { InlineThread, WorkerThread, type CallRunner } from './worker-thread'

/** One worker per core, at most four: the main thread mostly waits while they work. */
export const poolSize = (): number => Math.max(1, Math.min(4, availableParallelism()))

type Job = {
  run(thread: CallRunner<ThreadApi>): Promise<unknown>
  resolve(value: unknown): void
  reject(error: Error): void
  signal?: AbortSignal | undefined
}

export const cancelledError = () => new ServiceError('cancelled', 'The work was cancelled.')

/**
 * A few worker threads taking jobs from one queue, first come first served. A job whose signal
 * aborts leaves the queue; one already running is answered with an error at once, and its worker
 * is replaced (JavaScript cannot be interrupted otherwise).
 */
export class WorkerPool<A extends ThreadApi> {
  private readonly idle: CallRunner<A>[] = []
  private readonly busy = new Set<CallRunner<A>>()
  private readonly queue: Job[] = []
  private isClosed = false
  /** Threads the pool may still start: each starts with the first job that finds none idle. */
  private unstarted: number

  private constructor(
    private readonly makeThread: () => CallRunner<A>,
    size: number,
  ) {
    this.unstarted = size
  }

  /**
   * Up to `size` threads running `script`, started as work comes (a workspace opened to read
   * starts none); without a script, the jobs run on this thread (tests, embedding).
   */
  static of<A extends ThreadApi>(
    script: string | null,
    name: string,
    inline: () => Promise<A>,
    size = poolSize(),
  ): WorkerPool<A> {
    return new WorkerPool<A>(
      () => (script ? new WorkerThread<A>(script, name) : new InlineThread<A>(inline)),
      script ? size : 1,
    )
  }

  run<M extends keyof A & string>(
    method: M,
    input: ApiInput<A, M>,
    options: { signal?: AbortSignal | undefined; transfer?: ArrayBuffer[] } = {},
  ): Promise<ApiOutput<A, M>> {
    if (this.isClosed) return Promise.reject(new Error('The workspace is closed.'))
    if (options.signal?.aborted) return Promise.reject(cancelledError())
    return new Promise((resolve, reject) => {
      const job: Job = {
        run: (thread) => (thread as CallRunner<A>).call(method, input, options.transfer),
        resolve: resolve as (value: unknown) => void,
        reject,
        signal: options.signal,
      }
      this.queue.push(job)
      this.next()
    })
  }

  async close(): Promise<void> {
    this.isClosed = true
    for (const job of this.queue.splice(0)) job.reject(new Error('The workspace is closed.'))
    const threads = [...this.idle.splice(0), ...this.busy]
    await Promise.all(threads.map((thread) => thread.close()))
  }

  private next(): void {
    if (this.queue.length === 0) return
    const thread = this.idle.pop() ?? this.startThread()
    if (!thread) return
    const job = this.queue.shift()
    if (!job) return void this.idle.push(thread)
    if (job.signal?.aborted) {
      job.reject(cancelledError())
      this.idle.push(thread)
      return this.next()
    }
    void this.start(thread, job)
  }

  private startThread(): CallRunner<A> | undefined {
    if (this.unstarted === 0) return undefined
    this.unstarted--
    return this.makeThread()
  }

  private async start(thread: CallRunner<A>, job: Job): Promise<void> {
    let isAborted = false
    const onAbort = () => {
      isAborted = true
      job.reject(cancelledError())
      void thread.close()
    }
    this.busy.add(thread)
    job.signal?.addEventListener('abort', onAbort, { once: true })
    try {
      job.resolve(await job.run(thread as CallRunner<ThreadApi>))
    } catch (error) {
      job.reject(error as Error)
    } finally {
      job.signal?.removeEventListener('abort', onAbort)
      this.busy.delete(thread)
    }
    if (this.isClosed) return
    // A cancelled job's thread was ended: another may start when work needs it.
    if (isAborted) this.unstarted++
    else this.idle.push(thread)
    this.next()
  }
}
