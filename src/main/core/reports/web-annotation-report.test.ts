import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ARCHIVED_AT, FIXTURE_WARC } from '../testing/evidence-fixture'
import { openReportWorkspace, REPORT_TIME, type ReportWorkspace } from '../testing/report-workspace'
import { gatherReportData } from './report-data'
import { ANNOTATION_CONTEXT, CLAIMDESK_TERMS, webAnnotationReport } from './web-annotation-report'

/** An absolute IRI: a scheme, a colon, no spaces. */
const Iri = z.string().regex(/^[a-z][a-z0-9+.-]*:\S+$/i)
const DateTime = z.iso.datetime({ offset: true })
/** @see https://www.w3.org/TR/annotation-model/#motivation-and-purpose */
const Motivation = z.enum([
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
])

/** The data model's rules for what Claimdesk writes, from https://www.w3.org/TR/annotation-model/. */
const TextualBody = z
  .object({
    type: z.literal('TextualBody'),
    value: z.string().min(1),
    purpose: Motivation,
    format: z.string(),
  })
  .strict()
/** @see https://www.w3.org/TR/annotation-model/#time-state */
const TimeState = z
  .object({
    type: z.literal('TimeState'),
    sourceDate: DateTime,
    cached: Iri,
    'claimdesk:warcFile': z.string().regex(/\.warc\.gz$/),
  })
  .strict()
const LinkingBody = z
  .object({
    type: z.literal('SpecificResource'),
    source: Iri,
    purpose: Motivation,
    label: z.string().optional(),
    'claimdesk:note': z.string().optional(),
    state: TimeState.optional(),
  })
  .strict()
const TextQuoteSelector = z
  .object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().min(1),
    prefix: z.string(),
    suffix: z.string(),
  })
  .strict()
const TextPositionSelector = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .strict()
  .refine((selector) => selector.end >= selector.start)
