import { IncomingMessage, MessageType } from '@hocuspocus/server'

/** y-protocols' sync message types that carry document changes. */
const SYNC_STEP_2 = 1
const SYNC_UPDATE = 2

/** The Yjs update a member's Hocuspocus message carries, or null for any other message. */
export function incomingUpdateOf(data: Uint8Array): Uint8Array | null {
  const message = new IncomingMessage(data)
  message.readVarString()
  if (message.readVarUint() !== MessageType.Sync) return null
  const syncType = message.readVarUint()
  return syncType === SYNC_STEP_2 || syncType === SYNC_UPDATE ? message.readVarUint8Array() : null
}
