type Waiting<T> = {
  value: T
  promise: Promise<void>
  resolve: () => void
  reject: (error: unknown) => void
}

function waitingFor<T>(value: T): Waiting<T> {
  let resolve!: () => void
  let reject!: (error: unknown) => void
  const promise = new Promise<void>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { value, promise, resolve, reject }
}

/**
 * Runs one task at a time; values pushed while a task runs are folded into a single follow-up
 * run with the latest value, and each push resolves once a run at least that recent has finished.
 */
export class CoalescingQueue<T> {
  private running: Promise<void> | undefined
  private waiting: Waiting<T> | undefined
  private latest: Promise<void> | undefined

  constructor(private readonly run: (value: T) => Promise<void>) {}

  push(value: T): Promise<void> {
    this.latest = this.enqueue(value)
    return this.latest
  }

  /** Settles like the run of the latest pushed value: rejects if that run failed. */
  settled(): Promise<void> {
    return this.latest ?? Promise.resolve()
  }

  private enqueue(value: T): Promise<void> {
    if (!this.running) return this.start(value)
    if (this.waiting) {
      this.waiting.value = value
      return this.waiting.promise
    }
    this.waiting = waitingFor(value)
    return this.waiting.promise
  }

  private start(value: T): Promise<void> {
    const running = this.run(value)
    this.running = running
    const startWaiting = () => this.startWaiting()
    running.then(startWaiting, startWaiting)
    return running
  }

  private startWaiting(): void {
    this.running = undefined
    const waiting = this.waiting
    if (!waiting) return
    this.waiting = undefined
    this.start(waiting.value).then(waiting.resolve, waiting.reject)
  }
}
