import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Random } from '../../src/main/core/testing/seeded-random'

const SENTENCE = /[^.!?]+[.!?]+["”’]?\s*/g
const PLACES = [
  'Kursk',
  'Kharkiv',
  'Pyongyang',
  'Moscow',
  'Kyiv',
  'Seoul',
  'Vladivostok',
  'Donetsk',
  'Brussels',
  'Washington',
]

/** The body paragraphs of the sample articles: real reporting prose, split into sentences. */
export function sampleSentences(samplesDir: string): string[] {
  const texts = readdirSync(samplesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(samplesDir, name), 'utf8'))
  const paragraphs = texts.flatMap((text) =>
    text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()),
  )
  return paragraphs
    .filter((p) => p.length > 80)
    .flatMap((p) => (p.match(SENTENCE) ?? []).map((s) => s.trim()))
}

/** One sentence with its numbers and places varied, so no two paragraphs of the article are the same. */
function varied(sentence: string, random: Random): string {
  return sentence
    .replace(/\d[\d,]*/g, (digits) =>
      String(random.int(1, 10 ** Math.min(digits.replace(/,/g, '').length, 5))),
    )
    .replace(/\b(Kursk|Kharkiv|Pyongyang|Moscow|Kyiv)\b/g, () => random.pick(PLACES))
}

/**
 * A plain-text article of about `bytes` bytes: a headline, then paragraphs of three to seven
 * sentences drawn from real reporting, with every tenth paragraph a short section heading.
 */
export function articleText(
  title: string,
  bytes: number,
  sentences: readonly string[],
  random: Random,
): string {
  const parts = [title, '']
  let size = title.length
  for (let n = 1; size < bytes; n++) {
    const count = random.int(3, 7)
    const paragraph = Array.from({ length: count }, () =>
      varied(random.pick(sentences), random),
    ).join(' ')
    const block = n % 10 === 0 ? `Part ${n / 10}: ${random.pick(PLACES)} and the front` : paragraph
    parts.push(block, '')
    size += Buffer.byteLength(block) + 2
  }
  return parts.join('\n')
}
