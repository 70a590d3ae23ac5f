/** Addresses that must never leave the app: script, local file, network share, OS handler, hidden text. */
export const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  ' javascript:alert(1)',
  '&#106;avascript:alert(1)',
  'javascript&colon;alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'file:///etc/passwd',
  'FILE:///C:/Windows/System32/calc.exe',
  'file://server/share/x.exe',
  '\\\\server\\share\\payload.exe',
  '\\\\?\\C:\\Windows',
  '//server/share',
  'smb://server/share',
  'ms-msdt:/id PCWDiagnostic /skip force /param "IT_BrowseForFile=cmd"',
  'ms-officecmd:{"id":1}',
  'search-ms:query=x&crumb=location:\\\\evil\\share',
  'claimdesk://open',
  'app://evil/index.html',
  'blob:https://example.com/uuid',
  'ftp://example.com/file',
  'https://user:secret@example.com/',
  'https://example.com/\u202egnp.exe',
  'https://',
  '',
] as const

/** Plain web links, which the user's browser may open after a click. */
export const WEB_URLS = ['https://example.com/report?id=1#p2', 'http://example.org/'] as const
