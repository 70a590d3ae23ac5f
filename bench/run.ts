import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { chromium } from '@playwright/test'
import { WorkspaceStore } from '../src/main/core/workspace/workspace-store'
import { startHostProcess } from '../e2e/support/host-process'
import {
  clickClaims,
  markClaims,
  openBaseline,
  openBigArticle,
  scrollArticle,
  type OpenRun,
} from './browser/article-figures'
import { serveBaseline } from './browser/baseline-server'
import { installProbes, scrollThrough } from './browser/in-page'
import { changeInOtherWindow } from './browser/live-figures'
import { FIRST_ARTICLE_ROW, openWorkspace } from './browser/workspace-figures'
import { seedWorkspace, type ArticlePlan } from './data/seed-workspace'
import { describeMachine } from './machine'
import { saveOneChange } from './node/save-figures'
import { deskFigures } from './node/desk-figures'
import { evidenceFigures } from './node/evidence-figures'
import { laterFigures } from './later-figures'
import { newsroomFigures, newsroomOpenFigure } from './newsroom'
import { reportFigures } from './node/report-figures'
import { writeFormatted, writeReadmeSection } from './readme-section'
import { figureOf, markdownTable, type Figure } from './results'
import { median, repeat } from './stats'

const SAMPLES_DIR = resolve('resources/samples')
const BASELINE_DIR = resolve('out/bench/baseline')
const HEAVY_RUNS = Number(process.env.BENCH_RUNS ?? 5)
const LIGHT_RUNS = Math.max(HEAVY_RUNS, 20)
/** A fling: about 15 paragraphs a frame. */
const SCROLL_STEP = 1200
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

const BIG: ArticlePlan[] = [
  { title: 'A short report to open first', bytes: 3_000, claims: 0 },
  { title: 'The long investigation', bytes: 1_000_000, claims: 5_000 },
]
const WIDE: ArticlePlan[] = Array.from({ length: 100 }, (_, n) => ({
  title: `Report ${n + 1} on the deployment`,
  bytes: 50_000,
  claims: 500,
}))

async function timed<T>(what: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now()
  const result = await work()
  console.log(`${what} (${((performance.now() - started) / 1000).toFixed(1)} s)`)
  return result
}

async function articleFigures(dataDir: string, claimCount: number, chromiumPath: string) {
  const store = await WorkspaceStore.open(join(dataDir, 'workspace'))
  const big = await store.getArticle(store.data.articles[1]?.id ?? '')
  await store.close()
  const baseline = await serveBaseline(BASELINE_DIR, JSON.stringify({ blocks: big.blocks }))
  const host = await startHostProcess(dataDir)
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    await installProbes(page)
    const opens: OpenRun[] = []
    const baselines: number[] = []
    // Interleaved, so a noisy moment of the machine hits both sides alike.
    for (let run = 0; run < HEAVY_RUNS; run++) {
      baselines.push(await openBaseline(page, baseline.url, big.blocks.length))
      opens.push(await openBigArticle(page, host.url, claimCount))
    }
    if (!opens.every((open) => open.isScrollable))
      throw new Error('the article did not become scrollable')
    const marks = await markClaims(page, LIGHT_RUNS)
    const clicks = await clickClaims(page, LIGHT_RUNS)
    const scrolls = await scrollArticle(page, HEAVY_RUNS, SCROLL_STEP)
    await openBaseline(page, baseline.url, big.blocks.length)
    const baselineScrolls = await repeat(
      HEAVY_RUNS,
      async () => (await scrollThrough(page, '#scroller', SCROLL_STEP)).longestFrame,
    )
    return {
      opens,
      baselines,
      marks,
      clicks,
      scrolls,
      baselineScrolls,
      chromium: `Chromium ${browser.version()}`,
    }
  } finally {
    await browser.close()
    await host.stop()
    await baseline.close()
  }
}

/** Figure groups; `BENCH_ONLY=article,workspace` runs some of them and writes nothing. */
const GROUPS = [
  'article',
  'save',
  'workspace',
  'live',
  'reanchor',
  'reports',
  'newsroom',
  'newsroom-open',
  'evidence',
  'desk',
] as const
type Group = (typeof GROUPS)[number]

