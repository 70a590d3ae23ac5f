/** Where a search term occurs in the article text: case- and accent-insensitive, as readers expect. */
export type TextMatch = { start: number; end: number }

const MAX_MATCHES = 10_000

/** Folds case and diacritics one character at a time, so offsets stay those of the original text. */
const fold = (text: string) =>
  Array.from(text, (char) => (char.normalize('NFD')[0] ?? char).toLowerCase()).join('')

export function findMatches(text: string, query: string): TextMatch[] {
  const needle = fold(query.trim())
  if (!needle) return []
  // Folding keeps one UTF-16 unit per unit for the BMP text articles are made of; check, to be safe.
  const haystack = fold(text)
  if (haystack.length !== text.length)
    return findExact(text.toLowerCase(), query.trim().toLowerCase())
  return findExact(haystack, needle)
}

function findExact(haystack: string, needle: string): TextMatch[] {
  const matches: TextMatch[] = []
  for (
    let at = haystack.indexOf(needle);
    at >= 0 && matches.length < MAX_MATCHES;
    at = haystack.indexOf(needle, at + needle.length)
  )
    matches.push({ start: at, end: at + needle.length })
  return matches
}
