import type { DiffPart } from '../../../../shared/compare-model'

/** A word diff: removed words struck through in <del>, added words underlined in <ins>, each named for screen readers. */
export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <p className="diff-text">
      {parts.map((part, index) =>
        part.kind === 'added' ? (
          <ins key={index}>
            <span className="visually-hidden">added: </span>
            {part.text}
          </ins>
        ) : part.kind === 'removed' ? (
          <del key={index}>
            <span className="visually-hidden">removed: </span>
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  )
}
