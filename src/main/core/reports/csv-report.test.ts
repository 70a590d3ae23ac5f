import { parse } from 'csv-parse/sync'
import { afterEach, describe, expect, it } from 'vitest'
import { openReportWorkspace, REPORT_TIME, type ReportWorkspace } from '../testing/report-workspace'
import { CSV_COLUMNS, csvReport, neutraliseFormula } from './csv-report'
import { gatherReportData } from './report-data'

let workspace: ReportWorkspace

afterEach(() => workspace.dispose())

const rowsOf = (content: string): Record<string, string>[] =>
  parse(content, { columns: true, bom: false })

describe('CSV report', () => {
  it('has one RFC 4180 row per claim, in the listed columns, and matches its golden file', async () => {
    workspace = await openReportWorkspace({ hostile: true })
    const report = await workspace.service.export({ kind: 'all' }, 'csv')
    expect(report.mimeType).toBe('text/csv;charset=utf-8')
    expect(report.content.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','))
    const rows = rowsOf(report.content)
    expect(rows).toHaveLength(4)
    expect(rows[1]).toMatchObject({
      quote: 'some 8,000 North Korean soldiers',
      verdict: 'Mostly true',
      'verdict value': '4',
      tags: 'Statistic',
      claimant: 'U.S. officials',
      status: 'Checked',
      finding: '',
      notes: 'Pentagon said 10,000 in total.\n- Briefing',
      'source URLs': 'https://www.defense.gov/News/Transcripts/',
      group: '',
    })
    const hostile = rows[3]!
    expect(hostile.quote).toBe('See ](https://x) and [x]: http://evil.example/ here.')
    expect(hostile.article).toBe('Hostile 🙂 <b>headline</b> | # [x](javascript:1)')
    expect(hostile.notes).toContain('Reversed ⟨U+202E⟩txet⟨U+202C⟩ text')
    expect(hostile.finding).toContain('Found: # Not a heading')
    expect(hostile.finding!.split('\n')).toHaveLength(8)
    expect(Number(hostile.end) - Number(hostile.start)).toBe(hostile.quote!.length)
    await expect(report.content).toMatchFileSnapshot('./golden/hostile-claims.csv')
  })

  it('neutralises cells a spreadsheet would run as a formula, and only those', async () => {
    workspace = await openReportWorkspace()
    const data = await gatherReportData(
      workspace.store,
      workspace.book,
      { kind: 'all' },
      REPORT_TIME,
    )
    const claim = data.articles[0]!.claims[0]!
    const formulas = ['=HYPERLINK("http://x","y")', '+1+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1']
    const claims = formulas.map((claimant) => ({ ...claim, claimant }))
    const rows = rowsOf(
      csvReport({ ...data, articles: [{ article: data.articles[0]!.article, claims }] }),
    )
    expect(rows.map((row) => row.claimant)).toEqual(formulas.map((formula) => `'${formula}`))
    expect(neutraliseFormula('8,000 soldiers')).toBe('8,000 soldiers')
    expect(rows[0]!.start).toBe(String(claim.position.start))
  })
})
