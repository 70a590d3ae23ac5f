import type { EvidencePackageFile } from '../../../../shared/evidence-model'
import type { ReportFile } from '../../../../shared/report-model'

/** Hands the report to the browser as a download; the file name was made safe by the main side. */
export const downloadReport = (file: ReportFile): void =>
  download(file.fileName, new Blob([file.content], { type: file.mimeType }))

/** The evidence package's zip, decoded from the base64 it travelled in, as a download. */
export const downloadEvidencePackage = (file: EvidencePackageFile): void =>
  download(
    file.fileName,
    new Blob([Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0))], {
      type: file.mimeType,
    }),
  )

function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = fileName
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
