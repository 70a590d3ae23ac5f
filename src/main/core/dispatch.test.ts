import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openCurrentWorkspace, type CurrentWorkspace } from './current-workspace'
import { dispatch } from '../../shared/dispatch'
import { ServiceError } from '../../shared/result'

let dataDir: string
let app: CurrentWorkspace

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'claimdesk-dispatch-'))
  app = await openCurrentWorkspace({ dataDir, samplesDir: resolve('resources/samples') })
})

afterAll(async () => {
  await app.close()
  await rm(dataDir, { recursive: true, force: true })
})

describe('dispatch', () => {
  it('runs a known call with valid input', async () => {
    const list = await dispatch(app.handlers, 'articles.list', {})
    expect(list.ok && Array.isArray(list.value) && list.value.length).toBe(3)
  })

  it.each([['nope'], ['__proto__'], ['constructor'], ['toString'], [42], [null], [undefined]])(
    'rejects the unknown call %s as data, never by throwing',
    async (name) => {
      const result = await dispatch(app.handlers, name, {})
      expect(result).toMatchObject({ ok: false, code: 'unknown-call' })
    },
  )

  it.each([
    [{}],
    [{ articleId: '' }],
    [{ articleId: '../../etc/passwd' }],
    [{ articleId: 7 }],
    [{ articleId: 'a1', extra: true }],
    ['a1'],
    [[]],
  ])('rejects bad input %j with a message naming the call', async (input) => {
    const result = await dispatch(app.handlers, 'articles.get', input)
    expect(result).toMatchObject({ ok: false, code: 'invalid-input' })
    expect(result.ok === false && result.message).toMatch(/^articles\.get:/)
  })

  it('treats a missing input as an empty object', async () => {
    expect(await dispatch(app.handlers, 'articles.list', undefined)).toMatchObject({ ok: true })
  })

  it('passes a service error through with its code', async () => {
    expect(await dispatch(app.handlers, 'articles.get', { articleId: 'missing' })).toMatchObject({
      ok: false,
      code: 'not-found',
    })
  })

  it('turns an unexpected exception into an internal failure', async () => {
    const handlers = {
      ...app.handlers,
      'articles.get': async () => {
        throw new Error('disk on fire')
      },
    }
    const result = await dispatch(handlers, 'articles.get', { articleId: 'a1' })
    expect(result).toMatchObject({ ok: false, code: 'internal' })
    expect(result.ok === false && result.message).toContain('disk on fire')
  })

  it('keeps a ServiceError thrown by a handler as typed data', async () => {
    const handlers = {
      ...app.handlers,
      'articles.list': async () => {
        throw new ServiceError('read-only', 'Opened read-only.')
      },
    }
    expect(await dispatch(handlers, 'articles.list', {})).toEqual({
      ok: false,
      code: 'read-only',
      message: 'Opened read-only.',
    })
  })

  it('refuses a web archive link template that is not http(s) or lacks {url}, keeping the saved one', async () => {
    const saved = 'https://web.archive.org/web/{timestamp}/{url}'
    const update = (webArchiveTemplate: string) =>
      dispatch(app.handlers, 'settings.update', { patch: { webArchiveTemplate } })
    expect(await update(saved)).toMatchObject({ ok: true })
    for (const [template, message] of [
      ['javascript:alert("{url}")', 'must start with http:// or https://'],
      ['https://web.archive.org/save/', 'must contain {url}'],
    ] as const) {
      const result = await update(template)
      expect(result).toMatchObject({ ok: false, code: 'invalid-input' })
      expect(result.ok === false && result.message).toContain(message)
    }
    const { settings } = await app.handlers['vocabulary.get']({})
    expect(settings.webArchiveTemplate).toBe(saved)
  })
})
