import type { SourceSnapshot } from '../../../../shared/evidence-model'

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
})

/** "Archived 4 Dec 2026, 13:05 UTC · sha256 1f3a…" */
export const archivedLine = (snapshot: SourceSnapshot): string =>
  `Archived ${DATE.format(new Date(snapshot.archivedAt))} UTC · sha256 ${snapshot.payloadSha256.slice(0, 4)}…`
