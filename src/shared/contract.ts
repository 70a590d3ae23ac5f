import { z } from 'zod'
import {
  Claim,
  ClaimPatch,
  ClaimStatus,
  Colour,
  ReviewNote,
  Tag,
  VerdictId,
  VerdictScale,
  WorkspaceSettings,
} from './claim-model'
import {
  Article,
  ArticleId,
  ArticleSummary,
  ArticleVersion,
  ArticleVersionText,
  ClaimId,
  Id,
  IsoDateTime,
  Offset,
  TagId,
} from './article-model'
import {
  AnnotationImportRequest,
  AnnotationImportResult,
  PdfRequest,
  PdfResult,
  ReportFile,
  ReportRequest,
} from './report-model'
import {
  ClaimGroup,
  Counterpart,
  DiffPart,
  Discrepancy,
  DiscrepancyItemPage,
  DiscrepancyPreview,
  LinkResult,
  Suggestion,
} from './compare-model'
import { ArticleUpdate, FilePath, ImportSummary, PastedText, UploadedFile } from './import-model'
import {
  FolderChoice,
  FolderPath,
  RecentWorkspace,
  WorkspaceInfo,
  WorkspaceOpened,
} from './workspace-model'
import {
  DeskMember,
  DeskMemberName,
  DeskRole,
  DeskSelection,
  DeskShareRequest,
  DeskStatus,
  DeskSyncSummary,
} from './desk-model'
import { UndoResult, UndoState } from './change-events'
import { ArchivedPage, EvidencePackageFile, SourceSnapshot, WarcFileName } from './evidence-model'
import { SearchRequest, SearchResults } from './search-model'
import { ArticleDetails } from './article-details'
import { UnreadReviewNote } from './review-model'

type Call<I extends z.ZodType, O extends z.ZodType> = { input: I; output: O }

const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): Call<I, O> => ({
  input,
  output,
})

const input = <S extends z.ZodRawShape>(shape: S) => z.object(shape).strict()

const None = input({})
const ClaimRef = input({ articleId: ArticleId, claimId: ClaimId })
const TagName = Tag.shape.name

export const Vocabulary = z.object({
  tags: z.array(Tag),
  verdictScale: VerdictScale,
  settings: WorkspaceSettings,
})
export type Vocabulary = z.infer<typeof Vocabulary>

