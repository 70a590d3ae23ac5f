import { workerScriptsFor } from '../core/threads/worker-scripts'
import { runCli } from './run-cli'

/** The `claimdesk` command: bundled to out/main/cli.js, it uses the same services as the app. */
runCli(
  process.argv.slice(2),
  process.env,
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
  workerScriptsFor(import.meta.url),
).then((code) => {
  process.exitCode = code
})
