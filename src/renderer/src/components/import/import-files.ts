import type { ImportSummary, UploadedFile } from '../../../../shared/import-model'
import { pathOnDisk } from '../../api/client'
import { routeFor } from './file-route'

/** The two ways a file reaches the main side: by its path, or as its bytes. */
export type FileSenders = {
  byPath(path: string): Promise<ImportSummary>
  upload(file: UploadedFile): Promise<ImportSummary>
}

/** The extensions the main side reads; the file picker offers only these. */
export const ACCEPTED_FILES = '.txt,.text,.md,.markdown,.html,.htm,.xhtml,.docx,.pdf'

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000))
  }
  return btoa(binary)
}

const empty = (): ImportSummary => ({ outcomes: [], imported: 0, duplicates: 0, skipped: 0 })

const skipped = (source: string, message: string, count = 1): ImportSummary => ({
  ...empty(),
  outcomes: [{ status: 'skipped', source, message }],
  skipped: count,
})

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
 * Sends files the user picked or dropped to the main side, one call each (by path where the file
 * has one, else as bytes), so one bad file stops nothing. Cancelling stops before the next file;
 * the ones already imported stay (each can be undone), and the summary says how many were left
 * out.
 */
export async function importFiles(
  files: readonly File[],
  send: FileSenders,
  { onProgress, signal }: ImportOptions = {},
): Promise<ImportSummary> {
  let summary = empty()
  for (const [index, file] of files.entries()) {
    if (signal?.aborted) {
      const left = files.length - index
      const message = `Cancelled: ${left} file${left === 1 ? '' : 's'} not imported.`
      return merge(summary, skipped(file.name, message, left))
    }
    onProgress?.({ done: index, total: files.length, current: file.name })
    summary = merge(summary, await importOne(file, send))
  }
  return summary
}

async function importOne(file: File, send: FileSenders): Promise<ImportSummary> {
  const route = routeFor(file, pathOnDisk(file))
  if (route.kind === 'path') return send.byPath(route.path)
  if (route.kind === 'too-large') return skipped(file.name, route.message)
  const contentBase64 = toBase64(new Uint8Array(await file.arrayBuffer()))
  return send.upload({ name: file.name, contentBase64 })
}

/** "2 articles imported · 1 already in the workspace · 1 skipped: x.png is a PNG image…" */
export function describeSummary(summary: ImportSummary): string {
  const parts = [
    `${summary.imported} ${summary.imported === 1 ? 'article' : 'articles'} imported`,
    summary.duplicates > 0 && `${summary.duplicates} already in the workspace`,
    summary.skipped > 0 && `${summary.skipped} skipped`,
  ].filter(Boolean)
  const reasons = summary.outcomes.flatMap((outcome) =>
    outcome.status !== 'imported' ? [outcome.message] : outcome.notice ? [outcome.notice] : [],
  )
  return [parts.join(' · '), ...reasons].join(' — ')
}
