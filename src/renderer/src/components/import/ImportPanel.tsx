import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef, useState } from 'react'
import type { ImportSummary } from '../../../../shared/import-model'
import { useCommand } from '../../commands/command-registry'
import { showArticleUpdate, useArticleUpdate } from '../../state/article-updates'
import { useWorkspace } from '../../state/workspace-context'
import { ArticleUpdateBanner } from './ArticleUpdateBanner'
import { ImportTextDialog } from './ImportTextDialog'
import {
  ACCEPTED_FILES,
  describeSummary,
  importFiles,
  type FileSenders,
  type ImportProgress,
} from './import-files'
import { useFileDrop } from './use-file-drop'
import { messageOf } from '../../../../shared/message-of'
import '../../styles/import.css'

type Props = { articleId: string | null }

/** Getting articles in (files, drag and drop, paste, web address) and checking the open one for updates. */
export function ImportPanel({ articleId }: Props) {
  const { change, showNotice } = useWorkspace()
  const client = useQueryClient()
  const [status, setStatus] = useState('')
  const [dialog, setDialog] = useState<'paste' | 'url' | null>(null)
  const update = useArticleUpdate()
  const picker = useRef<HTMLInputElement>(null)

  /** Runs an import and shows its summary; resolves to what went wrong, or null. */
  const run = useCallback(
    async (doing: string, work: () => Promise<ImportSummary>): Promise<string | null> => {
      setStatus(`${doing}…`)
      try {
        const summary = await work()
        setStatus(describeSummary(summary))
        return summary.skipped > 0 ? describeSummary(summary) : null
      } catch (error) {
        setStatus(messageOf(error))
        return messageOf(error)
      }
    },
    [],
  )
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  const cancel = useRef<AbortController | null>(null)
  const onFiles = useCallback(
    (files: File[]) => {
      const controller = new AbortController()
      cancel.current = controller
      const send: FileSenders = {
        byPath: (path) => change('articles.importFiles', { paths: [path] }),
        upload: (file) => change('articles.importUploads', { files: [file] }),
      }
      void run('Importing', () =>
        importFiles(files, send, { onProgress: setProgress, signal: controller.signal }).finally(
          () => setProgress(null),
        ),
      ).then((failure) => {
        // Files that could not be imported are news the user must not miss; a cancel is their own.
        if (failure && !controller.signal.aborted) showNotice({ kind: 'error', text: failure })
      })
    },
    [run, change, showNotice],
  )
  const { isOver } = useFileDrop(onFiles)

  const checkForUpdates = async () => {
    if (!articleId) return
    setStatus('Checking for updates…')
    try {
      const result = await change('articles.checkForUpdates', { articleId })
      setStatus(result.message)
      if (result.status === 'updated') showArticleUpdate(client, result)
    } catch (error) {
      setStatus((error as Error).message)
    }
  }

  useCommand('import.files', () => picker.current?.click())
  useCommand('import.paste', () => setDialog('paste'))
  useCommand('import.url', () => setDialog('url'))
  useCommand('article.checkUpdates', () => void checkForUpdates(), articleId !== null)

  return (
    <section className="import-panel" aria-label="Import">
      <div className="desk-toolbar">
        <button type="button" onClick={() => picker.current?.click()}>
          Import files…
        </button>
        <button type="button" onClick={() => setDialog('paste')}>
          Paste article…
        </button>
        <button type="button" onClick={() => setDialog('url')}>
          Import from URL…
        </button>
        <button type="button" disabled={!articleId} onClick={() => void checkForUpdates()}>
          Check for updates
        </button>
      </div>
      <input
        ref={picker}
        type="file"
        multiple
        hidden
        accept={ACCEPTED_FILES}
        aria-label="Files to import"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? [])
          event.target.value = ''
          onFiles(files)
        }}
      />
      {progress && progress.total > 1 ? (
        <div className="import-progress">
          <label htmlFor="import-progress">
            Importing {progress.done + 1} of {progress.total}: {progress.current}
          </label>
          <progress id="import-progress" value={progress.done} max={progress.total} />
          <button type="button" onClick={() => cancel.current?.abort()}>
            Cancel
          </button>
        </div>
      ) : (
        <p role="status" className="import-status">
          {status}
        </p>
      )}
      {update && (
        <ArticleUpdateBanner update={update} onDismiss={() => showArticleUpdate(client, null)} />
      )}
      {isOver && (
        <div className="drop-hint" aria-hidden="true">
          Drop files to import them
        </div>
      )}
      <ImportTextDialog
        open={dialog !== null}
        kind={dialog ?? 'paste'}
        onClose={() => setDialog(null)}
        onSubmit={(value) =>
          run(
            dialog === 'url' ? 'Fetching' : 'Importing',
            dialog === 'url'
              ? () => change('articles.importUrl', { url: value.trim() })
              : () => change('articles.importText', { text: value }),
          )
        }
      />
    </section>
  )
}
