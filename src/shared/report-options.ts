import { z } from 'zod'

/** A published report lists its claims under each article, or under each verdict. */
export const ReportGrouping = z.enum(['article', 'verdict'])
export type ReportGrouping = z.infer<typeof ReportGrouping>

/** Claims follow each other as they stand in the text, or in the order of the rating scale. */
export const ReportOrder = z.enum(['text', 'verdict'])
export type ReportOrder = z.infer<typeof ReportOrder>

/** Whether the report shows where the outlets disagree; `auto` when it covers more than one article. */
export const DisagreementsChoice = z.enum(['auto', 'on', 'off'])
export type DisagreementsChoice = z.infer<typeof DisagreementsChoice>

/** How a Markdown, HTML or PDF report reads: its title lines and what it shows. */
export const ReportOptions = z.object({
  title: z.string().trim().max(200),
  subtitle: z.string().trim().max(300),
  /** The byline: who checked the claims ("Jane Doe and Sam Lee"). */
  author: z.string().trim().max(300),
  groupBy: ReportGrouping,
  orderBy: ReportOrder,
  includeUnrated: z.boolean(),
  /** Internal notes are working notes: published only when asked for. */
  includeNotes: z.boolean(),
  disagreements: DisagreementsChoice,
  /** Only claims an editor approved (absent in options saved before approvals existed: all claims). */
  approvedOnly: z.boolean().optional(),
})
export type ReportOptions = z.infer<typeof ReportOptions>

export const DEFAULT_REPORT_OPTIONS: ReportOptions = {
  title: '',
  subtitle: '',
  author: '',
  groupBy: 'article',
  orderBy: 'text',
  includeUnrated: true,
  includeNotes: false,
  disagreements: 'auto',
  approvedOnly: false,
}
