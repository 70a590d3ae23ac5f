import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import type { Handlers } from '../../../shared/contract'
import { dispatch } from '../../../shared/dispatch'
import type { Article } from '../../../shared/article-model'
import { openTempWorkspace, type TempWorkspace } from '../testing/temp-workspace'

let app: TempWorkspace
let handlers: Handlers

beforeEach(async () => {
  app = await openTempWorkspace()
  handlers = app.handlers
})
afterEach(() => app.dispose())

async function article(titleStart: string): Promise<Article> {
  const summary = (await handlers['articles.list']({})).find((entry) =>
    entry.title.startsWith(titleStart),
  )
  if (!summary) throw new Error(`no sample article "${titleStart}"`)
  return handlers['articles.get']({ articleId: summary.id })
}

async function claimOn(source: Article, exact: string) {
  const start = source.text.indexOf(exact)
  expect(start).toBeGreaterThanOrEqual(0)
  return handlers['claims.create']({ articleId: source.id, start, end: start + exact.length })
}

const SOME_8000 =
  'some 8,000 North Korean soldiers are now in Russia’s Kursk region near the border with Ukraine'
const ATTACKING =
  'Everyone is just waiting for the North Korean military to start attacking Ukrainians as well'

describe('counterparts on the sample articles', () => {
  test('the 8,000-troops passages of two articles are counterparts, with a score and a word diff', async () => {
    const rferl = await article('Zelenskiy Criticizes')
    const epoch = await article('Zelenskyy Condemns')
    const claim = await claimOn(rferl, SOME_8000)
    const [best] = await handlers['compare.counterparts']({
      articleId: rferl.id,
      claimId: claim.id,
    })
    expect(best?.passage.articleId).toBe(epoch.id)
    expect(best?.passage.text).toContain('up to 8,000 North Korean troops')
    expect(best?.reasons).toContain('same figure: 8,000 North Korean soldiers')
    expect(best?.score).toBeGreaterThan(0.5)
    expect(best?.diff.some((part) => part.kind === 'added' && part.text.includes('up'))).toBe(true)
  })

  test('a passage counting the same soldiers differently is listed as a counterpart too', async () => {
    const rferl = await article('Zelenskiy Criticizes')
    const claim = await claimOn(rferl, SOME_8000)
    const found = await handlers['compare.counterparts']({ articleId: rferl.id, claimId: claim.id })
    const differing = found.find((each) => each.passage.text.includes('10,000 North Korean'))
    expect(differing?.reasons).toContain('different figure: 10,000 North Korean soldiers')
    expect(found.some((each) => each.passage.text.includes('up to 8,000'))).toBe(true)
  })

  test('the "Everyone is just waiting" quotations are paired across outlets', async () => {
    const rferl = await article('Zelenskiy Criticizes')
    const claim = await claimOn(rferl, ATTACKING)
    const found = await handlers['compare.counterparts']({ articleId: rferl.id, claimId: claim.id })
    expect(found[0]?.passage.text).toContain('start targeting Ukrainians')
    expect(found[0]?.reasons[0]).toMatch(/^same quotation/)
  })
})

