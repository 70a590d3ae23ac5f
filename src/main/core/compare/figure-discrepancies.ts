import type { Discrepancy } from '../../../shared/compare-model'
import type { ArticleAnalysis } from './article-analysis'
import { relatedClusters } from './cluster'
import { describeFigure, sameCountedThing, type Figure } from './figures'
import { articleCount, discrepancyId, itemOf, mentionsOf, type Mention } from './mention'
import { sharedNames } from './names'

/** Two mentions count the same thing: same unit and qualifier, or (unqualified) in sentences naming the same two things. */
const countSameThing = (a: Mention<Figure>, b: Mention<Figure>) =>
  sameCountedThing(a.item, b.item) &&
  (a.item.qualifier.length > 0 || sharedNames(a.sentence.names, b.sentence.names).length >= 2)

/** Figures that may count the same thing share one of these: the unit with a qualifier, or the bare unit. */
const countedThingKeys = ({ item }: Mention<Figure>) =>
  item.qualifier.length ? item.qualifier.map((key) => `${item.unit}|${key}`) : [item.unit]

const reading = (figure: Figure) => `${figure.hedge ?? ''}|${figure.value}`

/**
 * Whether articles disagree: a different value, or the same value bounded differently ("some" vs
 * "up to"). Among mentions from two or more articles, two readings always include a pair from two articles.
 */
const disagree = (mentions: readonly Mention<Figure>[]) =>
  new Set(mentions.map((mention) => reading(mention.item))).size >= 2

/** Places named beside each value that the other values' sentences do not name: a sign they count different things. */
function placeCaveat(mentions: readonly Mention<Figure>[]): string | undefined {
  // Where the counted thing is: places named after the figure ("8,000 … in Russia’s Kursk region").
  const placesAfter = (m: Mention<Figure>) =>
    m.sentence.names.filter((n) => n.isPlace && n.start > m.item.end).map((n) => n.text)
  const placesByValue = new Map<number, Set<string>>()
  for (const mention of mentions) {
    const places = placesByValue.get(mention.item.value) ?? new Set<string>()
    for (const place of placesAfter(mention)) places.add(place)
    placesByValue.set(mention.item.value, places)
  }
  if (placesByValue.size < 2) return undefined
  const valuesNaming = new Map<string, number>()
  for (const places of placesByValue.values())
    for (const place of places) valuesNaming.set(place, (valuesNaming.get(place) ?? 0) + 1)
  const described = [...placesByValue].flatMap(([value, places]) => {
    const own = [...places].filter((place) => valuesNaming.get(place) === 1)
    return own.length ? [`${value.toLocaleString('en-US')} with ${own.join(', ')}`] : []
  })
  return described.length >= 2
    ? `The figures come with different places (${described.join('; ')}): they may count different things.`
    : undefined
}

function summaryOf(mentions: readonly Mention<Figure>[]): string {
  const label =
    mentions.find((mention) => mention.item.counted)?.item.counted ?? mentions[0]?.item.unit
  const articlesByValue = new Map<number, Set<string>>()
  for (const { item, analysis } of mentions)
    articlesByValue.set(
      item.value,
      (articlesByValue.get(item.value) ?? new Set()).add(analysis.articleId),
    )
  const inArticles = ([value, articles]: [number, Set<string>]) =>
    `${value.toLocaleString('en-US')} (${articles.size} article${articles.size === 1 ? '' : 's'})`
  if (articlesByValue.size > 1)
    return `Different figures for ${label}: ${[...articlesByValue].map(inArticles).join(' vs ')}`
  const hedges = [
    ...new Set(
      mentions.map((mention) => describeFigure({ ...mention.item, counted: '', unit: '' })),
    ),
  ]
  return `The same figure for ${label} is hedged differently: ${hedges.join(' vs ')}`
}

/** Number mismatches across the workspace: each counted thing whose figures differ between articles. */
export function figureDiscrepancies(analyses: readonly ArticleAnalysis[]): Discrepancy[] {
  const mentions = mentionsOf(analyses, (sentence) =>
    sentence.figures.filter((figure) => figure.unit),
  )
  return relatedClusters(mentions, {
    keysOf: countedThingKeys,
    ownerOf: (mention) => `${mention.analysis.articleId}@${mention.sentence.start}`,
    isRelated: countSameThing,
    copyKeyOf: ({ item, sentence }) =>
      JSON.stringify([item.unit, item.qualifier, sentence.names.map((name) => name.keys)]),
  })
    .filter((group) => articleCount(group) >= 2 && disagree(group))
    .map((group) => {
      const caveat = placeCaveat(group)
      return {
        id: discrepancyId('number', group),
        kind: 'number',
        summary: summaryOf(group),
        items: group.map((mention) => itemOf(mention, describeFigure(mention.item))),
        ...(caveat ? { caveat } : {}),
      }
    })
}
