import { execFile } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { SAMPLES_DIR } from '../core/testing/temp-workspace'
import { readLock } from '../core/workspace/workspace-lock'
import { startHostProcess, type HostProcess } from '../host/host-test-build'

const run = promisify(execFile)

let cli: string
let hostEntry: string
let scratch: string
const hosts: HostProcess[] = []

async function claimdesk(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args])
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

/** A small article file of its own, so each import is a new article. */
async function articleFile(name: string, headline: string): Promise<string> {
  const path = join(scratch, name)
  await writeFile(path, `${headline}\n\nOfficials said 3,000 people attended on Monday.\n`)
  return path
}

beforeAll(async () => {
  const { buildCliForTest } = await import('./cli-test-build')
  const { buildHostForTest } = await import('../host/host-test-build')
  cli = await buildCliForTest()
  hostEntry = await buildHostForTest()
}, 120_000)

beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'claimdesk-cli-live-'))
})

afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stop('SIGTERM')
  await rm(scratch, { recursive: true, force: true })
})

describe('the CLI on a workspace a running app has open', () => {
  it('sends its calls to the app, which shows them in its windows', async () => {
    const dataDir = join(scratch, 'data')
    const host = await startHostProcess(hostEntry, dataDir)
    hosts.push(host)
    const folder = join(dataDir, 'workspace')
    await waitFor(async () => (await readLock(folder))?.app === 'browser host')
    const file = await articleFile('rally.txt', 'Rally in the square')

    const imported = await claimdesk('import', file, '--workspace', folder)
    expect(imported.code).toBe(0)
    expect(imported.stdout).toMatch(/^imported\trally\.txt\ta\w+\tRally in the square\n$/)

    const listed = await host.call('articles.list', {})
    const titles = (listed.body as { value: { title: string }[] }).value.map((a) => a.title)
    expect(titles).toContain('Rally in the square')
    expect((await readLock(folder))?.app).toBe('browser host')
    const list = await claimdesk('list', '--workspace', folder)
    expect(list.stdout).toContain('Rally in the square')
  }, 60_000)

  it('validates its input through the contract, wherever the workspace is', async () => {
    const folder = join(scratch, 'desk')
    await mkdir(folder)
    await copyFile(join(SAMPLES_DIR, '000_a547749780e01351.txt'), join(folder, 'a.txt'))
    expect((await claimdesk('import', folder, '--workspace', folder)).code).toBe(0)
    const tooLong = join(scratch, `${'x'.repeat(5000)}.txt`)
    const refused = await claimdesk('import', tooLong, '--workspace', folder)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/^claimdesk: articles\.importFiles: paths\.0: /)
  }, 60_000)
})

describe('two CLI runs on one workspace', () => {
  it('take turns: both imports land and the store stays whole', async () => {
    const folder = join(scratch, 'desk')
    const files = await Promise.all(
      Array.from({ length: 4 }, (_, n) => articleFile(`report-${n}.txt`, `Report number ${n}`)),
    )
    expect((await claimdesk('import', files[0]!, '--workspace', folder)).code).toBe(0)
    const runs = await Promise.all(
      files.slice(1).map((file) => claimdesk('import', file, '--workspace', folder)),
    )
    expect(runs.map((each) => each.code)).toEqual([0, 0, 0])
    const list = await claimdesk('list', '--workspace', folder)
    for (let n = 0; n < 4; n++) expect(list.stdout).toContain(`Report number ${n}`)
    expect(await readLock(folder)).toBeNull()
  }, 60_000)
})

async function waitFor(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
