import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import * as Y from 'yjs'
import { Claim } from '../../../shared/claim-model'
import { DeskDocumentName } from '../../../shared/desk-model'
import { ensureOwnerOnlyDir, nodeFs, writeFileAtomic } from '../store/atomic-write'
import { STORE_FOLDER } from '../workspace/workspace-file'

const COPY_SUFFIX = '.ydoc'
const BASE_FILE = 'base.json'

/** The claims as the workspace and the desk last agreed on them, by claim id. */
const Base = z.object({ claims: z.record(z.string(), Claim) })

const readOrNull = (path: string) =>
  readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null
    throw error
  })

/**
 * The workspace's own copy of each desk document, in `.claimdesk/desk/NAME.ydoc`, so changes made
 * offline survive a restart and go to the desk at the next sync; and `base.json`, the claims as
 * they were after the last sync, which tells what changed here since.
 */
export class DeskCopies {
  private constructor(
    private readonly folder: string,
    private readonly documents: Map<string, Y.Doc>,
    readonly base: Map<string, Claim>,
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
    const base = baseText ? Base.parse(JSON.parse(baseText.toString('utf8'))).claims : {}
    return new DeskCopies(folder, documents, new Map(Object.entries(base)))
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
    const claims = Object.fromEntries(this.base)
    await writeFileAtomic(nodeFs, join(this.folder, BASE_FILE), JSON.stringify({ claims }))
  }

  close(): void {
    for (const document of this.documents.values()) document.destroy()
  }
}
