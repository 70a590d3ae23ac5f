import { describe, expect, it } from 'vitest'
import { reportFormatOfFileName, reportSaveDialogOptions } from './report-save-dialog'

describe('reportSaveDialogOptions', () => {
  it('suggests the report name in the folder, with the filter of its format', () => {
    const options = reportSaveDialogOptions(
      'workspace-report-2026-11-23.md',
      'md',
      '/home/desk/Documents',
    )
    expect(options.defaultPath).toBe('/home/desk/Documents/workspace-report-2026-11-23.md')
    expect(options.filters?.[0]).toEqual({ name: 'Markdown report', extensions: ['md'] })
    expect(options.properties).toContain('showOverwriteConfirmation')
  })

  it.each([
    ['../../etc/passwd', 'csv', '/docs/etc-passwd.csv'],
    ['.bashrc', 'md', '/docs/bashrc.md'],
    ['report\u202Edm.exe', 'w3c', '/docs/report-dm-exe.jsonld'],
    ['', 'claimreview', '/docs/claimdesk-report.jsonld'],
  ] as const)('cleans a proposed name %j', (proposed, format, path) => {
    expect(reportSaveDialogOptions(proposed, format, '/docs').defaultPath).toBe(path)
  })
})

describe('reportFormatOfFileName', () => {
  it.each([
    ['zelenskiy-report-2026-11-23.md', 'md'],
    ['all-articles-claims-2026-11-23.csv', 'csv'],
    ['all-articles-annotations-2026-11-23.jsonld', 'w3c'],
    ['all-articles-claimreview-2026-11-23.jsonld', 'claimreview'],
    ['something-else.txt', 'md'],
  ] as const)('reads %s as %s', (fileName, format) => {
    expect(reportFormatOfFileName(fileName)).toBe(format)
  })
})
