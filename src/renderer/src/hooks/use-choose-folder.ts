import { useCallback } from 'react'
import type { FolderChoice } from '../../../shared/workspace-model'
import { call } from '../api/client'

/** The native folder picker where there is one (the desktop app); `isSupported` is false elsewhere. */
export function useChooseFolder(): () => Promise<FolderChoice> {
  return useCallback(() => call('workspace.chooseFolder', {}), [])
}
