import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { DeskStatus } from '../../../shared/desk-model'
import { call } from '../api/client'
import { useCommand } from '../commands/command-registry'
import { callKey } from '../data/stale-reads'
import { useCallQuery } from '../data/use-call-query'
import { DeskMembersDialog } from './DeskMembersDialog'
import { ShareDeskDialog } from './ShareDeskDialog'

type SharedStatus = Extract<DeskStatus, { isShared: true }>

const timeOf = (at: string) =>
  new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })

function syncLine({ lastSync }: SharedStatus): string {
  if (!lastSync) return 'Not synced since the app opened'
  if (!lastSync.ok) return `Sync failed at ${timeOf(lastSync.at)}`
  const conflicts = lastSync.conflicts > 0 ? ` · ${lastSync.conflicts} with a conflict` : ''
  return `Synced at ${timeOf(lastSync.at)}${conflicts}`
}

/**
 * On a workspace that follows a team desk: who this member is, how the last sync went, "Sync now".
 * On one that does not: File › Share workspace on a team desk….
 */
export function TeamDeskSync() {
  const status = useCallQuery('desk.status', {})
  const client = useQueryClient()
  const [isSyncing, setSyncing] = useState(false)
  const [isSharing, setSharing] = useState(false)
  const [isListing, setListing] = useState(false)
  const isShared = status.status === 'ready' && status.value.isShared
  useCommand('desk.share', () => setSharing(true), status.status === 'ready' && !isShared)
  const listMembers = () => {
    // Asked afresh each time: members join and are revoked on the server, not here.
    void client.invalidateQueries({ queryKey: callKey('desk.members', {}) })
    setListing(true)
  }
  useCommand('desk.members', listMembers, isShared)
  const readStatus = () => client.invalidateQueries({ queryKey: callKey('desk.status', {}) })
  if (status.status !== 'ready' || !status.value.isShared)
    return (
      <ShareDeskDialog
        open={isSharing}
        onClose={() => setSharing(false)}
        onShared={() => void readStatus()}
      />
    )
  const desk = status.value
  const syncNow = async () => {
    setSyncing(true)
    // The outcome, failure included, is in the desk's status, read again below.
    await call('desk.sync', {}).catch(() => undefined)
    await readStatus()
    setSyncing(false)
  }
  const failure = desk.lastSync && !desk.lastSync.ok ? desk.lastSync.message : null
  return (
    <div className="team-desk-sync">
      <p role="status" title={desk.server}>
        Team desk: {desk.name} ({desk.role}) · {isSyncing ? 'Syncing…' : syncLine(desk)}
      </p>
      {failure && !isSyncing && <p className="notice">{failure}</p>}
      <button type="button" disabled={isSyncing} onClick={syncNow}>
        Sync now
      </button>
      <button type="button" onClick={listMembers}>
        Members…
      </button>
      <DeskMembersDialog open={isListing} onClose={() => setListing(false)} me={desk} />
    </div>
  )
}
