import type { ReportFile } from '../../../../shared/report-model'

/** Hands the report to the browser as a download; the file name was made safe by the main side. */
export function downloadReport(file: ReportFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }))
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = file.fileName
  anchor.rel = 'noopener'
  anchor.style.display = 'none'
  document.body.append(anchor)
  anchor.click()
  anchor.remove()
  // The download has started from the click; the object URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

export async function copyReport(file: ReportFile): Promise<void> {
  await navigator.clipboard.writeText(file.content)
}
