/** What could end or change a `<script>` block around the JSON, or end a line in older JavaScript. */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g

const unicodeEscape = (character: string): string =>
  `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`

/**
 * JSON(-LD) that can be pasted into a page's `<script type="application/ld+json">` as it is: a
 * quote or name holding `</script>` or `<!--` cannot end the block or run on the publisher's
 * site. Those characters only occur inside strings, where `\u` escapes mean the same to any parser.
 * @see https://html.spec.whatwg.org/multipage/scripting.html#restrictions-for-contents-of-script-elements
 */
export const embeddableJson = (value: unknown): string =>
  `${JSON.stringify(value, null, 2).replace(UNSAFE_IN_SCRIPT, unicodeEscape)}\n`
