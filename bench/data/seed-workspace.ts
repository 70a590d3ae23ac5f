import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CallName, In, Out } from '../../src/shared/contract'
import { dispatch } from '../../src/shared/dispatch'
import { openWorkspace } from '../../src/main/core/open-workspace'
import { articleText, sampleSentences } from './article-text'
import { claimRanges } from './claim-ranges'
import { seededRandom, type Random } from '../../src/main/core/testing/seeded-random'

export type ArticlePlan = { title: string; bytes: number; claims: number }
export type SeededArticle = { id: string; title: string; bytes: number; claimCount: number }

export type Services = {
  call<N extends CallName>(name: N, input: In<N>): Promise<Out<N>>
  close(): Promise<void>
}

/** The real services on the data dir's workspace, called through the same dispatch as the app. */
export async function openServices(dataDir: string): Promise<Services> {
  const workspace = await openWorkspace(join(dataDir, 'workspace'), { fileWatch: null })
  return {
    close: () => workspace.close(),
    call: async (name, input) => {
      const result = await dispatch(workspace.handlers, name, input)
      if (!result.ok) throw new Error(`${name}: ${result.message}`)
      return result.value as Out<typeof name>
    },
  }
}

/** `count` claims on an article, each said by one of `claimants` when they are given. */
export async function addClaims(
  services: Services,
  articleId: string,
  count: number,
  random: Random,
  claimants: readonly string[] = [],
): Promise<number> {
  const article = await services.call('articles.get', { articleId })
  const { tags, verdictScale } = await services.call('vocabulary.get', {})
  const ranges = claimRanges(article.text, count, random)
  // Sent together, as a busy renderer would: the store folds them into a few writes.
  await Promise.all(
    ranges.map((range) =>
      services.call('claims.create', {
        articleId,
        ...range,
        verdictId: random.pick(verdictScale.verdicts).id,
        tagIds: random.next() < 0.5 ? [random.pick(tags).id] : [],
        ...(claimants.length > 0 ? { claimant: random.pick(claimants) } : {}),
      }),
    ),
  )
  return ranges.length
}

/**
 * A workspace in `dataDir` holding the planned articles, each imported from a generated .txt file
 * and given its claims through the real services; the same seed gives the same workspace.
 */
export async function seedWorkspace(
  dataDir: string,
  samplesDir: string,
  plans: readonly ArticlePlan[],
  seed: number,
): Promise<SeededArticle[]> {
  const random = seededRandom(seed)
  const sentences = sampleSentences(samplesDir)
  const services = await openServices(dataDir)
  const sourceDir = join(dataDir, 'sources')
  await mkdir(sourceDir, { recursive: true })
  const seeded: SeededArticle[] = []
  for (const [index, plan] of plans.entries()) {
    const path = join(sourceDir, `article-${String(index).padStart(3, '0')}.txt`)
    await writeFile(path, articleText(plan.title, plan.bytes, sentences, random))
    const [outcome] = (await services.call('articles.importFiles', { paths: [path] })).outcomes
    if (outcome?.status !== 'imported') throw new Error(`${path} was not imported`)
    const article = await services.call('articles.get', { articleId: outcome.article.id })
    const claimCount = await addClaims(services, article.id, plan.claims, random)
    seeded.push({
      id: article.id,
      title: plan.title,
      bytes: Buffer.byteLength(article.text),
      claimCount,
    })
  }
  await services.close()
  return seeded
}
