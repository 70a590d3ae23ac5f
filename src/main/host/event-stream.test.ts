import { request } from 'node:http'
import { EventSource } from 'eventsource'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ChangeMessage } from '../../shared/change-events'
import { openTempWorkspace, type TempWorkspace } from '../core/testing/temp-workspace'
import { startHost, type RunningHost } from './server'

const TOKEN = 'stream-test-token-0123456789'

let app: TempWorkspace
let host: RunningHost
let articleId: string
const cleanups: (() => void)[] = []

beforeEach(async () => {
  app = await openTempWorkspace(undefined, { fileWatch: null })
  host = await startHost({
    handlers: app.handlers,
    rendererDir: null,
    token: TOKEN,
    feed: app.feed,
  })
  articleId = (await app.handlers['articles.list']({}))[0]!.id
})

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup()
  await host.close()
  await app.dispose()
})

const headersFor = (clientId: string) => ({
  'X-Claimdesk-Token': TOKEN,
  'X-Claimdesk-Client': clientId,
})

/** A page's stream, read by the same EventSource client the renderer uses. */
function listen(clientId: string) {
  const messages: ChangeMessage[] = []
  const source = new EventSource(`${host.origin}/events`, {
    fetch: (input, init) =>
      fetch(input, { ...init, headers: { ...init?.headers, ...headersFor(clientId) } }),
  })
  source.addEventListener('message', (event) => messages.push(JSON.parse(event.data)))
  const ready = new Promise<void>((resolve) => source.addEventListener('ready', () => resolve()))
  cleanups.push(() => source.close())
  return { messages, ready, source }
}

async function callAs(clientId: string, name: string, input: unknown) {
  const response = await fetch(`${host.origin}/rpc/${name}`, {
    method: 'POST',
    headers: { ...headersFor(clientId), 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  })
  return response.json()
}

/** What the tabs changed: the progress of background work (the search index's first build) aside. */
const changesIn = (messages: ChangeMessage[]) =>
  messages.filter((message) => message.event.kind !== 'progress')

const mark = (clientId: string, start: number) =>
  callAs(clientId, 'claims.create', { articleId, start, end: start + 5 })

describe('the change stream of the browser host', () => {
  it('pushes every change to every tab in order, marked as its own in the tab that made it', async () => {
    const mine = listen('tab-a')
    const other = listen('tab-b')
    await Promise.all([mine.ready, other.ready])
    await mark('tab-a', 0)
    await callAs('tab-b', 'tags.create', { name: 'Budget', colour: '#123456' })
    await vi.waitFor(() => expect(changesIn(other.messages)).toHaveLength(3))
    expect(changesIn(other.messages).map((m) => [m.event.kind, m.isOwn])).toEqual([
      ['claims', false],
      ['articles', false],
      ['vocabulary', true],
    ])
    await vi.waitFor(() => expect(changesIn(mine.messages)).toHaveLength(3))
    expect(changesIn(mine.messages).map((m) => m.isOwn)).toEqual([true, true, false])
    const ids = other.messages.map((m) => Number(m.id.split('-')[1]))
    expect(ids).toEqual([...ids].sort((a, b) => a - b))
  })

  it('sends a tab that reconnects with Last-Event-ID exactly what it missed', async () => {
    const first = listen('tab-a')
    await first.ready
    await mark('tab-b', 0)
    await vi.waitFor(() => expect(changesIn(first.messages)).toHaveLength(2))
    const lastSeen = changesIn(first.messages).at(-1)!.id
    first.source.close()
    await mark('tab-b', 10)
    await mark('tab-b', 20)
    const missed = await readStream({ ...headersFor('tab-a'), 'Last-Event-ID': lastSeen })
    expect(changesIn(missed).map((m) => m.event.kind)).toEqual([
      'claims',
      'articles',
      'claims',
      'articles',
    ])
  })

  it('tells a tab whose last id is no longer known to reload everything', async () => {
    const replayed = await readStream({ ...headersFor('tab-a'), 'Last-Event-ID': 'gone-12' })
    expect(replayed).toEqual([
      { id: expect.any(String), event: { kind: 'workspace' }, isOwn: false },
    ])
  })

  it('refuses a stream without the token, or asked for by another site', async () => {
    expect((await fetch(`${host.origin}/events`)).status).toBe(401)
    const crossSite = await fetch(`${host.origin}/events`, {
      headers: { ...headersFor('tab-a'), 'Sec-Fetch-Site': 'cross-site' },
    })
    expect(crossSite.status).toBe(403)
  })

  it('cuts off a tab that stops reading, instead of holding its events in memory', async () => {
    await host.close()
    const limits = { maxBufferedBytes: 4096, heartbeatMs: 60_000 }
    host = await startHost({
      ...{ handlers: app.handlers, rendererDir: null, token: TOKEN, feed: app.feed },
      streamLimits: limits,
    })
    const closed = new Promise<void>((resolve) => {
      const stalled = request(`${host.origin}/events`, { headers: headersFor('tab-a') }, (res) => {
        res.pause()
        res.on('close', () => resolve())
      })
      stalled.end()
    })
    await new Promise((resolve) => setTimeout(resolve, 100))
    // Many changes while the tab reads nothing: far more than the limit, were it kept.
    for (let n = 0; n < 400; n++) app.feed.publish([{ kind: 'claims', articleId }], null)
    await closed
  })
})

/** Opens the stream once, reads up to its "ready" event, and closes it. */
function readStream(headers: Record<string, string>): Promise<ChangeMessage[]> {
  return new Promise((resolve, reject) => {
    const req = request(`${host.origin}/events`, { headers }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        text += chunk
        if (!text.includes('event: ready')) return
        req.destroy()
        const frames = text.split('\n\n').filter((frame) => frame.startsWith('id: '))
        resolve(frames.map((frame) => JSON.parse(frame.split('\ndata: ')[1]!)))
      })
    })
    req.on('error', (error) => (req.destroyed ? undefined : reject(error)))
    req.end()
  })
}
