import * as Y from 'yjs'
import type { Article } from '../../../shared/article-model'
import {
  Claim,
  type ReviewNote,
  type Source,
  type Tag,
  type VerdictScale,
} from '../../../shared/claim-model'
import type { DeskConflict, VerdictEntry } from '../../../shared/desk-model'

/**
 * A desk's Yjs documents. The index ("index") holds the articles, tags, verdict scale and members;
 * each article has its own ("article-ID") holding its fixed text and its claims.
 */
export const deskIndexOf = (document: Y.Doc) => ({
  articles: document.getMap<Pick<Article, 'id' | 'title'>>('articles'),
  tags: document.getMap<Tag>('tags'),
  settings: document.getMap<VerdictScale>('settings'),
  members: document.getMap<{ name: string; role: string }>('members'),
})

/** The article's text, set once when the article joins the desk and never edited. */
export const articleTextOf = (document: Y.Doc) => document.getMap<string>('article').get('text')

export function setArticleText(document: Y.Doc, text: string): void {
  const article = document.getMap<string>('article')
  if (!article.has('text')) article.set('text', text)
}

export const claimsOf = (document: Y.Doc) => document.getMap<Y.Map<unknown>>('claims')

export type { VerdictEntry }
export type ClaimConflict = DeskConflict

/** Who changed the claim and when: `claim.edits` only grows, so a delete can tell what it saw. */
type EditEntry = { by: string; at: string }

const entryKey = (entry: VerdictEntry) => `${entry.by}@${entry.at}`

const SCALAR_FIELDS = [
  'id',
  'articleId',
  'quote',
  'position',
  'anchor',
  'claimant',
  'status',
  'finding',
  'notes',
  'groupId',
  'origin',
  'checkedAgainst',
  'author',
  'approval',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof Claim)[]

const verdictsOf = (claim: Y.Map<unknown>) => claim.get('verdicts') as Y.Array<VerdictEntry>
const editsOf = (claim: Y.Map<unknown>) => claim.get('edits') as Y.Array<EditEntry>
const tagsOf = (claim: Y.Map<unknown>) => claim.get('tags') as Y.Map<true>
const sourcesOf = (claim: Y.Map<unknown>) => claim.get('sources') as Y.Map<Source>
/** Keyed by id, so notes two reviewers add at once are both kept; absent on claims shared before notes. */
const reviewNotesOf = (claim: Y.Map<unknown>) =>
  claim.get('reviewNotes') as Y.Map<ReviewNote> | undefined

/** Adds the notes the claim's desk copy lacks; a note is never changed or taken out. */
function addReviewNotes(claim: Y.Map<unknown>, notes: readonly ReviewNote[]) {
  let map = reviewNotesOf(claim)
  if (!map) claim.set('reviewNotes', (map = new Y.Map<ReviewNote>()))
  for (const note of notes) if (!map.has(note.id)) map.set(note.id, note)
}

function reviewNotesField(claim: Y.Map<unknown>): Pick<Claim, 'reviewNotes'> {
  const notes = [...(reviewNotesOf(claim)?.values() ?? [])]
  notes.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))
  return notes.length > 0 ? { reviewNotes: notes } : {}
}

/** A store claim as its Y.Map: its fields, tags and sources keyed by id, and a verdict log. */
export function claimToYMap(claim: Claim, by: string): Y.Map<unknown> {
  const map = new Y.Map<unknown>()
  for (const field of SCALAR_FIELDS) if (claim[field] !== undefined) map.set(field, claim[field])
  map.set('tags', new Y.Map(claim.tagIds.map((id) => [id, true])))
  map.set('sources', new Y.Map(claim.sources.map((source) => [source.id, source])))
  map.set('reviewNotes', new Y.Map((claim.reviewNotes ?? []).map((note) => [note.id, note])))
  const first: VerdictEntry = { by, verdict: claim.verdictId, replaces: null, at: claim.updatedAt }
  map.set('verdicts', Y.Array.from([first]))
  map.set('edits', new Y.Array<EditEntry>())
  return map
}

/** Makes `map` hold `wanted`, touching only the keys whose values differ. */
function replaceKeys<T>(map: Y.Map<T>, wanted: Map<string, T>) {
  for (const key of [...map.keys()]) if (!wanted.has(key)) map.delete(key)
  for (const [key, value] of wanted)
    if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, value)
}

