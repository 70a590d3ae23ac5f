import { Redis as RedisExtension } from '@hocuspocus/extension-redis'
import type { onChangePayload } from '@hocuspocus/server'
import { Redis } from 'ioredis'

/**
 * Joins desk server instances through Redis (Hocuspocus's Redis extension), and makes up for what
 * the extension does not promise: whatever was published while Redis was away is lost, so when
 * Redis is back each instance offers every open document's state again, and the others answer
 * with what it lacks.
 */
export class DeskRedis extends RedisExtension {
  constructor(url: string) {
    super({ createClient: () => quietClient(url) })
    this.sub.on('ready', () => this.offerOpenDocuments())
  }

  private offerOpenDocuments() {
    for (const [documentName, document] of this.instance?.documents ?? []) {
      // A change from nowhere makes the extension publish the document's state vector.
      const change = { documentName, document, transactionOrigin: 'redis-resync' }
      void this.onChange(change as unknown as onChangePayload)
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
