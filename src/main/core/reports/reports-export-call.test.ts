import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../shared/dispatch'
import { openTempWorkspace, type TempWorkspace } from '../testing/temp-workspace'

let app: TempWorkspace

beforeEach(async () => {
  app = await openTempWorkspace()
})

afterEach(() => app.dispose())

describe('reports.export', () => {
  it('returns a report with a safe file name, for every format', async () => {
    for (const format of ['md', 'csv', 'w3c', 'claimreview'] as const) {
      const result = await dispatch(app.handlers, 'reports.export', {
        scope: { kind: 'all' },
        format,
      })
      expect(result.ok).toBe(true)
      if (!result.ok) continue
      expect(result.value).toMatchObject({
        fileName: expect.stringMatching(/^workspace-[a-z]+-\d{4}-\d{2}-\d{2}\.(md|csv|jsonld)$/),
        claimCount: 0,
      })
    }
  })

  it('rejects an unknown format or scope, and an article that is not there, with a clear message', async () => {
    const badFormat = await dispatch(app.handlers, 'reports.export', {
      scope: { kind: 'all' },
      format: 'pdf',
    })
    expect(badFormat).toMatchObject({
      ok: false,
      code: 'invalid-input',
      message: expect.stringContaining('format'),
    })
    const badScope = await dispatch(app.handlers, 'reports.export', {
      scope: { kind: 'everything' },
      format: 'md',
    })
    expect(badScope).toMatchObject({ ok: false, code: 'invalid-input' })
    const missing = await dispatch(app.handlers, 'reports.export', {
      scope: { kind: 'article', articleId: 'nope' },
      format: 'md',
    })
    expect(missing).toMatchObject({
      ok: false,
      code: 'not-found',
      message: 'There is no article with id nope in this workspace.',
    })
  })
})
