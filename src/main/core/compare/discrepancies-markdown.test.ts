import { afterEach, beforeEach, expect, test } from 'vitest'
import { lintMarkdown } from '../testing/markdown-checks'
import { openTempWorkspace, type TempWorkspace } from '../testing/temp-workspace'
import { discrepanciesAsMarkdown } from './discrepancies-markdown'

let app: TempWorkspace

beforeEach(async () => {
  app = await openTempWorkspace()
})
afterEach(() => app.dispose())

test('the sample discrepancies read as Markdown: numbers with hedges, the quote diff, the dates', async () => {
  const markdown = discrepanciesAsMarkdown(await app.handlers['compare.discrepancies']({}))
  expect(markdown).toContain(
    '## Numbers: Different figures for North Korean soldiers: 8,000 (2 articles) vs 10,000 (1 article)',
  )
  expect(markdown).toContain('says some 8,000 North Korean soldiers')
  expect(markdown).toContain('says roughly 10,000 North Korean soldiers')
  expect(markdown).toMatch(/~~removed: attacking~~.*\*\*added: targeting\*\*/)
  expect(markdown).toContain('## Dates: Possibly one event dated differently')
  expect(lintMarkdown(markdown)).toEqual([])
})
