import type { Claim } from '../../../shared/claim-model'
import type {
  ClaimGroup,
  Counterpart,
  Discrepancy,
  DiscrepancyItemPage,
  DiscrepancyPreview,
  LinkResult,
  Suggestion,
} from '../../../shared/compare-model'
import { ServiceError } from '../../../shared/result'
import type { ClaimBook } from '../claims/claim-book'
import type { ClaimService } from '../claims/claim-service'
import type { StoreChange } from '../history/store-change'
import type { WorkspaceStore } from '../workspace/workspace-store'
import type { RunningTask } from '../tasks/task-board'
import { quietBackground, type Background } from '../threads/background'
import { AnalysisCache } from './analysis-cache'
import type { ArticleAnalysis, SentenceInfo } from './article-analysis'
import { ClaimGroups, type PassageRange } from './claim-groups'
import { findCounterparts } from './counterparts'
import { DiscrepancyShelf, shelve, type ShelvedDiscrepancies } from './discrepancy-shelf'
import { Dismissals } from './dismissals'
import { groupDiscrepancies, type GroupMember } from './group-discrepancies'
import { matchPassages } from './passage-match'
import { featuresOfRange, passageOf } from './passages'
import { wordDiff } from './similarity'
import { suggestClaims } from './suggestions'

const overlaps = (claim: Claim, start: number, end: number) =>
  claim.position.start < end && claim.position.end > start

/** The articles most likely to report what a text reports (from the search index), best first. */
export type CandidateArticles = (text: string, limit: number) => Promise<string[]>

/** Up to this many articles, a claim is compared with every other; beyond, with the likeliest. */
const COMPARED_ARTICLES = 40

/** One page of the discrepancies, and how many there are in all. */
export type DiscrepancyPage = { discrepancies: DiscrepancyPreview[]; total: number; offset: number }

/** A change that can change the "same claim" groups: a grouped claim's, or an article's. */
const changesGroups = (change: StoreChange): boolean =>
  change.kind === 'claim'
    ? Boolean(change.before?.groupId ?? change.after?.groupId)
    : change.kind === 'article-entry' || change.kind === 'article-text'

/** Comparing outlets: counterparts of a claim, "same claim" groups, discrepancies and suggested claims. */
export class CompareService {
  private readonly analyses: AnalysisCache
  private readonly groups: ClaimGroups
  private acrossOutlets: { texts: string; found: Promise<ShelvedDiscrepancies> } | undefined
  /** Kept until a change that `changesGroups`: reading 100,000 claims for each page is too slow. */
  private groupsFound: Promise<ClaimGroup[]> | undefined
  private shelf:
    | {
        groups: Promise<ClaimGroup[]>
        outlets: Promise<ShelvedDiscrepancies>
        value: Promise<DiscrepancyShelf>
      }
    | undefined

  constructor(
    private readonly store: WorkspaceStore,
    book: ClaimBook,
    private readonly claims: ClaimService,
    private readonly dismissals: Dismissals = new Dismissals(store),
    private readonly background: Background = quietBackground(),
    private readonly candidates: CandidateArticles | null = null,
  ) {
    this.analyses = new AnalysisCache(store, background)
    this.groups = new ClaimGroups(store, book, claims)
    store.onChange((change) => {
      if (changesGroups(change)) this.groupsFound = undefined
    })
  }

  async counterparts(articleId: string, claimId: string): Promise<Counterpart[]> {
    const claim = await this.claim(articleId, claimId)
    const probe = await this.member(claim)
    const found = findCounterparts(
      { articleId, text: claim.quote.exact, features: probe.features },
      await this.comparedWith(claim),
    )
    const linked = claim.groupId
      ? (await this.groups.members(claim.groupId)).filter((m) => m.id !== claim.id)
      : []
    const withLinks = found.map((counterpart) => {
      const { articleId: otherId, start, end } = counterpart.passage
      const link = linked.find(
        (member) => member.articleId === otherId && overlaps(member, start, end),
      )
      return link ? { ...counterpart, linkedClaimId: link.id } : counterpart
    })
    const unlisted = linked.filter(
      (member) => !withLinks.some((counterpart) => counterpart.linkedClaimId === member.id),
    )
    return [
      ...(await Promise.all(
        unlisted.map((member) => this.linkedCounterpart(claim, probe, member)),
      )),
      ...withLinks,
    ]
  }

  link(articleId: string, claimId: string, target: PassageRange): Promise<LinkResult> {
    return this.groups.link(articleId, claimId, target)
  }

  unlink(articleId: string, claimId: string): Promise<Claim[]> {
    return this.groups.unlink(articleId, claimId)
  }

  /** Every "same claim" group with its passages and what its claims disagree on (for the report). */
  claimGroups(): Promise<ClaimGroup[]> {
    if (!this.groupsFound) {
      const found = this.findClaimGroups()
      this.groupsFound = found
      found.catch(() => {
        if (this.groupsFound === found) this.groupsFound = undefined
      })
    }
    return this.groupsFound
  }

  /** The linked groups' discrepancies first, then those found across the whole workspace. */
  async discrepancies(): Promise<Discrepancy[]> {
    return (await this.discrepancyShelf()).all()
  }

  /** A page of the same, each discrepancy with its first passages only. */
  async discrepancyPage(offset: number, limit: number): Promise<DiscrepancyPage> {
    const shelf = await this.discrepancyShelf()
    return { discrepancies: shelf.page(offset, limit), total: shelf.total, offset }
  }

