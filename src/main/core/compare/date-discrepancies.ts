import type { Discrepancy } from '../../../shared/compare-model'
import type { ArticleAnalysis, SentenceInfo } from './article-analysis'
import { relatedClusters } from './cluster'
import type { DateMention } from './dates'
import { articleCount, discrepancyId, itemOf, mentionsOf, type Mention } from './mention'
import { sameName, type Name } from './names'
import { dice } from './similarity'

/** Kinds of dated events news reports name with different words ("press conference", "briefing", "talks"). */
const EVENT_KINDS = new Map([
  ...['conference', 'briefing', 'talk', 'meeting', 'summit', 'news'].map(
    (word) => [word, 'meeting'] as const,
  ),
  ...['statement', 'speech', 'address', 'interview'].map((word) => [word, 'statement'] as const),
  ...['launch', 'test', 'test-fire', 'test-firing'].map((word) => [word, 'launch'] as const),
  ...['strike', 'attack', 'bombing', 'shelling', 'airstrike'].map(
    (word) => [word, 'strike'] as const,
  ),
  ...['election', 'vote', 'referendum'].map((word) => [word, 'vote'] as const),
])

const eventKinds = (sentence: SentenceInfo) =>
  new Set(sentence.words.flatMap((word) => EVENT_KINDS.get(word) ?? []))

/** People and bodies, not countries: "Austin" ties two sentences to one event, "Russia" does not. */
const actors = (sentence: SentenceInfo) =>
  sentence.names.filter((name) => !name.isPlace && !name.isDemonym && !name.keys.includes('us'))

const shareActor = (a: readonly Name[], b: readonly Name[]) =>
  a.some((name) => b.some((other) => sameName(name, other)))

/** Same event: a shared actor, and the same kind of event or much the same wording. */
function sameEvent(a: SentenceInfo, b: SentenceInfo): boolean {
  if (!shareActor(actors(a), actors(b))) return false
  const kinds = eventKinds(b)
  return [...eventKinds(a)].some((kind) => kinds.has(kind)) || dice(a.words, b.words) >= 0.35
}

const keys = (mentions: readonly Mention<DateMention>[]) =>
  new Set(mentions.map((mention) => mention.item.key))

/** Photo captions date the photo, not the event reported. */
const isDatedReport = (sentence: SentenceInfo) =>
  sentence.kind !== 'caption' && sentence.dates.length > 0

/** Date mismatches: sentences in different articles that seem to report one event under different dates. */
export function dateDiscrepancies(analyses: readonly ArticleAnalysis[]): Discrepancy[] {
  const mentions = mentionsOf(analyses, (sentence) =>
    isDatedReport(sentence) ? sentence.dates.slice(0, 1) : [],
  )
  return relatedClusters(mentions, {
    keysOf: (mention) => actors(mention.sentence).flatMap((name) => name.keys),
    ownerOf: (mention) => mention.analysis.articleId,
    isRelated: (a, b) => sameEvent(a.sentence, b.sentence),
    copyKeyOf: ({ sentence }) =>
      JSON.stringify([actors(sentence).map((name) => name.keys), sentence.words]),
  })
    .filter((group) => articleCount(group) >= 2 && keys(group).size >= 2)
    .map((group) => ({
      id: discrepancyId('date', group),
      kind: 'date',
      summary: `Possibly one event dated differently: ${[...new Set(group.map((mention) => mention.item.text))].join(' vs ')}`,
      items: group.map((mention) => itemOf(mention, mention.item.text)),
      caveat:
        'The passages share people and the kind of event; check that they are the same event before correcting a date.',
    }))
}
