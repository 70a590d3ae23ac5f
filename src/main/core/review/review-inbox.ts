import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { UnreadReviewNote } from '../../../shared/review-model'
import { nodeFs, writeFileAtomic } from '../store/atomic-write'
import { STORE_FOLDER } from '../workspace/workspace-file'

const UnreadList = z.array(UnreadReviewNote).max(10_000)

const inboxPath = (folder: string) => join(folder, STORE_FOLDER, 'unread-review-notes.json')

/**
 * Reviewers' notes on this member's claims that came through the desk and are not read yet, kept
 * in `.claimdesk/unread-review-notes.json` so they outlast a restart. `changed` tells every window.
 */
export class ReviewInbox {
  private constructor(
    private readonly path: string,
    private unread: UnreadReviewNote[],
    private readonly changed: () => void,
  ) {}

  static async open(folder: string, changed: () => void): Promise<ReviewInbox> {
    const path = inboxPath(folder)
    const text = await readFile(path, 'utf8').catch(() => '[]')
    let stored: unknown = []
    try {
      stored = JSON.parse(text)
    } catch {
      // A damaged list is started afresh: the notes themselves are on their claims.
    }
    const parsed = UnreadList.safeParse(stored)
    return new ReviewInbox(path, parsed.success ? parsed.data : [], changed)
  }

  list(): UnreadReviewNote[] {
    return [...this.unread]
  }

  /** Adds notes not listed yet (a note is listed once, by its id). */
  async add(notes: readonly UnreadReviewNote[]): Promise<void> {
    const listed = new Set(this.unread.map((note) => note.noteId))
    const fresh = notes.filter((note) => !listed.has(note.noteId))
    if (fresh.length === 0) return
    await this.save([...this.unread, ...fresh])
  }

  /** Reading a claim reads every note on it. */
  async markRead(claimId: string): Promise<void> {
    const kept = this.unread.filter((note) => note.claimId !== claimId)
    if (kept.length !== this.unread.length) await this.save(kept)
  }

  private async save(unread: UnreadReviewNote[]): Promise<void> {
    await writeFileAtomic(nodeFs, this.path, JSON.stringify(unread, null, 2))
    this.unread = unread
    this.changed()
  }
}
