import type { ChangeMessage } from './change-events'
import type { CommandId, MenuState } from './commands'
import type { CallOrderStamp } from './contract'
import type { Result } from './result'

/** The IPC channel every contract call travels on; the main side validates name and input. */
export const RPC_CHANNEL = 'rpc'

/** The channel the application menu sends commands on; only ids in the command table pass. */
export const MENU_COMMAND_CHANNEL = 'menu-command'

/** The channel the main side pushes change events on (see change-events.ts). */
export const CHANGE_CHANNEL = 'change'

/** The channel a window reports its menu state on; the preload and the main side both validate it. */
export const MENU_STATE_CHANNEL = 'menu-state'

/** The key the preload exposes on `window`; the renderer declares `window.api?: DeskBridge`. */
export const BRIDGE_KEY = 'api'

/** All the renderer gets from the preload: one call answered with data, menu commands and changes. */
export type DeskBridge = {
  /** `order` numbers a window's changes, so the main side applies them in the order made. */
  invoke(name: string, input: unknown, order?: CallOrderStamp): Promise<Result<unknown>>
  /** Runs `listener` for each command chosen in the application menu; returns the unsubscribe. */
  onMenuCommand(listener: (id: CommandId) => void): () => void
  /** Runs `listener` for each change the main side pushes; returns the unsubscribe. */
  onChange(listener: (message: ChangeMessage) => void): () => void
} & WindowBridge

/** What only the desktop app's window does: keep the native menu in step, and know files' paths. */
export type WindowBridge = {
  /** Which commands can run now, and whether a text field has focus. */
  reportMenuState(state: MenuState): void
  /** Where a picked or dropped file is on disk, to import it by path; '' for a file made in the page. */
  pathForFile(file: File): string
}
