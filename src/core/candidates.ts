/**
 * Journal candidates: the user's notable commits and pull-request activity that are neither logged
 * nor dismissed yet.
 */
import { parseISO } from 'date-fns';
import { activityCandidates, activityTime, type Activity, type ActivityCandidate } from './activity';
import type { CommitRecord } from './commit';
import { commitUrl, pullRequestUrl, type RemoteInfo } from './links';
import { pullRequestKey, sourceKey, type CommitSource, type JournalFile } from './model';
import { profileOf, scoreCommit, type Notability } from './notability';

/** The commits of one repository, as read by src/git. */
export interface RepositoryCommits {
  /** Normalized repository name (see `CommitSource.repo`). */
  readonly repo: string;
  readonly remote: RemoteInfo | undefined;
  readonly commits: readonly CommitRecord[];
}

/** A notable commit offered for logging. */
export interface CommitCandidate {
  readonly type: 'commit';
  /** `sourceKey` of its source. */
  readonly key: string;
  readonly repo: string;
  readonly commit: CommitRecord;
  readonly notability: Notability;
  /** The source an entry logged from it keeps. */
  readonly source: CommitSource;
  /** Web URL of the pull request the commit belongs to, when known. */
  readonly pullRequestUrl: string | undefined;
}

/** The journal source for a commit of `repo`. */
export function commitSource(repo: string, remote: RemoteInfo | undefined, commit: CommitRecord): CommitSource {
  const url = commitUrl(remote, commit.sha);
  return {
    type: 'commit',
    repo,
    sha: commit.sha,
    subject: commit.subject,
    additions: commit.additions,
    deletions: commit.deletions,
    files: commit.files.length,
    ...(url ? { url } : {}),
  };
}

/** A notable commit as a candidate for logging. */
export function toCandidate(repo: string, remote: RemoteInfo | undefined, commit: CommitRecord, notability: Notability): CommitCandidate {
  const source = commitSource(repo, remote, commit);
  return {
    type: 'commit',
    key: sourceKey(source)!,
    repo,
    commit,
    notability,
    source,
    pullRequestUrl: commit.pullRequest === undefined ? undefined : pullRequestUrl(remote, commit.pullRequest),
  };
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
 * SHAs of commits that reached the main line through a pull-request merge commit in `commits`
 * (walking first parents from the merge's second parent), so the PR is counted once, by its merge.
 */
export function mergedThroughPullRequest(commits: readonly CommitRecord[]): Set<string> {
  const bySha = new Map(commits.map((c) => [c.sha, c]));
  const members = new Set<string>();
  for (const merge of commits) {
    if (merge.parents.length < 2 || merge.pullRequest === undefined) continue;
    let sha: string | undefined = merge.parents[1];
    for (let steps = 0; sha && steps < 1000; steps++) {
      const c = bySha.get(sha);
      if (!c || c.parents.length > 1 || members.has(sha)) break;
      members.add(sha);
      sha = c.parents[0];
    }
  }
  return members;
}

/**
 * True for a pull-request merge whose merged branch tip is not among the user's own commits
 * (`ownShas`): the user merged someone else's contribution.
 */
export function isMergeOfOthersWork(commit: CommitRecord, ownShas: ReadonlySet<string>): boolean {
  return commit.parents.length > 1 && commit.pullRequest !== undefined && !ownShas.has(commit.parents[1]);
}

/**
 * Notable, unhandled commits of all repositories, newest first (by author date). Sizes are judged
 * against each repository's profile of the given commits; a pull request counts once (its merge
 * commit, or the most notable commit carrying its number), and not at all when the PR itself is
 * logged, dismissed or in `offeredPullRequests` (keys from `pullRequestKey`, e.g. the PRs offered
 * from the provider's activity). `threshold`: minimum notability score
 * (setting `impactJournal.notabilityThreshold`).
 */
export function commitCandidates(
  repositories: readonly RepositoryCommits[],
  journal: JournalFile,
  threshold: number,
  offeredPullRequests: ReadonlySet<string> = new Set(),
): CommitCandidate[] {
  const handled = handledKeys(journal);
  const out: Array<CommitCandidate & { time: number }> = [];
  for (const { repo, remote, commits } of repositories) {
    const profile = profileOf(commits);
    const merged = mergedThroughPullRequest(commits);
    const own = new Set(commits.map((c) => c.sha));
    const bestOfPullRequest = new Map<number, CommitCandidate & { time: number }>();
    for (const commit of commits) {
      if (merged.has(commit.sha)) continue;
      const source = commitSource(repo, remote, commit);
      const key = sourceKey(source)!;
      if (handled.has(key)) continue;
      if (commit.pullRequest !== undefined) {
        const pr = pullRequestKey(repo, commit.pullRequest);
        if (handled.has(pr) || offeredPullRequests.has(pr)) continue;
      }
      const notability = scoreCommit(commit, threshold, profile, { mergeOfOthersWork: isMergeOfOthersWork(commit, own) });
      if (!notability.notable) continue;
      const candidate = { ...toCandidate(repo, remote, commit, notability), time: parseISO(commit.authorDate).getTime() };
      if (commit.pullRequest === undefined) {
        out.push(candidate);
        continue;
      }
      const best = bestOfPullRequest.get(commit.pullRequest);
      const isMerge = (c: CommitCandidate): boolean => c.commit.parents.length > 1;
      if (!best || (isMerge(candidate) && !isMerge(best)) || (isMerge(candidate) === isMerge(best) && candidate.notability.score > best.notability.score)) {
        bestOfPullRequest.set(commit.pullRequest, candidate);
      }
    }
    out.push(...bestOfPullRequest.values());
  }
  return out.sort((a, b) => b.time - a.time).map(({ time: _time, ...c }) => c);
}

/** Anything "Log impact" and the "To annotate" view offer. */
export type Candidate = CommitCandidate | ActivityCandidate;

/** ISO timestamp of a candidate's work (author date, review or merge time). */
export function candidateTime(candidate: Candidate): string {
  return candidate.type === 'commit' ? candidate.commit.authorDate : activityTime(candidate.activity);
}

/**
 * Every candidate, newest first: notable activity (reviews given, PRs merged) and notable commits,
 * where a commit of a PR that is offered or logged as activity is left out (the PR stands for it).
 */
export function allCandidates(repositories: readonly RepositoryCommits[], activities: readonly Activity[], journal: JournalFile, threshold: number): Candidate[] {
  const fromActivity = activityCandidates(activities, handledKeys(journal));
  const offered = new Set(fromActivity.map((c) => c.key));
  const all: Candidate[] = [...fromActivity, ...commitCandidates(repositories, journal, threshold, offered)];
  return all
    .map((c) => ({ c, t: parseISO(candidateTime(c)).getTime() }))
    .sort((a, b) => b.t - a.t)
    .map(({ c }) => c);
}

/** What a scan of the workspace found, for `scanSummary`. */
export interface ScanOutcome {
  /** Repository folders scanned. */
  readonly folders: number;
  /** Notable, unlogged commits and pull requests found. */
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
    return 'No git repository in this workspace — write a new entry, or list repositories in impactJournal.extraRepositories';
  }
  if (outcome.candidates === 0) {
    return `No unlogged notable commits or pull requests of yours in the last ${outcome.lookbackDays} days — write a new entry`;
  }
  return 'Pick a notable commit or pull request to log, or write a new entry';
}
