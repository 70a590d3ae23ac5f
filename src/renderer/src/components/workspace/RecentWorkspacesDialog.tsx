import { useCallQuery } from '../../data/use-call-query'
import { Dialog } from '../Dialog'
import { StatusMessage } from '../StatusMessage'
import { useOpenWorkspace } from './use-open-workspace'

type Props = { open: boolean; onClose: () => void }

export function RecentWorkspacesDialog({ open, onClose }: Props) {
  return (
    <Dialog open={open} onClose={onClose} title="Recent workspaces">
      <RecentList onClose={onClose} />
    </Dialog>
  )
}

function RecentList({ onClose }: { onClose: () => void }) {
  const recent = useCallQuery('workspace.recent', {})
  const current = useCallQuery('workspace.info', {})
  const { open, isOpening, error } = useOpenWorkspace(onClose)
  if (recent.status !== 'ready')
    return <StatusMessage state={recent} what="the recent workspaces" />
  const currentFolder = current.status === 'ready' ? current.value.folder : null
  return (
    <>
      <ul className="recent-workspaces" aria-label="Recent workspaces">
        {recent.value.map((entry) => (
          <li key={entry.folder}>
            <button
              type="button"
              disabled={isOpening || entry.folder === currentFolder}
              onClick={() => void open(entry.folder)}
              aria-current={entry.folder === currentFolder ? 'true' : undefined}
            >
              <span className="recent-name">{entry.name}</span>
              <span className="recent-folder">{entry.folder}</span>
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </>
  )
}
