import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openCurrentWorkspace, type CurrentWorkspace } from '../../src/main/core/current-workspace'
import { forgetWrittenSections } from '../../src/main/core/reports/written-sections'
import type { ReportFormat } from '../../src/shared/report-model'
import { dispatch } from '../../src/shared/dispatch'
import { figureOf, type Figure } from '../results'
import { repeat } from '../stats'

/** Only read when a workspace is new; the bench's workspaces never are. */
const SAMPLES_DIR = resolve('resources/samples')

/** The Markdown target is the product's; the other formats are held to targets of our own. */
const FORMATS: { format: ReportFormat; name: string; target: { text: string; median: number } }[] =
  [
    { format: 'md', name: 'Markdown', target: { text: '≤ 200 ms', median: 200 } },
    { format: 'csv', name: 'CSV', target: { text: '≤ 200 ms (ours)', median: 200 } },
    { format: 'w3c', name: 'W3C Web Annotation', target: { text: '≤ 500 ms (ours)', median: 500 } },
    {
      format: 'claimreview',
      name: 'ClaimReview',
      target: { text: '≤ 200 ms (ours)', median: 200 },
    },
  ]

/** The reports made for people, with where the outlets disagree, as the export dialog makes them. */
async function publishedFigures(
  app: CurrentWorkspace,
  article: { id: string; claimCount: number },
  runs: number,
): Promise<Figure[]> {
  const count = article.claimCount.toLocaleString('en')
  const figures: Figure[] = []
  for (const format of ['md', 'html'] as const) {
    const exportOnce = async () => {
      const started = performance.now()
      const result = await dispatch(app.handlers, 'reports.export', {
        scope: { kind: 'article', articleId: article.id },
        format,
        options: { disagreements: 'on' },
      })
      if (!result.ok) throw new Error(`${format} export: ${result.message}`)
      return performance.now() - started
    }
    await exportOnce()
    const name = format === 'md' ? 'Markdown' : 'HTML'
    figures.push(
      figureOf(
        `Export ${name} of ${count} claims with where the outlets disagree`,
        await repeat(runs, exportOnce),
        'ms',
        { text: '≤ 300 ms', median: 300 },
        'quotes in their sentences, text-fragment links, the disagreements of the whole workspace',
      ),
    )
  }
  return figures
}

/**
 * Every report format of one article's claims, through the real reports.export call (reading the
 * article and its claims included), after one export of that format; Markdown also with nothing
 * written before (the Markdown sections already written are kept between exports).
 */
export async function reportFigures(
  dataDir: string,
  article: { id: string; claimCount: number },
  runs: number,
): Promise<Figure[]> {
  const app = await openCurrentWorkspace({ dataDir, samplesDir: SAMPLES_DIR, fileWatch: null })
  const count = article.claimCount.toLocaleString('en')
  try {
    const figures: Figure[] = []
    for (const { format, name, target } of FORMATS) {
      const exportOnce = async () => {
        const started = performance.now()
        const result = await dispatch(app.handlers, 'reports.export', {
          scope: { kind: 'article', articleId: article.id },
          format,
        })
        if (!result.ok) throw new Error(`${format} export: ${result.message}`)
        return performance.now() - started
      }
      if (format === 'md') {
        const cold = await repeat(runs, () => {
          forgetWrittenSections()
          return exportOnce()
        })
        figures.push(
          figureOf(
            `Export ${name} of ${count} claims, nothing written before`,
            cold,
            'ms',
            { text: '≤ 1 s (ours)', median: 1000 },
            'the first export after a start, or after every claim changed; later exports write only the sections that changed',
          ),
        )
      }
      await exportOnce()
      figures.push(
        figureOf(`Export ${name} of ${count} claims`, await repeat(runs, exportOnce), 'ms', target),
      )
    }
    figures.push(...(await publishedFigures(app, article, runs)))
    return figures
  } finally {
    await app.close()
  }
}
