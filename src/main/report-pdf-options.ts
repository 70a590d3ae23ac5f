import { join } from 'node:path'
import type {
  BrowserWindowConstructorOptions,
  PrintToPDFOptions,
  SaveDialogOptions,
} from 'electron'
import { slug } from './core/reports/report-file-name'

/**
 * The hidden window a report is printed in: never shown, sandboxed, no preload, no JavaScript
 * (the report has none, and its own policy forbids it), no Node.
 */
export function pdfWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  }
}

/** A4 pages with the report's own margins (its `@page` rule), backgrounds kept, an outline of its headings. */
export function pdfPrintOptions(): PrintToPDFOptions {
  return {
    pageSize: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: false,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  }
}

/** The save dialog for the PDF: the report's own name, the Documents folder, asks before replacing. */
export function pdfSaveDialogOptions(fileName: string, folder: string): SaveDialogOptions {
  const stem = slug(fileName.replace(/\.pdf$/i, '')) || 'claimdesk-report'
  return {
    title: 'Export report as PDF',
    buttonLabel: 'Export',
    defaultPath: join(folder, `${stem}.pdf`),
    filters: [
      { name: 'PDF document', extensions: ['pdf'] },
      { name: 'All files', extensions: ['*'] },
    ],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  }
}
