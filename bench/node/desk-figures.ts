import { mkdir, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import * as Y from 'yjs'
import { connectDeskDocument } from '../../src/main/core/desk/desk-connection'
import { readDeskCredentials } from '../../src/main/core/desk/desk-credentials'
import { articleDocumentName } from '../../src/main/core/desk/desk-push'
import { sameValue } from '../../src/main/core/desk/same-value'
import { seededRandom } from '../../src/main/core/testing/seeded-random'
import { seedWorkspace, type ArticlePlan } from '../data/seed-workspace'
import { figureOf, type Figure } from '../results'
import { median } from '../stats'
import {
  claimsHeld,
  expectSameClaims,
  makeEdits,
  openMember,
  plannedEdits,
  residentMegabytes,
  shareAndJoin,
  startDeskServer,
  type Member,
} from './desk-members'

const SAMPLES_DIR = resolve('resources/samples')
const EDITS = 1_000
const MEMBERS = ['ana', 'ben', 'cy', 'dee', 'eli']
const SHARED_ARTICLE: ArticlePlan[] = [
  { title: 'The shared investigation', bytes: 20_000, claims: 100 },
]
const MANY_ARTICLES: ArticlePlan[] = Array.from({ length: 100 }, (_, n) => ({
  title: `Desk report ${n + 1}`,
  bytes: 20_000,
  claims: 50,
}))
/** The most sync rounds the members get to agree; more means they do not converge. */
const MAX_ROUNDS = 4
const REPORTED = { text: 'reported', median: Infinity }

/** A desk server with the owner's seeded workspace shared on it and members who joined it. */
async function deskWith(dir: string, plans: ArticlePlan[], seed: number, members: string[]) {
  await seedWorkspace(join(dir, 'owner'), SAMPLES_DIR, plans, seed)
  const server = await startDeskServer(join(dir, 'server'), { isNew: true })
  try {
    const folders = await shareAndJoin(join(dir, 'owner', 'workspace'), server, dir, members)
    return { server, folders }
  } catch (error) {
    await server.stop('SIGTERM')
    throw error
  }
}

async function verdictIdsOf(member: Member): Promise<string[]> {
  return (await member.call('vocabulary.get', {})).verdictScale.verdicts.map((v) => v.id)
}

/** Syncs every member at once, round after round, until all hold the same claims; the rounds taken. */
async function syncUntilConverged(members: Member[]): Promise<number> {
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    await Promise.all(members.map((member) => member.call('desk.sync', {})))
    const held = await Promise.all(members.map(claimsHeld))
    if (held.every((claims) => sameValue(claims, held[0]))) return round
  }
  throw new Error(`${members.length} members did not converge in ${MAX_ROUNDS} sync rounds`)
}

type ConvergeRun = { ms: number; syncMs: number; rounds: number; conflicts: number }

/**
 * Five members of one desk, each with the shared article's 100 claims, make 1,000 claim edits each
 * (verdicts, claimants, statuses, seeded), all at once, then sync until all five hold the same
 * claims: the time from the first edit to that.
 */
async function convergeOnce(dir: string, run: number): Promise<ConvergeRun> {
  const { server, folders } = await deskWith(dir, SHARED_ARTICLE, 31, MEMBERS)
  const members = await Promise.all(folders.map((folder) => openMember(folder)))
  try {
    const claims = await members[0]!.call('claims.listAll', {})
    const verdictIds = await verdictIdsOf(members[0]!)
    const plans = members.map((_, n) =>
      plannedEdits(claims, verdictIds, EDITS, seededRandom(100 * run + n + 1)),
    )
    const before = await claimsHeld(members[0]!)
    const started = performance.now()
    await Promise.all(members.map((member, n) => makeEdits(member, plans[n]!)))
    const edited = performance.now()
    const rounds = await syncUntilConverged(members)
    const converged = performance.now()
    if (sameValue(await claimsHeld(members[0]!), before))
      throw new Error('no edit reached the desk')
    const after = await members[0]!.call('claims.listAll', {})
    const conflicts = after.filter((claim) => claim.deskConflicts?.length).length
    return { ms: converged - started, syncMs: converged - edited, rounds, conflicts }
  } finally {
    await Promise.all(members.map((member) => member.close()))
    await server.stop('SIGTERM')
  }
}

async function convergeFigures(workDir: string, runs: number): Promise<Figure[]> {
  const results: ConvergeRun[] = []
  for (let run = 0; run < runs; run++) {
    const dir = join(workDir, `desk-converge-${run}`)
    await mkdir(dir, { recursive: true })
    results.push(await convergeOnce(dir, run))
    await rm(dir, { recursive: true, force: true })
  }
  console.log(
    `  runs: ${results.map((r) => `${r.ms.toFixed(0)} ms (syncing ${r.syncMs.toFixed(0)} ms, ${r.rounds} rounds, ${r.conflicts} conflicts)`).join('; ')}`,
  )
  return [
    figureOf(
      '5 members × 1,000 claim edits, first edit → all five converged',
      results.map((r) => r.ms),
      'ms',
      REPORTED,
      'edits made at once through `claims.update` in five workspaces, then `desk.sync` in rounds',
    ),
    figureOf(
      '… of which syncing until converged',
      results.map((r) => r.syncMs),
      'ms',
      REPORTED,
      `${median(results.map((r) => r.rounds))} rounds of five syncs at once; ${median(results.map((r) => r.conflicts))} of the 100 claims end with a verdict conflict`,
    ),
  ]
}

