import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { seededRandom } from '../../src/main/core/testing/seeded-random'
import { addClaims, openServices, type Services } from './seed-workspace'

/** Who the generated claims are said by: a search for one of them is a realistic query. */
export const NEWSROOM_CLAIMANTS = [
  'Kim Jong Un',
  'Volodymyr Zelensky',
  'Dmitry Peskov',
  'Lloyd Austin',
  'Mark Rutte',
  'South Korean intelligence',
  'Pentagon spokesperson',
  'Ukrainian military intelligence',
] as const

const ARTICLES_A_BATCH = 100

async function withServices<T>(dataDir: string, work: (services: Services) => Promise<T>) {
  const services = await openServices(dataDir)
  try {
    return await work(services)
  } finally {
    await services.close()
  }
}

/**
 * A workspace in `dataDir` with every file of `sourcesDir` imported (as `claimdesk import` of the
 * folder does) and `claimsOf(n)` claims on the n-th article (0-based), through the real services; kept, and left
 * as it is when a previous run made it from the same sources.
 */
export async function seedNewsroom(
  dataDir: string,
  sourcesDir: string,
  claimsOf: (index: number) => number,
  seed: number,
): Promise<{ articleCount: number; claimCount: number }> {
  const done = join(dataDir, 'seeded.json')
  if (existsSync(done)) return JSON.parse(await readFile(done, 'utf8'))
  const random = seededRandom(seed)
  const seeded = { articleCount: 0, claimCount: 0 }
  const articles = await withServices(dataDir, async (services) => {
    const summary = await services.call('articles.importFolder', { path: sourcesDir })
    if (summary.skipped > 0) throw new Error(`${summary.skipped} generated files were skipped`)
    return services.call('articles.list', {})
  })
  seeded.articleCount = articles.length
  // A batch of articles at a time: what one open workspace keeps of its changes (undo, the
  // search index's updates) is let go between batches, so a hundred thousand claims fit.
  for (let first = 0; first < articles.length; first += ARTICLES_A_BATCH)
    await withServices(dataDir, async (services) => {
      const batch = articles.slice(first, first + ARTICLES_A_BATCH)
      for (const [offset, { id }] of batch.entries())
        seeded.claimCount += await addClaims(
          services,
          id,
          claimsOf(first + offset),
          random,
          NEWSROOM_CLAIMANTS,
        )
    })
  await writeFile(done, JSON.stringify(seeded))
  return seeded
}
