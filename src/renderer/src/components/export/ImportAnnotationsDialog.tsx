import { useId, useState, type ChangeEvent } from 'react'
import type { AnnotationImportResult } from '../../../../shared/report-model'
import { Dialog } from '../Dialog'
import { useAnnotationImport } from './use-annotation-import'

type Props = { open: boolean; onClose: () => void }

const summaryOf = (result: AnnotationImportResult) =>
  [
    `Imported ${result.imported} claim(s)`,
    result.needsReview > 0 ? `${result.needsReview} placed by a close match: review them` : '',
    result.createdTags.length > 0 ? `new tags: ${result.createdTags.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ') + '.'

/** File → Import annotations…: claims from a W3C Web Annotation file, re-anchored in this workspace's articles. */
export function ImportAnnotationsDialog({ open, onClose }: Props) {
  const importAnnotations = useAnnotationImport()
  const inputId = useId()
  const [result, setResult] = useState<AnnotationImportResult | null>(null)
  const [error, setError] = useState<string | null>(null)

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setError(null)
    setResult(null)
    try {
      setResult(await importAnnotations(file))
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }

  return (
    <Dialog open={open} onClose={onClose} title="Import annotations">
      <p className="dialog-hint">
        A W3C Web Annotation file (JSON-LD), such as a Claimdesk export. Each annotation becomes a
        claim in the article it points to, found again by its quote.
      </p>
      <div className="publisher-fields">
        <label htmlFor={inputId}>Annotations file</label>
        <input
          id={inputId}
          type="file"
          accept=".jsonld,.json,application/ld+json,application/json"
          onChange={(event) => void choose(event)}
        />
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <p role="status" className="form-status">
        {result ? summaryOf(result) : ''}
      </p>
      {result && result.skipped.length > 0 && (
        <section aria-label="Not imported">
          <h3 className="dialog-section-title">Not imported ({result.skipped.length})</h3>
          <ul>
            {result.skipped.map((skip, index) => (
              <li key={index}>
                {skip.annotation}: {skip.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Dialog>
  )
}
