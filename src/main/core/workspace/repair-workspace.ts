import { Tag, WorkspaceSettings } from '../../../shared/claim-model'
import { isRecord, keepValid, rejection, type Repair } from '../store/salvage-entries'
import { DEFAULT_SETTINGS } from './defaults'
import { ArticleEntry } from './workspace-file'

/** Each setting the schema refuses goes back to its default; the others stay as the user set them. */
function repairSettings(settings: unknown, problems: string[]): WorkspaceSettings {
  const stored = isRecord(settings) ? settings : {}
  const entries = Object.entries(DEFAULT_SETTINGS).map(([key, fallback]) => {
    const reason = rejection(WorkspaceSettings.shape[key as keyof WorkspaceSettings], stored[key])
    if (!reason) return [key, stored[key]]
    problems.push(`setting ${key} (${reason}; back to its default)`)
    return [key, fallback]
  })
  return Object.fromEntries(entries) as WorkspaceSettings
}

/**
 * A workspace index with its unusable articles, tags and settings left out or reset; undefined
 * when it is not an index at all. An article left out keeps its text file, so nothing is deleted.
 */
export function repairWorkspace(data: unknown): Repair | undefined {
  if (!isRecord(data) || !Array.isArray(data.articles) || !Array.isArray(data.tags))
    return undefined
  const problems: string[] = []
  const articles = keepValid(data.articles, ArticleEntry, 'article', problems)
  const tags = keepValid(data.tags, Tag, 'tag', problems)
  const settings = repairSettings(data.settings, problems)
  return { data: { ...data, articles, tags, settings }, problems }
}
