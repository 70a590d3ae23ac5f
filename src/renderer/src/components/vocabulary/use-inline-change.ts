import { useCallback } from 'react'
import type { MutationName } from '../../../../shared/call-effects'
import type { In } from '../../../../shared/contract'
import { messageOf } from '../../../../shared/message-of'
import { useWorkspace } from '../../state/workspace-context'

/**
 * Sends a change and hands back why it failed (or null), so a form can show the message next to
 * the field that caused it instead of in the global notice bar.
 */
export function useInlineChange(): <N extends MutationName>(
  name: N,
  input: In<N>,
) => Promise<string | null> {
  const { change } = useWorkspace()
  return useCallback(
    async (name, input) => {
      try {
        await change(name, input)
        return null
      } catch (error) {
        return messageOf(error)
      }
    },
    [change],
  )
}
