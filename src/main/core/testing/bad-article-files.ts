import { buildDocx, buildPdf, zipArchive } from './article-fixtures'

/**
 * A well-formed .docx whose document part unpacks to `megabytes` MB of blank text: a small zip
 * bomb. With `lying`, its headers claim the part is 1 KB.
 */
export function buildZipBombDocx(megabytes: number, lying = false): Buffer {
  const parts = buildDocx([{ text: 'x' }])
  const blank = Buffer.alloc(megabytes * 1024 * 1024, 0x20)
  return zipArchive([
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>'), deflate: true },
    {
      name: 'word/document.xml',
      data: blank,
      deflate: true,
      claimedSize: lying ? 1024 : blank.length,
    },
    { name: 'padding', data: parts.subarray(0, 16), deflate: true },
  ])
}

/** A PDF whose trailer says it is encrypted with a user password nobody knows. */
export function buildEncryptedPdf(): Buffer {
  const key = (length: number) => 'ab'.repeat(length)
  const encrypt = `/Encrypt << /Filter /Standard /V 1 /R 2 /O <${key(32)}> /U <${key(32)}> /P -4 >> /ID [<${key(16)}> <${key(16)}>]`
  const pdf = buildPdf([{ x: 72, y: 700, text: 'Secret Headline' }]).toString('latin1')
  return Buffer.from(pdf.replace('/Root 1 0 R', `/Root 1 0 R ${encrypt}`), 'latin1')
}

/** Latin text as UTF-16 without a byte-order mark. */
export function utf16WithoutBom(text: string, order: 'le' | 'be'): Buffer {
  const bytes = Buffer.from(text, 'utf16le')
  return order === 'le' ? bytes : bytes.swap16()
}
