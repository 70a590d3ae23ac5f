/** The browser host takes 8 MB per call: files go one at a time, base64 grows them by a third. */
export const MAX_UPLOAD_BYTES = 6 * 1024 * 1024

/** How one picked or dropped file reaches the main side. */
export type FileRoute =
  { kind: 'path'; path: string } | { kind: 'upload' } | { kind: 'too-large'; message: string }

/**
 * A file with a place on disk (the desktop app) is imported by its path, with the CLI's limits, and
 * is then watched for changes; any other file is sent as bytes, as far as the browser host takes.
 */
export function routeFor(file: Pick<File, 'name' | 'size'>, path: string | null): FileRoute {
  if (path) return { kind: 'path', path }
  if (file.size <= MAX_UPLOAD_BYTES) return { kind: 'upload' }
  return {
    kind: 'too-large',
    message: `${file.name} is larger than the ${MAX_UPLOAD_BYTES / 1024 / 1024} MB that can be sent from the browser.`,
  }
}
