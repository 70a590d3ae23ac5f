import { useState } from 'react'
import { SEARCH_FIELD_LABELS, type SearchHit } from '../../../../shared/search-model'
import { useWorkspaceSearch } from '../../hooks/use-workspace-search'
import { Dialog } from '../Dialog'
import { StatusMessage } from '../StatusMessage'

type Props = { open: boolean; onClose: () => void; onOpen: (hit: SearchHit) => void }

/** Ctrl/Cmd+Shift+F: one box over every article's text and every claim; a result opens at its match. */
export function WorkspaceSearch({ open, onClose, onOpen }: Props) {
  return (
    <Dialog open={open} onClose={onClose} title="Search the workspace" className="search-dialog">
      <SearchBody
        onOpen={(hit) => {
          onClose()
          onOpen(hit)
        }}
      />
    </Dialog>
  )
}

function SearchBody({ onOpen }: { onOpen: (hit: SearchHit) => void }) {
  const [typed, setTyped] = useState('')
  const results = useWorkspaceSearch(typed)
  return (
    <div className="workspace-search" role="search">
      <input
        type="search"
        aria-label="Search the workspace"
        placeholder="Words, a “quoted phrase”, the start of a word…"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        data-autofocus
      />
      {results === null ? (
        <p className="empty-note">
          Searches article text, quotes, notes, claimants, tags and sources.
        </p>
      ) : results.status !== 'ready' ? (
        <StatusMessage state={results} what="the matches" />
      ) : (
        <>
          <p className="search-count" role="status">
            {countLabel(results.value.total)}
            {results.value.isIndexing && ' (the index is still being brought up to date)'}
          </p>
          <ul className="search-results" aria-label="Matches">
            {results.value.hits.map((hit) => (
              <li key={hit.id}>
                <SearchResult hit={hit} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}

const countLabel = (total: number) =>
  total === 0 ? 'No matches' : `${total.toLocaleString()} match${total === 1 ? '' : 'es'}`

function SearchResult({ hit, onOpen }: { hit: SearchHit; onOpen: (hit: SearchHit) => void }) {
  return (
    <button type="button" className="search-result" onClick={() => onOpen(hit)}>
      <span className="search-result-head">
        <span className="search-result-article">{hit.articleTitle}</span>
        {hit.site && <span className="search-result-site"> · {hit.site}</span>}
        <span className="search-result-field"> · {SEARCH_FIELD_LABELS[hit.field]}</span>
      </span>
      <span className="search-result-passage">
        <MarkedPassage passage={hit.passage} marks={hit.marks} />
      </span>
    </button>
  )
}

/** The passage as text, its matching words in <mark>: never HTML. */
function MarkedPassage({ passage, marks }: Pick<SearchHit, 'passage' | 'marks'>) {
  const parts: React.ReactNode[] = []
  let at = 0
  for (const [index, mark] of marks.entries()) {
    if (mark.start < at) continue
    parts.push(
      passage.slice(at, mark.start),
      <mark key={index}>{passage.slice(mark.start, mark.end)}</mark>,
    )
    at = mark.end
  }
  parts.push(passage.slice(at))
  return <>{parts}</>
}
