import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CORPUS_ARTICLES, FOREIGN_W3C, HYPOTHESIS_SEARCH } from '../core/testing/foreign-corpus'
import { COMMAND_USAGE } from './cli-usage'
import { buildCliForTest, runClaimdesk } from './cli-test-build'

let cli: string
let scratch: string
let desk: string
const ids: Record<string, string> = {}

const claimdesk = (...args: string[]) => runClaimdesk(cli, args)

/** A command on the test's workspace. */
const onDesk = (command: string, ...args: string[]) =>
  claimdesk(command, '--workspace', desk, ...args)

/** `mark` in the second wire's article. */
const markInDaily = (quote: string, ...args: string[]) =>
  onDesk('mark', '--article', ids['daily.txt']!, '--quote', quote, ...args)

/** `import-annotations` of a document written to a file of its own. */
const importAnnotations = async (name: string, document: unknown, ...args: string[]) =>
  onDesk('import-annotations', await file(name, JSON.stringify(document)), ...args)

const file = async (name: string, content: string) => {
  await writeFile(join(scratch, name), content)
  return join(scratch, name)
}

beforeAll(async () => {
  cli = await buildCliForTest()
  scratch = await mkdtemp(join(tmpdir(), 'claimdesk-check-'))
  desk = join(scratch, 'desk')
  const paths = []
  for (const [name, text] of Object.entries(CORPUS_ARTICLES)) paths.push(await file(name, text))
  const imported = await claimdesk('import', ...paths, '--workspace', desk)
  expect(imported.code).toBe(0)
  for (const line of imported.stdout.trim().split('\n')) {
    const [, source, id] = line.split('\t')
    ids[source!.split('/').at(-1)!] = id!
  }
}, 120_000)

afterAll(() => rm(scratch, { recursive: true, force: true }))

