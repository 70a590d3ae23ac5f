import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, test as base } from './fixtures'
import type { DeskPage } from './page-models/desk-page'
import { startHostProcess } from './support/host-process'
import { PAYLOADS, watchForPayloads } from './support/payload-watch'

type Watch = Awaited<ReturnType<typeof watchForPayloads>>

const TXT_TITLE = 'Plain text carrying <script>alert("title")</script>'
const HTML_TITLE = 'A web page carrying payloads'
const MD_TITLE = 'Markdown carrying payloads'
const FIRST_CLAIM = 'The minister said 8,000 soldiers crossed the border.'
const SECOND_CLAIM = 'Officials said the figure was closer to 10,000.'

/** Everything that turns up in the app's DOM only if a payload got through as markup. */
const LIVE_MARKUP =
  'script, img, svg, iframe, object, embed, form, style, link, base, meta, [onerror], [onload]'

const hostileTxt = () =>
  [
    TXT_TITLE,
    '',
    FIRST_CLAIM,
    '',
    SECOND_CLAIM,
    '',
    ...PAYLOADS.flatMap((payload) => [payload, '']),
  ].join('\n')

const hostileHtml = () => `<!doctype html>
<html><head><title>${HTML_TITLE}</title>
<meta http-equiv="refresh" content="0;url=javascript:alert('refresh')">
<base href="https://evil.example/"><link rel="stylesheet" href="https://evil.example/x.css">
<script>alert('head')</script><style>body { background: url(https://evil.example/bg.png) }</style>
</head><body><article><h1>${HTML_TITLE}</h1>
${PAYLOADS.map((payload, n) => `<p>Paragraph ${n + 1} holds ${payload} in the middle of its text.</p>`).join('\n')}
</article></body></html>`

const hostileMarkdown = () =>
  [
    `# ${MD_TITLE}`,
    '',
    'A [javascript link](javascript:alert("md")), a [data link](data:text/html,<script>alert(1)</script>) and a safe [web link](https://example.com/).',
    '',
    '![remote image](https://tracker.example/pixel.png)',
    '',
    ...PAYLOADS.flatMap((payload) => [`Inline ${payload} markup.`, '']),
  ].join('\n')

const watches = new WeakMap<Page, Watch>()

/** A fresh workspace whose only articles carry every payload, imported the way the samples are. */
const test = base.extend<{ watch: Watch }>({
  dataDir: async ({ dataDir }, use) => {
    const samples = await mkdtemp(join(tmpdir(), 'claimdesk-hostile-'))
    await writeFile(join(samples, 'hostile.txt'), hostileTxt())
    await writeFile(join(samples, 'hostile.html'), hostileHtml())
    await writeFile(join(samples, 'hostile.md'), hostileMarkdown())
    const seeding = await startHostProcess(dataDir, ['--samples', samples])
    await seeding.stop()
    await rm(samples, { recursive: true, force: true })
    await use(dataDir)
  },
  page: async ({ page }, use) => {
    watches.set(page, await watchForPayloads(page))
    await use(page)
  },
  watch: async ({ page }, use) => use(watches.get(page) as Watch),
})

// eslint-disable-next-line no-empty-pattern
test.beforeEach(({}, testInfo) => {
  test.skip(
    testInfo.project.name !== 'web',
    'The payload watch is set on the page before the app loads it and kept across restarts; ' +
      'Electron loads each new window itself, so the watch would miss every first load there.',
  )
})

/** The four things no payload may ever cause. */
async function expectNothingRan(page: Page, watch: Watch): Promise<void> {
  expect(watch.dialogs, 'dialogs').toEqual([])
  expect(watch.consoleErrors, 'console errors').toEqual([])
  expect(watch.foreignRequests, 'requests to other hosts').toEqual([])
  expect(await watch.cspViolations(), 'CSP violations').toEqual([])
  expect(await page.evaluate(() => window.xssRan), 'a payload script ran').toBeUndefined()
}

