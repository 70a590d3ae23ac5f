import { describe, expect, it } from 'vitest'
import { dayAsDated, readableDate, readableTime } from './readable-date'

describe('an article date as a reader writes it', () => {
  it('shows a timestamp and a bare date as day, short month and year', () => {
    expect(readableDate('2015-07-24T05:36:09+01:00', 'en-GB')).toBe('24 Jul 2015')
    expect(readableDate('2015-07-24', 'en-US')).toBe('Jul 24, 2015')
  })

  it('returns a value that is not a date as written', () => {
    expect(readableDate('last Tuesday', 'en-GB')).toBe('last Tuesday')
  })
})

describe('when a version was read, as a reader writes it', () => {
  it('shows the day, short month, year and 24-hour time', () => {
    expect(readableTime('2026-12-04T13:05:09Z', 'en-GB', 'UTC')).toBe('4 Dec 2026, 13:05')
    expect(readableTime('not a time', 'en-GB')).toBe('not a time')
  })
})

describe('an article date in a report', () => {
  it('gives the calendar day the article gives, whatever the offset', () => {
    expect(dayAsDated('2024-11-04')).toBe('4 November 2024')
    expect(dayAsDated('2024-11-04T23:30:00-05:00')).toBe('4 November 2024')
  })

  it('returns a value that is not a date as written', () => {
    expect(dayAsDated('Oct. 31')).toBe('Oct. 31')
    expect(dayAsDated('2024-13-45')).toBe('2024-13-45')
  })
})
