import type { Article } from '../../../shared/article-model'
import type { ClaimDoc } from '../search/search-docs'
import { seededRandom, type Random } from './seeded-random'

/** Words with accents, curly and straight apostrophes, and shared starts, for prefix queries. */
const SPECIAL = ['Kýiv', 'Kyiv', 'Zelenskyy’s', "zelenskyy's", 'Café', 'cafe', 'naïve', 'l’État']
const SYLLABLES = ['ka', 'ro', 'mi', 'tes', 'lan', 'dor', 'vi', 'sek', 'pa', 'un', 'tri', 'mo']

function vocabulary(random: Random, size: number): string[] {
  const words = new Set<string>()
  while (words.size < size) {
    const syllables = random.int(1, 4)
    let word = ''
    for (let i = 0; i < syllables; i++) word += random.pick(SYLLABLES)
    words.add(word)
  }
  return [...words, ...SPECIAL]
}

/** Words drawn unevenly (a few common, most rare), as in real text. */
function sentence(random: Random, words: readonly string[], length: number): string {
  const picked: string[] = []
  for (let i = 0; i < length; i++) {
    const rank = Math.floor(words.length * random.next() ** 2.5)
    picked.push(words[rank] as string)
  }
  return picked.join(' ')
}

export type SearchCorpus = { words: string[]; articles: Article[]; claims: ClaimDoc[] }

/** Generated articles (a title and paragraphs) and claims on them, from a seed. */
export function searchCorpus(seed: number, articleCount: number): SearchCorpus {
  const random = seededRandom(seed)
  const words = vocabulary(random, 300)
  const articles: Article[] = []
  const claims: ClaimDoc[] = []
  for (let a = 0; a < articleCount; a++) {
    const id = `a${a}`
    let start = 0
    const blocks = Array.from({ length: random.int(2, 8) }, () => {
      const text = `${sentence(random, words, random.int(5, 40))}.`
      const block = { type: 'paragraph', text, start }
      start += text.length + 2
      return block
    })
    const title = sentence(random, words, random.int(2, 6))
    articles.push({
      id,
      title,
      sha256: `${id}`.padEnd(64, '0'),
      blocks,
      text: blocks.map((block) => block.text).join('\n\n'),
    } as unknown as Article)
    for (let c = 0; c < random.int(0, 6); c++)
      claims.push({
        id: `c:${id}-${c}`,
        articleId: id,
        claimId: `${id}-${c}`,
        start: 0,
        end: 10,
        quote: sentence(random, words, random.int(3, 15)),
        notes: random.next() < 0.3 ? sentence(random, words, random.int(3, 20)) : '',
        claimant: random.next() < 0.5 ? sentence(random, words, 2) : '',
        tags: random.next() < 0.3 ? random.pick(words) : '',
        sources: '',
      })
  }
  return { words, articles, claims }
}
