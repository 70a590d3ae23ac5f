import { useCallback, useState } from 'react'
import type { ArchivedPage } from '../../../shared/evidence-model'
import { messageOf } from '../../../shared/message-of'
import { call } from '../api/client'
import { useWorkspace } from '../state/workspace-context'

/** Archives a claim's source (background work on the main side); a failure is kept per source. */
export function useArchiveSource(articleId: string, claimId: string) {
  const { change } = useWorkspace()
  const [archiving, setArchiving] = useState<ReadonlySet<string>>(new Set())
  const [failures, setFailures] = useState<Readonly<Record<string, string>>>({})
  const archive = useCallback(
    async (sourceId: string) => {
      setArchiving((now) => new Set(now).add(sourceId))
      setFailures(({ [sourceId]: _dropped, ...rest }) => rest)
      try {
        await change('sources.archive', { articleId, claimId, sourceId })
      } catch (error) {
        setFailures((now) => ({ ...now, [sourceId]: messageOf(error) }))
      } finally {
        setArchiving((now) => new Set([...now].filter((id) => id !== sourceId)))
      }
    },
    [articleId, claimId, change],
  )
  return { archive, archiving, failures }
}

/** Reads an archived copy's text, from the workspace's WARC file, never from the network. */
export const readArchivedPage = (warcFile: string): Promise<ArchivedPage> =>
  call('sources.readSnapshot', { warcFile })
