import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import { freePort } from './free-port'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export type RedisServer = {
  url: string
  /** Stops the server, keeping its port and folder for start(). */
  stop(): Promise<void>
  start(): Promise<void>
  /** Stops it for good and removes its folder. */
  dispose(): Promise<void>
}

/** Debian's redis-server on a free loopback port, saving nothing, in a temp folder. */
export async function startRedisServer(): Promise<RedisServer> {
  const folder = await mkdtemp(join(tmpdir(), 'claimdesk-redis-'))
  const port = await freePort()
  let running: { stop(): Promise<void> } | null = null
  const start = async () => {
    const server = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--dir', folder],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    const exited = once(server, 'exit')
    await new Promise<void>((resolve, reject) => {
      let output = ''
      server.on('error', (error) =>
        reject(
          new Error(
            `redis-server could not start (install Debian's redis-server): ${error.message}`,
          ),
        ),
      )
      server.stdout!.on('data', (chunk) => {
        output += chunk
        if (output.includes('Ready to accept connections')) resolve()
      })
      void exited.then(() => reject(new Error(`redis-server exited: ${output}`)))
    })
    running = {
      stop: async () => {
        server.kill('SIGTERM')
        await exited
      },
    }
  }
  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      await running?.stop()
      running = null
    },
    start,
    dispose: async () => {
      await running?.stop()
      await rm(folder, { recursive: true, force: true })
    },
  }
}
