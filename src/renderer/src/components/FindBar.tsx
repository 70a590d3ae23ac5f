import type { Editor } from '@tiptap/core'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useCommand } from '../commands/command-registry'
import type { ArticlePositions } from '../editor/article-positions'
import { findKey } from '../editor/find-highlights'
import { findMatches } from '../editor/find-matches'

type Props = { editor: Editor; text: string; positions: ArticlePositions; onClose: () => void }

/** Ctrl/Cmd+F: matches painted in the article, a count, next and previous; Escape closes. */
export function FindBar({ editor, text, positions, onClose }: Props) {
  const [query, setQuery] = useState('')
  const [current, setCurrent] = useState(0)
  const input = useRef<HTMLInputElement>(null)
  const matches = useMemo(() => findMatches(text, query), [text, query])
  const index = matches.length ? Math.min(current, matches.length - 1) : -1

  useEffect(() => {
    const ranges = matches.map((match) => ({
      from: positions.toPosition(match.start),
      to: positions.toPosition(match.end),
    }))
    editor.view.dispatch(editor.state.tr.setMeta(findKey, { ranges, current: index }))
    const range = ranges[index]
    if (range) {
      const { node } = editor.view.domAtPos(range.from)
      const element = node instanceof Element ? node : node.parentElement
      element?.scrollIntoView({ block: 'center' })
    }
  }, [editor, matches, index, positions])

  useEffect(() => {
    return () => {
      if (!editor.isDestroyed)
        editor.view.dispatch(editor.state.tr.setMeta(findKey, { ranges: [], current: -1 }))
    }
  }, [editor])

  const step = (direction: 1 | -1) =>
    matches.length && setCurrent((index + direction + matches.length) % matches.length)
  useCommand('find.next', () => step(1), matches.length > 0)
  useCommand('find.previous', () => step(-1), matches.length > 0)
  useCommand('edit.find', () => input.current?.select())

  const status = !query.trim()
    ? ''
    : matches.length
      ? `${index + 1} of ${matches.length}`
      : 'No matches'

  return (
    <div className="find-bar" role="search" aria-label="Find in article">
      <input
        ref={input}
        type="search"
        aria-label="Find in article"
        placeholder="Find in article"
        value={query}
        autoFocus
        onChange={(event) => {
          setQuery(event.target.value)
          setCurrent(0)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            step(event.shiftKey ? -1 : 1)
          } else if (event.key === 'Escape') {
            event.preventDefault()
            onClose()
          }
        }}
      />
      <span className="find-count" role="status" aria-live="polite">
        {status}
      </span>
      <button
        type="button"
        onClick={() => step(-1)}
        disabled={!matches.length}
        aria-label="Previous match"
      >
        ↑
      </button>
      <button
        type="button"
        onClick={() => step(1)}
        disabled={!matches.length}
        aria-label="Next match"
      >
        ↓
      </button>
      <button type="button" onClick={onClose} aria-label="Close find">
        ×
      </button>
    </div>
  )
}
