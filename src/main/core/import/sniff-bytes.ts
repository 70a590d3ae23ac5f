const SIGNATURES: { kind: string; bytes: number[] }[] = [
  { kind: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'a ZIP archive (or a Word file)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'a gzip archive', bytes: [0x1f, 0x8b] },
]

export const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]
export const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]

export const startsWithBytes = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((byte, i) => bytes[i] === byte)

/** Only a UTF-16 BOM makes NUL bytes legitimate in a text file. */
const hasUtf16Bom = (bytes: Uint8Array): boolean =>
  startsWithBytes(bytes, [0xff, 0xfe]) || startsWithBytes(bytes, [0xfe, 0xff])

/** Names what a file that should be text really is ("a PNG image"), or undefined when it is text. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  const signature = SIGNATURES.find((candidate) => startsWithBytes(bytes, candidate.bytes))
  if (signature) return signature.kind
  if (!hasUtf16Bom(bytes) && bytes.subarray(0, 8192).includes(0)) return 'binary data'
  return undefined
}

/**
 * UTF-16 text saved without a byte-order mark: in mostly-Latin text every other byte is NUL, on
 * the odd side for little-endian, the even side for big-endian. Undefined for anything else.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2))
  if (sample.length < 4 || hasUtf16Bom(bytes)) return undefined
  let evenNuls = 0
  let oddNuls = 0
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue
    if (i % 2) oddNuls++
    else evenNuls++
  }
  const pairs = sample.length / 2
  if (oddNuls >= pairs * 0.4 && evenNuls <= pairs * 0.02) return 'utf-16le'
  if (evenNuls >= pairs * 0.4 && oddNuls <= pairs * 0.02) return 'utf-16be'
  return undefined
}
