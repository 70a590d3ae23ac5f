import { copyFile, mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { readArticleFile } from '../import/read-article-file'
import type { WorkspaceStore } from './workspace-store'

/** A fresh workspace starts with the sample articles so a newcomer has something to check. */
export async function seedSampleArticles(store: WorkspaceStore, samplesDir: string): Promise<number> {
  const names = (await readdir(samplesDir)).filter((name) => name.endsWith('.txt')).sort()
  await mkdir(store.folder, { recursive: true })
  for (const name of names) {
    const target = join(store.folder, name)
    await copyFile(join(samplesDir, name), target)
    await store.addArticle(await readArticleFile(target))
  }
  return names.length
}
