import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { DeskStatus } from '../../../shared/desk-model'
import { call } from '../api/client'
import { useCommand } from '../commands/command-registry'
import { callKey } from '../data/stale-reads'
import { useCallQuery } from '../data/use-call-query'
import { DeskMembersDialog } from './DeskMembersDialog'
import { DeskAccessDialog, type DeskAccess, type DeskAccessValues } from './DeskAccessDialog'
import { useTellDeskReading } from '../hooks/use-desk-presence'
import { useWorkspace } from '../state/workspace-context'

type SharedStatus = Extract<DeskStatus, { isShared: true }>

const timeOf = (at: string) =>
  new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })

function syncLine({ lastSync, isLive }: SharedStatus): string {
  const connection = isLive ? 'Live' : 'Not connected'
  return `${connection} · ${lastSyncLine(lastSync)}`
}

function lastSyncLine(lastSync: SharedStatus['lastSync']): string {
  if (!lastSync) return 'Not synced since the app opened'
  if (!lastSync.ok) return `Sync failed at ${timeOf(lastSync.at)}`
  const conflicts = lastSync.conflicts > 0 ? ` · ${lastSync.conflicts} with a conflict` : ''
  return `Synced at ${timeOf(lastSync.at)}${conflicts}`
}

const shortTitle = (title: string) =>
  title.length > 48 ? `${title.slice(0, 47).trimEnd()}…` : title

/** Who else has the desk open, and what each is reading. */
function presenceLine({ present }: SharedStatus, titleOf: (articleId: string) => string | null) {
  return present
    .map(({ name, articleId }) => {
      const title = articleId && titleOf(articleId)
      return title ? `${name} (reading “${shortTitle(title)}”)` : name
    })
    .join(', ')
}

type Props = {
  /** The article this member is reading, told to the others. */
  articleId: string | null
  titleOf: (articleId: string) => string | null
}

/**
 * On a workspace that follows a team desk: who this member is, whether the desk server is
 * connected, how the last sync went, who else is here, "Sync now", "Members…". On one that does
 * not: File › Share workspace on a team desk…. Either way: File › Join a team desk….
 */
export function TeamDeskSync({ articleId, titleOf }: Props) {
  const status = useCallQuery('desk.status', {})
  const client = useQueryClient()
  const { change, showNotice } = useWorkspace()
  const [isSyncing, setSyncing] = useState(false)
  const [access, setAccess] = useState<DeskAccess | null>(null)
  const [isListing, setListing] = useState(false)
  const isShared = status.status === 'ready' && status.value.isShared
  useTellDeskReading(articleId)
  useCommand('desk.share', () => setAccess('share'), status.status === 'ready' && !isShared)
  useCommand('desk.join', () => setAccess('join'))
  const listMembers = () => {
    // Asked afresh each time: members join and are revoked on the server, not here.
    void client.invalidateQueries({ queryKey: callKey('desk.members', {}) })
    setListing(true)
  }
  useCommand('desk.members', listMembers, isShared)
  const readStatus = () => client.invalidateQueries({ queryKey: callKey('desk.status', {}) })
  const enter = async ({ folder, ...request }: DeskAccessValues) => {
    if (access === 'share') {
      await call('desk.share', request)
      await readStatus()
      return
    }
    const { info } = await change('desk.join', { folder: folder.trim(), ...request })
    showNotice({
      kind: 'info',
      text: `Joined the team desk: workspace “${info.name}” (${info.articleCount} articles) is open.`,
    })
  }
  const accessDialog = (
    <DeskAccessDialog
      key={access}
      kind={access ?? 'share'}
      open={access !== null}
      onClose={() => setAccess(null)}
      onSubmit={enter}
    />
  )
  if (status.status !== 'ready' || !status.value.isShared) return accessDialog
  const desk = status.value
  const syncNow = async () => {
    setSyncing(true)
    // The outcome, failure included, is in the desk's status, read again below.
    await call('desk.sync', {}).catch(() => undefined)
    await readStatus()
    setSyncing(false)
  }
  const failure = desk.lastSync && !desk.lastSync.ok ? desk.lastSync.message : null
  const others = presenceLine(desk, titleOf)
  return (
    <div className="team-desk-sync">
      <p role="status" title={desk.server}>
        Team desk: {desk.name} ({desk.role}) · {isSyncing ? 'Syncing…' : syncLine(desk)}
      </p>
      {failure && !isSyncing && <p className="notice">{failure}</p>}
      {desk.role === 'viewer' && (
        <p className="desk-presence">As a viewer you read and export; changes are refused.</p>
      )}
      {others && <p className="desk-presence">Here now: {others}</p>}
      <button type="button" disabled={isSyncing} onClick={syncNow}>
        Sync now
      </button>
      <button type="button" onClick={listMembers}>
        Members…
      </button>
      <DeskMembersDialog open={isListing} onClose={() => setListing(false)} me={desk} />
      {accessDialog}
    </div>
  )
}
