import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { WorkspaceHandlers } from '../../src/main/core/handlers'
import { openWorkspace } from '../../src/main/core/open-workspace'
import { seedWorkspace, type ArticlePlan } from '../data/seed-workspace'
import { figureOf, type Figure } from '../results'

/** The comparison workspace: news-sized articles drawn from the samples' sentences, one claim each. */
const comparedArticles = (count: number): ArticlePlan[] =>
  Array.from({ length: count }, (_, n) => ({
    title: `Outlet ${n + 1} on the deployment`,
    bytes: 6_000,
    claims: 1,
  }))

async function timedRuns(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    await work()
    times.push(performance.now() - started)
  }
  return times
}

async function withHandlers<T>(
  folder: string,
  work: (handlers: WorkspaceHandlers) => Promise<T>,
): Promise<T> {
  const workspace = await openWorkspace(folder, { fileWatch: null })
  try {
    return await work(workspace.handlers)
  } finally {
    await workspace.close()
  }
}

/**
 * Counterparts of one claim and the whole Discrepancies view on 200 articles: the first time
 * (compromise reads every article), after a restart (analyses read back from the cache) and warm.
 */
export async function compareFigures(
  workDir: string,
  samplesDir: string,
  runs: number,
  articleCount = 200,
): Promise<Figure[]> {
  const dataDir = join(workDir, `compare-${articleCount}`)
  await seedWorkspace(dataDir, samplesDir, comparedArticles(articleCount), 13)
  const folder = join(dataDir, 'workspace')
  const first = await withHandlers(folder, (handlers) =>
    timedRuns(1, () => handlers['compare.discrepancies']({})),
  )
  return withHandlers(folder, async (handlers) => {
    const afterRestart = await timedRuns(1, () => handlers['compare.discrepancies']({}))
    const warm = await timedRuns(runs, () => handlers['compare.discrepancies']({}))
    const claims = (await handlers['claims.listAll']({})).slice(0, runs)
    const counterparts: number[] = []
    for (const claim of claims) {
      counterparts.push(
        ...(await timedRuns(1, () =>
          handlers['compare.counterparts']({ articleId: claim.articleId, claimId: claim.id }),
        )),
      )
    }
    const note = `first time ever (compromise reads all ${articleCount}): ${Math.round(first[0] ?? 0)} ms; after a restart: ${Math.round(afterRestart[0] ?? 0)} ms`
    return [
      figureOf(`Counterparts of one claim in ${articleCount} articles`, counterparts, 'ms', {
        text: '≤ 200 ms',
        median: 200,
      }),
      figureOf(
        `Discrepancies view for ${articleCount} articles`,
        warm,
        'ms',
        { text: '≤ 2 s', median: 2000 },
        note,
      ),
    ]
  })
}
