import fc from 'fast-check'
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callNames, contract, type CallName } from '../../../shared/contract'
import { dispatch } from '../../../shared/dispatch'
import type { Claim } from '../../../shared/claim-model'
import type { ErrorCode } from '../../../shared/result'
import { isWebUrl } from '../../../shared/safe-url'
import { openTempWorkspace, type TempWorkspace } from '../testing/temp-workspace'
import { callInputs, type DeskState } from './call-inputs'

/**
 * Every contract call gets random and hostile input through `dispatch` on a real app: it must
 * answer with a typed failure or a value its output schema accepts, never throw or fail as
 * "internal", never pollute Object.prototype, and the app must reopen with everything it had.
 *
 * Calls that could leave the machine are fenced, not skipped: links.open reaches only a spy
 * standing in for shell.openExternal; articles.importUrl gets only invalid, non-http or
 * loopback/private addresses (refused before connecting); the import calls only get paths in a
 * sandbox folder (a fuzzed "/" would walk the whole disk), and workspace.open only sandbox folders
 * or relative paths (refused); workspace.chooseFolder has no native picker here and says so.
 *
 * Reproduce a failure with FUZZ_SEED=<seed printed below>; FUZZ_RUNS sets the runs per call.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261123)
const RUNS = Number(process.env.FUZZ_RUNS ?? 200)

const ERROR_CODES: ErrorCode[] = [
  'unknown-call',
  'invalid-input',
  'not-found',
  'conflict',
  'read-only',
  'io-error',
  'unsupported',
  'forbidden',
]

let app: TempWorkspace
let sandbox: string
const opened: string[] = []
const runsPerCall = new Map<CallName, { runs: number; ok: number; codes: Set<string> }>()

async function makeSandbox(): Promise<string[]> {
  sandbox = await mkdtemp(join(tmpdir(), 'claimdesk-fuzz-files-'))
  const files: Record<string, string | Uint8Array> = {
    'story.txt': 'Fuzz Headline\n\nOfficials said 8,000 soldiers arrived on Thursday.',
    'page.html':
      '<title>T</title><h1>T</h1><p onclick="alert(1)">Body <script>alert(1)</script></p>',
    'empty.txt': '',
    'png.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    'notes.md': '# Heading\n\n[x](javascript:alert(1))',
    'broken.pdf': '%PDF-1.7\n1 0 obj <<',
    'broken.docx': 'PK\u0003\u0004 not really a zip',
    'sub/deeper/nested.txt': 'Nested Headline\n\nNested body.',
    'odd.exe': 'MZ',
  }
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(sandbox, name, '..'), { recursive: true })
    await writeFile(join(sandbox, name), content)
  }
  await symlink('..', join(sandbox, 'sub', 'loop'))
  await symlink(join(sandbox, 'missing.txt'), join(sandbox, 'dangling.txt'))
  const names = [...Object.keys(files), 'sub', 'sub/loop', 'dangling.txt', 'missing.txt', 'no/such']
  return [sandbox, ...names.map((name) => join(sandbox, name))]
}

async function deskState(sandboxPaths: string[]): Promise<DeskState> {
  const { handlers } = app
  const articles = await handlers['articles.list']({})
  const claims = await handlers['claims.listAll']({})
  const vocabulary = await handlers['vocabulary.get']({})
  const w3c = await handlers['reports.export']({ scope: { kind: 'all' }, format: 'w3c' })
  return {
    articleIds: articles.map((article) => article.id),
    // Claims deleted since stay on the list, so restore and stale references get tried too.
    claims: [...new Map([...seenClaims, ...claims].map((claim) => [claim.id, claim])).values()],
    tagIds: vocabulary.tags.map((tag) => tag.id),
    verdictScale: vocabulary.verdictScale,
    w3cExport: w3c.content,
    sandboxPaths,
  }
}

let sandboxPaths: string[] = []
const seenClaims: Claim[] = []

/** Keeps a few claims in the app, since deletes and merges use them up. */
async function markClaims(): Promise<void> {
  const claims = await app.handlers['claims.listAll']({})
  seenClaims.push(...claims)
  if (claims.length >= 6) return
  for (const article of (await app.handlers['articles.list']({})).slice(0, 3)) {
    const { text } = await app.handlers['articles.get']({ articleId: article.id })
    for (const start of [0, 40, 120])
      if (start + 10 < text.length)
        await app.handlers['claims.create']({
          articleId: article.id,
          start,
          end: Math.min(start + 30, text.length),
        })
  }
}
let before: { articles: string[]; claims: number } = { articles: [], claims: 0 }

