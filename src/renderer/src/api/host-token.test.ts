import { describe, expect, it } from 'vitest'
import { takeHostToken } from './host-token'

const token = 'fragment-token-0123456789'

/** A tab: its address, its address bar's history entries and its sessionStorage. */
function tab(hash: string, stored: Record<string, string> = {}) {
  const storage = new Map(Object.entries(stored))
  const replaced: string[] = []
  return {
    address: { hash, pathname: '/', search: '' },
    addressBar: {
      state: null,
      replaceState: (_s: unknown, _t: string, url?: string | URL | null) =>
        void replaced.push(String(url)),
    },
    storage: {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => void storage.set(key, value),
    },
    replaced,
    stored: storage,
  }
}

describe('takeHostToken', () => {
  it('takes the token from the fragment, keeps it for the tab and clears the address bar', () => {
    const page = tab(`#token=${token}`)
    expect(takeHostToken(page.address, page.addressBar, page.storage)).toBe(token)
    expect(page.replaced).toEqual(['/'])
    expect([...page.stored.values()]).toEqual([token])
  })

  it('leaves the rest of the fragment in place', () => {
    const page = tab(`#token=${token}&view=claims`)
    expect(takeHostToken(page.address, page.addressBar, page.storage)).toBe(token)
    expect(page.replaced).toEqual(['/#view=claims'])
  })

  it('finds it again after a reload, when the address no longer has it', () => {
    const page = tab(`#token=${token}`)
    takeHostToken(page.address, page.addressBar, page.storage)
    const reloaded = tab('', Object.fromEntries(page.stored))
    expect(takeHostToken(reloaded.address, reloaded.addressBar, reloaded.storage)).toBe(token)
    expect(reloaded.replaced).toEqual([])
  })

  it('has none when the page was opened without it', () => {
    const page = tab('')
    expect(takeHostToken(page.address, page.addressBar, page.storage)).toBeUndefined()
  })
})
