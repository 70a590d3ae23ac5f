import { useCallback } from 'react'
import type { ReportFile, ReportRequest } from '../../../shared/report-model'
import { call } from '../api/client'

/** Asks the main side for a report; the report is made there, from what is stored. */
export function useReportExport(): (request: ReportRequest) => Promise<ReportFile> {
  return useCallback((request: ReportRequest) => call('reports.export', request), [])
}
