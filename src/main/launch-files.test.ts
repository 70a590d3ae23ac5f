import { describe, expect, it } from 'vitest'
import { launchFilePaths } from './launch-files'

describe('launchFilePaths', () => {
  it('keeps article files named after the app, resolved against the working folder', () => {
    const argv = [
      '/opt/Claimdesk/claimdesk',
      '--no-sandbox',
      'report.html',
      '/tmp/notes.MD',
      'photo.png',
      '--inspect=9229',
      'brief.txt',
    ]
    expect(launchFilePaths(argv, '/home/me', 1)).toEqual([
      '/home/me/report.html',
      '/tmp/notes.MD',
      '/home/me/brief.txt',
    ])
  })

  it('skips the app entry in development, where argv holds electron and the app folder', () => {
    expect(launchFilePaths(['electron', '.', 'a.pdf'], '/work', 2)).toEqual(['/work/a.pdf'])
    expect(launchFilePaths(['electron', '.'], '/work', 2)).toEqual([])
  })
})
