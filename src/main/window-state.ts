import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { nodeFs, writeFileAtomic } from './core/store/atomic-write'
import { CoalescingQueue } from './core/store/coalescing-queue'

/** Where and how big the window was, so it reopens where the user left it. */
export const WindowBounds = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  isMaximized: z.boolean(),
})
export type WindowBounds = z.infer<typeof WindowBounds>

export type Area = { x: number; y: number; width: number; height: number }

const MIN_VISIBLE = 100

const overlap = (bounds: Area, area: Area) =>
  Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x) >=
    MIN_VISIBLE &&
  Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y) >=
    MIN_VISIBLE

/**
 * The saved bounds if enough of the window would be on a display that is still attached (a laptop
 * unplugged from its monitor must not reopen off-screen); otherwise null, for the default placement.
 */
export function restorableBounds(saved: unknown, workAreas: readonly Area[]): WindowBounds | null {
  const parsed = WindowBounds.safeParse(saved)
  if (!parsed.success) return null
  return workAreas.some((area) => overlap(parsed.data, area)) ? parsed.data : null
}

/** Reads the saved window state; a missing or damaged file just means "use the defaults". */
export async function readWindowState(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'))
  } catch {
    return null
  }
}

export async function writeWindowState(path: string, bounds: WindowBounds): Promise<void> {
  await writeFileAtomic(nodeFs, path, `${JSON.stringify(WindowBounds.parse(bounds))}\n`)
}

/**
 * Writes the window's bounds as they change, one write at a time with the latest bounds. When the
 * app quits, `finish` writes the last bounds and waits for it; nothing is written after that, so a
 * window closing afterwards cannot start a write the quitting process would cut short.
 */
export class WindowBoundsKeeper {
  private readonly writes: CoalescingQueue<WindowBounds>
  private isFinished = false

  constructor(
    path: () => string,
    private readonly onError: (error: unknown) => void,
    write: typeof writeWindowState = writeWindowState,
  ) {
    this.writes = new CoalescingQueue((bounds) => write(path(), bounds))
  }

  save(bounds: WindowBounds): void {
    if (!this.isFinished) this.writes.push(bounds).catch(this.onError)
  }

  async finish(last: WindowBounds | null): Promise<void> {
    if (last) this.save(last)
    this.isFinished = true
    await this.writes.settled().catch(() => undefined)
  }
}
