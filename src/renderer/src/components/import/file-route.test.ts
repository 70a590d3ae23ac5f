import { describe, expect, it } from 'vitest'
import { MAX_UPLOAD_BYTES, routeFor } from './file-route'

const file = (size: number) => ({ name: 'brief.pdf', size })

describe('routeFor', () => {
  it('imports a file that has a path by that path, whatever its size', () => {
    expect(routeFor(file(12 * 1024 * 1024), '/home/me/brief.pdf')).toEqual({
      kind: 'path',
      path: '/home/me/brief.pdf',
    })
  })

  it('uploads a file without a path up to the browser host’s limit', () => {
    expect(routeFor(file(MAX_UPLOAD_BYTES), null)).toEqual({ kind: 'upload' })
  })

  it('refuses a larger file without a path, saying why', () => {
    expect(routeFor(file(MAX_UPLOAD_BYTES + 1), null)).toEqual({
      kind: 'too-large',
      message: 'brief.pdf is larger than the 6 MB that can be sent from the browser.',
    })
  })
})
