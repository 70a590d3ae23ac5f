import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { startDeskServerProcess } from '../src/main/cli/desk-server-process'
import { expect, test } from './fixtures'

const CLI = 'out/main/cli.js'
const run = promisify(execFile)

test('a workspace on a team desk shows who it is there, and syncs on “Sync now”', async ({
  desk,
  dataDir,
  closeDesk,
  restartDesk,
}) => {
  await expect(desk.articleButtons()).toHaveCount(3)
  await expect(desk.page.getByRole('button', { name: 'Sync now' })).toHaveCount(0)
  await closeDesk()
  const server = await startDeskServerProcess(
    CLI,
    ['--data', join(dataDir, 'desk-server'), '--port', '0'],
    true,
  )
  try {
    await run(process.execPath, [
      ...[CLI, 'share', '--workspace', join(dataDir, 'workspace')],
      ...['--server', server.url, '--invite', server.ownerInvite!, '--name', 'ana'],
    ])
    const { page } = await restartDesk()
    const status = page.getByRole('status').filter({ hasText: 'Team desk: ana (owner)' })
    await expect(status).toContainText('Not synced since the app opened')
    await page.getByRole('button', { name: 'Sync now' }).click()
    await expect(status).toContainText('Synced at')
    await server.stop('SIGKILL')
    await page.getByRole('button', { name: 'Sync now' }).click()
    await expect(status).toContainText('Sync failed at')
    await expect(page.getByText(/cannot be reached .* kept here/)).toBeVisible()
  } finally {
    await server.stop('SIGKILL')
  }
})
