import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Claim } from '../../../shared/claim-model'
import { layOutBlocks } from '../article-record'
import { parseTxtArticle } from '../import/txt-article'
import { EditedArticle, syntheticArticle, type Fate, type Span } from '../testing/article-edits'
import { seededRandom } from '../testing/seeded-random'
import { claimOnSpan } from '../testing/claim-fixtures'
import { SAMPLES_DIR } from '../testing/temp-workspace'
import { reanchorClaims } from './reanchor'

const claimOn = (text: string, quote: string, n = 0) => {
  const start = text.indexOf(quote)
  if (start < 0) throw new Error(`not in text: ${quote}`)
  return claimOnSpan(text, { start, end: start + quote.length }, n)
}

const spanOf = (claim: Claim) => ({ start: claim.position.start, end: claim.position.end })

const ARTICLE = [
  'Troops Reach Kursk',
  'Some 8,000 North Korean soldiers are in Russia’s Kursk region, officials said on Thursday.',
  'Zelenskiy said partners were “just waiting for the North Korean military to start attacking Ukrainians as well.”',
  'The Pentagon said the troops were given Russian uniforms and equipment.',
].join('\n\n')

describe('reanchorClaims: each kind of change', () => {
  const soldiers = claimOn(
    ARTICLE,
    'Some 8,000 North Korean soldiers are in Russia’s Kursk region',
    1,
  )
  const uniforms = claimOn(ARTICLE, 'the troops were given Russian uniforms', 2)

  it('leaves claims anchored when nothing before them changed', () => {
    const edited = `${ARTICLE}\n\nA new last paragraph.`
    const [first, second] = reanchorClaims(ARTICLE, edited, [soldiers, uniforms])
    expect(first).toEqual(soldiers)
    expect(second?.anchor).toEqual({ state: 'anchored', confidence: 1 })
  })

  it('moves claims after an insertion before them, quote unchanged, full confidence', () => {
    const edited = ARTICLE.replace('\n\n', '\n\nUpdated: Nov. 2, 2024\n\n')
    const [moved] = reanchorClaims(ARTICLE, edited, [soldiers])
    expect(moved?.anchor).toEqual({ state: 'moved', confidence: 1 })
    expect(moved?.quote.exact).toBe(soldiers.quote.exact)
    expect(edited.slice(moved?.position.start, moved?.position.end)).toBe(soldiers.quote.exact)
  })

  it('moves a claim whose own paragraph changed elsewhere, finding the exact quote near its old place', () => {
    const edited = ARTICLE.replace(
      'officials said on Thursday.',
      'two officials said on Thursday, Oct. 31.',
    )
    const [moved] = reanchorClaims(ARTICLE, edited, [soldiers])
    expect(moved?.anchor.state).toBe('anchored')
    expect(moved?.position).toEqual(soldiers.position)
    expect(moved?.quote.suffix).toBe(', two officials said on Thursday')
  })

  it('asks for review, keeping the old wording, when the quote itself was edited', () => {
    const edited = ARTICLE.replace('Some 8,000', 'Some 10,000')
    const [review] = reanchorClaims(ARTICLE, edited, [soldiers])
    expect(review?.anchor).toMatchObject({
      state: 'needs-review',
      previousExact: soldiers.quote.exact,
    })
    expect(review?.anchor.confidence).toBeGreaterThan(0.5)
    expect(review?.anchor.confidence).toBeLessThan(1)
    expect(review?.quote.exact).toBe(
      'Some 10,000 North Korean soldiers are in Russia’s Kursk region',
    )
  })

  it('orphans a claim whose paragraph was deleted, keeping all its data', () => {
    const edited = ARTICLE.replace(/\n\nThe Pentagon said[^\n]+/, '')
    const [, orphan] = reanchorClaims(ARTICLE, edited, [
      soldiers,
      { ...uniforms, claimant: 'Pentagon' },
    ])
    expect(orphan).toMatchObject({
      quote: uniforms.quote,
      position: uniforms.position,
      claimant: 'Pentagon',
    })
    expect(orphan?.anchor.state).toBe('orphaned')
  })

  it('never attaches to a look-alike sentence left when the original was reworded away', () => {
    const lookAlike =
      'Some 8,000 North Korean soldiers are in Russia’s Kursk region, officials said on Friday.'
    const edited = ARTICLE.replace(
      /Some 8,000[^\n]+/,
      'Russia has denied that any foreign troops are present, a spokesman said.',
    ).concat(`\n\n${lookAlike}`)
    const [result] = reanchorClaims(ARTICLE, edited, [soldiers])
    expect(['needs-review', 'orphaned']).toContain(result?.anchor.state)
  })

  it('keeps a claim on its own sentence, not on a verbatim copy, when its paragraph changed', () => {
    const quote = 'officials said on Thursday.'
    const claim = claimOn(ARTICLE, quote)
    const edited = ARTICLE.replace('Some 8,000', 'Some 9,000').concat(
      `\n\nNo comment came from Moscow, ${quote}`,
    )
    const [result] = reanchorClaims(ARTICLE, edited, [claim])
    expect(result?.anchor.state).toBe('anchored')
    expect(result?.position).toEqual(claim.position)
  })

  it('proposes its own edited sentence for review, not a verbatim copy of the old words far off', () => {
    // The bench's failing pattern: one character changed inside the claim, while its old words
    // still stand word for word far away in other surroundings, in a paragraph changed too.
    const quote = 'the troops were given Russian uniforms and equipment'
    const filler = Array.from({ length: 12 }, (_, n) => `Filler paragraph ${n} about the war.`)
    const original = [
      ARTICLE,
      ...filler,
      `Months later, officials repeated that ${quote}, without proof.`,
    ].join('\n\n')
    const claim = claimOn(original, quote)
    const edited = original
      .replace('Pentagon said the troops were given', 'Pentagon said the troops were givex')
      .replace('without proof', 'withoux proof')
    const [result] = reanchorClaims(original, edited, [claim])
    expect(result?.anchor).toMatchObject({ state: 'needs-review', previousExact: quote })
    expect(result?.position.start).toBe(claim.position.start)
    expect(result?.quote.exact).toBe('the troops were givex Russian uniforms and equipment')
  })

  it('does not pick between two verbatim copies with the same context', () => {
    const claim = claimOn(ARTICLE, 'North Korean soldiers are in Russia’s Kursk region')
    const [title, first, ...rest] = ARTICLE.split('\n\n')
    const changed = first?.replace('on Thursday.', 'on Friday.') ?? ''
    const edited = [title, rest[0], changed, rest[1], changed].join('\n\n')
    const [result] = reanchorClaims(ARTICLE, edited, [claim])
    expect(result?.anchor.state).toBe('needs-review')
  })

  it('keeps a claim flagged for review when a later update leaves it alone', () => {
    const first = ARTICLE.replace('Some 8,000', 'Some 10,000')
    const [review] = reanchorClaims(ARTICLE, first, [soldiers])
    const second = `${first}\n\nOne more paragraph.`
    const [again] = reanchorClaims(first, second, [review as Claim])
    expect(again?.anchor).toEqual(review?.anchor)
  })

  it('finds a moved paragraph and says the claim moved', () => {
    const paragraphs = ARTICLE.split('\n\n')
    const edited = [paragraphs[0], paragraphs[3], paragraphs[2], paragraphs[1]].join('\n\n')
    const [moved] = reanchorClaims(ARTICLE, edited, [soldiers])
    expect(moved?.anchor.state).toBe('moved')
    expect(edited.slice(moved?.position.start, moved?.position.end)).toBe(soldiers.quote.exact)
  })
})

