import { useState } from 'react'
import {
  DISCREPANCY_KIND_LABELS,
  type DiscrepancyItem,
  type DiscrepancyPreview,
  type Passage,
} from '../../../../shared/compare-model'
import { useCallQuery } from '../../data/use-call-query'
import { DiffText } from './DiffText'

/** Passages fetched at a time once "Show all" is pressed: one discrepancy may hold 40,000. */
const ITEMS_PAGE = 200

type OpenPassage = (passage: Passage) => void

/** One discrepancy: its first passages, and on request all of them, a page at a time. */
export function DiscrepancyEntry({
  discrepancy,
  onOpenPassage,
}: {
  discrepancy: DiscrepancyPreview
  onOpenPassage: OpenPassage
}) {
  const [pageCount, setPageCount] = useState(0)
  const { itemCount } = discrepancy
  const shown = Math.min(pageCount * ITEMS_PAGE, itemCount)
  return (
    <li className="discrepancy">
      <h3>
        <span className="discrepancy-kind">{DISCREPANCY_KIND_LABELS[discrepancy.kind]}</span>
        {discrepancy.groupId && <span className="discrepancy-kind">Linked claims</span>}{' '}
        {discrepancy.summary}
      </h3>
      {discrepancy.caveat && <p className="discrepancy-caveat">{discrepancy.caveat}</p>}
      {discrepancy.diff && <DiffText parts={discrepancy.diff} />}
      <ul className="discrepancy-items">
        {pageCount === 0 ? (
          <PassageItems items={discrepancy.items} onOpenPassage={onOpenPassage} />
        ) : (
          Array.from({ length: pageCount }, (_, page) => (
            <PassagePage
              key={page}
              discrepancyId={discrepancy.id}
              offset={page * ITEMS_PAGE}
              onOpenPassage={onOpenPassage}
            />
          ))
        )}
      </ul>
      {pageCount === 0 && discrepancy.items.length < itemCount && (
        <button type="button" onClick={() => setPageCount(1)}>
          Show all {itemCount} passages
        </button>
      )}
      {pageCount > 0 && shown < itemCount && (
        <button type="button" onClick={() => setPageCount(pageCount + 1)}>
          Show more passages ({shown} of {itemCount} shown)
        </button>
      )}
    </li>
  )
}

/** A page of a discrepancy's passages, read when it is first shown. */
function PassagePage(props: { discrepancyId: string; offset: number; onOpenPassage: OpenPassage }) {
  const { discrepancyId, offset, onOpenPassage } = props
  const page = useCallQuery('compare.discrepancyItems', {
    discrepancyId,
    offset,
    limit: ITEMS_PAGE,
  })
  if (page.status === 'loading') return <li className="empty-note">Loading passages…</li>
  if (page.status === 'failed') return <li role="alert">{page.message}</li>
  return <PassageItems items={page.value.items} onOpenPassage={onOpenPassage} />
}

function PassageItems({
  items,
  onOpenPassage,
}: {
  items: readonly DiscrepancyItem[]
  onOpenPassage: OpenPassage
}) {
  return items.map(({ passage, says }) => (
    <li key={`${passage.articleId}-${passage.start}`}>
      <p>
        <strong>{passage.site ?? passage.articleTitle}</strong> says <q>{says}</q>
      </p>
      <blockquote>{passage.text}</blockquote>
      <button type="button" onClick={() => onOpenPassage(passage)}>
        Open passage in “{passage.articleTitle}”
      </button>
    </li>
  ))
}
