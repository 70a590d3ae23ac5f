import { afterEach, describe, expect, it } from 'vitest'
import type { Claim } from '../../../shared/claim-model'
import { lintMarkdown, nodesOfType, parseMarkdown, shapeOf } from '../testing/markdown-checks'
import {
  HOSTILE_LINES,
  openReportWorkspace,
  type ReportWorkspace,
} from '../testing/report-workspace'
import { markdownReport, markdownReportTree } from './markdown-report'

let workspace: ReportWorkspace

afterEach(() => workspace.dispose())

const headings = (content: string, depth: number) =>
  nodesOfType(parseMarkdown(content), 'heading')
    .filter((heading) => heading.depth === depth)
    .map((heading) =>
      nodesOfType(heading, 'text')
        .map((node) => node.value)
        .join(''),
    )

describe('Markdown report', () => {
  it('matches the golden report of the sample workspace, byte for byte, and passes markdownlint', async () => {
    workspace = await openReportWorkspace()
    const first = await workspace.service.export({ kind: 'all' }, 'md')
    const second = await workspace.service.export({ kind: 'all' }, 'md')
    expect(second.content).toBe(first.content)
    await expect(first.content).toMatchFileSnapshot('./golden/sample-report.md')
    expect(lintMarkdown(first.content)).toEqual([])
    expect(first).toMatchObject({
      mimeType: 'text/markdown;charset=utf-8',
      claimCount: 3,
      warnings: [],
    })
  })

  it('keeps hostile text literal: parsed back, the report has exactly the structure it was built with', async () => {
    workspace = await openReportWorkspace({ hostile: true })
    const data = await workspace.published({ includeNotes: true })
    const content = markdownReport(data)
    const parsed = parseMarkdown(content)
    expect(shapeOf(parsed)).toEqual(shapeOf(markdownReportTree(data)))
    expect(nodesOfType(parsed, 'html')).toEqual([])
    expect(headings(content, 1)).toHaveLength(1)
    expect(headings(content, 2).filter((text) => text.startsWith('Article '))).toHaveLength(4)
    expect(headings(content, 3).filter((text) => text.startsWith('Claim '))).toHaveLength(4)
    const urls = new Set(nodesOfType(parsed, 'link').map((link) => link.url))
    expect([...urls].sort()).toEqual([
      'https://example.org/notes',
      'https://example.org/source',
      'https://www.defense.gov/',
      'https://www.defense.gov/News/Transcripts/',
    ])
    expect(content).not.toContain('\u202e')
    expect(content).toContain('Reversed ⟨U+202E⟩txet⟨U+202C⟩ text')
    expect(lintMarkdown(content)).toEqual([])
  })

  it('shows every hostile line as the text it was, in the quote, claimant, finding, notes and sources', async () => {
    workspace = await openReportWorkspace({ hostile: true })
    const parsed = parseMarkdown(markdownReport(await workspace.published({ includeNotes: true })))
    const texts = nodesOfType(parsed, 'text').map((node) => node.value)
    for (const line of HOSTILE_LINES.map((line) =>
      line.replace('\u202e', '⟨U+202E⟩').replace('\u202c', '⟨U+202C⟩'),
    )) {
      expect(texts).toContain(line)
    }
    expect(texts).toContain('Article 4: Hostile 🙂 <b>headline</b> | # [x](javascript:1)')
  })

  it('emits only http(s) and mailto links, even from tampered data', async () => {
    workspace = await openReportWorkspace()
    const data = await workspace.published({ includeNotes: true })
    const entry = data.articles[0]!
    const claim = entry.claims[0]!
    const link = (href: string, text: string) => ({
      type: 'text',
      text,
      marks: [{ type: 'link' as const, attrs: { href } }],
    })
    const tampered: Claim = {
      ...claim,
      finding: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [link('vbscript:x', 'vb')] }],
      },
      notes: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              link('javascript:alert(1)', 'bad'),
              { type: 'text', text: ' ' },
              link('mailto:desk@example.org', 'mail'),
            ],
          },
        ],
      },
      sources: [
        { id: 's9', url: 'data:text/html,<script>alert(1)</script>', title: 'Data URL', note: '' },
      ],
    }
    const article = { ...entry.article, url: 'javascript:alert(2)' }
    const content = markdownReport({
      ...data,
      articles: [{ ...entry, article, claims: [tampered] }],
    })
    const urls = nodesOfType(parseMarkdown(content), 'link').map((link) => link.url)
    expect(urls).toEqual(['mailto:desk@example.org'])
    expect(content).toContain('javascript:alert(2)')
    expect(lintMarkdown(content)).toEqual([])
  })

  it('names the claims in other articles that report the same thing', async () => {
    workspace = await openReportWorkspace()
    const data = await workspace.published()
    const [a, b] = data.articles
    const grouped = (entry: typeof a) => ({
      ...entry!,
      claims: entry!.claims.map((claim) => ({ ...claim, groupId: 'g1' })),
    })
    const content = markdownReport({ ...data, articles: [grouped(a), grouped(b)] })
    expect(content).toContain('- **Same claim as:** Claim 1.2, Claim 2.1\n')
    expect(content).toContain('- **Same claim as:** Claim 1.1, Claim 1.2\n')
    expect(lintMarkdown(content)).toEqual([])
  })

  it('covers one article, or only the claims passing a filter', async () => {
    workspace = await openReportWorkspace()
    const [first] = workspace.store.listArticles()
    const one = await workspace.service.export({ kind: 'article', articleId: first!.id }, 'md')
    expect(one.claimCount).toBe(2)
    expect(headings(one.content, 2)).toEqual([
      'Summary',
      'Article 1: Zelenskiy Criticizes Partners For Weak Response To North Korean Troops In Russia',
    ])
    expect(one.fileName).toBe(
      'zelenskiy-criticizes-partners-for-weak-response-to-north-korean-troops-in-russia-report-2026-11-23.md',
    )
    const rated = await workspace.service.export({ kind: 'filter', verdictId: 'false' }, 'md')
    expect(rated.claimCount).toBe(1)
    expect(rated.content).toContain('(claims with verdict “False”)')
    expect(rated.content).toContain('**North Korean**')
    expect(rated.content).not.toContain('some 8,000')
    const none = await workspace.service.export(
      { kind: 'filter', status: 'checked', tagId: 'causal' },
      'md',
    )
    expect(none.claimCount).toBe(0)
    expect(none.content).toContain('No claims in this report.')
    expect(lintMarkdown(none.content)).toEqual([])
  })
})
