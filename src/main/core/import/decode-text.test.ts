import iconv from 'iconv-lite'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { layOutBlocks } from '../article-record'
import { openTempWorkspace } from '../testing/temp-workspace'
import { readArticleFile } from './read-article-file'

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimdesk-charset-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

const HEADLINE = '朝鲜士兵抵达库尔斯克州'
const BODY = [
  '据美国官员称，约八千名朝鲜士兵已抵达俄罗斯库尔斯克州，并可能在未来几天内投入战斗。',
  '乌克兰总统泽连斯基在社交媒体上表示，各方都在等待朝鲜军队开始攻击乌克兰人。',
  '俄罗斯国防部没有回应置评请求，也没有证实士兵的人数。',
]

/** A news page as qq.com-style sites serve it: an old gb2312 declaration in the head. */
const newsPage = (charset: string) => `<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${HEADLINE}</title>
</head><body>
<div class="nav">首页 新闻 体育 财经</div>
<div class="article"><h1>${HEADLINE}</h1>
${BODY.map((paragraph) => `<p>${paragraph.repeat(3)}</p>`).join('\n')}
</div></body></html>`

const save = async (name: string, bytes: Uint8Array) => {
  const path = join(dir, name)
  await writeFile(path, bytes)
  return path
}

const textOf = (file: Awaited<ReturnType<typeof readArticleFile>>) => layOutBlocks(file.blocks).text

describe('a page whose declared charset is not what its bytes are', () => {
  it('reads a saved page that is UTF-8 under a gb2312 meta as UTF-8, and says so', async () => {
    const bytes = Buffer.from(newsPage('gb2312'))
    // Read as declared, the words would be mojibake: what this import must not store.
    expect(iconv.decode(bytes, 'gb2312')).not.toContain(HEADLINE)
    const file = await readArticleFile(await save('qq-style.html', bytes))
    expect(file.meta).toMatchObject({ title: HEADLINE, encoding: 'utf-8' })
    expect(textOf(file)).toContain(BODY[1])
    expect(file.notice).toBe(
      'qq-style.html declares the gb2312 encoding, but its text is UTF-8: it was read as UTF-8.',
    )
  })

  it('reads a real GBK page as GBK, with nothing to say', async () => {
    const bytes = iconv.encode(newsPage('gbk'), 'gbk')
    expect(new TextDecoder('utf-8', { fatal: false }).decode(bytes)).not.toContain(HEADLINE)
    const file = await readArticleFile(await save('gbk.html', bytes))
    expect(file.meta).toMatchObject({ title: HEADLINE, encoding: 'gbk' })
    expect(textOf(file)).toContain(BODY[2])
    expect(file.notice).toBeUndefined()
  })

  it('reads GBK bytes under a gb2312 meta as declared: they are not UTF-8', async () => {
    const bytes = iconv.encode(newsPage('gb2312'), 'gbk')
    const file = await readArticleFile(await save('gb2312.html', bytes))
    expect(file.meta.encoding).toBe('gb2312')
    expect(textOf(file)).toContain(BODY[0])
  })

  it('reads a UTF-8 page left with a latin-1 meta as UTF-8', async () => {
    const page = `<html><head><meta charset="iso-8859-1"><title>Café crème</title></head>
<body><article><h1>Café crème</h1><p>${'The café in Zürich served crème brûlée. '.repeat(8)}</p></article></body></html>`
    const file = await readArticleFile(await save('latin.html', Buffer.from(page)))
    expect(file.meta.encoding).toBe('utf-8')
    expect(textOf(file)).toContain('The café in Zürich served crème brûlée.')
    expect(file.notice).toContain('declares the windows-1252 encoding')
  })

  it('says so in the import result too', async () => {
    const desk = await openTempWorkspace()
    try {
      const path = await save('import-me.html', Buffer.from(newsPage('gb2312')))
      const summary = await desk.handlers['articles.importFiles']({ paths: [path] })
      expect(summary.outcomes).toEqual([
        expect.objectContaining({
          status: 'imported',
          notice: expect.stringContaining('import-me.html declares the gb2312 encoding'),
          article: expect.objectContaining({ title: HEADLINE, encoding: 'utf-8' }),
        }),
      ])
    } finally {
      await desk.dispose()
    }
  })
})
