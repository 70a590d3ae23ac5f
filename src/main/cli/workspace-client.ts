import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { CallName, In, Out } from '../../shared/contract'
import { dispatch } from '../../shared/dispatch'
import { ServiceError, type Result } from '../../shared/result'
import { CLIENT_HEADER } from '../host/caller-headers'
import { CLI_SECRET_HEADER, CLI_WORKSPACE_HEADER } from '../host/cli-endpoint'
import type { TaskProgress } from '../../shared/change-events'
import { openWorkspace } from '../core/open-workspace'
import type { WorkerScripts } from '../core/threads/worker-scripts'
import { STORE_FOLDER } from '../core/workspace/workspace-file'
import {
  isHolderAlive,
  readLock,
  WorkspaceBusy,
  type LockHolder,
} from '../core/workspace/workspace-lock'

/** How the CLI reaches a workspace: its calls, validated by the contract wherever they run. */
export type WorkspaceClient = {
  call<N extends CallName>(name: N, input: In<N>): Promise<Out<N>>
  /** Where the calls go: into this process, or to the running app that has the workspace open. */
  where: 'here' | 'app'
  /**
   * Hears the progress of background work in a workspace opened here; through the app, its
   * windows show it instead. Returns the unsubscribe.
   */
  onProgress(listener: (progress: TaskProgress) => void): () => void
  close(): Promise<void>
}

export type ConnectOptions = {
  /** Starts a workspace in a folder that has none (`claimdesk import` into a new folder). */
  mayCreate?: boolean
  /** How long to wait for another CLI run to finish with the workspace. */
  waitMs?: number
  /** The worker threads' entries, for heavy work in a workspace opened here. */
  workers?: WorkerScripts | null
  /** False leaves the search index to the next open of a workspace opened here (see openWorkspace). */
  keepsSearchIndex?: boolean
}

/** Each CLI run is a client of its own: its changes are its own to undo. */
const CLIENT_ID = `cli-${process.pid}`

const unwrap = <T>(result: Result<unknown>): T => {
  if (!result.ok) throw new ServiceError(result.code, result.message)
  return result.value as T
}

/** Sends the calls to the app that holds the workspace, so its windows show them at once. */
function appClient(folder: string, holder: LockHolder): WorkspaceClient {
  const endpoint = holder.endpoint ?? ''
  return {
    where: 'app',
    async call(name, input) {
      const response = await fetch(`${endpoint}/rpc/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          [CLI_SECRET_HEADER]: holder.secret ?? '',
          [CLI_WORKSPACE_HEADER]: encodeURIComponent(folder),
          [CLIENT_HEADER]: CLIENT_ID,
        },
        body: JSON.stringify(input),
      }).catch((error: Error) => {
        const reason = (error.cause as Error | undefined)?.message ?? error.message
        throw new ServiceError(
          'io-error',
          `The Claimdesk ${holder.app} that has this workspace open (process ${holder.pid}) does not answer at ${endpoint} (${reason}).`,
        )
      })
      if (!response.headers.get('Content-Type')?.includes('application/json'))
        throw new ServiceError('forbidden', (await response.text()) || response.statusText)
      return unwrap((await response.json()) as Result<unknown>)
    },
    onProgress: () => () => {},
    close: async () => {},
  }
}

async function localClient(
  folder: string,
  options: Required<Omit<ConnectOptions, 'mayCreate'>>,
): Promise<WorkspaceClient> {
  const { waitMs, workers, keepsSearchIndex } = options
  const workspace = await openWorkspace(folder, {
    ...{ fileWatch: null, lockWaitMs: waitMs },
    ...{ workers, keepsSearchIndex },
  })
  return {
    where: 'here',
    call: async (name, input) =>
      unwrap(await dispatch(workspace.handlers, name, input, { clientId: CLIENT_ID })),
    onProgress: (listener) =>
      workspace.onChange((events) => {
        for (const event of events) if (event.kind === 'progress') listener(event)
      }),
    close: () => workspace.close(),
  }
}

const canTakeCalls = (holder: LockHolder | null): holder is LockHolder =>
  Boolean(holder?.endpoint && holder.secret && isHolderAlive(holder))

/**
 * Connects to a workspace folder: through the running app that has it open, or by opening it here
 * under its lock (waiting for another CLI run to finish), so two writers never share a store.
 */
export async function connectToWorkspace(
  folder: string,
  {
    mayCreate = false,
    waitMs = 15_000,
    workers = null,
    keepsSearchIndex = true,
  }: ConnectOptions = {},
): Promise<WorkspaceClient> {
  const path = resolve(folder)
  if (!mayCreate && !existsSync(join(path, STORE_FOLDER, 'workspace.json'))) {
    throw new ServiceError(
      'not-found',
      `${path} is not a Claimdesk workspace (there is no ${STORE_FOLDER}/workspace.json in it).`,
    )
  }
  const holder = await readLock(path)
  if (canTakeCalls(holder)) return appClient(path, holder)
  try {
    return await localClient(path, { waitMs, workers, keepsSearchIndex })
  } catch (error) {
    if (error instanceof WorkspaceBusy && canTakeCalls(error.holder))
      return appClient(path, error.holder)
    throw error
  }
}
