import { dirname, join } from 'node:path'
import { build } from 'vite'

/**
 * Bundles a TypeScript fixture (with its imports) into one .mjs in `outDir` that plain node, or a
 * worker thread, can run; returns its path.
 */
export async function bundleFixture(
  fixture: string,
  outDir: string,
  name: string,
): Promise<string> {
  await build({
    configFile: false,
    envDir: false,
    publicDir: false,
    logLevel: 'warn',
    root: dirname(fixture),
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: fixture,
      outDir,
      emptyOutDir: false,
      minify: false,
      target: 'node20',
      rolldownOptions: { output: { entryFileNames: name, format: 'es' } },
    },
  })
  return join(outDir, name)
}
