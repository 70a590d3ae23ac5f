import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Where the sample articles are, for every entry alike. The Electron entry, the browser host and the
 * CLI are all bundled into out/main, two levels below the project whose resources/ holds them; a
 * packaged app carries them in its resources folder instead (electron-builder's extraResources).
 * Not the app path: launched as `electron out/main/index.js`, that is out/main.
 */
export function samplesDirFor(entryUrl: string, packagedResourcesPath?: string): string {
  return packagedResourcesPath
    ? join(packagedResourcesPath, 'samples')
    : fileURLToPath(new URL('../../resources/samples', entryUrl))
}
