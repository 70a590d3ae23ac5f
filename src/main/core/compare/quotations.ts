/** A quoted stretch of text, without its quotation marks. */
export type Quotation = { text: string; start: number; end: number }

/**
 * Quotations in a block: “…”, "…" and ‘…’ — an opening ‘ must follow a space and a closing ’
 * must not be followed by a letter, so apostrophes ("Russia’s") are never taken for quotes.
 */
const QUOTED = /“([^”]{2,}?)”|"([^"]{2,}?)"|(?<=^|[\s(])‘([^‘]{2,}?)’(?!\p{L})/gu

/** Quotations can span sentences ("We must act. Words …"), so they are found per block, not per sentence. */
export function quotationsIn(blockText: string, base: number): Quotation[] {
  return [...blockText.matchAll(QUOTED)].flatMap((match) => {
    // The comma or full stop a quotation ends with inside its marks is the reporter's, not the speaker's.
    const text = (match[1] ?? match[2] ?? match[3])?.replace(/[,.;:]+$/, '')
    const start = base + match.index + 1
    return text ? [{ text, start, end: start + text.length }] : []
  })
}
