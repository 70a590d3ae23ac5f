import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { strFromU8, unzipSync } from 'fflate'
import { EvidenceManifest } from '../src/shared/evidence-model'
import { expect, test } from './fixtures'

const ARTICLE = 'Zelenskiy Criticizes Partners For Weak Response To North Korean Troops In Russia'
const TROOPS = 'some 8,000 North Korean soldiers are now in Russia’s Kursk region'
const PAGE = `<html><head><title>Briefing</title>
<script>document.title = 'script ran'; window.__ran = true</script></head><body><article>
<h1>Pentagon briefing</h1><img src="/tracker.png" alt="">
<p>${'About 10,000 North Korean troops have been sent to eastern Russia, the Pentagon said. '.repeat(3)}</p>
<p>${'Some of them have moved closer to Ukraine in recent weeks, officials told reporters. '.repeat(3)}</p>
</article></body></html>`

let server: Server
let base = ''
test.beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/briefing')
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE)
    else response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

test('a source is archived as it is added and its archived copy opens offline, without its script', async ({
  desk,
}, testInfo) => {
  // Loopback is a local address: the workspace has to allow it first.
  await desk.page.getByRole('button', { name: 'Settings…' }).click()
  const settings = desk.page.getByRole('dialog', { name: 'Workspace settings' })
  await settings.getByRole('checkbox', { name: /Allow archiving from private/ }).check()
  await expect(settings.getByText(/may then reach this computer/)).toBeVisible()
  await settings.getByRole('button', { name: 'Close' }).click()

  await desk.openArticle(ARTICLE)
  await desk.markClaim(TROOPS)
  const card = desk.claimCard
  await card.getByLabel('URL').fill(`${base}/briefing`)
  await card.getByLabel('Title').fill('Pentagon briefing')
  await card.getByRole('button', { name: 'Add source' }).click()
  const archived = card.getByRole('button', {
    name: /^Archived \d+ \w+ \d{4}, \d\d:\d\d UTC · sha256 [0-9a-f]{4}…$/,
  })
  await expect(archived).toHaveCount(1)

  const requests: string[] = []
  desk.page.on('request', (request) => requests.push(request.url()))
  const titleBefore = await desk.page.title()
  await archived.click()
  const view = desk.page.getByRole('dialog', { name: 'Archived copy' })
  await expect(view.getByText(/About 10,000 North Korean troops/).first()).toBeVisible()
  await expect(view.getByRole('button', { name: 'Open original' })).toBeVisible()
  await expect(view.locator('img, script, a[href]')).toHaveCount(0)
  await testInfo.attach('archive-view', {
    body: await desk.page.screenshot(),
    contentType: 'image/png',
  })
  // Reading the copy is one call to the desk's own host; nothing goes to the page's server.
  const origin = new URL(desk.page.url()).origin
  expect(requests.filter((url) => !url.startsWith(`${origin}/rpc/`))).toEqual([])
  expect(requests.some((url) => url.startsWith(base))).toBe(false)
  expect(
    await desk.page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran),
  ).toBeUndefined()
  expect(await desk.page.title()).toBe(titleBefore)
})

test('a web archive link template in settings gives each archived copy a link, and a bad one is refused', async ({
  desk,
}, testInfo) => {
  await desk.page.getByRole('button', { name: 'Settings…' }).click()
  const settings = desk.page.getByRole('dialog', { name: 'Workspace settings' })
  await settings.getByRole('checkbox', { name: /Allow archiving from private/ }).check()
  const template = settings.getByRole('textbox', { name: 'Link template' })
  await template.fill('ftp://archive.example/{url}')
  await settings.getByRole('button', { name: 'Save link' }).click()
  await expect(settings.getByRole('alert')).toHaveText(
    'The web archive link must start with http:// or https://.',
  )
  await expect(template).toHaveAttribute('aria-invalid', 'true')
  await testInfo.attach('web-archive-template-refused', {
    body: await settings.screenshot(),
    contentType: 'image/png',
  })
  await settings.getByRole('button', { name: 'Close' }).click()

  await desk.openArticle(ARTICLE)
  await desk.markClaim(TROOPS)
  const card = desk.claimCard
  await card.getByLabel('URL').fill(`${base}/briefing`)
  await card.getByRole('button', { name: 'Add source' }).click()
  await expect(card.getByRole('button', { name: /^Archived / })).toHaveCount(1)
  // The refused template was not saved, so no archive link is offered.
  await expect(card.getByRole('link', { name: /Web archive/ })).toHaveCount(0)

  await desk.page.getByRole('button', { name: 'Settings…' }).click()
  await template.fill('https://web.archive.org/web/{timestamp}/{url}')
  await settings.getByRole('button', { name: 'Save link' }).click()
  await expect(
    settings.getByRole('status').filter({ hasText: 'Web archive link saved.' }),
  ).toBeVisible()
  await expect(settings.getByRole('alert')).toHaveCount(0)
  await settings.getByRole('button', { name: 'Close' }).click()

  const link = card.getByRole('link', { name: /Web archive/ })
  await expect(link).toHaveCount(1)
  const href = await link.getAttribute('href')
  expect(href).toMatch(/^https:\/\/web\.archive\.org\/web\/\d{14}\//)
  expect(href?.replace(/^https:\/\/web\.archive\.org\/web\/\d{14}\//, '')).toBe(`${base}/briefing`)
  await testInfo.attach('web-archive-link', {
    body: await desk.page.screenshot(),
    contentType: 'image/png',
  })
})

test('File → Export evidence package… saves a zip whose files match its manifest', async ({
  desk,
  appMenu,
}) => {
  await desk.page.getByRole('button', { name: 'Settings…' }).click()
  const settings = desk.page.getByRole('dialog', { name: 'Workspace settings' })
  await settings.getByRole('checkbox', { name: /Allow archiving from private/ }).check()
  await settings.getByRole('button', { name: 'Close' }).click()
  await desk.openArticle(ARTICLE)
  await desk.markClaim(TROOPS)
  await desk.claimCard.getByLabel('URL').fill(`${base}/briefing`)
  await desk.claimCard.getByRole('button', { name: 'Add source' }).click()
  await expect(desk.claimCard.getByRole('button', { name: /^Archived / })).toHaveCount(1)

  const saved = desk.page.waitForEvent('download')
  await appMenu.choose('File', 'Export evidence package…')
  const download = await saved
  expect(download.suggestedFilename()).toMatch(/-evidence-\d{4}-\d\d-\d\d\.zip$/)
  const files = unzipSync(new Uint8Array(await readFile(await download.path())))
  const manifest = EvidenceManifest.parse(JSON.parse(strFromU8(files['manifest.json']!)))
  expect(manifest.files.map((file) => file.path)).toEqual([
    'report.md',
    expect.stringMatching(/^evidence\/.+\.warc\.gz$/),
  ])
  for (const file of manifest.files) {
    const bytes = files[file.path]!
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256)
    expect(bytes.length).toBe(file.bytes)
  }
  expect(strFromU8(files['report.md']!)).toContain(
    manifest.files[1]!.path.slice('evidence/'.length),
  )
})
