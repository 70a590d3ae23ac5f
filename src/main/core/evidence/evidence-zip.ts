import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strToU8, zipSync, type Zippable } from 'fflate'
import type { EvidenceManifest, EvidencePackageFile } from '../../../shared/evidence-model'
import { ServiceError } from '../../../shared/result'
import { latestSnapshot } from '../reports/evidence-citations'
import { markdownReport } from '../reports/markdown-report'
import type { PublishedReport } from '../reports/published-report'
import { slug } from '../reports/report-file-name'
import { publishedReportOf, type ReportJob } from '../reports/report-job'

export const MANIFEST_FILE = 'manifest.json'

/** What a pool thread needs to build an evidence package. */
export type EvidenceJob = {
  /** The Markdown report of every claim. */
  report: ReportJob
  /** The workspace's `.claimdesk/evidence` folder, where the archived copies are. */
  evidenceFolder: string
  /** The text of every article version a claim was checked against, by its path in the package. */
  versions: Record<string, string>
  /** The file each of those versions was read from (its sha256 is the one the report cites), by its path in the package. */
  originals: Record<string, string>
  manifest: Omit<EvidenceManifest, 'files'>
}

/** Where a claim's checked article version goes in the package. */
export const versionPath = (articleId: string, version: number) =>
  `articles/${articleId}/version-${version}.txt`

/** Where the file that version was read from goes, with the extension it is kept with. */
export const originalVersionPath = (articleId: string, version: number, extension: string) =>
  `articles/${articleId}/version-${version}-original${extension}`

/** The files a package holds, by path inside the zip. */
type PackageFiles = Map<string, Uint8Array>

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** The bytes of a file the package copies, or a clear refusal naming what is missing. */
const readKept = (file: string, missing: string) =>
  readFile(file).catch(() => {
    throw new ServiceError('not-found', missing)
  })

/**
 * The report, every WARC file it cites, and the text of every article version it cites with the
 * file that version was read from.
 */
async function citedFiles(job: EvidenceJob, report: PublishedReport): Promise<PackageFiles> {
  const files: PackageFiles = new Map([['report.md', strToU8(markdownReport(report))]])
  for (const { article, claims } of report.articles) {
    for (const claim of claims) {
      for (const source of claim.sources) {
        const warcFile = latestSnapshot(source)?.warcFile
        if (!warcFile || files.has(`evidence/${warcFile}`)) continue
        const missing = `The archived copy ${warcFile} is missing.`
        files.set(
          `evidence/${warcFile}`,
          await readKept(join(job.evidenceFolder, warcFile), missing),
        )
      }
      const checked = claim.checkedAgainst
      const path = checked && versionPath(article.id, checked.version)
      const text = path && job.versions[path]
      if (path && text !== undefined && !files.has(path)) files.set(path, strToU8(text))
    }
  }
  for (const [path, file] of Object.entries(job.originals))
    files.set(path, await readKept(file, `The file ${path} was read from is missing.`))
  return files
}

/**
 * The evidence package, built in a pool thread: a zip of the report, the archived pages and the
 * article versions it cites, and `manifest.json` listing each with its sha256 and size. Archived
 * pages are gzipped already, so they are stored; text is deflated.
 */
export async function evidenceZip(job: EvidenceJob): Promise<EvidencePackageFile> {
  const files = await citedFiles(job, await publishedReportOf(job.report))
  const manifest: EvidenceManifest = {
    ...job.manifest,
    files: [...files].map(([path, bytes]) => ({
      path,
      sha256: sha256Of(bytes),
      bytes: bytes.length,
    })),
  }
  const createdAt = new Date(manifest.createdAt)
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
