import { describe, expect, it } from 'vitest'
import { isReplacedLoad } from './page-load'

/** The error Electron's loadURL rejects with: a message plus errno, code and url. */
const loadError = (errno: number, code: string) =>
  Object.assign(new Error(`${code} (${errno}) loading 'http://localhost:5173/'`), {
    errno,
    code,
    url: 'http://localhost:5173/',
  })

describe('isReplacedLoad', () => {
  it('lets a load that a reload replaced pass', () => {
    expect(isReplacedLoad(loadError(-3, 'ERR_ABORTED'))).toBe(true)
  })

  it('treats every other failure as one', () => {
    expect(isReplacedLoad(loadError(-102, 'ERR_CONNECTION_REFUSED'))).toBe(false)
    expect(isReplacedLoad(loadError(-6, 'ERR_FILE_NOT_FOUND'))).toBe(false)
    expect(isReplacedLoad(new Error('ERR_ABORTED'))).toBe(false)
    expect(isReplacedLoad(undefined)).toBe(false)
  })
})
