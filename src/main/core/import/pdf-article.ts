import type { TextItem } from 'pdfjs-dist/types/src/display/api'
import { ServiceError } from '../../../shared/result'
import type { BlockDraft } from '../article-record'
import { withHeadline, type ParsedArticle } from './parsed-article'

type Line = { text: string; y: number; height: number }

const isTextItem = (item: object): item is TextItem => 'str' in item && 'transform' in item

/** Items on one baseline make a line; pdf.js gives them in reading order for simple layouts. */
function linesOf(items: TextItem[]): Line[] {
  const lines: Line[] = []
  for (const item of items) {
    const y = item.transform[5] ?? 0
    const height = item.height || Math.abs(item.transform[3] ?? 0) || 10
    const last = lines.at(-1)
    if (last && Math.abs(last.y - y) < height / 2) last.text += item.str
    else if (item.str.trim() !== '') lines.push({ text: item.str, y, height })
  }
  return lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text !== '')
}

/** Joins a line to the paragraph; "exam-" + "ple" is one hyphenated word. */
const joinLine = (paragraph: string, line: string) =>
  /\p{Ll}-$/u.test(paragraph) && /^\p{Ll}/u.test(line)
    ? paragraph.slice(0, -1) + line
    : `${paragraph} ${line}`

/** A paragraph ends where the gap between lines is clearly wider than the line spacing. */
function paragraphsOf(pages: Line[][]): string[] {
  const paragraphs: string[] = []
  let current = ''
  for (const lines of pages) {
    lines.forEach((line, i) => {
      const previous = lines[i - 1]
      const gap = previous ? previous.y - line.y : 0
      const isBreak = previous ? gap > line.height * 1.8 || gap < 0 : /[.!?:”"]$/.test(current)
      if (current !== '' && isBreak) {
        paragraphs.push(current)
        current = line.text
      } else current = current === '' ? line.text : joinLine(current, line.text)
    })
  }
  if (current !== '') paragraphs.push(current)
  return paragraphs
}

/** A PDF's text layer (pdf.js, no font loading, no eval), with paragraphs rebuilt from line gaps. */
export async function parsePdfArticle(
  bytes: Uint8Array,
  fileName: string,
  fallbackTitle: string,
): Promise<ParsedArticle> {
  // Loaded only when a PDF is imported: pdf.js patches globals (JSON.stringify among them) on load,
  // which the rest of the main process should not live with when nobody imports a PDF.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  })
  const document = await task.promise.catch((error: Error) => {
    const reason =
      error.name === 'PasswordException' ? 'it is password-protected' : 'it is damaged or not a PDF'
    throw new ServiceError('unsupported', `${fileName} cannot be read: ${reason}.`)
  })
  try {
    const pages: Line[][] = []
    for (let n = 1; n <= document.numPages; n++) {
      const content = await (await document.getPage(n)).getTextContent()
      pages.push(linesOf(content.items.filter(isTextItem)))
    }
    const blocks: BlockDraft[] = paragraphsOf(pages).map((text) => ({ kind: 'paragraph', text }))
    if (blocks.length === 0) {
      throw new ServiceError(
        'invalid-input',
        `${fileName} has no text layer (a scanned PDF?): there is nothing to import.`,
      )
    }
    const info = (await document.getMetadata()).info as { Title?: string; Author?: string }
    return withHeadline(blocks, { title: info.Title, byline: info.Author }, fallbackTitle)
  } finally {
    await task.destroy()
  }
}
