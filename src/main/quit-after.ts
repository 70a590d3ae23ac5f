type QuitEvent = { preventDefault(): void }

/**
 * A before-quit listener that holds the first quit until `finish` has settled (the desk's last
 * claims, the window's last bounds), then quits for real. Electron starts closing windows once
 * before-quit returns and waits for nothing, so the work must happen here, before that.
 * @see https://www.electronjs.org/docs/latest/api/app#event-before-quit
 */
export function quitAfter(
  finish: () => Promise<unknown>,
  quit: () => void,
  onError: (error: unknown) => void,
): (event: QuitEvent) => void {
  let state: 'open' | 'finishing' | 'finished' = 'open'
  return (event) => {
    if (state === 'finished') return
    event.preventDefault()
    if (state === 'finishing') return
    state = 'finishing'
    void finish()
      .catch(onError)
      .finally(() => {
        state = 'finished'
        quit()
      })
  }
}
