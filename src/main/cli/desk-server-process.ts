import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'

export type DeskServerProcess = {
  url: string
  ownerInvite: string | null
  child: ChildProcess
  /** Sends the signal and resolves with the exit code (null when the signal killed it). */
  stop(signal: NodeJS.Signals): Promise<number | null>
}

const URL_LINE = /^Claimdesk desk server on (ws:\/\/\S+)$/m
const INVITE_LINE = /^Owner invite: (\S+)$/m

/**
 * Runs `claimdesk desk-server` from a CLI bundle as a child process and resolves once it prints its
 * address (and, when `expectInvite`, the owner invite).
 */
export async function startDeskServerProcess(
  cli: string,
  args: string[],
  expectInvite = false,
): Promise<DeskServerProcess> {
  const child = spawn(process.execPath, [cli, 'desk-server', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  const exited = once(child, 'exit').then(([code]) => code as number | null)
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      stdout += chunk
      if (URL_LINE.test(stdout) && (!expectInvite || INVITE_LINE.test(stdout))) resolve()
    })
    void exited.then((code) =>
      reject(new Error(`desk-server exited (${code}) before it was ready: ${stderr}`)),
    )
  })
  return {
    url: URL_LINE.exec(stdout)![1]!,
    ownerInvite: INVITE_LINE.exec(stdout)?.[1] ?? null,
    child,
    stop: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    },
  }
}

/** Exchanges an invite code for a member token at a desk server's POST /join. */
export async function joinDesk(url: string, code: string): Promise<string> {
  const response = await fetch(`${url.replace(/^ws/, 'http')}/join`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  })
  if (!response.ok) throw new Error(`join refused: ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}
