import { useId, useRef, useState, type FormEvent } from 'react'
import {
  detailProblems,
  detailsOf,
  type ArticleDetailField,
  type ArticleDetails,
} from '../../../shared/article-details'
import type { Article } from '../../../shared/article-model'
import { Dialog } from './Dialog'
import { FormFooter } from './FormFooter'
import { useInlineChange } from './vocabulary/use-inline-change'

type Field = { name: ArticleDetailField; label: string; placeholder?: string; maxLength: number }

const FIELDS: Field[] = [
  { name: 'title', label: 'Title', maxLength: 500 },
  { name: 'site', label: 'Outlet', maxLength: 300 },
  { name: 'byline', label: 'Author', maxLength: 300 },
  { name: 'published', label: 'Published', placeholder: 'YYYY-MM-DD', maxLength: 40 },
  { name: 'url', label: 'Web address', placeholder: 'https://', maxLength: 2048 },
]

type Problems = Partial<Record<ArticleDetailField, string>>

type Props = { article: Article; onClose: () => void }

/** Title, outlet, author, date and web address as the user knows them; an empty field is unknown. */
export function ArticleDetailsDialog({ article, onClose }: Props) {
  const changeInline = useInlineChange()
  const [draft, setDraft] = useState<ArticleDetails>(() => detailsOf(article))
  const [problems, setProblems] = useState<Problems>({})
  const [failure, setFailure] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const id = useId()

  const save = async (event: FormEvent) => {
    event.preventDefault()
    const found = detailProblems(draft)
    setProblems(found)
    const firstBad = FIELDS.find((field) => found[field.name])
    if (firstBad) {
      formRef.current?.querySelector<HTMLElement>(`[name="${firstBad.name}"]`)?.focus()
      return
    }
    const message = await changeInline('articles.updateDetails', {
      articleId: article.id,
      details: draft,
    })
    if (message) setFailure(message)
    else onClose()
  }

  return (
    <Dialog open onClose={onClose} title="Edit details" className="details-dialog">
      <form ref={formRef} noValidate onSubmit={(event) => void save(event)}>
        <p className="dialog-hint">Leave a field empty when it is not known.</p>
        <div className="details-fields">
          {FIELDS.map((field) => {
            const problem = problems[field.name]
            const inputId = `${id}-${field.name}`
            return (
              <div key={field.name} className="details-field">
                <label htmlFor={inputId}>{field.label}</label>
                <input
                  id={inputId}
                  name={field.name}
                  type="text"
                  maxLength={field.maxLength}
                  placeholder={field.placeholder}
                  value={draft[field.name]}
                  data-autofocus={field.name === 'title' ? true : undefined}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? `${inputId}-error` : undefined}
                  onChange={(event) => setDraft({ ...draft, [field.name]: event.target.value })}
                />
                {problem && (
                  <p id={`${inputId}-error`} role="alert" className="field-error">
                    {problem}
                  </p>
                )}
              </div>
            )
          })}
        </div>
        <FormFooter error={failure} status="">
          <button type="button" className="secondary-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary-button">
            Save
          </button>
        </FormFooter>
      </form>
    </Dialog>
  )
}