/** Opens every article document of the desk as one client, as a sync does, and waits until in step. */
async function openArticleDocuments(url: string, token: string, articleIds: string[]) {
  const connections = articleIds.map((id) =>
    connectDeskDocument(url, articleDocumentName(id), token, new Y.Doc()),
  )
  await Promise.all(connections.map((connection) => connection.inStep()))
  return () => connections.forEach((connection) => connection.close())
}

/** The resident memory of a fresh desk server on `dataDir`, then with every article document open. */
async function serverMemoryOnce(dataDir: string, token: string, articleIds: string[]) {
  const server = await startDeskServer(dataDir)
  try {
    await sleep(1_000)
    const idle = await residentMegabytes(server.child.pid!)
    const close = await openArticleDocuments(server.url, token, articleIds)
    await sleep(500)
    const open = await residentMegabytes(server.child.pid!)
    close()
    return { idle, open }
  } finally {
    await server.stop('SIGTERM')
  }
}

/** The owner's `desk.sync` of a desk of 100 articles with nothing changed, once a run. */
async function fullSyncTimes(dataDir: string, owner: string, runs: number): Promise<number[]> {
  const credentials = await readDeskCredentials(owner)
  // The server the owner shared the workspace on, back on its address.
  const server = await startDeskServer(dataDir, { port: Number(new URL(credentials!.server).port) })
  const member = await openMember(owner)
  try {
    const times: number[] = []
    for (let run = 0; run < runs; run++) {
      const started = performance.now()
      const summary = await member.call('desk.sync', {})
      times.push(performance.now() - started)
      if (summary.articles !== MANY_ARTICLES.length)
        throw new Error(`the sync covered ${summary.articles} articles`)
    }
    console.log(`  full sync: ${times.map((ms) => ms.toFixed(0)).join(', ')} ms`)
    return times
  } finally {
    await member.close()
    await server.stop('SIGTERM')
  }
}

/**
 * The owner's 100 articles × 50 claims shared on a desk; then, each run, a desk server process
 * started afresh on that data: its resident memory (from /proc) once started, and with all 100
 * article documents open by one client.
 */
