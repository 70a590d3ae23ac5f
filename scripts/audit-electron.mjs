// Electronegativity over the sources and the build: `npm run audit:electron` (the npm script builds first).
// It fails on any finding not justified in security/electronegativity-allowlist.json, on any allowlist
// entry that no longer matches a finding, on any file Electronegativity could not parse, and on inline
// `eng-disable` comments (every exception lives in the allowlist, with its reason).
// Electronegativity itself exits 0 whatever it finds, so its results are read through its JS API.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, resolve } from 'node:path'

const require = createRequire(import.meta.url)
const runElectronegativity = require('@doyensec/electronegativity')

const ROOT = resolve(import.meta.dirname, '..')
const ALLOWLIST_PATH = 'security/electronegativity-allowlist.json'
/** Each folder is scanned in one run so the global checks (CSP, navigation, permissions) see the whole app. */
const TARGETS = ['src', 'out']
const BUILD_OUTPUTS = [
  'out/main/index.js',
  'out/main/host.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
]
/** It downloads Electron's release list to judge the version; offline it only stalls, and -e pins the version. */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck']

function fail(lines) {
  for (const line of lines) console.error(line)
  process.exit(1)
}

function readAllowlist() {
  const entries = JSON.parse(readFileSync(join(ROOT, ALLOWLIST_PATH), 'utf8'))
  if (!Array.isArray(entries)) fail([`${ALLOWLIST_PATH} must be a JSON array.`])
  const malformed = entries.filter(
    (entry) =>
      typeof entry?.check !== 'string' ||
      typeof entry?.file !== 'string' ||
      typeof entry?.reason !== 'string' ||
      entry.reason.trim().length < 20 ||
      entry.reason.includes('\n'),
  )
  if (malformed.length > 0) {
    fail([
      `${ALLOWLIST_PATH}: each entry needs "check", "file" and a one-line "reason" (20+ characters):`,
      ...malformed.map((entry) => `  ${JSON.stringify(entry)}`),
    ])
  }
  return entries
}

/** A `*` in an allowlisted file stands for one path segment's worth of characters (hashed asset names). */
const fileMatches = (pattern, file) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]*')}$`,
  ).test(file)

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

function inlineDisables() {
  return listFiles(join(ROOT, 'src'))
    .filter((file) => /\.(ts|tsx|js|mjs|cjs|html)$/.test(file))
    .filter((file) => readFileSync(file, 'utf8').includes('eng-disable'))
    .map((file) => relative(ROOT, file))
}

async function scan(target) {
  const result = await runElectronegativity({
    input: join(ROOT, target),
    isRelative: true,
    electronVersionOverride: require('electron/package.json').version,
    excludeFromScan: EXCLUDED_CHECKS,
  })
  const place = (file) => (file === 'N/A' ? target : `${target}/${file}`)
  return {
    checks: result.globalChecks + result.atomicChecks,
    errors: result.errors.map((error) => ({ ...error, file: relative(ROOT, error.file) })),
    findings: result.issues.map((issue) => ({
      check: issue.id,
      file: place(issue.file),
      line: issue.location.line,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      sample: String(issue.sample ?? '')
        .split('\n')[0]
        .trim()
        .slice(0, 100),
    })),
  }
}

const missingBuild = BUILD_OUTPUTS.filter((file) => !existsSync(join(ROOT, file)))
if (missingBuild.length > 0) {
  fail([
    `No build to audit (${missingBuild.join(', ')} missing): run \`npm run audit:electron\`, which builds first.`,
  ])
}

const allowlist = readAllowlist()
const scans = []
for (const target of TARGETS) scans.push(await scan(target))
const errors = scans.flatMap((result) => result.errors)
const findings = scans.flatMap((result) => result.findings)
const justification = (finding) =>
  allowlist.find((entry) => entry.check === finding.check && fileMatches(entry.file, finding.file))
const unjustified = findings.filter((finding) => !justification(finding))
const unused = allowlist.filter(
  (entry) =>
    !findings.some(
      (finding) => finding.check === entry.check && fileMatches(entry.file, finding.file),
    ),
)
const disabled = inlineDisables()

console.log(
  `Electronegativity: ${scans[0].checks} checks over ${TARGETS.join('/ and ')}/ (Electron ${require('electron/package.json').version}).`,
)
for (const finding of findings.filter(justification)) {
  console.log(
    `  allowed  ${finding.check} ${finding.file}:${finding.line} (${justification(finding).reason})`,
  )
}
const problems = [
  ...errors.map((error) => `Error parsing ${error.file}: ${error.message}`),
  ...unjustified.map(
    (finding) =>
      `Finding ${finding.check} [${finding.severity}/${finding.confidence}] at ${finding.file}:${finding.line}: ${finding.sample}` +
      ` — fix it, or justify it in ${ALLOWLIST_PATH}.`,
  ),
  ...unused.map(
    (entry) =>
      `Allowlist entry ${entry.check} for ${entry.file} matches no finding any more: remove it.`,
  ),
  ...disabled.map(
    (file) =>
      `${file} hides findings with an eng-disable comment: justify them in ${ALLOWLIST_PATH} instead.`,
  ),
]
console.log(
  `${findings.length} findings, ${findings.length - unjustified.length} justified in the allowlist, ` +
    `${unjustified.length} not; ${errors.length} files not parsed.`,
)
if (problems.length > 0)
  fail(['The Electron security audit failed:', ...problems.map((problem) => `  ${problem}`)])
console.log('The Electron security audit passed.')
