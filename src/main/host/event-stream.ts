import type { ServerResponse } from 'node:http'
import { changeMessage, type ChangeFeed } from '../core/events/change-feed'

export type EventStreamLimits = {
  /** A window this far behind (bytes not yet taken by its connection) is cut off; it reconnects and catches up. */
  maxBufferedBytes: number
  /** A comment this often keeps proxies and the connection check awake. */
  heartbeatMs: number
}

export const DEFAULT_STREAM_LIMITS: EventStreamLimits = {
  maxBufferedBytes: 1024 * 1024,
  heartbeatMs: 15_000,
}

export type EventStreamRequest = {
  feed: ChangeFeed
  /** The window's own id: events its own calls caused are marked as such. */
  clientId: string | undefined
  /** The id of the last event the window saw before it lost the connection. */
  lastEventId: string | undefined
  limits: EventStreamLimits
}

/** `id:` lines make the browser resend the last id on reconnect; a data line holds no newline. */
const frame = (id: string, data: unknown, type?: string) =>
  `${type ? `event: ${type}\n` : ''}id: ${id}\ndata: ${JSON.stringify(data)}\n\n`

/**
 * Serves the change feed as Server-Sent Events. A window that comes back gets every event it
 * missed, or, when those are no longer kept, one that tells it to reload everything; a window
 * that falls too far behind is cut off, so it can never hold the app's memory hostage.
 */
export function serveEventStream(res: ServerResponse, request: EventStreamRequest): void {
  const { feed, clientId, lastEventId, limits } = request
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Accel-Buffering': 'no',
  })
  const send = (text: string) => {
    res.write(text)
    if (res.writableLength > limits.maxBufferedBytes) res.destroy()
  }
  // Replaying and subscribing in one turn of the event loop: nothing is published in between.
  const missed = lastEventId ? feed.since(lastEventId) : []
  res.write('retry: 1000\n\n')
  if (missed === null) {
    send(frame(feed.cursor, { id: feed.cursor, event: { kind: 'workspace' }, isOwn: false }))
  } else {
    for (const item of missed) send(frame(item.id, changeMessage(item, clientId)))
  }
  send(frame(feed.cursor, {}, 'ready'))
  const stop = feed.subscribe((item) => send(frame(item.id, changeMessage(item, clientId))))
  const heartbeat = setInterval(() => send(': still here\n\n'), limits.heartbeatMs)
  res.on('close', () => {
    stop()
    clearInterval(heartbeat)
  })
}
