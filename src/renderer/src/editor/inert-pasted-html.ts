import { Parser } from 'htmlparser2'
import { isSafeLinkUrl } from '../../../shared/safe-url'

/** Tags the notes schema understands, written back without any attribute but those below. */
const KEPT = new Set(['p', 'br', 'ul', 'ol', 'li', 'a', 'b', 'strong', 'i', 'em'])
/** Block tags the notes cannot show: their text stays a paragraph of its own. */
const AS_PARAGRAPH = new Set([
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'section',
  'article',
  'header',
  'footer',
  'tr',
  'dt',
  'dd',
  'figcaption',
])
/** Code, media, frames, form fields and metadata: dropped together with everything inside. */
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'textarea',
  'select',
  'title',
  'head',
])

const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const escapeAttribute = (value: string): string => escapeText(value).replace(/"/g, '&quot;')

function openTag(name: string, attributes: Record<string, string>): string {
  const href = attributes.href?.trim() ?? ''
  if (name === 'a' && isSafeLinkUrl(href)) return `<a href="${escapeAttribute(href)}">`
  const start = attributes.start ?? ''
  if (name === 'ol' && /^\d{1,6}$/.test(start)) return `<ol start="${start}">`
  return `<${name}>`
}

/**
 * Pasted or dropped HTML, rewritten before ProseMirror reads it. ProseMirror parses clipboard HTML
 * into a DOM, and any DOM parse in the page already trips over event-handler attributes and remote
 * sources (the CSP blocks them, loudly). So the HTML is tokenised as a string first and comes out
 * as the few tags notes can hold, with escaped text and no attribute but a safe link's href.
 */
export function inertPastedHtml(html: string): string {
  const out: string[] = []
  let droppedDepth = 0
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (droppedDepth > 0 || DROPPED.has(name)) return void droppedDepth++
        if (KEPT.has(name)) out.push(openTag(name, attributes))
        else if (AS_PARAGRAPH.has(name)) out.push('<p>')
      },
      ontext(text) {
        if (droppedDepth === 0) out.push(escapeText(text))
      },
      onclosetag(name) {
        if (droppedDepth > 0) return void droppedDepth--
        if (KEPT.has(name) && name !== 'br') out.push(`</${name}>`)
        else if (AS_PARAGRAPH.has(name)) out.push('</p>')
      },
    },
    { decodeEntities: true },
  )
  parser.end(html)
  return out.join('')
}
