import fc from 'fast-check'
import { HOSTILE_URLS, WEB_URLS } from '../testing/hostile-urls'

/** Keys that pollute a prototype or shadow a built-in when code copies an object carelessly. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'then',
] as const

/** Strings that break naive code: control and bidi characters, lone surrogates, paths, markup, huge. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\r\n\r\n',
  '\t',
  '\u202eevil\u202c',
  '\u200b',
  '\ufeff',
  '\ud800',
  '\udfff',
  '🙂',
  '👨‍👩‍👧‍👦'.repeat(50),
  'e\u0301'.repeat(100),
  '../../../../etc/passwd',
  '..\\..\\windows\\system32',
  '/dev/zero',
  'C:\\CON',
  'CON',
  'NUL.txt',
  '%2e%2e%2f',
  '%00',
  '${process.exit()}',
  '{{constructor.constructor("return process")()}}',
  "'; DROP TABLE claims; --",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  '{"__proto__":{"polluted":true}}',
  'x'.repeat(70),
  'x'.repeat(301),
  'x'.repeat(100_000),
  '\n'.repeat(10_000),
  'a\u2028b\u2029c',
  '#ff0000',
  '#FFFFFF',
  'NaN',
  '-1',
  '1e309',
] as const

/** One UTF-16 code unit at a time, so lone surrogate halves turn up too. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit))

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: codeUnit, maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ maxLength: 40 }),
)

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    -1,
    -0,
    0,
    1,
    0.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    2 ** 31,
    2 ** 32,
    2 ** 53,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    -(2 ** 53),
  ),
  fc.integer(),
  fc.double(),
)

/** An object or array nested `depth` levels deep, built without recursion. */
function nested(depth: number, asArray: boolean): unknown {
  let value: unknown = 'bottom'
  for (let level = 0; level < depth; level++) value = asArray ? [value] : { a: value }
  return value
}

/** JSON text for any value: bigints as strings; a cycle or a value too deep for JSON as null. */
export function jsonText(value: unknown): string {
  try {
    return (
      JSON.stringify(value, (_key, item: unknown) =>
        typeof item === 'bigint' ? String(item) : item,
      ) ?? 'null'
    )
  } catch {
    return 'null'
  }
}

/** An object whose own keys include `__proto__` and friends, as JSON.parse makes them. */
export const withPrototypeKeys = (value: unknown): unknown => {
  const keys = PROTOTYPE_KEYS.map((key) => `"${key}":{"polluted":true}`).join(',')
  const body = jsonText(value ?? {})
  if (!body.startsWith('{')) return JSON.parse(`{${keys}}`)
  return JSON.parse(body === '{}' ? `{${keys}}` : `{${keys},${body.slice(1)}`)
}

const cyclic = (): unknown => {
  const value: Record<string, unknown> = { name: 'loop' }
  value.self = value
  return value
}

/** Anything at all, weighted towards what breaks code: deep, cyclic, prototype keys, odd types. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(null, undefined, true, false, [], {}, 0n, Symbol('x')),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(130, 1000, 20_000)
      .chain((depth) => fc.boolean().map((asArray) => nested(depth, asArray))),
  },
  { weight: 1, arbitrary: fc.constant(null).map(cyclic) },
  {
    weight: 2,
    arbitrary: fc.anything({
      maxDepth: 4,
      withNullPrototype: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withBigInt: true,
      withBoxedValues: true,
    }),
  },
  {
    weight: 1,
    arbitrary: fc
      .dictionary(fc.constantFrom(...PROTOTYPE_KEYS), fc.anything({ maxDepth: 2 }))
      .map(withPrototypeKeys),
  },
)

const validOfMixed = new WeakMap<fc.Arbitrary<unknown>, fc.Arbitrary<unknown>>()

/** Valid now and then, hostile more often, so both the checks and the services run. */
export const mostlyValid = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> => {
  const mixed = fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: hostileValue })
  validOfMixed.set(mixed, valid)
  return mixed
}

/** The valid half of a `mostlyValid` arbitrary (or the arbitrary itself). */
export const validOf = (arbitrary: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  validOfMixed.get(arbitrary) ?? arbitrary

export const validId = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/)

export const colour = fc.oneof(
  fc.stringMatching(/^#[0-9a-fA-F]{6}$/),
  fc.constantFrom(
    '#ff0000',
    'red',
    'url(javascript:alert(1))',
    '#fff',
    '#ff0000;background:url(x)',
  ),
)

export const linkUrl = fc.oneof(
  fc.constantFrom<string>(...HOSTILE_URLS, ...WEB_URLS, 'mailto:desk@example.org'),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  hostileString,
)

/** A TipTap notes document, often valid, with hostile text, link marks and nesting. */
export const notesDoc: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      type: fc.constant('text'),
      text: hostileString,
      marks: fc.array(
        fc.oneof(
          fc.record({ type: fc.constantFrom('bold', 'italic', 'script', '__proto__') }),
          fc.record({ type: fc.constant('link'), attrs: fc.record({ href: linkUrl }) }),
        ),
        { maxLength: 3 },
      ),
    }),
    fc.record({ type: fc.constantFrom('hardBreak', 'image', 'iframe') }),
    fc.record({
      type: fc.constantFrom('paragraph', 'bulletList', 'orderedList', 'listItem', 'heading'),
      attrs: fc.oneof(fc.constant({}), fc.record({ onclick: hostileString })),
      content: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ),
  doc: fc.record({
    type: fc.constantFrom('doc', 'html'),
    content: fc.array(tie('node'), { maxLength: 5 }),
  }),
})).doc
