import { createHash } from 'node:crypto'
import type { Article } from '../../../shared/article-model'
import type { Claim, NoteNode, NotesDoc, Tag } from '../../../shared/claim-model'

/** An article's text, one document per block, so a match shows the passage it is in. */
export type TextDoc = { id: string; articleId: string; start: number; text: string }
/** An article's title line: title, outlet and byline. */
export type TitleDoc = { id: string; articleId: string; title: string }
/** A claim's fields as they are searched. */
export type ClaimDoc = {
  id: string
  articleId: string
  claimId: string
  start: number
  end: number
  quote: string
  notes: string
  claimant: string
  tags: string
  sources: string
}
export type SearchDoc = TextDoc | TitleDoc | ClaimDoc

/** What the index shows of an article beside each of its matches. */
export type ArticleLabel = { title: string; site?: string }
/** What the index holds of each article, to tell after a restart what changed meanwhile. */
export type IndexedArticle = ArticleLabel & { sha256: string; claims: string }

export const claimDocId = (claimId: string) => `c:${claimId}`

export function articleDocs(article: Article): (TextDoc | TitleDoc)[] {
  const title = [article.title, article.site, article.byline].filter(Boolean).join(' · ')
  const blocks = article.blocks.map((block, index) => ({
    id: `b:${article.id}:${index}`,
    articleId: article.id,
    start: block.start,
    text: block.text,
  }))
  return [{ id: `t:${article.id}`, articleId: article.id, title }, ...blocks]
}

const nodeText = (node: NoteNode): string =>
  node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(nodeText).join(' ')

const notesText = (notes: NotesDoc) => notes.content.map(nodeText).join('\n')

export function claimDoc(claim: Claim, tags: readonly Tag[]): ClaimDoc {
  const tagNames = claim.tagIds.map((id) => tags.find((tag) => tag.id === id)?.name ?? '')
  return {
    id: claimDocId(claim.id),
    articleId: claim.articleId,
    claimId: claim.id,
    start: claim.position.start,
    end: claim.position.end,
    quote: claim.quote.exact,
    notes: [notesText(claim.finding), notesText(claim.notes)].filter(Boolean).join('\n'),
    claimant: claim.claimant,
    tags: tagNames.join(' · '),
    sources: claim.sources.map((source) => `${source.title} ${source.url}`).join(' · '),
  }
}

/** What an article's claims look like to the index: a changed one is indexed again after a restart. */
export const claimsFingerprint = (docs: readonly ClaimDoc[]): string =>
  createHash('sha1')
    .update(JSON.stringify([...docs].sort((a, b) => a.id.localeCompare(b.id))))
    .digest('hex')