function chosenGroups(): Set<Group> {
  const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim())
  const unknown = only?.filter((name) => !GROUPS.includes(name as Group)) ?? []
  if (unknown.length)
    throw new Error(`BENCH_ONLY names no group ${unknown.join(', ')}: use ${GROUPS.join(', ')}`)
  return new Set(only ? (only as Group[]) : GROUPS)
}

/** The generated workspaces: made afresh, or reused from `BENCH_DATA` (a dir BENCH_KEEP kept). */
async function benchData(workDir: string) {
  const bigDir = join(workDir, 'big')
  const wideDir = join(workDir, 'wide')
  if (process.env.BENCH_DATA) {
    const store = await WorkspaceStore.open(join(bigDir, 'workspace'))
    const entry = store.data.articles[1]
    await store.close()
    if (!entry) throw new Error(`${workDir} holds no bench data`)
    return { bigDir, wideDir, big: { id: entry.id, claimCount: 5_000 } }
  }
  const [, big] = await timed('Generated the 1 MB article with 5,000 claims', () =>
    seedWorkspace(bigDir, SAMPLES_DIR, BIG, 7),
  )
  await timed('Generated the workspace of 100 articles × 500 claims', () =>
    seedWorkspace(wideDir, SAMPLES_DIR, WIDE, 11),
  )
  if (!big) throw new Error('the big article was not generated')
  console.log(`The big article: ${(big.bytes / 1e6).toFixed(2)} MB, ${big.claimCount} claims`)
  return { bigDir, wideDir, big }
}

function articleTable(article: Awaited<ReturnType<typeof articleFigures>>): Figure[] {
  const ratios = article.opens.map((open, run) => open.elapsed / (article.baselines[run] ?? NaN))
  return [
    figureOf(
      'Open the 1 MB / 5,000-claim article (app ÷ plain TipTap, same run)',
      ratios,
      '×',
      { text: '≤ 1.3 ×', median: 1.3 },
      `app ${median(article.opens.map((o) => o.elapsed)).toFixed(0)} ms, plain TipTap ${median(article.baselines).toFixed(0)} ms`,
    ),
    figureOf(
      'Longest main-thread task while opening it',
      article.opens.map((o) => o.longestTask),
      'ms',
      { text: '≤ 200 ms', median: 200 },
    ),
    figureOf('Mark one new claim: Ctrl+M → highlight painted', article.marks, 'ms', {
      text: 'median ≤ 16 ms, p95 ≤ 50 ms',
      median: 16,
      p95: 50,
    }),
    figureOf('Click a claim → card painted', article.clicks, 'ms', {
      text: '≤ 50 ms',
      median: 50,
    }),
    figureOf(
      'Scroll the whole article: longest frame',
      article.scrolls,
      'ms',
      { text: '≤ 50 ms', median: 50 },
      `${SCROLL_STEP} px a frame; plain TipTap ${median(article.baselineScrolls).toFixed(0)} ms`,
    ),
  ]
}

function heapFigure(article: Awaited<ReturnType<typeof articleFigures>>): Figure {
  return figureOf(
    'Renderer JS heap with the big article open',
    article.opens.map((o) => o.heap),
    'MB',
    { text: '≤ 120 MB', median: 120 },
  )
}

function saveTable(saves: Awaited<ReturnType<typeof saveOneChange>>): Figure[] {
  return [
    figureOf(
      'Save one change in 100 × 500: event loop blocked',
      saves.map((s) => s.blocked),
      'ms',
      { text: '≤ 20 ms', median: 20 },
    ),
    figureOf(
      'Save one change in 100 × 500: on disk',
      saves.map((s) => s.onDisk),
      'ms',
      { text: '≤ 100 ms', median: 100 },
    ),
  ]
}

async function workspaceFigure(wideDir: string, chromiumPath: string): Promise<Figure> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage()
    await installProbes(page)
    const opens: number[] = []
    for (let run = 0; run < HEAVY_RUNS; run++)
      opens.push(await openWorkspace(page, wideDir, FIRST_ARTICLE_ROW))
    console.log(`  runs: ${opens.map((ms) => ms.toFixed(0)).join(', ')} ms`)
    return figureOf('Open the 100 × 500 workspace: host start → article list', opens, 'ms', {
      text: '≤ 500 ms',
      median: 500,
    })
  } finally {
    await browser.close()
  }
}

/** Where the generated workspaces would be, when no figure that reads them runs. */
const NO_DATA = { bigDir: '', wideDir: '', big: { id: '', claimCount: 0 } }

