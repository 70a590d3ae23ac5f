import type { Root, RootContent } from 'mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown } from 'mdast-util-to-markdown'
import { WrittenSections } from './written-sections'

/** Built once: configuring the GFM extension costs more than serialising a small tree. */
const GFM = gfmToMarkdown()

/** The one way a report tree becomes Markdown: GFM tables, `-` bullets, the same bytes for the same tree. */
export const serialiseMarkdown = (tree: Root): string =>
  toMarkdown(tree, {
    extensions: [GFM],
    bullet: '-',
    emphasis: '_',
    strong: '*',
    listItemIndent: 'one',
    fences: true,
    rule: '-',
  })

/** Sections already serialised, by their tree. */
const serialised = new WrittenSections(16_000_000)

/** Between two sections written together: a rule, which only a top-level thematic break writes. */
const BETWEEN_SECTIONS = '\n\n---\n\n'

/**
 * Many sections in one call, one root holding them with a thematic break between each two, then cut
 * at those breaks: one call per section would spend more on setting the library up than on
 * writing. The break also makes the library forget a list's bullet, so no section depends on the
 * one before it. Null when the cut could be ambiguous (a section holds a thematic break or raw HTML
 * of its own at the top, or ends in a line ending): then each section is written on its own.
 */
function serialiseTogether(sections: readonly RootContent[][]): string[] | null {
  const mayWriteARule = (node: RootContent) => node.type === 'thematicBreak' || node.type === 'html'
  if (sections.some((section) => section.some(mayWriteARule))) return null
  const children = sections.flatMap((section, index): RootContent[] =>
    index === 0 ? section : [{ type: 'thematicBreak' }, ...section],
  )
  const parts = serialiseMarkdown({ type: 'root', children }).slice(0, -1).split(BETWEEN_SECTIONS)
  const isClean = (part: string) => part !== '' && !part.endsWith('\n')
  if (parts.length !== sections.length || !parts.every(isClean)) return null
  return parts.map((part) => `${part}\n`)
}

/**
 * Sections to a call: enough that setting the library up costs little, few enough that each call's
 * strings die young.
 */
const SECTIONS_PER_CALL = 500

/** Writes each section once, many to a call when they can be cut apart again, by its key. */
function serialiseAll(sections: ReadonlyMap<string, RootContent[]>): Map<string, string> {
  const keys = [...sections.keys()]
  const values = [...sections.values()]
  const written: string[] = []
  for (let start = 0; start < values.length; start += SECTIONS_PER_CALL) {
    const some = values.slice(start, start + SECTIONS_PER_CALL)
    written.push(
      ...(serialiseTogether(some) ??
        some.map((section) => serialiseMarkdown({ type: 'root', children: section }))),
    )
  }
  return new Map(keys.map((key, index) => [key, written[index]!]))
}

/** Runs on each section about to be written, not on those written before; it may change it in place. */
type Prepare = (section: RootContent[]) => void
const leaveAsIs: Prepare = () => {}

/** The same section prepared differently is written differently: each way has keys of its own. */
const prepareIds = new Map<Prepare, number>()
function prepareId(prepare: Prepare): number {
  const id = prepareIds.get(prepare) ?? prepareIds.size
  prepareIds.set(prepare, id)
  return id
}

/**
 * Each section as `serialiseMarkdown` writes it as a root of its own. Joined by a line ending, they
 * are the same bytes as `serialiseMarkdown` of one root holding every section's nodes in turn: the
 * library writes each top-level node on its own (between line endings) and puts one blank line
 * between two of them. So sections must not be empty, and a section must not start with a list
 * right after a section ending in a list: the only place where the library looks across top-level
 * nodes (code is fenced, never indented). A section seen before, prepared the same way (the same
 * fields of many claims, an unchanged claim exported again), is not prepared or written again;
 * `prepare` must therefore depend on nothing but the section, and be one function defined once.
 */
export function serialiseEach(
  sections: readonly RootContent[][],
  prepare: Prepare = leaveAsIs,
): string[] {
  const way = prepareId(prepare)
  // One flat string each: a key glued from two would be copied again to be looked up.
  const keys = sections.map((section) => JSON.stringify([way, section]))
  const known = new Map<string, string>()
  const fresh = new Map<string, RootContent[]>()
  sections.forEach((section, index) => {
    const key = keys[index]!
    if (known.has(key) || fresh.has(key)) return
    const markdown = serialised.get(key)
    if (markdown === undefined) fresh.set(key, section)
    else known.set(key, markdown)
  })
  fresh.forEach(prepare)
  for (const [key, markdown] of serialiseAll(fresh)) {
    known.set(key, markdown)
    serialised.set(key, markdown)
  }
  return keys.map((key) => known.get(key)!)
}

/** One document of all the sections in turn, as `serialiseMarkdown` would write it; see `serialiseEach`. */
export const serialiseSections = (sections: readonly RootContent[][], prepare?: Prepare): string =>
  serialiseEach(sections, prepare).join('\n')
