import { resolve } from 'node:path'
import { defineConfig } from 'vite'

/** The bench runner: a Node script bundled with our services; npm packages stay external. */
export default defineConfig({
  build: {
    ssr: resolve(import.meta.dirname, 'run.ts'),
    outDir: resolve(import.meta.dirname, '../out/bench'),
    emptyOutDir: false,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'run.mjs' } },
  },
})
