import { describe, expect, it } from 'vitest'
import { archiveTimestamp, WebArchiveTemplate, webArchiveLink } from './web-archive-link'

const SOURCE = 'https://example.org/news/troops?id=8000&lang=en'
const ARCHIVED_AT = '2026-12-04T13:05:09.123Z'

describe('webArchiveLink', () => {
  it('writes the address as it is where the template has it in a path', () => {
    expect(webArchiveLink('https://web.archive.org/save/{url}', SOURCE, ARCHIVED_AT)).toBe(
      `https://web.archive.org/save/${SOURCE}`,
    )
  })

  it('puts the snapshot time as fourteen digits, UTC', () => {
    expect(
      webArchiveLink('https://web.archive.org/web/{timestamp}/{url}', SOURCE, ARCHIVED_AT),
    ).toBe(`https://web.archive.org/web/20261204130509/${SOURCE}`)
    expect(archiveTimestamp('2026-01-02T03:04:05+02:00')).toBe('20260102010405')
  })

  it('percent-encodes the address where the template has it in a query', () => {
    expect(
      webArchiveLink('https://archive.example/submit?url={url}&t={timestamp}', SOURCE, ARCHIVED_AT),
    ).toBe(
      'https://archive.example/submit?url=https%3A%2F%2Fexample.org%2Fnews%2Ftroops%3Fid%3D8000%26lang%3Den&t=20261204130509',
    )
  })

  it('offers no link without a template or with one that is not valid', () => {
    expect(webArchiveLink(undefined, SOURCE, ARCHIVED_AT)).toBeNull()
    expect(webArchiveLink('', SOURCE, ARCHIVED_AT)).toBeNull()
    expect(webArchiveLink('javascript:alert("{url}")', SOURCE, ARCHIVED_AT)).toBeNull()
    expect(webArchiveLink('https://web.archive.org/save/', SOURCE, ARCHIVED_AT)).toBeNull()
  })

  it('offers no link when the filled template is not a plain web address', () => {
    expect(
      webArchiveLink('https://archive.example/{url}', 'https://exa mple.org/', ARCHIVED_AT),
    ).toBeNull()
  })
})

describe('WebArchiveTemplate', () => {
  const problem = (template: string) => {
    const parsed = WebArchiveTemplate.safeParse(template)
    return parsed.success ? null : parsed.error.issues.map((issue) => issue.message).join(' ')
  }

  it('accepts an empty template and http(s) templates with {url}', () => {
    expect(problem('')).toBeNull()
    expect(problem('https://web.archive.org/save/{url}')).toBeNull()
    expect(problem('http://archive.example/?u={url}&at={timestamp}')).toBeNull()
    expect(WebArchiveTemplate.parse('  https://web.archive.org/save/{url} ')).toBe(
      'https://web.archive.org/save/{url}',
    )
  })

  it('names what is wrong with a bad template', () => {
    expect(problem('https://web.archive.org/save/')).toMatch(/must contain \{url\}/)
    expect(problem('ftp://archive.example/{url}')).toMatch(
      /must start with http:\/\/ or https:\/\//,
    )
    expect(problem('javascript:alert("{url}")')).toMatch(/must start with http/)
    expect(problem('{url}')).toMatch(/must start with http/)
    expect(problem('https://archive.example/{url}/{date}')).toMatch(/only use the placeholders/)
  })
})
