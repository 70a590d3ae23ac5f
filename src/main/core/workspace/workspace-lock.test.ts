import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { STORE_FOLDER } from './workspace-file'
import { lockPath, readLock, WorkspaceBusy, WorkspaceLock, type LockHolder } from './workspace-lock'

let folder: string

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'claimdesk-lock-'))
})
afterEach(() => rm(folder, { recursive: true, force: true }))

const cli = { app: 'command line' as const, endpoint: null, secret: null }

/** The pid of a process that has just ended: a holder that died without letting go. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''])
  await once(child, 'exit')
  return child.pid!
}

async function writeLock(holder: Partial<LockHolder>) {
  await mkdir(join(folder, STORE_FOLDER), { recursive: true })
  const full: LockHolder = {
    pid: process.pid,
    hostname: hostname(),
    app: 'desktop app',
    endpoint: null,
    secret: null,
    nonce: 'old-lock',
    since: new Date().toISOString(),
    ...holder,
  }
  await writeFile(lockPath(folder), JSON.stringify(full))
}

describe('WorkspaceLock', () => {
  it('names its holder in a file only the user can read, and lets go', async () => {
    const lock = await WorkspaceLock.acquire(folder, {
      app: 'browser host',
      endpoint: 'http://127.0.0.1:5199',
      secret: 'secret-for-the-cli',
    })
    expect(await readLock(folder)).toMatchObject({
      pid: process.pid,
      app: 'browser host',
      endpoint: 'http://127.0.0.1:5199',
      secret: 'secret-for-the-cli',
    })
    expect((await stat(lockPath(folder))).mode & 0o777).toBe(0o600)
    await lock.release()
    expect(await readLock(folder)).toBeNull()
  })

  it('refuses a second holder while the first lives, naming it', async () => {
    const lock = await WorkspaceLock.acquire(folder, cli)
    const refusal = await WorkspaceLock.acquire(folder, cli).catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(WorkspaceBusy)
    expect((refusal as WorkspaceBusy).message).toBe(
      `This workspace is open in the Claimdesk command line (process ${process.pid}).`,
    )
    await lock.release()
  })

  it('waits for a live holder to let go when asked to', async () => {
    const first = await WorkspaceLock.acquire(folder, cli)
    setTimeout(() => void first.release(), 300)
    const second = await WorkspaceLock.acquire(folder, cli, 5_000)
    expect((await readLock(folder))?.nonce).toBe(second.holder.nonce)
    await second.release()
  })

  it('takes over a lock left by a process that died', async () => {
    await writeLock({ pid: await deadPid() })
    const lock = await WorkspaceLock.acquire(folder, cli)
    expect((await readLock(folder))?.nonce).toBe(lock.holder.nonce)
    await lock.release()
  })

  it('takes over a lock file that is not a lock at all', async () => {
    await mkdir(join(folder, STORE_FOLDER), { recursive: true })
    await writeFile(lockPath(folder), '{"half":')
    const lock = await WorkspaceLock.acquire(folder, cli)
    expect((await readLock(folder))?.nonce).toBe(lock.holder.nonce)
    await lock.release()
  })

  it('lets exactly one of many racing takers have a dead holder’s lock', async () => {
    await writeLock({ pid: await deadPid() })
    const outcomes = await Promise.allSettled(
      Array.from({ length: 8 }, () => WorkspaceLock.acquire(folder, cli)),
    )
    const won = outcomes.filter((outcome) => outcome.status === 'fulfilled')
    expect(won).toHaveLength(1)
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toHaveLength(7)
    const winner = (won[0] as PromiseFulfilledResult<WorkspaceLock>).value
    expect((await readLock(folder))?.nonce).toBe(winner.holder.nonce)
  })

  it('does not remove a lock that was taken over meanwhile', async () => {
    const lock = await WorkspaceLock.acquire(folder, cli)
    await writeLock({ nonce: 'someone-else' })
    await lock.release()
    expect((await readLock(folder))?.nonce).toBe('someone-else')
  })
})
