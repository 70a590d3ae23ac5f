import { useState } from 'react'
import type { Claim } from '../../../../shared/claim-model'
import type { ArticleSummary } from '../../../../shared/article-model'
import { useCallQuery } from '../../data/use-call-query'
import { useVocabulary } from '../../hooks/use-articles'
import { matchesFilter, NO_FILTER, type ClaimFilter } from '../../state/claim-filter'
import { StatusMessage } from '../StatusMessage'
import { ClaimFilters } from './ClaimFilters'
import { ClaimListItem } from './ClaimListItem'
import { NoFilterMatch } from './NoFilterMatch'
import { WindowedList } from './WindowedList'

type Props = { articles: readonly ArticleSummary[]; onOpenClaim: (claim: Claim) => void }

/** Every claim of the workspace, with the same filters as an article's list. */
export function WorkspaceClaims({ articles, onOpenClaim }: Props) {
  const vocabulary = useVocabulary()
  const listed = useCallQuery('claims.listAll', {})
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER)

  if (listed.status === 'failed') return <StatusMessage state={listed} what="the claims" />
  if (!vocabulary || listed.status !== 'ready') return <p className="empty-note">Loading claims…</p>
  const claims = listed.value
  const titles = new Map(articles.map((article) => [article.id, article.title]))
  const shown = claims.filter((claim) => matchesFilter(claim, filter))
  return (
    <main className="pane pane-article pane-wide" aria-labelledby="workspace-claims-title">
      <h2 id="workspace-claims-title">
        All claims{' '}
        <span className="count">
          {shown.length === claims.length ? claims.length : `${shown.length} of ${claims.length}`}
        </span>
      </h2>
      <ClaimFilters filter={filter} vocabulary={vocabulary} onChange={setFilter} />
      {claims.length === 0 ? (
        <p className="empty-note">No claims marked yet.</p>
      ) : shown.length === 0 ? (
        <NoFilterMatch onClear={() => setFilter(NO_FILTER)} />
      ) : (
        <WindowedList
          items={shown}
          label="Claims in this workspace"
          keyOf={(claim) => claim.id}
          renderItem={(claim) => (
            <ClaimListItem
              claim={claim}
              vocabulary={vocabulary}
              isActive={false}
              articleTitle={titles.get(claim.articleId)}
              onSelect={onOpenClaim}
            />
          )}
        />
      )}
    </main>
  )
}
