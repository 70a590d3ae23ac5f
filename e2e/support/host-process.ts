import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { resolve } from 'node:path'

export type RunningHost = { url: string; origin: string; token: string; stop(): Promise<void> }

const HOST_ENTRY = resolve('out/main/host.js')

/** Starts the real browser host (built by `npm run build`) on a free port and the given data dir. */
export async function startHostProcess(
  dataDir: string,
  extraArgs: string[] = [],
): Promise<RunningHost> {
  const token = randomBytes(18).toString('base64url')
  const args = [HOST_ENTRY, '--data-dir', dataDir, '--port', '0', '--token', token, ...extraArgs]
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const url = await waitForUrl(child)
  return {
    url,
    origin: new URL(url).origin,
    token,
    stop: async () => {
      if (child.exitCode !== null) return
      child.kill('SIGTERM')
      await once(child, 'exit')
    },
  }
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 20_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Claimdesk is running at (\S+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolvePromise(match[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`host exited with ${code}:\n${output}`))
    })
  })
}
