import { z } from 'zod'

/**
 * Who may do what on a team desk: the owner manages members; editors and checkers change
 * claims; viewers only read.
 */
export const DeskRole = z.enum(['owner', 'editor', 'checker', 'viewer'])
export type DeskRole = z.infer<typeof DeskRole>

/** Roles that review: they approve claims and write reviewers' notes. */
export const canReview = (role: DeskRole | string): boolean => role === 'owner' || role === 'editor'

/** Roles whose connection to the desk server may write. */
export const canWrite = (role: DeskRole): boolean => role !== 'viewer'

/** What a member token says about its holder; the server signs it and checks it on each connection. */
export const MemberClaims = z
  .object({
    memberId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    name: z.string().trim().min(1).max(120),
    role: DeskRole,
    issuedAt: z.iso.datetime(),
  })
  .strict()
export type MemberClaims = z.infer<typeof MemberClaims>

/** A member of a desk as its server lists them; a revoked one keeps their name, never their access. */
export const DeskMember = z.object({
  name: z.string(),
  role: DeskRole,
  revokedAt: z.string().optional(),
})
export type DeskMember = z.infer<typeof DeskMember>

/** A member's name on a desk, unique there. */
export const DeskMemberName = z.string().trim().min(1).max(120)

/** What putting a workspace on a desk takes: the server's address, an invite and a member name. */
export const DeskShareRequest = z.object({
  server: z.string().trim().min(1).max(500),
  invite: z.string().trim().min(1).max(200),
  name: DeskMemberName,
})

/** A desk's Yjs documents: one index, one per article. */
export const DeskDocumentName = z.string().regex(/^(index|article-[A-Za-z0-9_-]{1,64})$/)

/** One verdict a member set; `replaces` names the entry it replaced (`by@at`), null for the first. */
export const VerdictEntry = z.object({
  by: z.string(),
  verdict: z.string(),
  replaces: z.string().nullable(),
  at: z.string(),
})
export type VerdictEntry = z.infer<typeof VerdictEntry>

/** What members did to one claim at the same time that the desk cannot settle alone. */
export const DeskConflict = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('verdicts'), entries: z.array(VerdictEntry).max(50) }),
  z.object({
    kind: z.literal('deleted-while-edited'),
    deletedBy: z.string(),
    deletedAt: z.string(),
  }),
])
export type DeskConflict = z.infer<typeof DeskConflict>

/** What one sync did: claim changes sent and received, and claims left with a conflict. */
export const DeskSyncSummary = z.object({
  sent: z.number().int().nonnegative(),
  received: z.number().int().nonnegative(),
  conflicts: z.number().int().nonnegative(),
  articles: z.number().int().nonnegative(),
})
export type DeskSyncSummary = z.infer<typeof DeskSyncSummary>

/** The article text a member has selected, as offsets into the article's text. */
export const DeskSelection = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((range) => range.start <= range.end, 'a selection ends after it starts')
export type DeskSelection = z.infer<typeof DeskSelection>

/** Another member with the desk open: their name, the article they are reading and their selection. */
export const DeskPresence = z.object({
  name: z.string().max(120),
  articleId: z.string().max(64).nullable(),
  selection: DeskSelection.nullable().optional(),
})
export type DeskPresence = z.infer<typeof DeskPresence>

/**
 * Whether the workspace is on a team desk, as whom, how its last sync in this session went, and
 * whether the desk server is telling it of changes as they happen (then, who else is there).
 */
export const DeskStatus = z.union([
  z.object({ isShared: z.literal(false) }),
  z.object({
    isShared: z.literal(true),
    server: z.string(),
    name: z.string(),
    role: DeskRole,
    isLive: z.boolean(),
    present: z.array(DeskPresence).max(1_000),
    lastSync: z
      .union([
        DeskSyncSummary.extend({ ok: z.literal(true), at: z.iso.datetime() }),
        z.object({ ok: z.literal(false), at: z.iso.datetime(), message: z.string() }),
      ])
      .nullable(),
  }),
])
export type DeskStatus = z.infer<typeof DeskStatus>

/**
 * What the desk server says on the index document, to every member connected there, soon after
 * members changed desk documents: which ones, and who changed them.
 */
export const DeskChangedNotice = z.object({
  kind: z.literal('changed'),
  documents: z.array(DeskDocumentName).max(10_000),
  by: z.array(z.string()).max(1_000),
})
export type DeskChangedNotice = z.infer<typeof DeskChangedNotice>
