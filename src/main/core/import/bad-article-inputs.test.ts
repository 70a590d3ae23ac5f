import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import {
  chmod,
  mkdir,
  mkdtemp,
  readdir,
  rm,
  stat,
  symlink,
  truncate,
  unlink,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportOutcome, ImportSummary } from '../../../shared/import-model'
import { dispatch } from '../../../shared/dispatch'
import type { Result } from '../../../shared/result'
import { buildDocx, buildPdf } from '../testing/article-fixtures'
import { buildEncryptedPdf, buildZipBombDocx, utf16WithoutBom } from '../testing/bad-article-files'
import { openTempWorkspace, type TempWorkspace } from '../testing/temp-workspace'
import { WorkspaceStore } from '../workspace/workspace-store'
import { ImportService } from './import-service'
import { MAX_ARTICLE_BYTES, readArticleBytes } from './read-article-file'
import { reportFileName } from '../reports/report-file-name'

/**
 * Bad and odd article inputs through the real import calls. Each one gets its own clear message;
 * a good article imported alongside it still arrives; nothing the workspace had is lost; nothing
 * is written outside the data dir; the workspace reopens with every article.
 */

let app: TempWorkspace
let root = ''
let caseDir = ''
const isRoot = process.getuid?.() === 0

beforeAll(async () => {
  app = await openTempWorkspace(undefined, { fileWatch: null })
  root = await mkdtemp(join(tmpdir(), 'claimdesk-bad-inputs-'))
}, 60_000)

afterAll(async () => {
  await app.dispose()
  await rm(root, { recursive: true, force: true })
})

const write = async (name: string, content: string | Uint8Array) => {
  const path = join(caseDir, name)
  await mkdir(join(path, '..'), { recursive: true })
  await writeFile(path, content)
  return path
}

/** A small good article, unique per case, imported next to the bad input. */
const goodArticle = () =>
  write(
    `good-${randomUUID()}.txt`,
    `Good Headline ${randomUUID()}\n\nA good paragraph that must arrive.`,
  )

type Run = () => Promise<Result<unknown>>
type Expected = RegExp | 'imported' | 'duplicate'

const importFiles =
  (...names: (() => Promise<string>)[]): Run =>
  async () => {
    const paths = [...(await Promise.all(names.map((make) => make()))), await goodArticle()]
    return dispatch(app.handlers, 'articles.importFiles', { paths })
  }

const importFileDirectly =
  (make: () => Promise<string>): Run =>
  async () =>
    dispatch(app.handlers, 'articles.importFiles', { paths: [await make()] })

const upload =
  (name: string, content: string | Buffer, asBase64 = true): Run =>
  async () =>
    dispatch(app.handlers, 'articles.importUploads', {
      files: [
        {
          name,
          contentBase64: asBase64 ? Buffer.from(content).toString('base64') : String(content),
        },
        {
          name: 'good.txt',
          contentBase64: Buffer.from(`Upload ${randomUUID()}\n\nA good upload.`).toString('base64'),
        },
      ],
    })

const html = (charset: string, body: string) =>
  `<html><head><meta charset="${charset}"><title>Charset Test</title></head><body><article><h1>Charset Test</h1><p>${body}</p></article></body></html>`

const windows1252 = (text: string) => Buffer.from(text, 'latin1')

