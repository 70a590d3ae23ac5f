import { useWorkspace } from '../state/workspace-context'

/** The latest message for the user: errors stay until dismissed, and say what happened. */
export function NoticeBar() {
  const { notice, showNotice } = useWorkspace()
  if (!notice) return null
  return (
    <div
      className={`notice-bar notice-bar-${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
    >
      <span>{notice.text}</span>
      <button
        type="button"
        className="quiet-button"
        aria-label="Dismiss message"
        onClick={() => showNotice(null)}
      >
        ×
      </button>
    </div>
  )
}
