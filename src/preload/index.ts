import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import {
  BRIDGE_KEY,
  CHANGE_CHANNEL,
  MENU_COMMAND_CHANNEL,
  MENU_STATE_CHANNEL,
  RPC_CHANNEL,
} from '../shared/bridge'
import { createBridge } from './bridge'
import { createWindowBridge } from './window-bridge'

const subscribeTo = (channel: string) => (onMessage: (message: unknown) => void) => {
  const relay = (_event: IpcRendererEvent, message: unknown) => onMessage(message)
  ipcRenderer.on(channel, relay)
  return () => void ipcRenderer.removeListener(channel, relay)
}

/** @see https://www.electronjs.org/docs/latest/tutorial/context-isolation */
contextBridge.exposeInMainWorld(BRIDGE_KEY, {
  ...createBridge(
    (name, input, order) => ipcRenderer.invoke(RPC_CHANNEL, name, input, order),
    subscribeTo(MENU_COMMAND_CHANNEL),
    subscribeTo(CHANGE_CHANNEL),
  ),
  ...createWindowBridge(
    (state) => ipcRenderer.send(MENU_STATE_CHANNEL, state),
    (file) => webUtils.getPathForFile(file),
  ),
})
