import type { MenuState } from '../../../shared/commands'
import type { CommandRegistry } from './registry'

/** Input types that take typing; a focused checkbox or button leaves Undo to the desk. */
const TEXT_INPUT_TYPES: ReadonlySet<string> = new Set([
  'text',
  'search',
  'url',
  'tel',
  'email',
  'password',
  'number',
])

type Focused = {
  tagName: string
  getAttribute(name: string): string | null
  isContentEditable?: boolean
  closest?(selector: string): unknown
}

/** A field the user types in: its own undo history comes first. The article text is read-only. */
export function isTextEntry(element: Focused | null): boolean {
  if (!element) return false
  const tag = element.tagName.toLowerCase()
  if (tag === 'textarea') return true
  if (tag === 'input') return TEXT_INPUT_TYPES.has(element.getAttribute('type') ?? 'text')
  return element.isContentEditable === true && !element.closest?.('.article-text')
}

type FocusSource = Pick<Document, 'addEventListener' | 'removeEventListener'> & {
  readonly activeElement: Focused | null
}

/**
 * Keeps the desktop app's native menu in step with the desk: reports which commands can run and
 * whether a text field has focus, once per change (focus moving between two fields is one change).
 * Returns the stop.
 */
export function startMenuStateReports(
  registry: Pick<CommandRegistry, 'enabledIds' | 'subscribe'>,
  focus: FocusSource,
  report: (state: MenuState) => void,
): () => void {
  let last = ''
  let pending: ReturnType<typeof setTimeout> | undefined
  const send = () => {
    pending = undefined
    const state = {
      enabled: registry.enabledIds(),
      isEditingText: isTextEntry(focus.activeElement),
    }
    const key = JSON.stringify(state)
    if (key === last) return
    last = key
    report(state)
  }
  const sendSoon = () => void (pending ??= setTimeout(send, 0))
  const unsubscribe = registry.subscribe(sendSoon)
  focus.addEventListener('focusin', sendSoon)
  focus.addEventListener('focusout', sendSoon)
  send()
  return () => {
    unsubscribe()
    focus.removeEventListener('focusin', sendSoon)
    focus.removeEventListener('focusout', sendSoon)
    clearTimeout(pending)
  }
}
