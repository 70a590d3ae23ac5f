import { contextBridge, ipcRenderer } from 'electron'
import { BRIDGE_KEY, RPC_CHANNEL } from '../shared/bridge'
import { createBridge } from './bridge'

/** @see https://www.electronjs.org/docs/latest/tutorial/context-isolation */
contextBridge.exposeInMainWorld(
  BRIDGE_KEY,
  createBridge((name, input) => ipcRenderer.invoke(RPC_CHANNEL, name, input)),
)
