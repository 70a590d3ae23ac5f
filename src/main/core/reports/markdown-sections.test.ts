import type { RootContent } from 'mdast'
import { afterEach, describe, expect, it } from 'vitest'
import { openReportWorkspace, type ReportWorkspace } from '../testing/report-workspace'
import { markdownReport, markdownReportTree } from './markdown-report'
import { notesToMdast } from './notes-mdast'
import { serialiseEach, serialiseMarkdown } from './markdown-serialise'
import { forgetWrittenSections } from './written-sections'
import type { PublishedReport } from './published-report'

let workspace: ReportWorkspace | undefined

afterEach(async () => {
  await workspace?.dispose()
  workspace = undefined
})

const allData = () => workspace!.published({ includeNotes: true })

/** Every claim of the workspace twice over, in a second article: the same fields many times. */
const doubled = (data: PublishedReport): PublishedReport => ({
  ...data,
  articles: [...data.articles, ...data.articles],
})

describe('Markdown report written section by section', () => {
  it.each([
    ['the sample workspace', false],
    ['the hostile-text workspace', true],
  ])('gives the same bytes as the whole tree in one call, for %s', async (_, hostile) => {
    workspace = await openReportWorkspace({ hostile })
    const data = doubled(await allData())
    const whole = serialiseMarkdown(markdownReportTree(data))
    forgetWrittenSections()
    expect(markdownReport(data)).toBe(whole)
    expect(markdownReport(data)).toBe(whole)
  })

  it('writes a claim changed since the last export anew', async () => {
    workspace = await openReportWorkspace()
    const data = await allData()
    const before = markdownReport(data)
    const entry = data.articles.find((candidate) => candidate.claims.length > 0)!
    const claim = entry.claims[0]!
    entry.claims[0] = { ...claim, claimant: 'A new claimant' }
    const after = markdownReport(data)
    expect(after).not.toBe(before)
    expect(after).toContain('**Claimant:** A new claimant')
    expect(after).toBe(serialiseMarkdown(markdownReportTree(data)))
  })

  it("writes each claim's notes, written together, as they are written alone", async () => {
    workspace = await openReportWorkspace({ hostile: true })
    const notes = doubled(await allData())
      .articles.flatMap((entry) => entry.claims)
      .map((claim) => notesToMdast(claim.notes))
      .filter((blocks) => blocks.length > 0)
    expect(notes.length).toBeGreaterThan(1)
    forgetWrittenSections()
    expect(serialiseEach(notes)).toEqual(
      notes.map((children) => serialiseMarkdown({ type: 'root', children })),
    )
  })

  it('writes sections holding their own rules or raw HTML one by one, with the same bytes', () => {
    const paragraph = (value: string): RootContent => ({
      type: 'paragraph',
      children: [{ type: 'text', value }],
    })
    const sections: RootContent[][] = [
      [paragraph('Before'), { type: 'thematicBreak' }],
      [paragraph('After')],
      [{ type: 'html', value: '<hr>\n\n---' }],
      [paragraph('Last')],
    ]
    forgetWrittenSections()
    expect(serialiseEach(sections)).toEqual(
      sections.map((children) => serialiseMarkdown({ type: 'root', children })),
    )
  })
})
