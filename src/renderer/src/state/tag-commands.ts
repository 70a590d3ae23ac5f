import type { Tag } from '../../../shared/claim-model'
import type { Out } from '../../../shared/contract'
import { call } from '../api/client'
import type { Command } from './workspace-context'

type TagRemoval = Out<'tags.delete'>

/** A change whose undo is just another call; redo repeats the first one. */
export function reversibleCommand(
  label: string,
  apply: () => Promise<unknown>,
  revert: () => Promise<unknown>,
): Command {
  return {
    label,
    run: async () => {
      await apply()
      return {
        undo: async () => void (await revert()),
        redo: async () => void (await apply()),
      }
    },
  }
}

/** Deleting and restoring one tag; each restore uses the latest removal, so positions and claims match. */
function removableTag(tagId: string) {
  let removal: TagRemoval | undefined
  return {
    remove: async () => {
      removal = await call('tags.delete', { tagId })
    },
    restore: async () => {
      if (!removal) throw new Error('There is no deleted tag to restore.')
      await call('tags.restore', { removal })
    },
  }
}

/** Undo deletes the new tag; redo restores that same tag, so later history that names its id still fits. */
export function createTagCommand(name: string, colour: string): Command {
  return {
    label: `Add tag “${name.trim()}”`,
    run: async () => {
      const created = await call('tags.create', { name, colour })
      const steps = removableTag(created.id)
      return { undo: steps.remove, redo: steps.restore }
    },
  }
}

export function renameTagCommand(tag: Tag, name: string): Command {
  const renameTo = (to: string) => () => call('tags.update', { tagId: tag.id, name: to })
  return reversibleCommand(
    `Rename tag “${tag.name}” to “${name.trim()}”`,
    renameTo(name),
    renameTo(tag.name),
  )
}

export function recolourTagCommand(tag: Tag, colour: string): Command {
  const recolourTo = (to: string) => () => call('tags.update', { tagId: tag.id, colour: to })
  return reversibleCommand(
    `Change the colour of tag “${tag.name}”`,
    recolourTo(colour),
    recolourTo(tag.colour),
  )
}

/** Undo puts the tag back in its place and on every claim that had it. */
export function deleteTagCommand(tag: Tag): Command {
  return {
    label: `Delete tag “${tag.name}”`,
    run: async () => {
      const steps = removableTag(tag.id)
      await steps.remove()
      return { undo: steps.restore, redo: steps.remove }
    },
  }
}

/** Undo restores the source tag and takes the target off the claims that only got it from the merge. */
export function mergeTagCommand(source: Tag, target: Tag): Command {
  const merge = () => call('tags.merge', { sourceId: source.id, targetId: target.id })
  return {
    label: `Merge tag “${source.name}” into “${target.name}”`,
    run: async () => {
      let merged = await merge()
      return {
        undo: async () => {
          const { addedTo, ...removal } = merged
          await call('tags.restore', {
            removal,
            undoMerge: { targetId: target.id, claimIds: addedTo },
          })
        },
        redo: async () => {
          merged = await merge()
        },
      }
    },
  }
}

/** How many claims carry a tag, asked right before a delete or merge so the question is current. */
export async function countTagUsage(tag: Tag): Promise<number> {
  return (await call('tags.usage', { tagId: tag.id })).claimCount
}
