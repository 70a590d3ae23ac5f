import type { ReactNode } from 'react'

type Props = { error?: string | null; status: string; children: ReactNode }

/** The end of a dialog's form: what went wrong, what was done, and the form's buttons. */
export function FormFooter({ error, status, children }: Props) {
  return (
    <>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <p role="status" className="form-status">
        {status}
      </p>
      <div className="dialog-actions">{children}</div>
    </>
  )
}
