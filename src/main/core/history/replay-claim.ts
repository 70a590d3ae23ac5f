import { isDeepStrictEqual } from 'node:util'
import type { Claim } from '../../../shared/claim-model'
import type { ClaimBook } from '../claims/claim-book'
import type { WorkspaceStore } from '../workspace/workspace-store'

/** What a claim is, as opposed to when it was last saved. */
const EDITABLE_FIELDS = (claim: Claim) =>
  Object.keys(claim).filter(
    (key) => key !== 'id' && key !== 'articleId' && key !== 'createdAt' && key !== 'updatedAt',
  ) as (keyof Claim)[]

const sameClaim = (a: Claim, b: Claim) =>
  a === b || isDeepStrictEqual({ ...a, updatedAt: '' }, { ...b, updatedAt: '' })

/** A claim put back where its article's text has changed since is shown for review, not trusted. */
async function checkedAgainstText(store: WorkspaceStore, claim: Claim): Promise<Claim> {
  const { text } = await store.getArticle(claim.articleId)
  const { start, end } = claim.position
  if (text.slice(start, end) === claim.quote.exact) return claim
  return { ...claim, anchor: { ...claim.anchor, state: 'needs-review', confidence: 0 } }
}

/** Each field the change touched goes back, unless someone changed that field again since. */
function revertFields(current: Claim, from: Claim, to: Claim, now: string) {
  const next: Record<string, unknown> = { ...current }
  let isChanged = false
  let isKept = false
  const fields = new Set([...EDITABLE_FIELDS(from), ...EDITABLE_FIELDS(to)])
  for (const field of fields) {
    if (isDeepStrictEqual(from[field], to[field])) continue
    if (!isDeepStrictEqual(current[field], from[field])) {
      isKept = true
      continue
    }
    if (to[field] === undefined) delete next[field]
    else next[field] = to[field]
    isChanged = true
  }
  return { claim: { ...next, updatedAt: now } as Claim, isChanged, isKept }
}

/**
 * Brings one claim from the state `from` to the state `to` (null: no claim), if it is still as
 * `from` left it; returns why not otherwise.
 */
export async function replayClaim(
  store: WorkspaceStore,
  book: ClaimBook,
  change: { articleId: string; from: Claim | null; to: Claim | null },
  now: string,
): Promise<string | null> {
  const { articleId, from, to } = change
  const claims = await book.forArticle(articleId).catch(() => null)
  if (!claims) return 'its article is no longer in the workspace'
  const id = (from ?? to)?.id ?? ''
  const current = claims.find(id) ?? null
  if (to === null) {
    if (!current) return null
    if (from && !sameClaim(current, from)) return 'the claim was changed elsewhere since'
    await claims.change((all) => all.filter((claim) => claim.id !== id))
    return null
  }
  if (from === null) {
    if (current) return null
    const restored = await checkedAgainstText(store, to)
    await claims.change((all) => [...all, restored])
    return null
  }
  if (!current) return 'the claim was deleted elsewhere since'
  const { claim, isChanged, isKept } = revertFields(current, from, to, now)
  if (isChanged) await claims.change((all) => all.map((each) => (each.id === id ? claim : each)))
  return isKept ? 'part of the claim was changed elsewhere since and was kept' : null
}
