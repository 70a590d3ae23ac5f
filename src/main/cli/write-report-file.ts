import { open, rm } from 'node:fs/promises'
import { ServiceError } from '../../shared/result'
import { nodeFs, writeFileAtomic } from '../core/store/atomic-write'

/**
 * Writes a report where the user asked. Without `force` the name is first claimed with an exclusive
 * create, so an existing file is never replaced, not even by a race; the content then lands atomically.
 */
export async function writeReportFile(
  path: string,
  content: string | Uint8Array,
  force: boolean,
): Promise<void> {
  if (!force) {
    try {
      await (await open(path, 'wx')).close()
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new ServiceError('conflict', `${path} already exists; add --force to replace it.`)
      }
      throw error
    }
  }
  try {
    await writeFileAtomic(nodeFs, path, content)
  } catch (error) {
    if (!force) await rm(path, { force: true })
    throw error
  }
}
