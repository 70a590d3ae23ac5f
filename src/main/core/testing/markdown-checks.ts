import { parse } from 'jsonc-parser'
import type { Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import type { Configuration } from 'markdownlint'
import { lint, readConfig } from 'markdownlint/sync'
import { gfm } from 'micromark-extension-gfm'
import { resolve } from 'node:path'

/** markdownlint with the checked-in `.markdownlint.jsonc`; returns one line per problem. */
export function lintMarkdown(content: string): string[] {
  const jsonc = (text: string) => parse(text, [], { allowTrailingComma: true }) as Configuration
  const config = readConfig(resolve('.markdownlint.jsonc'), [jsonc])
  const results = lint({ strings: { report: content }, config })
  return (results.report ?? []).map(
    (error) =>
      `${error.lineNumber}: ${error.ruleNames.join('/')} ${error.ruleDescription} ${error.errorContext ?? ''}`,
  )
}

/** A node's shape without positions or unset fields, so a parsed tree compares with the tree it came from. */
export function shapeOf(node: Nodes): unknown {
  const shape: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    if (value === null || value === undefined || key === 'spread' || key === 'position') continue
    shape[key] = key === 'children' ? (value as Nodes[]).map(shapeOf) : value
  }
  return shape
}

/** Parses Markdown as GitHub does (GFM: tables, autolink literals, strikethrough, task lists). */
export const parseMarkdown = (content: string): Root =>
  fromMarkdown(content, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })

export function nodesOfType<T extends Nodes['type']>(
  tree: Nodes,
  type: T,
): Extract<Nodes, { type: T }>[] {
  const found: Nodes[] = []
  const walk = (node: Nodes) => {
    if (node.type === type) found.push(node)
    if ('children' in node) node.children.forEach(walk)
  }
  walk(tree)
  return found as Extract<Nodes, { type: T }>[]
}
