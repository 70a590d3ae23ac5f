import { TextSelection } from '@tiptap/pm/state'
import { EditorContent, useEditor } from '@tiptap/react'
import { Document } from '@tiptap/extension-document'
import { Text } from '@tiptap/extension-text'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Claim } from '../../../shared/claim-model'
import type { Article } from '../../../shared/article-model'
import { ArticleBlockNode } from '../editor/article-block'
import { articleToDocument } from '../editor/article-document'
import { ArticleSectionNode } from '../editor/article-section'
import { ArticlePositions } from '../editor/article-positions'
import { ClaimHighlights } from '../editor/claim-highlights'
import { EditorEvents } from '../editor/editor-events'
import { HiddenFromReactSelection } from '../editor/hidden-from-react-selection'
import { FindHighlights } from '../editor/find-highlights'
import { MemberSelections } from '../editor/member-selections'
import { useMemberSelections } from '../editor/use-member-selections'
import { useDeskPresence, useTellDeskReading } from '../hooks/use-desk-presence'
import { useCommand } from '../commands/command-registry'
import { FindBar } from './FindBar'
import { ReadOnlyText } from '../editor/read-only-text'
import { useClaimHighlights } from '../editor/use-claim-highlights'
import { useFocusClaim, type FocusRequest } from '../editor/use-focus-claim'
import { useShowPassage } from '../editor/use-show-passage'
import { useSelectionRange } from '../editor/use-selection-range'
import { useVocabulary } from '../hooks/use-articles'
import type { ClaimRange } from '../state/use-article-claims'
import { useWorkspace, type Notice } from '../state/workspace-context'
import { SHORTCUTS } from '../shortcuts'
import { ArticleHeader } from './ArticleHeader'
import { MarkClaimControls } from './MarkClaimControls'
import { ArticleVersions, type VersionView } from './versions/ArticleVersions'
import { VersionCompare } from './versions/VersionCompare'
import { VersionReader } from './versions/VersionReader'

const NOTHING_TO_MARK: Notice = {
  kind: 'info',
  text: `Nothing is selected: select the words of a claim in the article, then press ${SHORTCUTS.markClaim.label}.`,
}

type Props = {
  article: Article
  claims: readonly Claim[]
  activeClaimId: string | null
  focusRequest: FocusRequest | null
  /** A passage to scroll to and select when the article opens, so it can be marked at once. */
  passage: ClaimRange | null
  onActivate: (claimId: string) => void
  /** Marks a range; `paintNow` paints the pending claim before anything else renders. */
  onMark: (range: ClaimRange, paintNow: (pending: Claim) => void) => void
}

/** The article as a reader sees it: read-only TipTap with claims painted over the text. */
export function ArticleView({
  article,
  claims,
  activeClaimId,
  focusRequest,
  passage,
  onActivate,
  onMark,
}: Props) {
  const vocabulary = useVocabulary()
  const positions = useMemo(() => new ArticlePositions(article.blocks), [article.blocks])
  // Only read when the editor is made; kept so that a re-render does not rebuild it.
  const initialDocument = useMemo(() => articleToDocument(article), [article])
  const surfaceRef = useRef<HTMLDivElement>(null)
  const [events] = useState(() => new EditorEvents())

  const editor = useEditor(
    {
      extensions: [
        Document,
        Text,
        ArticleSectionNode,
        ArticleBlockNode,
        ReadOnlyText,
        HiddenFromReactSelection,
        ClaimHighlights.configure({ onActivate: (id) => events.emit('activate', id) }),
        FindHighlights,
        MemberSelections,
      ],
      content: initialDocument,
      editorProps: {
        attributes: { 'aria-label': `Text of “${article.title}”`, class: 'article-text' },
      },
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
    },
    [article.id],
  )

  const selection = useSelectionRange(editor, positions)
  useTellDeskReading(article.id, selection.range)
  useMemberSelections(editor, article.id, useDeskPresence(), positions)
  const paintNow = useClaimHighlights(editor, claims, vocabulary, positions, activeClaimId)
  const { showNotice } = useWorkspace()
  const markSelection = useCallback(() => {
    // The selection may have gone already while the desk has not caught up with it.
    if (!selection.range || editor.state.selection.empty) return showNotice(NOTHING_TO_MARK)
    // The caret moves past the new highlight in the same view update that paints it, so the mark
    // button does not linger over it.
    const { state } = editor
    const caretAfter = state.tr.setSelection(
      TextSelection.near(state.doc.resolve(state.selection.to)),
    )
    onMark(selection.range, (pending) => paintNow(pending, caretAfter))
  }, [editor, onMark, paintNow, selection.range, showNotice])
  const [isFinding, setIsFinding] = useState(false)
  // A claim shown in the text (a new focus request) brings the current version back.
  const [shown, setShown] = useState<{ view: VersionView; over: FocusRequest | null }>({
    view: null,
    over: null,
  })
  const versionView = shown.over === focusRequest ? shown.view : null
  const showVersions = useCallback(
    (view: VersionView) => setShown({ view, over: focusRequest }),
    [focusRequest],
  )
  const backToCurrent = useCallback(() => {
    showVersions(null)
    editor.commands.focus()
  }, [editor, showVersions])
  useEffect(() => events.on('activate', onActivate), [events, onActivate])
  // Offered with nothing selected too, so the shortcut says why it did nothing.
  useCommand('claim.mark', markSelection)
  useCommand('edit.find', () => setIsFinding(true), !isFinding)
  useFocusClaim(editor, focusRequest, claims, positions)
  useShowPassage(editor, passage, positions)

  return (
    <article className="article-view" aria-label={article.title}>
      <ArticleHeader article={article}>
        <ArticleVersions
          articleId={article.id}
          claims={claims}
          view={versionView}
          onView={showVersions}
        />
      </ArticleHeader>
      {versionView === 'read' && <VersionReader articleId={article.id} onClose={backToCurrent} />}
      {versionView === 'compare' && (
        <VersionCompare articleId={article.id} onClose={backToCurrent} />
      )}
      {isFinding && versionView === null && (
        <FindBar
          editor={editor}
          text={article.text}
          positions={positions}
          onClose={() => {
            setIsFinding(false)
            editor.commands.focus()
          }}
        />
      )}
      <div className="article-surface" ref={surfaceRef} hidden={versionView !== null}>
        <EditorContent editor={editor} />
        <MarkClaimControls selection={selection} surfaceRef={surfaceRef} onMark={markSelection} />
      </div>
    </article>
  )
}
