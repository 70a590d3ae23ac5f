import { useCallback, useState } from 'react'
import { useWorkspace } from '../../state/workspace-context'

/** Opens a folder as the workspace and tells the user what happened, in one sentence. */
export function useOpenWorkspace(onOpened: () => void) {
  const { change, showNotice } = useWorkspace()
  const [isOpening, setIsOpening] = useState(false)
  const [error, setError] = useState('')

  const open = useCallback(
    async (folder: string) => {
      setIsOpening(true)
      setError('')
      try {
        const { info, imported } = await change('workspace.open', { folder })
        const articles = `${info.articleCount} article${info.articleCount === 1 ? '' : 's'}`
        const news = imported
          ? ` Imported ${imported.imported}, skipped ${imported.skipped}${imported.duplicates ? `, ${imported.duplicates} already there` : ''}.`
          : ''
        showNotice({ kind: 'info', text: `Opened workspace “${info.name}” (${articles}).${news}` })
        onOpened()
      } catch (failure) {
        setError((failure as Error).message)
      } finally {
        setIsOpening(false)
      }
    },
    [change, onOpened, showNotice],
  )
  return { open, isOpening, error }
}
