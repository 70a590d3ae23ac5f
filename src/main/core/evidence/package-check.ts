import { createHash } from 'node:crypto'
import { strFromU8, unzipSync } from 'fflate'
import { EvidenceManifest } from '../../../shared/evidence-model'
import { ServiceError } from '../../../shared/result'
import { MANIFEST_FILE } from './evidence-zip'

export type FileCheck = { path: string; state: 'ok' | 'mismatch' | 'missing' | 'unlisted' }

/** Every file of an evidence package checked against its manifest's sha256 and size. */
export function checkPackage(zip: Uint8Array): { manifest: EvidenceManifest; files: FileCheck[] } {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(zip)
  } catch {
    throw new ServiceError('invalid-input', 'This is not a zip file.')
  }
  const listed = files[MANIFEST_FILE]
  if (!listed) throw new ServiceError('invalid-input', `The package holds no ${MANIFEST_FILE}.`)
  const manifest = EvidenceManifest.safeParse(JSON.parse(strFromU8(listed)))
  if (!manifest.success)
    throw new ServiceError('invalid-input', `${MANIFEST_FILE} is not a manifest.`)
  const checks: FileCheck[] = manifest.data.files.map(({ path, sha256, bytes }) => {
    const content = files[path]
    if (!content) return { path, state: 'missing' }
    const actual = createHash('sha256').update(content).digest('hex')
    return { path, state: actual === sha256 && content.length === bytes ? 'ok' : 'mismatch' }
  })
  const named = new Set([MANIFEST_FILE, ...manifest.data.files.map((file) => file.path)])
  const unlisted = Object.keys(files).filter((path) => !named.has(path) && !path.endsWith('/'))
  return {
    manifest: manifest.data,
    files: [...checks, ...unlisted.map((path) => ({ path, state: 'unlisted' as const }))],
  }
}
