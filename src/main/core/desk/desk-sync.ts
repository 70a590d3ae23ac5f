import { canReview, canWrite, DeskMember, type DeskSyncSummary } from '../../../shared/desk-model'
import type { Claim } from '../../../shared/claim-model'
import { ServiceError } from '../../../shared/result'
import {
  connectDeskDocument,
  openDeskSocket,
  type DeskConnection,
  type DeskSocket,
} from './desk-connection'
import { DeskCopies } from './desk-copies'
import { deskHttpUrl, needDeskCredentials, type DeskCredentials } from './desk-credentials'
import { deskIndexOf } from './desk-documents'
import { readClaimsHere, type ClaimsHere, type DeskLocalStore } from './desk-local-store'
import { deskArrivals } from './desk-pull'
import { agreedVocabulary, keepVocabulary, vocabularyHere } from './desk-vocabulary'
import { articleDocumentName, pushLocalChanges } from './desk-push'
import { deskReviewers } from '../review/desk-review-arrivals'

export type SyncOptions = {
  /**
   * Sends nothing and takes the desk's vocabulary: the first sync of a workspace that has just
   * joined a desk, whose default tags are not the desk's.
   */
  receiveOnly?: boolean
  /**
   * Syncs only these desk documents (by name; the index always), and those changed here: the
   * server said which documents members changed. Every document, when absent.
   */
  only?: ReadonlySet<string> | null
  /** How long to wait for the desk server to take and send every change. @default 30000 */
  timeoutMs?: number
  now?: () => Date
}

export type SyncSummary = DeskSyncSummary

const keptForLater = 'Your changes are kept here and go to the desk at the next sync.'

/**
 * Asks the desk server for its members, so an unreachable server or a revoked member is told at
 * once, and approvals are checked against who is an editor or the owner there.
 */
async function checkMembership(credentials: DeskCredentials): Promise<DeskMember[]> {
  const response = await fetch(deskHttpUrl(credentials.server, '/members'), {
    headers: { Authorization: `Bearer ${credentials.token}` },
    signal: AbortSignal.timeout(15_000),
  }).catch((error: Error) => {
    const reason = (error.cause as Error | undefined)?.message ?? error.message
    throw new ServiceError(
      'io-error',
      `The desk server at ${credentials.server} cannot be reached (${reason}). ${keptForLater}`,
    )
  })
  if (response.ok) return DeskMember.array().parse(await response.json())
  const { message } = (await response.json().catch(() => ({}))) as { message?: string }
  throw new ServiceError(
    response.status === 403 ? 'forbidden' : 'io-error',
    `The desk server at ${credentials.server} refused ${credentials.name}: ${message ?? response.statusText}`,
  )
}

