import type { VerdictScale, WorkspaceSettings } from '../../../shared/claim-model'
import { ServiceError } from '../../../shared/result'
import type { ClaimBook } from '../claims/claim-book'
import { definedFields } from '../defined-fields'
import type { WorkspaceStore } from './workspace-store'

/** The rating scale and workspace settings; a verdict still in use can never silently disappear. */
export class SettingsService {
  constructor(
    private readonly store: WorkspaceStore,
    private readonly book: ClaimBook,
  ) {}

  async updateVerdictScale(scale: VerdictScale): Promise<VerdictScale> {
    const kept = new Set(scale.verdicts.map((verdict) => verdict.id))
    if (kept.size !== scale.verdicts.length)
      throw new ServiceError('invalid-input', 'Two verdicts share an id.')
    const orphaned = (await this.book.all()).filter((claim) => !kept.has(claim.verdictId))
    if (orphaned.length > 0) {
      const removed = this.store.data.verdictScale.verdicts.find(
        (verdict) => verdict.id === orphaned[0]?.verdictId,
      )
      throw new ServiceError(
        'conflict',
        `${orphaned.length} claim(s) are rated “${removed?.label ?? orphaned[0]?.verdictId}”: re-rate them before removing that verdict.`,
      )
    }
    await this.store.updateIndex((data) => void (data.verdictScale = scale))
    return scale
  }

  async updateSettings(patch: Partial<WorkspaceSettings>): Promise<WorkspaceSettings> {
    await this.store.updateIndex(
      (data) => void (data.settings = { ...data.settings, ...definedFields(patch) }),
    )
    return this.store.data.settings
  }
}
