import { readdir, readFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { z } from 'zod'
import { readArticleFile, SUPPORTED_EXTENSIONS } from '../import/read-article-file'
import { ensureDir, nodeFs, writeFileAtomic } from '../store/atomic-write'
import type { WorkspaceStore } from './workspace-store'

/** What a sample's own text says about it, kept beside the samples so their files stay untouched. */
const SampleDetails = z.record(
  z.string(),
  z
    .object({
      title: z.string().min(1),
      site: z.string().min(1).optional(),
      byline: z.string().min(1).optional(),
      published: z.string().min(1).optional(),
    })
    .strict(),
)
type SampleDetails = z.infer<typeof SampleDetails>

/** Hidden, so importing the samples folder takes only the articles. */
export const SAMPLE_DETAILS_FILE = '.details.json'

/** The samples' details, or none when the folder has no details file. */
async function sampleDetails(samplesDir: string): Promise<SampleDetails> {
  const text = await readFile(join(samplesDir, SAMPLE_DETAILS_FILE), 'utf8').catch(() => null)
  return text === null ? {} : SampleDetails.parse(JSON.parse(text))
}

/** A fresh workspace starts with the sample articles so a newcomer has something to check. */
export async function seedSampleArticles(
  store: WorkspaceStore,
  samplesDir: string,
): Promise<number> {
  const isArticle = (name: string) => SUPPORTED_EXTENSIONS.includes(extname(name).toLowerCase())
  const names = (await readdir(samplesDir)).filter(isArticle).sort()
  const details = await sampleDetails(samplesDir)
  await ensureDir(store.folder)
  for (const name of names) {
    const target = join(store.folder, name)
    // Written, not copied, so the copy gets the folder's file mode rather than the sample's.
    await writeFileAtomic(nodeFs, target, await readFile(join(samplesDir, name)))
    const file = await readArticleFile(target)
    await store.addArticle({ ...file, meta: { ...file.meta, ...details[name] } })
  }
  return names.length
}
