import { resolve } from 'node:path'
import type { WorkerScripts } from '../core/threads/worker-scripts'
import { ServiceError } from '../../shared/result'
import { discrepanciesAsMarkdown } from '../core/compare/discrepancies-markdown'
import { parseCliArgs, reportClock, UsageError, type CliCommand } from './cli-args'
import { usageOf } from './cli-usage'
import { isDeskCommand, type DeskCommand } from './desk-args'
import { claimsCommand, markCommand, settingsCommand } from './check-commands'
import { archivePages } from './archive-command'
import { importAnnotations, importArticles, readAnnotationsFile } from './import-commands'
import { connectToWorkspace, type WorkspaceClient } from './workspace-client'
import { writeReportFile } from './write-report-file'
import { verifyPackage } from './verify-command'

export type CliIo = { stdout: (text: string) => void; stderr: (text: string) => void }

/** Exit codes: 0 done, 1 the work failed or left something out (missing workspace, unreadable file, existing --out, skipped annotations), 2 bad arguments. */
const EXIT = { ok: 0, failed: 1, usage: 2 } as const

type WorkCommand = Exclude<
  CliCommand,
  { command: 'help' } | { command: 'verify' } | { command: 'desk-server' } | DeskCommand
>

const isDeskCliCommand = (command: CliCommand): command is DeskCommand =>
  isDeskCommand(command.command)

/** Runs work on a workspace (through the app that has it open, or here) and always lets go of it. */
async function withWorkspace<T>(
  command: WorkCommand,
  workers: WorkerScripts | null,
  work: (client: WorkspaceClient) => Promise<T>,
): Promise<T> {
  const client = await connectToWorkspace(command.workspace, {
    mayCreate: command.command === 'import' || command.command === 'archive',
    workers,
    // A folder of articles is indexed for search by the app at its next open, not all in this run.
    keepsSearchIndex: command.command !== 'import',
  })
  try {
    return await work(client)
  } finally {
    await client.close()
  }
}

async function exportReport(
  command: Extract<WorkCommand, { command: 'export' }>,
  clock: () => Date,
  client: WorkspaceClient,
  io: CliIo,
) {
  const report = await client.call('reports.export', {
    scope: command.articleId ? { kind: 'article', articleId: command.articleId } : { kind: 'all' },
    format: command.format,
    ...(command.options ? { options: command.options } : {}),
    ...(command.publisher ? { publisher: command.publisher } : {}),
    generatedAt: clock().toISOString(),
  })
  for (const warning of report.warnings) io.stderr(`claimdesk: warning: ${warning}\n`)
  if (!command.out) return io.stdout(report.content)
  await writeReportFile(resolve(command.out), report.content, command.force)
  io.stderr(`claimdesk: wrote ${report.claimCount} claim(s) to ${resolve(command.out)}\n`)
}

async function exportEvidence(
  command: Extract<WorkCommand, { command: 'export-evidence' }>,
  clock: () => Date,
  client: WorkspaceClient,
  io: CliIo,
) {
  const zip = await client.call('reports.exportEvidence', { generatedAt: clock().toISOString() })
  await writeReportFile(resolve(command.out), Buffer.from(zip.base64, 'base64'), command.force)
  io.stderr(
    `claimdesk: wrote an evidence package of ${zip.manifest.files.length} file(s) to ${resolve(command.out)}\n`,
  )
}

async function run(
  command: WorkCommand,
  env: Record<string, string | undefined>,
  io: CliIo,
  workers: WorkerScripts | null,
) {
  // Read before the workspace is touched, so a bad file or date changes nothing.
  const annotations =
    command.command === 'import-annotations' ? await readAnnotationsFile(command.file) : ''
  const clock = reportClock(env)
  return withWorkspace(command, workers, async (client) => {
    switch (command.command) {
      case 'list': {
        io.stdout('id\tclaims\ttitle\n')
        for (const article of await client.call('articles.list', {}))
          io.stdout(`${article.id}\t${article.claimCount}\t${article.title}\n`)
        return true
      }
      case 'import':
        return importArticles(client, command.paths, io)
      case 'import-annotations':
        return importAnnotations(client, { content: annotations, articleId: command.articleId }, io)
      case 'settings':
        return settingsCommand(client, command, io)
      case 'claims':
        return claimsCommand(client, command, io)
      case 'mark':
        return markCommand(client, command, io)
      case 'archive':
        return archivePages(client, command, io)
      case 'compare':
        io.stdout(discrepanciesAsMarkdown(await client.call('compare.discrepancies', {})))
        return true
      case 'export':
        await exportReport(command, clock, client, io)
        return true
      case 'export-evidence':
        await exportEvidence(command, clock, client, io)
        return true
    }
  })
}

/**
 * Runs one command line; never throws, answers with an exit code and messages on stderr.
 * `workers` are the worker threads' entries (the bundled CLI has them beside it).
 */
export async function runCli(
  argv: string[],
  env: Record<string, string | undefined>,
  io: CliIo,
  workers: WorkerScripts | null = null,
): Promise<number> {
  try {
    const command = parseCliArgs(argv)
    if (command.command === 'help') {
      io.stdout(`${usageOf(command.topic)}\n`)
      return EXIT.ok
    }
    if (command.command === 'verify') {
      const isIntact = await verifyPackage(command.file, io)
      return isIntact ? EXIT.ok : EXIT.failed
    }
    if (command.command === 'desk-server') {
      // Loaded only here, so the other commands do not start slower for the server's libraries.
      const { serveDesk } = await import('./desk-server-command')
      await serveDesk(command, io)
      return EXIT.ok
    }
    if (isDeskCliCommand(command)) {
      // Loaded only here, like the desk server: the other commands need no Yjs.
      const { runDeskCommand } = await import('./desk-commands')
      await runDeskCommand(command, io)
      return EXIT.ok
    }
    const isComplete = await run(command, env, io, workers)
    return isComplete === false ? EXIT.failed : EXIT.ok
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`claimdesk: ${error.message}\n\n${usageOf(error.command)}\n`)
      return EXIT.usage
    }
    const message =
      error instanceof ServiceError ? error.message : `${(error as Error).message ?? error}`
    io.stderr(`claimdesk: ${message}\n`)
    return EXIT.failed
  }
}
