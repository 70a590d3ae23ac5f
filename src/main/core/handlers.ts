import type { Handlers } from '../../shared/contract'
import { isWebUrl } from '../../shared/safe-url'
import { ServiceError } from '../../shared/result'
import { ClaimBook } from './claims/claim-book'
import { ClaimService } from './claims/claim-service'
import { TagService } from './claims/tag-service'
import { SettingsService } from './workspace/settings-service'
import type { WorkspaceStore } from './workspace/workspace-store'

/** Opens a web page outside the app; absent in the browser host, where the page opens it itself. */
export type OpenExternal = (url: string) => Promise<void>

/** The main side of the contract: every call the renderer can make, in one map. */
export function createHandlers(store: WorkspaceStore, book: ClaimBook, openExternal?: OpenExternal): Handlers {
  const claims = new ClaimService(store, book)
  const tags = new TagService(store, book)
  const settings = new SettingsService(store, book)
  return {
    'workspace.info': async () => store.info(),
    'articles.list': async () => store.listArticles(),
    'articles.get': async ({ articleId }) => store.getArticle(articleId),

    'claims.list': ({ articleId }) => claims.list(articleId),
    'claims.listAll': () => claims.listAll(),
    'claims.create': (draft) => claims.create(draft),
    'claims.update': ({ articleId, claimId, patch }) => claims.update(articleId, claimId, patch),
    'claims.delete': ({ articleId, claimId }) => claims.delete(articleId, claimId),
    'claims.restore': ({ claim }) => claims.restore(claim),

    'vocabulary.get': async () => ({
      tags: store.data.tags,
      verdictScale: store.data.verdictScale,
      settings: store.data.settings,
    }),
    'tags.create': ({ name, colour }) => tags.create(name, colour),
    'tags.update': ({ tagId, ...change }) => tags.update(tagId, change),
    'tags.usage': async ({ tagId }) => ({ claimCount: await tags.usage(tagId) }),
    'tags.delete': ({ tagId }) => tags.delete(tagId),
    'tags.merge': ({ sourceId, targetId }) => tags.merge(sourceId, targetId),
    'tags.restore': ({ removal, undoMerge }) => tags.restore(removal, undoMerge),
    'verdicts.update': ({ verdictScale }) => settings.updateVerdictScale(verdictScale),
    'settings.update': ({ patch }) => settings.updateSettings(patch),

    'links.open': async ({ url }) => {
      if (!isWebUrl(url)) throw new ServiceError('forbidden', 'Only http and https links can be opened.')
      if (!openExternal) return { openedByApp: false }
      await openExternal(url)
      return { openedByApp: true }
    },
  } satisfies Handlers
}
