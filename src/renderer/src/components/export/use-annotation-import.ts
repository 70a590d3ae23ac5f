import { useCallback } from 'react'
import type { AnnotationImportResult } from '../../../../shared/report-model'
import { useWorkspace } from '../../state/workspace-context'

/** Sends a W3C annotations file to the main side to become claims; every pane they touch reloads. */
export function useAnnotationImport(): (file: File) => Promise<AnnotationImportResult> {
  const { change } = useWorkspace()
  return useCallback(
    async (file: File) => change('annotations.import', { content: await file.text() }),
    [change],
  )
}
