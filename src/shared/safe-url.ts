/** Spaces, control, zero-width and bidi-override characters hide what a link really points to. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this must catch
const HIDDEN_OR_SPACE = /[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/

function parseUrl(value: string): URL | null {
  if (HIDDEN_OR_SPACE.test(value)) return null
  try {
    return new URL(value)
  } catch {
    return null
  }
}

/** An absolute http(s) URL with a host, written plainly: no hidden characters, no credentials. */
export function isWebUrl(value: string): boolean {
  const url = parseUrl(value)
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return false
  if (!/^https?:\/\//i.test(value)) return false
  return url.hostname !== '' && url.username === '' && url.password === ''
}

/** What a link in a note, a source or a report may point to: the web, or an e-mail address. */
export function isSafeLinkUrl(value: string): boolean {
  if (isWebUrl(value)) return true
  const url = parseUrl(value)
  return url !== null && url.protocol === 'mailto:' && /^mailto:[^/\\]/i.test(value)
}
