import { Dialog } from '../Dialog'

type Props = { open: boolean; onClose: () => void }

export function AboutDialog({ open, onClose }: Props) {
  return (
    <Dialog open={open} onClose={onClose} title="About Claimdesk" className="about-dialog">
      <p>
        Claimdesk {__APP_VERSION__}: a local-first desk for fact-checkers. Your articles and claims
        stay on this computer, in the workspace folder.
      </p>
    </Dialog>
  )
}
