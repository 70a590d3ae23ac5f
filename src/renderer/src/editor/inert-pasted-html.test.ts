import { describe, expect, it } from 'vitest'
import { inertPastedHtml } from './inert-pasted-html'

describe('inertPastedHtml', () => {
  it.each([
    ['<p>a<script>alert(1)</script>b</p>', '<p>ab</p>'],
    ['<p>a<img src=x onerror="alert(1)">b</p>', '<p>ab</p>'],
    ['<p onclick="alert(1)" style="color:red" class="x">text</p>', '<p>text</p>'],
    [
      '<svg onload="alert(1)"><circle r="5"/><text>svg text</text></svg><p>after</p>',
      '<p>after</p>',
    ],
    ['<iframe src="javascript:alert(1)">inside</iframe><p>after</p>', '<p>after</p>'],
    ['<object data="x.swf">fallback</object><embed src="x.swf"><p>after</p>', '<p>after</p>'],
    ['<style>p { background: url(https://evil.example/) }</style><p>after</p>', '<p>after</p>'],
    ['<p style="width: expression(alert(1))">css</p>', '<p>css</p>'],
    ['<form action="https://evil.example/"><button formaction="x">Go</button></form>', 'Go'],
    [
      '<head><title>t</title><meta http-equiv="refresh" content="0;url=javascript:alert(1)"></head><p>x</p>',
      '<p>x</p>',
    ],
    [
      '<h2 id="h">Heading</h2><div><span style="x">a</span> &amp; <b>b</b></div>',
      '<p>Heading</p><p>a &amp; <b>b</b></p>',
    ],
    [
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    ],
    ['line one<br>line two<br/>', 'line one<br>line two<br>'],
    ['<p>unclosed <script>alert(1)', '<p>unclosed </p>'],
  ])('makes %s inert', (html, expected) => {
    expect(inertPastedHtml(html)).toBe(expected)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java&#9;script:alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;',
    'file:///etc/passwd',
    '\\\\server\\share',
    'ms-msdt:/id PCWDiagnostic',
  ])('drops the link target %j but keeps the words', (href) => {
    expect(inertPastedHtml(`<a href="${href}" target="_blank">words</a>`)).toBe('<a>words</a>')
  })

  it('keeps web and mail links and list numbering, and nothing else', () => {
    expect(
      inertPastedHtml(
        '<ol start="3" type="i"><li><a href="https://example.com/?a=1&amp;b=&quot;2&quot;" rel="x">web</a> ' +
          '<a href="mailto:desk@example.com">mail</a></li></ol><ol start="1e9">x</ol>',
      ),
    ).toBe(
      '<ol start="3"><li><a href="https://example.com/?a=1&amp;b=&quot;2&quot;">web</a> ' +
        '<a href="mailto:desk@example.com">mail</a></li></ol><ol>x</ol>',
    )
  })
})
