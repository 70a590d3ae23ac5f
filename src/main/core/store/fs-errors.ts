import { messageOf } from '../../../shared/message-of'

export const errorCode = (error: unknown): string | undefined =>
  (error as NodeJS.ErrnoException | undefined)?.code

const PLAIN_WORDS: Record<string, string> = {
  ENOSPC: 'disk is full',
  EDQUOT: 'disk quota is used up',
  EROFS: 'the disk is read-only',
  EACCES: 'permission was denied',
  EPERM: 'permission was denied, or another program holds the file',
  EBUSY: 'another program is using the file',
  ENOENT: 'its folder no longer exists',
  EIO: 'the disk reported a read/write error',
  EMFILE: 'too many files are open',
}

/** "disk is full (ENOSPC)": what went wrong in words a user can act on, with the code for support. */
export function describeFsError(error: unknown): string {
  const code = errorCode(error)
  const words = code ? PLAIN_WORDS[code] : undefined
  if (words) return `${words} (${code})`
  return messageOf(error)
}
