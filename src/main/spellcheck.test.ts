import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  readSpellcheckSetting,
  spellcheckDownloadQuestion,
  spellcheckLanguages,
  writeSpellcheckSetting,
} from './spellcheck'

let dir: string
let path: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimdesk-settings-'))
  path = join(dir, 'desktop-settings.json')
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('the spell checking setting', () => {
  it('is off by default where it would download dictionaries, on with macOS’s own checker', async () => {
    expect(await readSpellcheckSetting(path, 'linux')).toBe(false)
    expect(await readSpellcheckSetting(path, 'win32')).toBe(false)
    expect(await readSpellcheckSetting(path, 'darwin')).toBe(true)
  })

  it('keeps the user’s choice across starts', async () => {
    await writeSpellcheckSetting(path, true)
    expect(await readSpellcheckSetting(path, 'linux')).toBe(true)
    await writeSpellcheckSetting(path, false)
    expect(await readSpellcheckSetting(path, 'darwin')).toBe(false)
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ spellcheck: false })
  })

  it('falls back to the default when the file is damaged or hand-edited', async () => {
    for (const text of ['{', '{"spellcheck":"yes"}', '[]']) {
      await writeFile(path, text)
      expect(await readSpellcheckSetting(path, 'linux'), text).toBe(false)
    }
  })
})

describe('spellcheckLanguages', () => {
  const available = ['en-GB', 'en-US', 'fr', 'de-DE', 'pt-BR']

  it('matches the user’s languages exactly, then by base language, each once', () => {
    expect(spellcheckLanguages(['en-GB', 'fr-FR', 'de', 'fr-CA'], available)).toEqual([
      'en-GB',
      'fr',
      'de-DE',
    ])
  })

  it('uses US English when none of the user’s languages has a dictionary', () => {
    expect(spellcheckLanguages(['ja-JP'], available)).toEqual(['en-US'])
    expect(spellcheckLanguages(['ja-JP'], ['fr'])).toEqual([])
  })
})

describe('spellcheckDownloadQuestion', () => {
  it('names the download, its source, the languages, and what is never sent', () => {
    const { message, detail } = spellcheckDownloadQuestion(['en-GB', 'fr'])
    expect(message).toBe('Turn on spell checking?')
    expect(detail).toContain('downloads dictionaries (en-GB, fr) from Google’s servers')
    expect(detail).toContain('Nothing you type is sent')
  })
})
