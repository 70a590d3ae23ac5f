import fc from 'fast-check'
import type { z } from 'zod'
import { ClaimStatus, type Claim, type VerdictScale } from '../../../shared/claim-model'
import { contract, type CallName } from '../../../shared/contract'
import {
  colour,
  hostileNumber,
  hostileString,
  hostileValue,
  jsonText,
  linkUrl,
  mostlyValid,
  validOf,
  notesDoc,
  PROTOTYPE_KEYS,
  validId,
  withPrototypeKeys,
} from './hostile-values'

/** What is in the desk right now, so inputs can name real articles, claims and tags. */
export type DeskState = {
  articleIds: string[]
  claims: Claim[]
  tagIds: string[]
  verdictScale: VerdictScale
  w3cExport: string
  /** Files and folders inside a sandbox; the only paths the import calls are given. */
  sandboxPaths: string[]
}

/**
 * Addresses that cannot reach the network: invalid, other schemes, or loopback/private/link-local
 * hosts that the desk refuses before connecting (the fuzz runs offline and must never fetch).
 */
const OFFLINE_URLS = [
  'not a url',
  'http://',
  'https://[::1',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'ftp://127.0.0.1/x',
  'http://127.0.0.1:1/',
  'http://localhost/',
  'http://[::1]:9/',
  'http://10.0.0.1/',
  'http://192.168.0.1/',
  'http://169.254.169.254/latest/meta-data/',
  'http://0x7f.1/',
  'https://[fe80::1]/',
]

/** Text that is never a desk server's address, so no call given it reaches the network. */
const notADeskServer = fc.oneof(
  fc.constantFrom('not a url', 'ftp://x', 'ws://'),
  hostileString.filter((text) => !/^\s*(ws|http)s?:\/\/[^/]/i.test(text)),
)

