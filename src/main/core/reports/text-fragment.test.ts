import { afterEach, describe, expect, it } from 'vitest'
import { openReportWorkspace, type ReportWorkspace } from '../testing/report-workspace'
import { textFragmentUrl } from './text-fragment'

const ARTICLE = 'https://example.org/news/story'

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')

/**
 * Finds a text directive in a text as a browser would (whitespace-insensitive, context first):
 * the offsets and text of the range it opens at, or null when it matches nothing.
 * @see https://wicg.github.io/scroll-to-text-fragment/#finding-ranges-in-a-document
 */
function resolve(url: string, text: string): { start: number; text: string } | null {
  const directive = new URL(url).hash.split(':~:text=')[1]
  if (directive === undefined) return null
  const parts = directive.split(',')
  const prefix = parts[0]!.endsWith('-') ? parts.shift()!.slice(0, -1) : ''
  const suffix = parts[parts.length - 1]!.startsWith('-') ? parts.pop()!.slice(1) : ''
  const [start, end] = parts.map(decodeURIComponent)
  const target = end ? `${escape(start!)}[\\s\\S]*?${escape(end)}` : escape(start!)
  const pattern = new RegExp(
    `${prefix ? `${escape(decodeURIComponent(prefix))}\\s*` : ''}(${target})${suffix ? `\\s*${escape(decodeURIComponent(suffix))}` : ''}`,
    'u',
  )
  const match = pattern.exec(text)
  if (!match) return null
  return { start: match.index + match[0].indexOf(match[1]!), text: match[1]! }
}

/** Each term of a directive holds only unreserved characters and percent escapes. */
const terms = (url: string) =>
  new URL(url).hash
    .split(':~:text=')[1]!
    .split(',')
    .map((term) => term.replace(/^-|-$/g, ''))

let workspace: ReportWorkspace | undefined

afterEach(async () => {
  await workspace?.dispose()
  workspace = undefined
})

describe('text fragment links', () => {
  it.each([
    ['the published samples', { isPublished: true }],
    ['the hostile-text workspace', { hostile: true }],
  ])('open every claim of %s at its own quote', async (_, seeding) => {
    workspace = await openReportWorkspace(seeding)
    let checked = 0
    for (const { article, claims } of (await workspace.published()).articles) {
      for (const claim of claims) {
        const url = textFragmentUrl(ARTICLE, article.text, {
          ...claim.position,
          exact: claim.quote.exact,
        })
        const found = resolve(url!, article.text)
        expect(found, claim.quote.exact).toEqual({
          start: claim.position.start,
          text: claim.quote.exact,
        })
        expect(terms(url!).every((term) => /^[A-Za-z0-9%._!~*'()]+$/.test(term))).toBe(true)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(3)
  })

  it('percent-encodes the characters a directive gives a meaning: - & , and spaces', () => {
    const text = 'He met Smith-Jones & Co., in May, and left.'
    const exact = 'Smith-Jones & Co., in May'
    const start = text.indexOf(exact)
    const url = textFragmentUrl(ARTICLE, text, { start, end: start + exact.length, exact })
    expect(url).toBe(
      `${ARTICLE}#:~:text=He%20met-,Smith%2DJones%20%26%20Co.%2C%20in%20May,-%2C%20and%20left.`,
    )
    expect(resolve(url!, text)).toEqual({ start, text: exact })
  })

  it('links a long quote, or one over paragraphs, by its first and last words', () => {
    const text =
      'First paragraph starts here and goes on for a good while longer.\n\nThen it ends right there.'
    const exact = 'paragraph starts here and goes on for a good while longer.\n\nThen it ends'
    const start = text.indexOf(exact)
    const url = textFragmentUrl(ARTICLE, text, { start, end: start + exact.length, exact })!
    expect(terms(url)).toEqual([
      'First',
      'paragraph%20starts%20here%20and',
      'Then%20it%20ends',
      'right%20there.',
    ])
    expect(resolve(url, text)).toEqual({ start, text: exact })
  })

  it('widens a quote cut inside a word to whole words, which is all a fragment can match', () => {
    const text = 'North Korean soldiers arrived.'
    const url = textFragmentUrl(ARTICLE, text, { start: 1, end: 12, exact: 'orth Korean' })!
    expect(resolve(url, text)).toEqual({ start: 0, text: 'North Korean' })
  })

  it('keeps the page’s own fragment, replaces an old directive, and needs a web address', () => {
    const text = 'A claim here.'
    const span = { start: 2, end: 7, exact: 'claim' }
    expect(textFragmentUrl(`${ARTICLE}#p2`, text, span)).toBe(
      `${ARTICLE}#p2:~:text=A-,claim,-here.`,
    )
    expect(textFragmentUrl(`${ARTICLE}#:~:text=old`, text, span)).toBe(
      `${ARTICLE}#:~:text=A-,claim,-here.`,
    )
    for (const address of [undefined, '', 'javascript:alert(1)', 'mailto:a@b.example', 'file:///x'])
      expect(textFragmentUrl(address, text, span)).toBeUndefined()
  })

  it('links the stored quote when the article has changed around the claim', () => {
    const url = textFragmentUrl(ARTICLE, 'The text changed.', { start: 4, end: 9, exact: 'claim' })
    expect(url).toBe(`${ARTICLE}#:~:text=claim`)
  })
})
