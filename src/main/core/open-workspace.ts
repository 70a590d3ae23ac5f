import { isMutation } from '../../shared/call-effects'
import type { ChangeEvent } from '../../shared/change-events'
import { callNames, LOCAL_CONTEXT, type CallName, type CallContext } from '../../shared/contract'
import { ClaimBook } from './claims/claim-book'
import { Dismissals } from './compare/dismissals'
import type { DeskAutoSyncTiming } from './desk/desk-auto-sync'
import { openTeamDesk } from './desk/team-desk'
import { deskLocalStore, type DeskLocalStore } from './desk/desk-local-store'
import { createHandlers, type OpenExternal, type WorkspaceHandlers } from './handlers'
import { ChangeJournal, type Origin } from './history/change-journal'
import { undoLabel } from './history/undo-labels'
import { UndoService } from './history/undo-service'
import type { FetchLimits } from './import/fetch-article'
import type { SavePdf } from './reports/report-service'
import { ArticleUpdater } from './updates/article-updater'
import { chokidarWatch, watchArticleFiles, type FileWatch } from './updates/article-watcher'
import { ReviewInbox } from './review/review-inbox'
import { SearchService } from './search/search-service'
import { startBackground } from './threads/background'
import type { WorkerScripts } from './threads/worker-scripts'
import { seedSampleArticles } from './workspace/first-run'
import { SettingsService } from './workspace/settings-service'
import { WorkspaceLock, type LockClaim } from './workspace/workspace-lock'
import { WorkspaceStore } from './workspace/workspace-store'

export type WorkspaceOptions = {
  /** A workspace started here for the first time gets the sample articles from this folder. */
  samplesDir?: string
  openExternal?: OpenExternal
  /** How article files are watched for changes (default chokidar); null watches nothing. */
  fileWatch?: FileWatch | null
  /** Bounds on fetching web pages (default: public addresses only). */
  fetchLimits?: FetchLimits
  /** Who holds the workspace while it is open (default: this process, with no endpoint). */
  lock?: LockClaim
  /** How long to wait for another process (a CLI run) to let go of the workspace. */
  lockWaitMs?: number
  /** Prints a report to a PDF file (Electron); absent in the browser host, where the page prints. */
  savePdf?: SavePdf
  /** The worker threads' entries; without them, heavy work runs on the main thread (tests). */
  workers?: WorkerScripts | null
  /**
   * False leaves the search index as it is (a CLI import of a thousand articles would build all of
   * it in memory): the next open catches up with what changed, as after any change made while closed.
   * @default true
   */
  keepsSearchIndex?: boolean
  /**
   * When the workspace, if it is on a team desk, syncs by itself, and keeps a live connection to the
   * desk server (the app); null: syncs only when asked.
   */
  deskAutoSync?: DeskAutoSyncTiming | null
}

export type ChangeListener = (events: ChangeEvent[], origin: Origin) => void

/** One open workspace: every call on it, the changes it pushes, and closing it. */
export type OpenWorkspace = {
  folder: string
  isNew: boolean
  handlers: WorkspaceHandlers
  /** The workspace as a team desk's sync reads and writes it. */
  desk: DeskLocalStore
  /** Hears the events of every change, whoever made it; returns the unsubscribe. */
  onChange(listener: ChangeListener): () => void
  close(): Promise<void>
}

/** Undo and redo go through the journal their own way (see UndoService). */
const RECORDS_ITSELF = new Set<CallName>(['undo.undo', 'undo.redo'])

/** An update from the article's source is published, but not the user's to undo: the source decides. */
const FROM_THE_SOURCE = new Set<CallName>(['articles.checkForUpdates'])

/**
 * Every change goes through the journal, which publishes what it changed to every window; a
 * user's change is also kept for that client's undo. Reads go straight through.
 */
function journaled(
  handlers: WorkspaceHandlers,
  journal: ChangeJournal,
  undo: UndoService,
  store: WorkspaceStore,
): WorkspaceHandlers {
  const wrap = (name: CallName) => {
    const handler = handlers[name as keyof WorkspaceHandlers] as (
      input: unknown,
    ) => Promise<unknown>
    if (!isMutation(name) || RECORDS_ITSELF.has(name)) return handler
    const isUndoable = !FROM_THE_SOURCE.has(name)
    return async (input: unknown, context: CallContext = LOCAL_CONTEXT) => {
      const label = isUndoable ? undoLabel(name, input, store) : ''
      const { value } = await journal.write(context.clientId, async (changes) => {
        const value = await handler(input)
        if (isUndoable) undo.record(context.clientId, label, changes)
        return value
      })
      return value
    }
  }
  const names = callNames.filter((name) => name in handlers)
  return Object.fromEntries(names.map((name) => [name, wrap(name)])) as WorkspaceHandlers
}

