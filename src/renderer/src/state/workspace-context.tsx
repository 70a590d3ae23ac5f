import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import type { Vocabulary } from '../../../shared/contract'
import { call } from '../api/client'
import { UndoStack, type UndoEntry } from '../undo/undo-stack'

export type Notice = { kind: 'error' | 'info'; text: string }

/** An undoable change: `run` does it the first time; the entry it returns undoes and redoes it. */
export type Command = { label: string; run: () => Promise<Omit<UndoEntry, 'label'>> }

type WorkspaceContextValue = {
  vocabulary: Vocabulary | null
  /** Bumped whenever claims may have changed outside the open article's own calls. */
  revision: number
  notice: Notice | null
  canUndo: boolean
  canRedo: boolean
  perform(command: Command): Promise<boolean>
  undo(): Promise<void>
  redo(): Promise<void>
  refresh(): void
  /** Another workspace is open: its history starts empty and everything reloads. */
  switchedWorkspace(): void
  showNotice(notice: Notice | null): void
}

const WorkspaceContext = createContext<WorkspaceContextValue | null>(null)

export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext)
  if (!value) throw new Error('useWorkspace must be used inside <WorkspaceProvider>')
  return value
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** Holds what every pane shares: the vocabulary, the undo history and the latest notice. */
export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const [undoStack] = useState(() => new UndoStack())
  const [vocabulary, setVocabulary] = useState<Vocabulary | null>(null)
  const [revision, setRevision] = useState(0)
  const [notice, showNotice] = useState<Notice | null>(null)
  const [history, setHistory] = useState({ canUndo: false, canRedo: false })
  const syncHistory = useCallback(
    () => setHistory({ canUndo: undoStack.canUndo, canRedo: undoStack.canRedo }),
    [undoStack],
  )
  // Changes, undos and redos run one after another, so Ctrl/Cmd+Z pressed while a change is still
  // being saved undoes that change once it is stored, instead of being lost or overtaking it.
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const [inFlight, setInFlight] = useState(0)
  const enqueue = useCallback(<T,>(task: () => Promise<T>): Promise<T> => {
    setInFlight((count) => count + 1)
    const result = queue.current.then(task).finally(() => setInFlight((count) => count - 1))
    queue.current = result.catch(() => undefined)
    return result
  }, [])

  useEffect(() => {
    call('vocabulary.get', {}).then(setVocabulary, (error) =>
      showNotice({ kind: 'error', text: messageOf(error) }),
    )
  }, [revision])

  const refresh = useCallback(() => setRevision((value) => value + 1), [])

  /** A failed change is reported and everything is reloaded, so the screen shows what is really stored. */
  const fail = useCallback(
    (error: unknown) => {
      showNotice({ kind: 'error', text: messageOf(error) })
      refresh()
    },
    [refresh],
  )

  const perform = useCallback(
    (command: Command) =>
      enqueue(async () => {
        try {
          undoStack.push({ label: command.label, ...(await command.run()) })
          syncHistory()
          return true
        } catch (error) {
          fail(error)
          return false
        }
      }),
    [enqueue, undoStack, fail, syncHistory],
  )

  const step = useCallback(
    (direction: 'undo' | 'redo') =>
      enqueue(async () => {
        try {
          const label = await undoStack[direction]()
          if (label)
            showNotice({
              kind: 'info',
              text: `${direction === 'undo' ? 'Undid' : 'Redid'}: ${label}`,
            })
        } catch (error) {
          fail(error)
        }
        syncHistory()
        refresh()
      }),
    [enqueue, undoStack, fail, refresh, syncHistory],
  )

  const switchedWorkspace = useCallback(() => {
    undoStack.clear()
    syncHistory()
    refresh()
  }, [undoStack, syncHistory, refresh])

  // Only whether undo is possible reaches the panes: a change starting while another is still being
  // saved re-renders nothing.
  const canUndo = history.canUndo || inFlight > 0
  const value = useMemo<WorkspaceContextValue>(
    () => ({
      vocabulary,
      revision,
      notice,
      canUndo,
      canRedo: history.canRedo,
      perform,
      undo: () => step('undo'),
      redo: () => step('redo'),
      refresh,
      switchedWorkspace,
      showNotice,
    }),
    [
      vocabulary,
      revision,
      notice,
      canUndo,
      history.canRedo,
      perform,
      step,
      refresh,
      switchedWorkspace,
    ],
  )
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>
}
