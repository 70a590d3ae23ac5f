import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import { BRIDGE_KEY, MENU_COMMAND_CHANNEL, MENU_STATE_CHANNEL, RPC_CHANNEL } from '../shared/bridge'
import { createBridge } from './bridge'
import { createWindowBridge } from './window-bridge'

const subscribeMenu = (onMessage: (id: unknown) => void) => {
  const relay = (_event: IpcRendererEvent, id: unknown) => onMessage(id)
  ipcRenderer.on(MENU_COMMAND_CHANNEL, relay)
  return () => void ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, relay)
}

/** @see https://www.electronjs.org/docs/latest/tutorial/context-isolation */
contextBridge.exposeInMainWorld(BRIDGE_KEY, {
  ...createBridge((name, input) => ipcRenderer.invoke(RPC_CHANNEL, name, input), subscribeMenu),
  ...createWindowBridge(
    (state) => ipcRenderer.send(MENU_STATE_CHANNEL, state),
    (file) => webUtils.getPathForFile(file),
  ),
})