/**
 * Reads every claims file once, so what was recovered or set aside is among the first notices;
 * the claims read are let go (those of an article in use stay with it).
 */
async function checkEveryClaimsFile(store: WorkspaceStore, book: ClaimBook): Promise<void> {
  for (const { id } of [...store.data.articles]) {
    if (!store.data.articles.some((entry) => entry.id === id)) continue
    await book
      .claimsOf(id)
      .catch((error: Error) => store.addNotice(`Some claims could not be loaded: ${error.message}`))
  }
}

/**
 * The one composition root: opens a workspace folder — its lock, store, claims, services, undo,
 * updater and file watcher, in that order — and hands out its calls and its change events. The
 * desktop app, the browser host, the CLI and the tests all open workspaces here.
 */
export async function openWorkspace(
  folder: string,
  options: WorkspaceOptions = {},
): Promise<OpenWorkspace> {
  const { fileWatch = chokidarWatch, fetchLimits, openExternal, samplesDir, savePdf } = options
  const { keepsSearchIndex = true } = options
  const workers = options.workers ?? null
  const claim = options.lock ?? { app: 'command line', endpoint: null, secret: null }
  const lock = await WorkspaceLock.acquire(folder, claim, options.lockWaitMs)
  const store = await WorkspaceStore.open(folder).catch(async (error: unknown) => {
    await lock.release()
    throw error
  })
  const listeners = new Set<ChangeListener>()
  const journal = new ChangeJournal(store, (events, origin) =>
    listeners.forEach((listener) => listener(events, origin)),
  )
  // Progress is nobody's change: every window shows it, the one that started the work included.
  const background = startBackground(workers?.pool ?? null, (progress) =>
    listeners.forEach((listener) => listener([progress], null)),
  )
  if (store.isNew && samplesDir) await seedSampleArticles(store, samplesDir)
  const book = new ClaimBook(store)
  const dismissals = new Dismissals(store)
  const settings = new SettingsService(store, book)
  const undo = new UndoService(journal, {
    store,
    book,
    settings,
    dismissals,
    now: () => new Date(),
  })
  const updater = new ArticleUpdater(store, book, undefined, fetchLimits, background)
  const search = new SearchService(store, book, background.tasks, workers?.search ?? null)
  const reviews = await ReviewInbox.open(folder, () =>
    listeners.forEach((listener) => listener([{ kind: 'reviews' }], null)),
  )
  const refresh = (articleId: string) => journal.write(null, () => updater.refresh(articleId))
  const watcher = fileWatch && watchArticleFiles(store, refresh, fileWatch)
  const services = {
    ...{ store, book, settings, dismissals, updater, undo },
    ...{ openExternal, fetchLimits, savePdf, background, search, reviews },
  }
  const desk = deskLocalStore(store, book, journal, reviews)
  const teamDesk = openTeamDesk(
    desk,
    (events) => listeners.forEach((listener) => listener(events, null)),
    options.deskAutoSync ?? null,
  )
  listeners.add((events, origin) => teamDesk.heard(events, origin))
  const handlers = journaled(
    { ...teamDesk.guarded(createHandlers(services)), ...teamDesk.handlers },
    journal,
    undo,
    store,
  )
  // Started once the workspace is open, one file at a time, so calls are answered meanwhile.
  const claimsChecked = new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
    checkEveryClaimsFile(store, book),
  )
  // The search index catches up once the claims are checked; searches meanwhile say so.
  const indexed = claimsChecked.then(() => (keepsSearchIndex ? search.start() : undefined))
  return {
    folder,
    isNew: store.isNew,
    desk,
    handlers: {
      ...handlers,
      'workspace.info': async (input) => {
        await claimsChecked
        return handlers['workspace.info'](input)
      },
    },
    onChange: (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    close: async () => {
      await watcher?.close()
      background.tasks.cancelAll()
      await teamDesk.close()
      await claimsChecked
      await indexed
      await journal.settled()
      await search.close()
      await background.pool.close()
      await book.flush()
      await store.close()
      await lock.release()
    },
  }
}
