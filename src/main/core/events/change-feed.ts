import { randomBytes } from 'node:crypto'
import type { ChangeEvent, ChangeMessage } from '../../../shared/change-events'
import type { Origin } from '../history/change-journal'

/** One published event: `id` is "<feed>-<sequence>", so an id from another run of the app is known as such. */
export type FeedItem = { id: string; sequence: number; event: ChangeEvent; origin: Origin }

type FeedListener = (item: FeedItem) => void

/** An event as one client receives it: marked as its own when its call caused it. */
export const changeMessage = (item: FeedItem, clientId: string | undefined): ChangeMessage => ({
  id: item.id,
  event: item.event,
  isOwn: clientId !== undefined && item.origin === clientId,
})

/**
 * The app's stream of change events, for every window whatever workspace is open. It keeps the
 * latest events, so a window that lost its connection gets what it missed when it comes back.
 */
export class ChangeFeed {
  private readonly name = randomBytes(6).toString('hex')
  private sequence = 0
  private readonly kept: FeedItem[] = []
  private readonly listeners = new Set<FeedListener>()

  constructor(private readonly capacity = 1000) {}

  publish(events: readonly ChangeEvent[], origin: Origin): void {
    for (const event of events) {
      this.sequence += 1
      const item: FeedItem = {
        id: `${this.name}-${this.sequence}`,
        sequence: this.sequence,
        event,
        origin,
      }
      this.kept.push(item)
      if (this.kept.length > this.capacity) this.kept.shift()
      for (const listener of this.listeners) listener(item)
    }
  }

  /** Hears every event from now on; returns the unsubscribe. */
  subscribe(listener: FeedListener): () => void {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  /** Where the feed is now: the id of its latest event, as if there were one before the first. */
  get cursor(): string {
    return `${this.name}-${this.sequence}`
  }

  /**
   * The events after `lastId`, or null when they can no longer be given (the id is from another
   * run of the app, or older than what is kept): the reader must then reload everything.
   */
  since(lastId: string): FeedItem[] | null {
    const [name, number] = lastId.split('-')
    const sequence = Number(number)
    if (name !== this.name || !Number.isInteger(sequence) || sequence > this.sequence) return null
    const oldest = this.kept[0]?.sequence ?? this.sequence + 1
    if (sequence < oldest - 1) return null
    return this.kept.filter((item) => item.sequence > sequence)
  }
}
