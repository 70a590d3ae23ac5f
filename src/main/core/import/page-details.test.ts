import { describe, expect, it } from 'vitest'
import { parseHtmlArticle } from './html-article'

const BODY = `<article><h1>Troops Reach Kursk</h1>
<p>${'Some 8,000 North Korean soldiers are in the Kursk region, officials said on Thursday. '.repeat(5)}</p>
<p>${'The ministry did not comment on the reports from the region near the border. '.repeat(5)}</p>
</article>`

const page = (head: string, body = BODY) =>
  `<!doctype html><html><head><title>Troops Reach Kursk</title>${head}</head><body>${body}</body></html>`

const jsonLd = (data: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(data)}</script>`

const parse = (html: string, pageUrl?: string) =>
  parseHtmlArticle(html, 'page.html', 'page', pageUrl)

describe('who published a web page and when', () => {
  it('reads a NewsArticle in a JSON-LD graph, following its @id links', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': 'https://daily.example/#site', name: 'Daily site' },
        {
          '@type': ['NewsArticle'],
          headline: 'Troops Reach Kursk',
          url: 'https://daily.example/world/troops',
          datePublished: '2024-11-01T09:30:00+00:00',
          dateModified: '2024-11-02T10:00:00+00:00',
          author: [
            { '@id': 'https://daily.example/#jane' },
            { '@type': 'Person', name: 'Sam Lee' },
          ],
          publisher: { '@id': 'https://daily.example/#org' },
        },
        { '@type': 'Person', '@id': 'https://daily.example/#jane', name: 'Jane Doe' },
        {
          '@type': 'NewsMediaOrganization',
          '@id': 'https://daily.example/#org',
          name: 'The Daily Check',
        },
      ],
    }
    expect(parse(page(jsonLd(graph)))).toMatchObject({
      site: 'The Daily Check',
      byline: 'Jane Doe, Sam Lee',
      published: '2024-11-01T09:30:00+00:00',
      updated: '2024-11-02T10:00:00+00:00',
      url: 'https://daily.example/world/troops',
      canonicalUrl: 'https://daily.example/world/troops',
    })
  })

  it('reads Open Graph and article meta tags when there is no structured data', () => {
    const head = `<meta property="og:site_name" content="Kursk Courier">
<meta name="author" content="Ivan Petrov">
<meta property="article:published_time" content="2024-10-30T08:00:00Z">
<meta property="article:modified_time" content="2024-10-31T12:00:00Z">
<meta property="og:url" content="https://courier.example/kursk?ref=og">`
    expect(parse(page(head))).toMatchObject({
      site: 'Kursk Courier',
      byline: 'Ivan Petrov',
      published: '2024-10-30T08:00:00Z',
      updated: '2024-10-31T12:00:00Z',
      canonicalUrl: 'https://courier.example/kursk?ref=og',
    })
  })

  it('prefers the canonical link, and takes dates from <time> elements as a last resort', () => {
    const head = `<link rel="canonical" href="https://courier.example/kursk">
<meta property="og:url" content="https://courier.example/kursk?ref=og">
<meta property="article:author" content="https://courier.example/authors/ivan">`
    const body = BODY.replace(
      '<h1>Troops Reach Kursk</h1>',
      '<h1>Troops Reach Kursk</h1><time datetime="2024-10-30">30 October</time> <time itemprop="dateModified" datetime="2024-10-31T12:00:00Z">updated</time>',
    )
    const parsed = parse(page(head, body))
    expect(parsed).toMatchObject({
      published: '2024-10-30',
      updated: '2024-10-31T12:00:00Z',
      canonicalUrl: 'https://courier.example/kursk',
    })
    // An author given only as a profile address is no byline.
    expect(parsed.byline).toBeUndefined()
  })

  it('passes over broken structured data and keeps what the meta tags say', () => {
    const head = `<script type="application/ld+json">{ "@type": "NewsArticle", </script>
<meta property="og:site_name" content="Kursk Courier">`
    expect(parse(page(head))).toMatchObject({ site: 'Kursk Courier' })
  })

  it('keeps where a fetched page came from beside the address it names as its own', () => {
    const head = `<link rel="canonical" href="/world/troops">`
    expect(parse(page(head), 'https://m.daily.example/world/troops?amp=1')).toMatchObject({
      url: 'https://m.daily.example/world/troops?amp=1',
      canonicalUrl: 'https://m.daily.example/world/troops',
    })
  })

  it('keeps only web addresses', () => {
    const head = `<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="file:///etc/passwd">`
    const parsed = parse(page(head))
    expect(parsed.url).toBeUndefined()
    expect(parsed.canonicalUrl).toBeUndefined()
  })
})
