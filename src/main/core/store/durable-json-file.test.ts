import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { DurableJsonFile, type Migration } from './durable-json-file'
import { serialiseEnvelope } from './envelope'

const Notes = z.object({ notes: z.array(z.string()) })
type Notes = z.infer<typeof Notes>

let dir: string
let target: string
let notices: string[]

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimdesk-store-'))
  target = join(dir, 'notes.json')
  notices = []
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const openNotes = (options: { schemaVersion?: number; migrations?: Migration[] } = {}) =>
  new DurableJsonFile<Notes>(target, {
    schema: Notes,
    schemaVersion: options.schemaVersion ?? 1,
    migrations: options.migrations,
    onNotice: (message) => notices.push(message),
  })

const filesIn = async (): Promise<string[]> => (await readdir(dir)).sort()
const corruptFiles = async (prefix: string) =>
  (await filesIn()).filter((name) => name.startsWith(`${prefix}.corrupt-`))

describe('DurableJsonFile round trip', () => {
  it('returns null for a missing file, so lowdb falls back on its defaults', async () => {
    const db = new Low(openNotes(), { notes: ['default'] })
    await db.read()
    expect(db.data).toEqual({ notes: ['default'] })
    expect(await filesIn()).toEqual([])
  })

  it('writes a versioned, two-space envelope and reads it back through lowdb', async () => {
    const db = new Low(openNotes(), { notes: [] })
    await db.update((data) => data.notes.push('first claim'))
    expect(await readFile(target, 'utf8')).toBe(
      '{\n  "schemaVersion": 1,\n  "data": {\n    "notes": [\n      "first claim"\n    ]\n  }\n}\n',
    )
    const reopened = new Low(openNotes(), { notes: [] })
    await reopened.read()
    expect(reopened.data).toEqual({ notes: ['first claim'] })
    expect(notices).toEqual([])
  })

  it('creates missing folders and keeps the previous version as the one .bak', async () => {
    target = join(dir, 'store', 'claims', 'notes.json')
    const file = openNotes()
    for (const note of ['one', 'two', 'three']) await file.write({ notes: [note] })
    expect(JSON.parse(await readFile(`${target}.bak`, 'utf8')).data).toEqual({ notes: ['two'] })
    expect(JSON.parse(await readFile(target, 'utf8')).data).toEqual({ notes: ['three'] })
    expect(await readdir(join(dir, 'store', 'claims'))).toEqual(['notes.json', 'notes.json.bak'])
  })

  it('removes temp files that a crashed process left, and nothing else', async () => {
    const leftovers = ['.notes.json.99999.a1b2c3.tmp', '.notes.json.bak.99999.d4e5f6.tmp']
    for (const name of [...leftovers, '.other.json.99999.a1b2c3.tmp']) {
      await writeFile(join(dir, name), '{"half": ')
    }
    await writeFile(target, serialiseEnvelope(1, { notes: ['kept'] }))
    expect(await openNotes().read()).toEqual({ notes: ['kept'] })
    expect(await filesIn()).toEqual(['.other.json.99999.a1b2c3.tmp', 'notes.json'])
  })
})

const goodBackup = serialiseEnvelope(1, { notes: ['from backup'] })
const damagedFiles: Array<[string, Buffer]> = [
  ['empty', Buffer.alloc(0)],
  ['whitespace', Buffer.from(' \n\t  \r\n')],
  ['truncated JSON', Buffer.from(serialiseEnvelope(1, { notes: ['cut'] }).slice(0, 30))],
  ['NUL-filled', Buffer.alloc(96)],
  ['null', Buffer.from('null')],
  ['wrong shape', Buffer.from(serialiseEnvelope(1, { notes: 42 }))],
  ['missing schemaVersion', Buffer.from(JSON.stringify({ data: { notes: ['no version'] } }))],
]

