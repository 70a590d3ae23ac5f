import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { RecentWorkspace } from '../../../shared/workspace-model'
import { nodeFs, writeFileAtomic } from '../store/atomic-write'

const MAX_RECENT = 10
const RecentFile = z.object({ workspaces: z.array(RecentWorkspace).max(100) })

/** The workspaces opened lately, newest first, kept in the app's data dir (not in any workspace). */
export class RecentWorkspaces {
  constructor(private readonly path: string) {}

  /** A missing or damaged list is an empty one: it only ever saves the user a few clicks. */
  async list(): Promise<RecentWorkspace[]> {
    try {
      return RecentFile.parse(JSON.parse(await readFile(this.path, 'utf8'))).workspaces
    } catch {
      return []
    }
  }

  async remember(folder: string, name: string, now = new Date()): Promise<RecentWorkspace[]> {
    const others = (await this.list()).filter((entry) => entry.folder !== folder)
    const workspaces = [{ folder, name, openedAt: now.toISOString() }, ...others].slice(
      0,
      MAX_RECENT,
    )
    await writeFileAtomic(nodeFs, this.path, `${JSON.stringify({ workspaces }, null, 2)}\n`)
    return workspaces
  }
}
