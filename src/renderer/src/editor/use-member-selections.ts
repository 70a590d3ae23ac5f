import type { Editor } from '@tiptap/core'
import { useEffect } from 'react'
import type { DeskPresence } from '../../../shared/desk-model'
import type { ArticlePositions } from './article-positions'
import { memberSelectionsKey, type MemberSelection } from './member-selections'
import { whenMounted } from './when-mounted'

/** Paints the selections other members have in this article, and keeps them as they move. */
export function useMemberSelections(
  editor: Editor,
  articleId: string,
  present: readonly DeskPresence[],
  positions: ArticlePositions,
): void {
  const key = JSON.stringify(present.filter((member) => member.articleId === articleId))
  useEffect(() => {
    const here = JSON.parse(key) as DeskPresence[]
    const selections: MemberSelection[] = here.flatMap(({ name, selection }) =>
      selection && selection.end > selection.start
        ? [
            {
              name,
              from: positions.toPosition(selection.start),
              to: positions.toPosition(selection.end),
            },
          ]
        : [],
    )
    return whenMounted(editor, () =>
      editor.view.dispatch(editor.state.tr.setMeta(memberSelectionsKey, selections)),
    )
  }, [editor, key, positions])
}
