/**
 * Journal candidates: the user's notable units of work (work.ts) and pull-request activity that
 * are neither logged nor dismissed yet. A unit is handled once it, its pull request or any of its
 * commits is logged or dismissed — except a series of direct pushes, which is offered again for the
 * commits not handled yet (new work continuing it).
 */
import * as l10n from '@vscode/l10n';
import { findTickets, mergedBranch, suggestProject, type CompiledTracker, type TicketRef } from './trackers';
import { parseISO } from 'date-fns';
import { activityCandidates, activityTime, type Activity, type ActivityCandidate } from './activity';
import type { CommitRecord } from './commit';
import { MAX_LINK_TITLE, type EvidenceLink } from './evidence';
import { commitUrl, fileUrl, pullRequestUrl, type RemoteInfo } from './links';
import { pullRequestKey, sourceKey, type CommitSource, type JournalFile, type PullRequestSource, type Source } from './model';
import type { Notability } from './notability';
import { unversioned, type ShippedEvidence } from './shipped';
import { unitPullRequests, type WorkUnit } from './units';
import { inRange, scoreWork, type RepositoryWork } from './work';

/** A notable unit of work offered for logging. */
export interface UnitCandidate {
  readonly type: 'unit';
  /** The unit's key (see `WorkUnit.key`). */
  readonly key: string;
  readonly repo: string;
  readonly unit: WorkUnit;
  readonly notability: Notability;
  readonly shipped: ShippedEvidence | undefined;
  /** The sources an entry logged from it keeps: its pull request (when known and linkable), then every commit. */
  readonly sources: readonly Source[];
  /** Every key that marks it handled once logged or dismissed: its own, its PR's and its commits'. */
  readonly keys: readonly string[];
  /** Web URL of its pull request, when known. */
  readonly pullRequestUrl: string | undefined;
  /** Its repository's remote (links to its issues), when known. */
  readonly remote: RemoteInfo | undefined;
}

/** Anything "Log impact" and the "To annotate" view offer. */
export type Candidate = UnitCandidate | ActivityCandidate;

/**
 * The journal source for a commit of `repo`: its lines added and deleted and files changed, or none for a merge whose
 * branch is logged beside it (`branchListed`): a merge's stats are its whole branch against its first parent, so the
 * sources of a merged pull request would count its lines twice (hiredis's #1087: +98 −38 for a change of +49 −19).
 */
export function commitSource(repo: string, remote: RemoteInfo | undefined, commit: CommitRecord, branchListed = false): CommitSource {
  const url = commitUrl(remote, commit.sha);
  const own = !(branchListed && commit.parents.length > 1);
  return {
    type: 'commit',
    repo,
    sha: commit.sha,
    subject: commit.subject,
    additions: own ? commit.additions : 0,
    deletions: own ? commit.deletions : 0,
    files: own ? commit.files.length : 0,
    ...(url ? { url } : {}),
  };
}

/** The journal source of a unit's pull request, when it has one the remote can link to. */
function pullRequestSource(unit: WorkUnit, remote: RemoteInfo | undefined): PullRequestSource | undefined {
  const url = unit.pullRequest === undefined ? undefined : pullRequestUrl(remote, unit.pullRequest);
  if (unit.pullRequest === undefined || !url || !remote?.kind) return undefined;
  return { type: 'pullRequest', provider: remote.kind, repo: unit.repo, number: unit.pullRequest, title: unit.title, url, role: 'author', state: 'merged' };
}

/** A unit as a candidate for logging. */
export function toCandidate(unit: WorkUnit, remote: RemoteInfo | undefined, notability: Notability, shipped?: ShippedEvidence): UnitCandidate {
  // (a merge beside commits of its branch: the branch's commits carry the lines)
  const branchListed = unit.commits.some((c) => c.parents.length <= 1);
  const commits = [...unit.commits].reverse().map((c) => commitSource(unit.repo, remote, c, branchListed));
  const prs = (unit.parts ?? [unit]).flatMap((u) => pullRequestSource(u, remote) ?? []);
  const keys = [...new Set([unit.key, ...unitPullRequests(unit).map((n) => pullRequestKey(unit.repo, n)), ...commits.map((c) => sourceKey(c)!)])];
  return {
    type: 'unit',
    key: unit.key,
    repo: unit.repo,
    unit,
    notability,
    shipped,
    sources: [...prs, ...commits],
    keys,
    pullRequestUrl: prs[0]?.url,
    remote,
  };
}