describe.each(damagedFiles)('a damaged file (%s)', (_label, damagedBytes) => {
  it('is moved aside with its bytes intact and the good backup is restored', async () => {
    await writeFile(target, damagedBytes)
    await writeFile(`${target}.bak`, goodBackup)
    expect(await openNotes().read()).toEqual({ notes: ['from backup'] })

    const [aside, ...more] = await corruptFiles('notes.json')
    expect(more).toEqual([])
    expect(aside).toMatch(/^notes\.json\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z\.json$/)
    expect(await readFile(join(dir, aside!))).toEqual(damagedBytes)
    expect(await readFile(target, 'utf8')).toBe(goodBackup)
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatch(
      /^The workspace file .*notes\.json was damaged \(.+\) and was moved aside to /,
    )
    expect(notices[0]).toContain(join(dir, aside!))
    expect(notices[0]).toMatch(/restored from the backup of \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.$/)
  })

  it('yields null when the backup is damaged too, keeping both files aside', async () => {
    await writeFile(target, damagedBytes)
    await writeFile(`${target}.bak`, 'null')
    expect(await openNotes().read()).toBeNull()

    const [aside] = await corruptFiles('notes.json')
    const [backupAside] = await corruptFiles('notes.json.bak')
    expect(await readFile(join(dir, aside!))).toEqual(damagedBytes)
    expect(await readFile(join(dir, backupAside!), 'utf8')).toBe('null')
    expect(await filesIn()).toEqual([aside, backupAside].sort())
    expect(notices[0]).toMatch(/its backup was damaged too \(it contains only null\)/)
  })

  it('yields null without a backup, and the next write does not touch the damaged file', async () => {
    await writeFile(target, damagedBytes)
    const file = openNotes()
    expect(await file.read()).toBeNull()
    expect(notices[0]).toContain('there was no backup to restore')
    await file.write({ notes: ['fresh start'] })

    const [aside] = await corruptFiles('notes.json')
    expect(await readFile(join(dir, aside!))).toEqual(damagedBytes)
    expect(await openNotes().read()).toEqual({ notes: ['fresh start'] })
  })
})

describe('DurableJsonFile tolerance', () => {
  it('accepts a valid file that starts with a UTF-8 BOM and says so', async () => {
    await writeFile(target, `\uFEFF${serialiseEnvelope(1, { notes: ['edited in Notepad'] })}`)
    expect(await openNotes().read()).toEqual({ notes: ['edited in Notepad'] })
    expect(notices).toEqual([expect.stringContaining('byte-order mark (BOM)')])
    expect(await filesIn()).toEqual(['notes.json'])
  })

  it('never gives two damaged files the same name', async () => {
    for (const bytes of ['', '{']) {
      await writeFile(target, bytes)
      await openNotes().read()
    }
    const aside = await corruptFiles('notes.json')
    expect(aside).toHaveLength(2)
    const contents = await Promise.all(aside.map((name) => readFile(join(dir, name), 'utf8')))
    expect(contents.sort()).toEqual(['', '{'])
  })
})

