import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

const DEBIAN_CHROMIUM = '/usr/bin/chromium'

/**
 * Debian's Chromium where it is installed (Playwright's own browser download needs a network);
 * elsewhere, or with CHROMIUM_PATH set empty as the hosted CI does, Playwright's own Chromium.
 */
const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : '')

const chromium = {
  browserName: 'chromium' as const,
  launchOptions: {
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
}

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // One spec at a time in CI: on 2 cores, a heavy spec (the 1,000-article newsroom) beside a
  // timing-tight one (the live desk's 1 s) starved it of CPU now and then.
  workers: process.env.CI ? 1 : undefined,
  retries: 0,
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'test-reports/e2e.json' }]]
    : [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'web', use: chromium },
    // The same specs in the real app where an Electron binary exists; each skips with the reason
    // otherwise. It drives the app's own window and never launches Chromium.
    { name: 'electron' },
  ],
})
