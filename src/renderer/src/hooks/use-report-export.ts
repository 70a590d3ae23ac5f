import { useCallback } from 'react'
import type { EvidencePackageFile } from '../../../shared/evidence-model'
import type { PdfRequest, PdfResult, ReportFile, ReportRequest } from '../../../shared/report-model'
import { call } from '../api/client'

/** Asks the main side for a report; the report is made there, from what is stored. */
export function useReportExport(): (request: ReportRequest) => Promise<ReportFile> {
  return useCallback((request: ReportRequest) => call('reports.export', request), [])
}

/** Asks the main side to print the report to a PDF file; it says whether it can (Electron can). */
export function useReportPdf(): (request: PdfRequest) => Promise<PdfResult> {
  return useCallback((request: PdfRequest) => call('reports.savePdf', request), [])
}

/** Asks the main side for the evidence package: the report and the evidence it cites, zipped. */
export function useEvidenceExport(): () => Promise<EvidencePackageFile> {
  return useCallback(() => call('reports.exportEvidence', {}), [])
}
