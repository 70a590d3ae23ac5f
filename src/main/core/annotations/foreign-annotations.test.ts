import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  FOREIGN_W3C,
  HYPOTHESIS_SEARCH,
  importCorpus,
  type CorpusArticles,
} from '../testing/foreign-corpus'
import { openTempWorkspace, type TempWorkspace } from '../testing/temp-workspace'

let app: TempWorkspace
let ids: CorpusArticles

beforeEach(async () => {
  app = await openTempWorkspace()
  ids = await importCorpus(app.handlers, app.dataDir)
})

afterEach(() => app.dispose())

const importFile = (document: unknown, more: object = {}) =>
  app.handlers['annotations.import']({ content: JSON.stringify(document), ...more })

const claimsOf = (articleId: string) => app.handlers['claims.list']({ articleId })

describe('annotations made on another copy of the page', () => {
  it('finds the article by the quote: unique, straight for curly quotes, other white space', async () => {
    const result = await importFile(FOREIGN_W3C)
    expect(result.matchedByQuote.map((each) => [each.annotation, each.articleId])).toEqual([
      ['https://desk.example/a/straight-quotes', ids['wire.txt']],
      ['https://desk.example/a/white-space', ids['wire.txt']],
      ['https://desk.example/a/by-context', ids['daily.txt']],
    ])
    const wire = await claimsOf(ids['wire.txt'])
    expect(wire.map((claim) => claim.quote.exact)).toEqual([
      'Officials said “some 8,000 troops” had arrived',
      'The minister’s office declined to comment',
    ])
    expect(wire.every((claim) => claim.anchor.state === 'anchored')).toBe(true)
    expect(wire[0]!.origin).toEqual({ url: 'https://colleague.example/copies/troops', title: '' })
  })

  it('uses the prefix to choose between two articles, and asks when nothing tells them apart', async () => {
    const result = await importFile(FOREIGN_W3C)
    expect(result.ambiguous).toEqual([
      {
        index: 1,
        annotation: 'https://desk.example/a/in-two',
        quote: 'The ministry said the figure was',
        replies: 0,
        candidates: [
          { articleId: ids['wire.txt'], title: 'Troops reach the border' },
          { articleId: ids['daily.txt'], title: 'A second report on the troops' },
        ],
      },
    ])
    const [byContext] = await claimsOf(ids['daily.txt'])
    expect(byContext!.quote.prefix).toMatch(/at night\.\n\n$/)

    const chosen = await importFile(FOREIGN_W3C, {
      choices: [{ index: 1, articleId: ids['daily.txt'] }],
    })
    expect(chosen).toMatchObject({ imported: 1, skipped: [], ambiguous: [] })
    expect((await claimsOf(ids['daily.txt'])).map((claim) => claim.quote.exact)).toEqual([
      'The ministry said the figure was',
      'The ministry said the figure was',
    ])
  })

  it('says why an absent quote was left out, and adds nothing twice', async () => {
    const result = await importFile(FOREIGN_W3C)
    expect(result.imported).toBe(4)
    expect(result.skipped).toEqual([
      {
        annotation: 'https://desk.example/a/absent',
        reason:
          'its page (https://colleague.example/copies/troops) is not in this workspace, and its quote “No article says anything like this sentence” is in none of its articles',
      },
    ])
    const again = await importFile(FOREIGN_W3C)
    expect(again.imported).toBe(0)
    expect(
      again.skipped.filter((skip) => /already in the workspace/.test(skip.reason)),
    ).toHaveLength(4)
  })

  it('looks only in the article named, when one is', async () => {
    const result = await importFile(FOREIGN_W3C, { articleId: ids['wire.txt'] })
    expect(result.ambiguous).toEqual([])
    expect(result.imported).toBe(4)
    expect((await claimsOf(ids['wire.txt'])).map((claim) => claim.quote.exact)).toContain(
      'The ministry said the figure was',
    )
  })

  it('matches a page saved as HTML by its canonical address', async () => {
    const result = await importFile(FOREIGN_W3C)
    expect(result.matchedByQuote.map((each) => each.annotation)).not.toContain(
      'https://desk.example/a/canonical',
    )
    const [claim] = await claimsOf(ids['saved-page.html'])
    expect(claim).toMatchObject({ quote: { exact: '120 vehicles' }, anchor: { state: 'anchored' } })
    const article = await app.handlers['articles.get']({ articleId: ids['saved-page.html'] })
    expect(article).toMatchObject({
      canonicalUrl: 'https://news.example/2026/10/convoys',
      site: 'News Example',
    })
  })
})

