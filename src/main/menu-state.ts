import type { MenuState } from '../shared/commands'

/** Before a window has said anything, its menu offers no desk command (roles like Quit still work). */
export const NOTHING_ENABLED: MenuState = { enabled: [], isEditingText: false }

const sameState = (a: MenuState, b: MenuState) =>
  a.isEditingText === b.isEditingText &&
  a.enabled.length === b.enabled.length &&
  a.enabled.every((id) => b.enabled.includes(id))

/**
 * The menu state each window last reported. The native menu is one for the whole app, so it shows
 * the focused window's state, or the latest report's while no window has focus.
 */
export class MenuStates {
  private readonly byWindow = new Map<number, MenuState>()
  private latest: number | undefined

  /** Records a report; says whether it changed what that window's menu shows. */
  report(windowId: number, state: MenuState): boolean {
    this.latest = windowId
    const before = this.byWindow.get(windowId)
    this.byWindow.set(windowId, state)
    return !before || !sameState(before, state)
  }

  forget(windowId: number): void {
    this.byWindow.delete(windowId)
    if (this.latest === windowId) this.latest = undefined
  }

  /** The state the menu shows while `focusedId` (if any) has focus. */
  shown(focusedId: number | undefined): MenuState {
    const id = focusedId ?? this.latest
    return (id !== undefined && this.byWindow.get(id)) || NOTHING_ENABLED
  }
}
