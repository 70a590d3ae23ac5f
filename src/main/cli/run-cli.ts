import { resolve } from 'node:path'
import { ServiceError } from '../../shared/result'
import { discrepanciesAsMarkdown } from '../core/compare/discrepancies-markdown'
import { createHandlers } from '../core/handlers'
import { standaloneReportService } from '../core/reports/report-service'
import { openExistingWorkspace, type OpenWorkspace } from '../core/workspace/open-workspace'
import { parseCliArgs, reportClock, USAGE, UsageError, type CliCommand } from './cli-args'
import { importAnnotations, importArticles } from './import-commands'
import { writeReportFile } from './write-report-file'

export type CliIo = { stdout: (text: string) => void; stderr: (text: string) => void }

/** Exit codes: 0 done, 1 the work failed (missing workspace, unreadable file, existing --out), 2 bad arguments. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const

async function withWorkspace<T>(
  folder: string,
  work: (workspace: OpenWorkspace) => Promise<T>,
): Promise<T> {
  const workspace = await openExistingWorkspace(resolve(folder))
  try {
    return await work(workspace)
  } finally {
    await workspace.close()
  }
}

async function run(
  command: Exclude<CliCommand, { command: 'help' }>,
  env: Record<string, string | undefined>,
  io: CliIo,
) {
  if (command.command === 'list') {
    await withWorkspace(command.workspace, async ({ store }) => {
      io.stdout('id\tclaims\ttitle\n')
      for (const article of store.listArticles())
        io.stdout(`${article.id}\t${article.claimCount}\t${article.title}\n`)
    })
    return
  }
  if (command.command === 'import') return importArticles(command.workspace, command.paths, io)
  if (command.command === 'import-annotations') {
    return importAnnotations(command.workspace, command.file, io)
  }
  if (command.command === 'compare') {
    const markdown = await withWorkspace(command.workspace, ({ store, book }) =>
      discrepanciesAsMarkdown(createHandlers(store, book)),
    )
    return io.stdout(markdown)
  }
  const clock = reportClock(env)
  const report = await withWorkspace(command.workspace, ({ store, book }) =>
    standaloneReportService(store, book, clock).export(
      command.articleId ? { kind: 'article', articleId: command.articleId } : { kind: 'all' },
      command.format,
      command.options,
    ),
  )
  for (const warning of report.warnings) io.stderr(`claimdesk: warning: ${warning}\n`)
  if (!command.out) return io.stdout(report.content)
  await writeReportFile(resolve(command.out), report.content, command.force)
  io.stderr(`claimdesk: wrote ${report.claimCount} claim(s) to ${resolve(command.out)}\n`)
}

/** Runs one command line; never throws, answers with an exit code and messages on stderr. */
export async function runCli(
  argv: string[],
  env: Record<string, string | undefined>,
  io: CliIo,
): Promise<number> {
  try {
    const command = parseCliArgs(argv)
    if (command.command === 'help') {
      io.stdout(`${USAGE}\n`)
      return EXIT.ok
    }
    const isComplete = await run(command, env, io)
    return isComplete === false ? EXIT.failed : EXIT.ok
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`claimdesk: ${error.message}\n\n${USAGE}\n`)
      return EXIT.usage
    }
    const message =
      error instanceof ServiceError ? error.message : `${(error as Error).message ?? error}`
    io.stderr(`claimdesk: ${message}\n`)
    return EXIT.failed
  }
}
