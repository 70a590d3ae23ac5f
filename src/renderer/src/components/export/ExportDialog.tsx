import { useId, useState, type FormEvent } from 'react'
import type { Vocabulary } from '../../../../shared/contract'
import type { ReportFile } from '../../../../shared/report-model'
import { useVocabulary } from '../../hooks/use-articles'
import { messageOf } from '../../../../shared/message-of'
import { Dialog } from '../Dialog'
import { FormFooter } from '../FormFooter'
import { useInlineChange } from '../vocabulary/use-inline-change'
import { printReport } from './print-report'
import { PublisherFields, type Publisher } from './PublisherFields'
import {
  FORMAT_LABELS,
  isPublishedFormat,
  scopeOf,
  type ExportChoice,
  type ExportFormat,
} from './report-request'
import { ReportOptionsFields } from './ReportOptionsFields'
import { copyReport, downloadReport } from './save-report'
import { ScopeFields } from './ScopeFields'
import { useReportExport, useReportPdf } from '../../hooks/use-report-export'
import { useReportOptions } from './use-report-options'

type Props = {
  open: boolean
  onClose: () => void
  articleId: string | null
  /** The format chosen when the dialog opens (File → Export report as PDF… opens it on PDF). */
  initialFormat?: ExportFormat
}

/** File → Export report…: which claims, which format, how the report reads, and who publishes it. */
export function ExportDialog({ open, onClose, articleId, initialFormat = 'md' }: Props) {
  const vocabulary = useVocabulary()
  return (
    <Dialog open={open} onClose={onClose} title="Export report" className="export-dialog">
      {vocabulary === null ? (
        <p className="empty-note">Loading…</p>
      ) : (
        <ExportForm
          key={initialFormat}
          vocabulary={vocabulary}
          articleId={articleId}
          initialFormat={initialFormat}
        />
      )}
    </Dialog>
  )
}

const EXPORT_FORMATS: ExportFormat[] = [
  'md',
  'html',
  'pdf',
  'csv',
  'w3c',
  'claimreview',
  'hypothesis',
]

type FormProps = {
  vocabulary: Vocabulary
  articleId: string | null
  initialFormat: ExportFormat
}

function ExportForm({ vocabulary, articleId, initialFormat }: FormProps) {
  const exportReport = useReportExport()
  const savePdf = useReportPdf()
  const changeInline = useInlineChange()
  const formatId = useId()
  const [choice, setChoice] = useState<ExportChoice>({
    scope: articleId ? 'article' : 'all',
    format: initialFormat,
    tagId: '',
    verdictId: '',
    status: '',
  })
  const report = useReportOptions(vocabulary.settings)
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
  const isPublished = isPublishedFormat(choice.format)
  const scope = scopeOf(choice, articleId)

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

  /** Electron saves the PDF itself; a browser prints the HTML report, and its dialog saves a PDF. */
  const exportPdf = async () => {
    const printed = await savePdf({ scope, options: report.options })
    if (printed.isSupported) {
      return setStatus(
        printed.savedTo ? `Saved the PDF as ${printed.savedTo}.` : 'No PDF was saved.',
      )
    }
    const page = await exportReport({ scope, format: 'html', options: report.options })
    printReport(page.content)
    setStatus('The print dialog shows the report: choose “Save as PDF” there to keep it as a PDF.')
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void run(async () => {
      if (choice.format === 'claimreview' && !(await savePublisher())) return
      const forgotten = isPublished ? await report.remember() : null
      if (forgotten) throw new Error(forgotten)
      if (choice.format === 'pdf') return exportPdf()
      const { approvedOnly } = report.options
      const options = isPublished ? { options: report.options } : { options: { approvedOnly } }
      const file = await exportReport({ scope, format: choice.format, ...options })
      if (file.warnings.length > 0) setGaps(file)
      else deliver(file)
    })
  }

  const copyMarkdown = () =>
    void run(async () => {
      const file = await exportReport({ scope, format: 'md', options: report.options })
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
          onChange={(event) => change({ format: event.target.value as ExportFormat })}
        >
          {EXPORT_FORMATS.map((format) => (
            <option key={format} value={format}>
              {FORMAT_LABELS[format]}
            </option>
          ))}
        </select>
      </div>
      <label className="radio-label">
        <input
          type="checkbox"
          checked={report.edited.approvedOnly ?? false}
          onChange={(event) => report.change({ approvedOnly: event.target.checked })}
        />
        Approved claims only
      </label>
      {isPublished && (
        <ReportOptionsFields
          options={report.edited}
          displayName={vocabulary.settings.displayName}
          onChange={report.change}
        />
      )}
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
          {choice.format === 'pdf' ? 'Export PDF' : 'Export'}
        </button>
      </FormFooter>
    </form>
  )
}
