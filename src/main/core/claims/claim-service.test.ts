import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Article } from '../../../shared/article-model'
import { openTempWorkspace, type TempWorkspace } from '../testing/temp-workspace'

let app: TempWorkspace
let article: Article

const rangeOf = (text: string, exact: string) => {
  const start = text.indexOf(exact)
  if (start < 0) throw new Error(`not in text: ${exact}`)
  return { start, end: start + exact.length }
}

beforeEach(async () => {
  app = await openTempWorkspace()
  const [first] = await app.handlers['articles.list']({})
  article = await app.handlers['articles.get']({ articleId: first!.id })
})

afterEach(() => app.dispose())

describe('claims', () => {
  it('computes selectors from the article text and survives a restart', async () => {
    const h = app.handlers
    const claim = await h['claims.create']({
      articleId: article.id,
      ...rangeOf(article.text, 'some 8,000 North Korean soldiers'),
    })
    expect(claim.quote.exact).toBe('some 8,000 North Korean soldiers')
    expect(claim.quote.prefix.length).toBe(32)
    expect(claim.verdictId).toBe('unrated')
    await h['claims.update']({
      articleId: article.id,
      claimId: claim.id,
      patch: {
        tagIds: ['statistic'],
        verdictId: 'mostly-true',
        claimant: 'U.S. officials',
        status: 'researching',
        notes: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [{ type: 'text', text: 'Checked with DoD.', marks: [{ type: 'bold' }] }],
            },
          ],
        },
        sources: [{ id: 's1', url: 'https://www.defense.gov/', title: 'DoD briefing', note: '' }],
      },
    })
    app = await app.reopen()
    const [stored] = await app.handlers['claims.list']({ articleId: article.id })
    expect(stored).toMatchObject({
      id: claim.id,
      tagIds: ['statistic'],
      verdictId: 'mostly-true',
      claimant: 'U.S. officials',
      status: 'researching',
    })
    expect(stored!.sources[0]!.url).toBe('https://www.defense.gov/')
    expect(
      (await app.handlers['articles.list']({})).find((a) => a.id === article.id)?.claimCount,
    ).toBe(1)
  })

  it('allows overlapping and nested claims and lists them in text order', async () => {
    const h = app.handlers
    const outer = rangeOf(
      article.text,
      'The United States said on October 31 that it has information',
    )
    const inner = rangeOf(article.text, 'October 31')
    await h['claims.create']({ articleId: article.id, ...inner })
    await h['claims.create']({ articleId: article.id, ...outer })
    await h['claims.create']({ articleId: article.id, start: outer.start + 4, end: outer.end + 10 })
    const claims = await h['claims.list']({ articleId: article.id })
    expect(claims.map((c) => c.position.start)).toEqual([outer.start, outer.start + 4, inner.start])
  })

  it('rejects ranges outside the article and unknown tags or verdicts', async () => {
    const h = app.handlers
    await expect(
      h['claims.create']({ articleId: article.id, start: 0, end: article.text.length + 1 }),
    ).rejects.toThrow(/does not lie/)
    await expect(
      h['claims.create']({ articleId: article.id, start: 0, end: 5, tagIds: ['nope'] }),
    ).rejects.toThrow(/no tag/)
    await expect(
      h['claims.create']({ articleId: article.id, start: 0, end: 5, verdictId: 'nope' }),
    ).rejects.toThrow(/no verdict/)
    await expect(h['claims.create']({ articleId: 'missing', start: 0, end: 5 })).rejects.toThrow(
      /no article/,
    )
  })

  it('deletes a claim, and undo brings it back with the same id', async () => {
    const h = app.handlers
    const claim = await h['claims.create']({
      articleId: article.id,
      ...rangeOf(article.text, 'Zelenskiy said'),
    })
    await h['claims.delete']({ articleId: article.id, claimId: claim.id })
    expect(await h['claims.list']({ articleId: article.id })).toEqual([])
    expect(await h['undo.undo']({})).toMatchObject({ label: 'Delete claim', skipped: [] })
    expect(await h['claims.list']({ articleId: article.id })).toEqual([claim])
  })
})

describe('tags', () => {
  it('deletes a tag from every claim, and undo puts it back in its place and on those claims', async () => {
    const h = app.handlers
    await h['claims.create']({
      articleId: article.id,
      start: 0,
      end: 9,
      tagIds: ['statistic', 'quote'],
    })
    await h['claims.create']({ articleId: article.id, start: 20, end: 40, tagIds: ['statistic'] })
    expect(await h['tags.usage']({ tagId: 'statistic' })).toEqual({ claimCount: 2 })
    expect(await h['tags.delete']({ tagId: 'statistic' })).toMatchObject({ id: 'statistic' })
    expect((await h['claims.list']({ articleId: article.id })).map((c) => c.tagIds)).toEqual([
      ['quote'],
      [],
    ])
    await h['undo.undo']({})
    const vocabulary = await h['vocabulary.get']({})
    expect(vocabulary.tags[0]?.id).toBe('statistic')
    expect((await h['claims.list']({ articleId: article.id })).map((c) => c.tagIds.sort())).toEqual(
      [['quote', 'statistic'], ['statistic']],
    )
  })

  it('merges one tag into another, and undo takes the merge back exactly', async () => {
    const h = app.handlers
    await h['claims.create']({
      articleId: article.id,
      start: 0,
      end: 9,
      tagIds: ['statistic', 'quote'],
    })
    await h['claims.create']({ articleId: article.id, start: 20, end: 40, tagIds: ['statistic'] })
    expect(await h['tags.merge']({ sourceId: 'statistic', targetId: 'quote' })).toMatchObject({
      id: 'quote',
    })
    expect((await h['claims.list']({ articleId: article.id })).map((c) => c.tagIds)).toEqual([
      ['quote'],
      ['quote'],
    ])
    await h['undo.undo']({})
    expect((await h['claims.list']({ articleId: article.id })).map((c) => c.tagIds.sort())).toEqual(
      [['quote', 'statistic'], ['statistic']],
    )
  })

  it('refuses duplicate names, and renames and recolours', async () => {
    const h = app.handlers
    await expect(h['tags.create']({ name: ' statistic ', colour: '#123456' })).rejects.toThrow(
      /already a tag/,
    )
    const tag = await h['tags.create']({ name: 'Budget', colour: '#123456' })
    expect(await h['tags.update']({ tagId: tag.id, name: 'Budgets', colour: '#654321' })).toEqual({
      ...tag,
      name: 'Budgets',
      colour: '#654321',
    })
  })

  it('refuses to drop a verdict that claims still use', async () => {
    const h = app.handlers
    await h['claims.create']({ articleId: article.id, start: 0, end: 9, verdictId: 'false' })
    const { verdictScale } = await h['vocabulary.get']({})
    const withoutFalse = {
      ...verdictScale,
      verdicts: verdictScale.verdicts.filter((v) => v.id !== 'false'),
    }
    await expect(h['verdicts.update']({ verdictScale: withoutFalse })).rejects.toThrow(
      /1 claim\(s\) are rated “False”/,
    )
  })
})
