import { stringify } from 'csv-stringify/sync'
import { STATUS_LABELS } from '../../../shared/status-labels'
import { notesToPlainText } from './notes-mdast'
import { vocabularyOf, type ReportData } from './report-data'
import { latestSnapshot, sourceWithSnapshot, versionCitation } from './evidence-citations'
import { revealBidiControls } from './visible-text'

export const CSV_COLUMNS = [
  'article',
  'outlet',
  'quote',
  'start',
  'end',
  'verdict',
  'verdict value',
  'tags',
  'claimant',
  'status',
  'finding',
  'notes',
  'source URLs',
  'group',
  'version checked',
  'archived sources',
  'approved_by',
  'approved_at',
] as const

/**
 * A spreadsheet runs a cell, or a line of it that a program splits off, that starts with
 * = + - @ (or a tab or CR before one) as a formula; a leading apostrophe makes it text again.
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */
export const neutraliseFormula = (cell: string) => cell.replace(/^(?=[=+\-@\t\r])/gm, "'")

/** Line breaks inside a cell become LF, as spreadsheets write them, so only records end in CRLF. */
const singleLineBreaks = (value: string) => value.replace(/\r\n?/g, '\n')

const textCell = (value: string) => neutraliseFormula(singleLineBreaks(revealBidiControls(value)))

/**
 * One row per claim, RFC 4180 (CRLF between records, every cell holding a line break quoted),
 * UTF-8 with a byte order mark so Excel reads it as UTF-8; numbers stay numbers.
 */
export function csvReport(data: ReportData): string {
  const { tagNames, verdictOf } = vocabularyOf(data)
  const rows = data.articles.flatMap(({ article, claims, versions }) =>
    claims.map((claim) => {
      const archived = claim.sources.filter((source) => latestSnapshot(source))
      const verdict = verdictOf(claim)
      return [
        textCell(article.title),
        textCell(article.site ?? ''),
        textCell(claim.quote.exact),
        claim.position.start,
        claim.position.end,
        textCell(verdict.label),
        verdict.value ?? '',
        textCell(tagNames(claim).join('; ')),
        textCell(claim.claimant),
        textCell(STATUS_LABELS[claim.status]),
        textCell(notesToPlainText(claim.finding)),
        textCell(notesToPlainText(claim.notes)),
        textCell(claim.sources.map((source) => source.url).join(' ')),
        textCell(claim.groupId ?? ''),
        claim.checkedAgainst ? versionCitation(claim.checkedAgainst, versions.length) : '',
        textCell(archived.map(sourceWithSnapshot).join('\n')),
        textCell(claim.approval?.by ?? ''),
        claim.approval?.at ?? '',
      ]
    }),
  )
  return stringify(rows, {
    bom: true,
    header: true,
    columns: [...CSV_COLUMNS],
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  })
}
