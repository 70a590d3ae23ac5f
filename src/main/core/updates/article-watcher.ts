import { setImmediate } from 'node:timers/promises'
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
 * Files put under watch in one turn of the event loop: a thousand at once held up the workspace's
 * first answers (~130 ms on 2 loaded cores), so the rest follow a slice a turn.
 */
const WATCH_SLICE = 100

async function watchInSlices(
  watcher: ReturnType<FileWatch>,
  paths: string[],
  isClosed: () => boolean,
): Promise<void> {
  for (let start = 0; start < paths.length && !isClosed(); start += WATCH_SLICE) {
    if (start > 0) await setImmediate()
    if (isClosed()) return
    for (const path of paths.slice(start, start + WATCH_SLICE)) watcher.add(path)
  }
}

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
  let isClosed = false
  const paths = store.listArticles().flatMap((entry) => (entry.path ? [entry.path] : []))
  const watching = watchInSlices(watcher, paths, () => isClosed)
  const stopListening = store.onChange((change) => {
    if (change.kind !== 'article-entry') return
    if (change.before?.path && change.before.path !== change.after?.path)
      watcher.remove(change.before.path)
    // A file already watched is not added again: every refresh of its article changes the entry.
    if (change.after?.path && change.after.path !== change.before?.path)
      watcher.add(change.after.path)
  })
  return {
    close: async () => {
      isClosed = true
      stopListening()
      await watching
      return watcher.close()
    },
  }
}
