import type { CommandName } from './cli-usage'

/** A mistake in the command line: the message says what, and the command's usage follows it. */
export class UsageError extends Error {
  override name = 'UsageError'

  constructor(
    message: string,
    readonly command?: CommandName,
  ) {
    super(message)
  }
}