async function liveFigure(chromiumPath: string): Promise<Figure> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    await installProbes(page)
    const runs = await changeInOtherWindow(page, LIGHT_RUNS)
    return figureOf('A change in another window → painted in this one', runs, 'ms', {
      text: '≤ 100 ms',
      median: 100,
    })
  } finally {
    await browser.close()
  }
}

async function main() {
  for (const built of ['out/main/host.js', join(BASELINE_DIR, 'index.html')]) {
    if (!existsSync(built))
      throw new Error(`${built} is missing: run \`npm run bench\`, which builds first.`)
  }
  const groups = chosenGroups()
  const isPartial = groups.size < GROUPS.length
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  const workDir = process.env.BENCH_DATA ?? (await mkdtemp(join(tmpdir(), 'claimdesk-bench-')))
  try {
    const figures: Figure[] = []
    if (groups.has('live'))
      figures.push(
        await timed('Measured a change pushed to another window', () => liveFigure(chromiumPath)),
      )
    const ownData: Group[] = ['live', 'newsroom', 'newsroom-open', 'evidence', 'desk']
    const needsData = [...groups].some((group) => !ownData.includes(group))
    const { bigDir, wideDir, big } = needsData ? await benchData(workDir) : NO_DATA
    let chromiumVersion = 'Chromium (not run)'
    let heap: Figure | null = null
    if (groups.has('article')) {
      const article = await timed('Measured the article in Chromium', () =>
        articleFigures(bigDir, big.claimCount, chromiumPath),
      )
      chromiumVersion = article.chromium
      figures.push(...articleTable(article))
      heap = heapFigure(article)
    }
    if (groups.has('reanchor')) {
      const store = await WorkspaceStore.open(join(bigDir, 'workspace'))
      const article = await store.getArticle(big.id)
      await store.close()
      figures.push(
        ...(await timed('Measured re-anchoring', () => laterFigures(article, HEAVY_RUNS))),
      )
    }
    if (groups.has('reports'))
      figures.push(
        ...(await timed('Measured the report exports', () =>
          reportFigures(bigDir, { id: big.id, claimCount: 5_000 }, HEAVY_RUNS),
        )),
      )
    if (groups.has('save'))
      figures.push(
        ...saveTable(
          await timed('Measured saving in the big workspace', () =>
            saveOneChange(wideDir, LIGHT_RUNS),
          ),
        ),
      )
    if (groups.has('workspace'))
      figures.push(
        await timed('Measured opening the big workspace', () =>
          workspaceFigure(wideDir, chromiumPath),
        ),
      )
    if (heap) figures.push(heap)
    if (groups.has('newsroom'))
      figures.push(
        ...(await timed('Measured the newsroom of 1,000 articles', () =>
          newsroomFigures(workDir, chromiumPath, CHROMIUM_ARGS, HEAVY_RUNS),
        )),
      )
    if (groups.has('newsroom-open') && !groups.has('newsroom'))
      figures.push(
        await timed('Measured opening the newsroom of 1,000 articles', () =>
          newsroomOpenFigure(workDir, chromiumPath, CHROMIUM_ARGS, HEAVY_RUNS),
        ),
      )
    if (groups.has('evidence'))
      figures.push(
        ...(await timed('Measured archiving and the evidence package', () =>
          evidenceFigures(workDir, HEAVY_RUNS),
        )),
      )
    if (groups.has('desk'))
      figures.push(
        ...(await timed('Measured the team desk through a desk server', () =>
          deskFigures(workDir, HEAVY_RUNS),
        )),
      )

    console.log(`\n${markdownTable(figures)}\n`)
    if (isPartial) return console.log('Only some figures ran (BENCH_ONLY): nothing written.')
    const machine = describeMachine(chromiumVersion)
    await writeFormatted(resolve('bench/results.json'), JSON.stringify({ machine, figures }))
    await writeReadmeSection(resolve('bench/README.md'), figures, machine)
    console.log('Wrote bench/results.json and the table in bench/README.md.')
  } finally {
    if (process.env.BENCH_KEEP || process.env.BENCH_DATA)
      console.log(`Kept the generated data in ${workDir}`)
    else await rm(workDir, { recursive: true, force: true })
  }
}

main().catch((error: Error) => {
  console.error(`The benchmark failed: ${error.stack ?? error.message}`)
  process.exit(1)
})
