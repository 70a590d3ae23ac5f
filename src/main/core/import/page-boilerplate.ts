import type { BlockDraft } from '../article-record'

/**
 * Lines news pages put between paragraphs that Readability keeps: photo credits' labels, ad slots,
 * links to read on. A block whose whole text is one of these is page furniture, not the article.
 */
const FURNITURE_LINES = [
  'photo',
  'image',
  'video',
  'advertisement',
  'supported by',
  'continue reading the main story',
  'continue reading',
  'read more',
  'share this with',
  'share',
  'media playback is unsupported on your device',
  'skip advertisement',
  'image source, getty images',
  'image caption',
]

const FURNITURE = new Set(FURNITURE_LINES)

/** "Photo: Reuters", "Image source, AFP", "Photograph: Jane Roe/AP": a credit, not a sentence. */
const CREDIT = /^(photo(graph)?|image( source)?|picture|illustration|credit)\s*[:,]\s*\S.{0,80}$/i

const normalised = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[.:…]+$/, '')
    .trim()

const isFurniture = (block: BlockDraft) =>
  FURNITURE.has(normalised(block.text)) || CREDIT.test(block.text.trim())

/** "Image caption, Crowds in Kyiv": a caption label Readability left as a list item. */
const CAPTION_LABEL = /^(image |photo |video )?caption\s*[,:]/i

/** A list item that is only a caption: it says so, or repeats a caption block word for word. */
const isCaptionBullet = (block: BlockDraft, captions: Set<string>) =>
  block.kind === 'list-item' &&
  (CAPTION_LABEL.test(block.text.trim()) || captions.has(normalised(block.text)))

/** "By Jane Doe", "Jane Doe" or "Jane Doe in Kyiv": the known byline repeated as a paragraph. */
function isRepeatedByline(block: BlockDraft, byline: string | undefined): boolean {
  if (!byline || block.kind === 'byline') return false
  const text = normalised(block.text).replace(/^by\s+/, '')
  const name = normalised(byline)
  return text === name || (text.startsWith(`${name} in `) && text.length <= name.length + 30)
}

/** A caption's words without the "Image caption," label screen readers are given. */
const unlabelled = (block: BlockDraft): BlockDraft =>
  block.kind === 'caption'
    ? { ...block, text: block.text.replace(CAPTION_LABEL, '').trim() || block.text }
    : block

/**
 * Drops page furniture, caption-only bullets and a byline repeated in the body from Readability's
 * blocks, and the label in front of a caption.
 */
export function withoutBoilerplate(found: BlockDraft[], byline?: string): BlockDraft[] {
  const blocks = found.map(unlabelled)
  const captions = new Set(
    blocks.filter((block) => block.kind === 'caption').map((block) => normalised(block.text)),
  )
  return blocks.filter(
    (block) =>
      !isFurniture(block) && !isCaptionBullet(block, captions) && !isRepeatedByline(block, byline),
  )
}
