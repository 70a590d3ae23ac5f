import { randomBytes } from 'node:crypto'
import type { Claim, Tag } from '../../../shared/claim-model'
import { ServiceError } from '../../../shared/result'
import { definedFields } from '../defined-fields'
import type { WorkspaceStore } from '../workspace/workspace-store'
import type { ClaimBook } from './claim-book'

const sameName = (a: string, b: string) =>
  a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()

/** The workspace's tag vocabulary; deleting or merging a tag changes the claims that carry it. */
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
  async delete(tagId: string): Promise<Tag> {
    const tag = this.existing(tagId)
    await this.retag(tagId, (tagIds) => tagIds.filter((id) => id !== tagId))
    await this.store.updateIndex((data) => {
      data.tags = data.tags.filter((each) => each.id !== tagId)
    })
    return tag
  }

  /** Folds `sourceId` into `targetId`: claims keep one tag where they had either or both. */
  async merge(sourceId: string, targetId: string): Promise<Tag> {
    if (sourceId === targetId)
      throw new ServiceError('invalid-input', 'A tag cannot be merged into itself.')
    const target = this.existing(targetId)
    this.existing(sourceId)
    await this.retag(sourceId, (tagIds) => [
      ...new Set(tagIds.map((id) => (id === sourceId ? targetId : id))),
    ])
    await this.delete(sourceId)
    return target
  }

  /** Rewrites the tags of the claims that carry `tagId`, article by article. */
  private async retag(tagId: string, change: (tagIds: string[]) => string[]): Promise<void> {
    this.store.assertWritable()
    const carries = (claim: Claim) => claim.tagIds.includes(tagId)
    for (const entry of this.store.data.articles) {
      const claims = await this.book.forArticle(entry.id)
      if (!claims.all.some(carries)) continue
      await claims.change((all) =>
        all.map((claim) => (carries(claim) ? { ...claim, tagIds: change(claim.tagIds) } : claim)),
      )
    }
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