const CASES: [string, Run, Expected][] = [
  [
    'an empty .txt',
    importFiles(() => write('empty.txt', '')),
    /empty\.txt is empty: there is no text to import\./,
  ],
  [
    'a .txt of only blank lines',
    importFiles(() => write('blank.txt', ' \n\n\t\n')),
    /blank\.txt is empty/,
  ],
  [
    'a PNG renamed .txt',
    importFiles(() => write('photo.txt', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'))),
    /photo\.txt is a PNG image, not a txt text file\./,
  ],
  [
    'a ZIP renamed .txt',
    importFiles(() => write('archive.txt', buildDocx([{ text: 'zipped' }]))),
    /archive\.txt is a ZIP archive \(or a Word file\), not a txt text file\./,
  ],
  [
    'a gzip archive renamed .md',
    importFiles(() => write('notes.md', Buffer.from('1f8b0800000000000003', 'hex'))),
    /notes\.md is a gzip archive, not a md text file\./,
  ],
  [
    'a PDF renamed .html',
    importFiles(() => write('page.html', buildPdf([{ x: 72, y: 700, text: 'PDF' }]))),
    /page\.html is a PDF document, not a html text file\./,
  ],
  [
    'binary junk with NUL bytes',
    importFiles(() =>
      write('junk.txt', Buffer.from([0x41, 0x00, 0x00, 0x42, 0x01, 0x00, 0x07, 0x00, 0x00])),
    ),
    /junk\.txt is binary data, not a txt text file\./,
  ],
  [
    'a file over the 20 MB cap',
    importFiles(async () => {
      const path = await write('huge.txt', 'Huge Headline\n\n')
      await truncate(path, MAX_ARTICLE_BYTES + 1)
      return path
    }),
    /huge\.txt is larger than the 20 MB limit for an article\./,
  ],
  [
    'one 50 MB line',
    importFiles(() => write('one-line.txt', Buffer.alloc(50 * 1024 * 1024, 'a'))),
    /one-line\.txt is larger than the 20 MB limit for an article\./,
  ],
  [
    'one 2 MB line (under the cap)',
    importFileDirectly(() => write('long-line.txt', `Long Line\n\n${'word '.repeat(400_000)}`)),
    'imported',
  ],
  [
    // Not refused: read with the legacy encoding detection finds, which the article records.
    'invalid UTF-8',
    importFileDirectly(() =>
      write(
        'broken-utf8.txt',
        Buffer.from([
          ...Buffer.from('Broken Headline\n\nCaf'),
          0xe9,
          0x20,
          0xc3,
          0x28,
          0xa0,
          0xa1,
          0x2e,
        ]),
      ),
    ),
    'imported',
  ],
  [
    'UTF-16LE without a byte-order mark',
    importFileDirectly(() =>
      write(
        'utf16le.txt',
        utf16WithoutBom('Sixteen Bits Headline\n\nOfficials said 8,000 troops.', 'le'),
      ),
    ),
    'imported',
  ],
  [
    'UTF-16BE without a byte-order mark',
    importFileDirectly(() =>
      write(
        'utf16be.txt',
        utf16WithoutBom('Big End Headline\n\nOfficials said 9,000 troops.', 'be'),
      ),
    ),
    'imported',
  ],
  [
    'HTML whose <meta charset> says UTF-8 over windows-1252 bytes',
    importFiles(() =>
      write('wrong-charset.html', windows1252(html('utf-8', 'caf\u00e9 \u00ab quoted \u00bb'))),
    ),
    /wrong-charset\.html says it is UTF-8 but is not valid UTF-8\./,
  ],
  [
    'HTML whose <meta charset> names an encoding that does not exist',
    importFiles(() => write('bogus-charset.html', html('x-klingon-9', 'text'))),
    /bogus-charset\.html is in the x-klingon-9 encoding, which Claimdesk cannot read\./,
  ],
  [
    'a zip-bomb-like .docx (a few hundred KB unpacking to 150 MB)',
    importFiles(() => write('bomb.docx', buildZipBombDocx(150))),
    /bomb\.docx unpacks to 150 MB, more than the 100 MB an article may: it is not imported\./,
  ],
  [
    'a zip-bomb .docx whose headers claim 1 KB',
    importFiles(() => write('liar.docx', buildZipBombDocx(150, true))),
    /liar\.docx unpacks to more than the 100 MB an article may: it is not imported\./,
  ],
  [
    'a text file renamed .docx',
    importFiles(() => write('letter.docx', 'Dear editor,\n\nthis is not Word.')),
    /letter\.docx is not a Word \(\.docx\) document\./,
  ],
  [
    'a .docx cut off half-way',
    importFiles(() => {
      const docx = buildDocx([{ text: 'Cut Headline' }, { text: 'Cut body.' }])
      return write('cut.docx', docx.subarray(0, docx.length / 2))
    }),
    /cut\.docx is not a readable Word \(\.docx\) document\./,
  ],
  [
    'an encrypted PDF',
    importFiles(() => write('secret.pdf', buildEncryptedPdf())),
    /secret\.pdf cannot be read: it is password-protected\./,
  ],
  [
    'a broken PDF',
    importFiles(() => write('broken.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog')),
    /broken\.pdf cannot be read: it is damaged or not a PDF\./,
  ],
  [
    'a PDF without a text layer',
    importFiles(() => write('scan.pdf', buildPdf([]))),
    /scan\.pdf has no text layer \(a scanned PDF\?\): there is nothing to import\./,
  ],
  [
    'a named pipe (FIFO) called .txt, which would block a naive read',
    importFiles(async () => {
      const path = join(caseDir, 'pipe.txt')
      execFileSync('mkfifo', [path])
      return path
    }),
    /pipe\.txt is not a file\./,
  ],
  [
    'a device file (/dev/zero)',
    importFiles(async () => '/dev/zero'),
    /zero: files without an extension are not supported/,
  ],
  [
    // As root every file is readable, so a directory stands in for the unreadable file there.
    isRoot ? 'an unreadable file (root: a directory named .txt)' : 'an unreadable file (mode 000)',
    importFiles(async () => {
      if (isRoot) {
        await mkdir(join(caseDir, 'locked.txt'))
        return join(caseDir, 'locked.txt')
      }
      const path = await write('locked.txt', 'Locked\n\nNo one may read this.')
      await chmod(path, 0o000)
      return path
    }),
    isRoot
      ? /locked\.txt is not a file\./
      : /Could not read locked\.txt: the file is missing or not accessible\./,
  ],
  [
    'a path that does not exist',
    importFiles(async () => join(caseDir, 'gone.txt')),
    /Could not read gone\.txt: the file is missing or not accessible\./,
  ],
  [
    'a path with a NUL byte',
    importFiles(async () => join(caseDir, 'nul\u0000.txt')),
    /Could not read nul.\.txt: the file is missing or not accessible\./,
  ],
  [
    'a program (.exe)',
    importFiles(() => write('setup.exe', 'MZ')),
    /setup\.exe: \.exe files are not supported\. Claimdesk imports \.txt/,
  ],
  [
    'a file without an extension',
    importFiles(() => write('README', 'Readme')),
    /README: files without an extension are not supported/,
  ],
  [
    'the same article twice in one import',
    async () => {
      const path = await write('twice.txt', `Twice ${randomUUID()}\n\nSame bytes.`)
      return dispatch(app.handlers, 'articles.importFiles', {
        paths: [path, path, await goodArticle()],
      })
    },
    'duplicate',
  ],
  [
    'an upload named ../../x.txt',
    upload('../../escape.txt', `Escape ${randomUUID()}\n\nUploaded with a hostile name.`),
    'imported',
  ],
  [
    'an upload named CON',
    upload('CON', 'Con\n\nReserved name.'),
    /CON: files without an extension are not supported/,
  ],
  [
    'an upload named a:b*?.txt with junk base64',
    upload('a:b*?.txt', '!!!!', false),
    /a:b\*\?\.txt is empty/,
  ],
  [
    'pasted text of only whitespace',
    async () => dispatch(app.handlers, 'articles.importText', { text: ' \n\u00a0\t ' }),
    /The pasted text is empty: there is nothing to import\./,
  ],
  [
    'a folder that does not exist',
    async () => dispatch(app.handlers, 'articles.importFolder', { path: join(caseDir, 'nowhere') }),
    /Could not read the folder .*nowhere: it is missing or not accessible\./,
  ],
]

type Snapshot = Map<string, string>

/** Every file under `dir` with its size and modification time. */
async function snapshot(dir: string): Promise<Snapshot> {
  const files: Snapshot = new Map()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }).catch(
    () => [],
  )) {
    const path = join(entry.parentPath, entry.name)
    const info = await stat(path).catch(() => undefined)
    files.set(relative(dir, path), info ? `${info.size}:${info.mtimeMs}` : 'unreadable')
  }
  return files
}

