import { useState } from 'react'
import type { Claim } from '../../shared/claim-model'
import { ArticleList } from './components/ArticleList'
import { ArticlePane } from './components/ArticlePane'
import { DeskToolbar } from './components/DeskToolbar'
import { NoticeBar } from './components/NoticeBar'
import { StatusMessage } from './components/StatusMessage'
import { WorkspaceClaims } from './components/claims/WorkspaceClaims'
import { useArticles, useWorkspaceInfo } from './hooks/use-articles'
import { useUndoShortcuts } from './hooks/use-undo-shortcuts'
import { useWorkspace, WorkspaceProvider } from './state/workspace-context'

type View = { kind: 'article'; articleId: string | null; claimId: string | null } | { kind: 'all-claims' }

export function App() {
  return (
    <WorkspaceProvider>
      <Desk />
    </WorkspaceProvider>
  )
}

/** The desk: article list, the article being read, and its claims. */
function Desk() {
  const { revision } = useWorkspace()
  const articles = useArticles(revision)
  const workspace = useWorkspaceInfo(revision)
  const [view, setView] = useState<View>({ kind: 'article', articleId: null, claimId: null })
  useUndoShortcuts()
  const firstId = articles.status === 'ready' ? (articles.value[0]?.id ?? null) : null
  const articleId = view.kind === 'article' ? (view.articleId ?? firstId) : null
  const openClaim = (claim: Claim) => setView({ kind: 'article', articleId: claim.articleId, claimId: claim.id })

  return (
    <div className="desk">
      <nav className="pane pane-articles" aria-label="Workspace">
        <h1 className="app-title">Claimdesk</h1>
        {workspace.status === 'ready' && <p className="workspace-name">{workspace.value.name}</p>}
        <DeskToolbar
          isAllClaims={view.kind === 'all-claims'}
          onShowAllClaims={() => setView({ kind: 'all-claims' })}
        />
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
            onSelect={(id) => setView({ kind: 'article', articleId: id, claimId: null })}
          />
        ) : (
          <StatusMessage state={articles} what="the articles" />
        )}
      </nav>
      {view.kind === 'all-claims' && articles.status === 'ready' ? (
        <WorkspaceClaims articles={articles.value} onOpenClaim={openClaim} />
      ) : (
        <ArticlePane
          key={`${articleId}-${view.kind === 'article' ? view.claimId : ''}`}
          articleId={articleId}
          initialClaimId={view.kind === 'article' ? view.claimId : null}
        />
      )}
      <NoticeBar />
    </div>
  )
}
