import { Redis as RedisExtension } from '@hocuspocus/extension-redis'
import type { onChangePayload } from '@hocuspocus/server'
import { Redis } from 'ioredis'

/** When, after Redis is back, each instance offers its open documents again. */
const OFFER_AGAIN_AFTER_MS = [1_000, 3_000]

/**
 * Joins desk server instances through Redis (Hocuspocus's Redis extension), and makes up for what
 * the extension does not promise: whatever was published while Redis was away is lost, so when
 * Redis is back each instance offers every open document's state again, and the others answer
 * with what it lacks.
 */
export class DeskRedis extends RedisExtension {
  private readonly offers = new Set<NodeJS.Timeout>()
  private isClosed = false

  constructor(url: string) {
    super({ createClient: () => quietClient(url) })
    this.sub.on('ready', () => {
      this.offerOpenDocuments()
      // The other instances may take a moment to subscribe again: the offer is repeated for them.
      for (const ms of OFFER_AGAIN_AFTER_MS) {
        const timer = setTimeout(() => {
          this.offers.delete(timer)
          this.offerOpenDocuments()
        }, ms)
        this.offers.add(timer)
      }
    })
  }

  override async onDestroy() {
    this.isClosed = true
    for (const timer of this.offers) clearTimeout(timer)
    this.offers.clear()
    await super.onDestroy()
  }

  private offerOpenDocuments() {
    if (this.isClosed) return
    for (const [documentName, document] of this.instance?.documents ?? []) {
      // A change from nowhere makes the extension publish the document's state vector.
      const change = { documentName, document, transactionOrigin: 'redis-resync' }
      this.onChange(change as unknown as onChangePayload).catch(() => {
        // Redis went away again: the next time it is back, the offer is made again.
      })
    }
  }
}

/** A Redis client that says once that Redis is unreachable, not at every retry. */
function quietClient(url: string): Redis {
  const client = new Redis(url)
  let isDown = false
  client.on('error', (error: Error) => {
    if (!isDown) console.error(`claimdesk: Redis: ${error.message}; retrying`)
    isDown = true
  })
  client.on('ready', () => (isDown = false))
  return client
}
