/**
 * Only our own bundled scripts, styles, fonts and calls; nothing framed, posted or plugged in.
 * style-src needs 'unsafe-inline' because TipTap/ProseMirror write inline `style` attributes.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#7-define-a-content-security-policy
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ')

/** Sources the Vite dev server needs on top of a policy; never part of a build. */
const DEV_SERVER_SOURCES: Readonly<Record<string, readonly string[]>> = {
  // @vitejs/plugin-react injects its React Refresh preamble as an inline module script.
  'script-src': ["'unsafe-inline'"],
  // Vite's client hears about edited files over a WebSocket to the dev server.
  'connect-src': ['ws://localhost:*', 'ws://127.0.0.1:*'],
}

/** `policy` with what `npm run dev` needs added, for the dev server's page and responses only. */
export function relaxForDevServer(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean)
    .map((directive) => {
      const name = directive.split(/\s+/)[0] ?? ''
      return [directive, ...(DEV_SERVER_SOURCES[name] ?? [])].join(' ')
    })
    .join('; ')
}

export const DEV_SERVER_CONTENT_SECURITY_POLICY = relaxForDevServer(CONTENT_SECURITY_POLICY)

const POLICY_META = /(<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*content=")([^"]*)(")/i

/** index.html as the dev server serves it: its CSP meta tag relaxed the same way. */
export function relaxPagePolicyForDevServer(html: string): string {
  return html.replace(
    POLICY_META,
    (_tag, before: string, policy: string, after: string) =>
      before + relaxForDevServer(policy) + after,
  )
}
