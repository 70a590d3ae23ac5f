import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_REPORT_OPTIONS } from '../../../shared/report-options'
import { openReportWorkspace, REPORT_TIME, type ReportWorkspace } from '../testing/report-workspace'
import { pack } from '../threads/packed'
import { webAnnotationReport } from './web-annotation-report'
import { gatherReportData, type ReportData } from './report-data'
import { reportPieces, writeReport, type ReportHead } from './report-job'

let workspace: ReportWorkspace

afterEach(() => workspace.dispose())

/** The samples' data with one article's claims copied (new ids) to `count`, the others as marked. */
async function dataWithManyClaims(count: number): Promise<ReportData> {
  workspace = await openReportWorkspace()
  const data = await gatherReportData(workspace.store, workspace.book, { kind: 'all' }, REPORT_TIME)
  const marked = data.articles.find((entry) => entry.claims.length > 0)!
  const model = marked.claims[0]!
  marked.claims = Array.from({ length: count }, (_, n) => ({ ...model, id: `copy-${n}` }))
  return data
}

async function annotationsInThread(data: ReportData): Promise<string> {
  const { articles, generatedAt, ...rest } = data
  const head: ReportHead = { ...rest, generatedAt: generatedAt.toISOString() }
  const { parts } = await pack(reportPieces(head, articles))
  return writeReport({
    format: 'w3c',
    options: DEFAULT_REPORT_OPTIONS,
    parts,
    discrepancies: [],
    analysisFiles: {},
  })
}

describe('a report handed to a pool thread', () => {
  it('travels in small parts and is written there exactly as on the main thread', async () => {
    const data = await dataWithManyClaims(250)
    const { articles, generatedAt, ...rest } = data
    const pieces = [...reportPieces({ ...rest, generatedAt: generatedAt.toISOString() }, articles)]
    const claimSlices = pieces.filter(Array.isArray) as unknown[][]
    expect(Math.max(...claimSlices.map((slice) => slice.length))).toBeLessThanOrEqual(100)
    const claimTotal = articles.reduce((sum, entry) => sum + entry.claims.length, 0)
    expect(claimSlices.flat()).toHaveLength(claimTotal)
    expect(await annotationsInThread(data)).toBe(webAnnotationReport(data))
  })

  it('keeps articles without claims and the order of every claim', async () => {
    const data = await dataWithManyClaims(101)
    expect(data.articles.some((entry) => entry.claims.length === 0)).toBe(true)
    const written = await annotationsInThread(data)
    expect(written).toBe(webAnnotationReport(data))
    expect(written.indexOf('copy-99')).toBeLessThan(written.indexOf('copy-100'))
  })
})
