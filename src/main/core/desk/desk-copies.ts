import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import * as Y from 'yjs'
import { Claim, Tag, VerdictScale } from '../../../shared/claim-model'
import { DeskDocumentName } from '../../../shared/desk-model'
import { ensureOwnerOnlyDir, nodeFs, writeFileAtomic } from '../store/atomic-write'
import { STORE_FOLDER } from '../workspace/workspace-file'

const COPY_SUFFIX = '.ydoc'
const BASE_FILE = 'base.json'

/**
 * What the workspace and the desk last agreed on: the claims by claim id, the tags by tag id and
 * the verdict scale (the last two absent in a base written before they were kept).
 */
const Base = z.object({
  claims: z.record(z.string(), Claim),
  tags: z.record(z.string(), Tag).optional(),
  verdictScale: VerdictScale.optional(),
})

/** The vocabulary as the workspace and the desk last agreed on it; null until a sync keeps it. */
export type BaseVocabulary = { tags: Map<string, Tag>; verdictScale: VerdictScale } | null

const readOrNull = (path: string) =>
  readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null
    throw error
  })

/**
 * The workspace's own copy of each desk document, in `.claimdesk/desk/NAME.ydoc`, so changes made
 * offline survive a restart and go to the desk at the next sync; and `base.json`, the claims, tags
 * and verdict scale as they were after the last sync, which tells what changed here since.
 */
export class DeskCopies {
  private constructor(
    private readonly folder: string,
    private readonly documents: Map<string, Y.Doc>,
    readonly base: Map<string, Claim>,
    public baseVocabulary: BaseVocabulary,
  ) {}

  static async open(workspace: string): Promise<DeskCopies> {
    const folder = join(workspace, STORE_FOLDER, 'desk')
    await ensureOwnerOnlyDir(folder)
    const documents = new Map<string, Y.Doc>()
    for (const file of await readdir(folder)) {
      const name = file.slice(0, -COPY_SUFFIX.length)
      if (!file.endsWith(COPY_SUFFIX) || !DeskDocumentName.safeParse(name).success) continue
      const state = await readOrNull(join(folder, file))
      const document = new Y.Doc()
      if (state && state.length > 0) Y.applyUpdate(document, state)
      documents.set(name, document)
    }
    const baseText = await readOrNull(join(folder, BASE_FILE))
    const base = baseText ? Base.parse(JSON.parse(baseText.toString('utf8'))) : { claims: {} }
    const vocabulary =
      base.tags && base.verdictScale
        ? { tags: new Map(Object.entries(base.tags)), verdictScale: base.verdictScale }
        : null
    return new DeskCopies(folder, documents, new Map(Object.entries(base.claims)), vocabulary)
  }

  /** The copy of a desk document, made empty when there is none yet. */
  document(name: string): Y.Doc {
    let document = this.documents.get(name)
    if (!document) this.documents.set(name, (document = new Y.Doc()))
    return document
  }

  names(): string[] {
    return [...this.documents.keys()]
  }

  /** Writes every copy and the base, each replaced whole (a crash leaves the old or the new). */
  async save(): Promise<void> {
    for (const [name, document] of this.documents)
      await writeFileAtomic(
        nodeFs,
        join(this.folder, `${name}${COPY_SUFFIX}`),
        Y.encodeStateAsUpdate(document),
      )
    const vocabulary = this.baseVocabulary && {
      tags: Object.fromEntries(this.baseVocabulary.tags),
      verdictScale: this.baseVocabulary.verdictScale,
    }
    const base = { claims: Object.fromEntries(this.base), ...vocabulary }
    await writeFileAtomic(nodeFs, join(this.folder, BASE_FILE), JSON.stringify(base))
  }

  close(): void {
    for (const document of this.documents.values()) document.destroy()
  }
}
