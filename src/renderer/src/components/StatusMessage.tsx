import type { CallState } from '../data/use-call-query'

/** What a pane shows while its data is loading, or when loading failed. */
export function StatusMessage({ state, what }: { state: CallState<unknown>; what: string }) {
  if (state.status === 'failed') {
    return (
      <p role="alert" className="notice notice-error">
        Could not load {what}: {state.message}
      </p>
    )
  }
  return (
    <p className="empty-note" aria-live="polite">
      Loading {what}…
    </p>
  )
}
