import { defineConfig } from '@playwright/test'

/** Debian's Chromium: Playwright's own browser download cannot work on a machine without network. */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const chromium = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath: chromiumPath,
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
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'test-reports/e2e.json' }]]
    : [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'web', use: chromium },
    // The same specs in the real app where an Electron binary exists; each skips with the reason
    // otherwise. The fixtures still ask Playwright for a page, hence the same browser settings.
    { name: 'electron', use: chromium },
  ],
})
