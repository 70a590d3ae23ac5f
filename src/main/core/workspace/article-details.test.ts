import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ArticleDetails, detailProblems } from '../../../shared/article-details'
import type { ChangeEvent } from '../../../shared/change-events'
import { dispatch } from '../../../shared/dispatch'
import type { ArticleSummary } from '../../../shared/article-model'
import { openWorkspace, type OpenWorkspace } from '../open-workspace'
import { SAMPLES_DIR } from '../testing/temp-workspace'

const EDITED = {
  title: 'Kyiv says partners are slow on North Korea',
  site: 'Desk Wire',
  byline: 'Ana Petrova',
  published: '2024-11-04',
  url: 'https://wire.example/kyiv-partners',
}

describe('article details as typed', () => {
  it('takes empty fields as unknown and trims what is written', () => {
    const details = ArticleDetails.parse({
      title: '  A title ',
      site: '',
      byline: ' ',
      published: '2024-11-04T09:30:00+02:00',
      url: '',
    })
    expect(details).toEqual({
      title: 'A title',
      site: '',
      byline: '',
      published: '2024-11-04T09:30:00+02:00',
      url: '',
    })
  })

  it('names each bad field: a day that does not exist, an address that is not the web, no title', () => {
    const problems = detailProblems({
      title: ' ',
      site: '',
      byline: '',
      published: '2024-02-30',
      url: 'javascript:alert(1)',
    })
    expect(problems.title).toBe('An article needs a title.')
    expect(problems.published).toMatch(/YYYY-MM-DD/)
    expect(problems.url).toMatch(/http:\/\/ or https:\/\//)
    expect(problems.site).toBeUndefined()
    for (const published of ['4 Nov 2024', '2024-11-4', '2024-11-04T25:00:00Z'])
      expect(detailProblems({ ...EDITED, published }).published).toBeDefined()
  })
})

describe('articles.updateDetails', () => {
  let folder: string
  let workspace: OpenWorkspace
  let article: ArticleSummary
  let events: ChangeEvent[]

  const open = async () => {
    workspace = await openWorkspace(folder, { samplesDir: SAMPLES_DIR, fileWatch: null })
    workspace.onChange((pushed) => events.push(...pushed))
  }
  const call = (name: Parameters<typeof dispatch>[1], input: unknown) =>
    dispatch(workspace.handlers, name, input, { clientId: 'window-1' })
  const listed = async () =>
    (await workspace.handlers['articles.list']({})).find((each) => each.id === article.id)!

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'claimdesk-details-'))
    events = []
    await open()
    const articles = await workspace.handlers['articles.list']({})
    article = articles.find((each) => each.site === 'The Epoch Times')!
  })

  afterEach(async () => {
    await workspace.close()
    await rm(folder, { recursive: true, force: true })
  })

  it('saves the details in the list and the article, across a reopening, and tells every window', async () => {
    const result = await call('articles.updateDetails', { articleId: article.id, details: EDITED })
    expect(result).toMatchObject({ ok: true, value: { id: article.id, ...EDITED } })
    expect(events).toContainEqual({ kind: 'article', articleId: article.id })
    await workspace.close()
    await open()
    expect(await listed()).toMatchObject(EDITED)
    const full = await workspace.handlers['articles.get']({ articleId: article.id })
    expect(full).toMatchObject(EDITED)
  })

  it('drops a detail left empty rather than keeping the old one', async () => {
    const details = { title: article.title, site: '', byline: '', published: '', url: '' }
    await call('articles.updateDetails', { articleId: article.id, details })
    const entry = await listed()
    expect(entry.site).toBeUndefined()
    expect(entry.byline).toBeUndefined()
    expect(entry.title).toBe(article.title)
  })

  it('refuses a bad date or address with its message, and changes nothing', async () => {
    const bad = { ...EDITED, published: '31/10/2024', url: 'ftp://wire.example/' }
    const result = await call('articles.updateDetails', { articleId: article.id, details: bad })
    expect(result).toMatchObject({ ok: false, code: 'invalid-input' })
    if (result.ok) return
    expect(result.message).toMatch(/details.published: Write the date as YYYY-MM-DD/)
    expect(result.message).toMatch(/details.url: Write a web address/)
    expect(await listed()).toMatchObject({ title: article.title, site: 'The Epoch Times' })
  })

  it('is undone as “Edit article details” and redone', async () => {
    await call('articles.updateDetails', { articleId: article.id, details: EDITED })
    expect(await call('undo.state', {})).toMatchObject({
      value: { undoLabel: 'Edit article details' },
    })
    const undone = await call('undo.undo', {})
    expect(undone).toMatchObject({ ok: true, value: { label: 'Edit article details' } })
    expect(await listed()).toMatchObject({ title: article.title, site: 'The Epoch Times' })
    expect(await workspace.handlers['articles.get']({ articleId: article.id })).toMatchObject({
      title: article.title,
      byline: article.byline,
    })
    expect((await listed()).published).toBeUndefined()
    await call('undo.redo', {})
    expect(await listed()).toMatchObject(EDITED)
  })

  it('gives every report format the edited details', async () => {
    await call('articles.updateDetails', { articleId: article.id, details: EDITED })
    const handlers = workspace.handlers
    const scope = { kind: 'article' as const, articleId: article.id }
    const text = await workspace.handlers['articles.get']({ articleId: article.id })
    const start = text.text.indexOf('North Korean')
    await handlers['claims.create']({
      articleId: article.id,
      start,
      end: start + 12,
      verdictId: 'true',
    })
    const report = async (format: 'md' | 'csv' | 'w3c' | 'claimreview') =>
      (await handlers['reports.export']({ scope, format })).content
    expect(await report('md')).toContain(
      'Desk Wire · By Ana Petrova · Published 4 November 2024 · [Read the article](https://wire.example/kyiv-partners)',
    )
    expect(await report('csv')).toContain(`${EDITED.title},Desk Wire`)
    expect(await report('w3c')).toContain('"source": "https://wire.example/kyiv-partners"')
    const claimReview = await report('claimreview')
    expect(claimReview).toContain('"name": "Ana Petrova"')
    expect(claimReview).toContain('"datePublished": "2024-11-04"')
  })
})
