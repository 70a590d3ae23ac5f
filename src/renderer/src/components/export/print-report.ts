const FRAME_ID = 'report-print-frame'

/**
 * Prints a finished HTML report from a hidden frame: the browser's print dialog, where it can be
 * saved as a PDF. The frame is sandboxed without scripts (the report has none, and its own policy
 * forbids them); same-origin only so that this page may call print() on it.
 */
export function printReport(html: string): void {
  document.getElementById(FRAME_ID)?.remove()
  const frame = document.createElement('iframe')
  frame.id = FRAME_ID
  frame.title = 'Report to print'
  frame.className = 'print-frame'
  frame.setAttribute('sandbox', 'allow-modals allow-same-origin')
  frame.addEventListener('load', () => frame.contentWindow?.print(), { once: true })
  frame.srcdoc = html
  document.body.append(frame)
}
