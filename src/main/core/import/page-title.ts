/** Separators outlets put between a headline and their own name: "Title - BBC News", "Title | Jane Roe". */
const SEPARATOR = '[|–—:-]'

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** "The Guardian" and "Guardian" name the same outlet; "BBC" names "BBC News". */
const withoutArticle = (name: string) => name.replace(/^the\s+/i, '').trim()

/** Names a title may carry beside the headline: the outlet (and its first word-pair), each author. */
function namesToStrip(site: string | undefined, byline: string | undefined): string[] {
  const names = new Set<string>()
  if (site) {
    names.add(site)
    names.add(withoutArticle(site))
  }
  for (const author of byline?.split(/\s*(?:,|\band\b|&)\s*/i) ?? []) {
    if (author.trim()) names.add(author.trim())
  }
  return [...names].filter((name) => name.length >= 2)
}

/**
 * A page title without the outlet's or the author's name stuck to either end: "Troops Reach Kursk
 * - BBC News" → "Troops Reach Kursk", "Quake hits Christchurch | Eleanor Ainge Roy" → "Quake hits
 * Christchurch" when she is the byline. A name the title does not end or start with is left alone,
 * and a title that is only the name stays as it is.
 */
export function cleanPageTitle(
  title: string | undefined,
  names: { site?: string; byline?: string },
): string | undefined {
  if (!title) return title
  let cleaned = title.trim()
  for (const name of namesToStrip(names.site, names.byline)) {
    const theName = `(?:the\\s+)?${escaped(withoutArticle(name) || name)}`
    const suffix = new RegExp(`\\s*${SEPARATOR}\\s*${theName}\\s*$`, 'i')
    const prefix = new RegExp(`^\\s*${theName}\\s*${SEPARATOR}\\s*`, 'i')
    const next = cleaned.replace(suffix, '').replace(prefix, '').trim()
    if (next) cleaned = next
  }
  return cleaned
}
