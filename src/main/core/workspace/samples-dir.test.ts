import { readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { samplesDirFor } from './samples-dir'

const entryUrl = (name: string) => pathToFileURL(resolve('out/main', name)).href

describe('samplesDirFor', () => {
  it('finds the project’s samples from every bundled entry, whatever folder the app was launched from', async () => {
    for (const entry of ['index.js', 'host.js', 'cli.js'])
      expect(samplesDirFor(entryUrl(entry))).toBe(resolve('resources/samples'))
    expect(await readdir(samplesDirFor(entryUrl('index.js')))).toContain('000_a547749780e01351.txt')
  })

  it('uses the packaged app’s resources folder when there is one', () => {
    const resources = resolve('/opt/Claimdesk/resources')
    expect(samplesDirFor(entryUrl('index.js'), resources)).toBe(join(resources, 'samples'))
  })
})