/** Connects one desk copy and resolves once it and the server have each other's changes. */
async function inStepWith(
  credentials: DeskCredentials,
  copies: DeskCopies,
  name: string,
  timeoutMs: number,
  { socket, open }: { socket: DeskSocket; open: DeskConnection[] },
): Promise<void> {
  const connection = connectDeskDocument(
    credentials.server,
    name,
    credentials.token,
    copies.document(name),
    { socket, withPresence: false },
  )
  open.push(connection)
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new ServiceError(
            'io-error',
            `The desk server at ${credentials.server} did not take every change in time. ${keptForLater}`,
          ),
        ),
      timeoutMs,
    )
  })
  const lost = new Promise<never>((_, reject) =>
    connection.provider.on('close', ({ event }: { event?: { reason?: unknown } }) => {
      const reason = typeof event?.reason === 'string' && event.reason ? ` (${event.reason})` : ''
      reject(
        new ServiceError(
          'io-error',
          `The desk server at ${credentials.server} closed the connection${reason}. ${keptForLater}`,
        ),
      )
    }),
  )
  const refused = connection.refused.then((reason) => {
    throw new ServiceError('forbidden', `The desk server refused ${credentials.name}: ${reason}`)
  })
  // A viewer sends nothing, so it waits only for the desk's state.
  const synced = canWrite(credentials.role)
    ? connection.inStep()
    : new Promise<void>((resolve) =>
        connection.provider.isSynced ? resolve() : connection.provider.on('synced', resolve),
      )
  // Whichever does not settle the race may settle later, once it no longer matters.
  for (const outcome of [refused, lost, late]) outcome.catch(() => {})
  try {
    await Promise.race([synced, refused, lost, late])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Takes as what the workspace and the desk agree on the claims as the sync read them before it
 * sent them, and then those the desk brought, as written. A claim changed here meanwhile thus
 * differs from it, and goes to the desk at the next sync.
 */
function rememberBase(
  copies: DeskCopies,
  claimsHere: ClaimsHere,
  written: ReadonlyMap<string, Claim | null> = new Map(),
): void {
  copies.base.clear()
  for (const claims of claimsHere.values())
    for (const claim of claims) copies.base.set(claim.id, claim)
  for (const [id, claim] of written)
    if (claim) copies.base.set(id, claim)
    else copies.base.delete(id)
}

/**
 * Brings a workspace and its team desk in step: what changed here goes into the workspace's desk
 * copies (kept on disk, so nothing is lost when the server cannot be reached), the copies are
 * synced with the server, and what the desk has that the workspace lacks is written to the store
 * through its usual way, so reports, search and open windows see it. A viewer sends nothing.
 */
export async function syncWorkspace(
  local: DeskLocalStore,
  { timeoutMs = 30_000, now = () => new Date(), receiveOnly = false, only }: SyncOptions = {},
): Promise<SyncSummary> {
  const credentials = await needDeskCredentials(local.folder)
  const copies = await DeskCopies.open(local.folder)
  // Every document of the sync goes over one socket.
  const session = { socket: openDeskSocket(credentials.server), open: [] as DeskConnection[] }
  try {
    let sent = 0
    let touched = new Set<string>()
    const claimsHere = await readClaimsHere(local)
    const agreed = agreedVocabulary(copies, copies.baseVocabulary)
    const vocabularyRead = vocabularyHere(local)
    if (canWrite(credentials.role) && !receiveOnly) {
      ;({ pushed: sent, touched } = await pushLocalChanges(
        local,
        copies,
        claimsHere,
        credentials.name,
        now(),
        agreed,
        canReview(credentials.role),
      ))
      rememberBase(copies, claimsHere)
      await copies.save()
    }
    const members = await checkMembership(credentials)
    const indexInStep = inStepWith(credentials, copies, 'index', timeoutMs, session)
    void session.socket.connect()
    await indexInStep
    const isWanted = (name: string) => !only || only.has(name) || touched.has(name)
    const articleIds = [...deskIndexOf(copies.document('index')).articles.keys()].filter((id) =>
      isWanted(articleDocumentName(id)),
    )
    await Promise.all(
      articleIds.map((id) =>
        inStepWith(credentials, copies, articleDocumentName(id), timeoutMs, session),
      ),
    )
    const arrivals = await deskArrivals(local, copies, {
      followsOnly: !canWrite(credentials.role),
      replacesTags: receiveOnly,
      articleIds,
      agreed,
      reviewers: deskReviewers(credentials.name, members),
    })
    const written = await local.apply(arrivals)
    rememberBase(copies, claimsHere, written)
    keepVocabulary(copies, vocabularyRead, arrivals)
    await copies.save()
    const changes = [...arrivals.claims.values()]
    return {
      sent,
      received: changes.reduce((sum, { put, remove }) => sum + put.length + remove.length, 0),
      conflicts: [...copies.base.values()].filter((claim) => claim.deskConflicts?.length).length,
      articles: articleIds.length,
    }
  } finally {
    for (const connection of session.open) connection.close()
    session.socket.destroy()
    copies.close()
  }
}
