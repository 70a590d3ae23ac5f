import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { seededRandom, type Random } from '../../src/main/core/testing/seeded-random'
import { articleText, sampleSentences } from './article-text'

/** How many articles, of what size in bytes (each drawn between the two), from which seed. */
export type NewsroomPlan = { count: number; minBytes: number; maxBytes: number; seed: number }

export const NEWSROOM_OUTLETS = [
  'Kyiv Independent',
  'Korea Herald',
  'The Moscow Ledger',
  'Baltic Wire',
  'Seoul Daily',
  'Danube Post',
  'Northern Courier',
  'Pacific Dispatch',
] as const

/** The sentence only article `number` (1-based) holds, in its middle: a search finds that one article. */
export const dispatchSentence = (number: number) =>
  `The night desk filed dispatch ${number} before the briefing ended.`

const FORMATS = ['txt', 'html', 'md'] as const
type Format = (typeof FORMATS)[number]

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Title, outlet, date and body paragraphs, written as a newsroom's export in `format` would be. */
function render(
  format: Format,
  article: { title: string; outlet: string; published: string; paragraphs: string[] },
): string {
  const { title, outlet, published, paragraphs } = article
  if (format === 'md')
    return `---\ntitle: "${title}"\nsite: "${outlet}"\ndate: ${published}\n---\n\n# ${title}\n\n${paragraphs.join('\n\n')}\n`
  if (format === 'txt') return `${title}\n\nPublished: ${published}\n\n${paragraphs.join('\n\n')}\n`
  const body = paragraphs
    .map((text) =>
      text.startsWith('Part ') ? `<h2>${escapeHtml(text)}</h2>` : `<p>${escapeHtml(text)}</p>`,
    )
    .join('\n')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta property="og:site_name" content="${outlet}">
<meta property="article:published_time" content="${published}T08:00:00Z">
</head><body><nav><a href="/">Home</a> · <a href="/world">World</a></nav>
<article><h1>${escapeHtml(title)}</h1>
${body}
</article><footer>© ${outlet}</footer></body></html>
`
}

function newsroomArticle(number: number, plan: NewsroomPlan, sentences: string[], random: Random) {
  const format = FORMATS[number % FORMATS.length] as Format
  const outlet = random.pick(NEWSROOM_OUTLETS)
  const day = random.int(1, 28)
  const published = `2024-${String(random.int(9, 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  const title = `Report ${number}: ${random.pick(['Troops', 'Talks', 'Shelling', 'Sanctions', 'Convoys'])} near ${random.pick(['Kursk', 'Kharkiv', 'Kyiv', 'Donetsk', 'Vladivostok'])}`
  const bytes = random.int(plan.minBytes, plan.maxBytes)
  const paragraphs = articleText(title, bytes, sentences, random)
    .split('\n\n')
    .slice(1)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
  const middle = Math.floor(paragraphs.length / 2)
  paragraphs[middle] = `${paragraphs[middle] ?? ''} ${dispatchSentence(number)}`.trim()
  const name = `report-${String(number).padStart(4, '0')}.${format}`
  return { name, content: render(format, { title, outlet, published, paragraphs }) }
}

/**
 * Writes the plan's articles (txt, html and md in turn, from real reporting prose) into `dir`, or
 * leaves them when a previous run wrote the same plan there; the same plan gives the same files.
 */
export async function writeNewsroomFiles(
  dir: string,
  samplesDir: string,
  plan: NewsroomPlan,
): Promise<void> {
  const done = join(dir, '.plan.json')
  const planText = JSON.stringify(plan)
  if (existsSync(done) && (await readFile(done, 'utf8')) === planText) return
  await mkdir(dir, { recursive: true })
  const random = seededRandom(plan.seed)
  const sentences = sampleSentences(samplesDir)
  for (let number = 1; number <= plan.count; number++) {
    const { name, content } = newsroomArticle(number, plan, sentences, random)
    await writeFile(join(dir, name), content)
  }
  await writeFile(done, planText)
}
