import { useState } from 'react'
import { useChooseFolder } from '../../hooks/use-choose-folder'
import { useCommand } from '../../commands/command-registry'
import { useWorkspace } from '../../state/workspace-context'
import { OpenFolderDialog } from './OpenFolderDialog'
import { RecentWorkspacesDialog } from './RecentWorkspacesDialog'
import { useOpenWorkspace } from './use-open-workspace'

/** File → Open folder… and Recent workspaces…: the native picker where there is one, else a typed path. */
export function WorkspaceCommands() {
  const { showNotice } = useWorkspace()
  const [dialog, setDialog] = useState<'folder' | 'recent' | null>(null)
  const { open } = useOpenWorkspace(() => setDialog(null))
  const chooseFolder = useChooseFolder()

  const openFolder = async () => {
    try {
      const choice = await chooseFolder()
      if (!choice.isSupported) setDialog('folder')
      else if (choice.folder) await open(choice.folder)
    } catch (error) {
      showNotice({ kind: 'error', text: (error as Error).message })
    }
  }
  useCommand('workspace.openFolder', () => void openFolder())
  useCommand('workspace.recent', () => setDialog('recent'))

  return (
    <>
      <OpenFolderDialog open={dialog === 'folder'} onClose={() => setDialog(null)} />
      <RecentWorkspacesDialog open={dialog === 'recent'} onClose={() => setDialog(null)} />
    </>
  )
}
