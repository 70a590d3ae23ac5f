import { useId, type ReactNode } from 'react'

type Props = { title: string; onSubmit: () => void | Promise<void>; children: ReactNode }

/** One section of the settings, saved on its own: a titled form that checks its own fields. */
export function SettingsForm({ title, onSubmit, children }: Props) {
  const id = useId()
  return (
    <form
      className="settings-section"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void onSubmit()
      }}
    >
      <h3 id={`${id}-title`} className="dialog-section-title">
        {title}
      </h3>
      {children}
    </form>
  )
}
