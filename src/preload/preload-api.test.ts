import { describe, expect, it, vi } from 'vitest'
import { callNames } from '../shared/contract'
import { success } from '../shared/result'
import { createBridge } from './bridge'

const setUp = () => {
  const invokeRpc = vi.fn(async (name: string, input: unknown) => success({ name, input }))
  const listeners = new Set<(id: unknown) => void>()
  const subscribeMenu = (onMessage: (id: unknown) => void) => {
    listeners.add(onMessage)
    return () => void listeners.delete(onMessage)
  }
  const sendMenu = (id: unknown) => listeners.forEach((listener) => listener(id))
  return { bridge: createBridge(invokeRpc, subscribeMenu), invokeRpc, sendMenu }
}

describe('createBridge', () => {
  it('exposes invoke and onMenuCommand and nothing else, frozen', () => {
    const { bridge } = setUp()
    expect(Reflect.ownKeys(bridge)).toEqual(['invoke', 'onMenuCommand'])
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
