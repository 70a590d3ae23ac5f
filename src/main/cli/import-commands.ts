import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { ServiceError } from '../../shared/result'
import type { ImportSummary } from '../../shared/import-model'
import type { AnnotationImportRequest } from '../../shared/report-model'
import type { WorkspaceClient } from './workspace-client'

type Io = { stdout: (text: string) => void; stderr: (text: string) => void }

const isFolder = (path: string) =>
  stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  )

/** Progress on stderr, a line each tenth of the way, so a long import says how far it has got. */
function reportProgress(client: WorkspaceClient, io: Io): () => void {
  let lastTenth = -1
  return client.onProgress(({ label, done, total, state }) => {
    if (state !== 'running' || !total) return
    const tenth = Math.floor((done / total) * 10)
    if (tenth === lastTenth) return
    lastTenth = tenth
    io.stderr(`claimdesk: ${label}: ${done} of ${total} (${tenth * 10} %)\n`)
  })
}

const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`

/**
 * `claimdesk import <files or folders…>`: progress on stderr, one line per file on stdout, then a
 * summary; false when any could not be imported.
 */
export async function importArticles(
  client: WorkspaceClient,
  paths: string[],
  io: Io,
): Promise<boolean> {
  const started = Date.now()
  const summaries: ImportSummary[] = []
  const stopReporting = reportProgress(client, io)
  try {
    // Files named one after another go in one call, one task, in the order given.
    let files: string[] = []
    const importFiles = async () => {
      if (files.length > 0)
        summaries.push(await client.call('articles.importFiles', { paths: files }))
      files = []
    }
    for (const path of paths.map((each) => resolve(each))) {
      if (!(await isFolder(path))) files.push(path)
      else {
        await importFiles()
        summaries.push(await client.call('articles.importFolder', { path }))
      }
    }
    await importFiles()
  } finally {
    stopReporting()
  }
  const outcomes = summaries.flatMap((summary) => summary.outcomes)
  for (const outcome of outcomes) {
    const detail =
      outcome.status === 'imported'
        ? `${outcome.article.id}\t${outcome.article.title}`
        : outcome.message
    io.stdout(`${outcome.status}\t${outcome.source}\t${detail}\n`)
    if (outcome.status === 'imported' && outcome.notice) io.stderr(`claimdesk: ${outcome.notice}\n`)
  }
  const count = (status: string) => outcomes.filter((outcome) => outcome.status === status).length
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  io.stderr(
    `claimdesk: ${plural(outcomes.length, 'file')} in ${seconds} s: ${count('imported')} imported, ` +
      `${plural(count('duplicate'), 'duplicate')}, ${count('skipped')} skipped\n`,
  )
  return outcomes.every((outcome) => outcome.status !== 'skipped')
}

/** Reads the annotations file before the workspace is touched, so a missing file changes nothing. */
export async function readAnnotationsFile(file: string): Promise<string> {
  return readFile(resolve(file), 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ServiceError('io-error', `Could not read ${file} (${error.code ?? error.message}).`)
  })
}

const named = ({ articleId, title }: { articleId: string; title: string }) =>
  `${articleId} (${title})`

/**
 * `claimdesk import-annotations FILE`: claims placed in the workspace, a line for each found by
 * its quote and each skipped (with the articles an ambiguous quote is in), then a summary line.
 * False when anything was skipped.
 */
export async function importAnnotations(
  client: WorkspaceClient,
  request: AnnotationImportRequest,
  io: Io,
): Promise<boolean> {
  const result = await client.call('annotations.import', request)
  for (const match of result.matchedByQuote)
    io.stdout(`matched by quote\t${match.annotation}\t${named(match)}\n`)
  if (result.createdTags.length > 0) io.stdout(`new tags: ${result.createdTags.join(', ')}\n`)
  for (const skip of result.skipped)
    io.stderr(`claimdesk: skipped ${skip.annotation}: ${skip.reason}\n`)
  for (const each of result.ambiguous)
    io.stderr(
      `claimdesk: skipped ${each.annotation}: its quote “${each.quote}” is in ${each.candidates.length} articles: ${each.candidates.map(named).join(', ')}; give one with --article ID\n`,
    )
  const skipped = result.skipped.length + result.ambiguous.length
  io.stdout(
    `imported ${result.imported} claim(s): ${result.matchedByQuote.length} found by their quote, ${result.needsReview} to review, ${result.replies} replies kept as notes; ${skipped} skipped\n`,
  )
  return skipped === 0
}
