import { runCli } from './run-cli'

/** Runs `claimdesk …` in this process (for tests), collecting what it prints and its exit code. */
export async function claimdeskInProcess(...argv: string[]) {
  const out = { stdout: '', stderr: '' }
  const code = await runCli(
    argv,
    {},
    { stdout: (text) => (out.stdout += text), stderr: (text) => (out.stderr += text) },
  )
  return { code, ...out }
}
