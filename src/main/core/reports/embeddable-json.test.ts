import { parseDocument, DomUtils } from 'htmlparser2'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTempWorkspace, type TempWorkspace } from '../testing/temp-workspace'
import { embeddableJson } from './embeddable-json'

/** What ends a publisher's JSON-LD block and opens markup of the attacker's own. */
const BREAKOUT = '</script><!--<script>alert(1)</script>'

describe('embeddableJson', () => {
  it('writes <, >, &, U+2028 and U+2029 as \\u escapes, and means the same JSON', () => {
    const value = { quote: `${BREAKOUT} & more`, lines: 'one\u2028two\u2029three' }
    const json = embeddableJson(value)
    expect(json).not.toMatch(/[<>&\u2028\u2029]/)
    expect(json).toContain('\\u003c/script\\u003e\\u003c!--')
    expect(json).toContain('\\u0026 more')
    expect(json).toContain('one\\u2028two\\u2029three')
    expect(JSON.parse(json)).toEqual(value)
  })
})

describe('ClaimReview and W3C reports with a script-ending claim', () => {
  let app: TempWorkspace

  beforeAll(async () => {
    app = await openTempWorkspace(undefined, { fileWatch: null })
    const h = app.handlers
    const text = `Hostile headline\n\nThe minister said ${BREAKOUT} in parliament.`
    const [outcome] = (await h['articles.importText']({ text })).outcomes
    if (outcome?.status !== 'imported') throw new Error('the hostile article was not imported')
    const article = await h['articles.get']({ articleId: outcome.article.id })
    const start = article.text.indexOf(BREAKOUT)
    const claim = await h['claims.create']({
      articleId: article.id,
      start,
      end: start + BREAKOUT.length,
      claimant: `Minister ${BREAKOUT}`,
      verdictId: 'false',
    })
    const note = { type: 'text' as const, text: `Checked: ${BREAKOUT}` }
    await h['claims.update']({
      articleId: article.id,
      claimId: claim.id,
      patch: { notes: { type: 'doc', content: [{ type: 'paragraph', content: [note] }] } },
    })
    await h['settings.update']({
      patch: { publisherName: `Desk ${BREAKOUT}`, publisherUrl: 'https://check.example/?a=1&b=2' },
    })
  })

  afterAll(() => app.dispose())

  /** The report pasted into a publisher's page, as ClaimReview is meant to be. */
  const embedded = (json: string) =>
    parseDocument(
      `<html><head><script type="application/ld+json">${json}</script></head><body><p>Article</p></body></html>`,
    )

  it.each(['claimreview', 'w3c'] as const)(
    '%s: has no <, and stays one inert script block when embedded in a page',
    async (format) => {
      const { content } = await app.handlers['reports.export']({ scope: { kind: 'all' }, format })
      expect(content).not.toMatch(/[<>&\u2028\u2029]/)
      const page = embedded(content)
      const scripts = DomUtils.getElementsByTagName('script', page)
      expect(scripts).toHaveLength(1)
      expect(DomUtils.textContent(scripts[0]!)).toBe(content)
      // The quote and the claimant come back intact; W3C also carries the note (as Markdown).
      const parsed = JSON.stringify(JSON.parse(content))
      expect(parsed).toContain(`"${BREAKOUT}"`)
      expect(parsed).toContain(`Minister ${BREAKOUT}`)
      if (format === 'w3c') expect(parsed).toContain('Checked: \\\\</script>\\\\<!--')
    },
  )
})
