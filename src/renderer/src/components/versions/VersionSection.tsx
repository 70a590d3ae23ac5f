import { useEffect, useId, useRef, type ReactNode } from 'react'

type Props = { title: string; onClose: () => void; children: ReactNode }

/**
 * Where the article's text was, a view of its versions: named by its heading, which takes focus,
 * and left with "Back to the current version" or Escape.
 */
export function VersionSection({ title, onClose, children }: Props) {
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <section
      className="version-section"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return
        event.preventDefault()
        onClose()
      }}
    >
      <header className="version-section-header">
        <h2 id={headingId} ref={heading} tabIndex={-1} className="version-section-title">
          {title}
        </h2>
        <button type="button" className="version-button" onClick={onClose}>
          Back to the current version
        </button>
      </header>
      {children}
    </section>
  )
}
