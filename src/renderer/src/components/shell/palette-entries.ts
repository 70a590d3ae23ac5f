import type { ArticleSummary } from '../../../../shared/article-model'
import type { Claim } from '../../../../shared/claim-model'
import type { CommandId } from '../../../../shared/commands'
import type { ShownCommand } from './command-labels'

/** One row of the palette: a command to run, or an article or claim to open. */
export type PaletteEntry = {
  key: string
  group: string
  label: string
  shortcut?: string
  target: { command: CommandId } | { articleId: string; claimId: string | null }
}

/** Below this many letters the palette lists commands only, not the whole workspace. */
const MIN_QUERY_LENGTH = 2
const MAX_ARTICLES = 8
const MAX_CLAIMS = 20
const SNIPPET_LENGTH = 90

const snippet = (text: string) =>
  text.length > SNIPPET_LENGTH ? `${text.slice(0, SNIPPET_LENGTH)}…` : text

export const commandEntry = (command: ShownCommand): PaletteEntry => ({
  key: command.id,
  group: command.menu,
  label: command.label,
  shortcut: command.shortcut,
  target: { command: command.id as CommandId },
})

/** Articles whose title, and claims whose quote or claimant, hold every word typed. */
export function searchWorkspace(
  query: string,
  articles: readonly ArticleSummary[],
  claims: readonly Claim[],
): PaletteEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.join('').length < MIN_QUERY_LENGTH) return []
  const holdsAll = (text: string) => words.every((word) => text.toLowerCase().includes(word))
  const titles = new Map(articles.map((article) => [article.id, article.title]))
  const foundArticles = articles
    .filter((article) => holdsAll(article.title))
    .slice(0, MAX_ARTICLES)
    .map<PaletteEntry>((article) => ({
      key: `article-${article.id}`,
      group: 'Article',
      label: article.title,
      target: { articleId: article.id, claimId: null },
    }))
  const foundClaims = claims
    .filter((claim) => holdsAll(`${claim.quote.exact} ${claim.claimant}`))
    .slice(0, MAX_CLAIMS)
    .map<PaletteEntry>((claim) => ({
      key: `claim-${claim.id}`,
      group: 'Claim',
      label: `“${snippet(claim.quote.exact)}” in ${titles.get(claim.articleId) ?? 'an article'}`,
      target: { articleId: claim.articleId, claimId: claim.id },
    }))
  return [...foundArticles, ...foundClaims]
}
