import { Editor } from '@tiptap/core'
import { StarterKit } from '@tiptap/starter-kit'
import '../../src/renderer/src/styles/app.css'

type Block = { kind: string; text: string }
type BaselineWindow = Window & { baselineOpened?: Promise<number> }

/** Plain TipTap, as any editor would show the text: paragraphs and headings, no highlights. */
function documentOf(blocks: readonly Block[]) {
  return {
    type: 'doc',
    content: blocks.map((block) =>
      block.kind === 'headline' || block.kind === 'heading'
        ? {
            type: 'heading',
            attrs: { level: block.kind === 'headline' ? 1 : 2 },
            content: [{ type: 'text', text: block.text }],
          }
        : { type: 'paragraph', content: block.text ? [{ type: 'text', text: block.text }] : [] },
    ),
  }
}

/** Resolves just after the next frame is painted. */
const afterPaint = () =>
  new Promise<number>((done) =>
    requestAnimationFrame(() => setTimeout(() => done(performance.now()))),
  )

async function open(): Promise<number> {
  const started = performance.now()
  const article = (await (await fetch('./article.json')).json()) as { blocks: Block[] }
  new Editor({
    element: document.getElementById('surface') ?? undefined,
    extensions: [StarterKit],
    content: documentOf(article.blocks),
    editable: false,
    editorProps: { attributes: { class: 'article-text' } },
  })
  return (await afterPaint()) - started
}

document.getElementById('open')?.addEventListener('click', () => {
  ;(window as BaselineWindow).baselineOpened = open()
})
