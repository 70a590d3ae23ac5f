import type { ClaimPatch } from '../../../shared/claim-model'
import type { CallName } from '../../../shared/contract'
import type { WorkspaceStore } from '../workspace/workspace-store'

const CLAIM_FIELD_LABELS: Record<keyof ClaimPatch, string> = {
  tagIds: 'Change tags',
  verdictId: 'Change verdict',
  claimant: 'Edit who said it',
  status: 'Change status',
  notes: 'Edit notes',
  finding: 'Edit finding',
  sources: 'Edit sources',
}

function claimEditLabel(patch: ClaimPatch): string {
  const fields = Object.keys(patch) as (keyof ClaimPatch)[]
  return fields.length === 1 ? CLAIM_FIELD_LABELS[fields[0]!] : 'Edit claim'
}

type Input = Record<string, unknown>

const tagName = (store: WorkspaceStore, tagId: unknown) =>
  store.data.tags.find((tag) => tag.id === tagId)?.name ?? 'tag'

function tagLabel(name: CallName, input: Input, store: WorkspaceStore): string | undefined {
  switch (name) {
    case 'tags.create':
      return `Add tag “${String(input.name).trim()}”`
    case 'tags.update':
      return input.name !== undefined
        ? `Rename tag “${tagName(store, input.tagId)}” to “${String(input.name).trim()}”`
        : `Change the colour of tag “${tagName(store, input.tagId)}”`
    case 'tags.delete':
      return `Delete tag “${tagName(store, input.tagId)}”`
    case 'tags.merge':
      return `Merge tag “${tagName(store, input.sourceId)}” into “${tagName(store, input.targetId)}”`
    default:
      return undefined
  }
}

const FIXED_LABELS: Partial<Record<CallName, string>> = {
  'claims.create': 'Mark claim',
  'claims.delete': 'Delete claim',
  'claims.addReviewNote': 'Add review note',
  'claims.reattach': 'Re-attach claim',
  'claims.confirmAnchor': 'Confirm the claim’s place',
  'verdicts.update': 'Change the verdict scale',
  'compare.link': 'Link as same claim',
  'compare.unlink': 'Unlink claim',
  'suggestions.dismiss': 'Dismiss suggestion',
  'articles.importFiles': 'Import articles',
  'articles.importFolder': 'Import a folder',
  'articles.importUploads': 'Import articles',
  'articles.importText': 'Import pasted text',
  'articles.importUrl': 'Import a web page',
  'sources.archive': 'Archive a source’s page',
  'annotations.import': 'Import annotations',
  'articles.updateDetails': 'Edit article details',
}

function settingsLabel(patch: Record<string, unknown>): string {
  if (patch.colourBy === 'tag') return 'Colour highlights by first tag'
  if (patch.colourBy === 'verdict') return 'Colour highlights by verdict'
  if ('publisherName' in patch || 'publisherUrl' in patch) return 'Change the ClaimReview publisher'
  if ('displayName' in patch) return 'Rename the workspace'
  if ('report' in patch) return 'Change the report options'
  return 'Change settings'
}

/** How Edit → Undo names a change, read before the call runs (a deleted tag still has its name). */
export function undoLabel(name: CallName, input: unknown, store: WorkspaceStore): string {
  const fields = (input ?? {}) as Input
  if (name === 'claims.update') return claimEditLabel(fields.patch as ClaimPatch)
  if (name === 'settings.update') return settingsLabel(fields.patch as Record<string, unknown>)
  return tagLabel(name, fields, store) ?? FIXED_LABELS[name] ?? name
}
