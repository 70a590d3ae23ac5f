// Adds the unit (Vitest JSON) and e2e (Playwright JSON) counts into the one line CI reads.
import { existsSync, readFileSync } from 'node:fs'

const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null)

function countVitest(report) {
  if (!report) return { passed: 0, failed: 0, skipped: 0, missing: true }
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0),
    skipped: report.numPendingTests + report.numTodoTests,
  }
}

function countPlaywright(report) {
  if (!report) return { passed: 0, failed: 0, skipped: 0, missing: true }
  const stats = report.stats
  return {
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected + (report.errors?.length ?? 0),
    skipped: stats.skipped,
  }
}

const unit = countVitest(readJson('test-reports/unit.json'))
const e2e = countPlaywright(readJson('test-reports/e2e.json'))
for (const [name, counts] of Object.entries({ unit, e2e })) {
  const note = counts.missing
    ? 'no report (did not run)'
    : `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`
  console.log(`${name}: ${note}`)
}
const missingFailure = (unit.missing ? 1 : 0) + (e2e.missing ? 1 : 0)
console.log(
  `skipped: ${unit.skipped + e2e.skipped} (the electron project without an Electron binary)`,
)
// The last line is the one CI reads.
console.log(
  `${unit.passed + e2e.passed} passed, ${unit.failed + e2e.failed + missingFailure} failed`,
)
