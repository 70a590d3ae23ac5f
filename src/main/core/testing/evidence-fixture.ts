import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Handlers } from '../../../shared/contract'
import type { SourceSnapshot } from '../../../shared/evidence-model'
import { EVIDENCE_FOLDER } from '../evidence/source-archiver'
import { warcOfCapture } from '../evidence/warc-file'
import { STORE_FOLDER } from '../workspace/workspace-file'

/** When the fixture's source page was archived: fixed, so a report's bytes can be compared. */
export const ARCHIVED_AT = new Date('2026-12-04T13:05:00.000Z')
export const FIXTURE_WARC = '2026-12-04T13-05-00-000Z-fixture1.warc.gz'

const PAGE =
  '<!doctype html><title>Briefing</title><p>Up to 8,000 North Korean troops in Kursk.</p>'

type ArchivedCopy = { url: string; page: string; archivedAt: Date; warcFile: string; id: string }

/** A real WARC file of `page` in the workspace's evidence folder, as the archiver writes it, and its snapshot. */
export async function writeArchivedCopy(
  folder: string,
  { url, page, archivedAt, warcFile, id }: ArchivedCopy,
): Promise<SourceSnapshot> {
  const body = new TextEncoder().encode(page)
  const payloadSha256 = createHash('sha256').update(body).digest('hex')
  const contentType = 'text/html; charset=utf-8'
  const capture = {
    requestedUrl: url,
    finalUrl: url,
    requestHeaders: { 'user-agent': 'Claimdesk' },
    httpStatus: 200,
    statusText: 'OK',
    responseHeaders: [['content-type', contentType]] as [string, string][],
    body,
    payloadSha256,
  }
  const evidence = join(folder, STORE_FOLDER, EVIDENCE_FOLDER)
  await mkdir(evidence, { recursive: true })
  await writeFile(join(evidence, warcFile), await warcOfCapture(capture, warcFile, archivedAt))
  return {
    id,
    requestedUrl: url,
    finalUrl: url,
    httpStatus: 200,
    contentType,
    archivedAt: archivedAt.toISOString(),
    payloadSha256,
    payloadBytes: body.length,
    warcFile,
  }
}

/**
 * Evidence on the sample claims: the checked claim's source archived as a real WARC file, then its
 * article's file edited and re-read, so the claim was checked against version 1 of 2.
 */
export async function addEvidence(h: Handlers, folder: string): Promise<void> {
  const articles = await h['articles.list']({})
  for (const entry of articles) {
    const claim = (await h['claims.list']({ articleId: entry.id })).find(
      (each) => each.status === 'checked' && each.sources.length > 0,
    )
    if (!claim || !entry.path) continue
    const [source, ...others] = claim.sources
    const snapshot = await writeArchivedCopy(folder, {
      url: source!.url,
      page: PAGE,
      archivedAt: ARCHIVED_AT,
      warcFile: FIXTURE_WARC,
      id: 'snapshot-1',
    })
    await h['claims.update']({
      articleId: entry.id,
      claimId: claim.id,
      patch: { sources: [{ ...source!, snapshots: [snapshot] }, ...others] },
    })
    const text = await readFile(entry.path, 'utf8')
    await writeFile(entry.path, `${text.trimEnd()}\n\nThis article was updated.\n`)
    await h['articles.checkForUpdates']({ articleId: entry.id })
    return
  }
  throw new Error('no checked claim with a source on a sample article file')
}
