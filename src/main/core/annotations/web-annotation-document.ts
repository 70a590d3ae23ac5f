import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import {
  CheckedAgainst,
  ClaimOrigin,
  EMPTY_NOTES,
  type NotesDoc,
  type Source,
} from '../../../shared/claim-model'
import { markdownToNotes, plainTextToNotes } from '../reports/notes-from-markdown'
import { CLAIM_URN_PREFIX } from '../reports/report-data'
import { labelOf, quoteAndPosition, unreadable, type ReadItem } from './foreign-annotation'

/** One or many: the W3C model lets most properties hold a single value or an array. */
const oneOrMany = <T extends z.ZodType>(schema: T) =>
  z.union([schema, z.array(schema)]).transform((value) => (Array.isArray(value) ? value : [value]))

const Selector = z.object({ type: z.string() }).loose()

const Target = z.union([
  z.string().transform((source) => ({ source, selector: [] as z.infer<typeof Selector>[] })),
  z.object({ source: z.string(), selector: oneOrMany(Selector).optional().default([]) }).loose(),
])

const Body = z.union([
  z.string().transform((source) => ({ source }) as Record<string, unknown>),
  z.record(z.string(), z.unknown()),
])

/** An annotation as other tools write it too: only a target is required; unknown properties are ignored. */
export const ImportedAnnotation = z
  .object({
    id: z.string().optional(),
    type: oneOrMany(z.string()).refine(
      (types) => types.includes('Annotation'),
      'not an Annotation',
    ),
    created: z.string().optional(),
    modified: z.string().optional(),
    body: oneOrMany(Body).optional().default([]),
    target: oneOrMany(Target),
    'claimdesk:claimant': z.string().optional(),
    'claimdesk:status': z.string().optional(),
    'claimdesk:group': z.string().optional(),
    'claimdesk:origin': ClaimOrigin.optional().catch(undefined),
    'claimdesk:checkedAgainst': CheckedAgainst.optional().catch(undefined),
  })
  .loose()
export type ImportedAnnotation = z.infer<typeof ImportedAnnotation>

const Page = z.object({ type: z.literal('AnnotationPage'), items: z.array(z.unknown()) }).loose()
const Collection = z
  .object({ type: z.literal('AnnotationCollection'), first: Page.optional() })
  .loose()

/** The items of a W3C container (a collection with an embedded first page, or a page); undefined for anything else. */
export function webAnnotationItems(document: unknown): unknown[] | undefined {
  const collection = Collection.safeParse(document)
  if (collection.success) return collection.data.first?.items ?? []
  const page = Page.safeParse(document)
  return page.success ? page.data.items : undefined
}

type Body = Record<string, unknown>

const text = (value: unknown) => (typeof value === 'string' ? value : '')
const bodiesFor = (bodies: Body[], purpose: string) =>
  bodies.filter((body) => body.purpose === purpose)

function notesOf(body: Body | undefined): NotesDoc {
  if (!body) return EMPTY_NOTES
  return body.format === 'text/markdown'
    ? markdownToNotes(text(body.value))
    : plainTextToNotes(text(body.value))
}

/** The verdict is the plain assessment; the finding, the one in Markdown (see web-annotation-report). */
const isFinding = (body: Body) => body.format === 'text/markdown'

function sourcesOf(bodies: Body[]): Source[] {
  return bodiesFor(bodies, 'linking')
    .map((body) => ({
      url: typeof body.source === 'object' ? text((body.source as Body).id) : text(body.source),
      body,
    }))
    .filter(({ url }) => !url.startsWith(CLAIM_URN_PREFIX))
    .map(({ url, body }) => ({
      id: `s${randomBytes(6).toString('base64url')}`,
      url,
      title: text(body.label).slice(0, 300),
      note: text(body['claimdesk:note']).slice(0, 2000),
    }))
}

/** One item of a W3C document in the one shape every annotation is read into. */
export function readWebAnnotation(raw: unknown, index: number): ReadItem {
  const parsed = ImportedAnnotation.safeParse(raw)
  if (!parsed.success) return unreadable(index, raw, 'a Web Annotation', parsed.error)
  const annotation = parsed.data
  const target = annotation.target[0]!
  const bodies = annotation.body as Body[]
  const assessments = bodiesFor(bodies, 'assessing')
  return {
    index,
    label: labelOf(raw, index),
    id: annotation.id,
    source: target.source,
    ...quoteAndPosition(target.selector, true),
    tags: bodiesFor(bodies, 'tagging').map((body) => text(body.value)),
    verdict: text(assessments.find((body) => !isFinding(body))?.value),
    finding: notesOf(assessments.find(isFinding)),
    notes: notesOf(bodiesFor(bodies, 'commenting')[0]),
    sources: sourcesOf(bodies),
    claimant: annotation['claimdesk:claimant'],
    status: annotation['claimdesk:status'],
    groupId: annotation['claimdesk:group'],
    created: annotation.created,
    modified: annotation.modified,
    origin: annotation['claimdesk:origin'],
    checkedAgainst: annotation['claimdesk:checkedAgainst'],
  }
}
