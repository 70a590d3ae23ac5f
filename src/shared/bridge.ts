import type { CommandId, MenuState } from './commands'
import type { Result } from './result'

/** The IPC channel every contract call travels on; the main side validates name and input. */
export const RPC_CHANNEL = 'rpc'

/** The channel the application menu sends commands on; only ids in the command table pass. */
export const MENU_COMMAND_CHANNEL = 'menu-command'

/** The channel a window reports its menu state on; the preload and the main side both validate it. */
export const MENU_STATE_CHANNEL = 'menu-state'

/** The key the preload exposes on `window`; the renderer declares `window.api?: DeskBridge`. */
export const BRIDGE_KEY = 'api'

/** All the renderer gets from the preload: one call answered with data, and menu commands. */
export type DeskBridge = {
  invoke(name: string, input: unknown): Promise<Result<unknown>>
  /** Runs `listener` for each command chosen in the application menu; returns the unsubscribe. */
  onMenuCommand(listener: (id: CommandId) => void): () => void
} & WindowBridge

/** What only the desktop app's window does: keep the native menu in step, and know files' paths. */
export type WindowBridge = {
  /** Which commands can run now, and whether a text field has focus. */
  reportMenuState(state: MenuState): void
  /** Where a picked or dropped file is on disk, to import it by path; '' for a file made in the page. */
  pathForFile(file: File): string
}
