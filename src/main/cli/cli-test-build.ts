import { resolve } from 'node:path'
import { build } from 'vite'

/** Inside the project, so the bundle finds the same node_modules as out/main/cli.js does. */
const OUT_DIR = resolve('node_modules/.cache/claimdesk-cli-test')

/**
 * Bundles the CLI entry the way the main build does (Node target, dependencies left external) into
 * a private folder, so tests run a fresh `claimdesk` without racing other builds of out/.
 */
export async function buildCliForTest(): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'error',
    build: {
      ssr: resolve('src/main/cli/index.ts'),
      outDir: OUT_DIR,
      emptyOutDir: true,
      rollupOptions: { output: { format: 'es', entryFileNames: 'cli.js' } },
    },
  })
  return resolve(OUT_DIR, 'cli.js')
}
