import { extname, join } from 'node:path'
import type { EvidencePackageFile } from '../../../shared/evidence-model'
import { CLAIMDESK_VERSION } from '../claimdesk-version'
import type { ReportData } from '../reports/report-data'
import type { ReportService } from '../reports/report-service'
import type { Background } from '../threads/background'
import { STORE_FOLDER } from '../workspace/workspace-file'
import type { WorkspaceStore } from '../workspace/workspace-store'
import { readVersion } from '../versions/read-version'
import { originalVersionPath, versionPath, type EvidenceJob } from './evidence-zip'
import { EVIDENCE_FOLDER } from './source-archiver'

export { MANIFEST_FILE } from './evidence-zip'

/**
 * The text of every article version a claim was checked against and where the file it was read
 * from is kept (a version read before originals were kept has none), by their paths in the package.
 */
async function checkedVersions(
  store: WorkspaceStore,
  data: ReportData,
): Promise<Pick<EvidenceJob, 'versions' | 'originals'>> {
  const versions: Record<string, string> = {}
  const originals: Record<string, string> = {}
  for (const { article, claims } of data.articles) {
    for (const { checkedAgainst } of claims) {
      const path = checkedAgainst && versionPath(article.id, checkedAgainst.version)
      if (!checkedAgainst || !path || path in versions) continue
      const version = await readVersion(store, article.id, checkedAgainst.version)
      versions[path] = version.text
      const kept = version.original?.storedAs
      if (!kept) continue
      const inPackage = originalVersionPath(article.id, checkedAgainst.version, extname(kept))
      originals[inPackage] = join(store.storeFolder, kept)
    }
  }
  return { versions, originals }
}

/**
 * The evidence package (see evidence-zip.ts), built as background work: the report, the archived
 * pages and the zip are made in a pool thread, so the desk keeps answering meanwhile.
 */
export function evidencePackage(
  store: WorkspaceStore,
  reports: ReportService,
  background: Background,
  createdAt: Date,
): Promise<EvidencePackageFile> {
  return background.tasks.run('Building the evidence package', null, async (task) => {
    const { data, job, transfer } = await reports.markdownJob(createdAt, task)
    const input: EvidenceJob = {
      report: job,
      evidenceFolder: join(store.folder, STORE_FOLDER, EVIDENCE_FOLDER),
      ...(await checkedVersions(store, data)),
      manifest: {
        workspace: store.data.settings.displayName || store.data.name,
        createdAt: createdAt.toISOString(),
        claimdeskVersion: CLAIMDESK_VERSION,
      },
    }
    return background.pool.run('evidencePackage', input, { signal: task.signal, transfer })
  })
}
