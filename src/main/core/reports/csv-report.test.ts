import { parse } from 'csv-parse/sync'
import { afterEach, describe, expect, it } from 'vitest'
import { openReportWorkspace, REPORT_TIME, type ReportWorkspace } from '../testing/report-workspace'
import { CSV_COLUMNS, csvReport, neutraliseFormula } from './csv-report'
import { gatherReportData } from './report-data'

let workspace: ReportWorkspace

afterEach(() => workspace.dispose())

/** A strict RFC 4180 reading: no relaxed quotes, no ragged rows, a BOM only at the start. */
const rowsOf = (content: string): Record<string, string>[] =>
  parse(content, { columns: true, bom: true, relax_quotes: false, relax_column_count: false })

/** What a program that splits a file at every line break sees. */
const naiveLines = (content: string) => content.split(/\r\n|\r|\n/)

const BOM = '\uFEFF'

describe('CSV report', () => {
  it('has one RFC 4180 row per claim, in the listed columns, and matches its golden file', async () => {
    workspace = await openReportWorkspace({ hostile: true })
    const report = await workspace.service.export({ kind: 'all' }, 'csv')
    expect(report.mimeType).toBe('text/csv;charset=utf-8')
    expect(report.content.split('\r\n')[0]).toBe(BOM + CSV_COLUMNS.join(','))
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
      notes: "Pentagon said 10,000 in total.\n'- Briefing",
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
    const formulas = ['=HYPERLINK("http://x","y")', '+1+1', '-1+1', '@SUM(A1)', '\t=1']
    const claims = formulas.map((claimant) => ({ ...claim, claimant }))
    const rows = rowsOf(csvReport({ ...data, articles: [{ ...data.articles[0]!, claims }] }))
    expect(rows.map((row) => row.claimant)).toEqual(formulas.map((formula) => `'${formula}`))
    expect(neutraliseFormula('\r=1')).toBe("'\r'=1")
    expect(neutraliseFormula('8,000 soldiers')).toBe('8,000 soldiers')
    expect(rows[0]!.start).toBe(String(claim.position.start))
  })

  it('keeps a claim spanning paragraphs on one record and no split-off line a formula', async () => {
    workspace = await openReportWorkspace()
    const data = await gatherReportData(
      workspace.store,
      workspace.book,
      { kind: 'all' },
      REPORT_TIME,
    )
    const claim = data.articles[0]!.claims[0]!
    const paragraphs = (...lines: string[]) => ({
      type: 'doc' as const,
      content: lines.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    })
    const spanning = {
      ...claim,
      quote: { ...claim.quote, exact: 'First paragraph ends.\n\n=SUM(A1:A9) starts the next' },
      claimant: 'Officials\r\n+44 spokesperson\r@desk',
      notes: paragraphs('Two paragraphs here.', '=HYPERLINK("http://evil.example","x")'),
      finding: paragraphs('Found it.', '-1 in the table'),
    }
    const claims = [spanning, claim]
    const content = csvReport({
      ...data,
      articles: [{ ...data.articles[0]!, claims }],
    })

    expect(content.startsWith(BOM)).toBe(true)
    const rows = rowsOf(content)
    expect(rows).toHaveLength(2)
    expect(rows[0]!.quote).toBe("First paragraph ends.\n\n'=SUM(A1:A9) starts the next")
    expect(rows[0]!.claimant).toBe("Officials\n'+44 spokesperson\n'@desk")
    expect(rows[0]!.notes).toBe('Two paragraphs here.\n\'=HYPERLINK("http://evil.example","x")')
    expect(content.slice(BOM.length).split('\r\n').filter(Boolean)).toHaveLength(1 + claims.length)
    const formulaLines = naiveLines(content).filter((line) => /^[=+\-@]/.test(line))
    expect(formulaLines).toEqual([])
  })
})
