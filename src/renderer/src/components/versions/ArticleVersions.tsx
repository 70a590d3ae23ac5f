import type { Claim } from '../../../../shared/claim-model'
import { useArticleVersions } from '../../hooks/use-article-versions'
import { mostCheckedVersion, versionOf } from './checked-version'
import '../../styles/versions.css'

/** What the article pane shows in place of the current text: an older version, or two compared. */
export type VersionView = 'read' | 'compare' | null

type Props = {
  articleId: string
  claims: readonly Claim[]
  view: VersionView
  onView: (view: VersionView) => void
}

/** Which version is on the desk, which one its claims were checked against, and the way to older ones. */
export function ArticleVersions({ articleId, claims, view, onView }: Props) {
  const versions = useArticleVersions(articleId)
  if (versions.status !== 'ready') return null
  const count = versions.value.length
  const checked = mostCheckedVersion(claims)
  return (
    <div className="article-versions">
      <p className="article-meta" aria-live="polite">
        {versionOf(count, count)} ·{' '}
        {checked === null ? 'not checked yet' : `checked against version ${checked}`}
      </p>
      {count > 1 && (
        <>
          <button
            type="button"
            className="version-button"
            aria-pressed={view === 'read'}
            onClick={() => onView(view === 'read' ? null : 'read')}
          >
            Read an older version
          </button>
          <button
            type="button"
            className="version-button"
            aria-pressed={view === 'compare'}
            onClick={() => onView(view === 'compare' ? null : 'compare')}
          >
            Compare versions
          </button>
        </>
      )}
    </div>
  )
}
