import type { Tag, VerdictScale } from '../../../shared/claim-model'
import type { BaseVocabulary, DeskCopies } from './desk-copies'
import { deskIndexOf } from './desk-documents'
import type { DeskLocalStore } from './desk-local-store'
import { sameValue } from './same-value'

/** The tags and verdict scale a sync takes as agreed on with the desk. */
export type AgreedVocabulary = { tags: Map<string, Tag>; verdictScale: VerdictScale | undefined }

const scaleOf = (copies: DeskCopies) =>
  deskIndexOf(copies.document('index')).settings.get('verdictScale') as VerdictScale | undefined

/**
 * What the workspace and the desk last agreed on; before a sync kept that, the desk copy as the
 * last sync left it, so that nothing changed here is taken for a change.
 */
export function agreedVocabulary(copies: DeskCopies, base: BaseVocabulary): AgreedVocabulary {
  if (base) return base
  const index = deskIndexOf(copies.document('index'))
  return { tags: new Map(index.tags.entries()), verdictScale: scaleOf(copies) }
}

/** The workspace's vocabulary as a sync reads it, before it sends anything. */
export const vocabularyHere = (local: DeskLocalStore) => ({
  tags: [...local.tags()],
  verdictScale: local.verdictScale(),
})

/**
 * Keeps as what the workspace and the desk agree on the vocabulary the sync read here, with what
 * the desk brought written over it: a tag changed here meanwhile differs, and goes next time.
 */
export function keepVocabulary(
  copies: DeskCopies,
  read: ReturnType<typeof vocabularyHere>,
  arrivals: VocabularyArrivals & { replacesTags: boolean },
): void {
  const tags = new Map(arrivals.replacesTags ? [] : read.tags.map((tag) => [tag.id, tag]))
  for (const tag of arrivals.tags) tags.set(tag.id, tag)
  for (const id of arrivals.removedTagIds) tags.delete(id)
  copies.baseVocabulary = { tags, verdictScale: arrivals.verdictScale ?? read.verdictScale }
}

/**
 * Puts into the desk's index what changed in the workspace's vocabulary: the verdict scale, and
 * each tag made, renamed or recoloured here that the desk has or a claim here uses (all of them
 * when the desk has none yet), and each tag deleted here.
 */
export function pushVocabulary(
  local: DeskLocalStore,
  copies: DeskCopies,
  agreed: AgreedVocabulary,
  usedTags: ReadonlySet<string>,
): void {
  const indexDocument = copies.document('index')
  const index = deskIndexOf(indexDocument)
  const isFirst = index.tags.size === 0
  const scale = local.verdictScale()
  const here = new Set(local.tags().map((tag) => tag.id))
  indexDocument.transact(() => {
    const isScaleChanged = agreed.verdictScale && !sameValue(scale, agreed.verdictScale)
    const deskScale = index.settings.get('verdictScale')
    if ((!deskScale || isScaleChanged) && !sameValue(deskScale, scale))
      index.settings.set('verdictScale', scale)
    for (const tag of local.tags()) {
      const isChangedHere = !sameValue(tag, agreed.tags.get(tag.id))
      const isWanted = isFirst || index.tags.has(tag.id) || usedTags.has(tag.id)
      const isMissing = !index.tags.has(tag.id) && usedTags.has(tag.id)
      const isNews = !sameValue(index.tags.get(tag.id), tag)
      if (((isChangedHere && isWanted) || isMissing) && isNews) index.tags.set(tag.id, tag)
    }
    for (const id of agreed.tags.keys())
      if (!here.has(id) && index.tags.has(id)) index.tags.delete(id)
  })
}

export type VocabularyArrivals = {
  /** Tags to add to the workspace, or to put in place of its tag with the same id. */
  tags: Tag[]
  /** Tags the desk no longer has, to take out of the workspace and its claims. */
  removedTagIds: string[]
  /** The desk's verdict scale, when it is to replace the workspace's. */
  verdictScale: VerdictScale | null
}

/**
 * What the desk's vocabulary brings: its tags and scale where the workspace has not changed its
 * own since the last sync. A member who `followsOnly` (a viewer), or a workspace that just joined
 * (`takesAll`), takes the desk's vocabulary as it is.
 */
export function vocabularyArrivals(
  local: DeskLocalStore,
  copies: DeskCopies,
  agreed: AgreedVocabulary,
  takesAll: boolean,
): VocabularyArrivals {
  const index = deskIndexOf(copies.document('index'))
  const deskTags = [...index.tags.values()]
  const deskScale = scaleOf(copies)
  const scale = local.verdictScale()
  const isUnchangedHere = (tag: Tag | undefined) => tag && sameValue(tag, agreed.tags.get(tag.id))
  const isScaleUnchanged = !agreed.verdictScale || sameValue(scale, agreed.verdictScale)
  const verdictScale =
    deskScale && !sameValue(deskScale, scale) && (takesAll || isScaleUnchanged) ? deskScale : null
  const here = new Map(local.tags().map((tag) => [tag.id, tag]))
  if (takesAll)
    return {
      tags: deskTags,
      removedTagIds: [...here.keys()].filter((id) => !index.tags.has(id)),
      verdictScale,
    }
  return {
    tags: deskTags.filter((tag) => {
      const mine = here.get(tag.id)
      if (!mine) return !agreed.tags.has(tag.id)
      return !sameValue(mine, tag) && isUnchangedHere(mine)
    }),
    removedTagIds: [...here.values()]
      .filter((tag) => agreed.tags.has(tag.id) && !index.tags.has(tag.id) && isUnchangedHere(tag))
      .map((tag) => tag.id),
    verdictScale,
  }
}
