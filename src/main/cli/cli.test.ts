import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lintMarkdown } from '../core/testing/markdown-checks'
import {
  openReportWorkspace,
  REPORT_TIME,
  type ReportWorkspace,
} from '../core/testing/report-workspace'

const run = promisify(execFile)
const EPOCH = String(REPORT_TIME.getTime() / 1000)

let cli: string
let workspace: ReportWorkspace
let scratch: string

/** Runs `claimdesk` as a child process; resolves with its exit code and output, whatever the code. */
async function claimdesk(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], {
      env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH },
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

beforeAll(async () => {
  const { buildCliForTest } = await import('./cli-test-build')
  cli = await buildCliForTest()
  workspace = await openReportWorkspace()
  await workspace.close()
  scratch = await mkdtemp(join(tmpdir(), 'claimdesk-cli-'))
}, 60_000)

afterAll(async () => {
  await workspace.dispose()
  await rm(scratch, { recursive: true, force: true })
})

describe('claimdesk CLI', () => {
  it('exports the same Markdown report as the app, to standard output', async () => {
    const { code, stdout, stderr } = await claimdesk(
      'export',
      '--workspace',
      workspace.folder,
      '--format',
      'md',
    )
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    expect(stdout).toBe(await readFile('src/main/core/reports/golden/sample-report.md', 'utf8'))
    expect(lintMarkdown(stdout)).toEqual([])
  })

  it('lists articles with their claim counts, and exports one article by id', async () => {
    const listed = await claimdesk('list', '--workspace', workspace.folder)
    const rows = listed.stdout
      .trim()
      .split('\n')
      .map((line) => line.split('\t'))
    expect(rows[0]).toEqual(['id', 'claims', 'title'])
    expect(rows.slice(1).map((row) => row[1])).toEqual(['2', '1', '0'])
    const one = await claimdesk(
      'export',
      '--workspace',
      workspace.folder,
      '--format',
      'csv',
      '--article',
      rows[2]![0]!,
    )
    expect(one.code).toBe(0)
    expect(one.stdout.trim().split('\r\n')).toHaveLength(2)
  })

  it('writes --out, and never replaces an existing file without --force', async () => {
    const out = join(scratch, 'claims.jsonld')
    await writeFile(out, 'keep me')
    const refused = await claimdesk(
      'export',
      '--workspace',
      workspace.folder,
      '--format',
      'annotations',
      '--out',
      out,
    )
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('already exists; add --force to replace it.')
    expect(await readFile(out, 'utf8')).toBe('keep me')
    const forced = await claimdesk(
      'export',
      '--workspace',
      workspace.folder,
      '--format',
      'w3c',
      '--out',
      out,
      '--force',
    )
    expect(forced.code).toBe(0)
    expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({
      type: 'AnnotationCollection',
      total: 3,
    })
    const fresh = join(scratch, 'reviews.jsonld')
    const reviews = await claimdesk(
      'export',
      '--workspace',
      workspace.folder,
      '--format',
      'claimreview',
      '--out',
      fresh,
    )
    expect(reviews.code).toBe(0)
    expect(reviews.stderr).toContain('claimdesk: warning: No publisher name')
    expect(JSON.parse(await readFile(fresh, 'utf8'))['@graph']).toHaveLength(2)
  })

  it('imports articles into a new workspace, then claims from a W3C export, re-anchored', async () => {
    const newsroom = join(scratch, 'newsroom')
    const imported = await claimdesk('import', 'resources/samples', '--workspace', newsroom)
    expect(imported.code).toBe(0)
    expect(
      imported.stdout
        .trim()
        .split('\n')
        .map((line) => line.split('\t')[0]),
    ).toEqual(['imported', 'imported', 'imported'])
    const again = await claimdesk(
      'import',
      'resources/samples/000_a547749780e01351.txt',
      'no-such-file.txt',
      '--workspace',
      newsroom,
    )
    expect(again.code).toBe(1)
    expect(again.stdout).toMatch(
      /^duplicate\t000_a547749780e01351\.txt\t“Zelenskiy Criticizes.*” is already in this workspace\.\nskipped\tno-such-file\.txt\t/,
    )

    const annotations = join(scratch, 'claims-for-newsroom.jsonld')
    expect(
      (
        await claimdesk(
          'export',
          '--workspace',
          workspace.folder,
          '--format',
          'w3c',
          '--out',
          annotations,
        )
      ).code,
    ).toBe(0)
    const read = await claimdesk('import-annotations', annotations, '--workspace', newsroom)
    expect(read).toMatchObject({
      code: 0,
      stdout:
        'imported 3 claim(s): 0 found by their quote, 0 to review, 0 replies kept as notes; 0 skipped\n',
      stderr: '',
    })
    const listed = await claimdesk('list', '--workspace', newsroom)
    expect(
      listed.stdout
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split('\t')[1]),
    ).toEqual(['2', '1', '0'])
    const twice = await claimdesk('import-annotations', annotations, '--workspace', newsroom)
    expect(twice.code).toBe(1)
    expect(twice.stderr).toContain(': that claim is already in the workspace')
    const missing = await claimdesk(
      'import-annotations',
      join(scratch, 'nope.jsonld'),
      '--workspace',
      newsroom,
    )
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('(ENOENT)') })
  })

  it.each([
    [['export', '--workspace', 'x'], 2, 'export needs --format'],
    [['export', '--format', 'md'], 2, 'export needs --workspace DIR.'],
    [['export', '--workspace', 'x', '--format', 'pdf'], 2, '"pdf" is not a report format'],
    [['export', '--workspace', 'x', '--format', 'md', '--colour'], 2, "Unknown option '--colour'"],
    [
      ['export', '--workspace', 'x', '--format', 'md', '--article', '../x'],
      2,
      'is not an article id',
    ],
    [['publish'], 2, 'Unknown command "publish".'],
    [['import', '--workspace', 'x'], 2, 'import needs at least one file or folder.'],
    [
      ['import-annotations', 'a.jsonld', 'b.jsonld', '--workspace', 'x'],
      2,
      'import-annotations needs exactly one FILE.',
    ],
    [
      ['export', '--workspace', '/no/such/folder', '--format', 'md'],
      1,
      'is not a Claimdesk workspace',
    ],
  ])('fails clearly on %j', async (args, exitCode, message) => {
    const { code, stdout, stderr } = await claimdesk(...args)
    expect(code).toBe(exitCode)
    expect(stdout).toBe('')
    expect(stderr).toContain(message)
  })

  it('says which article is missing', async () => {
    const { code, stderr } = await claimdesk(
      'export',
      '--workspace',
      workspace.folder,
      '--format',
      'md',
      '--article',
      'a000',
    )
    expect(code).toBe(1)
    expect(stderr).toBe('claimdesk: There is no article with id a000 in this workspace.\n')
  })
})
