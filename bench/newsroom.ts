import { join, resolve } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { FIRST_ARTICLE_ROW, openWorkspace } from './browser/workspace-figures'
import { installProbes } from './browser/in-page'
import { newsroomHost } from './browser/newsroom-figures'
import { writeNewsroomFiles, type NewsroomPlan } from './data/newsroom-files'
import { seedNewsroom } from './data/seed-newsroom'
import { importByCli } from './node/import-figures'
import { memorySteps } from './node/process-probe'
import { figureOf, type Figure } from './results'

/** 1,000 articles of 5–50 KB, txt, html and md in turn. */
export const NEWSROOM: NewsroomPlan = { count: 1_000, minBytes: 5_000, maxBytes: 50_000, seed: 23 }
const CLAIMS_PER_ARTICLE = 100

/** The generated folder of articles and the 1,000 × 100 workspace, kept under `workDir`. */
export async function newsroomData(workDir: string) {
  const sourcesDir = join(workDir, 'newsroom-sources')
  const dataDir = join(workDir, 'newsroom')
  await writeNewsroomFiles(sourcesDir, resolve('resources/samples'), NEWSROOM)
  const seeded = await seedNewsroom(dataDir, sourcesDir, () => CLAIMS_PER_ARTICLE, NEWSROOM.seed)
  console.log(`  the newsroom: ${seeded.articleCount} articles, ${seeded.claimCount} claims`)
  return { sourcesDir, dataDir }
}

async function importFigures(sourcesDir: string, workDir: string, runs: number): Promise<Figure[]> {
  const imports = []
  for (let run = 0; run < runs; run++) {
    const result = await importByCli(sourcesDir, workDir)
    if (result.imported !== NEWSROOM.count)
      throw new Error(`the CLI imported ${result.imported} of ${NEWSROOM.count} articles`)
    console.log(
      `  import run ${run + 1}: ${result.seconds.toFixed(1)} s, block ${result.probe.longestBlockMs.toFixed(0)} ms (startup ${result.probe.startupBlockMs?.toFixed(0)} ms), peak RSS ${result.probe.peakRssMb.toFixed(0)} MB (${memorySteps(result.probe)})`,
    )
    imports.push(result)
  }
  const last = imports.at(-1)
  return [
    figureOf(
      'Import 1,000 articles: `claimdesk import` of a folder',
      imports.map((i) => i.seconds * 1000),
      'ms',
      { text: '≤ 60 s on 2 cores', median: 60_000 },
      'txt, html and md, 5–50 KB; a fresh workspace each run',
    ),
    figureOf(
      'Import 1,000 articles: longest block of the CLI’s event loop',
      imports.map((i) => i.probe.longestBlockMs),
      'ms',
      { text: '≤ 50 ms', median: 50 },
      'from the first progress line to the exit',
    ),
    figureOf(
      'Import 1,000 articles: longest block at the CLI’s startup',
      imports.map((i) => i.probe.startupBlockMs ?? Infinity),
      'ms',
      { text: 'reported', median: Infinity },
      'loading the bundle and opening the workspace, before the first progress line',
    ),
    figureOf(
      'Import 1,000 articles: peak RSS of the CLI',
      imports.map((i) => i.probe.peakRssMb),
      'MB',
      { text: '≤ 500 MB', median: 500 },
      last ? memorySteps(last.probe) : undefined,
    ),
  ]
}

const OPEN_ROW = 'Open the 1,000 × 100 workspace: host start → article list'

/** Host start → the article list's first row painted, `runs` times, each a fresh host. */
async function openRuns(page: Page, dataDir: string, runs: number): Promise<number[]> {
  const opens: number[] = []
  for (let run = 0; run < runs; run++)
    opens.push(await openWorkspace(page, dataDir, FIRST_ARTICLE_ROW))
  console.log(`  open runs: ${opens.map((ms) => ms.toFixed(0)).join(', ')} ms`)
  return opens
}

const openFigure = (opens: number[]) =>
  figureOf(OPEN_ROW, opens, 'ms', { text: '≤ 700 ms', median: 700 })

/** The open row alone (`BENCH_ONLY=newsroom-open`), in a browser of its own, as the newsroom measures it. */
export async function newsroomOpenFigure(
  workDir: string,
  chromiumPath: string,
  chromiumArgs: string[],
  runs: number,
): Promise<Figure> {
  const { dataDir } = await newsroomData(workDir)
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    await installProbes(page)
    return openFigure(await openRuns(page, dataDir, runs))
  } finally {
    await browser.close()
  }
}

/** The 1,000-article figures: the CLI import, then the browser host on the 1,000 × 100 workspace. */
export async function newsroomFigures(
  workDir: string,
  chromiumPath: string,
  chromiumArgs: string[],
  runs: number,
): Promise<Figure[]> {
  const { sourcesDir, dataDir } = await newsroomData(workDir)
  const figures = await importFigures(sourcesDir, workDir, Math.min(runs, 3))
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    await installProbes(page)
    const host = await newsroomHost(page, dataDir, runs)
    const opens = await openRuns(page, dataDir, runs)
    const { firstAnalysis: first } = host
    return [
      ...figures,
      openFigure(opens),
      figureOf(
        'Search 1,000 articles and 100,000 claims',
        host.searches,
        'ms',
        { text: 'median ≤ 30 ms, p95 ≤ 80 ms', median: 30, p95: 80 },
        'words, a phrase, a prefix, a claimant; through the host from the page',
      ),
      figureOf(
        'First compare analysis of 1,000 articles (background)',
        [first.ms],
        'ms',
        { text: 'reported', median: Infinity },
        `${first.total} discrepancies`,
      ),
      figureOf(
        'First compare analysis: longest block of the host’s event loop',
        [first.probe.longestBlockMs],
        'ms',
        { text: '≤ 50 ms', median: 50 },
      ),
      figureOf(
        'Discrepancies after analysis: first page',
        host.firstPages,
        'ms',
        { text: '≤ 300 ms', median: 300 },
        'the call the view makes, from the page',
      ),
      figureOf(
        'Search index on disk',
        [host.indexMb],
        'MB',
        { text: 'reported', median: Infinity },
        `analyses ${host.analysesMb.toFixed(0)} MB`,
      ),
      figureOf(
        'RSS of the host with the workspace open (peak)',
        [host.rss.peakMb],
        'MB',
        { text: '≤ 500 MB', median: 500 },
        `after searching and comparing: ${host.rss.rssMb.toFixed(0)} MB`,
      ),
    ]
  } finally {
    await browser.close()
  }
}
