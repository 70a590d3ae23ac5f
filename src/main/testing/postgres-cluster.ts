import { execFile, spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { chown, mkdtemp, rm } from 'node:fs/promises'
import { freePort } from './free-port'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { promisify } from 'node:util'
import pg from 'pg'

const run = promisify(execFile)
const ROOT = '/usr/lib/postgresql'

export type PostgresCluster = { url: string; stop(): Promise<void> }

/** The newest installed PostgreSQL server's bin folder; a clear error when there is none. */
function serverBin(): string {
  const versions = existsSync(ROOT)
    ? readdirSync(ROOT).filter((version) => existsSync(join(ROOT, version, 'bin', 'postgres')))
    : []
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0]
  if (!newest)
    throw new Error(
      `PostgreSQL's server is not installed (no ${ROOT}/*/bin/postgres): install Debian's ` +
        '"postgresql" package (.ci/run does) to run the PostgreSQL tests.',
    )
  return join(ROOT, newest, 'bin')
}

/** PostgreSQL refuses to run as root; there, the cluster runs as the "postgres" system user. */
function clusterUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'))
  if (!line) throw new Error('Running as root needs a "postgres" user to run the test cluster.')
  const [, , uid, gid] = line.split(':')
  return { uid: Number(uid), gid: Number(gid) }
}

async function untilAccepting(url: string) {
  for (let attempt = 0; ; attempt++) {
    const client = new pg.Client({ connectionString: url })
    try {
      await client.connect()
      return client
    } catch (error) {
      if (attempt > 100) throw error
      await sleep(200)
    }
  }
}

/**
 * A throwaway PostgreSQL cluster: initdb in a temp folder, the server on a free loopback port with
 * its socket in that folder, one database; stop() shuts it down and removes the folder.
 */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = serverBin()
  const user = clusterUser()
  const folder = await mkdtemp(join(tmpdir(), 'claimdesk-postgres-'))
  if (user) await chown(folder, user.uid, user.gid)
  const asUser = user ?? {}
  const data = join(folder, 'data')
  await run(join(bin, 'initdb'), ['-D', data, '-U', 'claimdesk', '-A', 'trust', '--no-sync'], {
    ...asUser,
    cwd: folder,
  })
  const port = await freePort()
  const server = spawn(
    join(bin, 'postgres'),
    ['-D', data, '-p', String(port), '-k', folder, '-c', 'listen_addresses=127.0.0.1'],
    { ...asUser, cwd: folder, stdio: 'ignore' },
  )
  const exited = once(server, 'exit')
  const admin = await untilAccepting(`postgres://claimdesk@127.0.0.1:${port}/postgres`)
  await admin.query('create database desk')
  await admin.end()
  return {
    url: `postgres://claimdesk@127.0.0.1:${port}/desk`,
    stop: async () => {
      server.kill('SIGINT')
      await exited
      await rm(folder, { recursive: true, force: true })
    },
  }
}
