const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

const formats = new Map<string, Intl.DateTimeFormat>()

/** One formatter a locale and set of options: making one costs far more than formatting with it. */
function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions) {
  const key = JSON.stringify([locale ?? null, options])
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options)
    formats.set(key, format)
  }
  return format
}

/** The value as a day, short month and year (and what `options` add); a value that is no time as written. */
function formatted(value: string, locale: string | undefined, options: Intl.DateTimeFormatOptions) {
  const time = Date.parse(value)
  if (Number.isNaN(time)) return value
  const day = { day: 'numeric', month: 'short', year: 'numeric' } as const
  return dateFormat(locale, { ...day, ...options }).format(time)
}

/**
 * "2015-07-24T05:36:09+01:00" → "24 Jul 2015" in the reader's locale (or the one given). A bare
 * date is read as that calendar day wherever the reader is; a value that is not a date is returned
 * as written, so nothing the article says is hidden.
 */
export const readableDate = (value: string, locale?: string): string =>
  formatted(value, locale, DATE_ONLY.test(value.trim()) ? { timeZone: 'UTC' } : {})

/** "2026-12-04T13:05:00Z" → "4 Dec 2026, 13:05" in the reader's locale and time zone (or those given). */
export const readableTime = (value: string, locale?: string, timeZone?: string): string =>
  formatted(value, locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  })

/**
 * "2024-11-04T23:30:00-05:00" → "4 November 2024": the calendar day the article itself gives, the
 * same wherever the report is made; a value that is not a date is returned as written.
 */
export function dayAsDated(value: string, locale = 'en-GB'): string {
  const day = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(value.trim())?.[1]
  const time = day ? Date.parse(`${day}T00:00:00Z`) : Number.NaN
  if (Number.isNaN(time)) return value
  return dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(time)
}
