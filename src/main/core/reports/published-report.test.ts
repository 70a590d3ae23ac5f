import { afterEach, describe, expect, it } from 'vitest'
import { lintMarkdown, nodesOfType, parseMarkdown } from '../testing/markdown-checks'
import { openReportWorkspace, type ReportWorkspace } from '../testing/report-workspace'
import { htmlReport } from './html-report'
import { markdownReport } from './markdown-report'

let workspace: ReportWorkspace

afterEach(() => workspace.dispose())

const headingTexts = (content: string, depth: number) =>
  nodesOfType(parseMarkdown(content), 'heading')
    .filter((heading) => heading.depth === depth)
    .map((heading) =>
      nodesOfType(heading, 'text')
        .map((node) => node.value)
        .join(''),
    )

/** The section of a Markdown report from a heading to the next heading of the same depth. */
const sectionOf = (content: string, heading: string) => {
  const start = content.indexOf(heading)
  const depth = heading.match(/^#+/)![0]
  const next = content.indexOf(`\n${depth} `, start + heading.length)
  return content.slice(start, next < 0 ? undefined : next)
}

describe('Where the outlets disagree', () => {
  it('sets the samples’ passages side by side: 8,000/10,000, Oct. 30/31, attacking/targeting, with the claims on them', async () => {
    workspace = await openReportWorkspace({ isPublished: true })
    const content = markdownReport(await workspace.published())
    const section = sectionOf(content, '## Where the outlets disagree')
    const discrepancies = headingTexts(section, 3)
    expect(discrepancies).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Numbers: .*8,000.* vs 10,000/),
        expect.stringMatching(/^Dates: .*Oct\. 31.*Oct\. 30|^Dates: .*Oct\. 30.*Oct\. 31/),
        expect.stringMatching(
          /^Quote wording: .*attacking Ukrainians as well.*targeting Ukrainians/,
        ),
      ]),
    )
    const numbers = sectionOf(section, '### Numbers:')
    expect(numbers).toMatch(
      /\| \*\*Article 1\*\*, RFE\/RL +\| some 8,000 North Korean soldiers +\|[^|]*\| 1\.2 \(Mostly true\) +\|/,
    )
    expect(numbers).toMatch(/\| up to 8,000 North Korean troops +\|/)
    expect(numbers).toMatch(/\| roughly 10,000 North Korean soldiers +\|[^|]*\| 2\.1 \(True\) +\|/)
    expect(sectionOf(section, '### Dates:')).toMatch(/\| Oct\. 30 +\|[^|]*\| 3\.1 \(True\) +\|/)
    expect(sectionOf(section, '### Quote wording:')).toMatch(/\| 1\.3 \(Mostly true\) +\|/)
    expect(lintMarkdown(content)).toEqual([])
  })

  it('is on by default for more than one article, off for one unless asked for', async () => {
    workspace = await openReportWorkspace({ isPublished: true })
    const [first] = workspace.store.listArticles()
    const one = { kind: 'article' as const, articleId: first!.id }
    const section = '## Where the outlets disagree'
    expect(markdownReport(await workspace.published())).toContain(section)
    expect(markdownReport(await workspace.published({ disagreements: 'off' }))).not.toContain(
      section,
    )
    expect(markdownReport(await workspace.published({}, one))).not.toContain(section)
    const asked = markdownReport(await workspace.published({ disagreements: 'on' }, one))
    expect(sectionOf(asked, section)).toContain('roughly 10,000 North Korean soldiers')
  })
})

describe('Published report options', () => {
  it('publishes the finding, and the internal notes only when asked, in Markdown and HTML', async () => {
    workspace = await openReportWorkspace({ isPublished: true })
    const finding = 'the two figures count different things'
    const note = 'Ask the Pentagon press desk'
    const plain = await workspace.published()
    const withNotes = await workspace.published({ includeNotes: true })
    for (const write of [markdownReport, htmlReport]) {
      expect(write(plain)).toContain(finding)
      expect(write(plain)).not.toContain(note)
      expect(write(plain)).not.toContain('Internal notes')
      expect(write(withNotes)).toContain(note)
      expect(write(withNotes)).toContain('Internal notes')
    }
  })

  it('shows each quote in its sentence, in bold, with the claimant', async () => {
    workspace = await openReportWorkspace({ isPublished: true })
    const content = markdownReport(await workspace.published())
    expect(content).toContain(
      '> The United States said on October 31 that it has information that **some 8,000 North Korean soldiers** are now in Russia’s Kursk region near the border with Ukraine, and Russia "fully intends" to deploy them in combat against Ukrainian troops.',
    )
    expect(content).toContain('- **Claimant:** U.S. officials')
  })

  it('leaves out unrated claims when asked, and counts only what it shows', async () => {
    workspace = await openReportWorkspace({ isPublished: true })
    const all = await workspace.service.export({ kind: 'all' }, 'md')
    const rated = await workspace.service.export({ kind: 'all' }, 'md', { includeUnrated: false })
    expect([all.claimCount, rated.claimCount]).toEqual([5, 4])
    expect(all.content).toContain('Zelenskiy said**')
    expect(rated.content).not.toContain('Unrated')
    expect(rated.content).not.toContain('Zelenskiy said**')
  })

  it('groups by verdict in the order of the scale, or orders each article by verdict', async () => {
    workspace = await openReportWorkspace({ isPublished: true })
    const byVerdict = markdownReport(await workspace.published({ groupBy: 'verdict' }))
    expect(headingTexts(byVerdict, 2).slice(2)).toEqual([
      'True (2 claims)',
      'Mostly true (2 claims)',
      'Unrated (1 claim)',
    ])
    expect(headingTexts(byVerdict, 3).filter((text) => text.startsWith('Claim'))).toEqual([
      'Claim 1: True',
      'Claim 2: True',
      'Claim 3: Mostly true',
      'Claim 4: Mostly true',
      'Claim 5: Unrated',
    ])
    expect(byVerdict).toContain('- **Article:** “Zelenskyy Expresses Frustration')
    const ordered = markdownReport(await workspace.published({ orderBy: 'verdict' }))
    expect(headingTexts(ordered, 3).filter((text) => text.startsWith('Claim 1.'))).toEqual([
      'Claim 1.1: Mostly true',
      'Claim 1.2: Mostly true',
      'Claim 1.3: Unrated',
    ])
    expect(lintMarkdown(byVerdict)).toEqual([])
  })

  it('opens with the title, subtitle and byline asked for, else the workspace’s display name', async () => {
    workspace = await openReportWorkspace({ isPublished: true })
    const titled = markdownReport(
      await workspace.published({
        title: 'Troops in Russia',
        subtitle: 'Three reports',
        author: 'Jane Doe',
      }),
    )
    expect(
      titled.startsWith(
        '# Troops in Russia\n\n_Three reports_\n\nBy Jane Doe · 23 November 2026\n',
      ),
    ).toBe(true)
    await workspace.store.updateIndex((data) => void (data.settings.displayName = 'Kursk desk'))
    expect(
      markdownReport(await workspace.published()).startsWith(
        '# Fact-check: Kursk desk\n\n23 November 2026\n',
      ),
    ).toBe(true)
  })
})
