import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseHtmlArticle } from './html-article'
import { withoutBoilerplate } from './page-boilerplate'
import { cleanPageTitle } from './page-title'

const savedPage = async (name: string) =>
  parseHtmlArticle(
    await readFile(join(__dirname, 'saved-pages', name), 'utf8'),
    name,
    name.replace(/\.html$/, ''),
  )

const FURNITURE = /^(Photo|Image|Advertisement|Supported by|Continue reading the main story)$/

describe('a page title without the outlet or author tacked on', () => {
  it('drops a suffix naming the outlet, with or without its "The"', () => {
    expect(cleanPageTitle('Troops reach Kursk - BBC News', { site: 'BBC News' })).toBe(
      'Troops reach Kursk',
    )
    expect(cleanPageTitle('Troops reach Kursk | The Guardian', { site: 'the Guardian' })).toBe(
      'Troops reach Kursk',
    )
  })

  it('drops a suffix naming the byline, and a prefix naming the outlet', () => {
    expect(
      cleanPageTitle('Quake hits | Eleanor Ainge Roy', { byline: 'Eleanor Ainge Roy, Sam Lee' }),
    ).toBe('Quake hits')
    expect(cleanPageTitle('Reuters: Troops reach Kursk', { site: 'Reuters' })).toBe(
      'Troops reach Kursk',
    )
  })

  it('keeps a suffix naming someone else, and a title that is only the name', () => {
    expect(cleanPageTitle('Talks resume | Kyiv', { site: 'BBC News' })).toBe('Talks resume | Kyiv')
    expect(cleanPageTitle('BBC News', { site: 'BBC News' })).toBe('BBC News')
  })
})

describe('page furniture left out of the article', () => {
  it('drops known lines, credits, caption bullets and a repeated byline, and keeps the rest', () => {
    const kept = withoutBoilerplate(
      [
        { kind: 'paragraph', text: 'Photo' },
        { kind: 'paragraph', text: 'By Jane Roe' },
        { kind: 'caption', text: 'Image caption, Crowds in Kyiv' },
        { kind: 'list-item', text: 'Crowds in Kyiv' },
        { kind: 'paragraph', text: 'Photograph: Mark Baker/AP' },
        { kind: 'paragraph', text: 'Advertisement' },
        { kind: 'list-item', text: 'Officials counted 8,000 soldiers' },
        { kind: 'paragraph', text: 'A photo of the bridge was shared widely.' },
      ],
      'Jane Roe',
    )
    expect(kept.map((block) => block.text)).toEqual([
      'Crowds in Kyiv',
      'Officials counted 8,000 soldiers',
      'A photo of the bridge was shared widely.',
    ])
  })

  it('keeps a paragraph naming the author when no byline is known', () => {
    expect(withoutBoilerplate([{ kind: 'paragraph', text: 'By Jane Roe' }])).toHaveLength(1)
  })
})

describe('saved news pages read as their article', () => {
  it.each([
    ['bbc.html', 'BBC News', undefined],
    ['nyt.html', 'The New York Times', 'Jane Roe'],
    ['guardian.html', 'the Guardian', 'Eleanor Ainge Roy'],
    ['ars.html', 'Ars Technica', 'Sam Lee'],
  ])('%s: clean title, outlet, byline once, no furniture', async (name, site, byline) => {
    const article = await savedPage(name)
    expect(article.title.toLowerCase()).toBe('quake rescue teams work through night')
    expect(article.site).toBe(site)
    if (byline) expect(article.byline).toBe(byline)
    expect(article.published).toMatch(/^2015-07-24T/)
    const texts = article.blocks.map((block) => block.text)
    expect(texts.filter((text) => FURNITURE.test(text))).toEqual([])
    expect(
      texts.filter((text) => /Image caption|Image source|Photograph:|Image:/.test(text)),
    ).toEqual([])
    if (byline) expect(texts.filter((text) => text.includes(byline))).toHaveLength(1)
    expect(texts.some((text) => text.startsWith('Rescue teams worked through the night'))).toBe(
      true,
    )
    expect(texts.some((text) => text.startsWith('The national weather service'))).toBe(true)
  })
})
