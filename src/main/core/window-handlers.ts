import type { Handlers } from '../../shared/contract'

/**
 * The calls as a window may make them: archiving follows the workspace's network setting, never a
 * flag the page sends, so only the command line (`--allow-private-network`) can reach past it.
 */
export function windowHandlers(handlers: Handlers): Handlers {
  return {
    ...handlers,
    'sources.archiveUrl': ({ url }) => handlers['sources.archiveUrl']({ url }),
  }
}