describe('DurableJsonFile format versions', () => {
  const v1Bytes = serialiseEnvelope(1, { items: ['a', 'b'] })
  const migrations: Migration[] = [
    {
      from: 2,
      migrate: (data) => ({ notes: (data as { list: string[] }).list.map((x) => `${x}!`) }),
    },
    { from: 1, migrate: (data) => ({ list: (data as { items: string[] }).items }) },
  ]

  it('keeps a copy of an older file, then runs the migrations in order', async () => {
    await writeFile(target, v1Bytes)
    const file = openNotes({ schemaVersion: 3, migrations })
    expect(await file.read()).toEqual({ notes: ['a!', 'b!'] })
    expect(await readFile(`${target}.v1.backup.json`, 'utf8')).toBe(v1Bytes)
    expect(notices).toEqual([expect.stringContaining('upgraded from format 1 to 3')])

    await file.write({ notes: ['a!', 'b!', 'c'] })
    expect(JSON.parse(await readFile(target, 'utf8')).schemaVersion).toBe(3)
    expect(await readFile(`${target}.v1.backup.json`, 'utf8')).toBe(v1Bytes)
  })

  it('reuses an identical version copy instead of piling up new ones', async () => {
    await writeFile(target, v1Bytes)
    await openNotes({ schemaVersion: 3, migrations }).read()
    await openNotes({ schemaVersion: 3, migrations }).read()
    expect((await filesIn()).filter((name) => name.includes('.v1.backup'))).toHaveLength(1)
  })

  it('refuses to open, and leaves the file alone, when a migration is missing', async () => {
    await writeFile(target, v1Bytes)
    const file = openNotes({ schemaVersion: 3, migrations: migrations.slice(0, 1) })
    await expect(file.read()).rejects.toThrow(
      /upgrading it from format 1 to 3 failed \(there is no migration from format 1\)/,
    )
    expect(await readFile(target, 'utf8')).toBe(v1Bytes)
    expect(await corruptFiles('notes.json')).toEqual([])
  })

  it('opens a file from a newer Claimdesk read-only and refuses to write it', async () => {
    const newerBytes = serialiseEnvelope(7, { notes: ['from the future'], extra: true })
    await writeFile(target, newerBytes)
    const file = openNotes()
    expect(await file.read()).toEqual({ notes: ['from the future'] })
    expect(file.isReadOnly).toBe(true)
    expect(notices).toEqual([
      expect.stringMatching(/made by a newer Claimdesk \(format 7; .*\); opened read-only/),
    ])
    await expect(file.write({ notes: [] })).rejects.toThrow(
      /open read-only, so it was left untouched/,
    )
    expect(await readFile(target, 'utf8')).toBe(newerBytes)
    expect(await filesIn()).toEqual(['notes.json'])
  })

  it('does not treat a newer file it cannot show as damaged', async () => {
    const newerBytes = serialiseEnvelope(2, { pages: {} })
    await writeFile(target, newerBytes)
    const file = openNotes()
    expect(await file.read()).toBeNull()
    expect(file.isReadOnly).toBe(true)
    expect(notices[0]).toContain('cannot show its content')
    expect(await readFile(target, 'utf8')).toBe(newerBytes)
  })
})

describe('DurableJsonFile salvage', () => {
  const salvaging = (mended: Notes | null) =>
    vi.fn(async () => {
      if (mended) await writeFile(target, serialiseEnvelope(1, mended))
      return mended !== null
    })
  const openSalvaging = (salvage: () => Promise<boolean>) =>
    new DurableJsonFile<Notes>(target, {
      schema: Notes,
      schemaVersion: 1,
      onNotice: (message) => notices.push(message),
      salvage,
    })

  it('is not asked about a sound file', async () => {
    await writeFile(target, serialiseEnvelope(1, { notes: ['sound'] }))
    const salvage = salvaging({ notes: ['never'] })
    expect(await openSalvaging(salvage).read()).toEqual({ notes: ['sound'] })
    expect(salvage).not.toHaveBeenCalled()
  })

  it('mends a file that fails its check, which is then read as mended, not moved aside', async () => {
    await writeFile(target, serialiseEnvelope(1, { notes: ['kept', 42] }))
    const salvage = salvaging({ notes: ['kept'] })
    expect(await openSalvaging(salvage).read()).toEqual({ notes: ['kept'] })
    expect(salvage).toHaveBeenCalledTimes(1)
    expect(await corruptFiles('notes.json')).toEqual([])
  })

  it('leaves a file it cannot mend to recovery, asked once', async () => {
    await writeFile(target, serialiseEnvelope(1, { notes: 42 }))
    await writeFile(`${target}.bak`, serialiseEnvelope(1, { notes: ['from backup'] }))
    const salvage = salvaging(null)
    expect(await openSalvaging(salvage).read()).toEqual({ notes: ['from backup'] })
    expect(salvage).toHaveBeenCalledTimes(1)
    expect(await corruptFiles('notes.json')).toHaveLength(1)
  })

  it('treats content nested too deep to check as failing it, without exhausting the stack', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    await writeFile(target, `{"schemaVersion": 1, "data": {"notes": ${deep}}}`)
    const salvage = salvaging({ notes: [] })
    expect(await openSalvaging(salvage).read()).toEqual({ notes: [] })
    expect(salvage).toHaveBeenCalledTimes(1)
  })
})
