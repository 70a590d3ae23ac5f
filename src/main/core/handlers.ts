import { findQuote } from './annotations/find-quote'
import { LOCAL_CONTEXT, type Handlers } from '../../shared/contract'
import { isWebUrl } from '../../shared/safe-url'
import { ServiceError } from '../../shared/result'
import type { ClaimBook } from './claims/claim-book'
import { ClaimService } from './claims/claim-service'
import { CompareService } from './compare/compare-service'
import type { Dismissals } from './compare/dismissals'
import { TagService } from './claims/tag-service'
import { AnchorService } from './anchoring/anchor-service'
import type { UndoService } from './history/undo-service'
import type { FetchLimits } from './import/fetch-article'
import type { SavePdf } from './reports/report-service'
import { ImportService } from './import/import-service'
import { SourceArchiver } from './evidence/source-archiver'
import { evidencePackage } from './evidence/evidence-package'
import type { SearchService } from './search/search-service'
import type { Background } from './threads/background'
import type { ArticleUpdater } from './updates/article-updater'
import { diffVersions } from './versions/diff-versions'
import { readVersion } from './versions/read-version'
import type { SettingsService } from './workspace/settings-service'
import type { WorkspaceStore } from './workspace/workspace-store'
import type { TeamDeskCallName } from './desk/desk-handlers'
import type { ReviewInbox } from './review/review-inbox'

/** Opens a web page outside the app; absent in the browser host, where the page opens it itself. */
export type OpenExternal = (url: string) => Promise<void>

/** Makes a service on first use, so that what only it needs (Markdown, CSV) is not loaded to start. */
function onFirstUse<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined
  return () => (made ??= make())
}

/** Calls the app answers itself, because they replace the open workspace (see current-workspace.ts). */
export type DeskCallName =
  'workspace.open' | 'workspace.recent' | 'workspace.chooseFolder' | 'desk.join'

/** Every call that works inside one open workspace. */
export type WorkspaceHandlers = Omit<Handlers, DeskCallName>

/** The calls made here; the team desk's are added where the workspace is opened (open-workspace.ts). */
export type ServiceHandlers = Omit<WorkspaceHandlers, TeamDeskCallName>

/** What the calls of one workspace are answered with; made once, when the workspace opens. */
export type WorkspaceServices = {
  store: WorkspaceStore
  book: ClaimBook
  settings: SettingsService
  dismissals: Dismissals
  updater: ArticleUpdater
  undo: UndoService
  openExternal?: OpenExternal | undefined
  fetchLimits?: FetchLimits | undefined
  /** Prints a report to a PDF file (Electron); absent in the browser host, where the page prints. */
  savePdf?: SavePdf | undefined
  /** The worker threads and the tasks shown while they work. */
  background: Background
  search: SearchService
  /** Reviewers' notes on this member's claims, not read yet. */
  reviews: ReviewInbox
}

