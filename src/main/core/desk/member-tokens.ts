import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MemberClaims } from '../../../shared/desk-model'

const SECRET_FILE = 'server-secret'

/** The desk server's signing secret, kept in its data folder (mode 0600), made on first start. */
export async function loadServerSecret(dataDir: string): Promise<Buffer> {
  const path = join(dataDir, SECRET_FILE)
  try {
    return Buffer.from((await readFile(path, 'utf8')).trim(), 'base64url')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    const secret = randomBytes(32)
    await writeFile(path, secret.toString('base64url'), { mode: 0o600, flag: 'wx' })
    return secret
  }
}

const signatureOf = (secret: Buffer, payload: string) =>
  createHmac('sha256', secret).update(payload).digest()

/** A member token: the member's claims, base64url JSON, then an HMAC-SHA256 of them. */
export function signMemberToken(secret: Buffer, claims: MemberClaims): string {
  const payload = Buffer.from(JSON.stringify(MemberClaims.parse(claims))).toString('base64url')
  return `${payload}.${signatureOf(secret, payload).toString('base64url')}`
}

/** The claims of a token this server signed; null for anything else. */
export function readMemberToken(secret: Buffer, token: string): MemberClaims | null {
  const [payload, signature, extra] = token.split('.')
  if (!payload || !signature || extra !== undefined) return null
  const given = Buffer.from(signature, 'base64url')
  const expected = signatureOf(secret, payload)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  try {
    const claims = MemberClaims.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString()))
    return claims.success ? claims.data : null
  } catch {
    return null
  }
}
