import type { Discrepancy } from '../../../shared/compare-model'
import type { ArticleAnalysis } from './article-analysis'
import { clusters, relatedPairs } from './cluster'
import { describeFigure, sameCountedThing, type Figure } from './figures'
import { articleCount, discrepancyId, itemOf, mentionsOf, type Mention } from './mention'
import { sharedNames } from './names'

/** Two mentions count the same thing: same unit and qualifier, or (unqualified) in sentences naming the same two things. */
const countSameThing = (a: Mention<Figure>, b: Mention<Figure>) =>
  sameCountedThing(a.item, b.item) &&
  (a.item.qualifier.length > 0 || sharedNames(a.sentence.names, b.sentence.names).length >= 2)

const reading = (figure: Figure) => `${figure.hedge ?? ''}|${figure.value}`

/** Whether two articles disagree: a different value, or the same value bounded differently ("some" vs "up to"). */
const disagree = (mentions: readonly Mention<Figure>[]) =>
  mentions.some((a) =>
    mentions.some(
      (b) => a.analysis.articleId !== b.analysis.articleId && reading(a.item) !== reading(b.item),
    ),
  )

/** Places named beside each value that the other values' sentences do not name: a sign they count different things. */
function placeCaveat(mentions: readonly Mention<Figure>[]): string | undefined {
  const values = [...new Set(mentions.map((mention) => mention.item.value))]
  if (values.length < 2) return undefined
  // Where the counted thing is: places named after the figure ("8,000 … in Russia’s Kursk region").
  const placesAfter = (m: Mention<Figure>) =>
    m.sentence.names.filter((n) => n.isPlace && n.start > m.item.end).map((n) => n.text)
  const placesFor = (value: number) =>
    new Set(mentions.filter((m) => m.item.value === value).flatMap(placesAfter))
  const described = values.flatMap((value) => {
    const others = values
      .filter((other) => other !== value)
      .flatMap((other) => [...placesFor(other)])
    const own = [...placesFor(value)].filter((place) => !others.includes(place))
    return own.length ? [`${value.toLocaleString('en-US')} with ${own.join(', ')}`] : []
  })
  return described.length >= 2
    ? `The figures come with different places (${described.join('; ')}): they may count different things.`
    : undefined
}

function summaryOf(mentions: readonly Mention<Figure>[]): string {
  const label =
    mentions.find((mention) => mention.item.counted)?.item.counted ?? mentions[0]?.item.unit
  const values = [...new Set(mentions.map((mention) => mention.item.value))]
  const inArticles = (value: number) => {
    const count = articleCount(mentions.filter((mention) => mention.item.value === value))
    return `${value.toLocaleString('en-US')} (${count} article${count === 1 ? '' : 's'})`
  }
  if (values.length > 1)
    return `Different figures for ${label}: ${values.map(inArticles).join(' vs ')}`
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
  const related = relatedPairs(
    mentions,
    (mention) => [mention.item.unit],
    (mention) => `${mention.analysis.articleId}@${mention.sentence.start}`,
    countSameThing,
  )
  return clusters(mentions, related)
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
