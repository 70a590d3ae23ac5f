import { describe, expect, it } from 'vitest'
import { CallOrder } from './call-order'

/** Starts the numbered calls in the given order; each records its number when its turn comes. */
async function arrive(order: CallOrder, run: string, sequences: number[], ran: number[]) {
  await Promise.all(
    sequences.map(async (sequence) => {
      const finish = await order.turn(run, sequence)
      ran.push(sequence)
      await new Promise((resolve) => setTimeout(resolve, 5))
      finish()
    }),
  )
}

describe('CallOrder', () => {
  it('runs a window’s changes in the order it made them, whatever order they arrive in', async () => {
    const ran: number[] = []
    await arrive(new CallOrder(), 'page-1', [3, 1, 4, 2, 5], ran)
    expect(ran).toEqual([1, 2, 3, 4, 5])
  })

  it('keeps each page load’s order apart', async () => {
    const order = new CallOrder()
    const first: number[] = []
    const second: number[] = []
    await Promise.all([
      arrive(order, 'page-1', [2, 1], first),
      arrive(order, 'page-2', [1, 2], second),
    ])
    expect(first).toEqual([1, 2])
    expect(second).toEqual([1, 2])
  })

  it('lets a change go after a while when the one before it never arrives', async () => {
    const ran: number[] = []
    const started = Date.now()
    await arrive(new CallOrder(100), 'page-1', [2, 3], ran)
    expect(ran).toEqual([2, 3])
    expect(Date.now() - started).toBeGreaterThanOrEqual(90)
  })
})
