import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'

const PAGE = `<!doctype html><html><head><title>Troops Reach Kursk | The Daily Check</title>
<meta property="og:site_name" content="The Daily Check"><script>document.title = 'SCRIPT-RAN'</script></head>
<body><nav>NAV-MARKER Home World</nav><div class="ad">AD-MARKER Buy now</div><article>
<h1>Troops Reach Kursk</h1>
<p>${'Some 8,000 North Korean soldiers are in the Kursk region, officials said on Thursday. '.repeat(3)}</p>
<p>Officials said the soldiers arrived by train <img src="x" onerror="document.title='ONERROR-RAN'"> over several nights.</p>
</article></body></html>`

const SAMPLE_FILE = '000_a547749780e01351.txt'
const SAMPLE_HEADLINE =
  'Zelenskiy Criticizes Partners For Weak Response To North Korean Troops In Russia'
const KURSK = 'some 8,000 North Korean soldiers are now in Russia’s Kursk region'

test('an HTML page picked with "Import files…" becomes an article with only its text', async ({
  desk,
}) => {
  await desk.page.getByLabel('Files to import').setInputFiles({
    name: 'kursk.html',
    mimeType: 'text/html',
    buffer: Buffer.from(PAGE),
  })
  await expect(
    desk.page.getByRole('status').filter({ hasText: '1 article imported' }),
  ).toBeVisible()
  await desk.openArticle('Troops Reach Kursk')
  await expect(desk.articleText).toContainText(
    'Some 8,000 North Korean soldiers are in the Kursk region',
  )
  await expect(desk.articleText).not.toContainText('NAV-MARKER')
  await expect(desk.articleText).not.toContainText('AD-MARKER')
  expect(await desk.page.title()).not.toMatch(/RAN/)
})

test('a file dropped on the window is imported, and a second drop says it is already there', async ({
  desk,
}) => {
  const drop = () =>
    desk.page.evaluate((text) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([text], 'dropped.md', { type: 'text/markdown' }))
      window.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      )
    }, '---\ntitle: Dropped Report\n---\n\nA dropped paragraph about the briefing.')
  await drop()
  await expect(desk.articleList.getByRole('button', { name: /Dropped Report/ })).toBeVisible()
  await drop()
  await expect(
    desk.page.getByRole('status').filter({ hasText: 'already in the workspace' }),
  ).toBeVisible()
  await expect(desk.articleButtons()).toHaveCount(4)
})

test('a pasted article is imported from the paste dialog', async ({ desk }) => {
  await desk.page.getByRole('button', { name: 'Paste article…' }).click()
  const dialog = desk.page.getByRole('dialog', { name: 'Paste an article' })
  await dialog
    .getByLabel(/Article text/)
    .fill('Pasted Briefing Notes\n\nThe spokesman said 10,000 troops had arrived.')
  await dialog.getByRole('button', { name: 'Import text' }).click()
  await desk.openArticle('Pasted Briefing Notes')
  await expect(desk.articleText).toContainText('10,000 troops had arrived')
})

test('a sample file changed on disk while the app is open: the banner shows and the claim follows', async ({
  desk,
  dataDir,
}) => {
  await desk.openArticle(SAMPLE_HEADLINE)
  await desk.markClaim(KURSK)
  const path = join(dataDir, 'workspace', SAMPLE_FILE)
  const original = await readFile(path, 'utf8')
  await writeFile(path, original.replace('\n\n', '\n\nUpdated: Nov. 2, 2024, 10:15 GMT\n\n'))
  const banner = desk.page.getByRole('region', { name: 'Article updated' })
  await expect(banner).toBeVisible({ timeout: 15_000 })
  await expect(banner).toContainText('1 paragraph added')
  await expect(banner).toContainText('Claims: 1 moved')
  await expect(desk.articleText).toContainText('Updated: Nov. 2, 2024, 10:15 GMT')
  await expect(desk.highlight(KURSK)).toBeVisible()
  await expect(desk.claimItems().first()).toContainText('moved')

  await desk.claimItems().first().getByRole('button').first().click()
  const notice = desk.claimCard.getByRole('status').filter({ hasText: 'The article was updated' })
  await expect(notice).toContainText('this claim moved with its text')
  await notice.getByRole('button', { name: 'OK' }).click()
  await expect(notice).toBeHidden()
  await expect(desk.claimItems().first()).not.toContainText('moved')
})

test('importing many files shows progress and can be cancelled, keeping what was imported', async ({
  desk,
}) => {
  const files = Array.from({ length: 80 }, (_, index) => ({
    name: `brief-${index}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(
      `Briefing ${index}\n\nThe ministry said ${index * 100 + 7} soldiers had crossed on day ${index}.\n`,
    ),
  }))
  await desk.page.getByLabel('Files to import').setInputFiles(files)
  const progress = desk.page.getByRole('progressbar', { name: /Importing \d+ of 80/ })
  await expect(progress).toBeVisible()
  await desk.page.getByRole('button', { name: 'Cancel' }).click()
  const status = desk.page.getByRole('status').filter({ hasText: /articles? imported/ })
  await expect(status).toContainText(/Cancelled: \d+ files? not imported/)
  const imported = Number(/(\d+) articles? imported/.exec((await status.textContent()) ?? '')?.[1])
  expect(imported).toBeLessThan(80)
  await expect(desk.articleButtons()).toHaveCount(3 + imported)
})

/** A plain-text article of more than 6 MB: a headline, then numbered paragraphs. */
function longArticle(headline: string): string {
  const paragraphs = Array.from(
    { length: 90_000 },
    (_, n) =>
      `Paragraph ${n}: officials said ${n * 7} soldiers crossed the river on day ${n % 365}.`,
  )
  return [headline, ...paragraphs].join('\n\n')
}

test('a file too big to send from a page is refused with the reason, and nothing else changes', async ({
  desk,
}) => {
  await desk.page.getByLabel('Files to import').setInputFiles({
    name: 'border-log.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(longArticle('Border Log')),
  })
  await expect(
    desk.page.getByRole('status').filter({
      hasText: 'border-log.txt is larger than the 6 MB that can be sent from the browser',
    }),
  ).toBeVisible()
  await expect(desk.articleButtons()).toHaveCount(3)
})

test('files picked from disk in the desktop app are imported by path, past 6 MB, and followed on disk', async ({
  desk,
}, testInfo) => {
  test.skip(
    testInfo.project.name !== 'electron',
    'A browser never tells the page where a file is; the browser host imports the bytes (tested above).',
  )
  const folder = await mkdtemp(join(tmpdir(), 'claimdesk-e2e-picked-'))
  try {
    const big = join(folder, 'border-log.txt')
    const notes = join(folder, 'briefing.md')
    await writeFile(big, longArticle('Border Log'))
    await writeFile(notes, '# Briefing Notes\n\nThe spokesman said 10,000 troops had arrived.\n')
    await desk.page.getByLabel('Files to import').setInputFiles([big, notes])
    await expect(
      desk.page.getByRole('status').filter({ hasText: '2 articles imported' }),
    ).toBeVisible({ timeout: 30_000 })
    await expect(desk.articleList.getByRole('button', { name: /Border Log/ })).toBeVisible()

    await desk.openArticle('Briefing Notes')
    await writeFile(notes, '# Briefing Notes\n\nThe spokesman said 12,000 troops had arrived.\n')
    await expect(desk.page.getByRole('region', { name: 'Article updated' })).toBeVisible({
      timeout: 15_000,
    })
    await expect(desk.articleText).toContainText('12,000 troops had arrived')
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
})
