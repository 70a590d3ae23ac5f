import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { WARCParser } from 'warcio'
import { afterEach, describe, expect, it } from 'vitest'
import { EvidenceManifest } from '../../../shared/evidence-model'
import { runCli } from '../../cli/run-cli'
import { FIXTURE_WARC } from '../testing/evidence-fixture'
import { openReportWorkspace, REPORT_TIME, type ReportWorkspace } from '../testing/report-workspace'
import { quietBackground } from '../threads/background'
import { evidencePackage } from './evidence-package'
import { MANIFEST_FILE } from './evidence-zip'
import { checkPackage } from './package-check'

let workspace: ReportWorkspace
let folder = ''

afterEach(async () => {
  await workspace.dispose()
  if (folder) await rm(folder, { recursive: true, force: true })
})

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

async function packageOfFixture() {
  workspace = await openReportWorkspace({ hasEvidence: true })
  const file = await evidencePackage(
    workspace.store,
    workspace.service,
    quietBackground(),
    REPORT_TIME,
  )
  return { file, zip: new Uint8Array(Buffer.from(file.base64, 'base64')) }
}

describe('evidence package', () => {
  it('holds the report, the cited WARC file and article version, each matching the manifest', async () => {
    const { file, zip } = await packageOfFixture()
    const files = unzipSync(zip)
    const manifest = EvidenceManifest.parse(JSON.parse(strFromU8(files[MANIFEST_FILE]!)))
    expect(manifest).toEqual(file.manifest)
    expect(manifest.createdAt).toBe(REPORT_TIME.toISOString())
    expect(manifest.claimdeskVersion).toMatch(/^\d+\.\d+\.\d+/)
    const articleId = workspace.store
      .listArticles()
      .find((entry) => workspace.store.articleVersions(entry.id).length === 2)!.id
    expect(manifest.files.map((entry) => entry.path).sort()).toEqual(
      [
        `articles/${articleId}/version-1.txt`,
        `articles/${articleId}/version-1-original.txt`,
        `evidence/${FIXTURE_WARC}`,
        'report.md',
      ].sort(),
    )
    expect(Object.keys(files).sort()).toEqual(
      [MANIFEST_FILE, ...manifest.files.map((entry) => entry.path)].sort(),
    )
    for (const entry of manifest.files) {
      expect(sha256(files[entry.path]!)).toBe(entry.sha256)
      expect(files[entry.path]!.length).toBe(entry.bytes)
    }
    const types: string[] = []
    for await (const record of WARCParser.iterRecords([files[`evidence/${FIXTURE_WARC}`]!]))
      types.push(record.warcType ?? '')
    expect(types).toEqual(['warcinfo', 'request', 'response'])
    const first = await workspace.store.getArticleVersion(articleId, 1)
    expect(strFromU8(files[`articles/${articleId}/version-1.txt`]!)).toBe(first.text)
    // The file version 1 was read from is the one whose sha256 the report cites.
    expect(sha256(files[`articles/${articleId}/version-1-original.txt`]!)).toBe(first.sha256)
    const report = strFromU8(files['report.md']!)
    expect(report).toContain(FIXTURE_WARC)
    expect(report).toContain(`version 1 of 2, sha256 ${first.sha256}`)
  })

  it('is checked file by file: a changed, missing or added file is named', async () => {
    const { zip } = await packageOfFixture()
    expect(checkPackage(zip).files.every((check) => check.state === 'ok')).toBe(true)
    const files = unzipSync(zip)
    files['report.md'] = strToU8('A different report.\n')
    delete files[`evidence/${FIXTURE_WARC}`]
    files['extra.txt'] = strToU8('not listed')
    const states = Object.fromEntries(
      checkPackage(zipSync(files)).files.map((check) => [check.path, check.state]),
    )
    expect(states).toMatchObject({
      'report.md': 'mismatch',
      [`evidence/${FIXTURE_WARC}`]: 'missing',
      'extra.txt': 'unlisted',
    })
  })

  it('is written by `claimdesk export --format evidence` and checked by `claimdesk verify`', async () => {
    workspace = await openReportWorkspace({ hasEvidence: true })
    await workspace.close()
    folder = await mkdtemp(join(tmpdir(), 'claimdesk-package-'))
    const out = join(folder, 'evidence.zip')
    const lines: string[] = []
    const io = { stdout: (text: string) => void lines.push(text), stderr: () => undefined }
    const env = { SOURCE_DATE_EPOCH: '1796040000' }
    const args = ['export', '--workspace', workspace.folder, '--format', 'evidence', '--out', out]
    expect(await runCli(args, env, io)).toBe(0)
    expect(await runCli(['verify', out], env, io)).toBe(0)
    expect(lines.join('')).toMatch(/^ok\treport\.md$/m)
    expect(lines.join('')).toMatch(/^ok\tevidence\/.*\.warc\.gz$/m)

    const files = unzipSync(new Uint8Array(await readFile(out)))
    files['report.md'] = strToU8('Changed after the package was made.\n')
    await writeFile(out, zipSync(files))
    lines.length = 0
    expect(await runCli(['verify', out], env, io)).toBe(1)
    expect(lines.join('')).toMatch(/^mismatch\treport\.md$/m)
  })
})
