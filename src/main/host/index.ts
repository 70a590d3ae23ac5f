import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Handlers } from '../../shared/contract'
import { openDesk } from '../core/desk'
import { handlersWhenReady } from '../core/handlers-when-ready'
import { samplesDirFor } from '../core/workspace/samples-dir'
import { parseHostArgs, type HostArgs } from './host-args'
import { startHost, type RunningHost } from './server'

/** This entry is bundled to out/main/host.js, next to out/renderer. */
const defaults = {
  home: homedir(),
  rendererDir: fileURLToPath(new URL('../renderer', import.meta.url)),
  samplesDir: samplesDirFor(import.meta.url),
}

async function startOnFreePortIfBusy(handlers: Handlers, args: HostArgs): Promise<RunningHost> {
  const options = { handlers, rendererDir: args.rendererDir, token: args.token }
  try {
    return await startHost({ ...options, port: args.port })
  } catch (error) {
    if (args.isPortFixed || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
    console.log(`Port ${args.port} is busy; using a free one.`)
    return startHost({ ...options, port: 0 })
  }
}

function stopOnSignals(stop: () => Promise<void>) {
  const onSignal = () =>
    stop().then(
      () => process.exit(0),
      (error: Error) => {
        console.error(`Claimdesk did not stop cleanly: ${error.message}`)
        process.exit(1)
      },
    )
  // once: a second Ctrl-C during shutdown gets Node's default and ends the process at once.
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
}

async function main() {
  const args = parseHostArgs(process.argv.slice(2), process.env, defaults)
  if (!existsSync(join(args.rendererDir, 'index.html'))) {
    console.error(`No built renderer in ${args.rendererDir}: run the build first.`)
  }
  // The server listens while the desk opens: the page loads meanwhile, and its first calls wait.
  const opening = openDesk({ dataDir: args.dataDir, samplesDir: args.samplesDir })
  const handlers = handlersWhenReady(opening.then((desk) => desk.handlers))
  const host = await startOnFreePortIfBusy(handlers, args).catch(async (error: unknown) => {
    await (await opening.catch(() => null))?.close()
    throw error
  })
  // Stopping while the desk is still opening lets it finish (a first run imports the samples), then
  // closes it, so nothing is left half done.
  stopOnSignals(async () => {
    await host.close()
    await (await opening.catch(() => null))?.close()
  })
  console.log(`Claimdesk is running at ${host.url}`)
  console.log(`Data folder: ${args.dataDir}`)
  await opening.catch(async (error: unknown) => {
    await host.close()
    throw error
  })
}

main().catch((error: Error) => {
  console.error(`Claimdesk could not start: ${error.message}`)
  process.exit(1)
})