/**
 * The evidence link an entry logged from `candidate` keeps of where its work shipped: titled
 * "Shipped in 2.4.0 (CHANGES.md)" ("Listed for the coming release 1.21.0-dev (CHANGELOG.md)" for one not out yet, "Listed under
 * “Unreleased” (CHANGELOG.md)" for one under no version yet), to the release-notes file on the remote's web page at the branch
 * the notes were read at (so the Markdown export and the journal cite it). Undefined without shipped
 * evidence or a remote the web can show.
 */
export function shippedLink(candidate: UnitCandidate): EvidenceLink | undefined {
  const { shipped } = candidate;
  const url = shipped?.ref ? fileUrl(candidate.remote, shipped.ref, shipped.file) : undefined;
  if (!shipped || !url) return undefined;
  const title = unversioned(shipped)
    ? l10n.t('Listed under “{0}” ({1})', shipped.version, shipped.file)
    : shipped.upcoming
      ? l10n.t('Listed for the coming release {0} ({1})', shipped.version, shipped.file)
      : l10n.t('Shipped in {0} ({1})', shipped.version, shipped.file);
  return { title: title.slice(0, MAX_LINK_TITLE), url };
}

/**
 * What an entry logged from `candidate` keeps as evidence: its sources (a piece of work's PR and
 * commits, or the activity's PR) and, for a piece of work that shipped, the link to where (`shippedLink`).
 */
export function candidateEvidence(candidate: Candidate): { sources: readonly Source[]; links: EvidenceLink[] } {
  if (candidate.type === 'activity') return { sources: [candidate.source], links: [] };
  const shipped = shippedLink(candidate);
  return { sources: candidate.sources, links: shipped ? [shipped] : [] };
}

/**
 * The issue-tracker keys a unit carries (its title, its merge's message and branch, its commits'
 * messages), as links through `trackers` and its remote; and the project they suggest (a key's
 * project, else the branch name). Its own pull request is not a ticket.
 */
export function unitTickets(candidate: UnitCandidate, trackers: readonly CompiledTracker[]): { tickets: TicketRef[]; project: string | undefined } {
  const { unit } = candidate;
  const branch = unit.topic ?? (unit.merge ? mergedBranch(unit.merge.subject) : undefined);
  const texts = [
    unit.title,
    ...(branch ? [branch] : []),
    ...(unit.merge ? [unit.merge.subject, unit.merge.body] : []),
    ...unit.commits.flatMap((c) => [c.subject, c.body]),
  ];
  const tickets = findTickets(texts, trackers, candidate.remote, unit.pullRequest);
  return { tickets, project: suggestProject(tickets, branch) };
}

/** Keys of every source already logged in a live entry, plus the dismissed keys. */
export function handledKeys(journal: JournalFile): Set<string> {
  const keys = new Set(journal.dismissed);
  for (const entry of journal.entries) {
    if (entry.deletedAt) continue;
    for (const source of entry.sources) {
      const key = sourceKey(source);
      if (key) keys.add(key);
    }
  }
  return keys;
}

/**
 * The units of `work`'s range still to offer, given what is handled: a pull request or topic not
 * at all when it, any of its PRs (`unitPullRequests`) or any of its commits is handled (or one of its PRs is offered as
 * activity, `offeredPullRequests`); a series with its handled commits taken out.
 */
