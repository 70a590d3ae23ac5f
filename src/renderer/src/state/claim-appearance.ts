import type { Claim, Tag, Verdict } from '../../../shared/claim-model'
import type { Vocabulary } from '../../../shared/contract'

const FALLBACK_COLOUR = '#8a8f98'

export const verdictOf = (claim: Claim, vocabulary: Vocabulary): Verdict | undefined =>
  vocabulary.verdictScale.verdicts.find((verdict) => verdict.id === claim.verdictId)

export const tagsOf = (claim: Claim, vocabulary: Vocabulary): Tag[] =>
  claim.tagIds.flatMap((id) => vocabulary.tags.find((tag) => tag.id === id) ?? [])

/** The highlight colour: the verdict's, or the first tag's, as the workspace setting says. */
export function colourOf(claim: Claim, vocabulary: Vocabulary): string {
  if (vocabulary.settings.colourBy === 'tag')
    return tagsOf(claim, vocabulary)[0]?.colour ?? FALLBACK_COLOUR
  return verdictOf(claim, vocabulary)?.colour ?? FALLBACK_COLOUR
}

/** What a highlight says about itself in words, so colour is never the only cue. */
export function describeClaim(claim: Claim, vocabulary: Vocabulary): string {
  const verdict = verdictOf(claim, vocabulary)?.label ?? 'Unrated'
  const tags = tagsOf(claim, vocabulary).map((tag) => tag.name)
  return `Claim: ${verdict}${tags.length ? ` · ${tags.join(', ')}` : ''}`
}