describe('Hypothesis annotations', () => {
  it('imports a search result: Markdown as rich notes, tags, where it came from, replies as notes', async () => {
    const result = await importFile(HYPOTHESIS_SEARCH)
    expect(result).toMatchObject({ imported: 1, replies: 2, createdTags: ['images', 'Old photos'] })
    expect(result.skipped).toEqual([
      { annotation: 'hyp-stray', reason: 'it replies to hyp-not-here, which is not in this file' },
    ])
    const [claim] = await claimsOf(ids['saved-page.html'])
    expect(claim!.quote.exact).toBe('called the images “old and misleading”')
    expect(claim!.origin).toEqual({
      url: 'https://mirror.example/convoys-copy',
      title: 'Convoys at the border (mirror)',
    })
    const vocabulary = await app.handlers['vocabulary.get']({})
    const names = claim!.tagIds.map((id) => vocabulary.tags.find((tag) => tag.id === id)?.name)
    expect(names).toEqual(['images', 'Old photos'])
    const [first, ...thread] = claim!.notes.content
    expect(first!.content).toContainEqual({
      type: 'text',
      text: 'from 2023',
      marks: [{ type: 'bold' }],
    })
    expect(first!.content).toContainEqual({
      type: 'text',
      text: 'the archive',
      marks: [{ type: 'link', attrs: { href: 'https://archive.example/img' } }],
    })
    expect(thread.map((block) => block.content?.map((each) => each.text).join(''))).toEqual([
      'Sam Lee replied on 2026-10-31:',
      'Agreed: same trucks in the 2023 footage.',
      'jane replied on 2026-10-31:',
      'Thanks, adding it to the finding.',
    ])
  })

  it('accepts one annotation or a list, and refuses a row that names no page', async () => {
    const [root] = HYPOTHESIS_SEARCH.rows
    expect((await importFile(root)).imported).toBe(1)
    const listed = await importFile([{ id: 'no-page', text: 'hello' }])
    expect(listed.skipped).toEqual([
      {
        annotation: 'no-page',
        reason:
          'it is not a Web Annotation or a Hypothesis annotation (annotation: it names no page)',
      },
    ])
  })

  it('leaves out the replies of an annotation it could not place, saying so', async () => {
    const [root, reply] = HYPOTHESIS_SEARCH.rows
    const absent = {
      ...root,
      target: [
        { source: root!.uri, selector: [{ type: 'TextQuoteSelector', exact: 'nowhere at all' }] },
      ],
    }
    const result = await importFile([absent, reply])
    expect(result.skipped.map((skip) => [skip.annotation, skip.reason])).toEqual([
      ['hyp-root', expect.stringMatching(/its quote “nowhere at all” is in none of its articles$/)],
      ['hyp-reply-1', 'it replies to hyp-root, which was not imported'],
    ])
  })

  it('goes out to Hypothesis and back keeping quotes, tags and notes', async () => {
    await importFile(HYPOTHESIS_SEARCH)
    await importFile(FOREIGN_W3C)
    const before = await app.handlers['claims.listAll']({})
    const exported = await app.handlers['reports.export']({
      scope: { kind: 'all' },
      format: 'hypothesis',
    })
    expect(exported.fileName).toMatch(/-hypothesis-[\d-]+\.json$/)
    const rows = JSON.parse(exported.content).rows
    expect(rows).toHaveLength(before.length)
    expect(rows[0]).toMatchObject({
      uri: expect.any(String),
      tags: expect.any(Array),
      document: { title: [expect.any(String)] },
    })
    for (const claim of before)
      await app.handlers['claims.delete']({ articleId: claim.articleId, claimId: claim.id })

    const result = await importFile(JSON.parse(exported.content))
    expect(result).toMatchObject({ imported: before.length, skipped: [], ambiguous: [] })
    const after = await app.handlers['claims.listAll']({})
    const kept = (claims: typeof before) =>
      claims.map(({ id, articleId, quote, position, tagIds, notes }) => ({
        id,
        articleId,
        quote,
        position,
        tagIds,
        notes,
      }))
    expect(kept(after)).toEqual(kept(before))
  })
})
