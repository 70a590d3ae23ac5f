import type { Source } from '../../../../shared/claim-model'
import type { SourceSnapshot } from '../../../../shared/evidence-model'
import { webArchiveLink } from '../../../../shared/web-archive-link'
import { archivedLine } from './archived-line'

type Props = {
  source: Source
  /** The workspace's web archive link template; without one no archive link is offered. */
  webArchiveTemplate: string | undefined
  onView: (snapshot: SourceSnapshot) => void
  onOpen: (url: string) => void
}

/** A source's archived copies, newest first: each opens offline, and may be looked up in a web archive. */
export function SourceSnapshots({ source, webArchiveTemplate, onView, onOpen }: Props) {
  const snapshots = [...(source.snapshots ?? [])].reverse()
  if (snapshots.length === 0) return null
  return (
    <ul className="source-snapshots" aria-label={`Archived copies of ${source.url}`}>
      {snapshots.map((snapshot) => {
        const archiveLink = webArchiveLink(webArchiveTemplate, source.url, snapshot.archivedAt)
        return (
          <li key={snapshot.id}>
            <button type="button" className="link-button" onClick={() => onView(snapshot)}>
              {archivedLine(snapshot)}
            </button>
            {archiveLink && (
              <a
                className="web-archive-link"
                href={archiveLink}
                target="_blank"
                rel="noopener noreferrer"
                title={`Open ${archiveLink}`}
                onClick={(event) => {
                  // Opened through the checked external-link path, never by the page itself.
                  event.preventDefault()
                  onOpen(archiveLink)
                }}
              >
                Web archive
                <span aria-hidden="true"> ↗</span>
              </a>
            )}
          </li>
        )
      })}
    </ul>
  )
}
