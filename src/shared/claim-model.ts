import { z } from 'zod'
import { ArticleId, ClaimId, Id, IsoDateTime, Offset, TagId } from './article-model'
import { DeskConflict } from './desk-model'
import { SourceSnapshot } from './evidence-model'
import { ReportOptions } from './report-options'
import { isSafeLinkUrl } from './safe-url'
import { WebArchiveTemplate } from './web-archive-link'

/** Only six-digit hex colours: a colour is put into a style attribute, so nothing else may pass. */
export const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb')

const Label = z.string().trim().min(1, 'cannot be empty').max(60, 'is longer than 60 characters')

export const Tag = z.object({ id: TagId, name: Label, colour: Colour })
export type Tag = z.infer<typeof Tag>

/** A tag made for the user (by an import, from the command line) is this neutral grey until they pick a colour. */
export const NEW_TAG_COLOUR = '#5f6b7a'

export const VerdictId = Id

/** A point on the rating scale; `value` is null for verdicts outside the scale (Unverifiable, Unrated). */
export const Verdict = z.object({
  id: VerdictId,
  label: Label,
  value: z.number().int().min(-100).max(100).nullable(),
  colour: Colour,
})
export type Verdict = z.infer<typeof Verdict>

export const VerdictScale = z
  .object({
    verdicts: z.array(Verdict).min(1).max(30),
    bestValue: z.number().int(),
    worstValue: z.number().int(),
    unratedId: VerdictId,
  })
  .refine((scale) => scale.verdicts.some((verdict) => verdict.id === scale.unratedId), {
    message: 'the unrated verdict must be on the scale',
  })
export type VerdictScale = z.infer<typeof VerdictScale>

/** A claim's way through the desk: marked, researched, checked, put up for review, approved by an editor. */
export const ClaimStatus = z.enum([
  'to-check',
  'researching',
  'checked',
  'ready-for-review',
  'approved',
])
export type ClaimStatus = z.infer<typeof ClaimStatus>

/** Who approved a claim and when: a desk member's name, or the reviewer's name off a desk. */
export const Approval = z.object({ by: z.string().trim().min(1).max(120), at: IsoDateTime })
export type Approval = z.infer<typeof Approval>

/** What one reviewer's note may hold, and how many a claim keeps. */
export const REVIEW_NOTE_LIMITS = { characters: 2000, notes: 100 } as const

/** A reviewer's plain-text note on a claim, for its author to read. */
export const ReviewNote = z.object({
  id: Id,
  by: z.string().trim().min(1).max(120),
  at: IsoDateTime,
  text: z.string().trim().min(1, 'cannot be empty').max(REVIEW_NOTE_LIMITS.characters),
})
export type ReviewNote = z.infer<typeof ReviewNote>

const SafeUrl = z
  .string()
  .trim()
  .max(2048)
  .refine(isSafeLinkUrl, 'only http(s) and mailto links are allowed')

export const Source = z.object({
  id: Id,
  url: SafeUrl,
  title: z.string().max(300),
  note: z.string().max(2000),
  /** Archived copies of the page, oldest first. */
  snapshots: z.array(SourceSnapshot).max(50).optional(),
})
export type Source = z.infer<typeof Source>

/** @see https://www.w3.org/TR/annotation-model/#text-quote-selector */
export const TextQuoteSelector = z.object({
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
})
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>

/** @see https://www.w3.org/TR/annotation-model/#text-position-selector */
export const TextPositionSelector = z
  .object({ start: Offset, end: Offset })
  .refine((range) => range.end > range.start, { message: 'end must be after start' })
export type TextPositionSelector = z.infer<typeof TextPositionSelector>

export const AnchorState = z.enum(['anchored', 'moved', 'needs-review', 'orphaned'])
export type AnchorState = z.infer<typeof AnchorState>

export const Anchor = z.object({
  state: AnchorState,
  confidence: z.number().min(0).max(1),
  /** The quote's wording when the claim was checked, kept once an article update changed it. */
  previousExact: z.string().optional(),
})
export type Anchor = z.infer<typeof Anchor>

/**
 * Notes keep only the attributes the notes editor sets: a link's address and an ordered list's
 * first number. Anything else (onclick, style, target, class) is dropped, so it is never stored,
 * shown or exported. A link's rel and target are the editor's to add when it renders one.
 */
const NoteMark = z.union([
  z.object({ type: z.enum(['bold', 'italic']) }),
  z.object({ type: z.literal('link'), attrs: z.object({ href: SafeUrl }) }),
])

export type NoteNode = {
  type: string
  text?: string
  marks?: z.infer<typeof NoteMark>[]
  content?: NoteNode[]
  attrs?: object
}

/**
 * What one note (a finding or internal notes) may hold: far more than a real note needs, so what
 * is typed is kept whole; past it an edit is refused with a message, never cut short.
 */
export const NOTE_LIMITS = { characters: 1024 * 1024, paragraphs: 10_000 } as const

/** Notes are a rich-text document (TipTap JSON), never HTML, so they can never carry markup. */
export const NoteNode: z.ZodType<NoteNode> = z.lazy(() =>
  z.union([
    z.object({
      type: z.literal('text'),
      text: z.string().max(NOTE_LIMITS.characters),
      marks: z.array(NoteMark).max(5).optional(),
    }),
    z.object({ type: z.literal('hardBreak') }),
    z.object({
      type: z.literal('orderedList'),
      attrs: z.object({ start: z.number().int().optional() }).optional(),
      content: z.array(NoteNode).max(NOTE_LIMITS.paragraphs).optional(),
    }),
    z.object({
      type: z.enum(['paragraph', 'bulletList', 'listItem']),
      content: z.array(NoteNode).max(NOTE_LIMITS.paragraphs).optional(),
    }),
  ]),
)

