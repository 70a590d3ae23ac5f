import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import packageJson from './package.json' with { type: 'json' }
import { relaxPagePolicyForDevServer } from './src/main/core/web/content-security-policy'

/** The Node-side dependencies every start loads (the store, anchoring, reports). */
const STARTUP_DEPENDENCIES = [
  'approx-string-match',
  'chardet',
  'chokidar',
  'csv-stringify',
  'diff',
  'iconv-lite',
  'lowdb',
  'minisearch',
  'mdast-util-from-markdown',
  'mdast-util-gfm',
  'mdast-util-to-markdown',
  'yaml',
  'zod',
]

/** `npm run dev` only: React Refresh's inline preamble and Vite's WebSocket; builds stay strict. */
export const devServerPolicy: Plugin = {
  name: 'claimdesk-dev-server-policy',
  apply: 'serve',
  transformIndexHtml: relaxPagePolicyForDevServer,
}

export default defineConfig({
  main: {
    build: {
      // Bundled, not loaded from node_modules file by file: resolving and compiling the hundreds of
      // small modules of these (all plain JS, on the startup path) took ~250 ms of every start.
      // The import readers (pdf.js, mammoth, linkedom…) stay external and load on first use.
      externalizeDeps: { exclude: STARTUP_DEPENDENCIES },
      rollupOptions: {
        // The Electron entry, the browser host and the CLI share one build of the Node-side services.
        input: {
          index: resolve('src/main/index.ts'),
          host: resolve('src/main/host/index.ts'),
          cli: resolve('src/main/cli/index.ts'),
          // Worker threads: heavy work (analysis, imports, large reports) and the search index.
          'pool-worker': resolve('src/main/core/threads/pool-worker.ts'),
          'search-worker': resolve('src/main/core/search/search-thread.ts'),
        },
        // out/main/cli.js is the package's `claimdesk` bin, so it must say which program runs it.
        output: { banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : '') },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can only require('electron'): bundle everything else into one CJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    build: {
      // Less to parse before the first screen (the bundle is ~1.9 MB unminified).
      minify: true,
      // Class private fields (#x, in the query cache) written the ES2021 way, so Electronegativity,
      // whose parser predates them, can still read the whole bundle it audits.
      target: 'es2021',
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
    plugins: [react(), devServerPolicy],
    define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  },
})
