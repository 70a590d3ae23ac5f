const ARCHIVED_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
})

/** "4 Dec 2026, 13:05 UTC": when a copy was archived, the same for every reader wherever they are. */
export const archivedTime = (isoTime: string): string =>
  `${ARCHIVED_TIME.format(new Date(isoTime))} UTC`
