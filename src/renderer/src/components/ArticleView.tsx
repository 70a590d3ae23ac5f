import { EditorContent, useEditor } from '@tiptap/react'
import { Document } from '@tiptap/extension-document'
import { Text } from '@tiptap/extension-text'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Claim } from '../../../shared/claim-model'
import type { Article } from '../../../shared/model'
import { ArticleBlockNode } from '../editor/article-block'
import { articleToDocument } from '../editor/article-document'
import { ArticlePositions } from '../editor/article-positions'
import { ClaimHighlights } from '../editor/claim-highlights'
import { EditorEvents } from '../editor/editor-events'
import { HiddenFromReactSelection } from '../editor/hidden-from-react-selection'
import { FindHighlights } from '../editor/find-highlights'
import { useCommand } from '../commands/command-registry'
import { FindBar } from './FindBar'
import { ReadOnlyText } from '../editor/read-only-text'
import { useClaimHighlights } from '../editor/use-claim-highlights'
import { useFocusClaim, type FocusRequest } from '../editor/use-focus-claim'
import { useSelectionRange } from '../editor/use-selection-range'
import { useWorkspace } from '../state/workspace-context'
import type { ClaimRange } from '../state/use-article-claims'
import { ArticleMetaLine } from './ArticleMetaLine'
import { MarkClaimControls } from './MarkClaimControls'

type Props = {
  article: Article
  claims: readonly Claim[]
  activeClaimId: string | null
  focusRequest: FocusRequest | null
  onActivate: (claimId: string) => void
  onMark: (range: ClaimRange) => void
}

/** The article as a reader sees it: read-only TipTap with claims painted over the text. */
export function ArticleView({
  article,
  claims,
  activeClaimId,
  focusRequest,
  onActivate,
  onMark,
}: Props) {
  const { vocabulary } = useWorkspace()
  const positions = useMemo(() => new ArticlePositions(article.blocks), [article.blocks])
  const surfaceRef = useRef<HTMLDivElement>(null)
  const [events] = useState(() => new EditorEvents())

  const editor = useEditor(
    {
      extensions: [
        Document,
        Text,
        ArticleBlockNode,
        ReadOnlyText,
        HiddenFromReactSelection,
        ClaimHighlights.configure({ onActivate: (id) => events.emit('activate', id) }),
        FindHighlights,
      ],
      content: articleToDocument(article),
      editorProps: {
        attributes: { 'aria-label': `Text of “${article.title}”`, class: 'article-text' },
      },
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
    },
    [article.id],
  )

  const selection = useSelectionRange(editor, positions)
  const markSelection = useCallback(() => {
    if (!selection.range) return
    onMark(selection.range)
    // The new highlight replaces the selection, so the mark button does not linger over it.
    editor.commands.setTextSelection(editor.state.selection.to)
  }, [editor, onMark, selection.range])
  const [isFinding, setIsFinding] = useState(false)
  useEffect(() => events.on('activate', onActivate), [events, onActivate])
  useCommand('claim.mark', markSelection, selection.range !== null)
  useCommand('edit.find', () => setIsFinding(true), !isFinding)
  useClaimHighlights(editor, claims, vocabulary, positions, activeClaimId)
  useFocusClaim(editor, focusRequest, claims, positions)

  return (
    <article className="article-view" aria-label={article.title}>
      <header className="article-header">
        <p className="article-kicker">{article.site ?? article.fileName ?? 'Article'}</p>
        <ArticleMetaLine article={article} />
      </header>
      {isFinding && (
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
      <div className="article-surface" ref={surfaceRef}>
        <EditorContent editor={editor} />
        <MarkClaimControls selection={selection} surfaceRef={surfaceRef} onMark={markSelection} />
      </div>
    </article>
  )
}
