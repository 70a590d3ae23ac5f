import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundleFixture } from '../testing/bundle-fixture'
import { seededRandom } from '../testing/seeded-random'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openCrashLog } from './crash-writer.fixture'

const KILLS = 50
const SEED = 20241031
const MIN_DELAY_MS = 5
const MAX_DELAY_MS = 60
/** A writer that is not ready by then is stuck, not slow. */
const STARTUP_LIMIT_MS = 15_000

let workDir: string
let storeDir: string
let writerScript: string

/** Starts the writer on `storeFile`, SIGKILLs it `delayMs` after it is ready; yields the acked ids. */
function runAndKill(storeFile: string, delayMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writerScript, storeFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const startupLimit = setTimeout(() => child.kill('SIGKILL'), STARTUP_LIMIT_MS)
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const wasReady = stdout.startsWith('ready\n')
      stdout += chunk
      if (wasReady || !stdout.startsWith('ready\n')) return
      clearTimeout(startupLimit)
      setTimeout(() => child.kill('SIGKILL'), delayMs)
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(startupLimit)
      if (signal !== 'SIGKILL' || !stdout.startsWith('ready\n')) {
        reject(
          new Error(`The writer stopped on its own (code ${code}, signal ${signal}): ${stderr}`),
        )
        return
      }
      const completeLines = stdout.split('\n').slice(1, -1)
      resolve(completeLines.map(Number))
    })
  })
}

/** Opens the file as the app would after a crash; it must be intact, not recovered from a backup. */
async function loadAfterCrash(storeFile: string): Promise<number[]> {
  const notices: string[] = []
  const log = await openCrashLog(storeFile, (message) => notices.push(message)).read()
  expect(notices).toEqual([])
  return log?.claims.map((claim) => claim.id) ?? []
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'claimdesk-crash-'))
  storeDir = join(workDir, 'store')
  await mkdir(storeDir)
  const fixture = fileURLToPath(new URL('./crash-writer.fixture.ts', import.meta.url))
  writerScript = await bundleFixture(fixture, join(workDir, 'bundle'), 'crash-writer.mjs')
})

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true })
})

it('keeps every acknowledged claim when the writer is SIGKILLed at random moments', async () => {
  const storeFile = join(storeDir, 'claims.json')
  // Seeded, so the kill schedule is the same on every run.
  const random = seededRandom(SEED).next
  const acknowledged = new Set<number>()
  let killsMidWrite = 0
  let idsOnDisk: number[] = []
  for (let kill = 1; kill <= KILLS; kill++) {
    const delayMs = MIN_DELAY_MS + random() * (MAX_DELAY_MS - MIN_DELAY_MS)
    for (const id of await runAndKill(storeFile, delayMs)) acknowledged.add(id)
    const leftovers = (await readdir(storeDir)).filter((name) => name.endsWith('.tmp'))
    if (leftovers.length > 0) killsMidWrite++

    idsOnDisk = await loadAfterCrash(storeFile)
    expect(idsOnDisk, `after kill ${kill} the file holds a gapless prefix`).toEqual(
      Array.from({ length: idsOnDisk.length }, (_, index) => index),
    )
    const lost = [...acknowledged].filter((id) => id >= idsOnDisk.length)
    expect(lost, `acknowledged but lost after kill ${kill}`).toEqual([])
  }
  console.log(
    `crash test: ${KILLS} kills (${killsMidWrite} left a temp file mid-write), ` +
      `${acknowledged.size} claims acknowledged, ${idsOnDisk.length} on disk, 0 lost`,
  )
  expect(acknowledged.size).toBeGreaterThan(KILLS)
  expect(killsMidWrite).toBeGreaterThan(0)
}, 90_000)
