import { bundleEntryForTest } from '../testing/bundle-entry'

/** A fresh `claimdesk` CLI bundle for tests (see bundleEntryForTest). */
export const buildCliForTest = (): Promise<string> =>
  bundleEntryForTest('src/main/cli/index.ts', 'cli')
