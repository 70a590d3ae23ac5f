import { useId } from 'react'
import type {
  DisagreementsChoice,
  ReportGrouping,
  ReportOptions,
  ReportOrder,
} from '../../../../shared/report-options'

type Props = {
  options: ReportOptions
  /** The workspace's display name, which an empty title falls back to. */
  displayName: string
  onChange: (change: Partial<ReportOptions>) => void
}

const GROUPINGS: Record<ReportGrouping, string> = { article: 'Article', verdict: 'Verdict' }
const ORDERS: Record<ReportOrder, string> = {
  text: 'Where they stand in the text',
  verdict: 'Verdict, best first',
}
const DISAGREEMENTS: Record<DisagreementsChoice, string> = {
  auto: 'When the report covers more than one article',
  on: 'Always',
  off: 'Never',
}

function Choice<T extends string>(props: {
  label: string
  value: T
  labels: Record<T, string>
  onChange: (value: T) => void
}) {
  const id = useId()
  return (
    <>
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value as T)}
      >
        {(Object.keys(props.labels) as T[]).map((value) => (
          <option key={value} value={value}>
            {props.labels[value]}
          </option>
        ))}
      </select>
    </>
  )
}

/** The published report's title lines and what it shows; remembered for the next export. */
export function ReportOptionsFields({ options, displayName, onChange }: Props) {
  const id = useId()
  return (
    <fieldset className="settings-section">
      <legend className="dialog-section-title">Report</legend>
      <div className="report-fields">
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          type="text"
          maxLength={200}
          placeholder={`Fact-check: ${displayName || 'the workspace’s name'}`}
          value={options.title}
          onChange={(event) => onChange({ title: event.target.value })}
        />
        <label htmlFor={`${id}-subtitle`}>Subtitle</label>
        <input
          id={`${id}-subtitle`}
          type="text"
          maxLength={300}
          value={options.subtitle}
          onChange={(event) => onChange({ subtitle: event.target.value })}
        />
        <label htmlFor={`${id}-author`}>By</label>
        <input
          id={`${id}-author`}
          type="text"
          maxLength={300}
          placeholder="Who checked the claims"
          value={options.author}
          onChange={(event) => onChange({ author: event.target.value })}
        />
        <Choice
          label="Group claims by"
          value={options.groupBy}
          labels={GROUPINGS}
          onChange={(groupBy) => onChange({ groupBy })}
        />
        <Choice
          label="Order claims by"
          value={options.orderBy}
          labels={ORDERS}
          onChange={(orderBy) => onChange({ orderBy })}
        />
        <Choice
          label="Where the outlets disagree"
          value={options.disagreements}
          labels={DISAGREEMENTS}
          onChange={(disagreements) => onChange({ disagreements })}
        />
      </div>
      <label className="radio-label">
        <input
          type="checkbox"
          checked={options.includeUnrated}
          onChange={(event) => onChange({ includeUnrated: event.target.checked })}
        />
        Include claims without a verdict
      </label>
      <label className="radio-label">
        <input
          type="checkbox"
          checked={options.includeNotes}
          onChange={(event) => onChange({ includeNotes: event.target.checked })}
        />
        Include internal notes
      </label>
    </fieldset>
  )
}
