import type { NotesDoc } from '../../../shared/claim-model'
import type { Handlers } from '../../../shared/contract'
import { openStoreForTest } from './open-store'

/** Where two of the sample articles were published; the third has no known address. */
const ARTICLE_DETAILS: Record<string, { site: string; url?: string }> = {
  'Zelenskiy Criticizes': {
    site: 'RFE/RL',
    url: 'https://www.rferl.org/a/ukraine-zelenskiy-russia-long-range-weapons-austin-blinken-north-korea/33184320.html',
  },
  'Zelenskyy Condemns': {
    site: 'The Epoch Times',
    url: 'https://www.theepochtimes.com/world/zelenskyy-condemns-lack-of-response-from-western-allies-after-north-korean-troops-deployed-by-russia-5753115',
  },
  'Zelenskyy Expresses': { site: 'The Epoch Times' },
}

/** Gives the sample articles their outlets and web addresses, as an HTML or URL import would. */
export async function describeSampleArticles(folder: string): Promise<void> {
  const { store, close } = await openStoreForTest(folder)
  for (const entry of store.listArticles()) {
    const key = Object.keys(ARTICLE_DETAILS).find((start) => entry.title.startsWith(start))
    if (key)
      await store.replaceArticle({ ...(await store.getArticle(entry.id)), ...ARTICLE_DETAILS[key] })
  }
  await close()
}

const paragraphs = (...texts: string[]): NotesDoc => ({
  type: 'doc',
  content: texts.map((value) => ({ type: 'paragraph', content: [{ type: 'text', text: value }] })),
})

type SampleClaim = {
  article: string
  exact: string
  verdictId: string
  claimant: string
  tagIds: string[]
  finding: string[]
  notes?: string[]
}

/** A few claims as a fact-checker would leave them: rated, with a finding, one with internal notes. */
const SAMPLE_CLAIMS: SampleClaim[] = [
  {
    article: 'Zelenskiy Criticizes',
    exact: 'some 8,000 North Korean soldiers',
    verdictId: 'mostly-true',
    claimant: 'U.S. officials',
    tagIds: ['statistic'],
    finding: [
      'Both outlets attribute the figure to U.S. officials speaking on Oct. 31. The Epoch Times gives it as “up to 8,000” in the Kursk region and “roughly 10,000” in Russia overall: the two figures count different things, so they do not contradict each other.',
    ],
    notes: ['Ask the Pentagon press desk whether the 8,000 are part of the 10,000.'],
  },
  {
    article: 'Zelenskiy Criticizes',
    exact:
      'Everyone is just waiting for the North Korean military to start attacking Ukrainians as well',
    verdictId: 'mostly-true',
    claimant: 'Volodymyr Zelenskiy',
    tagIds: ['quote'],
    finding: [
      'Zelenskiy wrote this in Ukrainian. The outlets translate its last words differently (“attacking Ukrainians as well” here, “targeting Ukrainians” in The Epoch Times); the sense is the same, but neither wording is his own English.',
    ],
  },
  {
    article: 'Zelenskiy Criticizes',
    exact: 'Zelenskiy said',
    verdictId: 'unrated',
    claimant: '',
    tagIds: ['attribution'],
    finding: [],
  },
  {
    article: 'Zelenskyy Condemns',
    exact:
      'roughly 10,000 North Korean soldiers have arrived in Russia’s Far Eastern port city of Vladivostok',
    verdictId: 'true',
    claimant: 'Antony Blinken',
    tagIds: ['statistic'],
    finding: [
      'Blinken gave this figure at the Oct. 31 press conference with Lloyd Austin and their South Korean counterparts, beside the 8,000 already in the Kursk region.',
    ],
  },
  {
    article: 'Zelenskyy Expresses',
    exact: 'At an Oct. 30 joint press briefing',
    verdictId: 'true',
    claimant: 'The Epoch Times',
    tagIds: ['date-time'],
    finding: [
      'Austin and Kim Yong-hyun met on Oct. 30; the Oct. 31 press conference in the other two reports is a second meeting, joined by the two foreign ministers. Two events, two dates: the reports do not contradict each other.',
    ],
  },
]

/** Marks the sample claims through the same calls the app makes. */
export async function markPublishedSample(h: Handlers): Promise<void> {
  const articles = await h['articles.list']({})
  for (const sample of SAMPLE_CLAIMS) {
    const entry = articles.find((candidate) => candidate.title.startsWith(sample.article))!
    const { text } = await h['articles.get']({ articleId: entry.id })
    const start = text.indexOf(sample.exact)
    if (start < 0) throw new Error(`not in the article text: ${sample.exact}`)
    const { finding, notes = [], exact, verdictId, claimant, tagIds } = sample
    const claim = await h['claims.create']({
      articleId: entry.id,
      start,
      end: start + exact.length,
      verdictId,
      claimant,
      tagIds,
      status: verdictId === 'unrated' ? 'to-check' : 'checked',
    })
    await h['claims.update']({
      articleId: entry.id,
      claimId: claim.id,
      patch: { finding: paragraphs(...finding), notes: paragraphs(...notes) },
    })
  }
}
