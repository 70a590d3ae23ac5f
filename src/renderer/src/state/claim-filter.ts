import type { Claim, ClaimStatus } from '../../../shared/claim-model'

export type ClaimFilter = {
  text: string
  tagId: string
  verdictId: string
  status: ClaimStatus | ''
}

export const NO_FILTER: ClaimFilter = { text: '', tagId: '', verdictId: '', status: '' }

const fold = (value: string) => value.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase()

/** Plain text of a notes document, for searching. */
function notesText(node: { text?: string; content?: readonly unknown[] }): string {
  const own = node.text ?? ''
  const children = (node.content ?? []) as { text?: string; content?: readonly unknown[] }[]
  return [own, ...children.map(notesText)].join(' ')
}

/** Whether a claim passes every filter that is set; text matches quote, claimant, notes and sources. */
export function matchesFilter(claim: Claim, filter: ClaimFilter): boolean {
  if (filter.tagId && !claim.tagIds.includes(filter.tagId)) return false
  if (filter.verdictId && claim.verdictId !== filter.verdictId) return false
  if (filter.status && claim.status !== filter.status) return false
  const query = fold(filter.text.trim())
  if (!query) return true
  const haystack = [
    claim.quote.exact,
    claim.claimant,
    notesText(claim.notes),
    ...claim.sources.flatMap((source) => [source.title, source.url, source.note]),
  ].join('\n')
  return fold(haystack).includes(query)
}

export const isFiltering = (filter: ClaimFilter) =>
  Object.values(filter).some((value) => value !== '')
