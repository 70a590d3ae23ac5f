import { isDeepStrictEqual } from 'node:util'
import type { Tag, VerdictScale, WorkspaceSettings } from '../../../shared/claim-model'
import type { ClaimBook } from '../claims/claim-book'
import type { SettingsService } from '../workspace/settings-service'
import type { WorkspaceStore } from '../workspace/workspace-store'

const byId = (tags: readonly Tag[]) => new Map(tags.map((tag) => [tag.id, tag]))

type TagStep = { tags: Tag[]; problems: string[] }

function removeTag(step: TagStep, tag: Tag, carriers: number): void {
  const current = step.tags.find((each) => each.id === tag.id)
  if (!current) return
  if (carriers > 0) {
    step.problems.push(`the tag “${current.name}” is on ${carriers} claim(s) now`)
    return
  }
  step.tags = step.tags.filter((each) => each.id !== tag.id)
}

function addTag(step: TagStep, tag: Tag, at: number): void {
  if (step.tags.some((each) => each.id === tag.id)) return
  const clash = step.tags.find((each) => each.name.toLowerCase() === tag.name.toLowerCase())
  if (clash) {
    step.problems.push(`there is a tag named “${clash.name}” now`)
    return
  }
  step.tags.splice(Math.min(at, step.tags.length), 0, tag)
}

function revertTag(step: TagStep, from: Tag, to: Tag): void {
  const current = step.tags.find((each) => each.id === from.id)
  if (!current) return
  if (!isDeepStrictEqual(current, from)) {
    step.problems.push(`the tag “${current.name}” was changed elsewhere since`)
    return
  }
  step.tags = step.tags.map((each) => (each.id === from.id ? to : each))
}

/** Brings the tag list from `from` to `to`, tag by tag, leaving alone what changed since. */
export async function replayTags(
  store: WorkspaceStore,
  book: ClaimBook,
  from: readonly Tag[],
  to: readonly Tag[],
): Promise<string | null> {
  const before = byId(from)
  const after = byId(to)
  const claims = await book.all()
  const step: TagStep = { tags: [...store.data.tags], problems: [] }
  for (const tag of from) {
    const target = after.get(tag.id)
    if (!target) removeTag(step, tag, claims.filter((c) => c.tagIds.includes(tag.id)).length)
    else if (!isDeepStrictEqual(tag, target)) revertTag(step, tag, target)
  }
  to.forEach((tag, index) => before.has(tag.id) || addTag(step, tag, index))
  if (!isDeepStrictEqual(step.tags, store.data.tags))
    await store.updateIndex((data) => void (data.tags = step.tags))
  return step.problems.length > 0 ? step.problems.join('; ') : null
}

/** The scale goes back only as a whole, and never while a claim is rated with a verdict it lacks. */
export async function replayVerdictScale(
  store: WorkspaceStore,
  settings: SettingsService,
  from: VerdictScale,
  to: VerdictScale,
): Promise<string | null> {
  if (!isDeepStrictEqual(store.data.verdictScale, from))
    return 'the verdict scale was changed elsewhere since'
  await settings.updateVerdictScale(to)
  return null
}

/** Each setting the change touched goes back, unless it was changed again since. */
export async function replaySettings(
  store: WorkspaceStore,
  from: WorkspaceSettings,
  to: WorkspaceSettings,
): Promise<string | null> {
  const current = store.data.settings
  const keys = (Object.keys({ ...from, ...to }) as (keyof WorkspaceSettings)[]).filter(
    (key) => !isDeepStrictEqual(from[key], to[key]),
  )
  const revertible = keys.filter((key) => isDeepStrictEqual(current[key], from[key]))
  if (revertible.length > 0) {
    const patch = Object.fromEntries(revertible.map((key) => [key, to[key]]))
    await store.updateIndex((data) => void (data.settings = { ...data.settings, ...patch }))
  }
  return revertible.length < keys.length
    ? 'a setting was changed elsewhere since and was kept'
    : null
}
