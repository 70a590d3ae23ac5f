import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it, vi } from 'vitest'
import { startDeskAutoSync } from './desk-auto-sync'

const PROGRESS = {
  kind: 'progress',
  taskId: 't',
  label: 'Importing',
  done: 1,
  total: 2,
  state: 'running',
} as const

/** A sync that counts its calls; `shared` says whether the workspace is on a desk. */
function counted(shared = true) {
  const calls = { syncs: 0, shared }
  const sync = async () => void calls.syncs++
  return { calls, sync, isShared: async () => calls.shared }
}

describe('syncing a workspace on a team desk by itself', () => {
  it('syncs soon after a change members share, and not for progress or a workspace on no desk', async () => {
    const { calls, sync, isShared } = counted(false)
    const auto = startDeskAutoSync(sync, isShared, {
      afterChangeMs: 10,
      everyMs: 60_000,
      whileLiveMs: 60_000,
    })
    try {
      auto.heard([{ kind: 'claims', articleId: null }])
      await sleep(100)
      expect(calls.syncs).toBe(0)
      calls.shared = true
      auto.heard([PROGRESS])
      await sleep(100)
      expect(calls.syncs).toBe(0)
      auto.heard([{ kind: 'claims', articleId: null }])
      await vi.waitFor(() => expect(calls.syncs).toBe(1))
      // Changes close together make one sync.
      auto.heard([{ kind: 'vocabulary' }])
      auto.heard([{ kind: 'articles' }])
      await vi.waitFor(() => expect(calls.syncs).toBe(2))
      await sleep(100)
      expect(calls.syncs).toBe(2)
    } finally {
      auto.stop()
    }
  })

  it('syncs now and then with nothing changed here, until stopped', async () => {
    const { calls, sync, isShared } = counted()
    const auto = startDeskAutoSync(sync, isShared, {
      afterChangeMs: 10,
      everyMs: 30,
      whileLiveMs: 60_000,
    })
    await vi.waitFor(() => expect(calls.syncs).toBeGreaterThanOrEqual(3))
    auto.stop()
    const stoppedAt = calls.syncs
    auto.heard([{ kind: 'claims', articleId: null }])
    await sleep(150)
    expect(calls.syncs).toBe(stoppedAt)
  })

  it('goes on after a failed sync (the desk’s status shows the failure)', async () => {
    let attempts = 0
    const failing = async () => {
      attempts++
      throw new Error('The desk server cannot be reached.')
    }
    const auto = startDeskAutoSync(failing, async () => true, {
      afterChangeMs: 10,
      everyMs: 20,
      whileLiveMs: 60_000,
    })
    try {
      await vi.waitFor(() => expect(attempts).toBeGreaterThanOrEqual(3))
    } finally {
      auto.stop()
    }
  })

  it('syncs at once when told, and once more after a sync that was running when told', async () => {
    let syncs = 0
    let finishFirst: () => void = () => {}
    const sync = () => {
      syncs++
      return syncs === 1
        ? new Promise<void>((resolve) => (finishFirst = resolve))
        : Promise.resolve()
    }
    const auto = startDeskAutoSync(sync, async () => true, {
      afterChangeMs: 10,
      everyMs: 60_000,
      whileLiveMs: 60_000,
    })
    try {
      auto.now()
      await vi.waitFor(() => expect(syncs).toBe(1))
      // Told again while the first sync runs: what it missed comes in the next one.
      auto.now()
      await sleep(50)
      expect(syncs).toBe(1)
      finishFirst()
      await vi.waitFor(() => expect(syncs).toBe(2))
      await sleep(50)
      expect(syncs).toBe(2)
    } finally {
      auto.stop()
    }
  })

  it('syncs only the documents concerned, and every document now and then or when told nothing', async () => {
    const asked: (string[] | null)[] = []
    const sync = async (only: ReadonlySet<string> | null) =>
      void asked.push(only ? [...only].sort() : null)
    const auto = startDeskAutoSync(sync, async () => true, {
      afterChangeMs: 10,
      everyMs: 400,
      whileLiveMs: 60_000,
    })
    try {
      auto.now(['article-b'])
      auto.now(['article-a'])
      await vi.waitFor(() => expect(asked).toEqual([['article-a', 'article-b']]))
      auto.heard([{ kind: 'claims', articleId: null }])
      await vi.waitFor(() => expect(asked).toHaveLength(2))
      expect(asked[1]).toEqual([])
      auto.now()
      await vi.waitFor(() => expect(asked).toHaveLength(3))
      expect(asked[2]).toBeNull()
      // Nothing asked: the regular turn covers every document.
      await vi.waitFor(() => expect(asked).toHaveLength(4), { timeout: 2_000 })
      expect(asked[3]).toBeNull()
    } finally {
      auto.stop()
    }
  })

  it('syncs every document less often while the desk server tells of changes as they happen', async () => {
    const { calls, sync, isShared } = counted()
    let isLive = true
    const timing = { afterChangeMs: 10, everyMs: 30, whileLiveMs: 60_000 }
    const auto = startDeskAutoSync(sync, isShared, timing, () => isLive)
    try {
      auto.now()
      await vi.waitFor(() => expect(calls.syncs).toBe(1))
      await sleep(200)
      expect(calls.syncs).toBe(1)
      isLive = false
      auto.now()
      await vi.waitFor(() => expect(calls.syncs).toBeGreaterThanOrEqual(4))
    } finally {
      auto.stop()
    }
  })
})
