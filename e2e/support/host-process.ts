import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { resolve } from 'node:path'

export type RunningHost = {
  url: string
  origin: string
  token: string
  pid: number
  /** Everything the host printed so far, the one line per refused request included. */
  output(): string
  stop(): Promise<void>
}

const HOST_ENTRY = resolve('out/main/host.js')

/** Starts the real browser host (built by `npm run build`) on a free port and the given data dir. */
export async function startHostProcess(
  dataDir: string,
  extraArgs: string[] = [],
  node: { args: string[]; env: Record<string, string> } = { args: [], env: {} },
): Promise<RunningHost> {
  const token = randomBytes(18).toString('base64url')
  const args = [...node.args, HOST_ENTRY, '--data-dir', dataDir, '--port', '0', ...extraArgs]
  // In the environment, not the command line, where any user of the machine could read it.
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...node.env, CLAIMDESK_TOKEN: token },
  })
  const printed = { text: '' }
  const url = await waitForUrl(child, printed)
  return {
    url,
    pid: child.pid ?? 0,
    origin: new URL(url).origin,
    token,
    output: () => printed.text,
    stop: async () => {
      if (child.exitCode !== null) return
      child.kill('SIGTERM')
      await once(child, 'exit')
    },
  }
}

/** Resolves with the URL the host prints; `printed` keeps collecting what it prints afterwards. */
function waitForUrl(child: ChildProcess, printed: { text: string }): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`host did not start:\n${printed.text}`)),
      20_000,
    )
    const onData = (chunk: Buffer) => {
      printed.text += chunk.toString()
      const match = /Claimdesk is running at (\S+)/.exec(printed.text)
      if (match?.[1]) {
        clearTimeout(timer)
        resolvePromise(match[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (printed.text += chunk.toString()))
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`host exited with ${code}:\n${printed.text}`))
    })
  })
}
