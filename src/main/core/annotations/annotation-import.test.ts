import { afterEach, describe, expect, it } from 'vitest'
import { ClaimService } from '../claims/claim-service'
import { TagService } from '../claims/tag-service'
import { openReportWorkspace, REPORT_TIME, type ReportWorkspace } from '../testing/report-workspace'
import { openTempWorkspace, type TempWorkspace } from '../testing/temp-workspace'
import { AnnotationImportService } from './annotation-import'

let workspace: ReportWorkspace
let other: TempWorkspace | undefined

afterEach(async () => {
  await workspace.dispose()
  await other?.dispose()
  other = undefined
})

const importerFor = ({ store, book }: ReportWorkspace) => {
  const claims = new ClaimService(store, book)
  return {
    claims,
    importer: new AnnotationImportService(
      store,
      book,
      claims,
      new TagService(store, book),
      () => REPORT_TIME,
    ),
  }
}

describe('importing W3C Web Annotations', () => {
  it('export → import → export gives the same claims, byte for byte', async () => {
    workspace = await openReportWorkspace({ hostile: true })
    const exported = await workspace.service.export({ kind: 'all' }, 'w3c')
    const markdown = await workspace.service.export({ kind: 'all' }, 'md')
    const { claims, importer } = importerFor(workspace)
    for (const claim of await claims.listAll()) await claims.delete(claim.articleId, claim.id)
    expect(await claims.listAll()).toEqual([])

    const result = await importer.import({ content: exported.content })
    expect(result).toEqual({
      imported: 4,
      needsReview: 0,
      createdTags: [],
      skipped: [],
      matchedByQuote: [],
      replies: 0,
      ambiguous: [],
    })
    expect((await workspace.service.export({ kind: 'all' }, 'w3c')).content).toBe(exported.content)
    expect((await workspace.service.export({ kind: 'all' }, 'md')).content).toBe(markdown.content)

    const again = await importer.import({ content: exported.content })
    expect(again.imported).toBe(0)
    expect(again.skipped.map((skip) => skip.reason)).toEqual(
      Array(4).fill('that claim is already in the workspace'),
    )
  })

  it('leaves out the version a claim was checked against when this article never had that text', async () => {
    workspace = await openReportWorkspace({ hostile: true })
    const exported = (await workspace.service.export({ kind: 'all' }, 'w3c')).content
    const { claims, importer } = importerFor(workspace)
    const checked = (await claims.listAll()).find((claim) => claim.checkedAgainst)
    expect(checked?.checkedAgainst).toBeDefined()
    for (const claim of await claims.listAll()) await claims.delete(claim.articleId, claim.id)
    const otherText = exported.replaceAll(checked!.checkedAgainst!.sha256, 'f'.repeat(64))

    expect((await importer.import({ content: otherText })).imported).toBe(4)
    const imported = await claims.listAll()
    expect(imported.find((claim) => claim.id === checked!.id)?.checkedAgainst).toBeUndefined()
  })

  it('brings claims into another workspace holding the same articles, and says which it could not place', async () => {
    workspace = await openReportWorkspace({ hostile: true })
    const exported = await workspace.service.export({ kind: 'all' }, 'w3c')
    other = await openTempWorkspace()
    const result = await other.handlers['annotations.import']({ content: exported.content })
    expect(result.imported).toBe(3)
    expect(result.skipped).toEqual([
      {
        annotation: expect.stringMatching(/^urn:claimdesk:claim:/),
        reason: expect.stringMatching(
          /^its page \(urn:claimdesk:article:sha256:[0-9a-f]{64}\) is not in this workspace, and its quote “See \]\(https:\/\/x\) and .*” is in none of its articles$/,
        ),
      },
    ])
    const claims = await other.handlers['claims.listAll']({})
    expect(claims.map((claim) => claim.quote.exact)).toEqual([
      'Zelenskiy said',
      'some 8,000 North Korean soldiers',
      'North Korean',
    ])
    expect(claims[1]).toMatchObject({
      claimant: 'U.S. officials',
      status: 'checked',
      verdictId: 'mostly-true',
      tagIds: ['statistic'],
    })
    expect(claims[1]!.sources).toMatchObject([
      {
        url: 'https://www.defense.gov/News/Transcripts/',
        title: 'Austin and Blinken briefing',
        note: 'Oct. 31',
      },
    ])
  })

  it('re-anchors annotations from other tools by their selectors, and keeps only safe links', async () => {
    workspace = await openReportWorkspace()
    const [article] = workspace.store.listArticles()
    const source = `urn:claimdesk:article:sha256:${article!.sha256}`
    const text = (await workspace.store.getArticle(article!.id)).text
    const at = text.indexOf('Zelenskiy complained on Telegram')
    const annotation = (id: string, exact: string, start: number, body: object) => ({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id,
      type: 'Annotation',
      body,
      target: {
        source,
        selector: [
          { type: 'TextQuoteSelector', exact },
          { type: 'TextPositionSelector', start, end: start + exact.length },
        ],
      },
    })
    const document = {
      type: 'AnnotationPage',
      items: [
        annotation('https://other.example/a1', 'Zelenskiy complained on Telegram', at + 40, [
          { type: 'TextualBody', purpose: 'tagging', value: 'Telegram' },
          { type: 'TextualBody', purpose: 'commenting', value: 'Seen on\nhis channel' },
          { type: 'SpecificResource', purpose: 'linking', source: 'javascript:alert(1)' },
          {
            type: 'SpecificResource',
            purpose: 'linking',
            source: 'https://t.me/V_Zelenskiy_official',
          },
        ]),
        annotation('https://other.example/a2', 'Zelenskiy complaind on Telegram', at, {
          type: 'TextualBody',
          purpose: 'assessing',
          value: 'false',
        }),
        annotation('https://other.example/a3', 'Nothing like this is in the article', 0, []),
        { type: 'Annotation', target: 'https://elsewhere.example/' },
        { hello: 'world' },
      ],
    }
    const result = await importerFor(workspace).importer.import({
      content: JSON.stringify(document),
    })
    expect(result).toMatchObject({ imported: 2, needsReview: 1, createdTags: ['Telegram'] })
    expect(result.skipped.map((skip) => skip.reason)).toEqual([
      'its quote “Nothing like this is in the article” is not in the article',
      'its page (https://elsewhere.example/) is not in this workspace, and it has no quote to look for',
      'it is not a Web Annotation or a Hypothesis annotation (annotation: it names no page)',
    ])
    const claims = await workspace.book.forArticle(article!.id)
    const moved = claims.all.find(
      (claim) =>
        claim.quote.exact === 'Zelenskiy complained on Telegram' && claim.notes.content.length > 0,
    )!
    expect(moved.position.start).toBe(at)
    expect(moved.anchor.state).toBe('moved')
    expect(moved.sources.map((each) => each.url)).toEqual(['https://t.me/V_Zelenskiy_official'])
    expect(moved.notes.content).toHaveLength(2)
    const fuzzy = claims.all.find((claim) => claim.anchor.state === 'needs-review')!
    expect(fuzzy).toMatchObject({
      verdictId: 'false',
      quote: { exact: 'Zelenskiy complained on Telegram' },
    })
  })

  it('refuses what is not JSON with a clear message', async () => {
    workspace = await openReportWorkspace()
    await expect(importerFor(workspace).importer.import({ content: '{ not json' })).rejects.toThrow(
      /^This is not JSON \(a Web Annotation or Hypothesis file\): /,
    )
  })
})