/** Every call the renderer can make, declared once: name → input schema → output schema. */
export const contract = {
  'workspace.info': call(None, WorkspaceInfo),
  // Workspaces: open a folder as a workspace (its store in a hidden .claimdesk folder inside it).
  'workspace.open': call(input({ folder: FolderPath }), WorkspaceOpened),
  'workspace.recent': call(None, z.array(RecentWorkspace)),
  'workspace.chooseFolder': call(None, FolderChoice),
  'articles.list': call(None, z.array(ArticleSummary)),
  'articles.get': call(input({ articleId: ArticleId }), Article),
  /** Every text the article had, oldest first; the last is the one `articles.get` gives. */
  'articles.versions': call(input({ articleId: ArticleId }), z.array(ArticleVersion)),
  /** The article as it read in one version (1 is the text first imported), with its kept file; read-only. */
  'articles.getVersion': call(
    input({ articleId: ArticleId, version: z.number().int().positive().max(100_000) }),
    ArticleVersionText,
  ),
  /** What changed, word by word, from one version of an article to another. */
  'articles.diffVersions': call(
    input({
      articleId: ArticleId,
      from: z.number().int().positive().max(100_000),
      to: z.number().int().positive().max(100_000),
    }),
    z.array(DiffPart),
  ),
  /** The title, outlet, author, date and web address the user gives an article; empty is unknown. */
  'articles.updateDetails': call(
    input({ articleId: ArticleId, details: ArticleDetails }),
    ArticleSummary,
  ),
  /** Where a quote is in an article, matched as imported annotations are (typographic quotes, spaces). */
  'articles.findQuote': call(
    input({ articleId: ArticleId, quote: z.string().trim().min(1).max(5000) }),
    z.object({ start: Offset, end: Offset, isExact: z.boolean() }),
  ),

  'claims.list': call(input({ articleId: ArticleId }), z.array(Claim)),
  'claims.listAll': call(None, z.array(Claim)),
  'claims.create': call(
    input({
      articleId: ArticleId,
      start: Offset,
      end: Offset,
      tagIds: z.array(TagId).max(50).optional(),
      verdictId: VerdictId.optional(),
      claimant: z.string().max(300).optional(),
      status: ClaimStatus.optional(),
    }),
    Claim,
  ),
  'claims.update': call(ClaimRef.extend({ patch: ClaimPatch }), Claim),
  'claims.delete': call(ClaimRef, Claim),
  /** A reviewer's note on the claim (a desk's editors and owner; anyone off a desk). */
  'claims.addReviewNote': call(ClaimRef.extend({ text: ReviewNote.shape.text }), Claim),
  /** Reviewers' notes on this member's claims that came through the desk, not read yet. */
  'reviews.unread': call(None, z.array(UnreadReviewNote)),
  /** The claim's card was opened: its review notes are read. */
  'reviews.markRead': call(input({ claimId: ClaimId }), z.array(UnreadReviewNote)),

  'vocabulary.get': call(None, Vocabulary),
  'tags.create': call(input({ name: TagName, colour: Colour }), Tag),
  'tags.update': call(
    input({ tagId: TagId, name: TagName.optional(), colour: Colour.optional() }),
    Tag,
  ),
  'tags.usage': call(
    input({ tagId: TagId }),
    z.object({ claimCount: z.number().int().nonnegative() }),
  ),
  'tags.delete': call(input({ tagId: TagId }), Tag),
  /** Folds the source tag into the target; answers with the target. */
  'tags.merge': call(input({ sourceId: TagId, targetId: TagId }), Tag),
  'verdicts.update': call(input({ verdictScale: VerdictScale }), VerdictScale),
  'settings.update': call(
    input({ patch: WorkspaceSettings.partial().strict() }),
    WorkspaceSettings,
  ),

  'links.open': call(input({ url: z.string().max(2048) }), z.object({ openedByApp: z.boolean() })),

  // Undo and redo of the calling window's own changes, kept on the main side.
  'undo.undo': call(None, UndoResult),
  'undo.redo': call(None, UndoResult),
  'undo.state': call(None, UndoState),

  // Reports: one export in any format, for the app and the CLI alike.
  'reports.export': call(ReportRequest, ReportFile),
  'reports.savePdf': call(PdfRequest, PdfResult),
  /** The evidence package: the Markdown report, the WARC files and article versions it cites, a manifest. */
  'reports.exportEvidence': call(
    input({ generatedAt: IsoDateTime.optional() }),
    EvidencePackageFile,
  ),
  'annotations.import': call(AnnotationImportRequest, AnnotationImportResult),

  // Compare outlets: counterparts of a claim, "same claim" groups, discrepancies, suggested claims.
  'compare.counterparts': call(ClaimRef, z.array(Counterpart)),
  'compare.link': call(
    ClaimRef.extend({ target: z.object({ articleId: ArticleId, start: Offset, end: Offset }) }),
    LinkResult,
  ),
  'compare.unlink': call(ClaimRef, z.array(Claim)),
  'compare.groups': call(None, z.array(ClaimGroup)),
  'compare.discrepancies': call(None, z.array(Discrepancy)),
  /** The same, a page at a time, for a workspace where they run into thousands. */
  'compare.discrepancyPage': call(
    input({ offset: z.number().int().nonnegative(), limit: z.number().int().min(1).max(200) }),
    z.object({
      discrepancies: z.array(DiscrepancyPreview),
      total: z.number().int().nonnegative(),
      offset: z.number().int().nonnegative(),
    }),
  ),
  /** A page of one discrepancy's passages, for one that lists only its first. */
  'compare.discrepancyItems': call(
    input({
      discrepancyId: z.string().min(1).max(200),
      offset: z.number().int().nonnegative(),
      limit: z.number().int().min(1).max(200),
    }),
    DiscrepancyItemPage,
  ),
  'suggestions.list': call(input({ articleId: ArticleId }), z.array(Suggestion)),
  'suggestions.dismiss': call(
    input({ articleId: ArticleId, start: Offset, end: Offset }),
    z.object({ dismissed: z.literal(true) }),
  ),

  // Import and updates: files, folders, uploads, pastes, web pages; re-read on change.
  'articles.importFiles': call(input({ paths: z.array(FilePath).min(1).max(5000) }), ImportSummary),
  'articles.importFolder': call(input({ path: FilePath }), ImportSummary),
  'articles.importUploads': call(input({ files: z.array(UploadedFile).max(50) }), ImportSummary),
  'articles.importText': call(input({ text: PastedText }), ImportSummary),
  'articles.importUrl': call(input({ url: z.string().min(1).max(2048) }), ImportSummary),
  'articles.checkForUpdates': call(input({ articleId: ArticleId }), ArticleUpdate),
  'claims.reattach': call(ClaimRef.extend({ start: Offset, end: Offset }), Claim),
  'claims.confirmAnchor': call(ClaimRef, Claim),
  /** Archives the page of a claim's source as a WARC file and adds the snapshot to the source. */
  'sources.archive': call(ClaimRef.extend({ sourceId: Id }), Claim),
  /** Archives a page on its own (the command line); `allowPrivateNetwork` is the CLI's flag. */
  'sources.archiveUrl': call(
    input({ url: z.string().min(1).max(2048), allowPrivateNetwork: z.boolean().optional() }),
    SourceSnapshot,
  ),
  'sources.readSnapshot': call(input({ warcFile: WarcFileName }), ArchivedPage),

  // Search every article's text and every claim's fields, through the workspace's search index.
  'search.query': call(SearchRequest, SearchResults),

  // A team desk: whether the workspace is on one, putting it on one, and syncing it now (see
  // claimdesk share / join).
  'desk.status': call(None, DeskStatus),
  'desk.share': call(DeskShareRequest, DeskSyncSummary),
  'desk.sync': call(None, DeskSyncSummary),
  // Which article this member is reading (null: none), and what they have selected in it, for
  // the other members' presence.
  'desk.reading': call(
    input({ articleId: ArticleId.nullable(), selection: DeskSelection.nullable().optional() }),
    z.object({}),
  ),
  // A new workspace in a new folder that follows a desk, opened in place of the one open now.
  'desk.join': call(input({ folder: FolderPath, ...DeskShareRequest.shape }), WorkspaceOpened),
  // The desk's members, as its server lists them; inviting one (a single-use code) and revoking one.
  'desk.members': call(None, z.array(DeskMember)),
  'desk.invite': call(
    input({ role: DeskRole.exclude(['owner']), name: DeskMemberName }),
    z.object({ code: z.string() }),
  ),
  'desk.revoke': call(input({ name: DeskMemberName }), z.array(DeskMember)),

  // Background work (imports, analysis, large reports) reports its progress as change events.
  'tasks.cancel': call(
    input({ taskId: z.string().min(1).max(64) }),
    z.object({ cancelled: z.boolean() }),
  ),
}

