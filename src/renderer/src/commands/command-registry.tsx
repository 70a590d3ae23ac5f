import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react'
import { COMMANDS, type CommandId } from '../../../shared/commands'
import { isMac } from '../shortcuts'
import { matchesKey } from './key-spec'
import { startMenuStateReports } from './menu-state-report'
import { CommandRegistry } from './registry'

const RegistryContext = createContext<CommandRegistry | null>(null)

function useRegistry(): CommandRegistry {
  const registry = useContext(RegistryContext)
  if (!registry) throw new Error('commands are only available inside <CommandProvider>')
  return registry
}

/** Offers `run` for a command while the calling component is mounted (and `isEnabled`). */
export function useCommand(id: CommandId, run: () => void, isEnabled = true): void {
  const registry = useRegistry()
  const latest = useRef(run)
  useEffect(() => {
    latest.current = run
  })
  useEffect(
    () => registry.register(id, { run: () => latest.current(), isEnabled }),
    [registry, id, isEnabled],
  )
}

/** Runs a command if some part of the desk offers it; says whether it ran. */
export function useRunCommand(): (id: CommandId) => boolean {
  const registry = useRegistry()
  return useCallback((id: CommandId) => registry.run(id), [registry])
}

/** The commands that can run right now, re-read whenever one is offered or withdrawn. */
export function useAvailableCommands(): ReadonlySet<CommandId> {
  const registry = useRegistry()
  const version = useSyncExternalStore(registry.subscribe, registry.getVersion)
  return useMemo(() => {
    void version
    return new Set(registry.enabledIds())
  }, [registry, version])
}

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.matches('input, textarea, select') ||
    (target.isContentEditable && target.closest('.article-text') === null))

/** In a text field the field keeps its own undo, marking and typing; the rest still works. */
const TEXT_FIELD_KEEPS: ReadonlySet<CommandId> = new Set(['edit.undo', 'edit.redo', 'claim.mark'])

function commandForKey(event: KeyboardEvent): CommandId | null {
  const inTextField = isTextField(event.target)
  for (const command of COMMANDS) {
    if (!('keys' in command)) continue
    const matched = command.keys.find((spec) => matchesKey(spec, event, isMac))
    if (!matched) continue
    const isBare = !/^(Mod|Alt)\+/.test(matched) && !/F\d+$/.test(matched)
    if (inTextField && (isBare || TEXT_FIELD_KEEPS.has(command.id))) return null
    return command.id
  }
  return null
}

export function CommandProvider({ children }: { children: ReactNode }) {
  const [registry] = useState(() => new CommandRegistry())

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing) return
      const id = commandForKey(event)
      if (id && registry.run(id)) event.preventDefault()
    }
    // Capture phase: the read-only article editor must not swallow desk shortcuts first.
    window.addEventListener('keydown', onKeyDown, true)
    // A native menu click runs a command only if the desk can run it now, like a key or a button.
    const stopMenu = window.api?.onMenuCommand((id) => registry.run(id))
    const stopReports =
      window.api && startMenuStateReports(registry, document, window.api.reportMenuState)
    return () => {
      window.removeEventListener('keydown', onKeyDown, true)
      stopMenu?.()
      stopReports?.()
    }
  }, [registry])

  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>
}
