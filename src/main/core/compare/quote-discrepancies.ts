import type { Discrepancy } from '../../../shared/compare-model'
import type { ArticleAnalysis } from './article-analysis'
import { relatedClusters } from './cluster'
import { discrepancyId, itemOf, mentionsOf, type Mention } from './mention'
import { nameKeys, sameName, type Name } from './names'
import { sameQuote } from './passage-match'
import type { Quotation } from './quotations'
import { quoteSimilarity, wordDiff } from './similarity'
import { plainWords } from './words'

/** Word triples of a quotation: two quotations sharing one are worth comparing. */
const shingles = (words: readonly string[]) =>
  words.slice(0, -2).map((word, index) => `${word} ${words[index + 1]} ${words[index + 2]}`)

/** An excerpt ("just waiting for … Ukrainians") quotes the full quotation faithfully: not a wording difference. */
const isExcerptOf = (short: readonly string[], long: readonly string[]) =>
  ` ${long.join(' ')} `.includes(` ${short.join(' ')} `)

const wordedDifferently = (a: readonly string[], b: readonly string[]) =>
  !isExcerptOf(a, b) && !isExcerptOf(b, a)

const speakerName = (speaker: string): Name => ({
  text: speaker,
  keys: nameKeys(speaker),
  isPerson: true,
  isPlace: false,
  isDemonym: false,
  isPossessive: false,
  start: 0,
  end: 0,
})

function attributionDiscrepancy(group: readonly Mention<Quotation>[]): Discrepancy | null {
  const spoken = group.filter((mention) => mention.sentence.speaker)
  // Each speaker once, with the articles that name them: copies of a quotation need no second look.
  const bySpeaker = new Map<string, { name: Name; articles: Set<string> }>()
  for (const mention of spoken) {
    const speaker = mention.sentence.speaker ?? ''
    const entry = bySpeaker.get(speaker) ?? {
      name: speakerName(speaker),
      articles: new Set<string>(),
    }
    entry.articles.add(mention.analysis.articleId)
    bySpeaker.set(speaker, entry)
  }
  const speakers = [...bySpeaker.values()]
  const differs = speakers.some((a) =>
    speakers.some(
      (b) =>
        !sameName(a.name, b.name) &&
        [...a.articles].some((id) => [...b.articles].some((other) => other !== id)),
    ),
  )
  if (!differs) return null
  return {
    id: discrepancyId('attribution', spoken),
    kind: 'attribution',
    summary: `The same quotation is attributed to ${[...bySpeaker.keys()].join(' vs ')}`,
    items: spoken.map((mention) => itemOf(mention, mention.sentence.speaker ?? '')),
  }
}

/** All the mentions of one wording of a quotation (outlets copy quotations verbatim). */
type Wording = { words: string[]; mentions: Mention<Quotation>[]; articles: Set<string> }

const inDifferentArticles = (a: Wording, b: Wording) =>
  [...a.articles].some((id) => [...b.articles].some((other) => other !== id))

/**
 * The clearest diff: the most reported wording against the most alike different wording of another
 * article (one comparison per wording, not per pair).
 */
function closestDifferentPair(
  group: readonly Wording[],
): [Mention<Quotation>?, Mention<Quotation>?] {
  const reference = [...group].sort((a, b) => b.mentions.length - a.mentions.length)[0]
  const first = reference?.mentions[0]
  if (!reference || !first) return []
  let best: Mention<Quotation> | undefined
  let bestSimilarity = 0
  for (const other of group) {
    if (
      other === reference ||
      !inDifferentArticles(reference, other) ||
      !wordedDifferently(reference.words, other.words)
    )
      continue
    const similarity = quoteSimilarity(reference.words, other.words).dice
    const mention = other.mentions.find((m) => m.analysis.articleId !== first.analysis.articleId)
    if (mention && similarity > bestSimilarity) [best, bestSimilarity] = [mention, similarity]
  }
  return best ? [first, best] : []
}

function wordingsOf(mentions: readonly Mention<Quotation>[]): Wording[] {
  const byKey = new Map<string, Wording>()
  for (const mention of mentions) {
    const words = plainWords(mention.item.text)
    const key = words.join(' ')
    const wording = byKey.get(key) ?? { words, mentions: [], articles: new Set<string>() }
    wording.mentions.push(mention)
    wording.articles.add(mention.analysis.articleId)
    byKey.set(key, wording)
  }
  return [...byKey.values()]
}

/** Quote wording differences (and who is said to have said it) across the workspace. */
export function quoteDiscrepancies(analyses: readonly ArticleAnalysis[]): Discrepancy[] {
  // A quotation running over several sentences belongs to the one it opens in.
  const mentions = mentionsOf(analyses, (sentence) =>
    sentence.quotations.filter((quote) => quote.start >= sentence.start),
  )
  const wordings = wordingsOf(mentions)
  // Each wording is compared once with each other wording sharing a word triple, however often it is copied.
  const wordingGroups = relatedClusters(
    wordings,
    {
      keysOf: (wording) => shingles(wording.words),
      ownerOf: (wording) => wording.words.join(' '),
      isRelated: (a, b) => sameQuote(a.words, b.words) !== null,
    },
    1,
  )
  return wordingGroups.flatMap((wordingGroup) => {
    const group = wordingGroup.flatMap((wording) => wording.mentions)
    const attribution = attributionDiscrepancy(group)
    const [first, other] = closestDifferentPair(wordingGroup)
    if (!first || !other) return attribution ? [attribution] : []
    const wording: Discrepancy = {
      id: discrepancyId('quote', group),
      kind: 'quote-wording',
      summary: `A quotation is worded differently: “${first.item.text}” vs “${other.item.text}”`,
      items: group.map((mention) => itemOf(mention, mention.item.text)),
      diff: wordDiff(first.item.text, other.item.text),
    }
    return attribution ? [wording, attribution] : [wording]
  })
}
