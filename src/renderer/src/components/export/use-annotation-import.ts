import { useCallback } from 'react'
import type {
  AnnotationImportRequest,
  AnnotationImportResult,
} from '../../../../shared/report-model'
import { useWorkspace } from '../../state/workspace-context'

/** Sends an annotations file (W3C or Hypothesis) to the main side to become claims; every pane they touch reloads. */
export function useAnnotationImport(): (
  request: AnnotationImportRequest,
) => Promise<AnnotationImportResult> {
  const { change } = useWorkspace()
  return useCallback((request) => change('annotations.import', request), [change])
}
