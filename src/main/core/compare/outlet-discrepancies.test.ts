import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { newsroomArticles, PLANTED_FIGURE } from '../testing/newsroom-articles'
import { analyseToFile } from './analysis-file'
import { discrepanciesOfFiles } from './outlet-discrepancies'

let dir = ''
afterEach(() => rm(dir, { recursive: true, force: true }))

test('across a thousand articles the analysis completes and finds the one outlet saying 10,000 where another says 8,000', async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimdesk-newsroom-'))
  const articles = newsroomArticles(1000)
  const files: string[] = []
  for (const article of articles) {
    const file = join(dir, `${article.id}.json`)
    await analyseToFile(article, file)
    files.push(file)
  }
  const found = await discrepanciesOfFiles(files)
  const soldiers = found.filter(
    (discrepancy) => discrepancy.kind === 'number' && discrepancy.summary.includes('8,000'),
  )
  expect(soldiers).toHaveLength(1)
  expect(soldiers[0]?.summary).toContain('10,000 (1 article)')
  expect(soldiers[0]?.items.map((item) => item.passage.articleId).sort()).toEqual([
    articles[0]?.id,
    articles.at(-1)?.id,
  ])
  expect(soldiers[0]?.items.map((item) => item.passage.text)).toEqual([
    PLANTED_FIGURE.says,
    PLANTED_FIGURE.saysOtherwise,
  ])
  // The routine figures agree in every copy: copied a thousand times, they are no discrepancy.
  expect(found.filter((discrepancy) => discrepancy.kind === 'number')).toHaveLength(1)
}, 180_000)
