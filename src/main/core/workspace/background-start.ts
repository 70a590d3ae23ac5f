/**
 * When a workspace's own work (checking every claims file, then the search index catching up)
 * begins: once the first article list has been answered — the window's first screen — or a call
 * needs that work, else after `waitMs`. On two cores, starting it at open slowed the first paint.
 */
export class BackgroundStart {
  readonly started: Promise<void>
  private begin: () => void = () => {}
  private readonly timer: NodeJS.Timeout

  constructor(waitMs: number) {
    this.started = new Promise((resolve) => (this.begin = resolve))
    this.timer = setTimeout(() => this.now(), waitMs)
    // A command-line run that never asks must not be kept alive by the wait.
    this.timer.unref()
  }

  now(): void {
    clearTimeout(this.timer)
    this.begin()
  }
}