describe('discrepancies across the sample workspace', () => {
  test('the quotation is flagged as worded differently, with a word diff', async () => {
    const all = await handlers['compare.discrepancies']({})
    const quote = all.find(
      (item) => item.kind === 'quote-wording' && item.summary.includes('attacking Ukrainians'),
    )
    expect(quote?.items.map((item) => item.says)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('start attacking Ukrainians as well'),
        expect.stringContaining('start targeting Ukrainians'),
      ]),
    )
    expect(quote?.diff).toEqual(
      expect.arrayContaining([
        { kind: 'removed', text: expect.stringContaining('attacking') },
        { kind: 'added', text: expect.stringContaining('targeting') },
      ]),
    )
  })

  test('the troop numbers are flagged with which article says what, hedges included', async () => {
    const rferl = await article('Zelenskiy Criticizes')
    const epoch = await article('Zelenskyy Condemns')
    const number = (await handlers['compare.discrepancies']({})).find(
      (item) => item.kind === 'number',
    )
    expect(number?.summary).toBe(
      'Different figures for North Korean soldiers: 8,000 (2 articles) vs 10,000 (1 article)',
    )
    const says = number?.items.map((item) => [item.passage.articleId, item.says])
    expect(says).toEqual(
      expect.arrayContaining([
        [rferl.id, 'some 8,000 North Korean soldiers'],
        [epoch.id, 'up to 8,000 North Korean troops'],
        [epoch.id, 'roughly 10,000 North Korean soldiers'],
      ]),
    )
    expect(number?.caveat).toContain('Vladivostok')
  })

  test('the Oct. 30 vs Oct. 31 briefing dates are flagged', async () => {
    const dates = (await handlers['compare.discrepancies']({})).filter(
      (item) => item.kind === 'date',
    )
    expect(dates).toHaveLength(1)
    expect(new Set(dates[0]?.items.map((item) => item.says))).toEqual(
      new Set(['October 31', 'Oct. 31', 'Oct. 30']),
    )
  })

  test('"legitimate military targets" is attributed to the Pentagon by one outlet and to Blinken by another', async () => {
    const attribution = (await handlers['compare.discrepancies']({})).filter(
      (item) => item.kind === 'attribution',
    )
    expect(attribution.map((item) => item.summary)).toEqual([
      'The same quotation is attributed to Pentagon vs Blinken',
    ])
  })

  test('every item links to a passage that is really in its article', async () => {
    for (const discrepancy of await handlers['compare.discrepancies']({})) {
      for (const { passage } of discrepancy.items) {
        const { text } = await handlers['articles.get']({ articleId: passage.articleId })
        expect(text.slice(passage.start, passage.end).trim()).toBe(passage.text)
      }
    }
  })
})

describe('"same claim" groups', () => {
  test('linking makes a claim in the other article, both in one group, and it survives a restart', async () => {
    const rferl = await article('Zelenskiy Criticizes')
    const claim = await claimOn(rferl, SOME_8000)
    const [best] = await handlers['compare.counterparts']({
      articleId: rferl.id,
      claimId: claim.id,
    })
    if (!best) throw new Error('no counterpart')
    const { passage } = best
    const linked = await handlers['compare.link']({
      articleId: rferl.id,
      claimId: claim.id,
      target: passage,
    })
    expect(linked.claims).toHaveLength(2)
    expect(new Set(linked.claims.map((each) => each.groupId))).toEqual(new Set([linked.groupId]))

    app = await app.reopen()
    handlers = app.handlers
    const [group] = await handlers['compare.groups']({})
    expect(group?.members.map((member) => member.passage.articleId).sort()).toEqual(
      [rferl.id, passage.articleId].sort(),
    )
    expect(
      group?.discrepancies.map((item) => [item.kind, item.items.map((each) => each.says)]),
    ).toEqual([['number', ['some 8,000 North Korean soldiers', 'up to 8,000 North Korean troops']]])
    const again = await handlers['compare.counterparts']({ articleId: rferl.id, claimId: claim.id })
    expect(again[0]?.linkedClaimId).toBe(
      linked.claims.find((each) => each.articleId === passage.articleId)?.id,
    )
  })

  test('the discrepancies page follows a link made after it was read, and pages each one’s passages', async () => {
    const rferl = await article('Zelenskiy Criticizes')
    const claim = await claimOn(rferl, SOME_8000)
    const before = await handlers['compare.discrepancyPage']({ offset: 0, limit: 50 })
    expect(before.discrepancies.some((each) => each.groupId)).toBe(false)
    const [best] = await handlers['compare.counterparts']({
      articleId: rferl.id,
      claimId: claim.id,
    })
    if (!best) throw new Error('no counterpart')
    await handlers['compare.link']({ articleId: rferl.id, claimId: claim.id, target: best.passage })
    const after = await handlers['compare.discrepancyPage']({ offset: 0, limit: 50 })
    expect(after.total).toBe(before.total + 1)
    expect(after.discrepancies[0]?.groupId).toBeDefined()
    const whole = await handlers['compare.discrepancies']({})
    for (const [place, preview] of after.discrepancies.entries()) {
      const { items, total } = await handlers['compare.discrepancyItems']({
        discrepancyId: preview.id,
        offset: 0,
        limit: 200,
      })
      expect(total).toBe(preview.itemCount)
      expect(items).toEqual(whole[place]?.items)
    }
    await handlers['compare.unlink']({ articleId: rferl.id, claimId: claim.id })
    expect((await handlers['compare.discrepancyPage']({ offset: 0, limit: 50 })).total).toBe(
      before.total,
    )
  })

  test('unlinking one of two claims dissolves the group', async () => {
    const rferl = await article('Zelenskiy Criticizes')
    const claim = await claimOn(rferl, ATTACKING)
    const [best] = await handlers['compare.counterparts']({
      articleId: rferl.id,
      claimId: claim.id,
    })
    if (!best) throw new Error('no counterpart')
    await handlers['compare.link']({ articleId: rferl.id, claimId: claim.id, target: best.passage })
    const unlinked = await handlers['compare.unlink']({ articleId: rferl.id, claimId: claim.id })
    expect(unlinked.map((each) => each.groupId)).toEqual([undefined, undefined])
    expect(await handlers['compare.groups']({})).toEqual([])
  })

  test('a claim cannot be linked to its own article', async () => {
    const rferl = await article('Zelenskiy Criticizes')
    const claim = await claimOn(rferl, ATTACKING)
    const target = { articleId: rferl.id, start: 0, end: 10 }
    await expect(
      handlers['compare.link']({ articleId: rferl.id, claimId: claim.id, target }),
    ).rejects.toThrow(/another article/)
  })
})

