import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ServiceError } from '../../../shared/result'
import type { BlockDraft } from '../article-record'
import { parseTxtArticle, type TxtArticle } from './txt-article'

const samplesDir = fileURLToPath(new URL('../../../../resources/samples/', import.meta.url))
const SAMPLE_000 = '000_a547749780e01351.txt'
const SAMPLE_001 = '001_b6ac9b1c9e3b9886.txt'
const SAMPLE_004 = '004_54b3b94515d101ea.txt'

const readSample = (name: string) => readFile(join(samplesDir, name), 'utf8')
const parseSample = async (name: string) => parseTxtArticle(await readSample(name))
const textsOf = (article: TxtArticle, kind: BlockDraft['kind']) =>
  article.blocks.filter((block) => block.kind === kind).map((block) => block.text)
const kindOf = (article: TxtArticle, text: string) =>
  article.blocks.find((block) => block.text === text)?.kind

describe('parseTxtArticle on the sample articles', () => {
  it('reads 000: title, no subtitle or byline, a "(file photo)" caption and a SEE ALSO aside', async () => {
    const article = await parseSample(SAMPLE_000)
    expect(article.title).toBe(
      'Zelenskiy Criticizes Partners For Weak Response To North Korean Troops In Russia',
    )
    expect(article).not.toHaveProperty('subtitle')
    expect(article).not.toHaveProperty('byline')
    expect(article.blocks[0]).toEqual({ kind: 'headline', text: article.title })
    expect(textsOf(article, 'caption')).toEqual([
      'Ukrainian President Volodymyr Zelenskiy (file photo)',
    ])
    expect(textsOf(article, 'aside')).toEqual([
      'SEE ALSO: U.S. Says 8,000 North Korean Troops Ready For Combat In Kursk Region',
    ])
    expect(textsOf(article, 'heading')).toEqual([])
  })

  it('reads 001: subtitle, the bare-name byline, the credited caption and an empty "Updated:"', async () => {
    const article = await parseSample(SAMPLE_001)
    expect(article.title).toBe(
      'Zelenskyy Condemns Lack of Response From Western Allies After North Korean Troops Deployed by Russia',
    )
    expect(article.subtitle).toBe(
      'Ukraine’s President said Western allies are ‘just waiting for the North Korean military to start targeting Ukrainians.’',
    )
    expect(article.byline).toBe('Katabella Roberts')
    expect(textsOf(article, 'caption')).toHaveLength(1)
    expect(textsOf(article, 'caption')[0]).toMatch(
      /in New York City\. Spencer Platt\/Getty Images$/,
    )
    expect(textsOf(article, 'dateline')).toEqual(['Updated:'])
    expect(article).not.toHaveProperty('updated')
    expect(article.blocks.slice(0, 5).map((block) => block.kind)).toEqual([
      'headline',
      'subtitle',
      'caption',
      'byline',
      'dateline',
    ])
  })

  it('reads 004: subtitle, byline Ryan Morgan and the captions before and inside the body', async () => {
    const article = await parseSample(SAMPLE_004)
    expect(article.title).toBe(
      'Zelenskyy Expresses Frustration at West’s Response to North Korean Forces in Russia',
    )
    expect(article.subtitle).toMatch(/^The Ukrainian president said .* troops in Russia\.$/)
    expect(article.byline).toBe('Ryan Morgan')
    const captions = textsOf(article, 'caption')
    expect(captions).toHaveLength(5)
    expect(captions[0]).toMatch(/Christoph Soeder\/Pool Photo via AP$/)
    expect(captions.slice(1)).toEqual([
      expect.stringMatching(/Sept\. 24, 2024\. \(Andrii Marienko\/AP\)$/),
      expect.stringMatching(/Sept\. 24, 2024\. Andrii Marienko\/AP$/),
      expect.stringMatching(/Aug\. 4, 2024\. \(Valentyn Ogirenko\/Reuters\)$/),
      expect.stringMatching(/Aug\. 4, 2024\. Valentyn Ogirenko\/Reuters$/),
    ])
  })

  it('keeps credit lines that are sentences ("… contributed to this report.") as paragraphs', async () => {
    const article = await parseSample(SAMPLE_001)
    const last = article.blocks.at(-1)
    expect(last).toEqual({
      kind: 'paragraph',
      text: 'Ryan Morgan, Stephen Katte, and Reuters contributed to this report.',
    })
  })

  it('drops the "0:00" player timestamp and the repeated headline', async () => {
    for (const name of [SAMPLE_001, SAMPLE_004]) {
      const article = await parseSample(name)
      expect(article.blocks.filter((block) => block.text === '0:00')).toEqual([])
      expect(article.blocks.filter((block) => block.text === article.title)).toHaveLength(1)
    }
  })

  it('finds the in-body sub-headings', async () => {
    expect(textsOf(await parseSample(SAMPLE_001), 'heading')).toEqual([
      'China Must Step Up, Zelenskyy Says',
    ])
    expect(textsOf(await parseSample(SAMPLE_004), 'heading')).toEqual([
      'Zelenskyy’s Push for Long-Range Weapons',
    ])
  })

  it('splits paragraphs separated by a single newline into two blocks', async () => {
    const article = await parseSample(SAMPLE_001)
    const first = article.blocks.findIndex((block) =>
      block.text.startsWith('North Korea initially denied'),
    )
    expect(article.blocks[first]?.kind).toBe('paragraph')
    expect(article.blocks[first]?.text).toMatch(/interpretation of international law\.$/)
    expect(article.blocks[first + 1]?.kind).toBe('paragraph')
    expect(article.blocks[first + 1]?.text).toMatch(/^During the Oct\. 31 press conference/)
  })

  it('marks a paragraph that is one whole quotation as a quote, attributed quotes as paragraphs', async () => {
    const article = await parseSample(SAMPLE_004)
    expect(textsOf(article, 'quote')).toHaveLength(1)
    expect(textsOf(article, 'quote')[0]).toMatch(/^“When a lot of countries .* messages\?”$/)
    const zero = await parseSample(SAMPLE_000)
    expect(textsOf(zero, 'quote')).toEqual([])
  })

  it('keeps every line of every sample, except the drops, verbatim in some block', async () => {
    for (const name of [SAMPLE_000, SAMPLE_001, SAMPLE_004]) {
      const text = await readSample(name)
      const article = parseTxtArticle(text)
      const kept = text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && line !== '0:00')
      expect(kept.length).toBeGreaterThan(10)
      for (const line of kept) {
        expect(
          article.blocks.some((block) => block.text.includes(line)),
          line,
        ).toBe(true)
      }
    }
  })
})

