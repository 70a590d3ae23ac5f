import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test, vi } from 'vitest'
import { openWorkspace } from '../core/open-workspace'
import { runCli } from './run-cli'

let scratch = ''
afterEach(() => rm(scratch, { recursive: true, force: true }))

const quiet = { stdout: () => {}, stderr: () => {} }

test('claimdesk import leaves the search index to the next open, which then finds the imported articles', async () => {
  scratch = await mkdtemp(join(tmpdir(), 'claimdesk-import-search-'))
  const sources = join(scratch, 'sources')
  const workspace = join(scratch, 'workspace')
  await mkdir(sources)
  await writeFile(
    join(sources, 'grain.txt'),
    'Grain Corridor\n\nThe Odesa grain corridor reopened.\n',
  )
  await writeFile(join(sources, 'kursk.txt'), 'Kursk\n\nSome 8,000 soldiers arrived in Kursk.\n')
  expect(await runCli(['import', sources, '--workspace', workspace], {}, quiet)).toBe(0)
  expect(existsSync(join(workspace, '.claimdesk', 'search-index.json'))).toBe(false)

  const opened = await openWorkspace(workspace, { fileWatch: null })
  try {
    const found = await vi.waitFor(
      async () => {
        const results = await opened.handlers['search.query']({ query: 'corridor' })
        if (results.isIndexing) throw new Error('still indexing')
        return results
      },
      { timeout: 20_000, interval: 50 },
    )
    expect(new Set(found.hits.map((hit) => hit.articleTitle))).toEqual(new Set(['Grain Corridor']))
  } finally {
    await opened.close()
  }
  expect(existsSync(join(workspace, '.claimdesk', 'search-index.json'))).toBe(true)
}, 60_000)
