import { z } from 'zod'
import { DeskMember, DeskRole, MemberClaims } from '../../../shared/desk-model'
import { ServiceError } from '../../../shared/result'
import {
  deskHttpUrl,
  needDeskCredentials,
  writeDeskCredentials,
  type DeskCredentials,
} from './desk-credentials'

/** A desk server's address as members connect to it: ws:// or wss://, from an http(s) one too. */
export function deskServerUrl(text: string): string {
  const url = text.trim().replace(/^http/, 'ws').replace(/\/+$/, '')
  if (!/^wss?:\/\/[^/]/.test(url))
    throw new ServiceError(
      'invalid-input',
      `"${text}" is not a desk server address (ws://HOST:PORT).`,
    )
  return url
}

async function deskRequest(
  server: string,
  path: string,
  { token, body }: { token?: string; body?: unknown },
): Promise<unknown> {
  const response = await fetch(deskHttpUrl(server, path), {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(15_000),
  }).catch((error: Error) => {
    const reason = (error.cause as Error | undefined)?.message ?? error.message
    throw new ServiceError(
      'io-error',
      `The desk server at ${server} cannot be reached (${reason}).`,
    )
  })
  const answer = (await response.json().catch(() => ({}))) as { message?: string }
  if (!response.ok)
    throw new ServiceError(
      response.status === 403 ? 'forbidden' : response.status === 409 ? 'conflict' : 'io-error',
      `The desk server at ${server} refused: ${answer.message ?? response.statusText}`,
    )
  return answer
}

/** Exchanges an invite for a member token, and keeps the credentials in the workspace. */
export async function joinDeskAs(
  workspace: string,
  server: string,
  code: string,
  name: string,
): Promise<DeskCredentials> {
  const answer = await deskRequest(server, '/join', { body: { code, name } })
  const { token, claims } = z.object({ token: z.string(), claims: MemberClaims }).parse(answer)
  const credentials = { server, name: claims.name, role: claims.role, token }
  await writeDeskCredentials(workspace, credentials)
  return credentials
}

/** A single-use invite code for a new member of the workspace's desk. */
export async function inviteToDesk(workspace: string, role: DeskRole, name: string) {
  const { server, token } = await needDeskCredentials(workspace)
  const answer = await deskRequest(server, '/invites', { token, body: { role, name } })
  return z.object({ code: z.string() }).parse(answer).code
}

export async function listDeskMembers(workspace: string): Promise<DeskMember[]> {
  const { server, token } = await needDeskCredentials(workspace)
  return z.array(DeskMember).parse(await deskRequest(server, '/members', { token }))
}

export async function revokeDeskMember(workspace: string, name: string): Promise<void> {
  const { server, token } = await needDeskCredentials(workspace)
  await deskRequest(server, '/revoke', { token, body: { name } })
}
