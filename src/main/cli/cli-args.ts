import { parseArgs } from 'node:util'
import { ClaimId } from '../../shared/article-model'
import { ReportFormat, ReportRequest } from '../../shared/report-model'
import { ReportOptions } from '../../shared/report-options'
import { articleIdOf, need, parseCheckCommand, type CheckCommand } from './check-args'
import { parseDeskServerCommand, type DeskServerCommand } from './desk-server-args'
import { isDeskCommand, parseDeskCommand, type DeskCommand } from './desk-args'
import { isCommandName, type CommandName } from './cli-usage'
import { UsageError } from './usage-error'

export { UsageError }

export type CliCommand =
  | { command: 'help'; topic?: CommandName }
  | CheckCommand
  | DeskServerCommand
  | DeskCommand
  | { command: 'list'; workspace: string }
  | { command: 'import'; workspace: string; paths: string[] }
  | { command: 'import-annotations'; workspace: string; file: string; articleId?: string }
  | { command: 'compare'; workspace: string }
  | {
      command: 'archive'
      workspace: string
      urls: string[]
      claimId?: string
      allowPrivateNetwork: boolean
    }
  | {
      command: 'export'
      workspace: string
      format: ReportFormat
      articleId?: string
      out?: string
      force: boolean
      options?: ReportRequest['options']
      publisher?: ReportRequest['publisher']
    }
  | { command: 'export-evidence'; workspace: string; out: string; force: boolean }
  | { command: 'verify'; file: string }

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
  'approved-only': { type: 'boolean' },
  'group-by': { type: 'string' },
  'order-by': { type: 'string' },
  disagreements: { type: 'string' },
  'publisher-name': { type: 'string' },
  'publisher-url': { type: 'string' },
  language: { type: 'string' },
  quote: { type: 'string' },
  tag: { type: 'string', multiple: true },
  verdict: { type: 'string' },
  claimant: { type: 'string' },
  status: { type: 'string' },
  note: { type: 'string' },
  claim: { type: 'string' },
  'allow-private-network': { type: 'boolean' },
  data: { type: 'string' },
  port: { type: 'string' },
  listen: { type: 'string' },
  postgres: { type: 'string' },
  redis: { type: 'string' },
  server: { type: 'string' },
  invite: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
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
  if (text === undefined)
    throw new UsageError('export needs --format md|html|csv|w3c|claimreview|hypothesis.', 'export')
  const format = ReportFormat.safeParse(FORMAT_ALIASES[text] ?? text)
  if (!format.success)
    throw new UsageError(
      `"${text}" is not a report format: use md, html, csv, w3c, claimreview or hypothesis.`,
      'export',
    )
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
      'export',
    )
  const options = ReportOptions.partial().safeParse(given)
  if (!options.success) {
    const issue = options.error.issues[0]
    const key = String(issue?.path[0]) as keyof typeof VALUE_FLAGS
    throw new UsageError(
      `--${VALUE_FLAGS[key] ?? key}: ${issue?.message ?? 'not valid'}.`,
      'export',
    )
  }
  return options.data
}

function importCommand(
  command: 'import' | 'import-annotations',
  files: string[],
  values: OptionValues,
): CliCommand {
  const workspace = need(command, '--workspace DIR', values.workspace)
  if (command === 'import') {
    if (files.length === 0)
      throw new UsageError('import needs at least one file or folder.', command)
    return { command, workspace, paths: files }
  }
  if (files.length !== 1)
    throw new UsageError('import-annotations needs exactly one FILE.', command)
  const articleId = articleIdOf(command, values.article)
  return { command, workspace, file: files[0]!, ...(articleId ? { articleId } : {}) }
}

