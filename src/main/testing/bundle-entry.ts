import { resolve } from 'node:path'
import { build } from 'vite'

/**
 * Bundles a main-side entry the way the main build does (Node target, dependencies left external)
 * into its own folder under node_modules/.cache (inside the project, so the bundle finds the same
 * node_modules as out/main does), so tests run a fresh build without racing other builds of out/.
 */
export async function bundleEntryForTest(entry: string, name: string): Promise<string> {
  const outDir = resolve(`node_modules/.cache/claimdesk-${name}-test`)
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