const Annotation = z
  .object({
    id: Iri,
    type: z.literal('Annotation'),
    motivation: Motivation,
    created: DateTime,
    modified: DateTime,
    'claimdesk:claimant': z.string().optional(),
    'claimdesk:status': z.enum(['to-check', 'researching', 'checked']),
    'claimdesk:group': z.string().optional(),
    'claimdesk:checkedAgainst': z
      .object({ version: z.number().int().positive(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })
      .strict()
      .optional(),
    body: z.array(z.union([TextualBody, LinkingBody])).min(1),
    target: z
      .object({
        type: z.literal('SpecificResource'),
        source: Iri,
        selector: z.tuple([TextQuoteSelector, TextPositionSelector]),
      })
      .strict(),
  })
  .strict()
const AnnotationPage = z
  .object({
    id: Iri,
    type: z.literal('AnnotationPage'),
    partOf: Iri,
    startIndex: z.number().int().nonnegative(),
    items: z.array(Annotation).min(1),
  })
  .strict()
const AnnotationCollection = z
  .object({
    // The W3C context first; extensions may only follow it.
    '@context': z.tuple([
      z.literal(ANNOTATION_CONTEXT),
      z.object({ claimdesk: z.literal(CLAIMDESK_TERMS) }),
    ]),
    id: Iri,
    type: z.literal('AnnotationCollection'),
    label: z.string().min(1),
    total: z.number().int().nonnegative(),
    generated: DateTime,
    generator: z.object({ id: Iri, type: z.literal('Software'), name: z.string() }).strict(),
    first: AnnotationPage.optional(),
  })
  .strict()
  .refine(
    (collection) => (collection.first?.items.length ?? 0) === collection.total,
    'total counts the items',
  )
  .refine(
    (collection) => !collection.first || collection.first.partOf === collection.id,
    'the page is part of the collection',
  )

let workspace: ReportWorkspace

afterEach(() => workspace.dispose())

describe('W3C Web Annotation report', () => {
  it('follows the data model, with selectors that find each quote in its article by code points', async () => {
    workspace = await openReportWorkspace({ hostile: true })
    const report = await workspace.service.export({ kind: 'all' }, 'w3c')
    expect(report.mimeType).toBe('application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"')
    const collection = AnnotationCollection.parse(JSON.parse(report.content))
    const items = collection.first!.items
    expect(items).toHaveLength(4)
    for (const item of items) {
      const article = (
        await Promise.all(
          workspace.store.listArticles().map((entry) => workspace.store.getArticle(entry.id)),
        )
      ).find(
        (candidate) => item.target.source === `urn:claimdesk:article:sha256:${candidate.sha256}`,
      )!
      const [quote, position] = item.target.selector
      expect([...article.text].slice(position.start, position.end).join('')).toBe(quote.exact)
    }
    // The hostile headline holds one emoji: two UTF-16 units, one code point, before the quote.
    const hostile = items.find((item) => item.target.selector[0].exact.startsWith('See ]'))!
    const text = (await workspace.store.getArticle(workspace.store.listArticles()[3]!.id)).text
    expect(hostile.target.selector[1].start).toBe(text.indexOf('See ]') - 1)
  })

  it('gives tags, notes, verdict and sources their purposes, and links claims of one group', async () => {
    workspace = await openReportWorkspace()
    const data = await gatherReportData(
      workspace.store,
      workspace.book,
      { kind: 'all' },
      REPORT_TIME,
    )
    const [a, b] = data.articles
    const grouped = {
      ...data,
      articles: [
        { ...a!, claims: a!.claims.map((claim) => ({ ...claim, groupId: 'g1' })) },
        { ...b!, claims: b!.claims.map((claim) => ({ ...claim, groupId: 'g1' })) },
      ],
    }
    const collection = AnnotationCollection.parse(JSON.parse(webAnnotationReport(grouped)))
    const troops = collection.first!.items.find(
      (item) => item.target.selector[0].exact === 'some 8,000 North Korean soldiers',
    )!
    expect(troops.body.map((body) => body.purpose)).toEqual([
      'assessing',
      'tagging',
      'commenting',
      'linking',
      'linking',
      'linking',
    ])
    expect(troops.body[0]).toMatchObject({ value: 'Mostly true' })
    expect(troops.body[1]).toMatchObject({ value: 'Statistic' })
    expect(troops.body[2]).toMatchObject({
      format: 'text/markdown',
      value: 'Pentagon said **10,000** in total.\n\n- [Briefing](https://www.defense.gov/)',
    })
    expect(troops.body[3]).toMatchObject({
      source: 'https://www.defense.gov/News/Transcripts/',
      label: 'Austin and Blinken briefing',
    })
    const others = collection
      .first!.items.filter((item) => item.id !== troops.id)
      .map((item) => item.id)
    expect(
      troops.body
        .slice(4)
        .map((body) => (body as { source: string }).source)
        .sort(),
    ).toEqual(others.sort())
  })

  it('gives an archived source a TimeState naming its local copy, and a claim the version it was checked against', async () => {
    workspace = await openReportWorkspace({ hasEvidence: true })
    const report = await workspace.service.export({ kind: 'all' }, 'w3c')
    const items = AnnotationCollection.parse(JSON.parse(report.content)).first!.items
    const archived = items.flatMap((item) =>
      item.body.flatMap((body) => ('state' in body && body.state ? [body.state] : [])),
    )
    expect(archived).toEqual([
      {
        type: 'TimeState',
        sourceDate: ARCHIVED_AT.toISOString(),
        cached: expect.stringMatching(/^urn:sha256:[0-9a-f]{64}$/),
        'claimdesk:warcFile': FIXTURE_WARC,
      },
    ])
    const checked = items.filter((item) => item['claimdesk:checkedAgainst'])
    expect(checked.map((item) => item['claimdesk:checkedAgainst']?.version)).toEqual([1])
  })

  it('writes an empty collection without a page when no claim is in scope', async () => {
    workspace = await openReportWorkspace()
    const report = await workspace.service.export({ kind: 'filter', tagId: 'prediction' }, 'w3c')
    expect(AnnotationCollection.parse(JSON.parse(report.content))).toMatchObject({ total: 0 })
  })
})
