import { archivedTime } from '../../../../shared/archived-time'
import type { SourceSnapshot } from '../../../../shared/evidence-model'

/** "Archived 4 Dec 2026, 13:05 UTC · sha256 1f3a…" */
export const archivedLine = (snapshot: SourceSnapshot): string =>
  `Archived ${archivedTime(snapshot.archivedAt)} · sha256 ${snapshot.payloadSha256.slice(0, 4)}…`
