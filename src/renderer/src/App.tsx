import { useState, type CSSProperties } from 'react'
import type { Claim } from '../../shared/claim-model'
import type { SearchHit } from '../../shared/search-model'
import { CommandProvider } from './commands/command-registry'
import { useDeskCommands, type DeskDialog } from './commands/use-desk-commands'
import { ArticleList } from './components/ArticleList'
import type { OpenAt } from './components/ArticleDesk'
import { ArticlePane } from './components/ArticlePane'
import { DeskToolbar } from './components/DeskToolbar'
import { ImportPanel } from './components/import/ImportPanel'
import { NoticeBar } from './components/NoticeBar'
import { StatusMessage } from './components/StatusMessage'
import { TaskProgressBar } from './components/TaskProgressBar'
import { ReviewNotesBadge } from './components/ReviewNotesBadge'
import { TeamDeskSync } from './components/TeamDeskSync'
import { WorkspaceClaims } from './components/claims/WorkspaceClaims'
import { DiscrepanciesView } from './components/compare/DiscrepanciesView'
import { ReportCommands } from './components/export/ReportCommands'
import { WorkspaceCommands } from './components/workspace/WorkspaceCommands'
import { AboutDialog } from './components/shell/AboutDialog'
import { CommandPalette } from './components/shell/CommandPalette'
import { MenuBar } from './components/shell/MenuBar'
import { PaneResizer } from './components/shell/PaneResizer'
import { ShortcutsSheet } from './components/shell/ShortcutsSheet'
import { WorkspaceSearch } from './components/search/WorkspaceSearch'
import { SettingsDialog } from './components/vocabulary/SettingsDialog'
import { TagManager } from './components/vocabulary/TagManager'
import { useArticles, useWorkspaceInfo } from './hooks/use-articles'
import { readersByArticle, useDeskPresence } from './hooks/use-desk-presence'
import { updatePreferences, usePreferences } from './state/preferences'
import { useAppearance } from './state/use-appearance'
import { WorkspaceProvider } from './state/workspace-context'

type View =
  | { kind: 'article'; articleId: string | null; openAt: OpenAt }
  | { kind: 'all-claims' }
  | { kind: 'discrepancies' }

/** Electron draws the native menu; in a browser the same commands get an in-window menu bar. */
const hasNativeMenu = typeof window !== 'undefined' && window.api !== undefined

export function App() {
  return (
    <CommandProvider>
      <WorkspaceProvider>
        <Desk />
      </WorkspaceProvider>
    </CommandProvider>
  )
}

