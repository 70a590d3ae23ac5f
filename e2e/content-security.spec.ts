import { expect, test } from './fixtures'

declare global {
  interface Window {
    inlineScriptRan?: boolean
  }
}

test('the built page allows no inline script, and one slipped into it does not run', async ({
  desk,
}) => {
  const { page } = desk
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  const scriptSources = /(?:^|;)\s*script-src([^;]*)/
    .exec(policy ?? '')?.[1]
    ?.trim()
    .split(/\s+/)
  expect(scriptSources).toEqual(["'self'"])
  await expect(page.locator('script:not([src])')).toHaveCount(0)

  const ran = await page.evaluate(async () => {
    const script = document.createElement('script')
    script.textContent = 'window.inlineScriptRan = true'
    document.head.append(script)
    await new Promise((resolve) => setTimeout(resolve, 50))
    return window.inlineScriptRan === true
  })
  expect(ran).toBe(false)
})