  async discrepancyItems(
    discrepancyId: string,
    offset: number,
    limit: number,
  ): Promise<DiscrepancyItemPage> {
    return (await this.discrepancyShelf()).items(discrepancyId, offset, limit)
  }

  private async findClaimGroups(): Promise<ClaimGroup[]> {
    const byGroup = new Map<string, Claim[]>()
    for (const claim of await this.claims.listAll((claim) => Boolean(claim.groupId))) {
      const groupId = claim.groupId as string
      byGroup.set(groupId, [...(byGroup.get(groupId) ?? []), claim])
    }
    return Promise.all(
      [...byGroup].map(async ([groupId, claims]) => {
        const members = await Promise.all(
          claims.map(async (claim) => ({ claim, ...(await this.member(claim)) })),
        )
        return {
          groupId,
          members: members.map(({ claim, passage }) => ({ claim, passage })),
          discrepancies: groupDiscrepancies(groupId, members),
        }
      }),
    )
  }

  /** The groups' and the outlets' discrepancies together, kept until either is found again. */
  private discrepancyShelf(): Promise<DiscrepancyShelf> {
    const groups = this.claimGroups()
    const outlets = this.outletDiscrepancies()
    if (this.shelf?.groups !== groups || this.shelf.outlets !== outlets) {
      const value = Promise.all([groups, outlets]).then(
        ([found, across]) =>
          new DiscrepancyShelf([shelve(found.flatMap((group) => group.discrepancies)), across]),
      )
      this.shelf = { groups, outlets, value }
    }
    return this.shelf.value
  }

  /**
   * What the articles' texts disagree on changes only with the texts, so it is kept until one
   * changes. Found in the background: every article analysed (in the pool's threads), then
   * compared in one of them, which reads the analyses from disk.
   */
  private outletDiscrepancies(): Promise<ShelvedDiscrepancies> {
    const texts = this.store
      .listArticles()
      .map((entry) => `${entry.id}:${entry.sha256}`)
      .join(' ')
    if (this.acrossOutlets?.texts !== texts) {
      const found = this.background.tasks.run('Comparing the articles', null, async (task) => {
        const files = (await this.analyses.analyseAll(task)).map(({ file }) => file)
        return this.background.pool.run('discrepancies', { files }, { signal: task.signal })
      })
      const current = { texts, found }
      this.acrossOutlets = current
      found.catch(() => {
        if (this.acrossOutlets === current) this.acrossOutlets = undefined
      })
    }
    return this.acrossOutlets.found
  }

  /** The analyses a claim is compared with: every article's, or in a large workspace the likeliest. */
  private async comparedWith(claim: Claim): Promise<ArticleAnalysis[]> {
    const entries = this.store.listArticles()
    const ids =
      entries.length <= COMPARED_ARTICLES || !this.candidates
        ? entries.map((entry) => entry.id)
        : await this.candidates(claim.quote.exact, COMPARED_ARTICLES)
    const analyses: ArticleAnalysis[] = []
    for (const id of ids) analyses.push(await this.analyses.forArticle(id))
    return analyses
  }

  /** Every article's analysis file (analysing those not analysed yet): a report's worker reads them. */
  async analysisFiles(task: RunningTask): Promise<Record<string, string>> {
    const files = await this.analyses.analyseAll(task)
    return Object.fromEntries(files.map(({ articleId, file }) => [articleId, file]))
  }

  /** An article's sentences in text order, so a report can quote a claim in its sentence. */
  async sentences(articleId: string): Promise<readonly SentenceInfo[]> {
    return (await this.analyses.forArticle(articleId)).sentences
  }

  async suggestions(articleId: string): Promise<Suggestion[]> {
    const claims = await this.claims.list(articleId)
    const dismissed = await this.dismissals.forArticle(articleId)
    const isTaken = (start: number, end: number) =>
      claims.some((claim) => overlaps(claim, start, end)) ||
      dismissed.some((item) => item.start < end && item.end > start)
    return suggestClaims(await this.analyses.forArticle(articleId), isTaken)
  }

  async dismissSuggestion(articleId: string, start: number, end: number): Promise<void> {
    const { text } = await this.store.getArticle(articleId)
    if (!(end > start && end <= text.length)) {
      throw new ServiceError(
        'invalid-input',
        `The range ${start}–${end} does not lie in the article text.`,
      )
    }
    await this.dismissals.add({ articleId, start, end })
  }

  private async claim(articleId: string, claimId: string): Promise<Claim> {
    const claim = (await this.claims.list(articleId)).find((candidate) => candidate.id === claimId)
    if (!claim)
      throw new ServiceError('not-found', `There is no claim with id ${claimId} in that article.`)
    return claim
  }

  private async member(claim: Claim): Promise<GroupMember> {
    const analysis = await this.analyses.forArticle(claim.articleId)
    const { start, end } = claim.position
    return {
      passage: passageOf(analysis, { start, end, text: claim.quote.exact }),
      features: featuresOfRange(analysis, start, end),
    }
  }

  private async linkedCounterpart(
    claim: Claim,
    probe: GroupMember,
    member: Claim,
  ): Promise<Counterpart> {
    const other = await this.member(member)
    const match = matchPassages(probe.features, other.features)
    return {
      passage: other.passage,
      score: match?.score ?? 0,
      reasons: ['linked as the same claim', ...(match?.reasons ?? [])],
      diff: wordDiff(claim.quote.exact, other.passage.text),
      linkedClaimId: member.id,
    }
  }
}