describe('parseTxtArticle on tricky files', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimdesk-txt-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  let fileCount = 0
  const parseFile = async (content: string) => {
    const path = join(dir, `article-${fileCount++}.txt`)
    await writeFile(path, content, 'utf8')
    return parseTxtArticle(await readFile(path, 'utf8'))
  }

  it('reads CRLF files like LF files', async () => {
    const lf = 'Headline\n\nDek line\nBy Jane Doe\n\nFirst paragraph.\n\nSecond paragraph.\n'
    const crlf = await parseFile(lf.replace(/\n/g, '\r\n'))
    expect(crlf).toEqual(parseTxtArticle(lf))
    expect(crlf.blocks.some((block) => /[\r\n]/.test(block.text))).toBe(false)
  })

  it('reads old Mac CR-only line endings', async () => {
    const article = await parseFile('Headline\r\rOne.\rTwo.')
    expect(article.blocks.map((block) => block.text)).toEqual(['Headline', 'One.', 'Two.'])
  })

  it('reads a "By Jane Doe" byline and bare and labelled dates', async () => {
    const article = await parseFile(
      'Storm Hits Coast\nWinds reached 120 mph\nBy Jane Doe\nNov. 1, 2024\nUpdated: Nov. 2, 2024 10:15 a.m. ET\n\nThe storm arrived at dawn.\n',
    )
    expect(article).toMatchObject({
      title: 'Storm Hits Coast',
      subtitle: 'Winds reached 120 mph',
      byline: 'Jane Doe',
      published: 'Nov. 1, 2024',
      updated: 'Nov. 2, 2024 10:15 a.m. ET',
    })
    expect(article.blocks.map((block) => block.kind)).toEqual([
      'headline',
      'subtitle',
      'byline',
      'dateline',
      'dateline',
      'paragraph',
    ])
  })

  it('splits "Published: … | Updated: …" on one line', async () => {
    const article = await parseFile(
      'Title\nBy Jane Doe and John Roe\nPublished: 2024-11-01 | Updated: 2024-11-02\n\nBody.',
    )
    expect(article).toMatchObject({
      byline: 'Jane Doe and John Roe',
      published: '2024-11-01',
      updated: '2024-11-02',
    })
  })

  it('reads a headline-only file', async () => {
    const article = await parseFile('Only A Headline\n')
    expect(article).toStrictEqual({
      title: 'Only A Headline',
      blocks: [{ kind: 'headline', text: 'Only A Headline' }],
    })
  })

  it('skips leading blank lines and a byte-order mark', async () => {
    const article = await parseFile('\uFEFF\n\n   \n\tHeadline Here  \n\nBody text.')
    expect(article.title).toBe('Headline Here')
    expect(article.blocks).toEqual([
      { kind: 'headline', text: 'Headline Here' },
      { kind: 'paragraph', text: 'Body text.' },
    ])
  })

  it('turns a decomposed (NFD) headline into NFC', async () => {
    const nfd = 'Cafe\u0301 Owners Protest in Zu\u0308rich'
    const article = await parseFile(`${nfd}\n\n${nfd}s were closed.`)
    expect(article.title).toBe('Café Owners Protest in Zürich')
    expect(article.title).toBe(article.title.normalize('NFC'))
    expect(article.blocks[1]?.text).toBe('Café Owners Protest in Zürichs were closed.')
  })

  it('reads list items with -, *, • and numbered markers', async () => {
    const items = ['- first point', '* second point', '• third point', '1. fourth point']
    const article = await parseFile(`Headline\n\nThe plan:\n${items.join('\n')}\n\nAfter.`)
    expect(textsOf(article, 'list-item')).toEqual(items)
    expect(kindOf(article, 'The plan:')).toBe('paragraph')
  })

  it('trims tab indentation and trailing whitespace but keeps tabs inside a line', async () => {
    const article = await parseFile('Headline\t \n\n\tIndented paragraph.\t\n\tA\tB columns.   \n')
    expect(article.blocks.map((block) => block.text)).toEqual([
      'Headline',
      'Indented paragraph.',
      'A\tB columns.',
    ])
  })

  it('never reads short body paragraphs ending in . ? ! or a closing quote as headings', async () => {
    const shorts = ['It Ended.', 'Why Now?', 'No!', 'He Said “No.”', 'Fine,', '“Yes.”']
    const article = await parseFile(`Headline\n\nIntro text.\n\n${shorts.join('\n\n')}\n`)
    expect(textsOf(article, 'heading')).toEqual([])
    expect(article.blocks.slice(2).map((block) => block.kind)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'quote',
    ])
  })

  it('does not take a plain first paragraph for a subtitle, nor "By the end …" for a byline', async () => {
    const article = await parseFile(
      'Headline\n\nBy the end of the day, troops had left.\n\nKey Findings\n\nMore text.',
    )
    expect(article).not.toHaveProperty('subtitle')
    expect(article).not.toHaveProperty('byline')
    expect(article.blocks.map((block) => block.kind)).toEqual([
      'headline',
      'paragraph',
      'heading',
      'paragraph',
    ])
  })

  it('joins hard-wrapped lines of one paragraph, keeping each line verbatim', async () => {
    const article = await parseFile(
      'Headline\n\nThe minister said the talks\nwould resume next week, and\nthat both sides agreed.\nA new paragraph.',
    )
    expect(article.blocks.slice(1)).toEqual([
      {
        kind: 'paragraph',
        text: 'The minister said the talks would resume next week, and that both sides agreed.',
      },
      { kind: 'paragraph', text: 'A new paragraph.' },
    ])
  })

  it('reads "Related:" and "Read more:" lines as asides', async () => {
    const article = await parseFile(
      'Headline\n\nBody.\n\nRelated: Troops Move North\nRead more: What We Know\n',
    )
    expect(textsOf(article, 'aside')).toEqual([
      'Related: Troops Move North',
      'Read more: What We Know',
    ])
  })

  it('throws invalid-input for an empty or whitespace-only file', async () => {
    for (const content of ['', ' \n\t\r\n  \n']) {
      const parse = parseFile(content)
      await expect(parse).rejects.toBeInstanceOf(ServiceError)
      await expect(parse).rejects.toMatchObject({ code: 'invalid-input' })
      await expect(parse).rejects.toThrow(/The file is empty/)
    }
  })
})
