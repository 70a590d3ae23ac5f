import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { app, BrowserWindow, dialog } from 'electron'
import { pdfPrintOptions, pdfSaveDialogOptions, pdfWindowOptions } from './report-pdf-options'

/** Renders the HTML in a hidden window and prints it; the page is a file, as big reports outgrow a data: URL. */
async function printToPdf(html: string): Promise<Buffer> {
  const folder = await mkdtemp(join(app.getPath('temp'), 'claimdesk-report-'))
  const window = new BrowserWindow(pdfWindowOptions())
  try {
    const page = join(folder, 'report.html')
    await writeFile(page, html)
    await window.loadFile(page)
    return await window.webContents.printToPDF(pdfPrintOptions())
  } finally {
    window.destroy()
    await rm(folder, { recursive: true, force: true })
  }
}

/** File → Export report as PDF: asks where, prints the HTML report there; null when cancelled. */
export async function saveReportPdf(html: string, fileName: string): Promise<string | null> {
  const options = pdfSaveDialogOptions(fileName, app.getPath('documents'))
  const owner = BrowserWindow.getFocusedWindow()
  const choice = owner
    ? await dialog.showSaveDialog(owner, options)
    : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return null
  await writeFile(choice.filePath, await printToPdf(html))
  return choice.filePath
}
