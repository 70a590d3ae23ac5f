import { describe, expect, it } from 'vitest'
import type { Claim } from '../../../../shared/claim-model'
import { mostCheckedVersion } from './checked-version'

const SHA = 'a'.repeat(64)
const claimOn = (version?: number) =>
  ({ checkedAgainst: version === undefined ? undefined : { version, sha256: SHA } }) as Claim

describe('the version an article was checked against', () => {
  it('is the version most of its checked claims were checked against', () => {
    expect(mostCheckedVersion([claimOn(1), claimOn(2), claimOn(2), claimOn()])).toBe(2)
    expect(mostCheckedVersion([claimOn(3), claimOn(3), claimOn(1)])).toBe(3)
  })

  it('is the later version when two are as common, and none before any claim is checked', () => {
    expect(mostCheckedVersion([claimOn(1), claimOn(2)])).toBe(2)
    expect(mostCheckedVersion([claimOn(2), claimOn(1)])).toBe(2)
    expect(mostCheckedVersion([claimOn(), claimOn()])).toBeNull()
  })
})
