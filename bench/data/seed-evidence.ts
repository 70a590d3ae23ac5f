import { join } from 'node:path'
import { writeArchivedCopy } from '../../src/main/core/testing/evidence-fixture'
import { seededRandom } from '../../src/main/core/testing/seeded-random'
import { articleText, sampleSentences } from './article-text'
import { openServices, seedWorkspace } from './seed-workspace'

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A news page of about `bytes` bytes: the generated article's paragraphs as HTML, same seed same page. */
export function generatedPage(samplesDir: string, bytes: number, seed: number): string {
  const [title = '', , ...blocks] = articleText(
    'Troops seen near the border',
    bytes,
    sampleSentences(samplesDir),
    seededRandom(seed),
  ).split('\n')
  const paragraphs = blocks.filter(Boolean).map((block) => `<p>${escapeHtml(block)}</p>`)
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>\n${paragraphs.join('\n')}\n</article></body></html>\n`
}

/**
 * The evidence workspace (seed 13): 10 articles × 500 claims, and one source with an archived copy
 * (a generated page of 20–60 KB) on each of 500 claims picked at random.
 */
export async function seedEvidenceWorkspace(
  dataDir: string,
  samplesDir: string,
  snapshotCount: number,
): Promise<void> {
  const plans = Array.from({ length: 10 }, (_, n) => ({
    title: `Evidence report ${n + 1}`,
    bytes: 50_000,
    claims: 500,
  }))
  await seedWorkspace(dataDir, samplesDir, plans, 13)
  const random = seededRandom(13)
  const folder = join(dataDir, 'workspace')
  const services = await openServices(dataDir)
  try {
    const claims = random.shuffle(await services.call('claims.listAll', {}))
    for (const [n, claim] of claims.slice(0, snapshotCount).entries()) {
      const url = `https://news.example/${n}/troops`
      const page = generatedPage(samplesDir, random.int(20_000, 60_000), 100 + n)
      const snapshot = await writeArchivedCopy(folder, {
        url,
        page,
        archivedAt: new Date(Date.UTC(2026, 11, 1, 9, 0, n)),
        warcFile: `bench-${String(n).padStart(4, '0')}.warc.gz`,
        id: `snapshot-${n}`,
      })
      const source = {
        id: `source-${n}`,
        url,
        title: `Report ${n}`,
        note: '',
        snapshots: [snapshot],
      }
      const patch = { sources: [...claim.sources, source] }
      await services.call('claims.update', { articleId: claim.articleId, claimId: claim.id, patch })
    }
  } finally {
    await services.close()
  }
}
