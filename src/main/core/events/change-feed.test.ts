import { describe, expect, it } from 'vitest'
import { ChangeFeed, changeMessage } from './change-feed'

const claims = (articleId: string) => ({ kind: 'claims' as const, articleId })

describe('ChangeFeed', () => {
  it('numbers events in the order they are published and tells every listener', () => {
    const feed = new ChangeFeed()
    const heard: string[] = []
    feed.subscribe((item) => heard.push(`${item.sequence}:${item.origin}`))
    feed.publish([claims('a'), { kind: 'articles' }], 'tab-1')
    feed.publish([{ kind: 'vocabulary' }], null)
    expect(heard).toEqual(['1:tab-1', '2:tab-1', '3:null'])
    expect(feed.cursor).toMatch(/-3$/)
  })

  it('gives a reader that comes back exactly what it missed, in order', () => {
    const feed = new ChangeFeed()
    feed.publish([claims('a')], null)
    const seen = feed.cursor
    feed.publish([claims('b'), claims('c')], 'tab-2')
    expect(feed.since(seen)?.map((item) => item.event)).toEqual([claims('b'), claims('c')])
    expect(feed.since(feed.cursor)).toEqual([])
  })

  it('says when what was missed is no longer kept, or the id is from another run, so the reader reloads', () => {
    const feed = new ChangeFeed(3)
    const start = feed.cursor
    feed.publish([claims('a'), claims('b'), claims('c'), claims('d')], null)
    expect(feed.since(start)).toBeNull()
    expect(feed.since(new ChangeFeed().cursor)).toBeNull()
    expect(feed.since('garbage')).toBeNull()
    const [name] = feed.cursor.split('-')
    expect(feed.since(`${name}-99`)).toBeNull()
    expect(feed.since(`${name}-1`)?.map((item) => item.sequence)).toEqual([2, 3, 4])
  })

  it('stops telling a listener once it unsubscribes', () => {
    const feed = new ChangeFeed()
    const heard: number[] = []
    const stop = feed.subscribe((item) => heard.push(item.sequence))
    feed.publish([claims('a')], null)
    stop()
    feed.publish([claims('b')], null)
    expect(heard).toEqual([1])
  })
})

describe('changeMessage', () => {
  it('marks an event as the reader’s own only when its call caused it', () => {
    const feed = new ChangeFeed()
    const items: Parameters<typeof changeMessage>[0][] = []
    feed.subscribe((item) => items.push(item))
    feed.publish([claims('a')], 'tab-1')
    feed.publish([claims('a')], null)
    expect(changeMessage(items[0]!, 'tab-1').isOwn).toBe(true)
    expect(changeMessage(items[0]!, 'tab-2').isOwn).toBe(false)
    expect(changeMessage(items[0]!, undefined).isOwn).toBe(false)
    expect(changeMessage(items[1]!, 'tab-1').isOwn).toBe(false)
  })
})
