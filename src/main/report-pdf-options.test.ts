import { describe, expect, it } from 'vitest'
import { pdfPrintOptions, pdfSaveDialogOptions, pdfWindowOptions } from './report-pdf-options'

describe('printing a report to PDF', () => {
  it('renders in a hidden, sandboxed window with no JavaScript, no preload and no Node', () => {
    const options = pdfWindowOptions()
    expect(options.show).toBe(false)
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
    expect(options.webPreferences).not.toHaveProperty('preload')
  })

  it('prints A4 with the report’s own @page margins and backgrounds, tagged and outlined', () => {
    expect(pdfPrintOptions()).toEqual({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: false,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    })
  })

  it('offers the report’s name as a .pdf in the chosen folder, and asks before replacing', () => {
    const options = pdfSaveDialogOptions(
      'north-korean-troops-report-2026-11-23.pdf',
      '/home/me/Documents',
    )
    expect(options.defaultPath).toBe('/home/me/Documents/north-korean-troops-report-2026-11-23.pdf')
    expect(options.filters?.[0]).toEqual({ name: 'PDF document', extensions: ['pdf'] })
    expect(options.properties).toContain('showOverwriteConfirmation')
    expect(pdfSaveDialogOptions('../../etc/passwd', '/docs').defaultPath).toBe(
      '/docs/etc-passwd.pdf',
    )
    expect(pdfSaveDialogOptions('', '/docs').defaultPath).toBe('/docs/claimdesk-report.pdf')
  })
})