const outcomesOf = (result: Result<unknown>): ImportOutcome[] =>
  result.ok ? (result.value as ImportSummary).outcomes : []

describe('bad and odd article inputs', () => {
  it.each(CASES)(
    '%s: a clear message, nothing lost, nothing written outside',
    async (what, run, expected) => {
      caseDir = join(root, what.replace(/[^a-z0-9]+/gi, '-'))
      await mkdir(caseDir, { recursive: true })
      const before = (await app.handlers['articles.list']({})).map((article) => article.id)
      const outside = await snapshot(root)
      const dataBefore = await snapshot(app.dataDir)

      const result = await run()

      const [first, ...rest] = outcomesOf(result)
      if (expected instanceof RegExp) {
        const message = result.ok
          ? first?.status === 'skipped'
            ? first.message
            : `not skipped: ${first?.status}`
          : result.message
        expect(message).toMatch(expected)
      } else {
        expect(result.ok).toBe(true)
        const outcomes = outcomesOf(result)
        expect(outcomes.some((outcome) => outcome.status === expected)).toBe(true)
      }
      // One bad source never stops the rest: the good article next to it arrived.
      if (expected instanceof RegExp)
        for (const outcome of rest) expect(outcome.status).toBe('imported')
      const after = (await app.handlers['articles.list']({})).map((article) => article.id)
      expect(after.slice(0, before.length)).toEqual(before)
      const imported = outcomesOf(result).filter((outcome) => outcome.status === 'imported').length
      expect(after.length).toBe(before.length + imported)

      // Only the case's own setup changed the source folders; the import wrote only into the workspace.
      const sources = await snapshot(root)
      const caseRel = relative(root, caseDir)
      const isCaseOwn = (path: string) => path === caseRel || path.startsWith(`${caseRel}/`)
      for (const [path, state] of outside)
        if (!isCaseOwn(path)) expect(sources.get(path), path).toBe(state)
      for (const path of sources.keys())
        if (!outside.has(path)) expect(isCaseOwn(path), path).toBe(true)
      const dataAfter = await snapshot(app.dataDir)
      for (const path of dataAfter.keys()) {
        if (!dataBefore.has(path)) expect(path.startsWith('workspace'), path).toBe(true)
      }
      await chmod(caseDir, 0o755)
      await rm(caseDir, { recursive: true, force: true })
    },
    60_000,
  )

  it('reads UTF-16 without a byte-order mark as UTF-16, and records a guessed legacy encoding', async () => {
    for (const order of ['le', 'be'] as const) {
      const bytes = utf16WithoutBom('Sixteen Bits Headline\n\nOfficials said 8,000 troops.', order)
      const { meta, blocks } = await readArticleBytes(bytes, { fileName: `utf16${order}.txt` })
      expect(meta).toMatchObject({ title: 'Sixteen Bits Headline', encoding: `utf-16${order}` })
      expect(blocks.map((block) => block.text)).toContain('Officials said 8,000 troops.')
    }
    const latin = Buffer.from(
      'Caf\u00e9 Headline\n\nNa\u00efve r\u00e9sum\u00e9 of the d\u00e9bat.',
      'latin1',
    )
    const { meta } = await readArticleBytes(latin, { fileName: 'latin.txt' })
    expect(meta).toMatchObject({ title: 'Caf\u00e9 Headline' })
    expect(meta.encoding).not.toBe('utf-8')
  })

  it('imports a folder with a symlink loop, a dangling link and a hidden file, without hanging', async () => {
    caseDir = join(root, 'loop-folder')
    const good = await write('story.txt', `Loop Story ${randomUUID()}\n\nA paragraph.`)
    await write('nested/deeper/inner.txt', `Inner Story ${randomUUID()}\n\nAnother paragraph.`)
    await write('.hidden.txt', 'Hidden\n\nNot imported.')
    await symlink('..', join(caseDir, 'nested', 'loop'))
    await symlink(join(caseDir, 'nested'), join(caseDir, 'nested', 'deeper', 'back'))
    await symlink(join(caseDir, 'missing.txt'), join(caseDir, 'dangling.txt'))
    const result = await dispatch(app.handlers, 'articles.importFolder', { path: caseDir })
    expect(result.ok).toBe(true)
    const outcomes = outcomesOf(result)
    expect(outcomes.map((outcome) => [outcome.source, outcome.status]).sort()).toEqual([
      ['nested/deeper/inner.txt', 'imported'],
      ['story.txt', 'imported'],
    ])
    expect(good).toContain(caseDir)
  })

  it('reports a file deleted while the import runs, and imports the rest', async () => {
    caseDir = join(root, 'deleted-while-importing')
    const first = await write('first.txt', `First ${randomUUID()}\n\nStill here.`)
    const doomed = await write('doomed.txt', `Doomed ${randomUUID()}\n\nDeleted mid-import.`)
    const last = await write('last.txt', `Last ${randomUUID()}\n\nStill here too.`)
    const store = await WorkspaceStore.open(join(root, 'deleted-workspace'))
    try {
      const service = new ImportService(store)
      const summary = await service.importFiles([first, doomed, last], (progress) => {
        // When the first file is being read, the second disappears.
        if (progress.current === 'first.txt') void unlink(doomed)
      })
      expect(summary.outcomes.map((outcome) => outcome.status)).toEqual([
        'imported',
        'skipped',
        'imported',
      ])
      expect(summary.outcomes[1]).toMatchObject({
        message: 'Could not read doomed.txt: the file is missing or not accessible.',
      })
    } finally {
      await store.close()
    }
  })

  it('reopens with every article it imported and no notices', async () => {
    const articles = (await app.handlers['articles.list']({})).map((article) => article.id)
    app = await app.reopen()
    expect((await app.handlers['workspace.info']({})).notices).toEqual([])
    const reopened = await app.handlers['articles.list']({})
    expect(reopened.map((article) => article.id)).toEqual(articles)
    for (const { id } of reopened) await app.handlers['articles.get']({ articleId: id })
  })
})

const HOSTILE_NAMES = [
  '../../x',
  '..\\..\\x',
  '/etc/passwd',
  'CON',
  'con',
  'NUL',
  'LPT1',
  'COM9',
  'a:b*?',
  '<>|"',
  '',
  '....',
  '.hidden',
  '\u202eexe.txt',
  'a\u0000b',
  'x'.repeat(500),
  '🙂🙂',
  'Ünïcödé Ñame',
]

describe('export file names from hostile subjects', () => {
  it.each(HOSTILE_NAMES)('%j becomes a safe file name', (subject) => {
    const name = reportFileName(subject, 'md', new Date('2026-11-23T12:00:00Z'))
    expect(name).toMatch(/^[\p{L}\p{N}-]+-report-2026-11-23\.md$/u)
    expect(name).not.toMatch(/^[.-]|\.\.|[/\\:*?"<>|]/)
    expect([...name].filter((char) => char < ' ' || char === '\u202e')).toEqual([])
    const stem = name.replace(/-report-2026-11-23\.md$/, '')
    expect(stem).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i)
    expect([...stem].length).toBeLessThanOrEqual(80)
  })
})
