import type { Article, BlockKind } from '../../../shared/article-model'
import { attributionOf, isPersonSpeaker, type Attribution } from './attribution'
import { datesIn, type DateMention } from './dates'
import { figuresIn, type Figure } from './figures'
import { midSentenceNames, namesIn, type Name } from './names'
import { parseBlock, type ParsedSentence } from './parse-text'
import { quotationsIn, type Quotation } from './quotations'
import { contentWords } from './words'

/** What comparison needs to know about one sentence of an article. */
export type SentenceInfo = {
  articleId: string
  index: number
  kind: BlockKind
  start: number
  end: number
  text: string
  words: string[]
  names: Name[]
  figures: Figure[]
  dates: DateMention[]
  quotations: Quotation[]
  hasAttribution: boolean
  speaker: string | null
  /** Comparatives, superlatives and predictions ("will", "would likely") make a sentence check-worthy. */
  hasComparison: boolean
  hasPrediction: boolean
}

export type ArticleAnalysis = {
  articleId: string
  title: string
  site?: string
  sentences: SentenceInfo[]
}

/** Bylines, datelines and "Updated:" lines hold no claims. */
const SKIPPED_KINDS: ReadonlySet<BlockKind> = new Set(['byline', 'dateline'])

const isTitleCase = (sentence: ParsedSentence) => {
  const words = sentence.terms.filter((term) => /^\p{L}{4,}/u.test(term.text))
  return words.length >= 3 && words.every((term) => /^\p{Lu}/u.test(term.text))
}

const hasTag = (sentence: ParsedSentence, tags: readonly string[]) =>
  sentence.terms.some((term) => tags.some((tag) => term.tags.has(tag)))

/** Who a sentence is about, to stand for a later "he said": a named person, else a first name that is no place. */
const subjectOf = (names: readonly Name[]) =>
  names.find((name) => name.isPerson)?.text ??
  (names[0] && !names[0].isPlace && !names[0].isDemonym ? names[0].text : null)

const PREDICTION_WORDS = new Set([
  'will',
  'would',
  'likely',
  'expected',
  'could',
  'may',
  'might',
  'plans',
  'intends',
])

/** Reads an article once: sentences, content words, names, figures, dates, quotations and speakers. */
export function analyseArticle(article: Article): ArticleAnalysis {
  const blocks = article.blocks
    .filter((block) => !SKIPPED_KINDS.has(block.kind) && /\p{L}/u.test(block.text))
    .map((block) => ({
      block,
      sentences: parseBlock(block.text, block.start),
      quotations: quotationsIn(block.text, block.start),
    }))
  const knownNames = midSentenceNames(
    blocks.flatMap(({ sentences }) => sentences.filter((s) => !isTitleCase(s)).map((s) => s.terms)),
  )
  const sentences: SentenceInfo[] = []
  let lastPerson: string | null = null
  for (const { block, sentences: parsed, quotations: blockQuotes } of blocks) {
    let blockSpeaker: string | null = null
    for (const sentence of parsed) {
      const titleCase = isTitleCase(sentence)
      const names = namesIn(sentence.terms, titleCase ? null : knownNames)
      const quotations = blockQuotes.filter(
        (quote) => quote.start < sentence.end && quote.end > sentence.start,
      )
      // Headlines say "Zelenskyy Says" in title case: no reliable speaker there.
      const attribution: Attribution = titleCase
        ? { hasAttribution: false, speaker: null }
        : attributionOf(sentence.terms, names, lastPerson)
      // A quotation that runs on into a sentence without "said" keeps the speaker of the sentence before.
      const speaker: string | null =
        attribution.speaker ?? (quotations.length ? blockSpeaker : null)
      if (attribution.speaker && isPersonSpeaker(attribution.speaker, names))
        lastPerson = attribution.speaker
      else if (!attribution.hasAttribution && !titleCase)
        lastPerson = subjectOf(names) ?? lastPerson
      blockSpeaker = speaker ?? blockSpeaker
      sentences.push({
        articleId: article.id,
        index: sentences.length,
        kind: block.kind,
        start: sentence.start,
        end: sentence.end,
        text: sentence.text,
        words: contentWords(sentence.terms),
        names,
        figures: figuresIn(sentence.terms, sentence.numbers),
        dates: datesIn(sentence.terms).map((date) => ({
          ...date,
          text: article.text.slice(date.start, date.end),
        })),
        quotations,
        hasAttribution: attribution.hasAttribution || speaker !== null,
        speaker,
        hasComparison: hasTag(sentence, ['Comparative', 'Superlative']),
        hasPrediction: sentence.terms.some((term) => PREDICTION_WORDS.has(term.normal)),
      })
    }
  }
  return { articleId: article.id, title: article.title, site: article.site, sentences }
}