function archiveCommand(urls: string[], values: OptionValues): CliCommand {
  const workspace = need('archive', '--workspace DIR', values.workspace)
  if (urls.length === 0) throw new UsageError('archive needs at least one URL.', 'archive')
  const claimId = values.claim === undefined ? undefined : ClaimId.safeParse(values.claim)
  if (claimId && !claimId.success)
    throw new UsageError(`--claim: "${values.claim}" is not a claim id.`, 'archive')
  return {
    command: 'archive',
    workspace,
    urls,
    ...(claimId?.data ? { claimId: claimId.data } : {}),
    allowPrivateNetwork: values['allow-private-network'] ?? false,
  }
}

/** A ClaimReview publisher for one export, checked as the settings would check it. */
function parsePublisher(values: OptionValues, format: ReportFormat) {
  const given = { publisherName: values['publisher-name'], publisherUrl: values['publisher-url'] }
  if (given.publisherName === undefined && given.publisherUrl === undefined) return undefined
  if (format !== 'claimreview')
    throw new UsageError(
      '--publisher-name and --publisher-url apply to claimreview only.',
      'export',
    )
  const publisher = ReportRequest.shape.publisher.safeParse(
    Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)),
  )
  if (!publisher.success) {
    const issue = publisher.error.issues[0]
    const flag = issue?.path[0] === 'publisherUrl' ? '--publisher-url' : '--publisher-name'
    throw new UsageError(`${flag}: ${issue?.message ?? 'not valid'}.`, 'export')
  }
  return publisher.data
}

/** Reads `claimdesk <command> [options]`; every mistake is a UsageError with a message fit to print. */
export function parseCliArgs(argv: string[]): CliCommand {
  const { values, positionals } = readOptions(argv)
  const [command, ...extra] = positionals
  if (command === undefined) return { command: 'help' }
  if (!isCommandName(command)) throw new UsageError(`Unknown command "${command}".`)
  if (command === 'help')
    return { command, ...(isCommandName(extra[0]) ? { topic: extra[0] } : {}) }
  if (values.help) return { command: 'help', topic: command }
  if (command === 'import' || command === 'import-annotations')
    return importCommand(command, extra, values)
  if (command === 'archive') return archiveCommand(extra, values)
  if (command === 'verify') {
    if (extra.length !== 1) throw new UsageError('verify needs one FILE.zip.', 'verify')
    return { command, file: extra[0]! }
  }
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`, command)
  if (command === 'settings' || command === 'claims' || command === 'mark')
    return parseCheckCommand(command, values)
  if (command === 'desk-server') return parseDeskServerCommand(values)
  if (isDeskCommand(command)) return parseDeskCommand(command, values)
  if (command === 'list' || command === 'compare')
    return { command, workspace: need(command, '--workspace DIR', values.workspace) }
  return parseExport(values)
}

function parseExport(values: OptionValues): CliCommand {
  if (values.format === 'evidence') return parseEvidenceExport(values)
  const articleId = articleIdOf('export', values.article)
  if (values.force && values.out === undefined)
    throw new UsageError('--force only applies with --out FILE.', 'export')
  const format = parseFormat(values.format)
  const reportOptions = parseReportOptions(values, format)
  // Every format can be limited to approved claims, not only the published ones.
  const options = values['approved-only'] ? { ...reportOptions, approvedOnly: true } : reportOptions
  const publisher = parsePublisher(values, format)
  return {
    command: 'export',
    workspace: need('export', '--workspace DIR', values.workspace),
    format,
    ...(articleId !== undefined ? { articleId } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
    force: values.force ?? false,
    ...(options ? { options } : {}),
    ...(publisher ? { publisher } : {}),
  }
}

/** `--format evidence`: a zip, so it is written to --out FILE, never to standard output. */
function parseEvidenceExport(values: OptionValues): CliCommand {
  if (values.out === undefined)
    throw new UsageError('--format evidence writes a zip: give --out FILE.zip.', 'export')
  return {
    command: 'export-evidence',
    workspace: need('export', '--workspace DIR', values.workspace),
    out: values.out,
    force: values.force ?? false,
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
