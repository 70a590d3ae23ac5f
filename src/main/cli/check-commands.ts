import { NEW_TAG_COLOUR, type Claim } from '../../shared/claim-model'
import type { Vocabulary } from '../../shared/contract'
import { ServiceError } from '../../shared/result'
import { markdownToNotes } from '../core/reports/notes-from-markdown'
import type { CheckCommand } from './check-args'
import type { WorkspaceClient } from './workspace-client'

type Io = { stdout: (text: string) => void; stderr: (text: string) => void }
type Command<N extends CheckCommand['command']> = Extract<CheckCommand, { command: N }>

const sameName = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase()

/** `claimdesk settings`: sets what was given, then prints the settings a check depends on. */
export async function settingsCommand(
  client: WorkspaceClient,
  command: Command<'settings'>,
  io: Io,
) {
  if (Object.keys(command.patch).length > 0)
    await client.call('settings.update', { patch: command.patch })
  const { settings } = await client.call('vocabulary.get', {})
  io.stdout(
    [
      `publisher-name\t${settings.publisherName}`,
      `publisher-url\t${settings.publisherUrl}`,
      `language\t${settings.language ?? ''}`,
      `display-name\t${settings.displayName}`,
    ].join('\n') + '\n',
  )
  return true
}

/** A claim with its tags and verdict by name, as a script reads them. */
function named(claim: Claim, vocabulary: Vocabulary) {
  const tags = claim.tagIds.map((id) => vocabulary.tags.find((tag) => tag.id === id)?.name ?? id)
  const verdict = vocabulary.verdictScale.verdicts.find((each) => each.id === claim.verdictId)
  return { ...claim, tags, verdict: verdict?.label ?? claim.verdictId }
}

const cell = (text: string) => text.replace(/\s+/g, ' ').trim()

/** `claimdesk claims`: every claim (or one article's), as JSON or tab-separated lines. */
export async function claimsCommand(client: WorkspaceClient, command: Command<'claims'>, io: Io) {
  const vocabulary = await client.call('vocabulary.get', {})
  const claims = command.articleId
    ? await client.call('claims.list', { articleId: command.articleId })
    : await client.call('claims.listAll', {})
  const rows = claims.map((claim) => named(claim, vocabulary))
  if (command.format === 'json') return io.stdout(`${JSON.stringify(rows, null, 2)}\n`)
  io.stdout('article\tclaim\tverdict\tstatus\tclaimant\ttags\tquote\n')
  for (const row of rows) {
    const fields = [
      row.articleId,
      row.id,
      row.verdict,
      row.status,
      row.claimant,
      row.tags.join(', '),
      row.quote.exact,
    ]
    io.stdout(`${fields.map(cell).join('\t')}\n`)
  }
}

function verdictIdOf(vocabulary: Vocabulary, label: string | undefined): string | undefined {
  if (label === undefined) return undefined
  const { verdicts } = vocabulary.verdictScale
  const verdict = verdicts.find((each) => sameName(each.label, label) || each.id === label)
  if (verdict) return verdict.id
  const known = verdicts.map((each) => `"${each.label}"`).join(', ')
  throw new ServiceError(
    'invalid-input',
    `"${label}" is not a verdict of this workspace: use ${known}.`,
  )
}

async function tagIdsOf(client: WorkspaceClient, vocabulary: Vocabulary, names: string[], io: Io) {
  const ids: string[] = []
  for (const name of names) {
    const known = vocabulary.tags.find((tag) => sameName(tag.name, name))
    if (known) ids.push(known.id)
    else {
      ids.push((await client.call('tags.create', { name, colour: NEW_TAG_COLOUR })).id)
      io.stderr(`claimdesk: new tag: ${name}\n`)
    }
  }
  return [...new Set(ids)]
}

/** `claimdesk mark`: finds the quote in the article, then marks it, tags, rates and notes it. */
export async function markCommand(client: WorkspaceClient, command: Command<'mark'>, io: Io) {
  const vocabulary = await client.call('vocabulary.get', {})
  const verdictId = verdictIdOf(vocabulary, command.verdict)
  const { articleId } = command
  const place = await client.call('articles.findQuote', { articleId, quote: command.quote })
  const claim = await client.call('claims.create', {
    articleId,
    start: place.start,
    end: place.end,
    tagIds: await tagIdsOf(client, vocabulary, command.tags, io),
    ...(verdictId ? { verdictId } : {}),
    ...(command.claimant !== undefined ? { claimant: command.claimant } : {}),
    ...(command.status ? { status: command.status } : {}),
  })
  if (command.note)
    await client.call('claims.update', {
      articleId,
      claimId: claim.id,
      patch: { notes: markdownToNotes(command.note) },
    })
  if (!place.isExact)
    io.stderr(`claimdesk: the article's words differ a little; marked “${claim.quote.exact}”\n`)
  io.stdout(`marked\t${articleId}\t${claim.id}\t${cell(claim.quote.exact)}\n`)
  return true
}
