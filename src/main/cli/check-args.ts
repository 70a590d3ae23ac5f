import type { z } from 'zod'
import { ArticleId } from '../../shared/article-model'
import { contract } from '../../shared/contract'
import { ClaimDraftText } from './check-commands-model'
import type { CommandName } from './cli-usage'
import { UsageError } from './usage-error'

/** The options of `settings`, `claims` and `mark`, as parseArgs gives them. */
export type CheckValues = {
  workspace?: string
  article?: string
  format?: string
  quote?: string
  tag?: string[]
  verdict?: string
  claimant?: string
  status?: string
  note?: string
  'publisher-name'?: string
  'publisher-url'?: string
  language?: string
}

export type CheckCommand =
  | { command: 'settings'; workspace: string; patch: z.output<typeof SettingsPatch> }
  | { command: 'claims'; workspace: string; articleId?: string; format: 'json' | 'tsv' }
  | ({ command: 'mark'; workspace: string } & ClaimDraftText)

const SettingsPatch = contract['settings.update'].input.shape.patch

/** The first thing a schema refused, named by its command-line flag. */
function refusal(
  command: CommandName,
  error: z.ZodError,
  flags: Record<string, string>,
): UsageError {
  const issue = error.issues[0]
  const key = String(issue?.path.at(-1) ?? '')
  return new UsageError(`${flags[key] ?? `--${key}`}: ${issue?.message ?? 'not valid'}.`, command)
}

export function need(command: CommandName, flag: string, value: string | undefined): string {
  if (value === undefined || value === '')
    throw new UsageError(`${command} needs ${flag}.`, command)
  return value
}

export function articleIdOf(command: CommandName, value: string | undefined): string | undefined {
  if (value !== undefined && !ArticleId.safeParse(value).success)
    throw new UsageError(
      `"${value}" is not an article id (see them with: claimdesk list).`,
      command,
    )
  return value
}

function parseSettings(values: CheckValues): CheckCommand {
  const given = {
    publisherName: values['publisher-name'],
    publisherUrl: values['publisher-url'],
    language: values.language,
  }
  const patch = SettingsPatch.safeParse(
    Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)),
  )
  if (!patch.success)
    throw refusal('settings', patch.error, {
      publisherName: '--publisher-name',
      publisherUrl: '--publisher-url',
      language: '--language',
    })
  return {
    command: 'settings',
    workspace: need('settings', '--workspace DIR', values.workspace),
    patch: patch.data,
  }
}

function parseClaims(values: CheckValues): CheckCommand {
  const format = values.format ?? 'json'
  if (format !== 'json' && format !== 'tsv')
    throw new UsageError(`claims lists as json or tsv, not "${format}".`, 'claims')
  const articleId = articleIdOf('claims', values.article)
  return {
    command: 'claims',
    workspace: need('claims', '--workspace DIR', values.workspace),
    format,
    ...(articleId ? { articleId } : {}),
  }
}

function parseMark(values: CheckValues): CheckCommand {
  const draft = ClaimDraftText.safeParse({
    articleId: need('mark', '--article ID', articleIdOf('mark', values.article)),
    quote: need('mark', '--quote TEXT', values.quote),
    tags: values.tag ?? [],
    ...(values.verdict !== undefined ? { verdict: values.verdict } : {}),
    ...(values.claimant !== undefined ? { claimant: values.claimant } : {}),
    ...(values.status !== undefined ? { status: values.status } : {}),
    ...(values.note !== undefined ? { note: values.note } : {}),
  })
  if (!draft.success)
    throw refusal('mark', draft.error, {
      tags: '--tag',
      quote: '--quote',
      claimant: '--claimant',
      status: '--status',
    })
  return {
    command: 'mark',
    workspace: need('mark', '--workspace DIR', values.workspace),
    ...draft.data,
  }
}

/** Reads the options of the commands that run a check from the command line. */
export function parseCheckCommand(command: 'settings' | 'claims' | 'mark', values: CheckValues) {
  if (command === 'settings') return parseSettings(values)
  return command === 'claims' ? parseClaims(values) : parseMark(values)
}
