import type { ChangeEvent } from './change-events'
import type { CallName, In, Out } from './contract'

/** The calls that change a workspace; every other call only reads. */
export const MUTATIONS = [
  'claims.create',
  'claims.update',
  'claims.delete',
  'claims.addReviewNote',
  'claims.reattach',
  'claims.confirmAnchor',
  'sources.archive',
  'sources.archiveUrl',
  'tags.create',
  'tags.update',
  'tags.delete',
  'tags.merge',
  'verdicts.update',
  'settings.update',
  'compare.link',
  'compare.unlink',
  'suggestions.dismiss',
  'articles.importFiles',
  'articles.importFolder',
  'articles.importUploads',
  'articles.importText',
  'articles.importUrl',
  'articles.checkForUpdates',
  'articles.updateDetails',
  'annotations.import',
  'undo.undo',
  'undo.redo',
  'workspace.open',
  'desk.join',
] as const satisfies readonly CallName[]
export type MutationName = (typeof MUTATIONS)[number]

export const isMutation = (name: CallName): name is MutationName =>
  (MUTATIONS as readonly CallName[]).includes(name)

type Effects = { [N in MutationName]: (input: In<N>, output: Out<N>) => ChangeEvent[] }

const claimsOf = (articleId: string): ChangeEvent[] => [
  { kind: 'claims', articleId },
  { kind: 'articles' },
]
const EVERY_CLAIM: ChangeEvent[] = [{ kind: 'claims', articleId: null }, { kind: 'articles' }]
const ARTICLES: ChangeEvent[] = [{ kind: 'articles' }]
const VOCABULARY: ChangeEvent[] = [{ kind: 'vocabulary' }, ...EVERY_CLAIM]

/**
 * What each change makes stale, declared once: the main side never pushes a window more than this
 * for the window's own call, so the window reloads it as soon as its call returns.
 */
const CALL_EFFECTS: Effects = {
  'claims.create': (input) => claimsOf(input.articleId),
  'claims.update': (input) => claimsOf(input.articleId),
  'claims.delete': (input) => claimsOf(input.articleId),
  'claims.addReviewNote': (input) => claimsOf(input.articleId),
  'claims.reattach': (input) => claimsOf(input.articleId),
  'claims.confirmAnchor': (input) => claimsOf(input.articleId),
  'sources.archive': (input) => claimsOf(input.articleId),
  'sources.archiveUrl': () => [],
  'tags.create': () => VOCABULARY,
  'tags.update': () => VOCABULARY,
  'tags.delete': () => VOCABULARY,
  'tags.merge': () => VOCABULARY,
  'verdicts.update': () => [{ kind: 'vocabulary' }],
  'settings.update': () => [{ kind: 'settings' }],
  'compare.link': () => EVERY_CLAIM,
  'compare.unlink': () => EVERY_CLAIM,
  'suggestions.dismiss': (input) => [{ kind: 'claims', articleId: input.articleId }],
  'articles.importFiles': () => ARTICLES,
  'articles.importFolder': () => ARTICLES,
  'articles.importUploads': () => ARTICLES,
  'articles.importText': () => ARTICLES,
  'articles.importUrl': () => ARTICLES,
  'articles.checkForUpdates': (input, update) => [
    { kind: 'article', articleId: input.articleId, update },
    ...claimsOf(input.articleId),
  ],
  // Its header, the list, reports and search all read the details.
  'articles.updateDetails': (input) => [{ kind: 'article', articleId: input.articleId }],
  'annotations.import': () => VOCABULARY,
  'undo.undo': (_input, result) => result.changes,
  'undo.redo': (_input, result) => result.changes,
  'workspace.open': () => [{ kind: 'workspace' }],
  'desk.join': () => [{ kind: 'workspace' }],
}

/** What a finished call made stale (nothing, for a call that only reads). */
export function effectsOf<N extends CallName>(
  name: N,
  input: In<N>,
  output: Out<N>,
): ChangeEvent[] {
  if (!isMutation(name)) return []
  const effects = CALL_EFFECTS[name] as (input: In<N>, output: Out<N>) => ChangeEvent[]
  return effects(input, output)
}
