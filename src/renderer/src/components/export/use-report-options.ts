import { useState } from 'react'
import type { WorkspaceSettings } from '../../../../shared/claim-model'
import type { ReportOptions } from '../../../../shared/report-options'
import { useInlineChange } from '../vocabulary/use-inline-change'
import { trimmedOptions } from './report-request'

const sameOptions = (a: ReportOptions, b: ReportOptions) => JSON.stringify(a) === JSON.stringify(b)

/**
 * The report options as the form edits them, starting from those the workspace remembers;
 * `remember` keeps the edited ones in the workspace settings (undoably) and says why it could not.
 */
export function useReportOptions(settings: WorkspaceSettings) {
  const changeInline = useInlineChange()
  const [options, setOptions] = useState<ReportOptions>(settings.report)
  const change = (next: Partial<ReportOptions>) => setOptions({ ...options, ...next })
  const remember = async (): Promise<string | null> => {
    const report = trimmedOptions(options)
    if (sameOptions(report, settings.report)) return null
    return changeInline('settings.update', { patch: { report } })
  }
  return { options: trimmedOptions(options), edited: options, change, remember }
}
