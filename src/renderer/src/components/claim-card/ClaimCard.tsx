import { useEffect, useRef, useState } from 'react'
import { afterNextPaint } from '../../data/after-next-paint'
import type { Claim, ClaimPatch } from '../../../../shared/claim-model'
import { useVocabulary } from '../../hooks/use-articles'
import { AnchorNotice } from './AnchorNotice'
import { ClaimStatusField } from './ClaimStatusField'
import { DeskConflictNotice } from './DeskConflictNotice'
import { NotesEditor } from './NotesEditor'
import { ApprovalLine, ReviewThread } from './ReviewThread'
import { useCanReview } from '../../hooks/use-review'
import { SourcesEditor } from './SourcesEditor'
import { ClaimantField } from './ClaimantField'
import { TagToggles } from './TagToggles'
import { cardDraftKey } from './card-drafts'
import { AcrossOutlets } from '../compare/AcrossOutlets'
import { CheckedAgainst } from '../versions/CheckedAgainst'

type Props = {
  claim: Claim
  onClose: () => void
  onUpdate: (before: Claim, patch: ClaimPatch) => void | Promise<void>
  onDelete: (claim: Claim) => void
}

/** False until the card's first frame is painted: what lies below the fold is built after it. */
function usePainted(): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    let mounted = true
    void afterNextPaint(() => mounted && setPainted(true))
    return () => {
      mounted = false
    }
  }, [])
  return painted
}

/** Everything recorded about one claim; each field saves on its own and can be undone. */
export function ClaimCard({ claim, onClose, onUpdate, onDelete }: Props) {
  const vocabulary = useVocabulary()
  const heading = useRef<HTMLHeadingElement>(null)
  const painted = usePainted()
  const canReview = useCanReview()
  const [isWritingNote, setWritingNote] = useState(false)
  useEffect(() => heading.current?.focus(), [])
  if (!vocabulary) return null
  const update = (patch: ClaimPatch) => onUpdate(claim, patch)

  return (
    <section
      className="claim-card"
      aria-labelledby="claim-card-title"
      onKeyDown={(event) => event.key === 'Escape' && !event.defaultPrevented && onClose()}
    >
      <header className="claim-card-header">
        <h2 id="claim-card-title" ref={heading} tabIndex={-1} className="pane-title">
          Claim
        </h2>
        <button
          type="button"
          className="quiet-button"
          onClick={onClose}
          aria-label="Close claim card"
          title="Close (Esc)"
        >
          ×
        </button>
      </header>
      <blockquote className="claim-card-quote">{claim.quote.exact}</blockquote>
      <CheckedAgainst claim={claim} />
      <AnchorNotice claim={claim} />
      <DeskConflictNotice
        claim={claim}
        verdicts={vocabulary.verdictScale.verdicts}
        onUpdate={update}
      />
      <div className="field-row">
        <label htmlFor="claim-verdict">Verdict</label>
        <select
          id="claim-verdict"
          value={claim.verdictId}
          onChange={(event) => update({ verdictId: event.target.value })}
        >
          {vocabulary.verdictScale.verdicts.map((verdict) => (
            <option key={verdict.id} value={verdict.id}>
              {verdict.label}
            </option>
          ))}
        </select>
      </div>
      <ClaimStatusField claim={claim} onChange={(status) => update({ status })} />
      <ApprovalLine claim={claim} />
      <ClaimantField saved={claim.claimant} onSave={(claimant) => update({ claimant })} />
      <TagToggles
        tags={vocabulary.tags}
        selected={claim.tagIds}
        onChange={(tagIds) => update({ tagIds })}
      />
      <NotesEditor
        label="Finding"
        hint="What you found and why this verdict. Reports publish it."
        value={claim.finding}
        draftKey={cardDraftKey(claim.id, 'finding')}
        onSave={(finding) => update({ finding })}
      />
      <SourcesEditor
        articleId={claim.articleId}
        claimId={claim.id}
        sources={claim.sources}
        onChange={(sources) => update({ sources })}
        webArchiveTemplate={vocabulary.settings.webArchiveTemplate}
      />
      {painted && (
        <>
          <NotesEditor
            label="Internal notes"
            hint="For the desk only. Reports leave them out unless asked to include them."
            value={claim.notes}
            draftKey={cardDraftKey(claim.id, 'notes')}
            onSave={(notes) => update({ notes })}
          />
          <AcrossOutlets claim={claim} />
        </>
      )}
      <ReviewThread
        claim={claim}
        isWriting={isWritingNote}
        onWritten={() => setWritingNote(false)}
      />
      <div className="claim-card-actions">
        {canReview && !isWritingNote && (
          <button type="button" className="secondary-button" onClick={() => setWritingNote(true)}>
            Add review note
          </button>
        )}
        <button type="button" className="danger-button" onClick={() => onDelete(claim)}>
          Delete claim
        </button>
      </div>
    </section>
  )
}
