import { useCallback } from 'react'
import type { AnnotationImportResult } from '../../../../shared/report-model'
import { call } from '../../api/client'
import { useWorkspace } from '../../state/workspace-context'

/** Sends a W3C annotations file to the main side to become claims, then reloads what the desk shows. */
export function useAnnotationImport(): (file: File) => Promise<AnnotationImportResult> {
  const { refresh } = useWorkspace()
  return useCallback(
    async (file: File) => {
      const result = await call('annotations.import', { content: await file.text() })
      if (result.imported > 0 || result.createdTags.length > 0) refresh()
      return result
    },
    [refresh],
  )
}
