import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strToU8, zipSync, type Zippable } from 'fflate'
import type { EvidenceManifest, EvidencePackageFile } from '../../../shared/evidence-model'
import { ServiceError } from '../../../shared/result'
import { CLAIMDESK_VERSION } from '../claimdesk-version'
import { latestSnapshot } from '../reports/evidence-citations'
import type { ReportService } from '../reports/report-service'
import { slug } from '../reports/report-file-name'
import { STORE_FOLDER } from '../workspace/workspace-file'
import type { WorkspaceStore } from '../workspace/workspace-store'
import { EVIDENCE_FOLDER } from './source-archiver'

export const MANIFEST_FILE = 'manifest.json'

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** The files a package holds, by path inside the zip. */
type PackageFiles = Map<string, Uint8Array>

/** The Markdown report, every WARC file it cites and the text of every article version it cites. */
async function citedFiles(
  store: WorkspaceStore,
  reports: ReportService,
  createdAt: Date,
): Promise<PackageFiles> {
  const { report, content } = await reports.publishedMarkdown(createdAt)
  const files: PackageFiles = new Map([['report.md', strToU8(content)]])
  const evidence = join(store.folder, STORE_FOLDER, EVIDENCE_FOLDER)
  for (const { article, claims } of report.articles) {
    for (const claim of claims) {
      for (const source of claim.sources) {
        const warcFile = latestSnapshot(source)?.warcFile
        if (!warcFile || files.has(`evidence/${warcFile}`)) continue
        const bytes = await readFile(join(evidence, warcFile)).catch(() => {
          throw new ServiceError('not-found', `The archived copy ${warcFile} is missing.`)
        })
        files.set(`evidence/${warcFile}`, bytes)
      }
      const checked = claim.checkedAgainst
      const path = checked && `articles/${article.id}/version-${checked.version}.txt`
      if (!checked || !path || files.has(path)) continue
      const version = await store.getArticleVersion(article.id, checked.version)
      files.set(path, strToU8(version.text))
    }
  }
  return files
}

/**
 * The evidence package: a zip of the report, the archived pages and the article versions it cites,
 * and `manifest.json` listing each with its sha256 and size. Archived pages are gzipped already,
 * so they are stored; text is deflated.
 */
export async function evidencePackage(
  store: WorkspaceStore,
  reports: ReportService,
  createdAt: Date,
): Promise<EvidencePackageFile> {
  const files = await citedFiles(store, reports, createdAt)
  const manifest: EvidenceManifest = {
    workspace: store.data.settings.displayName || store.data.name,
    createdAt: createdAt.toISOString(),
    claimdeskVersion: CLAIMDESK_VERSION,
    files: [...files].map(([path, bytes]) => ({
      path,
      sha256: sha256Of(bytes),
      bytes: bytes.length,
    })),
  }
  const zippable: Zippable = { [MANIFEST_FILE]: strToU8(`${JSON.stringify(manifest, null, 2)}\n`) }
  for (const [path, bytes] of files)
    zippable[path] = [bytes, { level: path.endsWith('.gz') ? 0 : 6 }]
  const zip = zipSync(zippable, { mtime: createdAt })
  const fileName = `${slug(manifest.workspace) || 'claimdesk'}-evidence-${manifest.createdAt.slice(0, 10)}.zip`
  return {
    fileName,
    mimeType: 'application/zip',
    base64: Buffer.from(zip).toString('base64'),
    manifest,
  }
}