describe('claimdesk, a whole check from the command line', () => {
  it('import-annotations: matched by quote, skipped with the candidates named, exit 1 and a summary', async () => {
    const result = await importAnnotations('desk.json', FOREIGN_W3C)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      `matched by quote\thttps://desk.example/a/straight-quotes\t${ids['wire.txt']} (Troops reach the border)\n`,
    )
    expect(result.stderr).toContain(
      `claimdesk: skipped https://desk.example/a/in-two: its quote “The ministry said the figure was” is in 2 articles: ${ids['wire.txt']} (Troops reach the border), ${ids['daily.txt']} (A second report on the troops); give one with --article ID\n`,
    )
    expect(result.stderr).toContain('claimdesk: skipped https://desk.example/a/absent: ')
    expect(result.stdout.trim().split('\n').at(-1)).toBe(
      'imported 4 claim(s): 3 found by their quote, 0 to review, 0 replies kept as notes; 2 skipped',
    )

    const inTwo = { type: 'AnnotationPage', items: [FOREIGN_W3C.items[1]] }
    const chosen = await importAnnotations('in-two.json', inTwo, '--article', ids['wire.txt']!)
    expect(chosen).toMatchObject({ code: 0, stderr: '' })
    expect(chosen.stdout).toMatch(/imported 1 claim\(s\): 1 found by their quote, .*; 0 skipped\n$/)

    const hypothesis = await importAnnotations('h.json', HYPOTHESIS_SEARCH)
    expect(hypothesis.code).toBe(1)
    expect(hypothesis.stdout).toContain('2 replies kept as notes; 1 skipped')
  })

  it('mark: finds the words typed plainly, tags, rates and notes the claim; says why not', async () => {
    const marked = await markInDaily(
      'Local officials  counted the convoys',
      '--tag',
      'convoys',
      '--tag',
      'figures',
      '--verdict',
      'mostly false',
      '--claimant',
      'Local officials',
      '--note',
      'Counted **twice**',
    )
    expect(marked.code).toBe(0)
    expect(marked.stdout).toMatch(
      new RegExp(
        `^marked\\t${ids['daily.txt']}\\t[\\w-]+\\tLocal officials counted the convoys\\n$`,
      ),
    )
    expect(marked.stderr).toBe('claimdesk: new tag: convoys\n')

    const absent = await markInDaily('not in this article at all')
    expect(absent).toMatchObject({
      code: 1,
      stderr: `claimdesk: “not in this article at all” is not in article ${ids['daily.txt']}.\n`,
    })
    const checked = await markInDaily('Residents', '--status', 'checked')
    expect(checked.code).toBe(0)
    const claims = JSON.parse((await onDesk('claims', '--article', ids['daily.txt']!)).stdout) as {
      quote: { exact: string }
      status: string
      checkedAgainst?: { version: number }
    }[]
    expect(claims.find((claim) => claim.quote.exact === 'Residents')).toMatchObject({
      status: 'checked',
      checkedAgainst: { version: 1 },
    })
    const status = await markInDaily('Residents', '--status', 'done')
    expect(status.code).toBe(2)
    expect(status.stderr).toMatch(/^claimdesk: --status: /)
    const verdict = await markInDaily('Residents', '--verdict', 'Fishy')
    expect(verdict.code).toBe(1)
    expect(verdict.stderr).toMatch(
      /^claimdesk: "Fishy" is not a verdict of this workspace: use "True", /,
    )
  })

  it('claims: lists them as JSON or tab-separated lines, one article or all', async () => {
    const tsv = await onDesk('claims', '--article', ids['daily.txt']!, '--format', 'tsv')
    expect(tsv.code).toBe(0)
    const rows = tsv.stdout
      .trim()
      .split('\n')
      .map((line) => line.split('\t'))
    expect(rows[0]).toEqual(['article', 'claim', 'verdict', 'status', 'claimant', 'tags', 'quote'])
    expect(rows.find((row) => row[6] === 'Local officials counted the convoys')).toEqual([
      ids['daily.txt'],
      expect.any(String),
      'Mostly false',
      'to-check',
      'Local officials',
      'convoys, figures',
      'Local officials counted the convoys',
    ])
    const json = await onDesk('claims')
    const all = JSON.parse(json.stdout) as { articleId: string; tags: string[]; notes: unknown }[]
    expect(new Set(all.map((claim) => claim.articleId))).toEqual(new Set(Object.values(ids)))
  })

  it('settings and export: ClaimReview names its publisher, for good or for one export', async () => {
    const bad = await onDesk('settings', '--publisher-url', 'javascript:alert(1)')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/^claimdesk: --publisher-url: /)
    const set = await onDesk(
      'settings',
      '--publisher-name',
      'The Desk',
      '--publisher-url',
      'https://desk.example/',
      '--language',
      'en',
    )
    expect(set).toMatchObject({ code: 0, stderr: '' })
    expect(set.stdout).toBe(
      'publisher-name\tThe Desk\npublisher-url\thttps://desk.example/\nlanguage\ten\ndisplay-name\t\n',
    )

    const review = await onDesk('export', '--format', 'claimreview')
    expect(review.code).toBe(0)
    const [first] = JSON.parse(review.stdout)['@graph']
    expect(first).toMatchObject({
      author: { name: 'The Desk', url: 'https://desk.example/' },
      inLanguage: 'en',
    })
    expect(review.stderr).not.toContain('No publisher')

    const once = await onDesk('export', '--format', 'claimreview', '--publisher-name', 'Guest Desk')
    expect(JSON.parse(once.stdout)['@graph'][0].author.name).toBe('Guest Desk')
    expect((await onDesk('settings')).stdout).toContain('publisher-name\tThe Desk\n')
    const misplaced = await onDesk('export', '--format', 'md', '--publisher-name', 'X')
    expect(misplaced).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('apply to claimreview only'),
    })

    const hypothesis = await onDesk('export', '--format', 'hypothesis')
    expect(JSON.parse(hypothesis.stdout).rows.length).toBeGreaterThan(5)
  })

  it.each(Object.keys(COMMAND_USAGE).filter((name) => name !== 'help'))(
    '%s --help prints its usage',
    async (command) => {
      const help = await claimdesk(command, '--help')
      expect(help).toMatchObject({ code: 0, stderr: '' })
      expect(help.stdout).toContain(`claimdesk ${command} `)
    },
  )

  it.each([
    [['mark', '--workspace', 'x', '--article', 'a1'], 'mark needs --quote TEXT.'],
    [['mark', '--workspace', 'x', '--quote', 'q'], 'mark needs --article ID.'],
    [['claims', '--workspace', 'x', '--format', 'xml'], 'claims lists as json or tsv, not "xml".'],
    [['settings', '--workspace', 'x', '--language', 'english!'], '--language: not a language tag'],
    [
      ['import-annotations', 'a.json', '--workspace', 'x', '--article', '../x'],
      'is not an article id',
    ],
  ])('refuses %j with exit 2 and the command usage', async (args, message) => {
    const result = await claimdesk(...args)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(message)
    expect(result.stderr).toContain(`Usage:\n  claimdesk ${args[0]} `)
  })
})
