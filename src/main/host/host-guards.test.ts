import { describe, expect, it } from 'vitest'
import {
  foreignRequestReason,
  isAllowedFetchSite,
  isAllowedHost,
  isAllowedOrigin,
  isValidToken,
  tokensMatch,
} from './host-guards'

const token = 'abcdefghijklmnop_-0123'

describe('tokens', () => {
  it('matches only the exact token', () => {
    expect(tokensMatch(token, token)).toBe(true)
    expect(tokensMatch(token, token.slice(1))).toBe(false)
    expect(tokensMatch(token, `${token}x`)).toBe(false)
    expect(tokensMatch(token, '')).toBe(false)
    expect(tokensMatch(token, undefined)).toBe(false)
  })

  it('accepts only long tokens that need no escaping in a URL or a header', () => {
    expect(isValidToken(token)).toBe(true)
    expect(isValidToken('short')).toBe(false)
    expect(isValidToken('has;semicolon-and-more')).toBe(false)
    expect(isValidToken('has space in the middle')).toBe(false)
  })
})

describe('host and origin', () => {
  it('allows only the loopback names of this port', () => {
    expect(isAllowedHost('127.0.0.1:5199', 5199)).toBe(true)
    expect(isAllowedHost('localhost:5199', 5199)).toBe(true)
    for (const host of ['127.0.0.1:5198', 'evil.com:5199', '127.0.0.1', '[::1]:5199', undefined]) {
      expect(isAllowedHost(host, 5199)).toBe(false)
    }
  })

  it('allows a missing Origin or the page’s own', () => {
    expect(isAllowedOrigin(undefined, '127.0.0.1:5199')).toBe(true)
    expect(isAllowedOrigin('http://127.0.0.1:5199', '127.0.0.1:5199')).toBe(true)
    for (const origin of [
      'http://localhost:5199',
      'https://127.0.0.1:5199',
      'null',
      'http://evil.com',
    ]) {
      expect(isAllowedOrigin(origin, '127.0.0.1:5199')).toBe(false)
    }
  })

  it('lets only the page call, and only the page or the user open the page', () => {
    expect(isAllowedFetchSite('same-origin', 'call')).toBe(true)
    expect(isAllowedFetchSite(undefined, 'call')).toBe(true)
    for (const site of ['none', 'same-site', 'cross-site', 'Same-Origin', ''])
      expect(isAllowedFetchSite(site, 'call'), site).toBe(false)
    expect(isAllowedFetchSite('none', 'page')).toBe(true)
    expect(isAllowedFetchSite('same-origin', 'page')).toBe(true)
    for (const site of ['same-site', 'cross-site'])
      expect(isAllowedFetchSite(site, 'page'), site).toBe(false)
  })

  it('says why a foreign request is refused', () => {
    expect(foreignRequestReason({ host: 'localhost:80' }, 80, 'call')).toBeUndefined()
    expect(foreignRequestReason({ host: 'evil.com:80' }, 80, 'page')).toMatch(/host "evil.com:80"/)
    expect(foreignRequestReason({}, 80, 'page')).toMatch(/host ""/)
    expect(
      foreignRequestReason({ host: 'localhost:80', origin: 'http://evil.com' }, 80, 'call'),
    ).toMatch(/origin "http:\/\/evil.com"/)
    expect(
      foreignRequestReason({ host: 'localhost:80', 'sec-fetch-site': 'same-site' }, 80, 'call'),
    ).toMatch(/a same-site request \(Sec-Fetch-Site\)/)
  })
})
