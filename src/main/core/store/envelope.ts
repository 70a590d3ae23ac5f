/** What a store file holds on disk: the data plus the format version it was written in. */
export type Envelope = { schemaVersion: number; data: unknown }

/** Deeper than anything Claimdesk writes (dispatch caps input depth), shallow enough to check safely. */
export const MAX_STORED_DEPTH = 160

type DecodedEnvelope =
  { ok: true; envelope: Envelope; hadBom: boolean } | { ok: false; reason: string }

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf])

/** Two-space JSON with a final newline, so a workspace under git diffs line by line. */
export function serialiseEnvelope(schemaVersion: number, data: unknown): string {
  return `${JSON.stringify({ schemaVersion, data }, null, 2)}\n`
}

function describeUnreadableText(text: string): string | undefined {
  if (text.length === 0) return 'it is empty'
  if (text.trim().length === 0) return 'it contains only whitespace'
  if (/^\0+$/.test(text)) return 'it is filled with NUL bytes, as a power loss can leave it'
  if (text.includes('\0')) return 'it contains NUL bytes, as a power loss can leave it'
  return undefined
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (error) {
    return {
      ok: false,
      reason: `it is not valid JSON, probably cut short (${(error as Error).message})`,
    }
  }
}

function describeWrongShape(value: unknown): string | undefined {
  if (value === null) return 'it contains only null'
  if (typeof value !== 'object' || Array.isArray(value)) return 'it does not hold a JSON object'
  const { schemaVersion } = value as Record<string, unknown>
  if (!Number.isInteger(schemaVersion) || (schemaVersion as number) < 1) {
    return 'it has no valid schemaVersion'
  }
  if (!('data' in value)) return 'it has no data'
  return undefined
}

/** Reads the envelope out of a file's bytes, or says in words why it cannot be trusted. */
export function decodeEnvelope(bytes: Uint8Array): DecodedEnvelope {
  const hadBom = Buffer.from(bytes.subarray(0, 3)).equals(UTF8_BOM)
  const text = Buffer.from(bytes.subarray(hadBom ? 3 : 0)).toString('utf8')
  const unreadable = describeUnreadableText(text)
  if (unreadable) return { ok: false, reason: unreadable }
  const parsed = parseJson(text)
  if (!parsed.ok) return parsed
  const wrongShape = describeWrongShape(parsed.value)
  if (wrongShape) return { ok: false, reason: wrongShape }
  return { ok: true, envelope: parsed.value as Envelope, hadBom }
}
