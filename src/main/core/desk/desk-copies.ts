import { readFileSync } from 'node:fs'
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

type ReadBase = { claims: Map<string, Claim>; vocabulary: BaseVocabulary }

/**
 * The base as this process last read or wrote it, by workspace folder, with its text: a sync that
 * finds the same text takes the same claims (the very objects, which the store's unchanged claims
 * also are), instead of parsing and checking megabytes again.
 */
const lastBase = new Map<string, { text: string; base: ReadBase }>()

function parseBase(text: string | null): ReadBase {
  const base = text ? Base.parse(JSON.parse(text)) : { claims: {} }
  const vocabulary =
    base.tags && base.verdictScale
      ? { tags: new Map(Object.entries(base.tags)), verdictScale: base.verdictScale }
      : null
  return { claims: new Map(Object.entries(base.claims)), vocabulary }
}

const copyOf = ({ claims, vocabulary }: ReadBase): ReadBase => ({
  claims: new Map(claims),
  vocabulary: vocabulary && {
    tags: new Map(vocabulary.tags),
    verdictScale: vocabulary.verdictScale,
  },
})

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
  private readonly documents = new Map<string, Y.Doc>()
  /** Documents changed since they were read or last saved. */
  private readonly changed = new Set<string>()
  private savedBase: string | null

  private constructor(
    private readonly folder: string,
    /** The documents kept on disk, read only when asked for. */
    private readonly onDisk: Set<string>,
    readonly base: Map<string, Claim>,
    public baseVocabulary: BaseVocabulary,
    baseText: string | null,
  ) {
    this.savedBase = baseText
  }

  static async open(workspace: string): Promise<DeskCopies> {
    const folder = join(workspace, STORE_FOLDER, 'desk')
    await ensureOwnerOnlyDir(folder)
    const onDisk = new Set<string>()
    for (const file of await readdir(folder)) {
      const name = file.slice(0, -COPY_SUFFIX.length)
      if (file.endsWith(COPY_SUFFIX) && DeskDocumentName.safeParse(name).success) onDisk.add(name)
    }
    const baseText = (await readOrNull(join(folder, BASE_FILE)))?.toString('utf8') ?? null
    const known = lastBase.get(folder)
    const { claims, vocabulary } =
      known && known.text === baseText ? copyOf(known.base) : parseBase(baseText)
    return new DeskCopies(folder, onDisk, claims, vocabulary, baseText)
  }

  /** Whether the workspace keeps a copy of the document (read or not yet). */
  has(name: string): boolean {
    return this.documents.has(name) || this.onDisk.has(name)
  }

  /** The copy of a desk document, read from disk the first time, made empty when there is none. */
  document(name: string): Y.Doc {
    let document = this.documents.get(name)
    if (document) return document
    document = new Y.Doc()
    if (this.onDisk.has(name)) {
      // A copy is small (one article's text and claims) and read once a sync.
      const state = readFileSync(join(this.folder, `${name}${COPY_SUFFIX}`))
      if (state.length > 0) Y.applyUpdate(document, state)
    } else this.changed.add(name)
    document.on('update', () => this.changed.add(name))
    this.documents.set(name, document)
    return document
  }

  /** Writes each copy changed since it was read, and the base when it changed, each replaced whole. */
  async save(): Promise<void> {
    for (const name of [...this.changed]) {
      const document = this.documents.get(name)
      if (!document) continue
      this.changed.delete(name)
      await writeFileAtomic(
        nodeFs,
        join(this.folder, `${name}${COPY_SUFFIX}`),
        Y.encodeStateAsUpdate(document),
      )
      this.onDisk.add(name)
    }
    const vocabulary = this.baseVocabulary && {
      tags: Object.fromEntries(this.baseVocabulary.tags),
      verdictScale: this.baseVocabulary.verdictScale,
    }
    const base = JSON.stringify({ claims: Object.fromEntries(this.base), ...vocabulary })
    if (base === this.savedBase) return
    await writeFileAtomic(nodeFs, join(this.folder, BASE_FILE), base)
    this.savedBase = base
    lastBase.set(this.folder, {
      text: base,
      base: copyOf({ claims: this.base, vocabulary: this.baseVocabulary }),
    })
  }

  close(): void {
    for (const document of this.documents.values()) document.destroy()
  }
}
