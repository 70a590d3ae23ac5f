import { afterAll, beforeAll, expect, test } from 'vitest'
import { lintMarkdown } from '../core/testing/markdown-checks'
import { openTempWorkspace, type TempWorkspace } from '../core/testing/temp-workspace'
import { claimdeskInProcess } from './cli-in-process'

let app: TempWorkspace

beforeAll(async () => {
  app = await openTempWorkspace()
  await app.close()
})
afterAll(() => app.dispose())

const claimdesk = claimdeskInProcess

test('claimdesk compare --workspace DIR prints the discrepancies of the sample workspace as Markdown', async () => {
  const { code, stdout, stderr } = await claimdesk(
    'compare',
    '--workspace',
    `${app.dataDir}/workspace`,
  )
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
  expect(stdout).toMatch(/^# Discrepancies across outlets/)
  expect(stdout).toContain(
    'Different figures for North Korean soldiers: 8,000 (2 articles) vs 10,000 (1 article)',
  )
  expect(stdout).toContain('~~removed: attacking~~**added: targeting**')
  expect(lintMarkdown(stdout)).toEqual([])
})

test('claimdesk compare without --workspace is a usage error', async () => {
  const { code, stderr } = await claimdesk('compare')
  expect(code).toBe(2)
  expect(stderr).toContain('compare needs --workspace DIR.')
})
