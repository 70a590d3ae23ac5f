import { median, p95 } from './stats'

/** One line of the table: a measured figure against its target. */
export type Figure = {
  figure: string
  /** Median of the runs, in `unit`; null when the figure could not be measured yet. */
  value: number | null
  p95?: number
  unit: 'ms' | 'MB' | '×' | 'count'
  target: string
  pass: boolean | null
  runs?: number[]
  note?: string
}

const round = (value: number) => Math.round(value * 10) / 10

/** A figure from its runs: the median, and the p95 when the target speaks of it. */
export function figureOf(
  figure: string,
  runs: readonly number[],
  unit: Figure['unit'],
  target: { text: string; median: number; p95?: number },
  note?: string,
): Figure {
  const value = round(median(runs))
  const tail = target.p95 === undefined ? undefined : round(p95(runs))
  const pass = value <= target.median && (tail === undefined || tail <= (target.p95 ?? Infinity))
  return {
    figure,
    value,
    ...(tail === undefined ? {} : { p95: tail }),
    unit,
    target: target.text,
    pass,
    runs: runs.map(round),
    ...(note ? { note } : {}),
  }
}

const shown = (figure: Figure) =>
  figure.value === null
    ? '—'
    : `${figure.value} ${figure.unit}${figure.p95 === undefined ? '' : ` (p95 ${figure.p95} ${figure.unit})`}`

const verdict = (figure: Figure) =>
  figure.pass === null ? 'not measured' : figure.pass ? 'pass' : 'FAIL'

/** The table as Markdown, for the terminal and for bench/README.md alike. */
export function markdownTable(figures: readonly Figure[]): string {
  const rows = figures.map(
    (f) =>
      `| ${f.figure} | ${shown(f)} | ${f.target} | ${verdict(f)} |${f.note ? ` ${f.note} |` : ' |'}`,
  )
  return [
    '| Figure | Value (median) | Target | Result | Note |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n')
}
