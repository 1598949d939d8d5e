/**
 * Decisions of the commit watcher: which commits a HEAD move brought are new work by the user worth
 * a prompt. Rebases, amends and cherry-picks keep the author date, so a commit whose author and
 * author date were already seen (or predate the watcher) is not new work.
 */
import { parseISO } from 'date-fns';
import { commitSource, handledKeys, isMergeOfOthersWork } from './candidates';
import type { CommitRecord } from './commit';
import type { RemoteInfo } from './links';
import { sourceKey, type JournalFile } from './model';
import { isBotAuthor, scoreCommit, type Notability, type RepositoryProfile } from './notability';

/** Why a commit was or was not prompted for. */
export type WatchVerdict = 'bot' | 'notMine' | 'beforeWatch' | 'seen' | 'handled' | 'ordinary' | 'notable';

/** The watcher's verdict on one commit. */
export interface WatchDecision {
  readonly commit: CommitRecord;
  readonly verdict: WatchVerdict;
  /** Present for 'ordinary' and 'notable'. */
  readonly notability?: Notability;
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
  readonly threshold: number;
  readonly repo: string;
  readonly remote: RemoteInfo | undefined;
  readonly profile?: RepositoryProfile;
}

/** Judges each commit a HEAD move brought, in the order given. */
export function judgeNewCommits(commits: readonly CommitRecord[], context: WatchContext): WatchDecision[] {
  const handled = handledKeys(context.journal);
  const own = new Set(commits.filter((c) => context.identities.includes(c.authorEmail.toLowerCase())).map((c) => c.sha));
  const earliest = context.startedAt - (context.graceMs ?? 120_000);
  return commits.map((commit): WatchDecision => {
    if (isBotAuthor(commit.authorName, commit.authorEmail)) return { commit, verdict: 'bot' };
    if (!context.identities.includes(commit.authorEmail.toLowerCase())) return { commit, verdict: 'notMine' };
    if (parseISO(commit.authorDate).getTime() < earliest) return { commit, verdict: 'beforeWatch' };
    if (context.seen.has(workKey(commit))) return { commit, verdict: 'seen' };
    if (handled.has(sourceKey(commitSource(context.repo, context.remote, commit))!)) return { commit, verdict: 'handled' };
    const notability = scoreCommit(commit, context.threshold, context.profile, { mergeOfOthersWork: isMergeOfOthersWork(commit, own) });
    return { commit, verdict: notability.notable ? 'notable' : 'ordinary', notability };
  });
}
