import { useCallback } from 'react'
import { useWorkspace, type Command } from '../../state/workspace-context'

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * Performs an undoable command and hands back why it failed (or null), so a form can show the
 * message next to the field that caused it instead of in the global notice bar.
 */
export function useInlinePerform(): (command: Command) => Promise<string | null> {
  const { perform, refresh, showNotice } = useWorkspace()
  return useCallback(
    async (command: Command) => {
      let failure = 'The change could not be saved.'
      const isDone = await perform({
        label: command.label,
        run: async () => {
          try {
            return await command.run()
          } catch (error) {
            failure = messageOf(error)
            throw error
          }
        },
      })
      if (isDone) refresh()
      else showNotice(null)
      return isDone ? null : failure
    },
    [perform, refresh, showNotice],
  )
}
