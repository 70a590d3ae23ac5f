import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Claim } from '../../../shared/claim-model'
import { dispatch, MAX_INPUT_DEPTH } from '../../../shared/dispatch'
import { openTempWorkspace, type TempWorkspace } from '../testing/temp-workspace'
import { DEFAULT_SETTINGS } from '../workspace/defaults'
import { STORE_FOLDER } from '../workspace/workspace-file'

let app: TempWorkspace
let articleId: string
let claims: Claim[]

const storeDir = () => join(app.dataDir, 'workspace', STORE_FOLDER)
const claimsPath = () => join(storeDir(), 'claims', `${articleId}.json`)
const indexPath = () => join(storeDir(), 'workspace.json')
const notices = async () => (await app.handlers['workspace.info']({})).notices

type StoredFile = { schemaVersion: number; data: Record<string, Record<string, unknown>[]> }

/** Edits a store file while the app is closed, as a user with a text editor would; returns what it wrote. */
async function editOnDisk(
  path: string,
  edit: (data: StoredFile['data']) => void,
  serialise: (file: StoredFile) => string = (file) => JSON.stringify(file, null, 2),
): Promise<string> {
  await app.close()
  const file = JSON.parse(await readFile(path, 'utf8')) as StoredFile
  edit(file.data)
  const text = serialise(file)
  await writeFile(path, text)
  app = await openTempWorkspace(app.dataDir)
  return text
}

const asideFiles = async (folder: string) =>
  (await readdir(folder))
    .filter((name) => name.includes('.set-aside-'))
    .map((name) => join(folder, name))

/** Notes nested `levels` lists deep, each list item holding the next list. */
function nestedNotes(levels: number) {
  let node: Record<string, unknown> = {
    type: 'paragraph',
    content: [{ type: 'text', text: 'deep' }],
  }
  for (let level = 0; level < levels; level++) {
    node = { type: 'bulletList', content: [{ type: 'listItem', content: [node] }] }
  }
  return { type: 'doc', content: [node] }
}

beforeEach(async () => {
  app = await openTempWorkspace()
  const [first] = await app.handlers['articles.list']({})
  articleId = first!.id
  claims = []
  for (const [start, end] of [
    [0, 10],
    [20, 30],
    [40, 50],
  ] as const) {
    claims.push(await app.handlers['claims.create']({ articleId, start, end }))
  }
})

afterEach(() => app.dispose())

describe('a hand-edited claims file with bad claims', () => {
  it('sets aside only the bad claim, says so, and loads the others', async () => {
    const edited = await editOnDisk(claimsPath(), (data) => {
      data.claims![1]!.sources = [{ id: 's1', url: 'javascript:alert(1)', title: 'x', note: '' }]
    })
    const loaded = await app.handlers['claims.list']({ articleId })
    expect(loaded.map((claim) => claim.id)).toEqual([claims[0]!.id, claims[2]!.id])

    const [aside, ...moreAside] = await asideFiles(join(storeDir(), 'claims'))
    expect(moreAside).toEqual([])
    expect(await readFile(aside!, 'utf8')).toBe(edited)
    expect(await notices()).toEqual([
      `Some of ${claimsPath()} could not be loaded and was set aside: claim "${claims[1]!.id}" ` +
        `(sources.0.url: only http(s) and mailto links are allowed). Everything else in it loaded; ` +
        `the file as it was is kept at ${aside}.`,
    ])
  })

  it('checks every claims file once the workspace is open, unasked, and pushes the notice', async () => {
    await editOnDisk(claimsPath(), (data) => {
      data.claims![0]!.tagIds = 'statistic'
    })
    const pushed: string[] = []
    app.feed.subscribe(({ event }) => pushed.push(event.kind))
    await vi.waitFor(
      async () => expect(await asideFiles(join(storeDir(), 'claims'))).toHaveLength(1),
      { timeout: 5000, interval: 20 },
    )
    await vi.waitFor(() => expect(pushed).toContain('notices'))
    expect(await notices()).toHaveLength(1)
  })

  it('does it once: the next start finds a clean file and says nothing', async () => {
    await editOnDisk(claimsPath(), (data) => {
      data.claims![0]!.tagIds = 'statistic'
    })
    expect(await notices()).toHaveLength(1)
    app = await app.reopen()
    expect(await notices()).toEqual([])
    expect(await asideFiles(join(storeDir(), 'claims'))).toHaveLength(1)
    expect(await app.handlers['claims.list']({ articleId })).toHaveLength(2)
  })

  it('sets aside a claim whose notes nest deep enough to exhaust the stack', async () => {
    const levels = 5000
    // Written by hand: a document this deep is beyond what JSON.stringify itself can walk.
    const deep = `${'{"type":"listItem","content":['.repeat(levels)}{"type":"text","text":"x"}${']}'.repeat(levels)}`
    await editOnDisk(
      claimsPath(),
      (data) => void (data.claims![2]!.notes = 'DEEP'),
      (file) => JSON.stringify(file).replace('"DEEP"', `{"type":"doc","content":[${deep}]}`),
    )
    expect(await app.handlers['claims.list']({ articleId })).toHaveLength(2)
    expect((await notices())[0]).toContain(
      `claim "${claims[2]!.id}" (it nests more than 160 levels deep)`,
    )
  })

  it('sets aside every claim when every claim is bad, and the article takes new ones', async () => {
    await editOnDisk(claimsPath(), (data) => {
      for (const claim of data.claims!) claim.status = 'done?'
    })
    expect(await app.handlers['claims.list']({ articleId })).toEqual([])
    const [notice] = await notices()
    for (const claim of claims) expect(notice).toContain(`claim "${claim.id}" (status: `)
    expect(await app.handlers['claims.create']({ articleId, start: 0, end: 5 })).toMatchObject({
      articleId,
    })
  })

  it('leaves a file that is not JSON to the store, which moves it aside whole', async () => {
    await app.close()
    await writeFile(claimsPath(), '{"schemaVersion": 1, "data": {"claims": [')
    app = await openTempWorkspace(app.dataDir)
    expect(await asideFiles(join(storeDir(), 'claims'))).toEqual([])
    expect((await notices()).join()).toMatch(/not valid JSON/)
  })
})

