import { crc32, deflateRawSync } from 'node:zlib'
import { buildDocx, buildPdf } from './article-fixtures'

/** A ZIP entry packed with deflate, so a little archive can unpack to a lot. */
function zipDeflated(entries: { name: string; data: Buffer; claimedSize?: number }[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const { name, data, claimedSize = data.length } of entries) {
    const nameBytes = Buffer.from(name, 'utf8')
    const packed = deflateRawSync(data, { level: 9 })
    const header = (size: number, signature: number) => {
      const bytes = Buffer.alloc(size)
      bytes.writeUInt32LE(signature, 0)
      return bytes
    }
    const local = header(30, 0x04034b50)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc32(data), 14)
    local.writeUInt32LE(packed.length, 18)
    local.writeUInt32LE(claimedSize, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = header(46, 0x02014b50)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(crc32(data), 16)
    central.writeUInt32LE(packed.length, 20)
    central.writeUInt32LE(claimedSize, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, packed)
    centrals.push(central, nameBytes)
    offset += local.length + nameBytes.length + packed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/**
 * A well-formed .docx whose document part unpacks to `megabytes` MB of blank text: a small zip
 * bomb. With `lying`, its headers claim the part is 1 KB.
 */
export function buildZipBombDocx(megabytes: number, lying = false): Buffer {
  const parts = buildDocx([{ text: 'x' }])
  const blank = Buffer.alloc(megabytes * 1024 * 1024, 0x20)
  return zipDeflated([
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'word/document.xml', data: blank, claimedSize: lying ? 1024 : blank.length },
    { name: 'padding', data: parts.subarray(0, 16) },
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