/** No live markup in `area` (an article's text, a note), and every link in it goes to the web or e-mail. */
async function expectInert(area: Locator): Promise<void> {
  await expect(area.locator(LIVE_MARKUP)).toHaveCount(0)
  for (const href of await area
    .locator('a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
    expect(href ?? '', 'a link in the app').toMatch(/^(https?:\/\/|mailto:)/)
  }
}

/** Anywhere in the app: no event-handler attribute, frame, plugin or foreign image, and safe links only. */
async function expectNoLiveMarkupInApp(page: Page): Promise<void> {
  const found = await page.evaluate(() => {
    const elements = Array.from(document.querySelectorAll('*'))
    return {
      handlers: elements.flatMap((element) =>
        element
          .getAttributeNames()
          .filter((name) => name.startsWith('on'))
          .map((name) => `${element.localName}[${name}]`),
      ),
      frames: document.querySelectorAll('iframe, frame, object, embed, body script').length,
      images: Array.from(document.images)
        .map((image) => image.getAttribute('src') ?? '')
        .filter(
          (src) =>
            !src.startsWith('data:') && new URL(src, location.href).origin !== location.origin,
        ),
      links: Array.from(document.querySelectorAll('a[href]'))
        .map((link) => link.getAttribute('href') ?? '')
        .filter((href) => !/^(https?:\/\/|mailto:|#)/.test(href)),
    }
  })
  expect(found).toEqual({ handlers: [], frames: 0, images: [], links: [] })
}

async function openHostileArticle(desk: DeskPage, title: string | RegExp): Promise<void> {
  await desk.articleList.getByRole('button', { name: title }).click()
  await expect(desk.articleText.getByRole('heading', { level: 1 })).toContainText(title)
}

test('hostile articles show their payloads as text and run none of them', async ({
  desk,
  page,
  watch,
}) => {
  await expect(desk.articleButtons()).toHaveCount(3)

  await openHostileArticle(desk, TXT_TITLE)
  for (const payload of PAYLOADS) await expect(desk.articleText).toContainText(payload)
  await expectInert(desk.articleText)

  await openHostileArticle(desk, HTML_TITLE)
  await expect(desk.articleText).toContainText('Paragraph 2 holds')
  await expectInert(desk.articleText)

  await openHostileArticle(desk, MD_TITLE)
  await expect(desk.articleText).toContainText('javascript link')
  await expectInert(desk.articleText)

  await expectNoLiveMarkupInApp(page)
  await expectNothingRan(page, watch)
})

/** Pastes `html` into a ProseMirror editor the way the clipboard hands it over, unsanitised. */
async function pasteHtml(editor: Locator, html: string): Promise<void> {
  await editor.click()
  await editor.evaluate((element, html) => {
    const data = new DataTransfer()
    data.setData('text/html', html)
    data.setData('text/plain', 'plain fallback')
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    )
  }, html)
}

const hrefsIn = (value: unknown): string[] =>
  JSON.stringify(value)
    .match(/"href":"[^"]*"/g)
    ?.map((pair) => JSON.parse(`{${pair}}`).href) ?? []

test('pasted HTML in notes keeps the words and only web and mail links', async ({
  desk,
  page,
  watch,
  dataDir,
  restartDesk,
}) => {
  await openHostileArticle(desk, TXT_TITLE)
  await desk.markClaim(FIRST_CLAIM)
  const notes = desk.claimCard.getByRole('textbox', { name: 'Notes' })
  const safeLinks =
    '<a href="https://example.com/ok">web source</a> and <a href="mailto:desk@example.com">mail us</a>'
  // Notes save after a pause in typing or on leaving them, whichever comes first.
  const saved = page.waitForResponse((response) => response.url().includes('/rpc/claims.update'))
  await pasteHtml(notes, `<div>${PAYLOADS.join(' ')} ${safeLinks}</div>`)

  await expect(notes).toContainText('web source')
  await expect(notes).toContainText('javascript link')
  await expectInert(notes)
  await expect(notes.locator('a')).toHaveCount(2)

  await desk.claimCard.getByLabel('Who said it').focus()
  await saved
  await expectNothingRan(page, watch)

  const again = await restartDesk()
  await openHostileArticle(again, TXT_TITLE)
  await again.claimItems().first().getByRole('button').click()
  const reopened = again.claimCard.getByRole('textbox', { name: 'Notes' })
  await expect(reopened.locator('a')).toHaveCount(2)
  await expectInert(reopened)
  await expectNothingRan(again.page, watch)

  const claimsDir = join(dataDir, 'workspace', '.claimdesk', 'claims')
  const [claimsFile] = (await readdir(claimsDir)).filter((name) => /^[\w-]+\.json$/.test(name))
  const stored = JSON.parse(await readFile(join(claimsDir, claimsFile!), 'utf8'))
  expect(hrefsIn(stored).sort()).toEqual(['https://example.com/ok', 'mailto:desk@example.com'])
})

type StoreFile = { schemaVersion: number; data: Record<string, unknown> }

async function editStoreFile(
  path: string,
  edit: (data: Record<string, unknown>) => void,
): Promise<void> {
  const file = JSON.parse(await readFile(path, 'utf8')) as StoreFile
  edit(file.data)
  await writeFile(path, JSON.stringify(file, null, 2))
}

test('stored data edited on disk is shown as text, and a bad claim is set aside without losing the rest', async ({
  desk,
  page,
  watch,
  dataDir,
  closeDesk,
  restartDesk,
}) => {
  await openHostileArticle(desk, TXT_TITLE)
  await desk.markClaim(FIRST_CLAIM)
  await desk.markClaim(SECOND_CLAIM)
  await closeDesk()

  const store = join(dataDir, 'workspace', '.claimdesk')
  const [claimsFile] = (await readdir(join(store, 'claims'))).filter((name) =>
    /^[\w-]+\.json$/.test(name),
  )
  const TAG = '<img src=x onerror=alert("tag")>'
  const TITLE = '<img src=x onerror=alert("title")>Evidence'
  const CLAIMANT = '<svg onload=alert("claimant")>'
  let badClaimId = ''
  await editStoreFile(join(store, 'workspace.json'), (data) => {
    const [tag] = data.tags as { name: string }[]
    tag!.name = TAG
    ;(data.settings as Record<string, string>).publisherUrl = 'javascript:alert("publisher")'
  })
  await editStoreFile(join(store, 'claims', claimsFile!), (data) => {
    const [first, second] = data.claims as Record<string, unknown>[]
    badClaimId = first!.id as string
    first!.sources = [
      { id: 's1', url: 'javascript:alert("stored")', title: 'Stored link', note: '' },
    ]
    second!.claimant = CLAIMANT
    second!.sources = [
      {
        id: 's2',
        url: 'https://example.com/evidence',
        title: TITLE,
        note: '<script>alert(1)</script>',
      },
    ]
  })

  const again = await restartDesk()
  const claimNotice = again.page.getByRole('alert').filter({ hasText: badClaimId })
  await expect(claimNotice).toContainText('could not be loaded and was set aside')
  await expect(claimNotice).toContainText('only http(s) and mailto links are allowed')
  await expect(claimNotice).toContainText('Everything else in it loaded')
  const settingNotice = again.page.getByRole('alert').filter({ hasText: 'workspace.json' })
  await expect(settingNotice).toContainText('setting publisherUrl')
  await expect(again.articleButtons()).toHaveCount(3)

  await openHostileArticle(again, TXT_TITLE)
  await expect(again.claimItems()).toHaveCount(1)
  await again.claimItems().first().getByRole('button').click()
  await expect(again.claimCard.getByRole('blockquote')).toHaveText(SECOND_CLAIM)
  await expect(again.claimCard.getByRole('checkbox', { name: TAG })).toBeVisible()
  await expect(again.claimCard.getByRole('button', { name: TITLE, exact: true })).toBeVisible()
  await expect(again.claimCard.getByLabel('Who said it')).toHaveValue(CLAIMANT)
  await expectNoLiveMarkupInApp(again.page)
  await expectNothingRan(page, watch)
})
