import { Extension } from '@tiptap/core'

export type ClaimShortcutsOptions = { onMark: () => void }

/** Ctrl/Cmd+M marks the selected text as a claim. */
export const ClaimShortcuts = Extension.create<ClaimShortcutsOptions>({
  name: 'claimShortcuts',

  addOptions() {
    return { onMark: () => undefined }
  },

  addKeyboardShortcuts() {
    return {
      'Mod-m': () => {
        this.options.onMark()
        return true
      },
    }
  },
})
