import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  openCurrentWorkspace,
  type CurrentWorkspace,
  type CurrentWorkspaceOptions,
} from '../current-workspace'

export const SAMPLES_DIR = resolve('resources/samples')

export type TempWorkspace = CurrentWorkspace & {
  dataDir: string
  reopen(): Promise<TempWorkspace>
  dispose(): Promise<void>
}

/** The app's workspace on a real temp data dir, seeded with the sample articles, for tests. */
export async function openTempWorkspace(
  dataDir?: string,
  options: Omit<CurrentWorkspaceOptions, 'dataDir' | 'samplesDir'> = {},
): Promise<TempWorkspace> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'claimdesk-test-')))
  const app = await openCurrentWorkspace({ ...options, dataDir: dir, samplesDir: SAMPLES_DIR })
  return {
    ...app,
    dataDir: dir,
    reopen: async () => {
      await app.close()
      return openTempWorkspace(dir, options)
    },
    dispose: async () => {
      await app.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
