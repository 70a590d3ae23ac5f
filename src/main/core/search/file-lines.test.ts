import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fileLines } from './file-lines'

let folder = ''
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'claimdesk-lines-'))
})
afterAll(() => rm(folder, { recursive: true, force: true }))

async function linesOf(text: string, chunkBytes: number): Promise<string[]> {
  const file = join(folder, `lines-${chunkBytes}.txt`)
  await writeFile(file, text, 'utf8')
  const lines: string[] = []
  for await (const line of fileLines(file, chunkBytes)) lines.push(line)
  return lines
}

describe('reading a file line by line', () => {
  const lines = ['{"a":"Kýiv"}', '', 'Zelenskyy’s office — “talks”', 'x'.repeat(50), '🇺🇦 end']

  it('gives every line whole, whatever the chunks cut through (long lines, multi-byte letters)', async () => {
    for (const chunkBytes of [1, 2, 3, 7, 16, 1 << 20])
      expect(await linesOf(`${lines.join('\n')}\n`, chunkBytes)).toEqual(lines)
  })

  it('gives a last line without its newline, and nothing for an empty file', async () => {
    expect(await linesOf(lines.join('\n'), 5)).toEqual(lines)
    expect(await linesOf('', 5)).toEqual([])
  })
})
