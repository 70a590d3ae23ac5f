import { readdir, readFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { readArticleFile, SUPPORTED_EXTENSIONS } from '../import/read-article-file'
import { ensureDir, nodeFs, writeFileAtomic } from '../store/atomic-write'
import type { WorkspaceStore } from './workspace-store'

/** A fresh workspace starts with the sample articles so a newcomer has something to check. */
export async function seedSampleArticles(
  store: WorkspaceStore,
  samplesDir: string,
): Promise<number> {
  const isArticle = (name: string) => SUPPORTED_EXTENSIONS.includes(extname(name).toLowerCase())
  const names = (await readdir(samplesDir)).filter(isArticle).sort()
  await ensureDir(store.folder)
  for (const name of names) {
    const target = join(store.folder, name)
    // Written, not copied, so the copy gets the folder's file mode rather than the sample's.
    await writeFileAtomic(nodeFs, target, await readFile(join(samplesDir, name)))
    await store.addArticle(await readArticleFile(target))
  }
  return names.length
}
