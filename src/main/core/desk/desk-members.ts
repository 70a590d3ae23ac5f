import { createHash, randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { DeskRole, type MemberClaims } from '../../../shared/desk-model'
import { ServiceError } from '../../../shared/result'
import { nodeFs, writeFileAtomic } from '../store/atomic-write'
import { signMemberToken } from './member-tokens'

const Registry = z.object({
  members: z.array(
    z.object({
      memberId: z.string(),
      name: z.string(),
      role: DeskRole,
      revokedAt: z.string().optional(),
    }),
  ),
  invites: z.array(
    z.object({
      codeHash: z.string(),
      name: z.string(),
      role: DeskRole,
      usedAt: z.string().optional(),
    }),
  ),
})
type Registry = z.infer<typeof Registry>

/** A random code that never starts with "-", which a command line would read as an option. */
function newInviteCode(): string {
  let code: string
  do code = randomBytes(18).toString('base64url')
  while (code.startsWith('-'))
  return code
}

const hashOf = (code: string) => createHash('sha256').update(code).digest('hex')

/** The desk's members and open invites, kept in the server's data folder. */
export class DeskMembers {
  private constructor(
    private readonly path: string,
    private readonly secret: Buffer,
    private registry: Registry,
  ) {}

  static async open(dataDir: string, secret: Buffer): Promise<DeskMembers> {
    const path = join(dataDir, 'members.json')
    const text = await readFile(path, 'utf8').catch(() => null)
    const registry = text ? Registry.parse(JSON.parse(text)) : { members: [], invites: [] }
    return new DeskMembers(path, secret, registry)
  }

  get isEmpty(): boolean {
    return this.registry.members.length === 0 && this.registry.invites.length === 0
  }

  /** A single-use invite code carrying a role and a name no member or open invite has. */
  async invite(role: DeskRole, name: string): Promise<string> {
    if (this.isNameTaken(name) || this.openInvites().some((invite) => invite.name === name))
      throw new ServiceError('conflict', `The name ${name} is already taken on this desk.`)
    const code = newInviteCode()
    this.registry.invites.push({ codeHash: hashOf(code), name, role })
    await this.save()
    return code
  }

  /**
   * Exchanges an unused invite code for a member token. The member may give the name they go by
   * (the owner's first invite is made before anyone is named); it must be free on the desk.
   */
  async join(code: string, name?: string): Promise<{ token: string; claims: MemberClaims }> {
    const invite = this.registry.invites.find((entry) => entry.codeHash === hashOf(code))
    if (!invite || invite.usedAt)
      throw new ServiceError('forbidden', 'That invite code is not valid or was already used.')
    const memberName = name?.trim() || invite.name
    if (this.isNameTaken(memberName))
      throw new ServiceError('conflict', `The name ${memberName} is already taken on this desk.`)
    invite.usedAt = new Date().toISOString()
    const claims: MemberClaims = {
      memberId: `m${randomBytes(9).toString('base64url')}`,
      name: memberName,
      role: invite.role,
      issuedAt: invite.usedAt,
    }
    this.registry.members.push({ memberId: claims.memberId, name: claims.name, role: claims.role })
    await this.save()
    return { token: signMemberToken(this.secret, claims), claims }
  }

  /** Revokes the active member of that name; resolves with their member id. */
  async revoke(name: string): Promise<string> {
    const member = this.registry.members.find((entry) => entry.name === name && !entry.revokedAt)
    if (!member) throw new ServiceError('not-found', `There is no member named ${name}.`)
    member.revokedAt = new Date().toISOString()
    await this.save()
    return member.memberId
  }

  private isNameTaken(name: string): boolean {
    return this.registry.members.some((entry) => entry.name === name && !entry.revokedAt)
  }

  private openInvites() {
    return this.registry.invites.filter((invite) => !invite.usedAt)
  }

  isActive(memberId: string): boolean {
    return this.registry.members.some((entry) => entry.memberId === memberId && !entry.revokedAt)
  }

  list() {
    return this.registry.members.map((member) => ({ ...member }))
  }

  private save(): Promise<void> {
    return writeFileAtomic(nodeFs, this.path, JSON.stringify(this.registry, null, 2))
  }
}
