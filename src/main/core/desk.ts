import { stat } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import { callNames, type CallName, type Handlers } from '../../shared/contract'
import { ServiceError } from '../../shared/result'
import type { WorkspaceOpened } from '../../shared/workspace-model'
import { ClaimBook } from './claims/claim-book'
import { createHandlers, type OpenExternal, type WorkspaceHandlers } from './handlers'
import type { FetchLimits } from './import/fetch-article'
import type { SavePdf } from './reports/report-service'
import { articleUpdaterFor } from './updates/article-updater'
import { chokidarWatch, watchArticleFiles, type FileWatch } from './updates/article-watcher'
import { seedSampleArticles } from './workspace/first-run'
import { RecentWorkspaces } from './workspace/recent-workspaces'
import { WorkspaceStore } from './workspace/workspace-store'

export type DeskOptions = {
  dataDir: string
  samplesDir: string
  openExternal?: OpenExternal
  /** The native folder picker (Electron); absent in the browser host, where the user types a path. */
  chooseFolder?: () => Promise<string | null>
  /** How article files are watched for changes (default chokidar); null watches nothing. */
  fileWatch?: FileWatch | null
  /** Bounds on fetching web pages (default DEFAULT_FETCH_LIMITS: public addresses only). */
  fetchLimits?: FetchLimits
  /** Prints a report to a PDF file (Electron); absent in the browser host, where the page prints. */
  savePdf?: SavePdf
}
export type Desk = { handlers: Handlers; close(): Promise<void> }

/** One open workspace folder with its services; the desk swaps sessions when a folder is opened. */
type Session = {
  folder: string
  isNew: boolean
  handlers: WorkspaceHandlers
  close(): Promise<void>
}

async function readEveryClaimsFile(store: WorkspaceStore, book: ClaimBook): Promise<void> {
  for (const { id } of [...store.data.articles]) {
    if (!store.data.articles.some((entry) => entry.id === id)) continue
    await book
      .forArticle(id)
      .catch((error: Error) => store.addNotice(`Some claims could not be loaded: ${error.message}`))
  }
}

async function openSession(
  folder: string,
  options: DeskOptions,
  seedSamples: boolean,
): Promise<Session> {
  const { fileWatch = chokidarWatch, fetchLimits, openExternal, samplesDir, savePdf } = options
  const store = await WorkspaceStore.open(folder)
  if (store.isNew && seedSamples) await seedSampleArticles(store, samplesDir)
  const book = new ClaimBook(store)
  // Reading every claims file puts whatever was recovered or set aside among the first notices.
  // A big workspace takes a second or more, so it starts once the first article list has been
  // answered (the desk is on screen by then) or when the notices are asked for, whichever comes
  // first; one file at a time, so a request waits for one file at most.
  let claimsChecked: Promise<void> | null = null
  const checkClaims = () => (claimsChecked ??= readEveryClaimsFile(store, book))
  const updater = articleUpdaterFor(store, book, fetchLimits)
  const watcher = fileWatch && watchArticleFiles(store, updater, fileWatch)
  const handlers = createHandlers(store, book, openExternal, fetchLimits, savePdf)
  return {
    folder,
    isNew: store.isNew,
    handlers: {
      ...handlers,
      'articles.list': async (input) => {
        const listed = await handlers['articles.list'](input)
        setImmediate(checkClaims)
        return listed
      },
      'workspace.info': async (input) => {
        await checkClaims()
        return handlers['workspace.info'](input)
      },
    },
    close: async () => {
      await claimsChecked
      await watcher?.close()
      await book.flush()
      await store.close()
    },
  }
}

async function assertFolder(folder: string): Promise<string> {
  if (!isAbsolute(folder))
    throw new ServiceError('invalid-input', `Give the folder’s full path, not “${folder}”.`)
  const path = resolve(folder)
  const stats = await stat(path).catch(() => null)
  if (!stats) throw new ServiceError('not-found', `There is no folder at ${path}.`)
  if (!stats.isDirectory())
    throw new ServiceError('invalid-input', `${path} is a file, not a folder.`)
  return path
}

/**
 * The desk: the workspace last opened (or the default one in the data dir, with the sample articles
 * on first run) and the calls that open another folder as a workspace.
 */
export async function openDesk(options: DeskOptions): Promise<Desk> {
  const defaultFolder = join(options.dataDir, 'workspace')
  const recent = new RecentWorkspaces(join(options.dataDir, 'recent-workspaces.json'))
  const sessionFor = (folder: string) => openSession(folder, options, folder === defaultFolder)

  const last = (await recent.list())[0]?.folder
  let session = await (
    last && last !== defaultFolder ? assertFolder(last).then(sessionFor) : sessionFor(defaultFolder)
  ).catch(() => sessionFor(defaultFolder))

  /** The new workspace opens before the old one closes, so a folder that cannot open changes nothing. */
  const openFolder = async (folder: string): Promise<WorkspaceOpened> => {
    const path = await assertFolder(folder)
    if (path === session.folder)
      return { info: await session.handlers['workspace.info']({}), imported: null }
    const next = await sessionFor(path)
    const imported =
      next.isNew && path !== defaultFolder
        ? await next.handlers['articles.importFolder']({ path })
        : null
    const previous = session
    session = next
    await previous.close()
    const info = await session.handlers['workspace.info']({})
    await recent.remember(path, info.name)
    return { info, imported }
  }

  const forward = (name: CallName) => (input: never) =>
    (session.handlers[name as keyof WorkspaceHandlers] as (input: never) => unknown)(input)
  const handlers = Object.fromEntries(
    callNames.map((name) => [name, forward(name)]),
  ) as unknown as Handlers
  Object.assign(handlers, {
    'workspace.open': ({ folder }) => openFolder(folder),
    'workspace.recent': async () => {
      const listed = await recent.list()
      return listed.length
        ? listed
        : [
            {
              folder: session.folder,
              name: (await session.handlers['workspace.info']({})).name,
              openedAt: new Date().toISOString(),
            },
          ]
    },
    'workspace.chooseFolder': async () =>
      options.chooseFolder
        ? { isSupported: true, folder: await options.chooseFolder() }
        : { isSupported: false, folder: null },
  } satisfies Pick<Handlers, 'workspace.open' | 'workspace.recent' | 'workspace.chooseFolder'>)

  return { handlers, close: () => session.close() }
}
