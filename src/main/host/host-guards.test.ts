import { describe, expect, it } from 'vitest'
import {
  foreignRequestReason,
  hasToken,
  isAllowedHost,
  isAllowedOrigin,
  isValidToken,
  readCookie,
  tokenCookie,
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

  it('accepts a token from any one of several places', () => {
    expect(hasToken(token, [undefined, 'wrong', token])).toBe(true)
    expect(hasToken(token, [undefined, 'wrong'])).toBe(false)
    expect(hasToken(token, [])).toBe(false)
  })

  it('accepts only long URL- and cookie-safe tokens', () => {
    expect(isValidToken(token)).toBe(true)
    expect(isValidToken('short')).toBe(false)
    expect(isValidToken('has;semicolon-and-more')).toBe(false)
    expect(isValidToken('has space in the middle')).toBe(false)
  })

  it('builds an HttpOnly, SameSite=Strict cookie for the whole site', () => {
    expect(tokenCookie(token)).toBe(`claimdesk_token=${token}; HttpOnly; SameSite=Strict; Path=/`)
  })

  it('reads one cookie out of a Cookie header', () => {
    expect(readCookie(`a=1; claimdesk_token=${token}; b=2`, 'claimdesk_token')).toBe(token)
    expect(readCookie('xclaimdesk_token=1', 'claimdesk_token')).toBeUndefined()
    expect(readCookie('=claimdesk_token', 'claimdesk_token')).toBeUndefined()
    expect(readCookie(undefined, 'claimdesk_token')).toBeUndefined()
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

  it('says why a foreign request is refused', () => {
    expect(foreignRequestReason({ host: 'localhost:80' }, 80)).toBeUndefined()
    expect(foreignRequestReason({ host: 'evil.com:80' }, 80)).toMatch(/host "evil.com:80"/)
    expect(foreignRequestReason({}, 80)).toMatch(/host ""/)
    expect(foreignRequestReason({ host: 'localhost:80', origin: 'http://evil.com' }, 80)).toMatch(
      /origin "http:\/\/evil.com"/,
    )
  })
})
