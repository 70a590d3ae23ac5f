import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Handlers } from '../../../shared/contract'

/** Two wires carry the same statement word for word; each has a line of its own. */
const SHARED = 'The ministry said the figure was “an estimate” and could change.'

export const CORPUS_ARTICLES = {
  'wire.txt': `Troops reach the border\n\nOfficials said “some 8,000 troops” had arrived in the region on Thursday.\n\n${SHARED}\n\nThe minister’s office declined to comment on the reports.\n`,
  'daily.txt': `A second report on the troops\n\nLocal officials counted the convoys near the border at night.\n\n${SHARED}\n\nResidents described long lines of trucks on the main road.\n`,
  'saved-page.html': `<!doctype html><html><head><meta charset="utf-8"><title>Convoys at the border</title>
<link rel="canonical" href="https://news.example/2026/10/convoys">
<meta property="og:site_name" content="News Example">
<meta property="article:published_time" content="2026-10-30T08:00:00Z">
</head><body><article><h1>Convoys at the border</h1>
<p>Satellite images show 120 vehicles parked near the crossing, analysts said on Friday.</p>
<p>The governor’s spokesman called the images “old and misleading”.</p>
</article></body></html>`,
}

export type CorpusArticles = Record<keyof typeof CORPUS_ARTICLES, string>

/** Imports the corpus articles into a workspace; answers their ids by file name. */
export async function importCorpus(handlers: Handlers, folder: string): Promise<CorpusArticles> {
  const paths = []
  for (const [name, text] of Object.entries(CORPUS_ARTICLES)) {
    paths.push(join(folder, name))
    await writeFile(join(folder, name), text)
  }
  const summary = await handlers['articles.importFiles']({ paths })
  const ids = summary.outcomes.map((outcome) =>
    outcome.status === 'imported' ? outcome.article.id : '',
  )
  return Object.fromEntries(
    Object.keys(CORPUS_ARTICLES).map((name, i) => [name, ids[i]!]),
  ) as CorpusArticles
}

/** A W3C annotation made on someone else's copy of a page. */
export const w3cAnnotation = (
  id: string,
  source: string,
  quote: { exact: string; prefix?: string; suffix?: string },
  tags: string[] = [],
) => ({
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id,
  type: 'Annotation',
  body: tags.map((value) => ({ type: 'TextualBody', purpose: 'tagging', value })),
  target: { source, selector: { type: 'TextQuoteSelector', ...quote } },
})

const ELSEWHERE = 'https://colleague.example/copies/troops'

/** Annotations from another desk: quotes unique, in two articles, absent, and typed differently. */
export const FOREIGN_W3C = {
  type: 'AnnotationPage',
  items: [
    w3cAnnotation('https://desk.example/a/straight-quotes', ELSEWHERE, {
      exact: 'Officials said "some 8,000 troops" had arrived',
    }),
    w3cAnnotation('https://desk.example/a/in-two', ELSEWHERE, {
      exact: 'The ministry said the figure was',
    }),
    w3cAnnotation('https://desk.example/a/absent', ELSEWHERE, {
      exact: 'No article says anything like this sentence',
    }),
    w3cAnnotation('https://desk.example/a/white-space', ELSEWHERE, {
      exact: "The minister's office declined   to\n comment",
    }),
    w3cAnnotation(
      'https://desk.example/a/by-context',
      ELSEWHERE,
      {
        exact: 'The ministry said the figure was',
        prefix: 'convoys near the border at night.\n\n',
      },
      ['figures'],
    ),
    w3cAnnotation(
      'https://desk.example/a/canonical',
      'https://www.news.example/2026/10/convoys/?utm_source=feed#top',
      { exact: '120 vehicles' },
    ),
  ],
}

/** A Hypothesis search result: one annotation in Markdown, a thread of two replies, and a stray reply. */
export const HYPOTHESIS_SEARCH = {
  total: 4,
  rows: [
    {
      id: 'hyp-root',
      created: '2026-10-31T09:15:02.123456+00:00',
      updated: '2026-10-31T09:20:00.000000+00:00',
      user: 'acct:jane@hypothes.is',
      uri: 'https://mirror.example/convoys-copy',
      text: 'The images are **from 2023**, see [the archive](https://archive.example/img).',
      tags: ['images', 'Old photos'],
      target: [
        {
          source: 'https://mirror.example/convoys-copy',
          selector: [
            {
              type: 'RangeSelector',
              startContainer: '/p[2]',
              startOffset: 0,
              endContainer: '/p[2]',
              endOffset: 30,
            },
            { type: 'TextPositionSelector', start: 4000, end: 4040 },
            {
              type: 'TextQuoteSelector',
              exact: 'called the images “old and misleading”',
              prefix: 'spokesman ',
              suffix: '.',
            },
          ],
        },
      ],
      document: { title: ['Convoys at the border (mirror)'] },
    },
    {
      id: 'hyp-reply-1',
      created: '2026-10-31T10:00:00.000000+00:00',
      user: 'acct:sam@hypothes.is',
      user_info: { display_name: 'Sam Lee' },
      uri: 'https://mirror.example/convoys-copy',
      text: 'Agreed: *same* trucks in the 2023 footage.',
      tags: [],
      references: ['hyp-root'],
      target: [{ source: 'https://mirror.example/convoys-copy' }],
    },
    {
      id: 'hyp-reply-2',
      created: '2026-10-31T11:00:00.000000+00:00',
      user: 'acct:jane@hypothes.is',
      uri: 'https://mirror.example/convoys-copy',
      text: 'Thanks, adding it to the finding.',
      references: ['hyp-root', 'hyp-reply-1'],
      target: [{ source: 'https://mirror.example/convoys-copy' }],
    },
    {
      id: 'hyp-stray',
      user: 'acct:kim@hypothes.is',
      uri: 'https://mirror.example/convoys-copy',
      text: 'A reply whose thread is elsewhere.',
      references: ['hyp-not-here'],
      target: [{ source: 'https://mirror.example/convoys-copy' }],
    },
  ],
}
