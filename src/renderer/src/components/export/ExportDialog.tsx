import { useId, useState, type FormEvent } from 'react'
import { FormFooter } from '../FormFooter'
import type { Vocabulary } from '../../../../shared/contract'
import { ReportFormat, type ReportFile } from '../../../../shared/report-model'
import { useVocabulary } from '../../hooks/use-articles'
import { Dialog } from '../Dialog'
import { useInlineChange } from '../vocabulary/use-inline-change'
import { PublisherFields, type Publisher } from './PublisherFields'
import { FORMAT_LABELS, scopeOf, type ExportChoice } from './report-request'
import { copyReport, downloadReport } from './save-report'
import { ScopeFields } from './ScopeFields'
import { useReportExport } from '../../hooks/use-report-export'
import { messageOf } from '../../../../shared/message-of'

type Props = { open: boolean; onClose: () => void; articleId: string | null }

/** File → Export report…: which claims, which format, and for ClaimReview who publishes it. */
export function ExportDialog({ open, onClose, articleId }: Props) {
  const vocabulary = useVocabulary()
  return (
    <Dialog open={open} onClose={onClose} title="Export report" className="export-dialog">
      {vocabulary === null ? (
        <p className="empty-note">Loading…</p>
      ) : (
        <ExportForm vocabulary={vocabulary} articleId={articleId} />
      )}
    </Dialog>
  )
}

function ExportForm({
  vocabulary,
  articleId,
}: {
  vocabulary: Vocabulary
  articleId: string | null
}) {
  const exportReport = useReportExport()
  const changeInline = useInlineChange()
  const formatId = useId()
  const [choice, setChoice] = useState<ExportChoice>({
    scope: articleId ? 'article' : 'all',
    format: 'md',
    tagId: '',
    verdictId: '',
    status: '',
  })
  const { publisherName, publisherUrl } = vocabulary.settings
  const [publisher, setPublisher] = useState<Publisher>({ publisherName, publisherUrl })
  const [publisherError, setPublisherError] = useState<string | null>(null)
  const [gaps, setGaps] = useState<ReportFile | null>(null)
  const [status, setStatus] = useState('')
  const [error, setError] = useState<string | null>(null)
  const change = (next: Partial<ExportChoice>) => {
    setChoice({ ...choice, ...next })
    setGaps(null)
  }

  /** Keeps the publisher in the workspace settings (undoable) before a ClaimReview is made from them. */
  const savePublisher = async (): Promise<boolean> => {
    const patch = {
      publisherName: publisher.publisherName.trim(),
      publisherUrl: publisher.publisherUrl.trim(),
    }
    if (patch.publisherName === publisherName && patch.publisherUrl === publisherUrl) return true
    // The main side checks the URL (http(s) or mailto) and says what is wrong with it.
    const failure = await changeInline('settings.update', { patch })
    setPublisherError(failure)
    return failure === null
  }

  const deliver = (file: ReportFile) => {
    downloadReport(file)
    setGaps(null)
    setStatus(`Exported ${file.claimCount} claim(s) as ${file.fileName}.`)
  }

  const run = async (work: () => Promise<void>) => {
    setError(null)
    setStatus('')
    try {
      await work()
    } catch (failure) {
      setError(messageOf(failure))
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void run(async () => {
      if (choice.format === 'claimreview' && !(await savePublisher())) return
      const file = await exportReport({ scope: scopeOf(choice, articleId), format: choice.format })
      if (file.warnings.length > 0) setGaps(file)
      else deliver(file)
    })
  }

  const copyMarkdown = () =>
    void run(async () => {
      const file = await exportReport({ scope: scopeOf(choice, articleId), format: 'md' })
      await copyReport(file)
      setStatus(`Copied the report of ${file.claimCount} claim(s) as Markdown.`)
    })

  return (
    <form className="export-form" noValidate onSubmit={submit}>
      <ScopeFields
        choice={choice}
        vocabulary={vocabulary}
        hasArticle={articleId !== null}
        onChange={change}
      />
      <div className="settings-section">
        <label htmlFor={formatId} className="dialog-section-title">
          Format
        </label>{' '}
        <select
          id={formatId}
          value={choice.format}
          onChange={(event) => change({ format: event.target.value as ReportFormat })}
        >
          {ReportFormat.options.map((format) => (
            <option key={format} value={format}>
              {FORMAT_LABELS[format]}
            </option>
          ))}
        </select>
      </div>
      {choice.format === 'claimreview' && (
        <PublisherFields publisher={publisher} error={publisherError} onChange={setPublisher} />
      )}
      {gaps && (
        <section className="settings-section" aria-label="Missing from this report">
          <h3 className="dialog-section-title">Before you export</h3>
          <ul>
            {gaps.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
          <button type="button" className="secondary-button" onClick={() => deliver(gaps)}>
            Export anyway
          </button>
        </section>
      )}
      <FormFooter error={error} status={status}>
        <button type="button" className="secondary-button" onClick={copyMarkdown}>
          Copy as Markdown
        </button>
        <button type="submit" className="primary-button">
          Export
        </button>
      </FormFooter>
    </form>
  )
}
