import { describe, expect, it } from 'vitest'
import { isSafeLinkUrl, isWebUrl } from './safe-url'

const WEB = [
  'https://example.com',
  'http://example.com/a?b=c#d',
  'HTTPS://EXAMPLE.COM/x',
  'https://sub.example.org:8443/path',
]
const MAIL = ['mailto:desk@example.com', 'mailto:desk@example.com?subject=Claim']
const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  ' javascript:alert(1)',
  '&#106;avascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '\\\\server\\share',
  'smb://server/share',
  'ms-msdt:/id PCWDiagnostic',
  'claimdesk://open',
  'http://',
  'https://user:pass@example.com',
  '//example.com',
  '/relative/path',
  'https://exa mple.com',
  'https://example.com/\u202e',
  'mailto://example.com',
  '',
]

describe('isWebUrl', () => {
  it.each(WEB)('accepts %s', (url) => expect(isWebUrl(url)).toBe(true))
  it.each([...MAIL, ...HOSTILE])('refuses %j', (url) => expect(isWebUrl(url)).toBe(false))
})

describe('isSafeLinkUrl', () => {
  it.each([...WEB, ...MAIL])('accepts %s', (url) => expect(isSafeLinkUrl(url)).toBe(true))
  it.each(HOSTILE)('refuses %j', (url) => expect(isSafeLinkUrl(url)).toBe(false))
})
