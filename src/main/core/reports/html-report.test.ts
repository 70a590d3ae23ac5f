import { afterEach, describe, expect, it } from 'vitest'
import type { Claim, NotesDoc } from '../../../shared/claim-model'
import { linksOf, unsafeParts, validateHtml } from '../testing/html-checks'
import { HOSTILE_URLS } from '../testing/hostile-urls'
import { openReportWorkspace, type ReportWorkspace } from '../testing/report-workspace'
import { htmlReport } from './html-report'

let workspace: ReportWorkspace

afterEach(() => workspace.dispose())

/** A finding that links each hostile address, as tampered data could hold it. */
const hostileFinding = (): NotesDoc => ({
  type: 'doc',
  content: HOSTILE_URLS.map((href, index) => ({
    type: 'paragraph',
    content: [{ type: 'text', text: `link ${index}`, marks: [{ type: 'link', attrs: { href } }] }],
  })),
})

describe('HTML report', () => {
  it('matches the golden page of the samples, passes the HTML validator and runs nothing', async () => {
    workspace = await openReportWorkspace({ isPublished: true })
    const page = await workspace.service.export({ kind: 'all' }, 'html', {
      author: 'the sample desk',
    })
    await expect(page.content).toMatchFileSnapshot('./golden/sample-report.html')
    expect(await validateHtml(page.content)).toEqual([])
    expect(unsafeParts(page.content)).toEqual([])
    expect(page).toMatchObject({ mimeType: 'text/html;charset=utf-8', claimCount: 5 })
    expect(page.fileName).toMatch(/\.html$/)
    expect(page.content).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; style-src &#x27;sha256-[A-Za-z0-9+/=]+&#x27;; base-uri &#x27;none&#x27;; form-action &#x27;none&#x27;">/,
    )
  })

  it('keeps the hostile corpus inert in quotes, claimants, findings, notes and sources', async () => {
    workspace = await openReportWorkspace({ hostile: true })
    const page = htmlReport(await workspace.published({ includeNotes: true }))
    expect(await validateHtml(page)).toEqual([])
    expect(unsafeParts(page)).toEqual([])
    expect(page).not.toMatch(/<script|<img|javascript:alert\(1\)"/i)
    expect(page).toContain(
      '&#x3C;img src=x onerror=alert(1)> and &#x3C;script>alert(1)&#x3C;/script>',
    )
    expect(page).toContain('Found: # Not a heading')
    expect(page).toContain('Reversed ⟨U+202E⟩txet⟨U+202C⟩ text')
    expect(new Set(linksOf(page))).toEqual(
      new Set([
        'https://example.org/notes',
        'https://example.org/source',
        'https://www.defense.gov/',
        'https://www.defense.gov/News/Transcripts/',
      ]),
    )
  })

  it('links only to http(s) addresses, whatever a finding, a source or an article holds', async () => {
    workspace = await openReportWorkspace()
    const data = await workspace.published({ includeNotes: true })
    const entry = data.articles[0]!
    const tampered: Claim = {
      ...entry.claims[0]!,
      finding: hostileFinding(),
      notes: hostileFinding(),
      sources: HOSTILE_URLS.map((url, index) => ({
        id: `s${index}`,
        url,
        title: `source ${index}`,
        note: '',
      })),
    }
    const page = htmlReport({
      ...data,
      articles: [
        { ...entry, article: { ...entry.article, url: 'javascript:alert(2)' }, claims: [tampered] },
      ],
    })
    expect(await validateHtml(page)).toEqual([])
    expect(unsafeParts(page)).toEqual([])
    expect(linksOf(page)).toEqual([])
    expect(page).toContain('link 0')
  })
})
