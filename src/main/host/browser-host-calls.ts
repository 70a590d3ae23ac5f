import type { Handlers } from '../../shared/contract'
import { ServiceError } from '../../shared/result'
import { windowHandlers } from '../core/window-handlers'

const UPLOAD_INSTEAD =
  'In the browser, Claimdesk does not read files by their path on this computer: choose or drop ' +
  'the files to upload them (File → Open files…).'

/**
 * The calls the browser host answers. Importing by path is not among them: its page uploads the
 * files the user picks, so a path could only come from someone else holding the token, asking for
 * a file the user never chose. Opening a folder as a workspace stays: the path is the one the user
 * types into the page's Open folder dialog, the only way a browser page can name a folder.
 */
export function browserHostHandlers(handlers: Handlers): Handlers {
  const refuse = async (): Promise<never> => {
    throw new ServiceError('forbidden', UPLOAD_INSTEAD)
  }
  return {
    ...windowHandlers(handlers),
    'articles.importFiles': refuse,
    'articles.importFolder': refuse,
  }
}
