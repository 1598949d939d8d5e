/**
 * Decisions of the commit watcher: which commits a HEAD move brought are new work by the user, and
 * which notable units of work (units.ts) they make or extend. Rebases, amends and cherry-picks keep
 * the author date, so a commit whose author and author date were already seen (or predate the
 * watcher) is not new work. A unit is prompted for once (`prompted`), however many commits later
 * extend it.
 */
import { parseISO } from 'date-fns';
import { handledKeys, unitCandidates, type UnitCandidate } from './candidates';
import type { CommitRecord } from './commit';
import { sourceKey, type JournalFile } from './model';
import { isBotAuthor } from './notability';
import type { RepositoryWork } from './work';

/** Why a commit is or is not new work by the user. */
export type WatchVerdict = 'bot' | 'notMine' | 'beforeWatch' | 'seen' | 'handled' | 'new';

/** The watcher's verdict on one commit. */
export interface WatchDecision {
  readonly commit: CommitRecord;
  readonly verdict: WatchVerdict;
}

/** Identity of a piece of work across amends and rebases: author email and author date. */
export function workKey(commit: CommitRecord): string {
  return `${commit.authorEmail.toLowerCase()}|${parseISO(commit.authorDate).getTime()}`;
}

/** What the watcher knows when it judges new commits. */
export interface WatchContext {
  /** The user's emails, lower case. */
  readonly identities: readonly string[];
  /** Work keys (see `workKey`) already seen. */
  readonly seen: ReadonlySet<string>;
  /** When the watcher started (ms since epoch): work authored earlier is not "at the moment". */
  readonly startedAt: number;
  /** Grace before `startedAt` (ms), so a commit made while VS Code was starting still counts. */
  readonly graceMs?: number;
  readonly journal: JournalFile;
  /** Normalized repository name (see `CommitSource.repo`). */
  readonly repo: string;
}

/** Judges each commit a HEAD move brought, in the order given. */
export function judgeNewCommits(commits: readonly CommitRecord[], context: WatchContext): WatchDecision[] {
  const handled = handledKeys(context.journal);
  const earliest = context.startedAt - (context.graceMs ?? 120_000);
  return commits.map((commit): WatchDecision => {
    if (isBotAuthor(commit.authorName, commit.authorEmail)) return { commit, verdict: 'bot' };
    if (!context.identities.includes(commit.authorEmail.toLowerCase())) return { commit, verdict: 'notMine' };
    if (parseISO(commit.authorDate).getTime() < earliest) return { commit, verdict: 'beforeWatch' };
    if (context.seen.has(workKey(commit))) return { commit, verdict: 'seen' };
    if (handled.has(sourceKey({ type: 'commit', repo: context.repo, sha: commit.sha, subject: '', additions: 0, deletions: 0, files: 0 })!))
      return { commit, verdict: 'handled' };
    return { commit, verdict: 'new' };
  });
}

/**
 * The notable, unhandled units of `work` that hold one of the `fresh` commits (SHAs judged new
 * work) and were not prompted for yet (`prompted`: unit keys), newest first.
 */
export function unitsToPrompt(
  work: RepositoryWork,
  journal: JournalFile,
  threshold: number,
  fresh: ReadonlySet<string>,
  prompted: ReadonlySet<string>,
): UnitCandidate[] {
  return unitCandidates([work], journal, threshold).filter((c) => !prompted.has(c.key) && c.unit.commits.some((commit) => fresh.has(commit.sha)));
}
