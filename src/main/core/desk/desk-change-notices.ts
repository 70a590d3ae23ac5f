import type { Hocuspocus } from '@hocuspocus/server'
import type { DeskChangedNotice } from '../../../shared/desk-model'

/** How long the server gathers changes before telling members of them, in one notice. */
const GATHER_MS = 30

/**
 * Tells the members connected to the desk index, soon after a member changes any desk document,
 * which documents changed and who changed them, so their apps sync at once instead of at their
 * next turn. Changes made within a few milliseconds go out as one notice. Through Redis the notice
 * also reaches the members of the other instances.
 */
export function deskChangeNotices(instance: () => Hocuspocus) {
  const documents = new Set<string>()
  const by = new Set<string>()
  let timer: NodeJS.Timeout | null = null
  const send = () => {
    timer = null
    const notice: DeskChangedNotice = { kind: 'changed', documents: [...documents], by: [...by] }
    documents.clear()
    by.clear()
    instance().documents.get('index')?.broadcastStateless(JSON.stringify(notice))
  }
  return {
    changed(documentName: string, memberName: string | undefined) {
      documents.add(documentName)
      if (memberName) by.add(memberName)
      timer ??= setTimeout(send, GATHER_MS)
    },
    stop() {
      if (timer) clearTimeout(timer)
      timer = null
    },
  }
}
