import { readableDate } from '../../../shared/readable-date'

/** A date the way the reader writes it, the exact value the article gave on hover. */
export function ArticleDate({ value, prefix = '' }: { value: string; prefix?: string }) {
  return (
    <time dateTime={value} title={value}>
      {prefix}
      {readableDate(value)}
    </time>
  )
}
