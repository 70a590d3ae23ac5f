import { describe, expect, it, vi } from 'vitest'
import { callNames } from '../shared/contract'
import { success } from '../shared/result'
import { createBridge } from './bridge'

const setUp = () => {
  const invokeRpc = vi.fn(async (name: string, input: unknown) => success({ name, input }))
  const channel = () => {
    const listeners = new Set<(message: unknown) => void>()
    const subscribe = (onMessage: (message: unknown) => void) => {
      listeners.add(onMessage)
      return () => void listeners.delete(onMessage)
    }
    const send = (message: unknown) => listeners.forEach((listener) => listener(message))
    return { subscribe, send }
  }
  const menu = channel()
  const changes = channel()
  const bridge = createBridge(invokeRpc, menu.subscribe, changes.subscribe)
  return { bridge, invokeRpc, sendMenu: menu.send, sendChange: changes.send }
}

describe('createBridge', () => {
  it('exposes invoke, onMenuCommand and onChange and nothing else, frozen', () => {
    const { bridge } = setUp()
    expect(Reflect.ownKeys(bridge)).toEqual(['invoke', 'onMenuCommand', 'onChange'])
    expect(Object.isFrozen(bridge)).toBe(true)
  })

  it.each(callNames)('forwards %s with its input', async (name) => {
    const { bridge, invokeRpc } = setUp()
    const input = { probe: 1 }
    expect(await bridge.invoke(name, input)).toEqual(success({ name, input }))
    expect(invokeRpc).toHaveBeenCalledWith(name, input)
  })

  it.each([
    'fs.readFile',
    'articles.List',
    ' articles.list',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '',
    42,
    null,
    { toString: () => 'articles.list' },
  ])('refuses %j without calling the main side', async (name) => {
    const { bridge, invokeRpc } = setUp()
    const result = await bridge.invoke(name as string, {})
    expect(result).toMatchObject({ ok: false, code: 'unknown-call' })
    expect(invokeRpc).not.toHaveBeenCalled()
  })

  it('turns a failed IPC round trip into a failure instead of a rejection', async () => {
    const bridge = createBridge(
      async () => Promise.reject(new Error("No handler registered for 'rpc'")),
      () => () => {},
      () => () => {},
    )
    expect(await bridge.invoke('articles.list', {})).toEqual({
      ok: false,
      code: 'internal',
      message: "articles.list could not reach the desk: No handler registered for 'rpc'",
    })
  })
})

describe('onMenuCommand', () => {
  it('passes command ids from the menu and drops anything else', () => {
    const { bridge, sendMenu } = setUp()
    const received: string[] = []
    const stop = bridge.onMenuCommand((id) => received.push(id))
    for (const message of [
      'edit.undo',
      'fs.readFile',
      '__proto__',
      42,
      { id: 'edit.undo' },
      'help.about',
    ])
      sendMenu(message)
    expect(received).toEqual(['edit.undo', 'help.about'])
    stop()
    sendMenu('edit.redo')
    expect(received).toEqual(['edit.undo', 'help.about'])
  })
})

describe('onChange', () => {
  it('passes change messages of the declared shape and drops anything else', () => {
    const { bridge, sendChange } = setUp()
    const received: unknown[] = []
    const stop = bridge.onChange((message) => received.push(message))
    const valid = { id: 'a1-1', event: { kind: 'claims', articleId: 'a1' }, isOwn: false }
    for (const message of [
      valid,
      { id: 'a1-2', event: { kind: 'rm -rf' }, isOwn: false },
      { id: 'a1-3', event: { kind: 'claims', articleId: '../etc' }, isOwn: true },
      'workspace',
      null,
      { ...valid, extra: '<script>' },
    ])
      sendChange(message)
    expect(received).toEqual([valid, valid])
    stop()
    sendChange(valid)
    expect(received).toHaveLength(2)
  })
})
