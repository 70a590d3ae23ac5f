import { watch } from 'chokidar'
import type { WorkspaceStore } from '../workspace/workspace-store'
import type { ArticleUpdater } from './article-updater'

/** Watches files and reports changed ones; injectable so tests can change a file and say so themselves. */
export type FileWatch = (onChange: (path: string) => void) => {
  add(path: string): void
  close(): Promise<void>
}

/** chokidar, waiting for a file to stop growing before reporting it (editors save in several writes). */
export const chokidarWatch: FileWatch = (onChange) => {
  const watcher = watch([], {
    ignoreInitial: true,
    awaitWriteFinish: { stabilityThreshold: 300, pollInterval: 100 },
  })
  watcher.on('change', onChange)
  watcher.on('add', onChange)
  return { add: (path) => watcher.add(path), close: () => watcher.close() }
}

type ArticleWatcher = { track(articleId: string): void; close(): Promise<void> }

/** Re-reads an article whenever its file changes on disk, re-anchoring its claims. */
export function watchArticleFiles(
  store: WorkspaceStore,
  updater: ArticleUpdater,
  fileWatch: FileWatch = chokidarWatch,
  onError: (error: Error) => void = (error) => store.addNotice(error.message),
): ArticleWatcher {
  const pathOf = (articleId: string) =>
    store.listArticles().find((entry) => entry.id === articleId)?.path
  const watcher = fileWatch((path) => {
    for (const entry of store.listArticles()) {
      if (entry.path === path) updater.refresh(entry.id).catch(onError)
    }
  })
  const track = (articleId: string) => {
    const path = pathOf(articleId)
    if (path) watcher.add(path)
  }
  for (const entry of store.listArticles()) track(entry.id)
  updater.onImported(track)
  return { track, close: () => watcher.close() }
}
