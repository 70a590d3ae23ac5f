import { useState } from 'react'
import { useArticleVersions, useVersionDiff } from '../../hooks/use-article-versions'
import { DiffText } from '../compare/DiffText'
import { StatusMessage } from '../StatusMessage'
import { VersionPicker } from './VersionPicker'
import { VersionSection } from './VersionSection'

type Props = { articleId: string; onClose: () => void }

/** Any two versions in one text: words taken out struck through, words put in underlined. */
export function VersionCompare({ articleId, onClose }: Props) {
  const versions = useArticleVersions(articleId)
  const count = versions.status === 'ready' ? versions.value.length : 1
  const [chosen, setChosen] = useState<{ from: number; to: number } | null>(null)
  const { from, to } = chosen ?? { from: Math.max(1, count - 1), to: count }
  const diff = useVersionDiff(articleId, from, to)
  if (versions.status !== 'ready') return <StatusMessage state={versions} what="the versions" />
  const changes =
    diff.status === 'ready' ? diff.value.filter((part) => part.kind !== 'same').length : 0
  return (
    <VersionSection title="Compare versions" onClose={onClose}>
      <div className="version-controls">
        <VersionPicker
          label="From"
          versions={versions.value}
          value={from}
          onChange={(version) => setChosen({ from: version, to })}
        />
        <VersionPicker
          label="To"
          versions={versions.value}
          value={to}
          onChange={(version) => setChosen({ from, to: version })}
        />
      </div>
      {diff.status !== 'ready' ? (
        <StatusMessage state={diff} what="the changes" />
      ) : (
        <>
          <p className="article-meta" role="status">
            {changes === 0
              ? `Versions ${from} and ${to} read the same.`
              : `From version ${from} to version ${to}: removed words are struck through (−), added words underlined (+).`}
          </p>
          <section
            className="version-diff"
            aria-label={`Changes from version ${from} to version ${to}`}
          >
            <DiffText parts={diff.value} />
          </section>
        </>
      )}
    </VersionSection>
  )
}
