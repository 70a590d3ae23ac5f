import { useState } from 'react'
import type { Passage } from '../../../../shared/compare-model'
import { useCallQuery } from '../../data/use-call-query'
import { useClaimsOf } from '../../data/use-read'
import type { ClaimRange } from '../../state/use-article-claims'
import { useWorkspace } from '../../state/workspace-context'
import { DiscrepancyEntry } from './DiscrepancyEntry'
import '../../styles/compare.css'

/** Opens an article on the given claim, or else with the passage selected. */
type Props = {
  onOpenArticle: (articleId: string, claimId: string | null, passage: ClaimRange | null) => void
}

/** Discrepancies shown at a time: a thousand articles may disagree in thousands of places. */
const PAGE_SIZE = 50

/** Where the outlets disagree, across the whole workspace; each item opens its passage's article. */
export function DiscrepanciesView({ onOpenArticle }: Props) {
  const { showNotice } = useWorkspace()
  const readClaims = useClaimsOf()
  // A passage already marked as a claim opens on that claim; any other opens selected, ready to mark.
  const openPassage = async ({ articleId, start, end }: Passage) => {
    try {
      const claims = await readClaims(articleId)
      const marked = claims.find(
        (claim) => claim.position.start < end && claim.position.end > start,
      )
      onOpenArticle(articleId, marked?.id ?? null, marked ? null : { start, end })
    } catch (error) {
      showNotice({ kind: 'error', text: (error as Error).message })
    }
  }
  const [offset, setOffset] = useState(0)
  const found = useCallQuery('compare.discrepancyPage', { offset, limit: PAGE_SIZE })
  return (
    <main className="pane pane-article pane-wide" aria-labelledby="discrepancies-title">
      <h2 id="discrepancies-title">
        Discrepancies{' '}
        {found.status === 'ready' && <span className="count">{found.value.total}</span>}
      </h2>
      {found.status === 'loading' && <p className="empty-note">Comparing the articles…</p>}
      {found.status === 'failed' && <p role="alert">{found.message}</p>}
      {found.status === 'ready' && found.value.total === 0 && (
        <p className="empty-note">The articles agree.</p>
      )}
      {found.status === 'ready' && found.value.total > PAGE_SIZE && (
        <PageNavigation offset={offset} total={found.value.total} onMove={setOffset} />
      )}
      {found.status === 'ready' && (
        <ul className="discrepancies">
          {found.value.discrepancies.map((discrepancy) => (
            <DiscrepancyEntry
              key={discrepancy.id}
              discrepancy={discrepancy}
              onOpenPassage={(passage) => void openPassage(passage)}
            />
          ))}
        </ul>
      )}
    </main>
  )
}

/** Previous and next page of the discrepancies, and where this page is among them. */
function PageNavigation(props: {
  offset: number
  total: number
  onMove: (offset: number) => void
}) {
  const { offset, total, onMove } = props
  const last = Math.min(offset + PAGE_SIZE, total)
  return (
    <nav className="discrepancy-pages" aria-label="Pages of discrepancies">
      <button type="button" disabled={offset === 0} onClick={() => onMove(offset - PAGE_SIZE)}>
        Previous page
      </button>
      <span role="status">
        {offset + 1}–{last} of {total}
      </span>
      <button type="button" disabled={last >= total} onClick={() => onMove(offset + PAGE_SIZE)}>
        Next page
      </button>
    </nav>
  )
}
