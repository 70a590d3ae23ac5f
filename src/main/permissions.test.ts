import { describe, expect, it } from 'vitest'
import { isPermissionGranted, permissionHandlers } from './permissions'
import { APP_URL, isAppUrl } from './security'

const isOwnPage = (url: string) => isAppUrl(url, APP_URL)
const ownPage = { requestingUrl: APP_URL, isMainFrame: true }

describe('isPermissionGranted', () => {
  it('lets the app’s own page write the clipboard, for "Copy report as Markdown"', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', ownPage, isOwnPage)).toBe(true)
  })

  it('denies every other permission, reading the clipboard included', () => {
    for (const permission of [
      'clipboard-read',
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'fileSystem',
      'unknown',
    ])
      expect(isPermissionGranted(permission, ownPage, isOwnPage), permission).toBe(false)
  })

  it('denies the clipboard to a subframe, another page or a frame that names no page', () => {
    const write = 'clipboard-sanitized-write'
    expect(isPermissionGranted(write, { ...ownPage, isMainFrame: false }, isOwnPage)).toBe(false)
    for (const requestingUrl of ['https://evil.example/', 'app://other/index.html', undefined])
      expect(isPermissionGranted(write, { requestingUrl, isMainFrame: true }, isOwnPage)).toBe(
        false,
      )
  })
})

describe('permissionHandlers', () => {
  it('gives the same answer to a check and to a request', () => {
    const { check, request } = permissionHandlers(isOwnPage)
    const answers: boolean[] = []
    for (const permission of ['clipboard-sanitized-write', 'clipboard-read'] as const) {
      answers.push(check(null, permission, 'app://claimdesk', ownPage))
      request({} as never, permission, (granted) => answers.push(granted), ownPage)
    }
    expect(answers).toEqual([true, true, false, false])
  })
})
