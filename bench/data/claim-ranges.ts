import type { Random } from '../../src/main/core/testing/seeded-random'

export type Range = { start: number; end: number }

const SENTENCE = /[^\s.!?][^.!?\n]*[.!?]/g

/** The sentences of a text as ranges, the usual span a fact-checker marks as one claim. */
function sentenceRanges(text: string): Range[] {
  return [...text.matchAll(SENTENCE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }))
}

/** A few words inside a sentence: a claim nested in another claim, as happens in real checking. */
function innerRange(text: string, sentence: Range, random: Random): Range {
  const words = [...text.slice(sentence.start, sentence.end).matchAll(/\S+/g)]
  const first = random.int(0, Math.max(0, words.length - 3))
  const last = Math.min(words.length - 1, first + random.int(1, 6))
  const from = words[first]
  const to = words[last]
  if (!from || !to) return sentence
  return { start: sentence.start + from.index, end: sentence.start + to.index + to[0].length }
}

/**
 * `count` claim ranges in text order: whole sentences spread over the text, and one in ten a
 * phrase inside one of them, so some highlights nest.
 */
export function claimRanges(text: string, count: number, random: Random): Range[] {
  const sentences = sentenceRanges(text).filter((range) => range.end - range.start >= 20)
  const wholeCount = Math.min(sentences.length, Math.round(count * 0.9))
  const whole = random.shuffle(sentences).slice(0, wholeCount)
  const nested = Array.from({ length: count - wholeCount }, () =>
    innerRange(text, random.pick(whole), random),
  )
  return [...whole, ...nested].sort((a, b) => a.start - b.start || a.end - b.end)
}
