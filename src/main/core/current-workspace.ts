import { stat } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import { callNames, type CallName, type Handlers } from '../../shared/contract'
import { ServiceError } from '../../shared/result'
import type { WorkspaceOpened } from '../../shared/workspace-model'
import { inCallOrder } from './call-order'
import { ChangeFeed } from './events/change-feed'
import { joinDesk } from './desk/join-desk'
import { ensureOwnerOnlyDir } from './store/atomic-write'
import type { DeskCallName, WorkspaceHandlers } from './handlers'
import { openWorkspace, type OpenWorkspace, type WorkspaceOptions } from './open-workspace'
import { RecentWorkspaces } from './workspace/recent-workspaces'

/** How long the app waits for a CLI run to finish with a workspace before saying it is busy. */
export const APP_LOCK_WAIT_MS = 15_000

export type CurrentWorkspaceOptions = Omit<WorkspaceOptions, 'samplesDir'> & {
  /** Where the app keeps its own files: its default workspace and the list of recent ones. */
  dataDir: string
  /** The articles the default workspace starts with. */
  samplesDir: string
  /** The native folder picker (Electron); absent in the browser host, where the user types a path. */
  chooseFolder?: () => Promise<string | null>
  /** Where the changes go; given when windows listen before the workspace is open. */
  feed?: ChangeFeed
}

/** The workspace the app has open now, every call on it, and the events of every change. */
export type CurrentWorkspace = {
  handlers: Handlers
  feed: ChangeFeed
  folder(): string
  close(): Promise<void>
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
 * Opens the workspace last used (or the default one in the data dir, with the sample articles on
 * first run) and answers the calls that switch to another folder. Every window hears one feed of
 * changes, whichever workspace is open.
 */
export async function openCurrentWorkspace(
  options: CurrentWorkspaceOptions,
): Promise<CurrentWorkspace> {
  await ensureOwnerOnlyDir(options.dataDir)
  const defaultFolder = join(options.dataDir, 'workspace')
  const recent = new RecentWorkspaces(join(options.dataDir, 'recent-workspaces.json'))
  const feed = options.feed ?? new ChangeFeed()
  const open = async (folder: string) => {
    const samplesDir = folder === defaultFolder ? options.samplesDir : undefined
    const opened = await openWorkspace(folder, { ...options, samplesDir })
    opened.onChange((events, origin) => feed.publish(events, origin))
    return opened
  }

  const last = (await recent.list())[0]?.folder
  let current: OpenWorkspace = await (
    last && last !== defaultFolder ? assertFolder(last).then(open) : open(defaultFolder)
  ).catch(() => open(defaultFolder))

  /** The new workspace opens before the old one closes, so a folder that cannot open changes nothing. */
  const openFolder = async (folder: string): Promise<WorkspaceOpened> => {
    const path = await assertFolder(folder)
    if (path === current.folder)
      return { info: await current.handlers['workspace.info']({}), imported: null }
    const next = await open(path)
    const imported =
      next.isNew && path !== defaultFolder
        ? await next.handlers['articles.importFolder']({ path })
        : null
    const previous = current
    current = next
    await previous.close()
    feed.publish([{ kind: 'workspace' }], null)
    const info = await current.handlers['workspace.info']({})
    await recent.remember(path, info.name)
    return { info, imported }
  }

  const forward = (name: CallName) => (input: never, context: never) =>
    (current.handlers[name as keyof WorkspaceHandlers] as (i: never, c: never) => unknown)(
      input,
      context,
    )
  const handlers = Object.fromEntries(
    callNames.map((name) => [name, forward(name)]),
  ) as unknown as Handlers
  Object.assign(handlers, {
    'workspace.open': ({ folder }) => openFolder(folder),
    'workspace.recent': async () => {
      const listed = await recent.list()
      if (listed.length > 0) return listed
      const { name } = await current.handlers['workspace.info']({})
      return [{ folder: current.folder, name, openedAt: new Date().toISOString() }]
    },
    'workspace.chooseFolder': async () =>
      options.chooseFolder
        ? { isSupported: true, folder: await options.chooseFolder() }
        : { isSupported: false, folder: null },
    'desk.join': async ({ folder, ...request }) => {
      if (!isAbsolute(folder))
        throw new ServiceError('invalid-input', `Give the folder’s full path, not “${folder}”.`)
      await joinDesk(resolve(folder), request)
      return openFolder(folder)
    },
  } satisfies Pick<Handlers, DeskCallName>)

  return {
    handlers: inCallOrder(handlers),
    feed,
    folder: () => current.folder,
    close: () => current.close(),
  }
}
