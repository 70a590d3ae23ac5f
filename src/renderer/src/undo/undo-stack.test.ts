import { describe, expect, it } from 'vitest'
import { UndoStack } from './undo-stack'

function counterEntry(state: { value: number }, label = 'add one') {
  return {
    label,
    undo: async () => void (state.value -= 1),
    redo: async () => void (state.value += 1),
  }
}

describe('UndoStack', () => {
  it('undoes and redoes in order', async () => {
    const state = { value: 2 }
    const stack = new UndoStack()
    stack.push(counterEntry(state, 'first'))
    stack.push(counterEntry(state, 'second'))
    expect(await stack.undo()).toBe('second')
    expect(await stack.undo()).toBe('first')
    expect(state.value).toBe(0)
    expect(await stack.undo()).toBeUndefined()
    expect(await stack.redo()).toBe('first')
    expect(state.value).toBe(1)
    expect(stack.nextRedoLabel).toBe('second')
  })

  it('clears the redo branch when new work is pushed', async () => {
    const state = { value: 1 }
    const stack = new UndoStack()
    stack.push(counterEntry(state))
    await stack.undo()
    stack.push(counterEntry(state, 'other'))
    expect(stack.canRedo).toBe(false)
  })

  it('keeps an entry in place when undoing it fails', async () => {
    const stack = new UndoStack()
    stack.push({
      label: 'broken',
      undo: () => Promise.reject(new Error('disk full')),
      redo: async () => undefined,
    })
    await expect(stack.undo()).rejects.toThrow('disk full')
    expect(stack.nextUndoLabel).toBe('broken')
    expect(stack.canUndo).toBe(true)
  })

  it('forgets the oldest entries past its limit', async () => {
    const state = { value: 0 }
    const stack = new UndoStack(2)
    for (const label of ['a', 'b', 'c']) stack.push(counterEntry(state, label))
    expect(await stack.undo()).toBe('c')
    expect(await stack.undo()).toBe('b')
    expect(await stack.undo()).toBeUndefined()
  })
})
