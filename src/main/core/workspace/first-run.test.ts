import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { openWorkspace, type OpenWorkspace } from '../open-workspace'
import { SAMPLES_DIR } from '../testing/temp-workspace'

let folder: string
let workspace: OpenWorkspace

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'claimdesk-first-run-'))
  workspace = await openWorkspace(folder, { samplesDir: SAMPLES_DIR, fileWatch: null })
})

afterEach(async () => {
  await workspace.close()
  await rm(folder, { recursive: true, force: true })
})

it('seeds the samples with the title, outlet and author their text states, files unchanged', async () => {
  const articles = await workspace.handlers['articles.list']({})
  const byFile = new Map(articles.map((article) => [article.fileName, article]))
  expect(byFile.get('000_a547749780e01351.txt')).toMatchObject({
    title: 'Zelenskiy Criticizes Partners For Weak Response To North Korean Troops In Russia',
  })
  expect(byFile.get('000_a547749780e01351.txt')?.site).toBeUndefined()
  expect(byFile.get('001_b6ac9b1c9e3b9886.txt')).toMatchObject({
    site: 'The Epoch Times',
    byline: 'Katabella Roberts',
  })
  expect(byFile.get('004_54b3b94515d101ea.txt')).toMatchObject({
    site: 'The Epoch Times',
    byline: 'Ryan Morgan',
  })
  const copied = await readFile(join(folder, '001_b6ac9b1c9e3b9886.txt'))
  expect(copied.equals(await readFile(join(SAMPLES_DIR, '001_b6ac9b1c9e3b9886.txt')))).toBe(true)
})
