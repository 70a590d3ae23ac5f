import { createHash } from 'node:crypto'

/**
 * The HTML report's one stylesheet: a readable column on screen, clean pages on paper. It is the
 * page's only style, allowed by its hash in the page's Content-Security-Policy.
 */
export const REPORT_PAGE_STYLE = `
:root { color-scheme: light; --ink: #1d2330; --muted: #5b6372; --rule: #d9dce3; --accent: #1f5fbf; --mark: #fff1b8; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: var(--ink); font: 17px/1.6 Georgia, "Iowan Old Style", "Times New Roman", serif; }
main { max-width: 46rem; margin: 0 auto; padding: 2.5rem 1.25rem 3rem; }
h1, h2, h3 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.25; }
h1 { font-size: 2rem; margin: 0 0 0.5rem; }
h1 + p em { display: block; font-size: 1.15rem; color: var(--muted); }
h2 { font-size: 1.35rem; margin: 2.5rem 0 0.75rem; padding-top: 1rem; border-top: 2px solid var(--ink); }
h3 { font-size: 1.05rem; margin: 2rem 0 0.5rem; }
p { margin: 0.5rem 0; }
a { color: var(--accent); overflow-wrap: anywhere; }
blockquote { margin: 0.75rem 0; padding: 0.5rem 1rem; border-left: 4px solid var(--rule); background: #f7f8fa; }
blockquote strong { background: var(--mark); font-weight: 600; }
ul { padding-left: 1.25rem; }
main > ul { list-style: none; padding-left: 0; }
main > ul > li { margin: 0.2rem 0; }
main > ul > li > strong:first-child, main > ul > li > p:first-child > strong:first-child { font-family: "Helvetica Neue", Arial, sans-serif; font-size: 0.8rem; letter-spacing: 0.03em; text-transform: uppercase; color: var(--muted); }
table { width: 100%; border-collapse: collapse; margin: 0.75rem 0; font-size: 0.9rem; }
th, td { padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
th { font-family: "Helvetica Neue", Arial, sans-serif; font-size: 0.8rem; text-transform: uppercase; color: var(--muted); }
.align-right { text-align: right; }
code { font-size: 0.9em; overflow-wrap: anywhere; }
del { color: #9b1c1c; }
footer { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem 2rem; color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--rule); }
@page { margin: 18mm 16mm; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2, h3 { break-after: avoid; }
  blockquote, tr, li { break-inside: avoid; }
  a { color: inherit; }
  footer { padding: 1rem 0 0; }
}
`.trim()

/** The stylesheet's CSP source: 'sha256-…' of exactly the text in the page's style element. */
export const REPORT_PAGE_STYLE_SOURCE = `'sha256-${createHash('sha256').update(REPORT_PAGE_STYLE).digest('base64')}'`
