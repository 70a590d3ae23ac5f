import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'vite'

const BUILDS = resolve('node_modules/.cache/claimdesk-tests')
/** Longer than any test run: a build this old belongs to a run that has ended. */
const EARLIER_RUN_MS = 60 * 60_000

function removeEarlierBuilds(): void {
  for (const folder of existsSync(BUILDS) ? readdirSync(BUILDS) : []) {
    const path = join(BUILDS, folder)
    // Another test process may be removing it at this moment.
    const builtAt = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()
    if (Date.now() - builtAt > EARLIER_RUN_MS) rmSync(path, { recursive: true, force: true })
  }
}

/**
 * Bundles a main-side entry the way the main build does (Node target, dependencies left external)
 * into its own folder under node_modules/.cache (inside the project, so the bundle finds the same
 * node_modules as out/main does), so tests run a fresh build without racing other builds of out/.
 * Each build has a folder of its own: test files running at once must not empty the folder a host
 * or CLI of another is still loading its threads from. Builds of earlier test runs are removed.
 */
export async function bundleEntryForTest(entry: string, name: string): Promise<string> {
  removeEarlierBuilds()
  const unique = `${process.pid}-${randomBytes(4).toString('hex')}`
  const outDir = resolve(BUILDS, `${name}-${unique}`)
  await build({
    configFile: false,
    logLevel: 'error',
    build: {
      ssr: resolve(entry),
      outDir,
      emptyOutDir: true,
      rollupOptions: { output: { format: 'es', entryFileNames: `${name}.js` } },
    },
  })
  return resolve(outDir, `${name}.js`)
}
