import { describe, expect, it } from 'vitest'
import { reportFileName, slug } from './report-file-name'

const DAY = new Date('2026-11-23T23:59:00.000Z')

describe('report file names', () => {
  it('are made of the subject, the kind of report and the day', () => {
    expect(reportFileName('North Korean troops', 'md', DAY)).toBe(
      'north-korean-troops-report-2026-11-23.md',
    )
    expect(reportFileName('North Korean troops', 'csv', DAY)).toBe(
      'north-korean-troops-claims-2026-11-23.csv',
    )
    expect(reportFileName('North Korean troops', 'w3c', DAY)).toBe(
      'north-korean-troops-annotations-2026-11-23.jsonld',
    )
    expect(reportFileName('North Korean troops', 'claimreview', DAY)).toBe(
      'north-korean-troops-claimreview-2026-11-23.jsonld',
    )
  })

  it('cannot climb out of a folder, hide, reverse, or name a device', () => {
    expect(slug('../../etc/passwd')).toBe('etc-passwd')
    expect(slug('.hidden')).toBe('hidden')
    expect(slug('a\u202Efdp.exe')).toBe('a-fdp-exe')
    expect(slug('CON')).toBe('con-file')
    expect(slug('C:\\Windows\\System32')).toBe('c-windows-system32')
    expect(slug('<script>alert(1)</script>')).toBe('script-alert-1-script')
    expect(reportFileName('', 'md', DAY)).toBe('claimdesk-report-2026-11-23.md')
    expect(reportFileName('***', 'md', DAY)).toBe('claimdesk-report-2026-11-23.md')
  })

  it('keep letters of every script and stay short', () => {
    expect(slug('Зеленський: «Партнери»')).toBe('зеленський-партнери')
    expect(slug('Ｆｕｌｌｗｉｄｔｈ')).toBe('fullwidth')
    expect([...slug('word '.repeat(100))].length).toBeLessThanOrEqual(80)
    expect(slug('word '.repeat(100))).not.toMatch(/-$/)
  })
})
