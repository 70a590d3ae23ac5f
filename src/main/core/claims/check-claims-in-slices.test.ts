import { describe, expect, it } from 'vitest'
import type { Claim } from '../../../shared/claim-model'
import { claimWithSelectors } from '../testing/claim-fixtures'
import { ArticleClaimsFile } from './article-claims'
import { checkClaimsInSlices } from './check-claims-in-slices'

const claimAt = (n: number): Claim =>
  claimWithSelectors(
    {
      quote: { exact: 'some 8,000 soldiers', prefix: '', suffix: '' },
      position: { start: n * 10, end: n * 10 + 5 },
    },
    n,
  )

describe('checking claims before a write, in slices', () => {
  it('accepts 500 good claims', async () => {
    const file = { claims: Array.from({ length: 500 }, (_, n) => claimAt(n)) }
    expect((await checkClaimsInSlices(file, ArticleClaimsFile)).success).toBe(true)
  })

  it('names the bad claim by its place in the whole file, whatever slice it is in', async () => {
    const claims = Array.from({ length: 300 }, (_, n) => claimAt(n))
    claims[237] = {
      ...claimAt(237),
      sources: [{ id: 's1', url: 'javascript:alert(1)', title: '', note: '' }],
    }
    const checked = await checkClaimsInSlices({ claims }, ArticleClaimsFile)
    expect(checked.success).toBe(false)
    expect(checked.error?.issues[0]?.path).toEqual(['claims', 237, 'sources', 0, 'url'])
  })
})
