import { useId } from 'react'
import type { ArticleVersion } from '../../../../shared/article-model'
import { readableTime } from '../../../../shared/readable-date'

type Props = {
  label: string
  versions: readonly ArticleVersion[]
  value: number
  onChange: (version: number) => void
}

/** A labelled choice of one version, each named by its number and when it was read. */
export function VersionPicker({ label, versions, value, onChange }: Props) {
  const id = useId()
  return (
    <span className="version-picker">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {versions.map((version, index) => (
          <option key={index} value={index + 1}>
            {`Version ${index + 1} · ${readableTime(version.at)}${index + 1 === versions.length ? ' (current)' : ''}`}
          </option>
        ))}
      </select>
    </span>
  )
}
