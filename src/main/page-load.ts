/**
 * A page load that another load replaced, as when Vite reloads the page after optimizing a
 * dependency on `npm run dev`'s first start: Electron rejects loadURL with ERR_ABORTED (-3), and
 * the window goes on with the new load. Any other failure means the desk never appeared.
 * @see https://www.electronjs.org/docs/latest/api/web-contents#contentsloadurlurl-options
 */
export const isReplacedLoad = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (error as { code?: unknown }).code === 'ERR_ABORTED'