const pick = <T>(values: readonly T[], fallback: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  values.length ? fc.oneof(fc.constantFrom(...values), fallback) : fallback

const offset = mostlyValid(fc.oneof(fc.nat({ max: 4000 }), hostileNumber))

function keyInputs(name: CallName, state: DeskState): Record<string, fc.Arbitrary<unknown>> {
  const articleId = mostlyValid(pick(state.articleIds, validId))
  const claimId = mostlyValid(
    pick(
      state.claims.map((claim) => claim.id),
      validId,
    ),
  )
  const tagId = mostlyValid(pick(state.tagIds, validId))
  const verdictIds = state.verdictScale.verdicts.map((verdict) => verdict.id)
  const verdictId = mostlyValid(pick(verdictIds, validId))
  const status = mostlyValid(fc.constantFrom(...ClaimStatus.options))
  const source = fc.record({ id: validId, url: linkUrl, title: hostileString, note: hostileString })
  const tag = fc.record({ id: validId, name: hostileString, colour })
  const claimPatch = fc.record(
    {
      tagIds: mostlyValid(fc.array(tagId, { maxLength: 60 })),
      verdictId,
      claimant: mostlyValid(hostileString),
      status,
      notes: notesDoc,
      sources: mostlyValid(fc.array(source, { maxLength: 5 })),
    },
    { requiredKeys: [] },
  )
  const claim = pick(state.claims, fc.constant(undefined)).chain((base) =>
    fc
      .record(
        {
          id: claimId,
          articleId,
          quote: fc.record({ exact: hostileString, prefix: hostileString, suffix: hostileString }),
          position: fc.record({ start: offset, end: offset }),
          anchor: fc.record({
            state: fc.constantFrom('anchored', 'moved', 'needs-review', 'orphaned', 'evil'),
            confidence: hostileNumber,
          }),
          tagIds: fc.array(tagId, { maxLength: 3 }),
          notes: notesDoc,
          groupId: mostlyValid(validId),
          createdAt: mostlyValid(
            fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
          ),
        },
        { requiredKeys: [] },
      )
      .map((changes) => ({ ...base, ...changes })),
  )
  const verdict = fc.record({
    id: mostlyValid(pick(verdictIds, validId)),
    label: hostileString,
    value: fc.oneof(fc.constant(null), fc.integer({ min: -100, max: 100 }), hostileNumber),
    colour,
  })
  const shared: Record<string, fc.Arbitrary<unknown>> = {
    articleId,
    claimId,
    tagId,
    sourceId: tagId,
    targetId: tagId,
    start: offset,
    end: offset,
    tagIds: mostlyValid(fc.array(tagId, { maxLength: 60 })),
    verdictId,
    claimant: mostlyValid(hostileString),
    status,
    name: mostlyValid(hostileString),
    colour: mostlyValid(colour),
    patch: mostlyValid(
      fc.oneof(
        claimPatch,
        // A patch a card could send, hostile only in its free text and links.
        fc.record(
          {
            tagIds: fc.uniqueArray(pick(state.tagIds, validId), { maxLength: 5 }),
            verdictId: pick(verdictIds, validId),
            claimant: fc.string({ maxLength: 300 }),
            status: fc.constantFrom(...ClaimStatus.options),
            sources: fc.array(
              fc.record({
                id: validId,
                url: fc.webUrl(),
                title: fc.string({ maxLength: 300 }),
                note: hostileString.filter((text) => text.length <= 2000),
              }),
              { maxLength: 3 },
            ),
          },
          { requiredKeys: [] },
        ),
      ),
    ),
    claim: fc.oneof(
      state.claims.length ? fc.constantFrom(...state.claims) : claim,
      mostlyValid(claim),
    ),
    removal: fc.record({
      tag,
      position: offset,
      claimIds: fc.array(claimId, { maxLength: 5 }),
    }),
    undoMerge: fc.record({ targetId: tagId, claimIds: fc.array(claimId, { maxLength: 5 }) }),
    verdictScale: mostlyValid(
      fc.record({
        verdicts: fc.oneof(
          fc.constant(state.verdictScale.verdicts),
          fc.array(verdict, { minLength: 0, maxLength: 32 }),
        ),
        bestValue: fc.oneof(fc.integer({ min: -100, max: 100 }), hostileNumber),
        worstValue: fc.oneof(fc.integer({ min: -100, max: 100 }), hostileNumber),
        unratedId: mostlyValid(pick(verdictIds, validId)),
      }),
    ),
    url: mostlyValid(linkUrl),
    scope: mostlyValid(
      fc.oneof(
        fc.constant({ kind: 'all' }),
        fc.record({ kind: fc.constant('article'), articleId }),
        fc.record(
          { kind: fc.constant('filter'), tagId, verdictId, status },
          { requiredKeys: ['kind'] },
        ),
      ),
    ),
    format: mostlyValid(fc.constantFrom('md', 'csv', 'w3c', 'claimreview')),
    content: mostlyValid(
      fc.oneof(
        fc.constant(state.w3cExport),
        fc
          .tuple(fc.nat(), fc.nat())
          .map(
            ([from, to]) =>
              state.w3cExport.slice(0, from % 4000) + state.w3cExport.slice(to % 8000),
          ),
        fc.anything({ maxDepth: 4 }).map(jsonText),
        fc
          .record({ type: fc.constant('Annotation'), target: hostileValue, body: hostileValue })
          .map((annotation) => jsonText({ items: [annotation] })),
        hostileString,
      ),
    ),
    target: mostlyValid(fc.record({ articleId, start: offset, end: offset })),
    // Import calls only ever see paths inside the sandbox: a fuzzed "/" must not walk the disk.
    paths: mostlyValid(
      fc.array(fc.constantFrom(...state.sandboxPaths), { minLength: 1, maxLength: 6 }),
    ),
    path: mostlyValid(fc.constantFrom(...state.sandboxPaths)),
    // Opening a folder as a workspace writes a store into it and imports it: sandbox or relative only.
    folder: fc.oneof(
      fc.constantFrom(...state.sandboxPaths),
      hostileString.filter((text) => !text.trim().startsWith('/')),
    ),
    files: mostlyValid(
      fc.array(
        fc.record({
          name: mostlyValid(
            fc.oneof(
              fc.constantFrom(
                'a.txt',
                'b.html',
                'c.md',
                'd.pdf',
                'e.docx',
                '../../x.txt',
                'CON.txt',
              ),
              hostileString.map((text) => `${text}.txt`),
              hostileString,
            ),
          ),
          contentBase64: mostlyValid(
            fc.oneof(
              fc
                .uint8Array({ maxLength: 400 })
                .map((bytes) => Buffer.from(bytes).toString('base64')),
              hostileString.map((text) => Buffer.from(`Headline\n\n${text}`).toString('base64')),
              hostileString,
            ),
          ),
        }),
        { maxLength: 3 },
      ),
    ),
    text: mostlyValid(hostileString),
  }
  const perCall: Partial<Record<CallName, Record<string, fc.Arbitrary<unknown>>>> = {
    'settings.update': {
      patch: mostlyValid(
        fc.record(
          {
            colourBy: mostlyValid(fc.constantFrom('verdict', 'tag')),
            publisherName: mostlyValid(hostileString),
            publisherUrl: mostlyValid(fc.oneof(fc.constant(''), linkUrl)),
          },
          { requiredKeys: [] },
        ),
      ),
    },
    'articles.updateDetails': {
      details: mostlyValid(
        fc.record({
          title: mostlyValid(hostileString),
          site: mostlyValid(hostileString),
          byline: mostlyValid(hostileString),
          published: mostlyValid(fc.constantFrom('', '2024-11-04', '2024-02-30', '31/10/2024')),
          url: mostlyValid(fc.oneof(fc.constant(''), linkUrl)),
        }),
      ),
    },
    // Offline: see OFFLINE_URLS.
    'articles.importUrl': {
      url: fc.oneof(fc.constantFrom(...OFFLINE_URLS), hostileString.filter(isOffline)),
    },
    'sources.archiveUrl': {
      url: fc.oneof(fc.constantFrom(...OFFLINE_URLS), hostileString.filter(isOffline)),
    },
    // Never an address a desk server could be at, so nothing is asked of the network (nor, for a
    // join, is any folder made: the address is checked first).
    'desk.join': {
      server: notADeskServer,
    },
    'desk.share': {
      server: notADeskServer,
    },
  }
  return { ...shared, ...perCall[name] }
}

/** True for text that does not parse as an http(s) URL, so it can never be fetched. */
function isOffline(text: string): boolean {
  try {
    return !/^https?:$/.test(new URL(text).protocol)
  } catch {
    return true
  }
}

const shapeOf = (name: CallName): Record<string, z.ZodType> | undefined => {
  const schema = contract[name].input as unknown as { shape?: Record<string, z.ZodType> }
  return schema.shape
}

/**
 * Inputs for one call: anything at all; the call's own keys with hostile values (some keys left
 * out); and the same with prototype keys and an unknown key mixed in.
 */
export function callInputs(name: CallName, state: DeskState): fc.Arbitrary<unknown> {
  const shape = shapeOf(name) ?? {}
  const keys = Object.keys(shape)
  const required = keys.filter((key) => !shape[key]?.safeParse(undefined).success)
  const inputs = keyInputs(name, state)
  const model = Object.fromEntries(keys.map((key) => [key, inputs[key] ?? hostileValue]))
  const someClaim = state.claims.length ? fc.constantFrom(...state.claims) : fc.constant(undefined)
  const realRange = someClaim.chain((claim) =>
    fc
      .record({ start: fc.nat({ max: 400 }), length: fc.integer({ min: 1, max: 80 }) })
      .map(({ start, length }) => ({
        articleId: claim?.articleId ?? state.articleIds[0],
        claimId: claim?.id,
        start,
        end: start + length,
        target: {
          articleId: state.articleIds[start % state.articleIds.length],
          start,
          end: start + length,
        },
      })),
  )
  /** The call's own keys, with a real article and claim and a range that is the right way round. */
  const validModel = Object.fromEntries(
    keys.map((key) => [key, validOf(inputs[key] ?? hostileValue)]),
  )
  const onTarget = fc
    .tuple(fc.record(validModel, { requiredKeys: required }), realRange)
    .map(([input, real]) => ({
      ...input,
      ...Object.fromEntries(Object.entries(real).filter(([key]) => keys.includes(key))),
    }))
  const shaped = fc.oneof(
    { weight: 1, arbitrary: fc.record(model) },
    { weight: 1, arbitrary: onTarget },
  )
  const partial = fc.record(model, { requiredKeys: [] })
  return fc.oneof(
    { weight: 6, arbitrary: shaped },
    { weight: 2, arbitrary: partial },
    { weight: 1, arbitrary: shaped.map(withPrototypeKeys) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(shaped, fc.constantFrom('extra', ...PROTOTYPE_KEYS), hostileValue)
        .map(([input, key, value]) => Object.assign(Object.create(null), input, { [key]: value })),
    },
    { weight: 1, arbitrary: hostileValue },
  )
}