type NoteSize = { characters: number; paragraphs: number }

function addSize(size: NoteSize, nodes: readonly NoteNode[]): NoteSize {
  for (const node of nodes) {
    size.characters += node.text?.length ?? 0
    if (node.type === 'paragraph') size.paragraphs += 1
    if (node.content) addSize(size, node.content)
  }
  return size
}

const formatCount = (count: number) => count.toLocaleString('en-US')

/** Why a note is too large to keep, in words for the person who typed it; null when it fits. */
export function noteSizeProblem(notes: { content: readonly NoteNode[] }): string | null {
  const size = addSize({ characters: 0, paragraphs: 0 }, notes.content)
  if (size.characters > NOTE_LIMITS.characters)
    return `This note has ${formatCount(size.characters)} characters; a note can hold ${formatCount(NOTE_LIMITS.characters)}.`
  if (size.paragraphs > NOTE_LIMITS.paragraphs)
    return `This note has ${formatCount(size.paragraphs)} paragraphs; a note can hold ${formatCount(NOTE_LIMITS.paragraphs)}.`
  return null
}

export const NotesDoc = z
  .object({ type: z.literal('doc'), content: z.array(NoteNode).max(NOTE_LIMITS.paragraphs) })
  .superRefine((notes, context) => {
    const problem = noteSizeProblem(notes)
    if (problem) context.addIssue({ code: 'custom', message: problem })
  })
export type NotesDoc = z.infer<typeof NotesDoc>

export const EMPTY_NOTES: NotesDoc = { type: 'doc', content: [] }

/** Where an annotation made elsewhere was made: the page's address and title, as the tool gave them. */
export const ClaimOrigin = z.object({ url: z.string().max(2048), title: z.string().max(300) })
export type ClaimOrigin = z.infer<typeof ClaimOrigin>

/** An article version by its number (1 is the text first imported) and the sha256 of its text. */
export const CheckedAgainst = z.object({
  version: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})
export type CheckedAgainst = z.infer<typeof CheckedAgainst>

export const Claim = z.object({
  id: ClaimId,
  articleId: ArticleId,
  quote: TextQuoteSelector,
  position: TextPositionSelector,
  anchor: Anchor,
  tagIds: z.array(TagId).max(50),
  verdictId: VerdictId,
  claimant: z.string().max(300),
  status: ClaimStatus,
  /** What was found and why this verdict: the text a report publishes. */
  finding: NotesDoc,
  /** Internal working notes: published only when a report asks for them. */
  notes: NotesDoc,
  sources: z.array(Source).max(100),
  /** Claims in other articles that report the same thing share a group ("same claim"). */
  groupId: z.string().min(1).max(64).optional(),
  /** Set when the claim came from an annotation made on another copy of the page (Hypothesis, another desk). */
  origin: ClaimOrigin.optional(),
  /**
   * The article version the claim was checked against: set to the article's current version each
   * time the claim's status becomes "checked" or its verdict changes; absent until then.
   */
  checkedAgainst: CheckedAgainst.optional(),
  /** On a team desk: the member who made the claim (set when made there, or when first shared). */
  author: z.string().trim().min(1).max(120).optional(),
  /** Set when the status becomes "approved"; gone once its verdict, finding or status change again. */
  approval: Approval.optional(),
  /** Reviewers' notes, oldest first. */
  reviewNotes: z.array(ReviewNote).max(REVIEW_NOTE_LIMITS.notes).optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** On a team desk: what members did at once that someone must settle (two verdicts, say). */
  deskConflicts: z.array(DeskConflict).max(10).optional(),
})
export type Claim = z.infer<typeof Claim>

/** The fields a user edits on a claim card; the anchor is the main side's business. */
export const ClaimPatch = Claim.pick({
  tagIds: true,
  verdictId: true,
  claimant: true,
  status: true,
  finding: true,
  notes: true,
  sources: true,
})
  .partial()
  .strict()
export type ClaimPatch = z.infer<typeof ClaimPatch>

export const ColourBy = z.enum(['verdict', 'tag'])
export type ColourBy = z.infer<typeof ColourBy>

export const WorkspaceSettings = z.object({
  colourBy: ColourBy,
  publisherName: z.string().max(200),
  publisherUrl: z.union([z.literal(''), SafeUrl]),
  /** The language reviews are written in, a BCP 47 tag (ClaimReview's inLanguage); empty says nothing. */
  language: z
    .union([
      z.literal(''),
      z
        .string()
        .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'not a language tag like en or pt-BR'),
    ])
    .optional(),
  /** The name people see for the workspace; empty shows the folder's name. */
  displayName: z.string().trim().max(120),
  /** The report options last used, offered again in the export dialog and used by the CLI. */
  report: ReportOptions,
  /** Lets URL import and archiving reach this computer and private networks (off: public pages only). */
  allowPrivateNetwork: z.boolean().optional(),
  /** Where each archived copy can also be looked up, e.g. `https://web.archive.org/web/{timestamp}/{url}`; empty offers no link. */
  webArchiveTemplate: WebArchiveTemplate.optional(),
})
export type WorkspaceSettings = z.infer<typeof WorkspaceSettings>