describe('bad input loses nothing and says why', () => {
  test('a dismissal outside the article text, or a link to a range outside it, is refused', async () => {
    const rferl = await article('Zelenskiy Criticizes')
    const epoch = await article('Zelenskyy Condemns')
    const claim = await claimOn(rferl, ATTACKING)
    const dismissal = await dispatch(handlers, 'suggestions.dismiss', {
      articleId: rferl.id,
      start: 10,
      end: 10 ** 7,
    })
    expect(dismissal).toMatchObject({
      ok: false,
      code: 'invalid-input',
      message: expect.stringContaining('does not lie in'),
    })
    const target = { articleId: epoch.id, start: 5, end: 10 ** 7 }
    const link = await dispatch(handlers, 'compare.link', {
      articleId: rferl.id,
      claimId: claim.id,
      target,
    })
    expect(link).toMatchObject({ ok: false, code: 'invalid-input' })
    expect(await handlers['claims.list']({ articleId: epoch.id })).toEqual([])
    expect((await handlers['claims.list']({ articleId: rferl.id }))[0]?.groupId).toBeUndefined()
  })
})

describe('suggested claims', () => {
  test('the figure and quotation sentences rank high, with reasons', async () => {
    const rferl = await article('Zelenskiy Criticizes')
    const suggestions = await handlers['suggestions.list']({ articleId: rferl.id })
    const top = suggestions.slice(0, 4).map((suggestion) => suggestion.text)
    expect(top.some((text) => text.includes('some 8,000 North Korean soldiers'))).toBe(true)
    expect(suggestions[0]?.reasons.join(' ')).toMatch(/figure|quotation/)
    const waiting = suggestions.find((suggestion) =>
      suggestion.text.includes('Everyone is just waiting'),
    )
    expect(waiting?.reasons).toEqual(
      expect.arrayContaining(['quotation', 'attributed to Zelenskiy']),
    )
  })

  test('a dismissed suggestion stays dismissed after a restart; a marked sentence is no longer suggested', async () => {
    const rferl = await article('Zelenskiy Criticizes')
    const [first, second] = await handlers['suggestions.list']({ articleId: rferl.id })
    if (!first || !second) throw new Error('no suggestions')
    await handlers['suggestions.dismiss']({
      articleId: rferl.id,
      start: first.start,
      end: first.end,
    })
    await handlers['claims.create']({ articleId: rferl.id, start: second.start, end: second.end })
    app = await app.reopen()
    handlers = app.handlers
    const texts = (await handlers['suggestions.list']({ articleId: rferl.id })).map(
      (suggestion) => suggestion.text,
    )
    expect(texts).not.toContain(first.text)
    expect(texts).not.toContain(second.text)
  })
})
