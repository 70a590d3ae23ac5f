import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Handlers } from '../../../shared/contract'
import type { ReportScope } from '../../../shared/report-model'
import { DEFAULT_REPORT_OPTIONS, type ReportOptions } from '../../../shared/report-options'
import { ClaimService } from '../claims/claim-service'
import { CompareService } from '../compare/compare-service'
import { readArticleFile } from '../import/read-article-file'
import { publishReport, type PublishedReport } from '../reports/published-report'
import { gatherReportData } from '../reports/report-data'
import { ReportService } from '../reports/report-service'
import { addEvidence } from './evidence-fixture'
import { openStoreForTest, type OpenStore } from './open-store'
import { describeSampleArticles, markPublishedSample } from './published-sample'
import { openTempWorkspace, type TempWorkspace } from './temp-workspace'

/** The fixed clock report tests use, so a report's bytes can be compared. */
export const REPORT_TIME = new Date('2026-11-23T12:00:00.000Z')

/** Text a hostile article, claimant or note may carry; none of it may change a report's structure. */
export const HOSTILE_LINES = [
  'See ](https://x) and [x]: http://evil.example/ here.',
  '<img src=x onerror=alert(1)> and <script>alert(1)</script>',
  '# Not a heading',
  'A | pipe || in a cell',
  'A run of ``` backticks ``` here',
  '---',
  '[click](javascript:alert(1)) www.evil.example a@b.example',
  'Reversed \u202Etxet\u202C text',
] as const

const rangeOf = (text: string, exact: string) => {
  const start = text.indexOf(exact)
  if (start < 0) throw new Error(`not in the article text: ${exact}`)
  return { start, end: start + exact.length }
}

async function markSampleClaims(h: Handlers): Promise<void> {
  const [first, second] = await h['articles.list']({})
  const a = await h['articles.get']({ articleId: first!.id })
  const b = await h['articles.get']({ articleId: second!.id })
  const troops = await h['claims.create']({
    articleId: a.id,
    ...rangeOf(a.text, 'some 8,000 North Korean soldiers'),
    tagIds: ['statistic'],
    verdictId: 'mostly-true',
    claimant: 'U.S. officials',
    status: 'checked',
  })
  await h['claims.update']({
    articleId: a.id,
    claimId: troops.id,
    patch: {
      notes: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Pentagon said ' },
              { type: 'text', text: '10,000', marks: [{ type: 'bold' }] },
              { type: 'text', text: ' in total.' },
            ],
          },
          {
            type: 'bulletList',
            content: [
              {
                type: 'listItem',
                content: [
                  {
                    type: 'paragraph',
                    content: [
                      {
                        type: 'text',
                        text: 'Briefing',
                        marks: [{ type: 'link', attrs: { href: 'https://www.defense.gov/' } }],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
      sources: [
        {
          id: 's1',
          url: 'https://www.defense.gov/News/Transcripts/',
          title: 'Austin and Blinken briefing',
          note: 'Oct. 31',
        },
      ],
    },
  })
  await h['claims.create']({
    articleId: a.id,
    ...rangeOf(a.text, 'Zelenskiy said'),
    tagIds: ['attribution', 'quote'],
  })
  await h['claims.create']({
    articleId: b.id,
    ...rangeOf(b.text, 'North Korean'),
    verdictId: 'false',
    status: 'researching',
  })
}

/** An article made of hostile lines, imported like any other file, with a claim over all of it. */
async function addHostileArticle(app: TempWorkspace, h: Handlers): Promise<void> {
  const folder = (await h['workspace.info']({})).folder
  const file = join(folder, 'hostile.txt')
  await writeFile(
    file,
    `Hostile 🙂 <b>headline</b> | # [x](javascript:1)\n\n${HOSTILE_LINES.join('\n\n')}\n`,
  )
  await app.close()
  const { store, close } = await openStoreForTest(folder)
  await store.addArticle(await readArticleFile(file))
  await close()
}

async function claimOnHostileArticle(h: Handlers): Promise<void> {
  const hostile = (await h['articles.list']({})).find((entry) => entry.fileName === 'hostile.txt')!
  const article = await h['articles.get']({ articleId: hostile.id })
  const claim = await h['claims.create']({
    articleId: article.id,
    ...rangeOf(article.text, HOSTILE_LINES[0]),
    claimant: HOSTILE_LINES[2],
    tagIds: ['causal'],
    verdictId: 'misleading',
  })
  await h['claims.update']({
    articleId: article.id,
    claimId: claim.id,
    patch: {
      finding: {
        type: 'doc',
        content: HOSTILE_LINES.map((line) => ({
          type: 'paragraph',
          content: [{ type: 'text', text: `Found: ${line}` }],
        })),
      },
      notes: {
        type: 'doc',
        content: HOSTILE_LINES.map((line) => ({
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: line,
              marks: [{ type: 'link' as const, attrs: { href: 'https://example.org/notes' } }],
            },
          ],
        })),
      },
      sources: [
        {
          id: 's1',
          url: 'https://example.org/source',
          title: HOSTILE_LINES[4],
          note: HOSTILE_LINES[5],
        },
      ],
    },
  })
}

export type ReportWorkspace = OpenStore & {
  folder: string
  service: ReportService
  /** The report as it would be published with these options, for tests of the writers. */
  published(options?: Partial<ReportOptions>, scope?: ReportScope): Promise<PublishedReport>
  dispose(): Promise<void>
}

type Seeding = {
  hostile?: boolean
  /** The samples with outlets, web addresses, findings and verdicts, as the docs show them. */
  isPublished?: boolean
  /** A source archived as a WARC file, and the checked claim's article updated since. */
  hasEvidence?: boolean
}

async function seededFolder({
  hostile = false,
  isPublished = false,
  hasEvidence = false,
}: Seeding) {
  let app = await openTempWorkspace()
  const folder = (await app.handlers['workspace.info']({})).folder
  if (isPublished) {
    await app.close()
    await describeSampleArticles(folder)
    app = await openTempWorkspace(app.dataDir)
    await markPublishedSample(app.handlers)
  } else await markSampleClaims(app.handlers)
  if (hasEvidence) await addEvidence(app.handlers, folder)
  if (hostile) {
    await addHostileArticle(app, app.handlers)
    app = await openTempWorkspace(app.dataDir)
    await claimOnHostileArticle(app.handlers)
  }
  await app.close()
  return { folder, dataDir: app.dataDir }
}

/** A real temp workspace seeded with the samples and a few claims, opened for reports with a fixed clock. */
export async function openReportWorkspace(seeding: Seeding = {}): Promise<ReportWorkspace> {
  const { folder, dataDir } = await seededFolder(seeding)
  const workspace = await openStoreForTest(folder)
  const { store, book } = workspace
  const compare = new CompareService(store, book, new ClaimService(store, book))
  return {
    ...workspace,
    folder,
    service: new ReportService(store, book, compare, () => REPORT_TIME),
    published: async (options = {}, scope = { kind: 'all' }) =>
      publishReport(
        await gatherReportData(store, book, scope, REPORT_TIME),
        { ...DEFAULT_REPORT_OPTIONS, ...options },
        compare,
      ),
    dispose: async () => {
      await workspace.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}
