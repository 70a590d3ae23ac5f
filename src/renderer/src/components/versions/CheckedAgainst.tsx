import type { Claim } from '../../../../shared/claim-model'
import { useArticleVersions } from '../../hooks/use-article-versions'

/** The version a claim was checked against, and whether the article has changed since. */
export function CheckedAgainst({ claim }: { claim: Claim }) {
  const versions = useArticleVersions(claim.articleId)
  const checked = claim.checkedAgainst
  if (!checked) return null
  const hasChanged = versions.status === 'ready' && checked.version < versions.value.length
  return (
    <p className="claim-checked-against">
      Checked against version {checked.version}
      {hasChanged && ' · the article has changed since'}
    </p>
  )
}