/** The desk: article list, the article being read, and its claims. */
function Desk() {
  const articles = useArticles()
  const workspace = useWorkspaceInfo(articles.status !== 'loading')
  const preferences = usePreferences()
  const [view, setView] = useState<View>({
    kind: 'article',
    articleId: preferences.lastArticleId,
    openAt: null,
  })
  const [dialog, setDialog] = useState<DeskDialog | null>(null)
  const present = useDeskPresence()
  useAppearance(preferences)
  useDeskCommands({
    openDialog: setDialog,
    showAllClaims: () => setView({ kind: 'all-claims' }),
    showDiscrepancies: () => setView({ kind: 'discrepancies' }),
  })

  const listed = articles.status === 'ready' ? articles.value : []
  const wanted = view.kind === 'article' ? view.articleId : null
  // Reopens the article the user last read, if it is still in the workspace.
  const articleId =
    view.kind === 'article'
      ? listed.some((each) => each.id === wanted)
        ? wanted
        : (listed[0]?.id ?? null)
      : null
  // A new sha256 (the text was updated from its source) remounts the article pane.
  const articleVersion = listed.find((each) => each.id === articleId)?.sha256
  const openArticle = (id: string, openAt: OpenAt = null) => {
    updatePreferences({ lastArticleId: id })
    setView({ kind: 'article', articleId: id, openAt })
  }
  const openClaim = (claim: Claim) => openArticle(claim.articleId, { claimId: claim.id })
  const openMatch = (hit: SearchHit) =>
    openArticle(hit.articleId, hit.claimId ? { claimId: hit.claimId } : { at: hit.at })
  const closeDialog = () => setDialog(null)
  const titleOf = (id: string) => listed.find((each) => each.id === id)?.title ?? null
  const readers = readersByArticle(present)

  const layout = {
    '--article-list-width': `${preferences.articleListWidth}px`,
    '--claims-panel-width': `${preferences.claimsPanelWidth}px`,
  } as CSSProperties
  const classes = [
    'desk',
    preferences.showArticleList ? '' : 'desk-no-article-list',
    preferences.showClaimsPanel ? '' : 'desk-no-claims-panel',
  ].join(' ')

  return (
    <div className="app-shell">
      {!hasNativeMenu && <MenuBar />}
      <div className={classes} style={layout}>
        {preferences.showArticleList && (
          <nav className="pane pane-articles" aria-label="Workspace">
            <h1 className="app-title">Claimdesk</h1>
            {workspace.status === 'ready' && (
              <p className="workspace-name">{workspace.value.name}</p>
            )}
            <DeskToolbar view={view.kind} />
            <TeamDeskSync articleId={articleId} titleOf={titleOf} />
            <ReviewNotesBadge
              onOpen={(note) => openArticle(note.articleId, { claimId: note.claimId })}
            />
            <ImportPanel articleId={articleId} />
            {workspace.status === 'ready' &&
              workspace.value.notices.map((notice) => (
                <p key={notice} role="alert" className="notice">
                  {notice}
                </p>
              ))}
            {articles.status === 'ready' ? (
              <ArticleList
                articles={articles.value}
                selectedId={articleId}
                onSelect={(id) => openArticle(id)}
                readers={readers}
              />
            ) : (
              <StatusMessage state={articles} what="the articles" />
            )}
          </nav>
        )}
        {view.kind === 'all-claims' && articles.status === 'ready' ? (
          <WorkspaceClaims articles={articles.value} onOpenClaim={openClaim} />
        ) : view.kind === 'discrepancies' ? (
          <DiscrepanciesView
            onOpenArticle={(id, claimId, passage) =>
              openArticle(id, claimId ? { claimId } : passage ? { passage } : null)
            }
          />
        ) : (
          <ArticlePane
            key={`${articleId}-${articleVersion}-${view.kind === 'article' ? JSON.stringify(view.openAt) : ''}`}
            articleId={articleId}
            openAt={view.kind === 'article' ? view.openAt : null}
          />
        )}
        {preferences.showArticleList && (
          <PaneResizer
            label="Resize article list"
            width={preferences.articleListWidth}
            min={180}
            max={600}
            direction={1}
            onResize={(articleListWidth) => updatePreferences({ articleListWidth })}
          />
        )}
        {preferences.showClaimsPanel && view.kind === 'article' && (
          <PaneResizer
            label="Resize claims panel"
            width={preferences.claimsPanelWidth}
            min={240}
            max={700}
            direction={-1}
            onResize={(claimsPanelWidth) => updatePreferences({ claimsPanelWidth })}
          />
        )}
      </div>
      <TaskProgressBar />
      <NoticeBar />
      <CommandPalette
        open={dialog === 'palette'}
        onClose={closeDialog}
        onOpenArticle={(id, claimId) => openArticle(id, claimId ? { claimId } : null)}
      />
      <ShortcutsSheet open={dialog === 'shortcuts'} onClose={closeDialog} />
      <WorkspaceSearch open={dialog === 'search'} onClose={closeDialog} onOpen={openMatch} />
      <AboutDialog open={dialog === 'about'} onClose={closeDialog} />
      <TagManager open={dialog === 'tags'} onClose={closeDialog} />
      <SettingsDialog open={dialog === 'settings'} onClose={closeDialog} />
      <ReportCommands articleId={articleId} />
      <WorkspaceCommands />
    </div>
  )
}
