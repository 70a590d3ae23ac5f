import { extname, resolve } from 'node:path'
import { SUPPORTED_EXTENSIONS } from './core/import/read-article-file'

/**
 * The article files named on the command line (`claimdesk report.html notes.md`, or a file the OS
 * hands to a second launch), as absolute paths. Flags, the app's own path and other files are left out.
 */
export function launchFilePaths(argv: readonly string[], cwd: string, skip: number): string[] {
  return argv
    .slice(skip)
    .filter(
      (arg) => !arg.startsWith('-') && SUPPORTED_EXTENSIONS.includes(extname(arg).toLowerCase()),
    )
    .map((arg) => resolve(cwd, arg))
}
