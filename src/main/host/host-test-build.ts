import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { mkdir } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { Agent, fetch } from 'undici'
import { bundleEntryForTest } from '../testing/bundle-entry'
import { SAMPLES_DIR } from '../core/testing/temp-workspace'

/** A fresh browser host bundle for tests (see bundleEntryForTest). */
export const buildHostForTest = (): Promise<string> =>
  bundleEntryForTest('src/main/host/index.ts', 'host')

export type HostProcess = {
  origin: string
  token: string
  child: ChildProcess
  /** POSTs one call the way the page does: token header, same-origin Host and Origin. */
  call(name: string, input: unknown): Promise<{ status: number; body: unknown }>
  stop(signal: NodeJS.Signals): Promise<void>
}

/** Starts the bundled host on a free port over `dataDir`; it serves no pages, only the contract. */
export async function startHostProcess(entry: string, dataDir: string): Promise<HostProcess> {
  const token = randomBytes(18).toString('base64url')
  const rendererDir = resolve(dirname(entry), 'no-renderer')
  await mkdir(rendererDir, { recursive: true })
  const args = [entry, '--data-dir', dataDir, '--port', '0']
  args.push('--renderer', rendererDir, '--samples', SAMPLES_DIR)
  const env = { ...process.env, CLAIMDESK_TOKEN: token }
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env })
  const url = await waitForUrl(child)
  const origin = new URL(url).origin
  // A few connections, as a browser keeps per host: the host refuses a flood of them.
  const connections = new Agent({ connections: 8 })
  return {
    origin,
    token,
    child,
    call: async (name, input) => {
      const response = await fetch(`${origin}/rpc/${name}`, {
        dispatcher: connections,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-claimdesk-token': token, origin },
        body: JSON.stringify(input),
      })
      return { status: response.status, body: await response.json() }
    },
    stop: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, 'exit')
        child.kill(signal)
        await exited
      }
      await connections.destroy()
    },
  }
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Claimdesk is running at (\S+)/.exec(output)
      if (match?.[1]) resolvePromise(match[1])
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)))
  })
}