/** The main side of the contract for one workspace: every call the renderer can make, in one map. */
export function createHandlers(services: WorkspaceServices): ServiceHandlers {
  const { store, book, settings, dismissals, updater, undo, openExternal, fetchLimits, savePdf } =
    services
  const { background, search, reviews } = services
  const claims = new ClaimService(store, book)
  const tags = new TagService(store, book)
  const candidates = (text: string, limit: number) => search.candidateArticles(text, limit)
  const compare = new CompareService(store, book, claims, dismissals, background, candidates)
  const reports = onFirstUse(
    async () =>
      new (await import('./reports/report-service')).ReportService(
        store,
        book,
        compare,
        undefined,
        background,
      ),
  )
  const annotations = onFirstUse(
    async () =>
      new (await import('./annotations/annotation-import')).AnnotationImportService(
        store,
        book,
        claims,
        tags,
      ),
  )
  const imports = new ImportService(store, fetchLimits, background)
  const anchors = new AnchorService(store, book)
  const archiver = new SourceArchiver(store, background, fetchLimits)
  return {
    'workspace.info': async () => store.info(),
    'articles.list': async () => store.listArticles(),
    'articles.get': async ({ articleId }) => store.getArticle(articleId),
    'articles.versions': async ({ articleId }) => structuredClone(store.articleVersions(articleId)),
    'articles.getVersion': ({ articleId, version }) => readVersion(store, articleId, version),
    'articles.diffVersions': ({ articleId, from, to }) => diffVersions(store, articleId, from, to),
    'articles.updateDetails': ({ articleId, details }) =>
      store.setArticleDetails(articleId, details),
    'articles.findQuote': ({ articleId, quote }) => findQuote(store, articleId, quote),

    'claims.list': ({ articleId }) => claims.list(articleId),
    'claims.listAll': () => claims.listAll(),
    'claims.create': (draft) => claims.create(draft),
    'claims.update': ({ articleId, claimId, patch }) => claims.update(articleId, claimId, patch),
    'claims.delete': ({ articleId, claimId }) => claims.delete(articleId, claimId),
    'claims.addReviewNote': ({ articleId, claimId, text }) =>
      claims.addReviewNote(articleId, claimId, text),
    'reviews.unread': async () => reviews.list(),
    'reviews.markRead': async ({ claimId }) => {
      await reviews.markRead(claimId)
      return reviews.list()
    },

    // A copy: the index is changed in place, and an answer must not change after it was given.
    'vocabulary.get': async () =>
      structuredClone({
        tags: store.data.tags,
        verdictScale: store.data.verdictScale,
        settings: store.data.settings,
      }),
    'tags.create': ({ name, colour }) => tags.create(name, colour),
    'tags.update': ({ tagId, ...change }) => tags.update(tagId, change),
    'tags.usage': async ({ tagId }) => ({ claimCount: await tags.usage(tagId) }),
    'tags.delete': ({ tagId }) => tags.delete(tagId),
    'tags.merge': ({ sourceId, targetId }) => tags.merge(sourceId, targetId),
    'verdicts.update': ({ verdictScale }) => settings.updateVerdictScale(verdictScale),
    'settings.update': ({ patch }) => settings.updateSettings(patch),

    'undo.undo': (_input, context = LOCAL_CONTEXT) => undo.step(context.clientId, 'undo'),
    'undo.redo': (_input, context = LOCAL_CONTEXT) => undo.step(context.clientId, 'redo'),
    'undo.state': async (_input, context = LOCAL_CONTEXT) => undo.state(context.clientId),

    'links.open': async ({ url }) => {
      if (!isWebUrl(url))
        throw new ServiceError('forbidden', 'Only http and https links can be opened.')
      if (!openExternal) return { openedByApp: false }
      await openExternal(url)
      return { openedByApp: true }
    },

    'reports.export': async ({ scope, format, options, generatedAt, publisher }) =>
      (await reports()).export(scope, format, options, generatedAt, publisher),
    'reports.savePdf': async (request) => (await reports()).savePdf(request, savePdf),
    'reports.exportEvidence': async ({ generatedAt }) =>
      evidencePackage(
        store,
        await reports(),
        background,
        generatedAt ? new Date(generatedAt) : new Date(),
      ),
    'annotations.import': async (request) => (await annotations()).import(request),

    'compare.counterparts': ({ articleId, claimId }) => compare.counterparts(articleId, claimId),
    'compare.link': ({ articleId, claimId, target }) => compare.link(articleId, claimId, target),
    'compare.unlink': ({ articleId, claimId }) => compare.unlink(articleId, claimId),
    'compare.groups': () => compare.claimGroups(),
    'compare.discrepancies': () => compare.discrepancies(),
    'compare.discrepancyPage': ({ offset, limit }) => compare.discrepancyPage(offset, limit),
    'compare.discrepancyItems': ({ discrepancyId, offset, limit }) =>
      compare.discrepancyItems(discrepancyId, offset, limit),
    'suggestions.list': ({ articleId }) => compare.suggestions(articleId),
    'suggestions.dismiss': async ({ articleId, start, end }) => {
      await compare.dismissSuggestion(articleId, start, end)
      return { dismissed: true as const }
    },

    'articles.importFiles': ({ paths }) => imports.importFiles(paths),
    'articles.importFolder': ({ path }) => imports.importFolder(path),
    'articles.importUploads': ({ files }) => imports.importUploads(files),
    'articles.importText': ({ text }) => imports.importText(text),
    'articles.importUrl': ({ url }) => imports.importUrl(url),
    'articles.checkForUpdates': ({ articleId }) => updater.refresh(articleId),
    'claims.reattach': ({ articleId, claimId, ...range }) =>
      anchors.reattach(articleId, claimId, range),
    'claims.confirmAnchor': ({ articleId, claimId }) => anchors.confirm(articleId, claimId),
    'sources.archive': (ref) => archiver.archiveSource(claims, ref),
    'sources.archiveUrl': ({ url, allowPrivateNetwork }) =>
      archiver.archiveUrl(url, { allowPrivateNetwork }),
    'sources.readSnapshot': ({ warcFile }) => archiver.read(warcFile),

    'search.query': (request) => search.search(request),
    'tasks.cancel': async ({ taskId }) => ({ cancelled: background.tasks.cancel(taskId) }),
  } satisfies ServiceHandlers
}
