import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { ServiceError } from '../../shared/result'
import type { ImportSummary } from '../../shared/import-model'
import { createHandlers } from '../core/handlers'
import {
  openExistingWorkspace,
  openWorkspace,
  type OpenWorkspace,
} from '../core/workspace/open-workspace'

type Io = { stdout: (text: string) => void; stderr: (text: string) => void }

/** Runs work on a workspace folder and always saves and closes it. */
async function inWorkspace<T>(
  open: (folder: string) => Promise<OpenWorkspace>,
  folder: string,
  work: (workspace: OpenWorkspace) => Promise<T>,
): Promise<T> {
  const workspace = await open(resolve(folder))
  try {
    return await work(workspace)
  } finally {
    await workspace.close()
  }
}

const isFolder = (path: string) =>
  stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  )

/** `claimdesk import <files or folders…>` (a new folder becomes a new workspace): one line per file; false when any could not be imported. */
export async function importArticles(folder: string, paths: string[], io: Io): Promise<boolean> {
  return inWorkspace(openWorkspace, folder, async ({ store, book }) => {
    const handlers = createHandlers(store, book)
    const summaries: ImportSummary[] = []
    for (const path of paths.map((each) => resolve(each))) {
      summaries.push(
        (await isFolder(path))
          ? await handlers['articles.importFolder']({ path })
          : await handlers['articles.importFiles']({ paths: [path] }),
      )
    }
    const outcomes = summaries.flatMap((summary) => summary.outcomes)
    for (const outcome of outcomes) {
      const detail =
        outcome.status === 'imported'
          ? `${outcome.article.id}\t${outcome.article.title}`
          : outcome.message
      io.stdout(`${outcome.status}\t${outcome.source}\t${detail}\n`)
    }
    return outcomes.every((outcome) => outcome.status !== 'skipped')
  })
}

/** `claimdesk import-annotations FILE`: claims re-anchored into the workspace; false when any were left out. */
export async function importAnnotations(folder: string, file: string, io: Io): Promise<boolean> {
  const content = await readFile(resolve(file), 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ServiceError('io-error', `Could not read ${file} (${error.code ?? error.message}).`)
  })
  return inWorkspace(openExistingWorkspace, folder, async ({ store, book }) => {
    const result = await createHandlers(store, book)['annotations.import']({ content })
    io.stdout(`imported ${result.imported} claim(s), ${result.needsReview} to review\n`)
    if (result.createdTags.length > 0) io.stdout(`new tags: ${result.createdTags.join(', ')}\n`)
    for (const skip of result.skipped)
      io.stderr(`claimdesk: skipped ${skip.annotation}: ${skip.reason}\n`)
    return result.skipped.length === 0
  })
}
