import { chmod, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { SAMPLES_DIR } from '../testing/temp-workspace'
import { openCurrentWorkspace } from '../current-workspace'
import { DurableJsonFile } from './durable-json-file'

const isPosix = process.platform !== 'win32'
const modeOf = async (path: string) => (await stat(path)).mode & 0o777
const octal = (mode: number) => `0${mode.toString(8)}`

/** Every folder and file under `root` (itself included), each with its permission bits in octal. */
async function modesUnder(root: string): Promise<{ folders: string[]; files: string[] }> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  const line = async (path: string) => `${octal(await modeOf(path))} ${path}`
  const folders = [
    root,
    ...entries.filter((e) => e.isDirectory()).map((e) => join(e.parentPath, e.name)),
  ]
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
  return {
    folders: await Promise.all(folders.map(line)),
    files: await Promise.all(files.map(line)),
  }
}

/** Marks a claim, so the claims file, the index's backup and the recent list exist too. */
async function useApp(dataDir: string, folderToOpen?: string): Promise<void> {
  const app = await openCurrentWorkspace({ dataDir, samplesDir: SAMPLES_DIR, fileWatch: null })
  try {
    if (folderToOpen) await app.handlers['workspace.open']({ folder: folderToOpen })
    const [first] = await app.handlers['articles.list']({})
    await app.handlers['claims.create']({ articleId: first!.id, start: 0, end: 5 })
  } finally {
    await app.close()
  }
}

let root: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'claimdesk-modes-'))
  // An ordinary folder of an ordinary user, not the owner-only one mkdtemp makes.
  await chmod(root, 0o755)
})

afterEach(() => rm(root, { recursive: true, force: true }))

describe.runIf(isPosix)('file modes', () => {
  it("after the first run, the app's data folder and all it holds are the owner's alone", async () => {
    const dataDir = join(root, '.claimdesk-host')
    await useApp(dataDir)
    const { folders, files } = await modesUnder(dataDir)
    expect(files.length).toBeGreaterThan(5)
    expect(folders.filter((line) => !line.startsWith('0700 '))).toEqual([])
    expect(files.filter((line) => !line.startsWith('0600 '))).toEqual([])
  })

  it('tightens a data folder an earlier version left open to others', async () => {
    const dataDir = join(root, 'data')
    await mkdir(dataDir, { mode: 0o755 })
    await chmod(dataDir, 0o755)
    await useApp(dataDir)
    expect(octal(await modeOf(dataDir))).toBe('0700')
  })

  it("a folder the user opens as a workspace keeps the user's umask", async () => {
    const umask = process.umask()
    const folder = join(root, 'investigation')
    await mkdir(folder)
    await writeFile(join(folder, 'article.txt'), 'Troops in Kursk\n\nSome 8,000 soldiers.\n')
    await useApp(join(root, 'data'), folder)
    const { folders, files } = await modesUnder(join(folder, '.claimdesk'))
    expect(folders.every((line) => line.startsWith(`${octal(0o777 & ~umask)} `))).toBe(true)
    expect(files.length).toBeGreaterThan(2)
    expect(files.every((line) => line.startsWith(`${octal(0o666 & ~umask)} `))).toBe(true)
  })

  it('an atomic rewrite keeps the mode the file had, bits the umask would drop included', async () => {
    const path = join(root, 'notes.json')
    const file = new DurableJsonFile(path, { schema: z.array(z.string()), schemaVersion: 1 })
    await file.write(['first'])
    for (const mode of [0o640, 0o664, 0o600]) {
      await chmod(path, mode)
      await file.write([`written over a ${octal(mode)} file`])
      await file.flush()
      expect(octal(await modeOf(path))).toBe(octal(mode))
    }
  })
})
