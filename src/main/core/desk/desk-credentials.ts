import { open, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { DeskRole } from '../../../shared/desk-model'
import { ServiceError } from '../../../shared/result'
import { nodeFs, writeFileAtomic } from '../store/atomic-write'
import { STORE_FOLDER } from '../workspace/workspace-file'

/** How a workspace reaches its team desk: the server, and who this workspace is there. */
export const DeskCredentials = z.object({
  /** The desk server's WebSocket address (ws:// or wss://). */
  server: z.string().regex(/^wss?:\/\/./),
  name: z.string().min(1),
  role: DeskRole,
  token: z.string().min(1),
})
export type DeskCredentials = z.infer<typeof DeskCredentials>

const credentialsPath = (workspace: string) => join(workspace, STORE_FOLDER, 'desk.json')

/** The workspace's desk credentials, or null when it follows no desk. */
export async function readDeskCredentials(workspace: string): Promise<DeskCredentials | null> {
  const text = await readFile(credentialsPath(workspace), 'utf8').catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null
      throw error
    },
  )
  if (text === null) return null
  const parsed = DeskCredentials.safeParse(JSON.parse(text))
  if (!parsed.success)
    throw new ServiceError('invalid-input', `${credentialsPath(workspace)} is not valid.`)
  return parsed.data
}

/** Keeps the credentials in `.claimdesk/desk.json`, readable by its owner only (mode 0600). */
export async function writeDeskCredentials(
  workspace: string,
  credentials: DeskCredentials,
): Promise<void> {
  const path = credentialsPath(workspace)
  // Made empty with mode 0600 first: an atomic rewrite keeps the mode the file has.
  await open(path, 'wx', 0o600)
    .then((file) => file.close())
    .catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error
    })
  await writeFileAtomic(nodeFs, path, JSON.stringify(DeskCredentials.parse(credentials), null, 2))
}

/** The workspace's desk credentials; a clear error when it follows none. */
export async function needDeskCredentials(workspace: string): Promise<DeskCredentials> {
  const credentials = await readDeskCredentials(workspace)
  if (!credentials)
    throw new ServiceError(
      'not-found',
      `${workspace} is not on a team desk: use claimdesk share or claimdesk join first.`,
    )
  return credentials
}

/** The desk server's HTTP address for a request (`/members`, `/invites`…). */
export const deskHttpUrl = (server: string, path: string): string =>
  `${server.replace(/^ws/, 'http').replace(/\/+$/, '')}${path}`
