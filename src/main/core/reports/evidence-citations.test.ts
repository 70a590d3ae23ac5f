import { parse } from 'csv-parse/sync'
import { afterEach, describe, expect, it } from 'vitest'
import { lintMarkdown } from '../testing/markdown-checks'
import { FIXTURE_WARC } from '../testing/evidence-fixture'
import { openReportWorkspace, type ReportWorkspace } from '../testing/report-workspace'

let workspace: ReportWorkspace

afterEach(() => workspace.dispose())

describe('reports cite evidence', () => {
  it('name the archived copy of a source and the article version a claim was checked against, byte for byte', async () => {
    workspace = await openReportWorkspace({ hasEvidence: true })
    const markdown = (await workspace.service.export({ kind: 'all' }, 'md')).content
    await expect(markdown).toMatchFileSnapshot('./golden/evidence-report.md')
    expect(lintMarkdown(markdown)).toEqual([])
    expect(markdown).toMatch(
      new RegExp(`archived 4 Dec 2026, 13:05 UTC, sha256 [0-9a-f]{64}, ${FIXTURE_WARC}`),
    )
    expect(markdown).toMatch(/\*\*Checked against:\*\* version 1 of 2, sha256 [0-9a-f]{64}/)

    const csv = (await workspace.service.export({ kind: 'all' }, 'csv')).content
    await expect(csv).toMatchFileSnapshot('./golden/evidence-claims.csv')
    const rows: Record<string, string>[] = parse(csv, { columns: true, bom: true })
    const checked = rows.find((row) => row['version checked'])!
    expect(checked['version checked']).toMatch(/^version 1 of 2, sha256 [0-9a-f]{64}$/)
    expect(checked['archived sources']).toContain(FIXTURE_WARC)
    expect(rows.filter((row) => row['archived sources'])).toHaveLength(1)
  })
})
