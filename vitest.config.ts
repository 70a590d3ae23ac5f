import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // CI adds a machine-readable report so .ci/run can add unit and e2e counts together.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-reports/unit.json' }]]
      : ['default'],
  },
})
