import { Fragment, type ReactNode } from 'react'

/** The parts that are there, one after another with " · " between them. */
export function DotSeparated({ parts }: { parts: ReactNode[] }) {
  return parts.filter(Boolean).map((part, index) => (
    <Fragment key={index}>
      {index > 0 && ' · '}
      {part}
    </Fragment>
  ))
}
