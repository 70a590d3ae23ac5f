import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CurrentWorkspace, CurrentWorkspaceOptions } from '../core/current-workspace'
import { ChangeFeed } from '../core/events/change-feed'
import { handlersWhenReady } from '../core/handlers-when-ready'
import { workerScriptsFor } from '../core/threads/worker-scripts'
import { samplesDirFor } from '../core/workspace/samples-dir'
import { parseHostArgs, readHostToken, type HostArgs } from './host-args'
import { startHost, type HostOptions, type RunningHost } from './server'

/** This entry is bundled to out/main/host.js, next to out/renderer. */
const defaults = {
  home: homedir(),
  rendererDir: fileURLToPath(new URL('../renderer', import.meta.url)),
  samplesDir: samplesDirFor(import.meta.url),
}

async function startOnFreePortIfBusy(
  options: Omit<HostOptions, 'port'>,
  args: HostArgs,
): Promise<RunningHost> {
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

/**
 * The workspace's code (the store, search, imports, the desk) is loaded once the server listens:
 * the page loads meanwhile, instead of after it.
 */
async function openAfterListening(
  options: Omit<CurrentWorkspaceOptions, 'lockWaitMs' | 'deskAutoSync'>,
): Promise<CurrentWorkspace> {
  const [{ APP_LOCK_WAIT_MS, openCurrentWorkspace }, { DESK_AUTO_SYNC }] = await Promise.all([
    import('../core/current-workspace'),
    import('../core/desk/desk-auto-sync'),
  ])
  return openCurrentWorkspace({
    ...options,
    lockWaitMs: APP_LOCK_WAIT_MS,
    deskAutoSync: DESK_AUTO_SYNC,
  })
}

async function main() {
  const args = parseHostArgs(process.argv.slice(2), process.env, defaults)
  const token = await readHostToken(args)
  if (!existsSync(join(args.rendererDir, 'index.html'))) {
    console.error(`No built renderer in ${args.rendererDir}: run the build first.`)
  }
  // The server listens while the workspace opens: the page loads meanwhile, and its first calls
  // wait. The workspace's lock then names this server, so the CLI sends its calls here.
  let opened: (workspace: Promise<CurrentWorkspace>) => void = () => {}
  const opening = new Promise<CurrentWorkspace>((resolve) => (opened = resolve))
  const feed = new ChangeFeed()
  const cliSecret = randomBytes(24).toString('base64url')
  const host = await startOnFreePortIfBusy(
    {
      handlers: handlersWhenReady(opening.then((workspace) => workspace.handlers)),
      rendererDir: args.rendererDir,
      token,
      feed,
      cli: { secret: cliSecret, folder: async () => (await opening).folder() },
    },
    args,
  )
  const lock = { app: 'browser host' as const, endpoint: host.origin, secret: cliSecret }
  const { dataDir, samplesDir } = args
  const workers = workerScriptsFor(import.meta.url)
  opened(openAfterListening({ dataDir, samplesDir, feed, lock, workers }))
  // Stopping while the workspace is still opening lets it finish (a first run imports the
  // samples), then closes it, so nothing is left half done.
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
