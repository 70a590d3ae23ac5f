import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { CallName, In, Out } from '../../src/shared/contract'
import { dispatch } from '../../src/shared/dispatch'
import type { Claim } from '../../src/shared/claim-model'
import { openWorkspace, type OpenWorkspace } from '../../src/main/core/open-workspace'
import { runCli } from '../../src/main/cli/run-cli'
import {
  startDeskServerProcess,
  type DeskServerProcess,
} from '../../src/main/cli/desk-server-process'
import type { Random } from '../../src/main/core/testing/seeded-random'
import { sameValue } from '../../src/main/core/desk/same-value'
import { DESK_AUTO_SYNC } from '../../src/main/core/desk/desk-auto-sync'

export const CLI_ENTRY = resolve('out/main/cli.js')

/**
 * `claimdesk desk-server` from the built CLI, in a process of its own, on `port` (0: any free one).
 * On a new data folder it waits for the owner invite too, printed on that first start only.
 */
export function startDeskServer(
  dataDir: string,
  { port = 0, isNew = false }: { port?: number; isNew?: boolean } = {},
): Promise<DeskServerProcess> {
  return startDeskServerProcess(CLI_ENTRY, ['--data', dataDir, '--port', String(port)], isNew)
}

/** One `claimdesk` command line, run in this process as the CLI runs it; throws unless it exits 0. */
export async function claimdesk(...argv: string[]): Promise<string> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(
    argv,
    {},
    { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text) },
  )
  if (code !== 0) throw new Error(`claimdesk ${argv[0]} exited with ${code}: ${stderr}`)
  return stdout
}

/**
 * Shares the owner's workspace on the desk, then invites and joins each member as an editor, each
 * in a new workspace `root/NAME`. Returns the members' folders.
 */
export async function shareAndJoin(
  owner: string,
  server: DeskServerProcess,
  root: string,
  members: readonly string[],
): Promise<string[]> {
  if (!server.ownerInvite) throw new Error('the desk server printed no owner invite')
  await claimdesk(
    ...['share', '--workspace', owner, '--server', server.url],
    ...['--invite', server.ownerInvite, '--name', 'owner'],
  )
  const folders: string[] = []
  for (const name of members) {
    const code = (
      await claimdesk('invite', '--workspace', owner, '--role', 'editor', '--name', name)
    ).trim()
    const folder = join(root, name)
    await claimdesk(
      ...['join', '--workspace', folder, '--server', server.url],
      ...['--invite', code, '--name', name],
    )
    folders.push(folder)
  }
  return folders
}

/** A member's workspace, open as the app opens it, called through the app's dispatch. */
export type Member = {
  folder: string
  call<N extends CallName>(name: N, input: In<N>): Promise<Out<N>>
  onChange: OpenWorkspace['onChange']
  close(): Promise<void>
}

/**
 * Opens a member's workspace; `asApp` opens it as the app does, with its live connection to the
 * desk and its syncs by themselves.
 */
export async function openMember(folder: string, { asApp = false } = {}): Promise<Member> {
  const workspace: OpenWorkspace = await openWorkspace(folder, {
    fileWatch: null,
    keepsSearchIndex: false,
    deskAutoSync: asApp ? DESK_AUTO_SYNC : null,
  })
  return {
    folder,
    close: () => workspace.close(),
    onChange: workspace.onChange,
    call: async (name, input) => {
      const result = await dispatch(workspace.handlers, name, input)
      if (!result.ok) throw new Error(`${name} in ${folder}: ${result.message}`)
      return result.value as Out<typeof name>
    },
  }
}

/** The claims as a member holds them, in one order, to compare workspaces with. */
export async function claimsHeld(member: Member): Promise<Claim[]> {
  const claims: Claim[] = await member.call('claims.listAll', {})
  return [...claims].sort((a, b) => a.id.localeCompare(b.id))
}

/** Throws, naming the first claim two members hold differently, unless they hold the same claims. */
export async function expectSameClaims(a: Member, b: Member): Promise<void> {
  const [held, other] = [await claimsHeld(a), await claimsHeld(b)]
  if (sameValue(held, other)) return
  const differs = held.findIndex((claim, n) => !sameValue(claim, other[n]))
  throw new Error(
    `${a.folder} and ${b.folder} hold different claims (${held.length} and ${other.length}); the first:\n` +
      `${JSON.stringify(held[differs])}\n${JSON.stringify(other[differs])}`,
  )
}

const CLAIMANTS = ['the ministry', 'a spokesperson', 'the governor', 'an analyst', 'the mayor']
const STATUSES = ['to-check', 'researching', 'checked'] as const

export type ClaimEdit = In<'claims.update'>

/** `count` edits a fact-checker might make: a verdict, claimant or status, on claims picked at random. */
export function plannedEdits(
  claims: readonly Claim[],
  verdictIds: readonly string[],
  count: number,
  random: Random,
): ClaimEdit[] {
  return Array.from({ length: count }, () => {
    const claim = random.pick(claims)
    const kind = random.int(0, 2)
    const patch =
      kind === 0
        ? { verdictId: random.pick(verdictIds) }
        : kind === 1
          ? { claimant: random.pick(CLAIMANTS) }
          : { status: random.pick(STATUSES) }
    return { articleId: claim.articleId, claimId: claim.id, patch }
  })
}

/** Makes the edits one after another, as a fact-checker's clicks arrive. */
export async function makeEdits(member: Member, edits: readonly ClaimEdit[]): Promise<void> {
  for (const edit of edits) await member.call('claims.update', edit)
}

/** The resident set of a process, in MB, from /proc (Linux). */
export async function residentMegabytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kilobytes = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1])
  if (!Number.isFinite(kilobytes)) throw new Error(`no VmRSS for process ${pid}`)
  return kilobytes / 1024
}
