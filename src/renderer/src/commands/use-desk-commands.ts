import type { ColourBy } from '../../../shared/claim-model'
import { steppedZoom, updatePreferences, usePreferences, type Theme } from '../state/preferences'
import { useQueryClient } from '@tanstack/react-query'
import { useVocabulary } from '../hooks/use-articles'
import { useWorkspace } from '../state/workspace-context'
import { useCommand } from './command-registry'

export type DeskDialog = 'palette' | 'shortcuts' | 'about' | 'tags' | 'settings' | 'search'

type Options = {
  openDialog: (dialog: DeskDialog) => void
  showAllClaims: () => void
  showDiscrepancies: () => void
}

/** The desk-wide commands: history, dialogs, layout, appearance. Article commands live with the article. */
export function useDeskCommands({ openDialog, showAllClaims, showDiscrepancies }: Options): void {
  const { canUndo, canRedo, undo, redo, perform } = useWorkspace()
  const vocabulary = useVocabulary()
  const client = useQueryClient()
  const preferences = usePreferences()

  useCommand('edit.undo', () => void undo(), canUndo)
  useCommand('edit.redo', () => void redo(), canRedo)
  useCommand('palette.open', () => openDialog('palette'))
  useCommand('search.workspace', () => openDialog('search'))
  useCommand('help.shortcuts', () => openDialog('shortcuts'))
  useCommand('help.about', () => openDialog('about'))
  useCommand('workspace.tags', () => openDialog('tags'))
  useCommand('workspace.settings', () => openDialog('settings'))
  useCommand('view.allClaims', showAllClaims)
  useCommand('view.reload', () => void client.invalidateQueries())
  useCommand('view.discrepancies', showDiscrepancies)
  useCommand('view.articleList', () =>
    updatePreferences({ showArticleList: !preferences.showArticleList }),
  )
  useCommand('view.claimsPanel', () =>
    updatePreferences({ showClaimsPanel: !preferences.showClaimsPanel }),
  )

  const setTheme = (theme: Theme) => () => updatePreferences({ theme })
  useCommand('view.themeSystem', setTheme('system'), preferences.theme !== 'system')
  useCommand('view.themeLight', setTheme('light'), preferences.theme !== 'light')
  useCommand('view.themeDark', setTheme('dark'), preferences.theme !== 'dark')
  useCommand(
    'view.zoomIn',
    () => updatePreferences({ zoom: steppedZoom(preferences.zoom, 1) }),
    preferences.zoom < 2,
  )
  useCommand(
    'view.zoomOut',
    () => updatePreferences({ zoom: steppedZoom(preferences.zoom, -1) }),
    preferences.zoom > 0.67,
  )
  useCommand('view.zoomReset', () => updatePreferences({ zoom: 1 }), preferences.zoom !== 1)

  const colourBy = vocabulary?.settings.colourBy
  const colourHighlightsBy = (colourBy: ColourBy) => () =>
    perform('settings.update', { patch: { colourBy } })
  useCommand('view.colourByVerdict', () => void colourHighlightsBy('verdict')(), colourBy === 'tag')
  useCommand('view.colourByTag', () => void colourHighlightsBy('tag')(), colourBy === 'verdict')
}
