import mammoth from 'mammoth'
import { ServiceError } from '../../../shared/result'
import { blocksFromHtml } from './html-blocks'
import { withHeadline, type ParsedArticle } from './parsed-article'
import { unpackedZipSize } from './zip-size'

/** Far more than the text of any article (images are stored packed); a zip bomb unpacks to far more. */
const MAX_DOCX_UNPACKED_BYTES = 100 * 1024 * 1024

/** A Word file: mammoth gives semantic HTML (headings, paragraphs, lists), of which only the text is kept. */
export async function parseDocxArticle(
  bytes: Uint8Array,
  fileName: string,
  fallbackTitle: string,
): Promise<ParsedArticle> {
  const unpacked = unpackedZipSize(bytes, MAX_DOCX_UNPACKED_BYTES)
  if (unpacked.status === 'damaged')
    throw new ServiceError('unsupported', `${fileName} is not a readable Word (.docx) document.`)
  if (unpacked.status === 'too-large') {
    const size = unpacked.declaredBytes
      ? `${Math.round(unpacked.declaredBytes / 1024 / 1024)} MB, more than`
      : 'more than'
    throw new ServiceError(
      'unsupported',
      `${fileName} unpacks to ${size} the ${MAX_DOCX_UNPACKED_BYTES / 1024 / 1024} MB an article may: it is not imported.`,
    )
  }
  const html = await mammoth
    .convertToHtml({ buffer: Buffer.from(bytes) }, { externalFileAccess: false })
    .catch(() => {
      throw new ServiceError('unsupported', `${fileName} is not a readable Word (.docx) document.`)
    })
  const blocks = blocksFromHtml(html.value)
  if (blocks.length === 0)
    throw new ServiceError('invalid-input', `${fileName} has no text to import.`)
  return withHeadline(blocks, { title: undefined }, fallbackTitle)
}
