import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import packageJson from './package.json' with { type: 'json' }

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // The Electron entry, the browser host and the CLI share one build of the Node-side services.
        input: {
          index: resolve('src/main/index.ts'),
          host: resolve('src/main/host/index.ts'),
          cli: resolve('src/main/cli/index.ts'),
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
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
    plugins: [react()],
    define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  },
})
