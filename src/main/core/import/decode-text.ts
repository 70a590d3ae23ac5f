import chardet from 'chardet'
import iconv from 'iconv-lite'
import { ServiceError } from '../../../shared/result'
import { startsWithBytes } from './sniff-bytes'

/** `notice` says when the text was not read the way its source declared. */
type DecodedText = { text: string; encoding: string; notice?: string }

/** What chardet may propose; anything else (or nothing) is refused rather than guessed. */
const DETECTABLE = new Set([
  'windows-1252',
  'windows-1250',
  'windows-1251',
  'windows-1253',
  'windows-1254',
  'iso-8859-2',
  'iso-8859-5',
  'iso-8859-7',
  'iso-8859-9',
  'koi8-r',
  'shift_jis',
  'euc-jp',
  'euc-kr',
  'gb18030',
  'big5',
])

/** Browsers read these labels as windows-1252: 0x80–0x9F are “ ” € – there, never C1 controls. */
const WINDOWS_1252_ALIASES = new Set(['iso-8859-1', 'latin1', 'latin-1', 'us-ascii', 'ascii'])

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
]

const canonical = (label: string): string => {
  const name = label.trim().toLowerCase()
  if (WINDOWS_1252_ALIASES.has(name)) return 'windows-1252'
  return name === 'utf8' ? 'utf-8' : name
}

/** `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the first 1 KB. */
export function htmlMetaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1')
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const label = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta)?.[1]
    if (label) return canonical(label)
  }
  return undefined
}

function decodeStrictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

function detectEncoding(bytes: Uint8Array, fileName: string): string {
  const match = chardet
    .analyse(bytes)
    .map((candidate) => ({ ...candidate, name: canonical(candidate.name) }))
    .find((candidate) => DETECTABLE.has(candidate.name) && candidate.confidence >= 10)
  if (!match) {
    throw new ServiceError(
      'unsupported',
      `${fileName} is not UTF-8 and its encoding could not be recognised; save it as UTF-8 and import it again.`,
    )
  }
  return match.name
}

function decodeWith(bytes: Uint8Array, encoding: string, fileName: string): string {
  if (encoding === 'utf-8') {
    const text = decodeStrictUtf8(bytes)
    if (text === undefined)
      throw new ServiceError('unsupported', `${fileName} says it is UTF-8 but is not valid UTF-8.`)
    return text
  }
  if (!iconv.encodingExists(encoding)) {
    throw new ServiceError(
      'unsupported',
      `${fileName} is in the ${encoding} encoding, which Claimdesk cannot read.`,
    )
  }
  return iconv.decode(Buffer.from(bytes), encoding)
}

/**
 * A page re-saved as UTF-8 often keeps its old `<meta charset>`. Bytes that are valid UTF-8 with
 * multi-byte characters do not decode cleanly as a legacy charset: they come out as mojibake (a
 * GBK decoder even reads many of them without an error), while legacy text is valid UTF-8 only by
 * rare chance. UTF-16 found without a BOM was detected, not declared, so it is left alone.
 */
function misdeclaredUtf8(bytes: Uint8Array, encoding: string): string | undefined {
  if (encoding === 'utf-8' || encoding.startsWith('utf-16')) return undefined
  return bytes.some((byte) => byte >= 0x80) ? decodeStrictUtf8(bytes) : undefined
}

/** One text form for every source: no BOM, LF line ends, Unicode NFC. */
export const normaliseText = (text: string): string =>
  text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')

/**
 * Decodes a text file: BOM first, then a declared charset (HTTP header or HTML meta) unless the
 * bytes are plainly UTF-8, then strict UTF-8, then detection limited to encodings we can decode.
 * iconv-lite decodes, because Node's TextDecoder mis-reads windows-1252 bytes 0x80–0x9F.
 */
export function decodeText(bytes: Uint8Array, fileName: string, declared?: string): DecodedText {
  const bom = BOMS.find((candidate) => startsWithBytes(bytes, candidate.bytes))
  if (bom) {
    const text = decodeWith(bytes.subarray(bom.bytes.length), bom.encoding, fileName)
    return { text: normaliseText(text), encoding: `${bom.encoding}-bom` }
  }
  if (declared) {
    const encoding = canonical(declared)
    const utf8 = misdeclaredUtf8(bytes, encoding)
    if (utf8 !== undefined) {
      const notice = `${fileName} declares the ${encoding} encoding, but its text is UTF-8: it was read as UTF-8.`
      return { text: normaliseText(utf8), encoding: 'utf-8', notice }
    }
    return { text: normaliseText(decodeWith(bytes, encoding, fileName)), encoding }
  }
  const utf8 = decodeStrictUtf8(bytes)
  if (utf8 !== undefined) return { text: normaliseText(utf8), encoding: 'utf-8' }
  const encoding = detectEncoding(bytes, fileName)
  return { text: normaliseText(decodeWith(bytes, encoding, fileName)), encoding }
}
