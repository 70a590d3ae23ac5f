import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ClaimBook } from '../claims/claim-book'
import { STORE_FOLDER } from '../workspace/workspace-file'
import { WorkspaceStore } from '../workspace/workspace-store'

export type OpenStore = { store: WorkspaceStore; book: ClaimBook; close(): Promise<void> }

/** Just the store and the claims of an existing workspace folder, for tests of one service. */
export async function openStoreForTest(folder: string): Promise<OpenStore> {
  if (!existsSync(join(folder, STORE_FOLDER, 'workspace.json')))
    throw new Error(`${folder} is not a workspace`)
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
