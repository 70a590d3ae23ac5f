import type { WindowBridge } from '../shared/bridge'
import { parseMenuState, type MenuState } from '../shared/commands'

/** Sends a checked menu state to the main side (one-way IPC). */
export type SendMenuState = (state: MenuState) => void

/**
 * The window-only part of the bridge. A menu state is checked here, and again on the main side,
 * because the main side trusts no renderer; a file's path comes from Electron's webUtils.
 * @see https://www.electronjs.org/docs/latest/api/web-utils#webutilsgetpathforfilefile
 */
export function createWindowBridge(
  sendMenuState: SendMenuState,
  pathForFile: (file: File) => string,
): WindowBridge {
  return Object.freeze({
    reportMenuState(state: MenuState): void {
      const checked = parseMenuState(state)
      if (!checked)
        throw new TypeError(
          'reportMenuState needs { enabled: command ids, isEditingText: boolean }',
        )
      sendMenuState(checked)
    },
    pathForFile,
  })
}
