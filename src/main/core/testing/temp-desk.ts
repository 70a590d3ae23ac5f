import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { openDesk, type Desk, type DeskOptions } from '../desk'

export const SAMPLES_DIR = resolve('resources/samples')

export type TempDesk = Desk & {
  dataDir: string
  reopen(): Promise<TempDesk>
  dispose(): Promise<void>
}

/** A real desk on a real temp data dir, seeded with the sample articles, for tests. */
export async function openTempDesk(
  dataDir?: string,
  options: Omit<DeskOptions, 'dataDir' | 'samplesDir'> = {},
): Promise<TempDesk> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'claimdesk-test-')))
  const desk = await openDesk({ ...options, dataDir: dir, samplesDir: SAMPLES_DIR })
  return {
    ...desk,
    dataDir: dir,
    reopen: async () => {
      await desk.close()
      return openTempDesk(dir, options)
    },
    dispose: async () => {
      await desk.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
