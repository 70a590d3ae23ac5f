import type { IncomingMessage, ServerResponse } from 'node:http'
import { z } from 'zod'
import { DeskRole, type MemberClaims } from '../../../shared/desk-model'
import { ServiceError, type ErrorCode } from '../../../shared/result'
import type { DeskMembers } from './desk-members'
import { readMemberToken } from './member-tokens'

/** What the members' HTTP requests need from the server around them. */
export type DeskHttpContext = {
  members: DeskMembers
  secret: Buffer
  /** Closes every live connection of a member, once they are revoked. */
  disconnect(memberId: string): void
}

const MemberName = z.string().trim().min(1).max(120)
const JoinRequest = z.object({ code: z.string().max(200), name: MemberName.optional() })
const InviteRequest = z.object({ role: DeskRole, name: MemberName })
const RevokeRequest = z.object({ name: MemberName })

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  'invalid-input': 400,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
}

/** Whom each role may invite: the owner anyone, an editor checkers and viewers. */
const MAY_INVITE: Record<DeskRole, readonly DeskRole[]> = {
  owner: ['owner', 'editor', 'checker', 'viewer'],
  editor: ['checker', 'viewer'],
  checker: [],
  viewer: [],
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  let text = ''
  for await (const chunk of request) {
    text += chunk
    if (text.length > 10_000) throw new ServiceError('invalid-input', 'The request is too large.')
  }
  try {
    return JSON.parse(text)
  } catch {
    throw new ServiceError('invalid-input', 'The request is not JSON.')
  }
}

async function bodyOf<T>(request: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(await readJson(request))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ServiceError('invalid-input', `${issue?.path.join('.')}: ${issue?.message}`)
  }
  return parsed.data
}

/** The member whose bearer token the request carries, if it is valid and not revoked. */
function memberOf(context: DeskHttpContext, request: IncomingMessage): MemberClaims {
  const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1] ?? ''
  const claims = readMemberToken(context.secret, token)
  if (!claims || !context.members.isActive(claims.memberId))
    throw new ServiceError('forbidden', 'This desk does not know that member, or revoked them.')
  return claims
}

function answer(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'Content-Type': 'application/json' })
  response.end(JSON.stringify(body))
}

type Route = (context: DeskHttpContext, request: IncomingMessage) => Promise<unknown>

const ROUTES: Record<string, Route> = {
  /** An invite code exchanged for a member token. */
  'POST /join': async ({ members }, request) => {
    const { code, name } = await bodyOf(request, JoinRequest)
    return members.join(code, name)
  },
  'POST /invites': async (context, request) => {
    const member = memberOf(context, request)
    const { role, name } = await bodyOf(request, InviteRequest)
    if (!MAY_INVITE[member.role].includes(role))
      throw new ServiceError('forbidden', `A ${member.role} may not invite a ${role}.`)
    return { code: await context.members.invite(role, name) }
  },
  'GET /members': async (context, request) => {
    memberOf(context, request)
    return context.members
      .list()
      .map(({ name, role, revokedAt }) => ({ name, role, ...(revokedAt ? { revokedAt } : {}) }))
  },
  'POST /revoke': async (context, request) => {
    const member = memberOf(context, request)
    if (member.role !== 'owner')
      throw new ServiceError('forbidden', 'Only the desk’s owner may revoke a member.')
    const { name } = await bodyOf(request, RevokeRequest)
    if (name === member.name)
      throw new ServiceError('invalid-input', 'An owner cannot revoke themself.')
    context.disconnect(await context.members.revoke(name))
    return { revoked: name }
  },
}

/** Answers a members' request; false when it is none of these (Hocuspocus answers it then). */
export async function answerDeskRequest(
  context: DeskHttpContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<boolean> {
  const route = ROUTES[`${request.method} ${request.url}`]
  if (!route) return false
  try {
    answer(response, 200, await route(context, request))
  } catch (error) {
    const code = error instanceof ServiceError ? error.code : 'internal'
    const message = error instanceof ServiceError ? error.message : 'The desk server failed.'
    answer(response, STATUS_OF[code] ?? 500, { code, message })
  }
  return true
}
