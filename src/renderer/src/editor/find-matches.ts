/**
 * Where a search term occurs in the article text: case-, accent- and typography-insensitive, as
 * readers expect (Kyiv's finds Kyiv’s; "a" finds “a”; - finds – and —; a space finds a no-break space).
 */
export type TextMatch = { start: number; end: number }

const MAX_MATCHES = 10_000

/** Typographic variants typed the plain way; each stands for one character, so offsets hold. */
const PLAIN_FORM: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u202F': ' ',
}

const foldChar = (char: string) =>
  PLAIN_FORM[char] ?? (char.normalize('NFD')[0] ?? char).toLowerCase()

/** Folds case, diacritics and typography one character at a time, so offsets stay the text's own. */
const fold = (text: string) => Array.from(text, foldChar).join('')

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
