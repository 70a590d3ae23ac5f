import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ServiceError } from '../../../shared/result'
import { ClaimBook } from '../claims/claim-book'
import { STORE_FOLDER } from './workspace-file'
import { WorkspaceStore } from './workspace-store'

export type OpenWorkspace = { store: WorkspaceStore; book: ClaimBook; close(): Promise<void> }

const isWorkspaceFolder = (folder: string) =>
  existsSync(join(folder, STORE_FOLDER, 'workspace.json'))

/** Opens an existing workspace folder (one with a `.claimdesk` store), as scripts and tests do; never creates one. */
export async function openExistingWorkspace(folder: string): Promise<OpenWorkspace> {
  if (!isWorkspaceFolder(folder)) {
    throw new ServiceError(
      'not-found',
      `${folder} is not a Claimdesk workspace (there is no ${STORE_FOLDER}/workspace.json in it).`,
    )
  }
  return openWorkspace(folder)
}

/** Opens a workspace folder, starting an empty workspace there (default tags and scale) if there is none. */
export async function openWorkspace(folder: string): Promise<OpenWorkspace> {
  const store = await WorkspaceStore.open(folder)
  const book = new ClaimBook(store)
  return {
    store,
    book,
    close: async () => {
      await book.flush()
      await store.close()
    },
  }
}
