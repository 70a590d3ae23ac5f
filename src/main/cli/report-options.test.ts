import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateHtml, unsafeParts } from '../core/testing/html-checks'
import { lintMarkdown } from '../core/testing/markdown-checks'
import {
  openReportWorkspace,
  REPORT_TIME,
  type ReportWorkspace,
} from '../core/testing/report-workspace'
import { openStoreForTest } from '../core/testing/open-store'

const run = promisify(execFile)
const EPOCH = String(REPORT_TIME.getTime() / 1000)

let cli: string
let workspace: ReportWorkspace

async function claimdesk(...args: string[]) {
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

/** How the docs' sample report is made: the samples, a few findings and verdicts, this command. */
const SAMPLE_REPORT = [
  '--title',
  'North Korean troops in Russia: three reports, checked',
  '--subtitle',
  'What RFE/RL and The Epoch Times reported in the first days of November 2024, claim by claim, and where they disagree.',
  '--author',
  'the Claimdesk sample desk',
  '--no-unrated',
]

beforeAll(async () => {
  const { buildCliForTest } = await import('./cli-test-build')
  cli = await buildCliForTest()
  workspace = await openReportWorkspace({ isPublished: true })
  await workspace.close()
}, 60_000)

afterAll(() => workspace.dispose())

describe('claimdesk export of a published report', () => {
  it('writes the docs’ sample report, in Markdown and in HTML', async () => {
    const md = await claimdesk(
      'export',
      '--workspace',
      workspace.folder,
      '--format',
      'md',
      ...SAMPLE_REPORT,
    )
    expect({ code: md.code, stderr: md.stderr }).toEqual({ code: 0, stderr: '' })
    await expect(md.stdout).toMatchFileSnapshot('../../../docs/sample-report.md')
    expect(lintMarkdown(md.stdout)).toEqual([])
    const html = await claimdesk(
      'export',
      '--workspace',
      workspace.folder,
      '--format',
      'html',
      ...SAMPLE_REPORT,
    )
    expect({ code: html.code, stderr: html.stderr }).toEqual({ code: 0, stderr: '' })
    await expect(html.stdout).toMatchFileSnapshot('../../../docs/sample-report.html')
    expect(await validateHtml(html.stdout)).toEqual([])
    expect(unsafeParts(html.stdout)).toEqual([])
  })

  it('publishes internal notes only with --include-notes, and groups and orders as asked', async () => {
    const args = ['export', '--workspace', workspace.folder, '--format', 'md']
    const note = 'Ask the Pentagon press desk'
    expect((await claimdesk(...args)).stdout).not.toContain(note)
    expect((await claimdesk(...args, '--include-notes')).stdout).toContain(note)
    const grouped = await claimdesk(...args, '--group-by', 'verdict', '--order-by', 'verdict')
    expect(grouped.stdout).toContain('\n## True (2 claims)\n')
    const alone = await claimdesk(...args, '--disagreements', 'off')
    expect(alone.stdout).not.toContain('## Where the outlets disagree')
  })

  it('takes the options the app remembered when the command line leaves them out', async () => {
    const { store, close } = await openStoreForTest(workspace.folder)
    await store.updateIndex((data) => {
      data.settings.report = {
        ...data.settings.report,
        title: 'Remembered title',
        includeNotes: true,
      }
    })
    await close()
    const { stdout } = await claimdesk(
      'export',
      '--workspace',
      workspace.folder,
      '--format',
      'html',
    )
    expect(stdout).toContain('<title>Remembered title</title>')
    expect(stdout).toContain('Ask the Pentagon press desk')
    const asked = await claimdesk(
      'export',
      '--workspace',
      workspace.folder,
      '--format',
      'md',
      '--title',
      'Asked',
    )
    expect(asked.stdout.startsWith('# Asked\n')).toBe(true)
  })

  it.each([
    [['--group-by', 'outlet'], '--group-by: Invalid option'],
    [['--disagreements', 'maybe'], '--disagreements: Invalid option'],
    [['--title', 'x'.repeat(201)], '--title: Too big'],
  ])('refuses %j with a clear message', async (extra, message) => {
    const { code, stdout, stderr } = await claimdesk(
      'export',
      '--workspace',
      workspace.folder,
      '--format',
      'md',
      ...extra,
    )
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' })
    expect(stderr).toContain(message)
  })

  it('says the report options are for Markdown and HTML only', async () => {
    const { code, stderr } = await claimdesk(
      'export',
      '--workspace',
      workspace.folder,
      '--format',
      'csv',
      '--title',
      'x',
    )
    expect(code).toBe(2)
    expect(stderr).toContain(
      '--title, --author and the other report options apply to md and html only.',
    )
  })
})
