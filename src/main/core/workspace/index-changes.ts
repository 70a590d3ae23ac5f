import type { StoreChange } from '../history/store-change'
import type { ArticleEntry, WorkspaceFile } from './workspace-file'

/** The parts of the index a change can touch, copied before it is applied. */
export type IndexSnapshot = {
  tags: string
  verdictScale: string
  settings: string
  /** Each article's entry as JSON, without its claim count (a count follows from the claims). */
  entries: Map<string, string>
  counts: Map<string, number>
}

const entryJson = ({ claimCount: _count, ...entry }: ArticleEntry) => JSON.stringify(entry)

export function snapshotIndex(data: WorkspaceFile): IndexSnapshot {
  return {
    tags: JSON.stringify(data.tags),
    verdictScale: JSON.stringify(data.verdictScale),
    settings: JSON.stringify(data.settings),
    entries: new Map(data.articles.map((entry) => [entry.id, entryJson(entry)])),
    counts: new Map(data.articles.map((entry) => [entry.id, entry.claimCount])),
  }
}

const parseEntry = (json: string, claimCount: number): ArticleEntry => ({
  ...(JSON.parse(json) as Omit<ArticleEntry, 'claimCount'>),
  claimCount,
})

function entryChanges(before: IndexSnapshot, articles: readonly ArticleEntry[]): StoreChange[] {
  const changes: StoreChange[] = []
  const seen = new Set<string>()
  let isRecounted = false
  for (const entry of articles) {
    seen.add(entry.id)
    const json = before.entries.get(entry.id)
    const count = before.counts.get(entry.id) ?? 0
    const after = () => structuredClone(entry)
    if (json === undefined) changes.push({ kind: 'article-entry', before: null, after: after() })
    else if (json !== entryJson(entry))
      changes.push({ kind: 'article-entry', before: parseEntry(json, count), after: after() })
    else if (count !== entry.claimCount) isRecounted = true
  }
  for (const [id, json] of before.entries) {
    if (seen.has(id)) continue
    const entry = parseEntry(json, before.counts.get(id) ?? 0)
    changes.push({ kind: 'article-entry', before: entry, after: null })
  }
  return isRecounted ? [...changes, { kind: 'article-counts' }] : changes
}

/** What a change to the index did, compared with the snapshot taken before it. */
export function indexChanges(before: IndexSnapshot, data: WorkspaceFile): StoreChange[] {
  const changes: StoreChange[] = []
  if (before.tags !== JSON.stringify(data.tags))
    changes.push({
      kind: 'tags',
      before: JSON.parse(before.tags),
      after: structuredClone(data.tags),
    })
  if (before.verdictScale !== JSON.stringify(data.verdictScale)) {
    const after = structuredClone(data.verdictScale)
    changes.push({ kind: 'verdict-scale', before: JSON.parse(before.verdictScale), after })
  }
  if (before.settings !== JSON.stringify(data.settings)) {
    const after = structuredClone(data.settings)
    changes.push({ kind: 'settings', before: JSON.parse(before.settings), after })
  }
  return [...changes, ...entryChanges(before, data.articles)]
}
