import { useQueryClient, type QueryKey } from '@tanstack/react-query'
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import { effectsOf, type MutationName } from '../../../shared/call-effects'
import type { In, Out } from '../../../shared/contract'
import { call, nextOrder } from '../api/client'
import { messageOf } from '../../../shared/message-of'
import { invalidateReads } from '../data/stale-reads'
import { useCallQuery } from '../data/use-call-query'

export type Notice = { kind: 'error' | 'info'; text: string }

export type ChangeOptions = {
  /** Reads the caller brings up to date itself from the answer (an optimistic list). */
  keep?: readonly QueryKey[]
}

type Change = <N extends MutationName>(
  name: N,
  input: In<N>,
  options?: ChangeOptions,
) => Promise<Out<N>>

type WorkspaceContextValue = {
  notice: Notice | null
  showNotice(notice: Notice | null): void
  /** Sends a change after the ones before it and reloads what it made stale; throws its CallError. */
  change: Change
  /** The same, with a failure shown in the notice bar: null when it failed. */
  perform<N extends MutationName>(
    name: N,
    input: In<N>,
    options?: ChangeOptions,
  ): Promise<Out<N> | null>
  canUndo: boolean
  canRedo: boolean
  undo(): Promise<void>
  redo(): Promise<void>
}

const WorkspaceContext = createContext<WorkspaceContextValue | null>(null)

export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext)
  if (!value) throw new Error('useWorkspace must be used inside <WorkspaceProvider>')
  return value
}

const UNDO_STATE: QueryKey = ['undo.state']

/** What a failed change may have left stale: all it could have touched (everything, for an undo). */
function staleAfterFailure<N extends MutationName>(name: N, input: In<N>) {
  try {
    return effectsOf(name, input, undefined as never)
  } catch {
    return [{ kind: 'workspace' as const }]
  }
}

/** "Undid: Mark claim", and what was left alone because it changed since. */
function undoNotice(verb: 'Undid' | 'Redid', label: string | null, skipped: string[]): Notice {
  if (label === null)
    return { kind: 'info', text: `Nothing to ${verb === 'Undid' ? 'undo' : 'redo'}.` }
  if (skipped.length === 0) return { kind: 'info', text: `${verb}: ${label}` }
  return { kind: 'error', text: `${verb} only part of “${label}”: ${skipped.join('; ')}.` }
}

/** Holds what every pane shares: the changes on their way, the undo history and the latest notice. */
export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient()
  const [notice, showNotice] = useState<Notice | null>(null)
  const history = useCallQuery('undo.state', {})
  const [inFlight, setInFlight] = useState(0)

  // Each change is sent at once, numbered, so none waits in this window (where closing it would
  // lose it), and the main side applies them in the order they were made: Ctrl/Cmd+Z pressed while
  // a change is on its way undoes that change once it is stored, instead of overtaking it.
  const change = useCallback<Change>(
    async (name, input, options = {}) => {
      setInFlight((count) => count + 1)
      try {
        const output = await call(name, input, nextOrder())
        invalidateReads(client, effectsOf(name, input, output), options.keep)
        return output
      } catch (error) {
        // What is really stored is fetched again, so the screen never shows a change that failed.
        invalidateReads(client, staleAfterFailure(name, input))
        throw error
      } finally {
        setInFlight((count) => count - 1)
        void client.invalidateQueries({ queryKey: UNDO_STATE })
      }
    },
    [client],
  )

  const perform = useCallback(
    async <N extends MutationName>(name: N, input: In<N>, options?: ChangeOptions) => {
      try {
        return await change(name, input, options)
      } catch (error) {
        showNotice({ kind: 'error', text: messageOf(error) })
        return null
      }
    },
    [change],
  )

  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      const result = await perform(direction === 'undo' ? 'undo.undo' : 'undo.redo', {})
      if (result)
        showNotice(
          undoNotice(direction === 'undo' ? 'Undid' : 'Redid', result.label, result.skipped),
        )
    },
    [perform],
  )

  const state = history.status === 'ready' ? history.value : null
  // Only whether undo is possible reaches the panes: a change starting while another is still
  // being saved re-renders nothing.
  const canUndo = Boolean(state?.undoLabel) || inFlight > 0
  const canRedo = Boolean(state?.redoLabel)
  const value = useMemo<WorkspaceContextValue>(
    () => ({
      notice,
      showNotice,
      change,
      perform,
      canUndo,
      canRedo,
      undo: () => step('undo'),
      redo: () => step('redo'),
    }),
    [notice, change, perform, canUndo, canRedo, step],
  )
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>
}
