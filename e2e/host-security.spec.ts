import { expect, test } from './fixtures'
import { DeskPage } from './page-models/desk-page'
import { startOtherLocalServer } from './support/other-local-server'

// eslint-disable-next-line no-empty-pattern
test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'web', 'The browser host exists only in the web project.')
})

test('a page opened without the token says how to open it, and no call is answered', async ({
  host,
  page,
}) => {
  const calls: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/rpc/')) calls.push(request.url())
  })
  await page.goto(host.origin + '/')
  await expect(page.getByText(/needs its access token.*#token=/).first()).toBeVisible()
  expect(calls).toEqual([])
})

test('the token leaves the address bar, and a reload still opens the desk', async ({ desk }) => {
  await expect(desk.articleButtons()).toHaveCount(3)
  expect(desk.page.url()).not.toContain('token')
  await desk.page.reload()
  await expect(desk.articleButtons()).toHaveCount(3)
})

test('Chromium understands every feature the Permissions-Policy turns off', async ({
  host,
  page,
}) => {
  const warnings: string[] = []
  page.on('console', (message) => {
    if (message.text().includes('Permissions-Policy')) warnings.push(message.text())
  })
  await page.goto(host.url)
  await expect(new DeskPage(page).articleButtons()).toHaveCount(3)
  expect(warnings).toEqual([])
})

test('no Claimdesk cookie reaches another server on 127.0.0.1', async ({ desk }) => {
  const other = await startOtherLocalServer()
  try {
    await expect(desk.articleButtons()).toHaveCount(3)
    await desk.articleButtons().nth(1).click()
    expect(await desk.page.context().cookies()).toEqual([])
    // The user follows a link to another local server, by its address and by localhost.
    for (const origin of [other.origin, other.origin.replace('127.0.0.1', 'localhost')]) {
      await desk.page.goto(`${origin}/`)
      await expect
        .poll(() => other.requests.filter((r) => r.path === '/api').length)
        .toBeGreaterThan(0)
    }
    expect(other.requests.length).toBeGreaterThanOrEqual(6)
    expect(other.requests.filter((request) => request.cookie !== undefined)).toEqual([])
    expect(await desk.page.context().cookies()).toEqual([])
  } finally {
    await other.close()
  }
})

test('a page of another server on 127.0.0.1 gets neither a call nor the code', async ({
  host,
  page,
}) => {
  await page.goto(host.url)
  await expect(new DeskPage(page).articleButtons()).toHaveCount(3)
  const other = await startOtherLocalServer(host.origin)
  try {
    const blocked: string[] = []
    // Only the other page's requests count, not the app's own cut short as the page leaves it.
    page.on('requestfailed', (request) => {
      const isFromOther = (request.headers()['referer'] ?? '').startsWith(other.origin)
      if (request.url().startsWith(host.origin) && isFromOther) blocked.push(request.url())
    })
    await page.goto(`${other.origin}/`)
    // The script request carries no Origin: Sec-Fetch-Site is what tells the host it is not the app.
    const log = () => host.output()
    await expect.poll(log).toContain('403 GET /: Forbidden: a same-site request (Sec-Fetch-Site)')
    await expect
      .poll(log)
      .toContain(
        `403 POST /rpc/articles.list: Forbidden: origin "${other.origin}" is not this server`,
      )
    // Cross-Origin-Resource-Policy then keeps even the refusals from the other page.
    await expect
      .poll(() => blocked.sort())
      .toEqual([`${host.origin}/`, `${host.origin}/rpc/articles.list`])
  } finally {
    await other.close()
  }
})

test('a call without the token is refused', async ({ host, request }) => {
  const response = await request.post(`${host.origin}/rpc/articles.list`, { data: {} })
  expect(response.status()).toBe(401)
})

test('a call from a foreign origin is refused even with the token', async ({ host, request }) => {
  const response = await request.post(`${host.origin}/rpc/articles.list`, {
    data: {},
    headers: { Origin: 'http://evil.example', 'X-Claimdesk-Token': host.token },
  })
  expect(response.status()).toBe(403)
})

test('a call with the token from the app itself is answered', async ({ host, request }) => {
  const response = await request.post(`${host.origin}/rpc/articles.list`, {
    data: {},
    headers: { Origin: host.origin, 'X-Claimdesk-Token': host.token },
  })
  expect(response.status()).toBe(200)
  const body = await response.json()
  expect(body.ok).toBe(true)
  expect(body.value).toHaveLength(3)
})
