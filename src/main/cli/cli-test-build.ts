import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { bundleEntryForTest } from '../testing/bundle-entry'

/** A fresh `claimdesk` CLI bundle for tests (see bundleEntryForTest). */
export const buildCliForTest = (): Promise<string> =>
  bundleEntryForTest('src/main/cli/index.ts', 'cli')

const run = promisify(execFile)

/** Runs a `claimdesk` bundle as a child process; resolves with its exit code and output, whatever the code. */
export async function runClaimdesk(cli: string, args: string[], env?: NodeJS.ProcessEnv) {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], {
      env: env ?? process.env,
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}
