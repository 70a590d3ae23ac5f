import type { Discrepancy, DiscrepancyKind, Passage } from '../../../shared/compare-model'
import { describeFigure } from './figures'
import { nameKeys } from './names'
import type { PassageFeatures } from './passage-match'
import { wordDiff } from './similarity'
import { plainWords } from './words'

/** A linked claim: its passage and what it says. */
export type GroupMember = { passage: Passage; features: PassageFeatures }

/** What a member says on one point, and a key that is equal when two members say the same. */
type Reading = { says: string; key: string }

const readers: Record<DiscrepancyKind, (features: PassageFeatures) => Reading | null> = {
  'quote-wording': ({ quotations: [quote] }) =>
    quote ? { says: quote.text, key: plainWords(quote.text).join(' ') } : null,
  number: ({ figures: [figure] }) =>
    figure
      ? {
          says: describeFigure(figure),
          key: `${figure.hedge ?? ''}|${figure.value}|${figure.unit}`,
        }
      : null,
  date: ({ dates: [date] }) => (date ? { says: date.text, key: date.key } : null),
  attribution: ({ speaker }) =>
    speaker ? { says: speaker, key: nameKeys(speaker).join(' ') } : null,
}

const SUMMARIES: Record<DiscrepancyKind, string> = {
  'quote-wording': 'The linked claims quote differently',
  number: 'The linked claims give different figures',
  date: 'The linked claims give different dates',
  attribution: 'The linked claims attribute it to different people',
}

/** An excerpt of the other quotation, or the same speaker spelled more fully, is no disagreement. */
const agree = (kind: DiscrepancyKind, a: Reading, b: Reading) =>
  a.key === b.key ||
  ((kind === 'quote-wording' || kind === 'attribution') &&
    (a.key.includes(b.key) || b.key.includes(a.key)))

/** What the claims of one "same claim" group disagree on: quote wording, figures, dates, speakers. */
export function groupDiscrepancies(
  groupId: string,
  members: readonly GroupMember[],
): Discrepancy[] {
  return (Object.keys(readers) as DiscrepancyKind[]).flatMap((kind) => {
    const read = members.flatMap((member) => {
      const reading = readers[kind](member.features)
      return reading ? [{ member, reading }] : []
    })
    const differing = read.some((a) =>
      read.some(
        (b) =>
          a.member.passage.articleId !== b.member.passage.articleId &&
          !agree(kind, a.reading, b.reading),
      ),
    )
    if (!differing) return []
    const [first, second] = read
    return [
      {
        id: `group:${groupId}:${kind}`,
        kind,
        groupId,
        summary: `${SUMMARIES[kind]}: ${[...new Set(read.map(({ reading }) => reading.says))].join(' vs ')}`,
        items: read.map(({ member, reading }) => ({ passage: member.passage, says: reading.says })),
        ...(kind === 'quote-wording' && first && second
          ? { diff: wordDiff(first.reading.says, second.reading.says) }
          : {}),
      },
    ]
  })
}