/** The fields a member may change on a claim after it is made. */
export const EDITABLE_FIELDS = SCALAR_FIELDS.filter(
  (field) =>
    field !== 'id' && field !== 'articleId' && field !== 'createdAt' && field !== 'updatedAt',
)

/** The entries no other entry replaced: the verdicts in force. */
function verdictHeads(claim: Y.Map<unknown>): VerdictEntry[] {
  const entries = verdictsOf(claim).toArray()
  const replaced = new Set(entries.map((entry) => entry.replaces))
  return entries.filter((entry) => !replaced.has(entryKey(entry)))
}

const latestFirst = (a: { at: string }, b: { at: string }) => b.at.localeCompare(a.at)

/** A claim's Y.Map as a store claim, checked like any input; under a conflict, the latest verdict. */
export function claimFromYMap(claim: Y.Map<unknown>): Claim {
  const fields = Object.fromEntries(SCALAR_FIELDS.map((field) => [field, claim.get(field)]))
  return Claim.parse({
    ...fields,
    tagIds: [...tagsOf(claim).keys()].sort(),
    sources: [...sourcesOf(claim).values()],
    ...reviewNotesField(claim),
    verdictId: verdictHeads(claim).sort(latestFirst)[0]?.verdict,
  })
}

/** Sets a verdict, replacing every verdict in force: this resolves a verdict conflict. */
export function setVerdict(
  claim: Y.Map<unknown>,
  entry: { by: string; verdict: string; at: string },
) {
  claim.doc!.transact(() => {
    const heads = verdictHeads(claim)
    verdictsOf(claim).push(
      heads.length === 0
        ? [{ ...entry, replaces: null }]
        : heads.map((head) => ({ ...entry, replaces: entryKey(head) })),
    )
    editsOf(claim).push([{ by: entry.by, at: entry.at }])
  })
}

/** Changes some of a claim's fields (an undefined one is removed), tags or sources, noting who did. */
export function editClaim(
  claim: Y.Map<unknown>,
  edit: {
    by: string
    at: string
    fields?: Partial<Pick<Claim, (typeof SCALAR_FIELDS)[number]>>
    tagIds?: readonly string[]
    sources?: readonly Source[]
    /** Reviewers' notes to add. */
    reviewNotes?: readonly ReviewNote[]
  },
): void {
  claim.doc!.transact(() => {
    for (const [field, value] of Object.entries(edit.fields ?? {}))
      if (value === undefined) claim.delete(field)
      else claim.set(field, value)
    if (edit.tagIds) replaceKeys(tagsOf(claim), new Map(edit.tagIds.map((id) => [id, true])))
    if (edit.sources)
      replaceKeys(sourcesOf(claim), new Map(edit.sources.map((source) => [source.id, source])))
    if (edit.reviewNotes) addReviewNotes(claim, edit.reviewNotes)
    claim.set('updatedAt', edit.at)
    editsOf(claim).push([{ by: edit.by, at: edit.at }])
  })
}

/** Deletes softly: the claim stays, marked, with the number of edits its deleter had seen. */
export function softDelete(claim: Y.Map<unknown>, by: string, at: string): void {
  claim.doc!.transact(() => {
    claim.set('deletedAt', at)
    claim.set('deletedBy', by)
    claim.set('deletedAfterEdits', editsOf(claim).length)
  })
}

/** An edit the deleter had not seen brings a deleted claim back, for review. */
const wasEditedUnseen = (claim: Y.Map<unknown>) =>
  editsOf(claim).length > (claim.get('deletedAfterEdits') as number)

export const isDeleted = (claim: Y.Map<unknown>): boolean =>
  claim.has('deletedAt') && !wasEditedUnseen(claim)

/** What members did at the same time that the desk cannot settle alone. */
export function conflictsOf(claim: Y.Map<unknown>): ClaimConflict[] {
  const conflicts: ClaimConflict[] = []
  const heads = verdictHeads(claim)
  if (new Set(heads.map((entry) => entry.verdict)).size > 1)
    conflicts.push({ kind: 'verdicts', entries: heads.sort(latestFirst) })
  if (claim.has('deletedAt') && wasEditedUnseen(claim))
    conflicts.push({
      kind: 'deleted-while-edited',
      deletedBy: claim.get('deletedBy') as string,
      deletedAt: claim.get('deletedAt') as string,
    })
  return conflicts
}
