import { describe, expect, it } from 'vitest'
import { parseCliArgs, UsageError } from './cli-args'
import { usageOf } from './cli-usage'

describe('the desk commands’ arguments', () => {
  it('reads share, join, invite, sync, members and revoke', () => {
    const desk = ['--server', 'ws://127.0.0.1:8787', '--invite', 'CODE', '--name', 'ana']
    expect(parseCliArgs(['share', '--workspace', 'w', ...desk])).toEqual({
      command: 'share',
      workspace: 'w',
      server: 'ws://127.0.0.1:8787',
      invite: 'CODE',
      name: 'ana',
    })
    expect(parseCliArgs(['join', '--workspace', 'n', ...desk])).toMatchObject({ command: 'join' })
    expect(
      parseCliArgs(['invite', '--workspace', 'w', '--role', 'viewer', '--name', 'vi']),
    ).toEqual({ command: 'invite', workspace: 'w', role: 'viewer', name: 'vi' })
    expect(parseCliArgs(['sync', '--workspace', 'w'])).toEqual({ command: 'sync', workspace: 'w' })
    expect(parseCliArgs(['members', '--workspace', 'w'])).toEqual({
      command: 'members',
      workspace: 'w',
    })
    expect(parseCliArgs(['revoke', '--workspace', 'w', '--name', 'ben'])).toEqual({
      command: 'revoke',
      workspace: 'w',
      name: 'ben',
    })
  })

  it('says what is missing or wrong', () => {
    expect(() =>
      parseCliArgs(['share', '--workspace', 'w', '--invite', 'C', '--name', 'a']),
    ).toThrow(new UsageError('share needs --server URL.', 'share'))
    expect(() =>
      parseCliArgs(['invite', '--workspace', 'w', '--role', 'owner', '--name', 'x']),
    ).toThrow(/--role: "owner" is not editor, checker or viewer/)
    expect(() => parseCliArgs(['revoke', '--workspace', 'w'])).toThrow(/revoke needs --name NAME/)
    expect(() => parseCliArgs(['sync'])).toThrow(/sync needs --workspace DIR/)
  })

  it('lists each in the usage', () => {
    for (const command of ['share', 'join', 'invite', 'sync', 'members', 'revoke'])
      expect(usageOf()).toContain(`claimdesk ${command} --workspace`)
  })
})
