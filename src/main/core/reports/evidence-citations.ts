import { archivedTime } from '../../../shared/archived-time'
import type { CheckedAgainst, Source } from '../../../shared/claim-model'
import type { SourceSnapshot } from '../../../shared/evidence-model'
import type { ReportData } from './report-data'

/** The copy a report cites for a source: its latest, the page as last archived. */
export const latestSnapshot = (source: Source): SourceSnapshot | undefined =>
  source.snapshots?.at(-1)

/** "archived 4 Dec 2026, 13:05 UTC, sha256 1f3a…(64 hex), 2026-12-04T13-05-00-000Z-1a2b3c4d.warc.gz" */
export const snapshotCitation = (snapshot: SourceSnapshot): string =>
  `archived ${archivedTime(snapshot.archivedAt)}, sha256 ${snapshot.payloadSha256}, ${snapshot.warcFile}`

/** How many versions each article of a report has, by article id. */
export const versionCounts = (data: ReportData): Map<string, number> =>
  new Map(data.articles.map(({ article, versions }) => [article.id, versions.length]))

/** "version 2 of 3, sha256 …": which text of the article a claim was checked against. */
export const versionCitation = (checked: CheckedAgainst, versionCount: number): string =>
  `version ${checked.version} of ${Math.max(versionCount, checked.version)}, sha256 ${checked.sha256}`

/** A cell or line naming a source with its latest archived copy, or only its address. */
export const sourceWithSnapshot = (source: Source): string => {
  const snapshot = latestSnapshot(source)
  return snapshot ? `${source.url} (${snapshotCitation(snapshot)})` : source.url
}
