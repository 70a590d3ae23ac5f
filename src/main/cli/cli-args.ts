import { parseArgs } from 'node:util'
import { ArticleId } from '../../shared/article-model'
import { ReportFormat, type ReportRequest } from '../../shared/report-model'
import { ReportOptions } from '../../shared/report-options'

export const USAGE = `Usage:
  claimdesk export --workspace DIR --format md|html|csv|w3c|claimreview [--article ID] [--out FILE] [--force]
                   [--title T] [--subtitle S] [--author A] [--include-notes] [--no-unrated]
                   [--group-by article|verdict] [--order-by text|verdict] [--disagreements auto|on|off]
  claimdesk list --workspace DIR
  claimdesk import FILE_OR_FOLDER... --workspace DIR   (a new DIR becomes a new workspace)
  claimdesk import-annotations FILE.jsonld --workspace DIR
  claimdesk compare --workspace DIR   (where the articles disagree, as Markdown)
  claimdesk help

  --workspace DIR  a workspace folder, the one holding .claimdesk/ (the desktop app keeps its own
                   in <its user data folder>/workspace, the browser host in ~/.claimdesk-host/workspace)
  --format F       md (Markdown), html (a standalone web page), csv, w3c (W3C Web Annotation
                   JSON-LD, also "annotations"), claimreview
  --article ID     only this article's claims (see the ids with: claimdesk list)
  --out FILE       write the report to FILE instead of standard output; an existing FILE is
                   never replaced unless --force is given
  Markdown and HTML reports only (each defaults to what the app's export dialog last used):
  --title T, --subtitle S, --author A   the report's title lines and byline
  --include-notes  publish each claim's internal notes beside its finding
  --no-unrated     leave out claims that have no verdict yet
  --group-by G     article (default) or verdict;  --order-by O  text (default) or verdict
  --disagreements  where the outlets disagree: auto (when there is more than one article), on, off
Set SOURCE_DATE_EPOCH (seconds since 1970) to fix the report's date, for reproducible reports.`

/** A mistake in the command line: the message says what, and the usage follows it. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export type CliCommand =
  | { command: 'help' }
  | { command: 'list'; workspace: string }
  | { command: 'import'; workspace: string; paths: string[] }
  | { command: 'import-annotations'; workspace: string; file: string }
  | { command: 'compare'; workspace: string }
  | {
      command: 'export'
      workspace: string
      format: ReportFormat
      articleId?: string
      out?: string
      force: boolean
      options?: ReportRequest['options']
    }

const FORMAT_ALIASES: Record<string, ReportFormat> = { annotations: 'w3c', markdown: 'md' }

const OPTIONS = {
  workspace: { type: 'string' },
  format: { type: 'string' },
  article: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  title: { type: 'string' },
  subtitle: { type: 'string' },
  author: { type: 'string' },
  'include-notes': { type: 'boolean' },
  'no-unrated': { type: 'boolean' },
  'group-by': { type: 'string' },
  'order-by': { type: 'string' },
  disagreements: { type: 'string' },
} as const

type OptionValues = ReturnType<typeof readOptions>['values']

function readOptions(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

function parseFormat(text: string | undefined): ReportFormat {
  if (text === undefined) throw new UsageError('export needs --format md|html|csv|w3c|claimreview.')
  const format = ReportFormat.safeParse(FORMAT_ALIASES[text] ?? text)
  if (!format.success)
    throw new UsageError(`"${text}" is not a report format: use md, html, csv, w3c or claimreview.`)
  return format.data
}

/** The report options that take a value, by their command-line names. */
const VALUE_FLAGS = {
  title: 'title',
  subtitle: 'subtitle',
  author: 'author',
  groupBy: 'group-by',
  orderBy: 'order-by',
  disagreements: 'disagreements',
} as const

/** The report options given on the command line; each is checked as the app's export dialog is. */
function parseReportOptions(values: OptionValues, format: ReportFormat) {
  const given = Object.fromEntries(
    [
      ...Object.entries(VALUE_FLAGS).map(([key, flag]) => [key, values[flag]]),
      ['includeNotes', values['include-notes']],
      ['includeUnrated', values['no-unrated'] ? false : undefined],
    ].filter(([, value]) => value !== undefined),
  )
  if (Object.keys(given).length === 0) return undefined
  if (format !== 'md' && format !== 'html')
    throw new UsageError(
      '--title, --author and the other report options apply to md and html only.',
    )
  const options = ReportOptions.partial().safeParse(given)
  if (!options.success) {
    const issue = options.error.issues[0]
    const key = String(issue?.path[0]) as keyof typeof VALUE_FLAGS
    throw new UsageError(`--${VALUE_FLAGS[key] ?? key}: ${issue?.message ?? 'not valid'}.`)
  }
  return options.data
}

const needWorkspace = (command: string, workspace: string | undefined) => {
  if (!workspace) throw new UsageError(`${command} needs --workspace DIR.`)
  return workspace
}

function importCommand(
  command: 'import' | 'import-annotations',
  files: string[],
  workspace?: string,
): CliCommand {
  if (command === 'import') {
    if (files.length === 0) throw new UsageError('import needs at least one file or folder.')
    return { command, workspace: needWorkspace(command, workspace), paths: files }
  }
  if (files.length !== 1) throw new UsageError('import-annotations needs exactly one FILE.jsonld.')
  return { command, workspace: needWorkspace(command, workspace), file: files[0]! }
}

/** Reads `claimdesk <command> [options]`; every mistake is a UsageError with a message fit to print. */
export function parseCliArgs(argv: string[]): CliCommand {
  const { values, positionals } = readOptions(argv)
  const [command, ...extra] = positionals
  if (values.help || command === undefined || command === 'help') return { command: 'help' }
  if (command === 'import' || command === 'import-annotations')
    return importCommand(command, extra, values.workspace)
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`)
  if (command === 'list') return { command, workspace: needWorkspace(command, values.workspace) }
  if (command === 'compare') return { command, workspace: needWorkspace(command, values.workspace) }
  if (command !== 'export') throw new UsageError(`Unknown command "${command}".`)
  if (values.article !== undefined && !ArticleId.safeParse(values.article).success) {
    throw new UsageError(
      `"${values.article}" is not an article id (see them with: claimdesk list).`,
    )
  }
  if (values.force && values.out === undefined)
    throw new UsageError('--force only applies with --out FILE.')
  const format = parseFormat(values.format)
  const options = parseReportOptions(values, format)
  return {
    command,
    workspace: needWorkspace(command, values.workspace),
    format,
    ...(values.article !== undefined ? { articleId: values.article } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
    force: values.force ?? false,
    ...(options ? { options } : {}),
  }
}

/** SOURCE_DATE_EPOCH, the reproducible-builds convention, fixes the clock; otherwise it is now. */
export function reportClock(env: Record<string, string | undefined>): () => Date {
  const epoch = env.SOURCE_DATE_EPOCH
  if (epoch === undefined || epoch === '') return () => new Date()
  if (!/^\d{1,12}$/.test(epoch))
    throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds, not "${epoch}".`)
  const date = new Date(Number(epoch) * 1000)
  return () => date
}
