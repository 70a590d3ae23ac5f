import { z } from 'zod'

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
  })
  .loose()
export type ImportedAnnotation = z.infer<typeof ImportedAnnotation>

const Page = z.object({ type: z.literal('AnnotationPage'), items: z.array(z.unknown()) }).loose()
const Collection = z
  .object({ type: z.literal('AnnotationCollection'), first: Page.optional() })
  .loose()

/** The annotations in a document: a collection with an embedded first page, a page, a list, or one. */
export function annotationsIn(document: unknown): unknown[] {
  const collection = Collection.safeParse(document)
  if (collection.success) return collection.data.first?.items ?? []
  const page = Page.safeParse(document)
  if (page.success) return page.data.items
  return Array.isArray(document) ? document : [document]
}
