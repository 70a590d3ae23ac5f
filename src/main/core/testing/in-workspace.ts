import { openWorkspace, type OpenWorkspace } from '../open-workspace'
import { SAMPLES_DIR } from './temp-workspace'

/** Opens the workspace in `folder` (the samples, when new), does `work` with it, and closes it. */
export async function inWorkspaceAt<T>(
  folder: string,
  work: (workspace: OpenWorkspace) => Promise<T>,
): Promise<T> {
  const workspace = await openWorkspace(folder, { fileWatch: null, samplesDir: SAMPLES_DIR })
  try {
    return await work(workspace)
  } finally {
    await workspace.close()
  }
}
