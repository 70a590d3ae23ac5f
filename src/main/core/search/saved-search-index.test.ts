import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nodeFs, writeFileAtomic } from '../store/atomic-write'
import { searchCorpus } from '../testing/search-corpus'
import { fileLines } from './file-lines'
import { articleDocs } from './search-docs'
import { SearchIndex } from './search-index'

let folder = ''
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'claimdesk-saved-index-'))
})
afterAll(() => rm(folder, { recursive: true, force: true }))

const corpus = searchCorpus(17, 150)

function corpusIndex(): SearchIndex {
  const index = new SearchIndex()
  for (const article of corpus.articles)
    index.putArticle({
      articleId: article.id,
      label: { title: article.title, sha256: article.sha256, claims: '' },
      docs: articleDocs(article),
    })
  for (const claim of corpus.claims) index.putClaim(claim)
  index.setClaimsFingerprint('a3', 'fingerprint of a3')
  return index
}

const QUERIES = ['ka', 'kyiv', 'zelenskyy’s', 'ro mi', '"ka ro"', 'tes la', 'cafe']

/**
 * What a search answers, its scores to 12 digits: the restored index adds a prefix's longer words
 * in its radix tree's order, which may differ from the first, so the last bits of a sum can too.
 */
const answer = (index: SearchIndex, query: string) => {
  const { hits, total } = index.search({ query })
  return { total, hits: hits.map((hit) => ({ ...hit, score: hit.score.toPrecision(12) })) }
}

async function saved(index: SearchIndex, name: string): Promise<string> {
  const file = join(folder, name)
  await writeFileAtomic(nodeFs, file, index.savedLines())
  return file
}

async function loaded(file: string, chunkBytes = 1 << 20) {
  const index = new SearchIndex()
  const isLoaded = await index.load(fileLines(file, chunkBytes)).catch(() => false)
  return { index, isLoaded }
}

describe('the saved search index', () => {
  it('is one JSON value a line, and comes back answering every query as before', async () => {
    const index = corpusIndex()
    index.removeArticle('a7')
    index.removeClaim(corpus.claims[0]?.id ?? '')
    const file = await saved(index, 'whole.json')
    const lines = (await readFile(file, 'utf8')).split('\n').filter(Boolean)
    expect(lines.length).toBeGreaterThan(5)
    for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow()
    // Small reads cut lines apart: they are joined again.
    const { index: restored, isLoaded } = await loaded(file, 4_096)
    expect(isLoaded).toBe(true)
    expect(restored.indexed()).toEqual(index.indexed())
    for (const query of QUERIES) expect(answer(restored, query)).toEqual(answer(index, query))
    // And it keeps changing as before.
    restored.removeArticle('a1')
    index.removeArticle('a1')
    expect(answer(restored, 'ka')).toEqual(answer(index, 'ka'))
  })

  it('is not trusted when cut short, damaged or of the first version, so it is rebuilt', async () => {
    const file = await saved(corpusIndex(), 'source.json')
    const text = await readFile(file, 'utf8')
    const lines = text.split('\n').filter(Boolean)
    const variants = {
      'no end line': lines.slice(0, -1).join('\n'),
      'a slice missing': [...lines.slice(0, 2), ...lines.slice(3)].join('\n'),
      'cut mid-line': text.slice(0, Math.floor(text.length / 2)),
      'a damaged line': [...lines.slice(0, 2), '["terms",[[', ...lines.slice(3)].join('\n'),
      'version 1': JSON.stringify({ version: 1, articles: {}, docs: [], index: {} }),
      empty: '',
    }
    for (const [name, variant] of Object.entries(variants)) {
      const bad = join(folder, `${name}.json`)
      await writeFile(bad, variant, 'utf8')
      const { index, isLoaded } = await loaded(bad)
      expect(isLoaded, name).toBe(false)
      expect(index.indexed(), name).toEqual({})
    }
    expect((await loaded(join(folder, 'missing.json'))).isLoaded).toBe(false)
  })
})
