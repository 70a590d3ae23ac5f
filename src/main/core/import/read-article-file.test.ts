import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { layOutBlocks } from '../article-record'
import { buildDocx, buildPdf } from '../testing/article-fixtures'
import { articleFromPaste } from './paste-article'
import { MAX_ARTICLE_BYTES, readArticleFile } from './read-article-file'

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimdesk-import-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const write = async (name: string, content: string | Uint8Array) => {
  const path = join(dir, name)
  await writeFile(path, content)
  return path
}

const textOf = (file: Awaited<ReturnType<typeof readArticleFile>>) => layOutBlocks(file.blocks).text

const SAVED_PAGE = `<!doctype html>
<html><head>
<meta charset="windows-1252">
<title>Troops Reach Kursk | The Daily Check</title>
<meta property="og:site_name" content="The Daily Check">
<meta property="article:published_time" content="2024-11-01T09:30:00Z">
<link rel="canonical" href="https://daily.example/world/troops-reach-kursk">
<script>window.tracker = 'SCRIPT-MARKER'</script>
<style>body { color: red } .STYLE-MARKER {}</style>
</head><body onload="alert('ONLOAD-MARKER')">
<nav><a href="/">Home</a> <a href="/world">NAV-MARKER World</a></nav>
<div class="ad sponsored">AD-MARKER Buy now!</div>
<article>
<h1>Troops Reach Kursk</h1>
<p class="byline">By <a href="/jane">Jane Doe</a></p>
<p>Some 8,000 North Korean soldiers are now in Russia\x92s Kursk region, \x93ready for combat\x94 \x96 officials said on Thursday. The deployment was confirmed by two governments and several independent observers who have followed it for weeks.</p>
<p>Officials said the soldiers arrived by train <img src="x.png" onerror="alert('ONERROR-MARKER')"> over several nights and were given Russian uniforms, according to the briefing, which lasted an hour.</p>
<iframe src="https://ads.example/IFRAME-MARKER"></iframe>
<blockquote><p>Everyone is just waiting for the North Korean military to start attacking Ukrainians as well.</p></blockquote>
<ul><li>First point of the briefing.</li><li>Second point of the briefing.</li></ul>
<p>The ministry did not respond to a request for comment on the deployment or on the reports of casualties near the border.</p>
</article>
<footer>FOOTER-MARKER Copyright</footer>
</body></html>`

