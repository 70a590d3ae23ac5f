import { useState } from 'react'
import { readableTime } from '../../../../shared/readable-date'
import { useArticleVersion, useArticleVersions } from '../../hooks/use-article-versions'
import { StatusMessage } from '../StatusMessage'
import { versionOf } from './checked-version'
import { VersionPicker } from './VersionPicker'
import { VersionSection } from './VersionSection'

type Props = { articleId: string; onClose: () => void }

const kilobytes = (size: number) =>
  `${(size / 1024).toLocaleString(undefined, { maximumFractionDigits: 1 })} KB`

/** An earlier version's text as it read then: plain text, nothing to mark or edit. */
export function VersionReader({ articleId, onClose }: Props) {
  const versions = useArticleVersions(articleId)
  const count = versions.status === 'ready' ? versions.value.length : 1
  const [chosen, setChosen] = useState<number | null>(null)
  const number = chosen ?? Math.max(1, count - 1)
  const state = useArticleVersion(articleId, versions.status === 'ready' ? number : null)
  if (versions.status !== 'ready') return <StatusMessage state={versions} what="the versions" />
  const at = versions.value[number - 1]?.at ?? ''
  return (
    <VersionSection
      title={`${versionOf(number, count)}, ${readableTime(at)} — read only`}
      onClose={onClose}
    >
      <div className="version-controls">
        <VersionPicker
          label="Version"
          versions={versions.value}
          value={number}
          onChange={setChosen}
        />
        {state.status === 'ready' && state.value.original && (
          <p className="article-meta">
            Read from {state.value.original.fileName} ({kilobytes(state.value.original.size)}), kept
            as it was
          </p>
        )}
      </div>
      {state.status !== 'ready' ? (
        <StatusMessage state={state} what="this version" />
      ) : (
        <section className="article-text version-text" aria-label={`Text of version ${number}`}>
          {state.value.blocks.map((block, index) => (
            <p key={index} className={`block block-${block.kind}`}>
              {block.text}
            </p>
          ))}
        </section>
      )}
    </VersionSection>
  )
}
