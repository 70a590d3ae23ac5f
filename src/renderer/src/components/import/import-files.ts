import type { ImportSummary, UploadedFile } from '../../../../shared/import-model'

/** The extensions the main side reads; the file picker offers only these. */
export const ACCEPTED_FILES = '.txt,.text,.md,.markdown,.html,.htm,.xhtml,.docx,.pdf'

/** The browser host takes 8 MB per call: files go one at a time, base64 grows them by a third. */
const MAX_UPLOAD_BYTES = 6 * 1024 * 1024

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000))
  }
  return btoa(binary)
}

const empty = (): ImportSummary => ({ outcomes: [], imported: 0, duplicates: 0, skipped: 0 })

function merge(total: ImportSummary, next: ImportSummary): ImportSummary {
  return {
    outcomes: [...total.outcomes, ...next.outcomes],
    imported: total.imported + next.imported,
    duplicates: total.duplicates + next.duplicates,
    skipped: total.skipped + next.skipped,
  }
}

export type ImportProgress = { done: number; total: number; current: string }
export type ImportOptions = {
  onProgress?: (progress: ImportProgress) => void
  signal?: AbortSignal
}

/**
 * Sends files the user picked or dropped to the main side, one call each, so one bad file stops
 * nothing. Cancelling stops before the next file; the ones already imported stay (each can be
 * undone), and the summary says how many were left out.
 */
export async function importFiles(
  files: readonly File[],
  send: (file: UploadedFile) => Promise<ImportSummary>,
  { onProgress, signal }: ImportOptions = {},
): Promise<ImportSummary> {
  let summary = empty()
  for (const [index, file] of files.entries()) {
    if (signal?.aborted) {
      const left = files.length - index
      const message = `Cancelled: ${left} file${left === 1 ? '' : 's'} not imported.`
      return merge(summary, {
        ...empty(),
        outcomes: [{ status: 'skipped', source: file.name, message }],
        skipped: left,
      })
    }
    onProgress?.({ done: index, total: files.length, current: file.name })
    if (file.size > MAX_UPLOAD_BYTES) {
      const message = `${file.name} is larger than the ${MAX_UPLOAD_BYTES / 1024 / 1024} MB that can be sent from the browser.`
      summary = merge(summary, {
        ...empty(),
        outcomes: [{ status: 'skipped', source: file.name, message }],
        skipped: 1,
      })
      continue
    }
    const contentBase64 = toBase64(new Uint8Array(await file.arrayBuffer()))
    summary = merge(summary, await send({ name: file.name, contentBase64 }))
  }
  return summary
}

/** "2 articles imported · 1 already in the workspace · 1 skipped: x.png is a PNG image…" */
export function describeSummary(summary: ImportSummary): string {
  const parts = [
    `${summary.imported} ${summary.imported === 1 ? 'article' : 'articles'} imported`,
    summary.duplicates > 0 && `${summary.duplicates} already in the workspace`,
    summary.skipped > 0 && `${summary.skipped} skipped`,
  ].filter(Boolean)
  const reasons = summary.outcomes.flatMap((outcome) =>
    outcome.status === 'imported' ? [] : [outcome.message],
  )
  return [parts.join(' · '), ...reasons].join(' — ')
}
