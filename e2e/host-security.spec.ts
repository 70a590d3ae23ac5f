import { expect, test } from './fixtures'

// eslint-disable-next-line no-empty-pattern
test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'web', 'The browser host exists only in the web project.')
})

test('a page opened without the token is refused', async ({ host, page }) => {
  const response = await page.goto(host.origin + '/')
  expect(response?.status()).toBe(401)
  await expect(page.getByText(/token/i)).toBeVisible()
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