describe('readArticleFile: encodings', () => {
  it('reads windows-1252 bytes 93 94 96 80 as “ ” – € and CRLF as LF', async () => {
    const bytes = Buffer.concat([
      Buffer.from('Troops Reach Kursk\r\n\r\nOfficials said the troops were '),
      Buffer.from([0x93]),
      Buffer.from('ready for combat'),
      Buffer.from([0x94, 0x20, 0x96, 0x20, 0x80]),
      Buffer.from('5 million were spent on the caf'),
      Buffer.from([0xe9, 0x2e, 0x0d, 0x0a]),
    ])
    const file = await readArticleFile(await write('cp1252.txt', bytes))
    expect(file.meta.encoding).toBe('windows-1252')
    expect(textOf(file)).toBe(
      'Troops Reach Kursk\n\nOfficials said the troops were “ready for combat” – €5 million were spent on the café.',
    )
    expect(file.meta.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('reads UTF-8, UTF-16LE and UTF-16BE files with a BOM', async () => {
    const text = 'Headline “Quoted” Zürich\r\n\r\nBody with € and 漢字.'
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const be = Buffer.from(le.subarray(2)).swap16()
    const cases: [string, Buffer, string][] = [
      [
        'utf8-bom.txt',
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
        'utf-8-bom',
      ],
      ['utf16le.txt', le, 'utf-16le-bom'],
      ['utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'utf-16be-bom'],
    ]
    for (const [name, bytes, encoding] of cases) {
      const file = await readArticleFile(await write(name, bytes))
      expect(file.meta.encoding, name).toBe(encoding)
      expect(textOf(file), name).toBe('Headline “Quoted” Zürich\n\nBody with € and 漢字.')
    }
  })

  it('turns decomposed (NFD) text into NFC', async () => {
    const file = await readArticleFile(
      await write('nfd.md', '# Cafe\u0301 in Zu\u0308rich\n\nThe cafe\u0301 closed.'),
    )
    expect(textOf(file)).toBe('Café in Zürich\n\nThe café closed.')
  })

  it('detects invalid UTF-8 as Latin text instead of failing', async () => {
    const bytes = Buffer.from(
      'Headline\n\nThe caf\xe9 and the na\xefve cr\xe8me br\xfbl\xe9e were served.',
      'latin1',
    )
    const file = await readArticleFile(await write('latin.txt', bytes))
    expect(file.meta.encoding).toBe('windows-1252')
    expect(textOf(file)).toContain('The café and the naïve crème brûlée were served.')
  })
})

describe('readArticleFile: formats', () => {
  it('extracts the article from a saved page, with its metadata and none of its markup', async () => {
    const file = await readArticleFile(await write('page.html', Buffer.from(SAVED_PAGE, 'latin1')))
    expect(file.meta).toMatchObject({
      title: 'Troops Reach Kursk',
      byline: 'Jane Doe',
      site: 'The Daily Check',
      published: '2024-11-01T09:30:00Z',
      url: 'https://daily.example/world/troops-reach-kursk',
      format: 'html',
      encoding: 'windows-1252',
    })
    const text = textOf(file)
    expect(text).toContain('Russia’s Kursk region, “ready for combat” – officials said')
    expect(text).not.toMatch(/MARKER|<|>|alert|onerror/)
    expect(file.blocks.map((block) => block.kind)).toEqual([
      'headline',
      'byline',
      'paragraph',
      'paragraph',
      'quote',
      'list-item',
      'list-item',
      'paragraph',
    ])
  })

  it('reads Markdown front matter and body blocks, dropping raw HTML', async () => {
    const md = [
      '---',
      'title: "Zelenskiy Criticizes Partners"',
      'author: [Jane Doe, John Roe]',
      'date: 2024-11-01',
      'url: https://news.example/a',
      '---',
      '',
      '## What He Said',
      '',
      'Some **8,000** North Korean soldiers are *in* Russia’s [Kursk region](https://x.example).',
      '',
      '<script>alert("HTML-MARKER")</script>',
      '',
      '> Everyone is just waiting.',
      '',
      '- first point',
      '- second point',
    ].join('\n')
    const file = await readArticleFile(await write('article.md', md))
    expect(file.meta).toMatchObject({
      title: 'Zelenskiy Criticizes Partners',
      byline: 'Jane Doe, John Roe',
      published: '2024-11-01',
      url: 'https://news.example/a',
      format: 'md',
    })
    expect(file.blocks).toEqual([
      { kind: 'headline', text: 'Zelenskiy Criticizes Partners' },
      { kind: 'byline', text: 'By Jane Doe, John Roe' },
      { kind: 'heading', text: 'What He Said' },
      { kind: 'paragraph', text: 'Some 8,000 North Korean soldiers are in Russia’s Kursk region.' },
      { kind: 'quote', text: 'Everyone is just waiting.' },
      { kind: 'list-item', text: 'first point' },
      { kind: 'list-item', text: 'second point' },
    ])
  })

  it('reads a Word document built here', async () => {
    const docx = buildDocx([
      { text: 'Troops Reach Kursk', style: 'Heading1' },
      { text: 'Some 8,000 soldiers are in the region, officials said.' },
      { text: 'Reaction', style: 'Heading2' },
      { text: 'Kyiv called for a “firm response” & more help.' },
    ])
    const file = await readArticleFile(await write('report.docx', docx))
    expect(file.meta).toMatchObject({
      title: 'Troops Reach Kursk',
      format: 'docx',
      encoding: 'docx',
    })
    expect(file.blocks).toEqual([
      { kind: 'headline', text: 'Troops Reach Kursk' },
      { kind: 'paragraph', text: 'Some 8,000 soldiers are in the region, officials said.' },
      { kind: 'heading', text: 'Reaction' },
      { kind: 'paragraph', text: 'Kyiv called for a “firm response” & more help.' },
    ])
  })

  it('reads a PDF built here, rebuilding wrapped paragraphs and hyphenated words', async () => {
    const pdf = buildPdf(
      [
        { x: 72, y: 720, text: 'Troops Reach Kursk' },
        { x: 72, y: 690, text: 'Some 8,000 North Korean soldiers are now in the re-' },
        { x: 72, y: 676, text: 'gion, officials said on Thursday.' },
        { x: 72, y: 646, text: 'A second paragraph (with brackets) starts here.' },
      ],
      'Troops Reach Kursk',
    )
    const file = await readArticleFile(await write('report.pdf', pdf))
    expect(file.meta).toMatchObject({ title: 'Troops Reach Kursk', format: 'pdf' })
    expect(file.blocks).toEqual([
      { kind: 'headline', text: 'Troops Reach Kursk' },
      {
        kind: 'paragraph',
        text: 'Some 8,000 North Korean soldiers are now in the region, officials said on Thursday.',
      },
      { kind: 'paragraph', text: 'A second paragraph (with brackets) starts here.' },
    ])
  })

  it('reads pasted text like a .txt article', () => {
    const file = articleFromPaste(
      'Pasted Headline\r\n\r\nBy Jane Doe\r\n\r\nThe body of the cafe\u0301 story.',
    )
    expect(file.meta).toMatchObject({
      title: 'Pasted Headline',
      byline: 'Jane Doe',
      format: 'paste',
    })
    expect(layOutBlocks(file.blocks).text).toBe(
      'Pasted Headline\n\nBy Jane Doe\n\nThe body of the café story.',
    )
  })
})

describe('readArticleFile: refusals', () => {
  const refusals: [string, () => Promise<string>, RegExp][] = [
    [
      'a PNG renamed .txt',
      () => write('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])),
      /image\.txt is a PNG image, not a txt text file/,
    ],
    [
      'a ZIP renamed .md',
      () => write('archive.md', buildDocx([{ text: 'x' }])),
      /archive\.md is a ZIP archive/,
    ],
    [
      'NUL-laden binary',
      () => write('data.txt', Buffer.from('abc\0\0\0def\0')),
      /data\.txt is binary data/,
    ],
    ['an empty file', () => write('empty.txt', ''), /empty\.txt is empty/],
    ['a whitespace-only file', () => write('blank.html', ' \r\n\t \n'), /blank\.html is empty/],
    [
      'a missing file',
      async () => join(dir, 'missing.txt'),
      /Could not read missing\.txt: the file is missing or not accessible/,
    ],
    [
      'a folder',
      async () => {
        await mkdir(join(dir, 'folder.txt'), { recursive: true })
        return join(dir, 'folder.txt')
      },
      /folder\.txt is not a file/,
    ],
    [
      'an unsupported type',
      () => write('notes.rtf', '{\\rtf1 hello}'),
      /notes\.rtf: \.rtf files are not supported\. Claimdesk imports \.txt/,
    ],
    [
      'a text file named .docx',
      () => write('fake.docx', 'plain text'),
      /fake\.docx is not a Word \(\.docx\) document/,
    ],
    [
      'a text file named .pdf',
      () => write('fake.pdf', 'plain text'),
      /fake\.pdf is not a PDF document/,
    ],
    [
      'a damaged PDF',
      () => write('broken.pdf', '%PDF-1.4\nnothing else'),
      /broken\.pdf cannot be read: it is damaged or not a PDF/,
    ],
    ['a PDF without text', () => write('scan.pdf', buildPdf([])), /scan\.pdf has no text layer/],
    [
      'bad YAML front matter',
      () => write('bad.md', '---\ntitle: [unclosed\n---\nBody'),
      /bad\.md: the front matter is not valid YAML/,
    ],
  ]
  for (const [what, make, message] of refusals) {
    it(`refuses ${what} with a clear message`, async () => {
      await expect(readArticleFile(await make())).rejects.toThrow(message)
    })
  }

  it('refuses a page nested deeper than any article, before Readability crawls over it', async () => {
    const deep = `<html><body>${'<div>'.repeat(300)}text${'</div>'.repeat(300)}</body></html>`
    await expect(readArticleFile(await write('deep.html', deep))).rejects.toThrow(
      'deep.html nests its elements more than 256 levels deep, which no article page does.',
    )
  })

  it('refuses a file over the size cap and says what the cap is', async () => {
    const path = await write('huge.txt', 'x')
    await truncate(path, MAX_ARTICLE_BYTES + 1)
    await expect(readArticleFile(path)).rejects.toThrow(
      'huge.txt is larger than the 20 MB limit for an article.',
    )
  })
})
