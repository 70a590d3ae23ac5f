import { useCallback, useState } from 'react'
import type { Claim } from '../../../shared/claim-model'
import type { Article } from '../../../shared/article-model'
import { useCommand } from '../commands/command-registry'
import type { FocusRequest } from '../editor/use-focus-claim'
import { useArticleClaims, type ClaimRange } from '../state/use-article-claims'
import { ArticleView } from './ArticleView'
import { ClaimsPanel } from './claims/ClaimsPanel'
import { SuggestedClaims } from './compare/SuggestedClaims'

/**
 * Where the article opens: at a claim, at a search match in its text, at a passage shown selected
 * (from Discrepancies), or at its start.
 */
export type OpenAt =
  | { claimId: string }
  | { at: { start: number; end: number } }
  /** A passage to show selected, ready to mark, when no claim covers it. */
  | { passage: ClaimRange }
  | null

type Props = { article: Article; openAt: OpenAt }

/** The article in the middle and its claims on the right, sharing one list of claims. */
export function ArticleDesk({ article, openAt }: Props) {
  const initialClaimId = openAt && 'claimId' in openAt ? openAt.claimId : null
  const initialPassage = openAt && 'passage' in openAt ? openAt.passage : null
  const { claims, mark, update, remove } = useArticleClaims(article.id, article.text)
  const [activeClaimId, setActiveClaimId] = useState<string | null>(initialClaimId)
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(
    openAt && !('passage' in openAt) ? { ...openAt, nonce: 0 } : null,
  )

  const activate = useCallback((claimId: string) => setActiveClaimId(claimId), [])
  const showInText = useCallback((claim: Claim) => {
    setActiveClaimId(claim.id)
    setFocusRequest((previous) => ({ claimId: claim.id, nonce: (previous?.nonce ?? 0) + 1 }))
  }, [])
  /** Claims are kept in text order, so next and previous follow the reading order. */
  const stepClaim = (direction: 1 | -1) => {
    if (claims.length === 0) return
    const index = claims.findIndex((claim) => claim.id === activeClaimId)
    const next =
      index < 0
        ? direction === 1
          ? 0
          : claims.length - 1
        : (index + direction + claims.length) % claims.length
    const claim = claims[next]
    if (claim) showInText(claim)
  }
  useCommand('claim.next', () => stepClaim(1), claims.length > 0)
  useCommand('claim.previous', () => stepClaim(-1), claims.length > 0)

  const markRange = useCallback(
    async (range: ClaimRange, paintNow?: (pending: Claim) => void) => {
      const created = await mark(range, paintNow)
      if (created) setActiveClaimId(created.id)
    },
    [mark],
  )
  const deleteClaim = useCallback(
    async (claim: Claim) => {
      setActiveClaimId(null)
      await remove(claim)
    },
    [remove],
  )

  return (
    <>
      <main className="pane pane-article">
        <ArticleView
          article={article}
          claims={claims}
          activeClaimId={activeClaimId}
          focusRequest={focusRequest}
          passage={initialPassage}
          onActivate={activate}
          onMark={markRange}
        />
      </main>
      <ClaimsPanel
        claims={claims}
        activeClaimId={activeClaimId}
        onSelect={showInText}
        onClose={() => setActiveClaimId(null)}
        onUpdate={update}
        onDelete={deleteClaim}
        footer={<SuggestedClaims articleId={article.id} onAccept={markRange} />}
      />
    </>
  )
}
