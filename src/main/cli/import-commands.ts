import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { ServiceError } from '../../shared/result'
import type { ImportSummary } from '../../shared/import-model'
import type { WorkspaceClient } from './workspace-client'

type Io = { stdout: (text: string) => void; stderr: (text: string) => void }

const isFolder = (path: string) =>
  stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  )

/** `claimdesk import <files or folders…>`: one line per file; false when any could not be imported. */
export async function importArticles(
  client: WorkspaceClient,
  paths: string[],
  io: Io,
): Promise<boolean> {
  const summaries: ImportSummary[] = []
  for (const path of paths.map((each) => resolve(each))) {
    summaries.push(
      (await isFolder(path))
        ? await client.call('articles.importFolder', { path })
        : await client.call('articles.importFiles', { paths: [path] }),
    )
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
  return outcomes.every((outcome) => outcome.status !== 'skipped')
}

/** Reads the annotations file before the workspace is touched, so a missing file changes nothing. */
export async function readAnnotationsFile(file: string): Promise<string> {
  return readFile(resolve(file), 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ServiceError('io-error', `Could not read ${file} (${error.code ?? error.message}).`)
  })
}

/** `claimdesk import-annotations FILE`: claims re-anchored into the workspace; false when any were left out. */
export async function importAnnotations(
  client: WorkspaceClient,
  content: string,
  io: Io,
): Promise<boolean> {
  const result = await client.call('annotations.import', { content })
  io.stdout(`imported ${result.imported} claim(s), ${result.needsReview} to review\n`)
  if (result.createdTags.length > 0) io.stdout(`new tags: ${result.createdTags.join(', ')}\n`)
  for (const skip of result.skipped)
    io.stderr(`claimdesk: skipped ${skip.annotation}: ${skip.reason}\n`)
  return result.skipped.length === 0
}
