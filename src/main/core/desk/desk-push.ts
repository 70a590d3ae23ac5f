import type * as Y from 'yjs'
import type { Article } from '../../../shared/article-model'
import type { Claim } from '../../../shared/claim-model'
import { hasVerdictConflict } from '../claims/verdict-conflict'
import type { DeskCopies } from './desk-copies'
import {
  claimFromYMap,
  claimsOf,
  claimToYMap,
  deskIndexOf,
  EDITABLE_FIELDS,
  editClaim,
  isDeleted,
  setArticleText,
  setVerdict,
  softDelete,
} from './desk-documents'
import type { ClaimsHere, DeskLocalStore } from './desk-local-store'
import { sameValue } from './same-value'
import { withoutApproval } from '../review/approval-rules'
import { agreedVocabulary, pushVocabulary, type AgreedVocabulary } from './desk-vocabulary'

export const articleDocumentName = (articleId: string) => `article-${articleId}`

/** The article as the desk keeps it beside its text: everything but the text itself. */
export const ARTICLE_RECORD = 'record'

function recordOf(article: Article): Omit<Article, 'text'> {
  return Object.fromEntries(Object.entries(article).filter(([key]) => key !== 'text')) as Omit<
    Article,
    'text'
  >
}

/** Whether an article's claims here are those the workspace and the desk last agreed on. */
function isAsAgreed(here: readonly Claim[], agreed: readonly Claim[]): boolean {
  if (here.length !== agreed.length) return false
  const byId = new Map(agreed.map((claim) => [claim.id, claim]))
  return here.every((claim) => {
    const before = byId.get(claim.id)
    return claim === before || sameValue(claim, before)
  })
}

/** Who sends the changes, and whether the desk lets them approve. */
type Pusher = { by: string; mayApprove: boolean }

/** A member who may not approve sends no approval (the desk server would refuse it); an approval's end goes. */
const isSent = (field: (typeof EDITABLE_FIELDS)[number], now: Claim, mayApprove: boolean) =>
  field !== 'approval' || mayApprove || now.approval === undefined

/** Writes into the desk copy of a claim what changed here since `before`; true when anything did. */
function pushClaimChanges(
  claim: Y.Map<unknown>,
  before: Claim,
  now: Claim,
  { by, mayApprove }: Pusher,
): boolean {
  const fields = Object.fromEntries(
    EDITABLE_FIELDS.filter(
      (field) => !sameValue(before[field], now[field]) && isSent(field, now, mayApprove),
    ).map((field) => [field, now[field]]),
  )
  const tagsChanged = !sameValue([...before.tagIds].sort(), [...now.tagIds].sort())
  const sourcesChanged = !sameValue(before.sources, now.sources)
  const seenNotes = new Set((before.reviewNotes ?? []).map((note) => note.id))
  const newNotes = (now.reviewNotes ?? []).filter((note) => !seenNotes.has(note.id))
  // Keeping the verdict a conflicted claim shows settles the conflict as picking another would.
  const verdictChanged =
    before.verdictId !== now.verdictId || (hasVerdictConflict(before) && !hasVerdictConflict(now))
  const at = now.updatedAt
  if (verdictChanged) setVerdict(claim, { by, verdict: now.verdictId, at })
  const isUnchanged = Object.keys(fields).length === 0 && !tagsChanged && !sourcesChanged
  if (isUnchanged && newNotes.length === 0) return verdictChanged
  editClaim(claim, {
    by,
    at,
    fields,
    ...(tagsChanged ? { tagIds: now.tagIds } : {}),
    ...(sourcesChanged ? { sources: now.sources } : {}),
    ...(newNotes.length > 0 ? { reviewNotes: newNotes } : {}),
  })
  return true
}

/**
 * Puts into the desk copies what changed in the workspace since the last sync: its articles, its
 * vocabulary (desk-vocabulary.ts), new and changed claims, and deleted ones (deleted softly, so a
 * member who edited one meanwhile brings it back). `claimsHere` holds the workspace's claims by
 * article, as the sync read them. Says how many claims it changed, and in which article documents.
 */
export async function pushLocalChanges(
  local: DeskLocalStore,
  copies: DeskCopies,
  claimsHere: ClaimsHere,
  by: string,
  now: Date,
  agreed: AgreedVocabulary = agreedVocabulary(copies, copies.baseVocabulary),
  mayApprove = true,
): Promise<{ pushed: number; touched: Set<string> }> {
  const indexDocument = copies.document('index')
  const index = deskIndexOf(indexDocument)
  indexDocument.transact(() => {
    for (const { id, title } of local.articles())
      if (!index.articles.has(id)) index.articles.set(id, { id, title })
  })
  let pushed = 0
  const touched = new Set<string>()
  const usedTags = new Set<string>()
  const baseByArticle = new Map<string, Claim[]>()
  for (const claim of copies.base.values())
    baseByArticle.set(claim.articleId, [...(baseByArticle.get(claim.articleId) ?? []), claim])
  for (const entry of local.articles()) {
    const name = articleDocumentName(entry.id)
    const here = claimsHere.get(entry.id) ?? []
    for (const claim of here) for (const id of claim.tagIds) usedTags.add(id)
    // An article on the desk whose claims are as agreed has nothing to send: its copy stays unread.
    if (copies.has(name) && isAsAgreed(here, baseByArticle.get(entry.id) ?? [])) continue
    const document = copies.document(name)
    const article = document.getMap<unknown>('article')
    const pushedBefore = pushed
    if (!article.has(ARTICLE_RECORD)) {
      touched.add(name)
      const full = await local.article(entry.id)
      document.transact(() => {
        setArticleText(document, full.text)
        article.set(ARTICLE_RECORD, recordOf(full))
      })
    }
    const claims = claimsOf(document)
    const hereIds = new Set(here.map((claim) => claim.id))
    document.transact(() => {
      for (const claim of here) {
        const inDesk = claims.get(claim.id)
        if (!inDesk) {
          // A claim made before the workspace joined the desk is its sharer's.
          const made = { author: by, ...claim }
          claims.set(claim.id, claimToYMap(mayApprove ? made : withoutApproval(made), by))
          pushed++
          continue
        }
        const before = copies.base.get(claim.id) ?? claimFromYMap(inDesk)
        if (pushClaimChanges(inDesk, before, claim, { by, mayApprove })) pushed++
      }
      for (const { id } of baseByArticle.get(entry.id) ?? []) {
        if (hereIds.has(id)) continue
        const inDesk = claims.get(id)
        if (!inDesk || isDeleted(inDesk)) continue
        softDelete(inDesk, by, now.toISOString())
        pushed++
      }
    })
    if (pushed > pushedBefore) touched.add(name)
  }
  pushVocabulary(local, copies, agreed, usedTags)
  return { pushed, touched }
}
