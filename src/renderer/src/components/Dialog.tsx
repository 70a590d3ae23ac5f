import { useEffect, useId, useRef, useState, type ReactNode } from 'react'

type DialogProps = {
  open: boolean
  onClose: () => void
  title: string
  className?: string
  /** For read-only content that may scroll: the body takes focus so arrow keys can scroll it. */
  isBodyFocusable?: boolean
  children: ReactNode
}

/** A modal built on the native <dialog>: the browser traps focus, makes the page inert and handles Escape. */
export function Dialog({ open, ...rest }: DialogProps) {
  return open ? <OpenDialog {...rest} /> : null
}

function OpenDialog({
  onClose,
  title,
  className,
  isBodyFocusable,
  children,
}: Omit<DialogProps, 'open'>) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  // Read once, before the dialog takes focus, so focus can go back where the user was.
  const [opener] = useState(() => document.activeElement)

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) {
      dialog.showModal()
      // showModal focuses the first focusable element (Close); a dialog may name a better start.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus()
    }
    // Runs after React has removed the dialog, when the rest of the page is no longer inert.
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
    }
  }, [opener])

  return (
    <dialog
      ref={dialogRef}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <header className="dialog-header">
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        <button type="button" className="dialog-close" onClick={onClose}>
          Close
        </button>
      </header>
      <div className="dialog-body" tabIndex={isBodyFocusable ? 0 : undefined}>
        {children}
      </div>
    </dialog>
  )
}
