import type { VerdictScale, WorkspaceSettings } from '../../../../shared/claim-model'
import { call } from '../../api/client'
import { reversibleCommand } from '../../state/tag-commands'
import type { Command } from '../../state/workspace-context'

/** Undo puts the previous scale back (the main side refuses if claims now use a newer verdict). */
export function saveVerdictScaleCommand(before: VerdictScale, after: VerdictScale): Command {
  const save = (verdictScale: VerdictScale) => () => call('verdicts.update', { verdictScale })
  return reversibleCommand('Change the verdict scale', save(after), save(before))
}

/** Undo restores only the settings this change touched. */
export function updateSettingsCommand(
  label: string,
  before: WorkspaceSettings,
  patch: Partial<WorkspaceSettings>,
): Command {
  const keys = Object.keys(patch) as (keyof WorkspaceSettings)[]
  const previous = Object.fromEntries(
    keys.map((key) => [key, before[key]]),
  ) as Partial<WorkspaceSettings>
  const apply = (change: Partial<WorkspaceSettings>) => () =>
    call('settings.update', { patch: change })
  return reversibleCommand(label, apply(patch), apply(previous))
}