export type Contract = typeof contract
export type CallName = keyof Contract
export type In<N extends CallName> = z.input<Contract[N]['input']>
export type Out<N extends CallName> = z.output<Contract[N]['output']>

/**
 * Where a window's change stands among its others: `run` names the window's page load and
 * `sequence` counts its changes from 1, so they are applied in the order it made them.
 */
export const CallOrderStamp = z
  .object({
    run: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    sequence: z
      .number()
      .int()
      .positive()
      .max(2 ** 31),
  })
  .strict()
export type CallOrderStamp = z.infer<typeof CallOrderStamp>

/** Who is calling (each window, browser tab and CLI run has its own undo history), and in what order. */
export type CallContext = { clientId: string; order?: CallOrderStamp | undefined }

/** The caller when none is named (tests, the app's own calls). */
export const LOCAL_CONTEXT: CallContext = { clientId: 'local' }

/** The main side implements every call; `satisfies Handlers` makes a missing one a type error. */
export type Handlers = {
  [N in CallName]: (input: z.output<Contract[N]['input']>, context?: CallContext) => Promise<Out<N>>
}

export const callNames = Object.keys(contract) as CallName[]

export const isCallName = (name: unknown): name is CallName =>
  typeof name === 'string' && Object.hasOwn(contract, name)
