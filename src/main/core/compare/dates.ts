import type { Term } from './parse-text'
import { normalWord } from './words'

/** A calendar date in a sentence; `key` is month-day ("10-31") so "Oct. 31" meets "October 31". */
export type DateMention = { text: string; key: string; start: number; end: number }

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

const monthOf = (term: Term) => MONTHS.indexOf(normalWord(term.text).slice(0, 3)) + 1

function keyOf(run: readonly Term[]): string | null {
  const month = run.find((term) => term.tags.has('Month'))
  const day = run.find((term) => /^\d{1,2}$/.test(normalWord(term.text)))
  if (!month || !day || monthOf(month) === 0) return null
  return `${monthOf(month)}-${Number(normalWord(day.text))}`
}

/** Dates compromise tags, kept only when they name a month and a day: "Oct. 31", "November 1". */
export function datesIn(terms: readonly Term[]): DateMention[] {
  const dates: DateMention[] = []
  let run: Term[] = []
  const close = () => {
    const [first, last] = [run[0], run.at(-1)]
    const key = first && last ? keyOf(run) : null
    if (key && first && last) {
      const { start } = first
      const { end } = last
      dates.push({
        text: run
          .map((term) => term.text)
          .join(' ')
          .replace(/[,;:.!?]+$/, ''),
        key,
        start,
        end,
      })
    }
    run = []
  }
  for (const term of terms) {
    if (term.tags.has('Date') && !term.tags.has('Duration')) {
      run.push(term)
      if (/[,;:!?]$/.test(term.text) || (/[.]$/.test(term.text) && !term.tags.has('Month'))) close()
    } else close()
  }
  close()
  return dates
}