export function openUnits(
  work: RepositoryWork,
  units: readonly WorkUnit[],
  handled: ReadonlySet<string>,
  offeredPullRequests: ReadonlySet<string>,
): WorkUnit[] {
  const commitKey = (c: CommitRecord): string => `commit:${work.repo}@${c.sha}`;
  const open: WorkUnit[] = [];
  for (const unit of units) {
    if (!inRange(unit, work.range) || handled.has(unit.key)) continue;
    const prs = unitPullRequests(unit).map((n) => pullRequestKey(work.repo, n));
    if (prs.some((pr) => handled.has(pr) || offeredPullRequests.has(pr))) continue;
    if (unit.kind !== 'series') {
      if (unit.commits.some((c) => handled.has(commitKey(c)))) continue;
      open.push(unit);
      continue;
    }
    const rest = unit.commits.filter((c) => !handled.has(commitKey(c)));
    if (rest.length === unit.commits.length) open.push(unit);
    else if (rest.length > 0)
      open.push({
        ...unit,
        commits: rest,
        key: `series:${work.repo}@${rest[rest.length - 1]!.sha}`,
        date: rest[0]!.authorDate,
        title: rest.length === 1 ? rest[0]!.subject : unit.title,
      });
  }
  return open;
}

/**
 * Notable, unhandled units of all repositories, newest first. `threshold`: minimum notability
 * score (setting `impactJournal.notabilityThreshold`); `offeredPullRequests`: PR keys offered from
 * the provider's activity, which stands for their units.
 */
export function unitCandidates(
  works: readonly RepositoryWork[],
  journal: JournalFile,
  threshold: number,
  offeredPullRequests: ReadonlySet<string> = new Set(),
): UnitCandidate[] {
  const handled = handledKeys(journal);
  const out: UnitCandidate[] = [];
  for (const work of works) {
    for (const s of scoreWork(work, { threshold }, (units) => openUnits(work, units, handled, offeredPullRequests))) {
      if (s.notability.notable) out.push(toCandidate(s.unit, work.remote, s.notability, s.shipped));
    }
  }
  return out.sort((a, b) => Date.parse(b.unit.date) - Date.parse(a.unit.date));
}

/** ISO timestamp of a candidate's work (its newest commit, review or merge time). */
export function candidateTime(candidate: Candidate): string {
  return candidate.type === 'unit' ? candidate.unit.date : activityTime(candidate.activity);
}

/**
 * Every candidate, newest first: notable activity (reviews given, PRs merged) and notable units,
 * where a unit whose PR is offered or logged as activity is left out (the PR stands for it).
 */
export function allCandidates(works: readonly RepositoryWork[], activities: readonly Activity[], journal: JournalFile, threshold: number): Candidate[] {
  const fromActivity = activityCandidates(activities, handledKeys(journal));
  const offered = new Set(fromActivity.map((c) => c.key));
  const all: Candidate[] = [...fromActivity, ...unitCandidates(works, journal, threshold, offered)];
  return all
    .map((c) => ({ c, t: parseISO(candidateTime(c)).getTime() }))
    .sort((a, b) => b.t - a.t)
    .map(({ c }) => c);
}

/** What a scan of the workspace found, for `scanSummary`. */
export interface ScanOutcome {
  /** Repository folders scanned. */
  readonly folders: number;
  /** Notable, unlogged units and pull requests found. */
  readonly candidates: number;
  /** Look-back window (days). */
  readonly lookbackDays: number;
}

/**
 * The one-line message "Log impact" shows above its list: what to do when there is no repository
 * or nothing to log, and what the list is otherwise.
 */
export function scanSummary(outcome: ScanOutcome): string {
  if (outcome.folders === 0 && outcome.candidates === 0) {
    return l10n.t('No git repository in this workspace — write a new entry, or list repositories in impactJournal.extraRepositories');
  }
  if (outcome.candidates === 0) {
    return l10n.t('No unlogged notable work or pull requests of yours in the last {0} days — write a new entry', outcome.lookbackDays);
  }
  return l10n.t('Pick a piece of work or a pull request to log, or write a new entry');
}
