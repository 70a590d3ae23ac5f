/** A hidden window paints no frames; past this, the work runs without waiting for one. */
const LONGEST_WAIT_MS = 100

/**
 * Runs `work` once, in the first task after the next frame is painted: an animation-frame
 * callback runs just before that frame's rendering, and a task it queues runs after it.
 */
export function afterNextPaint<T>(work: () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    let done = false
    const run = () => {
      if (done) return
      done = true
      clearTimeout(fallback)
      try {
        resolve(work())
      } catch (error) {
        reject(error)
      }
    }
    const fallback = setTimeout(run, LONGEST_WAIT_MS)
    requestAnimationFrame(() => setTimeout(run))
  })
}
