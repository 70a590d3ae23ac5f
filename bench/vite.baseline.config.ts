import { resolve } from 'node:path'
import { defineConfig } from 'vite'

/** The baseline page: plain TipTap with no highlights, built apart from the app bundle. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'baseline'),
  base: './',
  build: { outDir: resolve(import.meta.dirname, '../out/bench/baseline'), emptyOutDir: true },
})