beforeAll(async () => {
  console.log(
    `contract fuzz: seed ${SEED}, ${RUNS} runs per call (FUZZ_SEED / FUZZ_RUNS to change)`,
  )
  app = await openTempWorkspace(undefined, {
    fileWatch: null,
    openExternal: async (url) => void opened.push(url),
  })
  sandboxPaths = await makeSandbox()
  // A few real claims, so updates, deletes, links and exports have something to work on.
  await markClaims()
}, 60_000)

afterAll(async () => {
  const tallies = [...runsPerCall.entries()]
  const total = tallies.reduce((sum, [, tally]) => sum + tally.runs, 0)
  const lines = tallies.map(
    ([name, { runs, ok, codes }]) =>
      `  ${name}: ${runs} inputs, ${ok} ok, refused as ${[...codes].join(', ')}`,
  )
  console.log(
    `contract fuzz: ${total} inputs over ${tallies.length} calls (seed ${SEED})\n${lines.join('\n')}`,
  )
  await app.dispose()
  await rm(sandbox, { recursive: true, force: true })
})

describe('contract fuzzing through dispatch', () => {
  it.each(callNames)(
    '%s answers every hostile input with a typed result',
    async (name) => {
      await markClaims()
      const state = await deskState(sandboxPaths)
      const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort()
      const tally = { runs: 0, ok: 0, codes: new Set<string>() }
      await fc.assert(
        fc.asyncProperty(callInputs(name, state), async (input) => {
          tally.runs++
          const result = await dispatch(app.handlers, name, input)
          if (result.ok) tally.ok++
          else tally.codes.add(result.code)
          if (result.ok) {
            const checked = contract[name].output.safeParse(result.value)
            expect(
              checked.success,
              `${name} returned ${JSON.stringify(result.value)?.slice(0, 300)}`,
            ).toBe(true)
          } else {
            expect(ERROR_CODES, `${name}: ${result.code}: ${result.message}`).toContain(result.code)
            expect(typeof result.message === 'string' && result.message.length > 0).toBe(true)
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined()
          expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys)
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      )
      runsPerCall.set(name, tally)
      // workspace.open may have switched to a sandbox folder: come back to the default workspace.
      if (name === 'workspace.open')
        await app.handlers['workspace.open']({ folder: join(app.dataDir, 'workspace') })
      // Nothing but http(s) ever reached the stand-in for shell.openExternal.
      expect(opened.filter((url) => !isWebUrl(url))).toEqual([])
    },
    300_000,
  )

  it('leaves an app that closes, reopens and loads every article and claim', async () => {
    const articles = await app.handlers['articles.list']({})
    const claims = await app.handlers['claims.listAll']({})
    before = { articles: articles.map((article) => article.id).sort(), claims: claims.length }
    expect(before.articles.length).toBeGreaterThanOrEqual(3)
    app = await app.reopen()
    const info = await app.handlers['workspace.info']({})
    expect(info.notices).toEqual([])
    const reopened = await app.handlers['articles.list']({})
    expect(reopened.map((article) => article.id).sort()).toEqual(before.articles)
    for (const { id } of reopened) await app.handlers['articles.get']({ articleId: id })
    expect((await app.handlers['claims.listAll']({})).length).toBe(before.claims)
    // Nothing was written outside the data dir and the sandbox.
    const visible = (await readdir(sandbox)).filter((name) => !name.startsWith('.'))
    expect(visible.sort()).toEqual(
      [
        'broken.docx',
        'broken.pdf',
        'dangling.txt',
        'empty.txt',
        'notes.md',
        'odd.exe',
        'page.html',
        'png.txt',
        'story.txt',
        'sub',
      ].sort(),
    )
  }, 120_000)
})
