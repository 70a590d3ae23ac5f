import { describe, expect, it } from 'vitest'
import { SHOWN_COMMANDS, searchCommands } from './command-labels'

describe('searchCommands', () => {
  it('finds commands by any words of their menu and label, best start first', () => {
    const labels = searchCommands(SHOWN_COMMANDS, 'zoom').map((command) => command.label)
    expect(labels).toEqual(['Zoom in', 'Zoom out'])
    expect(searchCommands(SHOWN_COMMANDS, 'view dark').map((command) => command.id)).toEqual([
      'view.themeDark',
    ])
    expect(searchCommands(SHOWN_COMMANDS, 'no such thing')).toEqual([])
  })

  it('lists everything for an empty query', () => {
    expect(searchCommands(SHOWN_COMMANDS, '  ')).toHaveLength(SHOWN_COMMANDS.length)
  })
})