describe('a hand-edited workspace index', () => {
  it('resets only a bad setting and keeps every article, tag and other setting', async () => {
    await app.handlers['settings.update']({
      patch: { publisherName: 'Desk Weekly', colourBy: 'tag' },
    })
    await editOnDisk(indexPath(), (data) => {
      ;(data.settings as unknown as Record<string, unknown>).publisherUrl = 'javascript:alert(1)'
    })
    expect(await app.handlers['articles.list']({})).toHaveLength(3)
    const { settings, tags } = await app.handlers['vocabulary.get']({})
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      publisherName: 'Desk Weekly',
      colourBy: 'tag',
      publisherUrl: '',
    })
    expect(tags).toHaveLength(6)
    expect((await notices())[0]).toContain(
      'setting publisherUrl (only http(s) and mailto links are allowed; back to its default)',
    )
  })

  it('sets aside a bad tag and a bad article entry, keeping the article text on disk', async () => {
    await editOnDisk(indexPath(), (data) => {
      data.tags![0]!.colour = 'red; background: url(https://evil.example/)'
      data.articles![2]!.claimCount = -1
    })
    expect(await app.handlers['articles.list']({})).toHaveLength(2)
    expect((await app.handlers['vocabulary.get']({})).tags.map((tag) => tag.id)).not.toContain(
      'statistic',
    )
    const [notice] = await notices()
    expect(notice).toContain('article "')
    expect(notice).toContain('tag "statistic" (colour: a colour is #rrggbb)')
    expect(await readdir(join(storeDir(), 'articles'))).toHaveLength(3)
  })

  it('shows HTML in a tag name as the name it is', async () => {
    await editOnDisk(indexPath(), (data) => {
      data.tags![0]!.name = '<img src=x onerror=alert(1)>'
    })
    expect(await notices()).toEqual([])
    expect((await app.handlers['vocabulary.get']({})).tags[0]!.name).toBe(
      '<img src=x onerror=alert(1)>',
    )
  })
})

describe('deeply nested input', () => {
  const update = (notes: unknown) =>
    dispatch(app.handlers, 'claims.update', {
      articleId,
      claimId: claims[0]!.id,
      patch: { notes },
    })

  it('is refused with a message before validation can exhaust the stack', async () => {
    for (const levels of [100, 1000, 100_000]) {
      expect(await update(nestedNotes(levels))).toEqual({
        ok: false,
        code: 'invalid-input',
        message: `claims.update: the input nests more than ${MAX_INPUT_DEPTH} levels deep.`,
      })
    }
  })

  it('still takes lists nested as deep as anyone writes them, and they load again', async () => {
    expect(await update(nestedNotes(25))).toMatchObject({ ok: true })
    app = await app.reopen()
    expect(await notices()).toEqual([])
    const [first] = await app.handlers['claims.list']({ articleId })
    expect(first?.notes).toEqual(nestedNotes(25))
  })
})
