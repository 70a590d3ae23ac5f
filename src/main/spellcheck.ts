import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { nodeFs, writeFileAtomic } from './core/store/atomic-write'

/** The desktop app's own settings, kept beside the window state in the user data folder. */
const DesktopSettings = z.object({ spellcheck: z.boolean() })

/**
 * On Windows and Linux, Chromium's spell checker downloads its dictionaries from Google the first
 * time it runs, so there it stays off until the user turns it on; macOS uses the system's checker.
 * @see https://www.electronjs.org/docs/latest/tutorial/spellchecker#does-the-spellchecker-use-any-google-services
 */
export const isSpellcheckDownloaded = (platform: NodeJS.Platform): boolean => platform !== 'darwin'

/** Whether spelling is checked: the user's choice, else on only where nothing is downloaded. */
export async function readSpellcheckSetting(
  path: string,
  platform: NodeJS.Platform,
): Promise<boolean> {
  const saved = await readFile(path, 'utf8')
    .then((text) => DesktopSettings.safeParse(JSON.parse(text)))
    .catch(() => null)
  return saved?.success ? saved.data.spellcheck : !isSpellcheckDownloaded(platform)
}

export async function writeSpellcheckSetting(path: string, spellcheck: boolean): Promise<void> {
  await writeFileAtomic(nodeFs, path, `${JSON.stringify({ spellcheck })}\n`)
}

/**
 * The dictionaries to check with: each of the user's languages Chromium has one for, exactly
 * (en-GB) or by its base language (fr-FR → fr); US English when none matches.
 */
export function spellcheckLanguages(
  preferred: readonly string[],
  available: readonly string[],
): string[] {
  const lower = (code: string) => code.toLowerCase()
  const base = (code: string) => lower(code).split('-')[0]
  const pick = (wanted: string) =>
    available.find((code) => lower(code) === lower(wanted)) ??
    available.find((code) => base(code) === base(wanted))
  const picked = [...new Set(preferred.map(pick).filter((code) => code !== undefined))]
  return picked.length > 0 || !available.includes('en-US') ? picked : ['en-US']
}

/** What the user is asked before spelling is turned on where that downloads dictionaries. */
export function spellcheckDownloadQuestion(languages: readonly string[]): {
  message: string
  detail: string
} {
  const dictionaries = languages.length > 0 ? ` (${languages.join(', ')})` : ''
  return {
    message: 'Turn on spell checking?',
    detail:
      `To check spelling, Claimdesk downloads dictionaries${dictionaries} from Google’s servers, ` +
      'once. Nothing you type is sent. You can turn it off again in the Edit menu.',
  }
}
