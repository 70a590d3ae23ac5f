import { join } from 'node:path'
import type { Handlers } from '../../shared/contract'
import { ClaimBook } from './claims/claim-book'
import { createHandlers, type OpenExternal } from './handlers'
import { seedSampleArticles } from './workspace/first-run'
import { WorkspaceStore } from './workspace/workspace-store'

export type DeskOptions = { dataDir: string; samplesDir: string; openExternal?: OpenExternal }
export type Desk = { handlers: Handlers; close(): Promise<void> }

/** The default workspace lives in the data dir; first run fills it with the sample articles. */
export async function openDesk({ dataDir, samplesDir, openExternal }: DeskOptions): Promise<Desk> {
  const store = await WorkspaceStore.open(join(dataDir, 'workspace'))
  if (store.isNew) await seedSampleArticles(store, samplesDir)
  const book = new ClaimBook(store)
  return {
    handlers: createHandlers(store, book, openExternal),
    close: async () => {
      await book.flush()
      await store.close()
    },
  }
}
