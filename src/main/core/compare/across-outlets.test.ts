import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { openTempDesk, type TempDesk } from '../testing/temp-desk'
import { openExistingWorkspace } from '../workspace/open-workspace'
import { acrossOutlets } from './across-outlets'

let desk: TempDesk

beforeEach(async () => {
  desk = await openTempDesk()
})
afterEach(() => desk.dispose())

test('reports get each linked group with its outlets, passages and discrepancies', async () => {
  const [rferl, epoch] = await desk.handlers['articles.list']({})
  if (!rferl || !epoch) throw new Error('the samples are missing')
  const text = (await desk.handlers['articles.get']({ articleId: rferl.id })).text
  const start = text.indexOf('some 8,000 North Korean soldiers')
  const claim = await desk.handlers['claims.create']({
    articleId: rferl.id,
    start,
    end: start + 60,
  })
  const [counterpart] = await desk.handlers['compare.counterparts']({
    articleId: rferl.id,
    claimId: claim.id,
  })
  if (!counterpart) throw new Error('no counterpart')
  await desk.handlers['compare.link']({
    articleId: rferl.id,
    claimId: claim.id,
    target: counterpart.passage,
  })
  await desk.close()

  const workspace = await openExistingWorkspace(join(desk.dataDir, 'workspace'))
  const groups = await acrossOutlets(workspace.store, workspace.book)
  await workspace.close()
  expect(groups).toHaveLength(1)
  expect(groups[0]?.members.map((member) => member.passage.articleTitle)).toEqual([
    rferl.title,
    epoch.title,
  ])
  expect(groups[0]?.discrepancies.map((item) => item.summary)).toEqual([
    'The linked claims give different figures: some 8,000 North Korean soldiers vs up to 8,000 North Korean troops',
  ])
})
