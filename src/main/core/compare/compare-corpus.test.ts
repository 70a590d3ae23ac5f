import { expect, test } from 'vitest'
import type { ArticleMeta } from '../../../shared/article-model'
import { assembleArticle, sha256Hex } from '../article-record'
import { analyseArticle } from './article-analysis'
import { findCounterparts } from './counterparts'
import { featuresOfRange } from './passages'

/** Sentences written for the purpose: paraphrases, numbers as words, "8 000", and decoys with the same numbers. */
const PROBES = [
  'Officials said some 8,000 North Korean soldiers are in Russia’s Kursk region.',
  '“We will not give up a single inch of our land,” President Zelenskyy said on Monday.',
  'The ministry reported that 12 people were killed in the shelling of Kharkiv.',
  'The central bank raised its key rate to 21 percent on Friday.',
  'Eight thousand volunteers joined the cleanup of the Danube river.',
  'The summit in Vilnius ended without a joint statement from the leaders.',
]

/** For each probe, the sentence of another article that reports the same thing (or none). */
const COUNTERPARTS: Record<number, string> = {
  0: 'According to U.S. officials, 8 000 North Korean troops have been moved to the Kursk region of Russia.',
  1: '“We will not give up one inch of our land,” Zelenskyy said.',
  2: 'Twelve people were killed when Russian shelling hit Kharkiv, the ministry said.',
  3: 'On Friday the central bank lifted its key rate to 21 percent.',
  4: 'About 8000 volunteers joined the cleanup along the Danube river.',
}

const DECOYS = [
  'Inflation in the housing market of the capital stood at 21 percent.',
  'Some 8,000 fans watched the football match in Madrid.',
  'The army paraded 8,000 soldiers through Pyongyang last year.',
  'The president said talks with the ministry would continue on Monday.',
  'Twelve candidates registered for the election in the Kharkiv region.',
  'Volunteers from eight countries met in Vienna.',
]

const meta = (title: string): ArticleMeta => ({
  title,
  format: 'txt',
  encoding: 'utf-8',
  sha256: sha256Hex(title),
  importedAt: '2026-01-01T00:00:00.000Z',
})

const articleOf = (id: string, sentences: readonly string[]) =>
  analyseArticle(
    assembleArticle(
      id,
      meta(id),
      sentences.map((text) => ({ kind: 'paragraph' as const, text })),
    ),
  )

test('on a corpus of paraphrases and decoys, counterparts are precise and find most pairs', () => {
  const probes = articleOf('probes', PROBES)
  const others = [articleOf('reports', Object.values(COUNTERPARTS)), articleOf('decoys', DECOYS)]
  let found = 0
  const wrong: string[] = []
  PROBES.forEach((text, index) => {
    const sentence = probes.sentences[index]
    if (!sentence) throw new Error('probe not read as one sentence')
    const features = featuresOfRange(probes, sentence.start, sentence.end)
    const counterparts = findCounterparts({ articleId: 'probes', text, features }, [
      probes,
      ...others,
    ])
    for (const { passage } of counterparts) {
      // A sentence's passage may leave out its opening quotation mark.
      if (passage.text.length > 10 && COUNTERPARTS[index]?.includes(passage.text)) found++
      else wrong.push(`${text} ⇄ ${passage.text}`)
    }
  })
  const expected = Object.keys(COUNTERPARTS).length
  const precision = found / (found + wrong.length)
  const recall = found / expected
  console.info(
    `compare corpus: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} (${found}/${expected})`,
  )
  expect(wrong).toEqual([])
  expect(recall).toBeGreaterThanOrEqual(0.8)
})
