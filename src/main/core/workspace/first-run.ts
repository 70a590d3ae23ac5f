import { copyFile, mkdir, readdir } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { readArticleFile, SUPPORTED_EXTENSIONS } from '../import/read-article-file'
import type { WorkspaceStore } from './workspace-store'

/** A fresh workspace starts with the sample articles so a newcomer has something to check. */
export async function seedSampleArticles(
  store: WorkspaceStore,
  samplesDir: string,
): Promise<number> {
  const isArticle = (name: string) => SUPPORTED_EXTENSIONS.includes(extname(name).toLowerCase())
  const names = (await readdir(samplesDir)).filter(isArticle).sort()
  await mkdir(store.folder, { recursive: true })
  for (const name of names) {
    const target = join(store.folder, name)
    await copyFile(join(samplesDir, name), target)
    await store.addArticle(await readArticleFile(target))
  }
  return names.length
}
