import type { Page } from '@playwright/test'

type Probe = {
  longTasks: { start: number; duration: number }[]
  lastKey: number
  lastClick: number
  /**
   * Called from a `requestAnimationFrame` callback: calls `done` in the first task after that
   * frame's rendering steps. A user-blocking task goes ahead of work the app deferred to after the
   * frame (React transitions, its scheduler's messages), which a `setTimeout` would wait behind and
   * count as if it had delayed the paint.
   */
  afterPaint(done: () => void): void
}

/**
 * Installed before any page script: records long tasks, and the time of the last key press and
 * click, so figures run from the user's input to the frame painted after it.
 */
export async function installProbes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const scheduler = (
      globalThis as {
        scheduler?: { postTask(task: () => void, options: { priority: string }): unknown }
      }
    ).scheduler
    const probe: Probe = {
      longTasks: [],
      lastKey: 0,
      lastClick: 0,
      afterPaint: (done) =>
        scheduler ? void scheduler.postTask(done, { priority: 'user-blocking' }) : setTimeout(done),
    }
    Object.assign(window, { benchProbe: probe })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        probe.longTasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
    addEventListener('keydown', (event) => (probe.lastKey = event.timeStamp), { capture: true })
    addEventListener('pointerdown', (event) => (probe.lastClick = event.timeStamp), {
      capture: true,
    })
  })
}

/** The longest main-thread task that started at or after `since` (ms on the page's clock). */
export function longestTaskSince(page: Page, since: number): Promise<number> {
  return page.evaluate((since) => {
    const probe = (window as unknown as { benchProbe: Probe }).benchProbe
    return Math.max(
      0,
      ...probe.longTasks.filter((task) => task.start >= since).map((task) => task.duration),
    )
  }, since)
}

/**
 * Clicks `selector`, then checks on every frame until `ready` holds; returns when that frame has
 * been painted, as ms since the click, and the click time on the page's clock.
 */
export function clickUntilPainted(
  page: Page,
  selector: string,
  ready: { selector: string; count: number },
): Promise<{ elapsed: number; started: number }> {
  return page.evaluate(
    ({ selector, ready }) =>
      new Promise<{ elapsed: number; started: number }>((resolve, reject) => {
        const button = document.querySelector<HTMLElement>(selector)
        if (!button) return reject(new Error(`nothing matches ${selector}`))
        const probe = (window as unknown as { benchProbe: Probe }).benchProbe
        const started = performance.now()
        const check = () => {
          if (document.querySelectorAll(ready.selector).length >= ready.count) {
            probe.afterPaint(() => resolve({ elapsed: performance.now() - started, started }))
          } else requestAnimationFrame(check)
        }
        button.click()
        requestAnimationFrame(check)
      }),
    { selector, ready },
  )
}

/**
 * Waits until the page's main thread is idle: the input being measured then finds the desk done
 * with what the run before it started (the last claim's card, its list row), as a reader's next
 * key press, a second or so later, would.
 */
export function untilIdle(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })),
  )
}

/** Something shown: an element matching `selector`. */
export type Shown = { selector: string }

/**
 * Waits for `shown` to hold on a frame, then for that frame to be painted; returns ms since the
 * last key press or pointer press the probes saw.
 */
export function sinceInputUntilPainted(
  page: Page,
  input: 'key' | 'click',
  shown: Shown,
): Promise<number> {
  return page.evaluate(
    ({ input, shown }) =>
      new Promise<number>((resolve, reject) => {
        const probe = (window as unknown as { benchProbe: Probe }).benchProbe
        const isShown = () => document.querySelector(shown.selector) !== null
        const deadline = performance.now() + 10_000
        const check = () => {
          if (isShown())
            probe.afterPaint(() =>
              resolve(performance.now() - (input === 'key' ? probe.lastKey : probe.lastClick)),
            )
          else if (performance.now() > deadline)
            reject(new Error(`never shown: ${JSON.stringify(shown)}`))
          else requestAnimationFrame(check)
        }
        check()
      }),
    { input, shown },
  )
}

/**
 * The wall-clock time (ms since the epoch) at which an element matching `selector` was first
 * painted, checked on every frame from now on.
 */
export function paintedAt(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    (selector) =>
      new Promise<number>((resolve) => {
        const probe = (window as unknown as { benchProbe: Probe }).benchProbe
        const check = () => {
          if (document.querySelector(selector))
            probe.afterPaint(() => resolve(performance.timeOrigin + performance.now()))
          else requestAnimationFrame(check)
        }
        check()
      }),
    selector,
  )
}

/** Scrolls `selector` from top to bottom, `step` px a frame; returns the longest frame in ms. */
export function scrollThrough(
  page: Page,
  selector: string,
  step: number,
): Promise<{ longestFrame: number; frames: number }> {
  return page.evaluate(
    ({ selector, step }) =>
      new Promise<{ longestFrame: number; frames: number }>((resolve) => {
        const scroller = document.querySelector<HTMLElement>(selector)
        if (!scroller) throw new Error(`nothing matches ${selector}`)
        scroller.scrollTop = 0
        let last = 0
        let longestFrame = 0
        let frames = 0
        const frame = (time: number) => {
          if (last) longestFrame = Math.max(longestFrame, time - last)
          last = time
          frames++
          if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1)
            return resolve({ longestFrame, frames })
          scroller.scrollTop += step
          requestAnimationFrame(frame)
        }
        requestAnimationFrame(frame)
      }),
    { selector, step },
  )
}

/** The renderer's live JS heap after a full garbage collection, in MB. */
export async function heapMegabytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / (1024 * 1024)
}
