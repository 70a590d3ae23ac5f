import { MENU_ORDER } from '../../../../shared/commands'
import { Dialog } from '../Dialog'
import { SHOWN_COMMANDS } from './command-labels'

type Props = { open: boolean; onClose: () => void }

/** Help → Keyboard shortcuts, generated from the same table the key handler reads. */
export function ShortcutsSheet({ open, onClose }: Props) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Keyboard shortcuts"
      className="shortcuts-dialog"
      isBodyFocusable
    >
      {MENU_ORDER.map((menu) => {
        const commands = SHOWN_COMMANDS.filter(
          (command) => command.menu === menu && command.shortcut,
        )
        if (commands.length === 0) return null
        return (
          <section key={menu} aria-label={menu}>
            <h3 className="shortcuts-heading">{menu}</h3>
            <dl className="shortcuts-list">
              {commands.map((command) => (
                <div key={command.id} className="shortcuts-row">
                  <dt>{command.label}</dt>
                  <dd>
                    <kbd>{command.shortcut}</kbd>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        )
      })}
      <section aria-label="In the article">
        <h3 className="shortcuts-heading">In the article</h3>
        <dl className="shortcuts-list">
          <div className="shortcuts-row">
            <dt>Open the card of the claim at the caret</dt>
            <dd>
              <kbd>Enter</kbd>
            </dd>
          </div>
          <div className="shortcuts-row">
            <dt>Close a card, menu or dialog</dt>
            <dd>
              <kbd>Esc</kbd>
            </dd>
          </div>
          <div className="shortcuts-row">
            <dt>Select text from the keyboard</dt>
            <dd>
              <kbd>Shift+Arrow keys</kbd>
            </dd>
          </div>
        </dl>
      </section>
    </Dialog>
  )
}
