import { watch } from 'chokidar'
import type { WorkspaceStore } from '../workspace/workspace-store'

/** Watches files and reports changed ones; injectable so tests can change a file and say so themselves. */
export type FileWatch = (onChange: (path: string) => void) => {
  add(path: string): void
  remove(path: string): void
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
  return {
    add: (path) => void watcher.add(path),
    remove: (path) => void watcher.unwatch(path),
    close: () => watcher.close(),
  }
}

type ArticleWatcher = { close(): Promise<void> }

/**
 * Re-reads an article (through `refresh`) whenever its file changes on disk; an article that
 * joins the workspace is watched from then on, one that leaves it no longer.
 */
export function watchArticleFiles(
  store: WorkspaceStore,
  refresh: (articleId: string) => Promise<unknown>,
  fileWatch: FileWatch = chokidarWatch,
  onError: (error: Error) => void = (error) => store.addNotice(error.message),
): ArticleWatcher {
  const watcher = fileWatch((path) => {
    for (const entry of store.listArticles()) {
      if (entry.path === path) refresh(entry.id).catch(onError)
    }
  })
  for (const entry of store.listArticles()) if (entry.path) watcher.add(entry.path)
  const stopListening = store.onChange((change) => {
    if (change.kind !== 'article-entry') return
    if (change.before?.path && change.before.path !== change.after?.path)
      watcher.remove(change.before.path)
    if (change.after?.path) watcher.add(change.after.path)
  })
  return {
    close: () => {
      stopListening()
      return watcher.close()
    },
  }
}
