import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { openReportWorkspace, type ReportWorkspace } from '../testing/report-workspace'
import { SettingsService } from '../workspace/settings-service'

const Url = z.string().regex(/^(https?|urn):\S+$/)
const Organization = z
  .object({ '@type': z.literal('Organization'), name: z.string().min(1), url: Url.optional() })
  .strict()
const Person = z.object({ '@type': z.literal('Person'), name: z.string().min(1) }).strict()

/** The properties schema.org and Google's fact-check markup require of a ClaimReview. @see https://schema.org/ClaimReview */
const ClaimReview = z
  .object({
    '@type': z.literal('ClaimReview'),
    url: Url,
    claimReviewed: z.string().min(1),
    datePublished: z.iso.date(),
    inLanguage: z.string().optional(),
    author: Organization,
    reviewRating: z
      .object({
        '@type': z.literal('Rating'),
        ratingValue: z.number(),
        bestRating: z.number(),
        worstRating: z.number(),
        alternateName: z.string().min(1),
      })
      .strict()
      .refine(
        (rating) =>
          rating.worstRating <= rating.ratingValue && rating.ratingValue <= rating.bestRating,
      ),
    itemReviewed: z
      .object({
        '@type': z.literal('Claim'),
        author: Person.optional(),
        datePublished: z.iso.date().optional(),
        appearance: z
          .object({
            '@type': z.literal('CreativeWork'),
            url: Url,
            headline: z.string(),
            author: Person.optional(),
            datePublished: z.iso.date().optional(),
            publisher: Organization.optional(),
          })
          .strict(),
      })
      .strict(),
  })
  .strict()
const ClaimReviewDocument = z
  .object({ '@context': z.literal('https://schema.org'), '@graph': z.array(ClaimReview) })
  .strict()

let workspace: ReportWorkspace

afterEach(() => workspace.dispose())

describe('ClaimReview report', () => {
  it('has one review per rated claim with the required properties, once the publisher is set', async () => {
    workspace = await openReportWorkspace()
    await new SettingsService(workspace.store, workspace.book).updateSettings({
      publisherName: 'Desk Check',
      publisherUrl: 'https://check.example/reviews',
    })
    const report = await workspace.service.export({ kind: 'all' }, 'claimreview')
    const { '@graph': reviews } = ClaimReviewDocument.parse(JSON.parse(report.content))
    expect(reviews.map((review) => review.claimReviewed)).toEqual([
      'some 8,000 North Korean soldiers',
      'North Korean',
    ])
    expect(reviews[0]).toMatchObject({
      datePublished: '2026-11-23',
      author: { name: 'Desk Check', url: 'https://check.example/reviews' },
      reviewRating: { ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: 'Mostly true' },
      itemReviewed: { author: { name: 'U.S. officials' } },
    })
    expect(reviews[0]!.url).toMatch(/^https:\/\/check\.example\/reviews#claim-c/)
    expect(report.warnings).toEqual([
      '1 claim(s) have no rating on the scale and are left out.',
      '1 rated claim(s) do not say who made the claim.',
      '2 article(s) have no web address; their appearance is a Claimdesk URN.',
    ])
  })

  it('lists what is missing before a publisher is set', async () => {
    workspace = await openReportWorkspace()
    const report = await workspace.service.export({ kind: 'all' }, 'claimreview')
    expect(report.warnings.slice(0, 2)).toEqual([
      'No publisher name: set it in Settings so reviews name their author.',
      'No publisher URL: reviews have no url of their own.',
    ])
  })
})