async function memoryFigures(workDir: string, runs: number): Promise<Figure[]> {
  const dir = join(workDir, 'desk-memory')
  await mkdir(dir, { recursive: true })
  await seedWorkspace(join(dir, 'owner'), SAMPLES_DIR, MANY_ARTICLES, 41)
  const owner = join(dir, 'owner', 'workspace')
  const dataDir = join(dir, 'server')
  try {
    const server = await startDeskServer(dataDir, { isNew: true })
    await shareAndJoin(owner, server, dir, []).finally(() => server.stop('SIGTERM'))
    const credentials = await readDeskCredentials(owner)
    if (!credentials) throw new Error('the shared workspace holds no desk credentials')
    const ownerMember = await openMember(owner)
    const articleIds = (await ownerMember.call('articles.list', {})).map((entry) => entry.id)
    await ownerMember.close()
    if (articleIds.length !== MANY_ARTICLES.length)
      throw new Error(`${articleIds.length} articles shared, not ${MANY_ARTICLES.length}`)
    const results: { idle: number; open: number }[] = []
    for (let run = 0; run < runs; run++)
      results.push(await serverMemoryOnce(dataDir, credentials.token, articleIds))
    const syncMs = await fullSyncTimes(dataDir, owner, runs)
    console.log(
      `  RSS: ${results.map((r) => `${r.idle.toFixed(1)} → ${r.open.toFixed(1)} MB`).join(', ')}`,
    )
    const idle = median(results.map((r) => r.idle))
    return [
      figureOf(
        'Desk server RSS with the 100 article documents open',
        results.map((r) => r.open),
        'MB',
        REPORTED,
        `${idle.toFixed(1)} MB before, just started on the same data (100 articles × 50 claims)`,
      ),
      figureOf(
        'A sync of every document of a 100-article desk, nothing changed',
        syncMs,
        'ms',
        REPORTED,
        'the owner’s `desk.sync`: the index and the 100 article documents, in step',
      ),
    ]
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

type CatchUpRun = { syncMs: number; receiveMs: number; claims: number }

/**
 * A member makes 1,000 edits while the desk server is down, the server comes back on the same
 * port: the member's sync until in step (it connects, sends what changed, takes the desk's state),
 * then another member's sync that brings them in. Both must then hold the same claims.
 */
async function catchUpFigures(workDir: string, runs: number): Promise<Figure[]> {
  const dir = join(workDir, 'desk-catch-up')
  await mkdir(dir, { recursive: true })
  const desk = await deskWith(dir, SHARED_ARTICLE, 43, ['ana', 'ben'])
  let server = desk.server
  const port = Number(new URL(server.url).port)
  const [ana, ben] = await Promise.all(desk.folders.map((folder) => openMember(folder)))
  try {
    const claims = await ana!.call('claims.listAll', {})
    const verdictIds = await verdictIdsOf(ana!)
    const results: CatchUpRun[] = []
    for (let run = 0; run < runs; run++) {
      await server.stop('SIGTERM')
      await makeEdits(ana!, plannedEdits(claims, verdictIds, EDITS, seededRandom(500 + run)))
      server = await startDeskServer(join(dir, 'server'), { port })
      const started = performance.now()
      const sent = await ana!.call('desk.sync', {})
      const synced = performance.now()
      const received = await ben!.call('desk.sync', {})
      const done = performance.now()
      if (sent.sent === 0 || received.received === 0)
        throw new Error(`sent ${sent.sent} and received ${received.received} claim changes`)
      await expectSameClaims(ana!, ben!)
      results.push({ syncMs: synced - started, receiveMs: done - synced, claims: sent.sent })
    }
    console.log(
      `  runs: ${results.map((r) => `${r.syncMs.toFixed(0)} ms, then ${r.receiveMs.toFixed(0)} ms (${r.claims} claims changed)`).join('; ')}`,
    )
    return [
      figureOf(
        'Back online after 1,000 offline edits: the member’s sync',
        results.map((r) => r.syncMs),
        'ms',
        REPORTED,
        'edits made with the desk server stopped; its first sync once it is back on the same port',
      ),
      figureOf(
        '… another member’s sync receiving them',
        results.map((r) => r.receiveMs),
        'ms',
        REPORTED,
        `${median(results.map((r) => r.claims))} of the 100 claims changed by the 1,000 edits`,
      ),
    ]
  } finally {
    await ana?.close()
    await ben?.close()
    await server.stop('SIGTERM')
    await rm(dir, { recursive: true, force: true })
  }
}

/** How many claims one member marks, one after another, for the live figure. */
const LIVE_MARKS = 20

/** Resolves once `member` holds the claim `claimId`, brought by the desk. */
function arrivalOf(member: Member, claimId: string): Promise<void> {
  return new Promise((resolve) => {
    const stop = member.onChange((events) => {
      if (!events.some((event) => event.kind === 'claims')) return
      void member.call('claims.listAll', {}).then((claims) => {
        if (!claims.some((claim) => claim.id === claimId)) return
        stop()
        resolve()
      })
    })
  })
}

/**
 * Two members' workspaces open as the app opens them, live on one desk of 100 articles × 50
 * claims: one marks a claim, and the time runs until the other holds it; 20 marks, one at a time.
 */
async function liveFigures(workDir: string): Promise<Figure[]> {
  const dir = join(workDir, 'desk-live')
  await mkdir(dir, { recursive: true })
  const desk = await deskWith(dir, MANY_ARTICLES, 47, ['ana', 'ben'])
  const [ana, ben] = await Promise.all(
    desk.folders.map((folder) => openMember(folder, { asApp: true })),
  )
  try {
    const isLive = async (member: Member) => {
      const status = await member.call('desk.status', {})
      return status.isShared && status.isLive
    }
    while (!(await isLive(ana!)) || !(await isLive(ben!))) await sleep(50)
    await sleep(1_000)
    const [article] = await ana!.call('articles.list', {})
    const random = seededRandom(47)
    const times: number[] = []
    for (let mark = 0; mark < LIVE_MARKS; mark++) {
      const start = random.int(0, 15_000)
      const started = performance.now()
      const claim = await ana!.call('claims.create', {
        articleId: article!.id,
        start,
        end: start + 30,
      })
      await arrivalOf(ben!, claim.id)
      times.push(performance.now() - started)
      await sleep(300)
    }
    console.log(`  marked → there: ${times.map((ms) => ms.toFixed(0)).join(', ')} ms`)
    return [
      figureOf(
        'Live desk of 100 articles: a claim marked in one member’s app → in the other’s',
        times,
        'ms',
        { text: '≤ 1 s', median: 1_000, p95: 1_000 },
        `${LIVE_MARKS} marks one after another, both workspaces open as the app opens them`,
      ),
    ]
  } finally {
    await ana?.close()
    await ben?.close()
    await desk.server.stop('SIGTERM')
    await rm(dir, { recursive: true, force: true })
  }
}

/** The team desk through a real desk server process and real member workspaces, on loopback. */
export async function deskFigures(workDir: string, runs: number): Promise<Figure[]> {
  return [
    ...(await liveFigures(workDir)),
    ...(await convergeFigures(workDir, runs)),
    ...(await memoryFigures(workDir, runs)),
    ...(await catchUpFigures(workDir, runs)),
  ]
}