type Judgement = 'right' | 'review' | 'review-elsewhere' | 'orphaned' | 'wrong'

/** Right means anchored or moved to exactly where the text went; a changed or deleted quote may never be placed silently. */
function judge(result: Claim, truth: { span: Span | undefined; fate: Fate }): Judgement {
  const span = spanOf(result)
  const isAtTruth =
    truth.span !== undefined && span.start === truth.span.start && span.end === truth.span.end
  if (result.anchor.state === 'orphaned') return 'orphaned'
  if (result.anchor.state === 'needs-review') {
    const overlaps =
      truth.span !== undefined && span.start < truth.span.end && span.end > truth.span.start
    return overlaps ? 'review' : 'review-elsewhere'
  }
  return truth.fate === 'intact' && isAtTruth ? 'right' : 'wrong'
}

const sampleTexts = [
  '000_a547749780e01351.txt',
  '001_b6ac9b1c9e3b9886.txt',
  '004_54b3b94515d101ea.txt',
].map(
  (name) =>
    layOutBlocks(parseTxtArticle(readFileSync(join(SAMPLES_DIR, name), 'utf8')).blocks).text,
)

function runCorpus(
  base: (random: () => number) => string,
  seeds: number,
  claims: number,
  edits: number,
) {
  const counts: Record<Judgement, number> = {
    right: 0,
    review: 0,
    'review-elsewhere': 0,
    orphaned: 0,
    wrong: 0,
  }
  const intact = { total: 0, right: 0 }
  for (let seed = 1; seed <= seeds; seed++) {
    const random = seededRandom(seed).next
    const article = new EditedArticle(base(random), random)
    const before = article.text
    const originals = Array.from({ length: claims }, () => article.addClaim()).map((span, n) =>
      claimOnSpan(before, span as Span, n),
    )
    article.applyRandom(edits)
    const results = reanchorClaims(before, article.text, originals)
    article.truth().forEach((truth, n) => {
      const result = results[n] as Claim
      const judgement = judge(result, truth)
      counts[judgement]++
      if (truth.fate === 'intact') {
        intact.total++
        if (judgement === 'right') intact.right++
      }
      expect(
        judgement,
        `seed ${seed}, claim ${n} (${truth.fate}) after ${article.applied.join(', ')}`,
      ).not.toBe('wrong')
    })
  }
  return { counts, intact }
}

describe('reanchorClaims on a seeded corpus of edits', () => {
  it('places no claim wrongly on the three sample articles', () => {
    for (const [index, text] of sampleTexts.entries()) {
      const { counts, intact } = runCorpus(() => text, 40, 12, 6)
      expect(counts.wrong, `sample ${index}`).toBe(0)
      expect(intact.right / intact.total, `sample ${index}`).toBeGreaterThan(0.9)
    }
  })

  it('places none of 5,000 claims wrongly on a 1 MB article with 5 % of its quotes edited', () => {
    const random = seededRandom(2024).next
    const article = new EditedArticle(syntheticArticle(random, 4300), random)
    const before = article.text
    const claims = Array.from({ length: 5000 }, (_, n) =>
      claimOnSpan(before, article.addClaim() as Span, n),
    )
    article.applyRandom(60)
    article.editInsideClaims(250)
    const results = reanchorClaims(before, article.text, claims)
    const judgements = article.truth().map((truth, n) => judge(results[n] as Claim, truth))
    expect(judgements.filter((judgement) => judgement === 'wrong')).toEqual([])
    expect(judgements.filter((judgement) => judgement === 'right').length).toBeGreaterThan(4500)
  })

  it('places no claim wrongly on a long synthetic article full of look-alike sentences', () => {
    const { counts, intact } = runCorpus((random) => syntheticArticle(random, 120), 20, 150, 40)
    expect(counts.wrong).toBe(0)
    expect(intact.right / intact.total).toBeGreaterThan(0.9)
  })
})
