import { join } from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import { ArticleId, Offset } from '../../../shared/article-model'
import { DurableJsonFile } from '../store/durable-json-file'
import type { WorkspaceStore } from '../workspace/workspace-store'

const Dismissal = z.object({ articleId: ArticleId, start: Offset, end: Offset })
type Dismissal = z.infer<typeof Dismissal>

const DismissalsFile = z.object({ dismissed: z.array(Dismissal) })
type DismissalsFile = z.infer<typeof DismissalsFile>

/** Suggested claims the user dismissed, kept in the workspace store so they stay dismissed. */
export class Dismissals {
  private db: Promise<Low<DismissalsFile>> | undefined

  constructor(private readonly store: WorkspaceStore) {}

  async has(articleId: string, start: number, end: number): Promise<boolean> {
    const db = await this.open()
    return db.data.dismissed.some(
      (item) => item.articleId === articleId && item.start === start && item.end === end,
    )
  }

  async forArticle(articleId: string): Promise<Dismissal[]> {
    return (await this.open()).data.dismissed.filter((item) => item.articleId === articleId)
  }

  async add(dismissal: Dismissal): Promise<void> {
    this.store.assertWritable()
    if (await this.has(dismissal.articleId, dismissal.start, dismissal.end)) return
    await this.write((dismissed) => [...dismissed, dismissal])
    this.store.report({ kind: 'dismissal', dismissal, isDismissed: true })
  }

  /** Offers a dismissed suggestion again (undo). */
  async remove(dismissal: Dismissal): Promise<void> {
    this.store.assertWritable()
    if (!(await this.has(dismissal.articleId, dismissal.start, dismissal.end))) return
    const isOther = (item: Dismissal) =>
      item.articleId !== dismissal.articleId ||
      item.start !== dismissal.start ||
      item.end !== dismissal.end
    await this.write((dismissed) => dismissed.filter(isOther))
    this.store.report({ kind: 'dismissal', dismissal, isDismissed: false })
  }

  private async write(change: (dismissed: Dismissal[]) => Dismissal[]): Promise<void> {
    const db = await this.open()
    db.data = { dismissed: change(db.data.dismissed) }
    await db.write()
  }

  private open(): Promise<Low<DismissalsFile>> {
    this.db ??= (async () => {
      const file = new DurableJsonFile(join(this.store.storeFolder, 'dismissed-suggestions.json'), {
        schema: DismissalsFile,
        schemaVersion: 1,
        onNotice: (message) => this.store.addNotice(message),
      })
      const db = new Low(file, { dismissed: [] })
      await db.read()
      return db
    })()
    return this.db
  }
}
