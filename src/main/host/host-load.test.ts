import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Claim } from '../../shared/claim-model'
import type { ArticleSummary } from '../../shared/article-model'
import type { Result } from '../../shared/result'
import { buildHostForTest, startHostProcess, type HostProcess } from './host-test-build'

/**
 * The real browser host, as its own process, takes 1,000 claim mutations fired at once over HTTP.
 * Whatever it acknowledged must be on disk after a restart, exactly once, whether it was stopped
 * with SIGTERM or killed with SIGKILL in the middle of the stream.
 */
const MUTATIONS = 1000

let entry = ''
const dirs: string[] = []
const hosts: HostProcess[] = []

/** Every host this file starts is stopped at the end, even when a test failed half-way. */
async function startHost(dataDir: string): Promise<HostProcess> {
  const host = await startHostProcess(entry, dataDir)
  hosts.push(host)
  return host
}

beforeAll(async () => {
  entry = await buildHostForTest()
}, 120_000)

afterAll(async () => {
  for (const host of hosts) await host.stop('SIGKILL')
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

async function freshDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-load-'))
  dirs.push(dir)
  return dir
}

async function value<T>(host: HostProcess, name: string, input: unknown = {}): Promise<T> {
  const { status, body } = await host.call(name, input)
  const result = body as Result<T>
  if (status !== 200 || !result.ok) throw new Error(`${name} failed: ${JSON.stringify(body)}`)
  return result.value
}

type Target = { articleId: string; length: number }

async function targets(host: HostProcess): Promise<Target[]> {
  const articles = await value<ArticleSummary[]>(host, 'articles.list')
  return Promise.all(
    articles.map(async ({ id }) => ({
      articleId: id,
      length: (await value<{ text: string }>(host, 'articles.get', { articleId: id })).text.length,
    })),
  )
}

/** Mutation i: a new claim whose claimant names it, so each one can be found again. */
function mutation(index: number, articles: Target[]) {
  const article = articles[index % articles.length] as Target
  const start = (index * 37) % Math.max(1, article.length - 60)
  return {
    articleId: article.articleId,
    start,
    end: start + 5 + (index % 50),
    claimant: `load-${index}`,
    status: 'researching' as const,
  }
}

type Acknowledged = Map<string, string>

/** Fires every mutation at once; returns claimant → claim id for each one the host acknowledged. */
async function fire(
  host: HostProcess,
  articles: Target[],
  onAcknowledged: (count: number) => void = () => {},
): Promise<{ acknowledged: Acknowledged; refused: number; failed: number }> {
  const acknowledged: Acknowledged = new Map()
  let refused = 0
  let failed = 0
  await Promise.all(
    Array.from({ length: MUTATIONS }, async (_, index) => {
      const input = mutation(index, articles)
      try {
        const { status, body } = await host.call('claims.create', input)
        const result = body as Result<Claim>
        if (status === 200 && result.ok) {
          acknowledged.set(input.claimant, result.value.id)
          onAcknowledged(acknowledged.size)
        } else refused++
      } catch {
        failed++ // the connection died with the host: not acknowledged
      }
    }),
  )
  return { acknowledged, refused, failed }
}

/** Fires one update per acknowledged claim at once; returns the claimants whose update was acknowledged. */
async function fireUpdates(host: HostProcess, created: Acknowledged, articles: Target[]) {
  const updated = new Set<string>()
  await Promise.all(
    [...created].map(async ([claimant, claimId]) => {
      const index = Number(claimant.slice('load-'.length))
      const { articleId } = mutation(index, articles)
      const patch = { status: 'checked', claimant: `${claimant}-updated` }
      const { status, body } = await host.call('claims.update', { articleId, claimId, patch })
      if (status === 200 && (body as Result<Claim>).ok) updated.add(claimant)
    }),
  )
  return updated
}

async function expectAllOnDiskOnce(
  dataDir: string,
  acknowledged: Acknowledged,
  updated = new Set<string>(),
) {
  const host = await startHost(dataDir)
  try {
    const claims = await value<Claim[]>(host, 'claims.listAll')
    const loaded = claims.filter((claim) => claim.claimant.startsWith('load-'))
    const ids = loaded.map((claim) => claim.id)
    const claimants = loaded.map((claim) => claim.claimant)
    const lost = [...acknowledged].filter(([claimant, id]) => {
      const found = loaded.filter((claim) => claim.id === id)
      const expected = updated.has(claimant) ? `${claimant}-updated` : claimant
      return found.length !== 1 || found[0]?.claimant !== expected
    })
    expect(lost).toEqual([])
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(claimants).size).toBe(claimants.length)
    const info = await value<{ notices: string[] }>(host, 'workspace.info')
    expect(info.notices).toEqual([])
    return { onDisk: loaded.length, duplicated: ids.length - new Set(ids).size }
  } finally {
    await host.stop('SIGTERM')
  }
}

describe('the browser host under load', () => {
  it(`keeps every one of ${MUTATIONS} concurrent creates and ${MUTATIONS} updates it acknowledged, once, across a SIGTERM restart`, async () => {
    const dataDir = await freshDataDir()
    const host = await startHost(dataDir)
    const articles = await targets(host)
    const { acknowledged, refused, failed } = await fire(host, articles)
    expect(acknowledged.size + refused + failed).toBe(MUTATIONS)
    expect(acknowledged.size).toBe(MUTATIONS)
    const updated = await fireUpdates(host, acknowledged, articles)
    expect(updated.size).toBe(MUTATIONS)
    await host.stop('SIGTERM')
    expect(host.child.exitCode).toBe(0)
    const { onDisk, duplicated } = await expectAllOnDiskOnce(dataDir, acknowledged, updated)
    expect(onDisk).toBe(acknowledged.size)
    console.log(
      `load (SIGTERM): ${MUTATIONS} creates + ${MUTATIONS} updates fired, ${acknowledged.size} + ${updated.size} acknowledged, ${onDisk} claims on disk after restart with every update, lost 0, duplicated ${duplicated}`,
    )
  }, 180_000)

  it('keeps every acknowledged mutation when the host is killed with SIGKILL mid-stream', async () => {
    const dataDir = await freshDataDir()
    const host = await startHost(dataDir)
    const articles = await targets(host)
    let killed: Promise<void> | undefined
    const { acknowledged, refused, failed } = await fire(host, articles, (count) => {
      if (count === MUTATIONS / 4) killed = host.stop('SIGKILL')
    })
    await killed
    expect(host.child.signalCode).toBe('SIGKILL')
    expect(acknowledged.size).toBeGreaterThanOrEqual(MUTATIONS / 4)
    const { onDisk, duplicated } = await expectAllOnDiskOnce(dataDir, acknowledged)
    expect(onDisk).toBeGreaterThanOrEqual(acknowledged.size)
    console.log(
      `load (SIGKILL): ${MUTATIONS} fired, ${acknowledged.size} acknowledged before the kill (${refused} refused, ${failed} cut off), ${onDisk} on disk after restart, lost 0, duplicated ${duplicated}`,
    )
  }, 180_000)
})

describe('the host stopped the moment it says it is running', () => {
  it('still finishes opening the workspace (a first run imports the samples), then exits cleanly', async () => {
    const dataDir = await freshDataDir()
    const host = await startHost(dataDir)
    await host.stop('SIGTERM')
    expect(host.child.exitCode).toBe(0)

    const again = await startHost(dataDir)
    expect(await value<ArticleSummary[]>(again, 'articles.list')).toHaveLength(3)
    await again.stop('SIGTERM')
  }, 60_000)
})
