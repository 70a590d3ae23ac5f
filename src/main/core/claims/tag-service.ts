import { randomBytes } from 'node:crypto'
import type { Claim, Tag } from '../../../shared/claim-model'
import { ServiceError } from '../../../shared/result'
import { definedFields } from '../defined-fields'
import type { WorkspaceStore } from '../workspace/workspace-store'
import type { ClaimBook } from './claim-book'

export type TagRemoval = { tag: Tag; position: number; claimIds: string[] }

const sameName = (a: string, b: string) =>
  a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()

/** The workspace's tag vocabulary; changes that touch claims say which ones, so they can be undone. */
export class TagService {
  constructor(
    private readonly store: WorkspaceStore,
    private readonly book: ClaimBook,
  ) {}

  list(): Tag[] {
    return this.store.data.tags
  }

  async create(name: string, colour: string): Promise<Tag> {
    this.assertNameFree(name)
    const tag: Tag = { id: `t${randomBytes(6).toString('base64url')}`, name: name.trim(), colour }
    await this.store.updateIndex((data) => void data.tags.push(tag))
    return tag
  }

  async update(tagId: string, change: { name?: string; colour?: string }): Promise<Tag> {
    const current = this.existing(tagId)
    if (change.name !== undefined) this.assertNameFree(change.name, tagId)
    const updated: Tag = {
      ...current,
      ...definedFields(change),
      name: (change.name ?? current.name).trim(),
    }
    await this.store.updateIndex((data) => {
      data.tags = data.tags.map((tag) => (tag.id === tagId ? updated : tag))
    })
    return updated
  }

  async usage(tagId: string): Promise<number> {
    this.existing(tagId)
    return (await this.book.all()).filter((claim) => claim.tagIds.includes(tagId)).length
  }

  /** Removes a tag from the vocabulary and from every claim that had it. */
  async delete(tagId: string): Promise<TagRemoval> {
    const tag = this.existing(tagId)
    const position = this.store.data.tags.findIndex((each) => each.id === tagId)
    const claimIds = await this.retag(tagId, (tagIds) => tagIds.filter((id) => id !== tagId))
    await this.store.updateIndex((data) => {
      data.tags = data.tags.filter((each) => each.id !== tagId)
    })
    return { tag, position, claimIds }
  }

  /** Folds `sourceId` into `targetId`: claims keep one tag where they had either or both. */
  async merge(sourceId: string, targetId: string): Promise<TagRemoval & { addedTo: string[] }> {
    if (sourceId === targetId)
      throw new ServiceError('invalid-input', 'A tag cannot be merged into itself.')
    this.existing(targetId)
    const before = await this.book.all()
    const addedTo = before
      .filter((c) => c.tagIds.includes(sourceId) && !c.tagIds.includes(targetId))
      .map((c) => c.id)
    await this.retag(sourceId, (tagIds) => [
      ...new Set(tagIds.map((id) => (id === sourceId ? targetId : id))),
    ])
    const removal = await this.delete(sourceId)
    return {
      ...removal,
      claimIds: before.filter((c) => c.tagIds.includes(sourceId)).map((c) => c.id),
      addedTo,
    }
  }

  /** Undoes a delete or a merge: the tag returns to its place and to the claims that had it. */
  async restore(
    removal: TagRemoval,
    undoMerge?: { targetId: string; claimIds: string[] },
  ): Promise<Tag> {
    if (this.store.data.tags.some((tag) => tag.id === removal.tag.id)) {
      throw new ServiceError('conflict', `The tag “${removal.tag.name}” already exists.`)
    }
    this.assertNameFree(removal.tag.name)
    await this.store.updateIndex((data) => void data.tags.splice(removal.position, 0, removal.tag))
    const had = new Set(removal.claimIds)
    const lost = new Set(undoMerge?.claimIds ?? [])
    await this.retagWhere(
      (claim) => had.has(claim.id) || lost.has(claim.id),
      (claim) => [
        ...claim.tagIds.filter((id) => !(lost.has(claim.id) && id === undoMerge?.targetId)),
        ...(had.has(claim.id) ? [removal.tag.id] : []),
      ],
    )
    return removal.tag
  }

  private async retag(tagId: string, change: (tagIds: string[]) => string[]): Promise<string[]> {
    return this.retagWhere(
      (claim) => claim.tagIds.includes(tagId),
      (claim) => change(claim.tagIds),
    )
  }

  /** Rewrites the tags of matching claims, article by article, and says which claims changed. */
  private async retagWhere(
    matches: (claim: Claim) => boolean,
    change: (claim: Claim) => string[],
  ): Promise<string[]> {
    this.store.assertWritable()
    const changed: string[] = []
    for (const entry of this.store.data.articles) {
      const claims = await this.book.forArticle(entry.id)
      if (!claims.all.some(matches)) continue
      await claims.change((all) =>
        all.map((claim) => {
          if (!matches(claim)) return claim
          changed.push(claim.id)
          return { ...claim, tagIds: change(claim) }
        }),
      )
    }
    return changed
  }

  private existing(tagId: string): Tag {
    const tag = this.store.data.tags.find((each) => each.id === tagId)
    if (!tag) throw new ServiceError('not-found', `There is no tag ${tagId} in this workspace.`)
    return tag
  }

  private assertNameFree(name: string, exceptId?: string): void {
    const clash = this.store.data.tags.find(
      (tag) => tag.id !== exceptId && sameName(tag.name, name),
    )
    if (clash) throw new ServiceError('conflict', `There is already a tag named “${clash.name}”.`)
  }
}
