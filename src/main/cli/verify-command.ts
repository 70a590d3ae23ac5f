import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { checkPackage } from '../core/evidence/package-check'
import type { CliIo } from './run-cli'

/** `claimdesk verify FILE.zip`: one line per file, and whether the whole package is intact. */
export async function verifyPackage(file: string, io: CliIo): Promise<boolean> {
  const { manifest, files } = checkPackage(new Uint8Array(await readFile(resolve(file))))
  io.stdout(
    `${manifest.workspace}, ${manifest.createdAt}, Claimdesk ${manifest.claimdeskVersion}\n`,
  )
  for (const { path, state } of files) io.stdout(`${state}\t${path}\n`)
  return files.every((check) => check.state === 'ok')
}
