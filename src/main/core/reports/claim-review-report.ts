import type { Claim, Verdict } from '../../../shared/claim-model'
import type { Article } from '../../../shared/article-model'
import { isWebUrl } from '../../../shared/safe-url'
import { embeddableJson } from './embeddable-json'
import { vocabularyOf, type ReportData } from './report-data'
import { articleIri } from './web-annotation-report'

/** Only an ISO date can be trusted to mean one day; free-text dates are left out rather than guessed. */
const isoDay = (value: string | undefined) =>
  value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined

function claimReview(article: Article, claim: Claim, verdict: Verdict, data: ReportData) {
  const { publisherName, publisherUrl } = data.settings
  const publisher = {
    '@type': 'Organization',
    ...(publisherName ? { name: publisherName } : {}),
    ...(publisherUrl ? { url: publisherUrl } : {}),
  }
  const published = isoDay(article.published)
  return {
    '@type': 'ClaimReview',
    ...(publisherUrl ? { url: `${publisherUrl}#claim-${claim.id}` } : {}),
    claimReviewed: claim.quote.exact,
    datePublished: data.generatedAt.toISOString().slice(0, 10),
    ...(data.settings.language ? { inLanguage: data.settings.language } : {}),
    author: publisher,
    reviewRating: {
      '@type': 'Rating',
      ratingValue: verdict.value,
      bestRating: data.verdictScale.bestValue,
      worstRating: data.verdictScale.worstValue,
      alternateName: verdict.label,
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(claim.claimant ? { author: { '@type': 'Person', name: claim.claimant } } : {}),
      ...(published ? { datePublished: published } : {}),
      appearance: {
        '@type': 'CreativeWork',
        url: articleIri(article),
        headline: article.title,
        ...(article.byline ? { author: { '@type': 'Person', name: article.byline } } : {}),
        ...(published ? { datePublished: published } : {}),
        ...(article.site ? { publisher: { '@type': 'Organization', name: article.site } } : {}),
      },
    },
  }
}

/** What a ClaimReview export lacks: shown before exporting so the user can fix it or go on without. */
export function claimReviewGaps(data: ReportData): string[] {
  const { verdictOf } = vocabularyOf(data)
  const claims = data.articles.flatMap((entry) => entry.claims)
  const unrated = claims.filter((claim) => verdictOf(claim).value === null).length
  const noClaimant = claims.filter(
    (claim) => verdictOf(claim).value !== null && claim.claimant === '',
  ).length
  const noWebAddress = data.articles.filter(
    ({ article, claims }) => claims.length > 0 && !isWebUrl(article.url ?? ''),
  ).length
  return [
    ...(data.settings.publisherName === ''
      ? ['No publisher name: set it in Settings so reviews name their author.']
      : []),
    ...(data.settings.publisherUrl === ''
      ? ['No publisher URL: reviews have no url of their own.']
      : []),
    ...(unrated > 0 ? [`${unrated} claim(s) have no rating on the scale and are left out.`] : []),
    ...(noClaimant > 0 ? [`${noClaimant} rated claim(s) do not say who made the claim.`] : []),
    ...(noWebAddress > 0
      ? [`${noWebAddress} article(s) have no web address; their appearance is a Claimdesk URN.`]
      : []),
  ]
}

/**
 * One schema.org ClaimReview per rated claim; claims whose verdict has no value (Unrated, Unverifiable) are left out.
 * @see https://schema.org/ClaimReview
 */
export function claimReviewReport(data: ReportData): string {
  const { verdictOf } = vocabularyOf(data)
  const graph = data.articles.flatMap(({ article, claims }) =>
    claims
      .filter((claim) => verdictOf(claim).value !== null)
      .map((claim) => claimReview(article, claim, verdictOf(claim), data)),
  )
  return embeddableJson({ '@context': 'https://schema.org', '@graph': graph })
}
