/**
 * Reads one user's commits in a date range from a repository with simple-git: one `git log` per
 * repository (custom `--format`, `--numstat`, `--summary`), author filtered by every identity of
 * the user. Every git process is started hardened by gitProcess.ts; the arguments add `--no-ext-diff`,
 * `--no-textconv` and `--end-of-options` before revisions.
 */
import * as l10n from '@vscode/l10n';
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { addDays, isBefore, parseISO } from 'date-fns';
import type { SimpleGit } from 'simple-git';
import type { CommitRecord } from '../core/commit';
import { parseRemote, type HostMap, type RemoteInfo } from '../core/links';
import type { CommitCache, Listing } from './commitCache';
import { simpleGitAt, streamLog } from './gitProcess';
import { LIST_FORMAT, LOG_FORMAT, parseListing, type ListedCommit } from './logParser';
import { hostedPullRequest } from '../core/units';

/** The folder is not inside a git work tree. */
export class NotARepositoryError extends Error {
  constructor(readonly folder: string) {
    super(l10n.t('{0} is not a git repository.', folder));
    this.name = 'NotARepositoryError';
  }
}

/**
 * Git refuses to read the repository because another user owns it (git's `safe.directory` check,
 * "detected dubious ownership"). The message gives git's reason and the command that trusts it.
 */
export class UnsafeRepositoryError extends NotARepositoryError {
  constructor(folder: string, repository: string) {
    super(folder);
    this.name = 'UnsafeRepositoryError';
    this.message = l10n.t(
      'Git refuses to read {0}: it belongs to another user (git\'s "dubious ownership" check). If you trust it, run: git config --global --add safe.directory {0}',
      repository,
    );
  }
}

/** Neither git `user.email` nor the setting `impactJournal.authorEmails` names the user. */
export class NoIdentityError extends Error {
  constructor(readonly folder: string) {
    super(l10n.t('No author identity for {0}: set git user.email or the setting impactJournal.authorEmails.', folder));
    this.name = 'NoIdentityError';
  }
}

/** A repository as we read it. */
export interface RepositoryInfo {
  /** Absolute path of the work tree root. */
  readonly root: string;
  /** Normalized name: the remote's `host/path`, or the folder name when there is no remote. */
  readonly repo: string;
  /** The remote we link to (`origin`, else `upstream`, else the first), if any. */
  readonly remote: RemoteInfo | undefined;
  /** git `user.email` in this repository, if set. */
  readonly userEmail: string | undefined;
  /** SHA of the HEAD commit; undefined for an empty repository (unborn branch). */
  readonly head: string | undefined;
  /**
   * Fingerprint (SHA-1 hex) of what a scan lists commits from: HEAD, every local branch and every
   * tag. Equal fingerprints mean a scan of the same range lists the same commits with the same tags,
   * so the commit cache can answer without git. Undefined for an empty repository.
   */
  readonly refs: string | undefined;
}

/** What to read. `since` inclusive, `until` exclusive, compared with the author date. */
export interface ScanRange {
  readonly since: Date;
  readonly until: Date;
}

/** Options of `readHistory`. */
export interface ReadOptions {
  /** Extra author emails of the user (setting `impactJournal.authorEmails`); compared case-insensitively. */
  readonly authorEmails?: readonly string[];
  /** Extra hosts to recognize when building links (GitHub Enterprise, self-hosted GitLab). */
  readonly hosts?: HostMap;
  /** Aborting kills the running git process. */
  readonly signal?: AbortSignal;
  /** Parsed commits from earlier scans: with it, git is asked for stats only of commits not in it. */
  readonly cache?: CommitCache;
}

/** Result of `readHistory`. */
export interface HistoryResult {
  readonly repository: RepositoryInfo;
  /** The identities used to match authors (lower case). */
  readonly identities: readonly string[];
  /** The user's commits in range, newest first. */
  readonly commits: readonly CommitRecord[];
}

/**
 * Finds the work tree root of `folder` and reads its identity and remote.
 * Throws NotARepositoryError if `folder` is not in a git work tree (or does not exist).
 */
export async function openRepository(folder: string, options: Pick<ReadOptions, 'hosts' | 'signal'> = {}): Promise<RepositoryInfo> {
  return (await open(folder, options)).repository;
}

/** `openRepository`, also giving the simple-git instance it used (one instance per scan: each costs ~1 ms to set up). */
export async function open(folder: string, options: Pick<ReadOptions, 'hosts' | 'signal'>): Promise<{ g: SimpleGit; repository: RepositoryInfo }> {
  const notARepository = (err: unknown): never => {
    if (options.signal?.aborted) throw err;
    const dubious = /dubious ownership in repository at '([^'\n]+)'/.exec(err instanceof Error ? err.message : '');
    throw dubious ? new UnsafeRepositoryError(folder, dubious[1]!) : new NotARepositoryError(folder);
  };
  const g = await simpleGitAt(folder, options.signal).catch(notARepository); // simple-git refuses a folder that does not exist
  // root + HEAD (+ branches and tags, for the fingerprint) and the config are read at the same time
  // (the config is the same from any folder of the repository). An unborn HEAD stops rev-parse
  // there: it prints the root only (quietly, exit 1). Every argument is a constant (no --end-of-options needed).
  const [top, config] = await Promise.all([
    g.raw(['rev-parse', '--show-toplevel', '--verify', '--quiet', 'HEAD^{commit}', '--branches', '--tags']).catch(notARepository),
    readConfig(g),
  ]);
  const [rootLine, sha, ...refLines] = top.split('\n');
  const root = rootLine!.trim();
  const head = sha && SHA.test(sha.trim()) ? sha.trim() : undefined;
  const refs = head ? createHash('sha1').update(head).update(refLines.join('\n')).digest('hex') : undefined;
  if (!root) throw new NotARepositoryError(folder);
  const remotes = new Map<string, string>();
  for (const [key, value] of config) {
    const m = /^remote\.(.+)\.url$/.exec(key);
    if (m && !remotes.has(m[1]!)) remotes.set(m[1]!, value);
  }
  const remoteUrl = remotes.get('origin') ?? remotes.get('upstream') ?? remotes.values().next().value;
  const remote = remoteUrl ? parseRemote(remoteUrl, options.hosts) : undefined;
  const repository: RepositoryInfo = {
    root,
    repo: remote?.repo ?? path.basename(root),
    remote,
    // git lists system, then global, then local values: the last one is the one git uses
    userEmail: config.filter(([k]) => k === 'user.email').at(-1)?.[1],
    head,
    refs,
  };
  return { g, repository };
}

/** `git config --get-regexp` for user.email and remote URLs; an empty list when none is set. */
async function readConfig(g: SimpleGit): Promise<Array<[string, string]>> {
  let out = '';
  try {
    out = await g.raw(['config', '--get-regexp', '^(user\\.email|remote\\..*\\.url)$']);
  } catch {
    return []; // exit code 1: nothing matched
  }
  return out
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line): [string, string] => {
      const space = line.indexOf(' ');
      return space < 0 ? [line, ''] : [line.slice(0, space), line.slice(space + 1)];
    });
}

/**
 * The user's own commits in `range`, from HEAD and every local branch, newest first.
 * Merge commits are kept only when they merge a pull request (`Merge pull request #N`), with their
 * stats against the first parent. An empty repository gives no commits.
 * Throws NotARepositoryError, NoIdentityError, or simple-git's error for other git failures.
 */
export async function readHistory(folder: string, range: ScanRange, options: ReadOptions = {}): Promise<HistoryResult> {
  const { g, repository } = await open(folder, options);
  const identities = identitiesOf(repository, options.authorEmails);
  const commits = await readUserCommits(g, repository, identities, range, options);
  return { repository, identities, commits };
}

/** The user's emails in a repository: its git `user.email` and the extra ones, lower case. Throws NoIdentityError when there is none. */
export function identitiesOf(repository: RepositoryInfo, authorEmails: readonly string[] = []): string[] {
  const identities = [...new Set([repository.userEmail, ...authorEmails].filter((e): e is string => !!e).map((e) => e.trim().toLowerCase()))];
  if (identities.length === 0) throw new NoIdentityError(repository.root);
  return identities;
}

/**
 * The commits of `identities` in `range` (author date) from HEAD and every local branch, newest
 * first, read through the cache; plain merges dropped. An empty repository gives none.
 */
export async function readUserCommits(
  g: SimpleGit,
  repository: RepositoryInfo,
  identities: readonly string[],
  range: ScanRange,
  options: Pick<ReadOptions, 'cache' | 'signal'>,
): Promise<CommitRecord[]> {
  if (!repository.head) return [];
  // --since/--until compare committer dates; pad the window so rebased or late-pushed work is found,
  // then filter exactly on the author date below.
  const selection = [
    // whole days (UTC): the same range asked twice in a day is the same selection, whose listing the cache remembers
    `--since=${paddedSince(range)}`,
    `--until=${paddedUntil(range)}`,
    '--fixed-strings',
    '--regexp-ignore-case',
    ...identities.map((email) => `--author=<${email}>`),
    '--branches',
    '--end-of-options',
    'HEAD',
    '--',
  ];
  const parsed = await readSelection(g, repository.root, repository.refs, selection, options.cache, options.signal);
  return parsed.filter((c) => {
    if (!identities.includes(c.authorEmail.toLowerCase())) return false;
    if (isPlainMerge(c)) return false;
    const date = parseISO(c.authorDate);
    return !isBefore(date, range.since) && isBefore(date, range.until);
  });
}

/** The committer-date window git is asked for: a week before `range.since`, whole UTC days (ISO). */
export function paddedSince(range: ScanRange): string {
  return startOfUtcDay(addDays(range.since, -7)).toISOString();
}

/** …and a month after `range.until` (late pushes, rebases), whole UTC days (ISO). */
export function paddedUntil(range: ScanRange): string {
  return startOfUtcDay(addDays(range.until, 31)).toISOString();
}

/** SHAs per `git log --no-walk` call when reading commits by SHA: those missing from the cache, or all of them around a missing object (keeps the command line short). */
const FETCH_CHUNK = 500;

/**
 * The commits `selection` (git log options and revisions) selects, newest first. Without a cache,
 * or with nothing cached for the repository yet, one `git log` with stats reads them all; with a
 * cache, a cheap listing (SHA, author, tags: no diff) finds them and only the commits not cached
 * are read with stats, then cached. Tags come from the listing, as they can change. The listing is
 * remembered with the refs fingerprint `refs`: while no ref has moved, the same selection runs no
 * git at all.
 */
async function readSelection(
  g: SimpleGit,
  root: string,
  refs: string | undefined,
  selection: readonly string[],
  cache: CommitCache | undefined,
  signal: AbortSignal | undefined,
): Promise<CommitRecord[]> {
  const key = selection.join('\u0000');
  const cached = cache ? await cache.get(root) : undefined;
  const list = async (): Promise<ListedCommit[]> => parseListing(await g.raw(['log', '--no-color', `--format=${LIST_FORMAT}`, ...selection]));
  if (!cache || !cached || cached.size === 0) {
    let commits: CommitRecord[];
    try {
      commits = await streamLog(root, [...logArgs(), ...selection], signal);
    } catch (err) {
      if (!isMissingObject(err)) throw err;
      // an object a diff needs is not here: read the commits a chunk at a time, around the ones it breaks
      const listed = await list();
      const read = await readChunked(
        root,
        listed.map((c) => c.sha),
        signal,
      );
      commits = listed.flatMap((l) => read.get(l.sha) ?? []);
    }
    await cache?.add(root, commits, refs ? { key, refs, commits: listingOf(commits) } : undefined);
    return commits;
  }
  const remembered = refs ? await cache.listing(root, key, refs) : undefined;
  const listed = remembered ?? (await list());
  const fetched = await readChunked(
    root,
    listed.filter((c) => !cached.has(c.sha)).map((c) => c.sha),
    signal,
  );
  await cache.add(root, [...fetched.values()], !remembered && refs ? { key, refs, commits: listingOf(listed) } : undefined);
  return listed.flatMap((l) => {
    const c = cached.get(l.sha) ?? fetched.get(l.sha);
    return c ? [{ ...c, tags: l.tags }] : [];
  });
}

/** What the listing keeps of each commit (as stored in the commit cache). */
function listingOf(commits: readonly ListedCommit[]): Listing['commits'] {
  return commits.map(({ sha, authorEmail, tags }) => ({ sha, authorEmail, tags: [...tags] }));
}

/** `readCommits` of `shas`, `FETCH_CHUNK` at a time, by SHA. */
async function readChunked(root: string, shas: readonly string[], signal: AbortSignal | undefined): Promise<Map<string, CommitRecord>> {
  const read = new Map<string, CommitRecord>();
  for (let i = 0; i < shas.length; i += FETCH_CHUNK) for (const c of await readCommits(root, shas.slice(i, i + FETCH_CHUNK), signal)) read.set(c.sha, c);
  return read;
}

/**
 * True for git's failure to read an object a diff needs: a blob a partial clone (`--filter=blob:none`)
 * has not fetched, with no network to fetch it, or a damaged repository (`fatal: unable to read <sha>`,
 * `fatal: bad object <sha>`, `error: Could not read <sha>`).
 */
function isMissingObject(err: unknown): boolean {
  return err instanceof Error && /\b(unable to read|could not read|bad object|missing blob|could not fetch) [0-9a-f]{7,64}\b/i.test(err.message);
}

/**
 * The commits `shas` with their stats (any order). Where an object a commit's diff needs is missing
 * (`isMissingObject`), the others are still read, halving the batch around it, and that commit is
 * read without its diff (no files, no lines, `statsUnavailable`): a missing blob costs one commit's size, not the scan.
 * SHAs that are not hexadecimal are left out.
 */
export async function readCommits(root: string, shas: readonly string[], signal?: AbortSignal): Promise<CommitRecord[]> {
  const valid = shas.filter((sha) => SHA.test(sha));
  if (valid.length === 0) return [];
  try {
    return await streamLog(root, [...logArgs(), '--no-walk=unsorted', '--end-of-options', ...valid, '--'], signal);
  } catch (err) {
    if (!isMissingObject(err)) throw err;
    if (valid.length === 1) {
      const bare = await streamLog(root, [...bareLogArgs(), '--no-walk', '--end-of-options', valid[0]!, '--'], signal);
      return bare.map((c) => ({ ...c, statsUnavailable: true }));
    }
    const half = Math.ceil(valid.length / 2);
    return [...(await readCommits(root, valid.slice(0, half), signal)), ...(await readCommits(root, valid.slice(half), signal))];
  }
}

/** The part of every `git log` we run: hardened, our format, numstat and created files, PR merges diffed against their first parent. */
export function logArgs(): string[] {
  return ['log', '--no-color', '--no-ext-diff', '--no-textconv', '--diff-merges=first-parent', `--format=${LOG_FORMAT}`, '--numstat', '--summary'];
}

/** `logArgs` without the diff: the commits' fields alone, for commits git cannot diff (`statsUnavailable`). */
function bareLogArgs(): string[] {
  return [...logArgs().filter((a) => a !== '--numstat' && a !== '--summary'), '--no-patch'];
}

/** A merge commit that does not merge a pull request (e.g. "Merge branch 'main' into x"): not the user's work. */
function isPlainMerge(c: CommitRecord): boolean {
  return c.parents.length > 1 && hostedPullRequest(c.subject) === undefined;
}

/** Midnight UTC of the day of `date`. */
function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** A commit SHA as git prints it; anything else is refused before it reaches git. */
const SHA = /^[0-9a-f]{7,64}$/i;

/**
 * Commits reachable from `head` but not from `previous` (what a HEAD move brought: a new commit,
 * an amend's replacement, a rebase's copies, a pull), newest first, at most `maxCount`, any author.
 * With no `previous` (the first HEAD seen), the commits of `head` committed since `since`.
 * Plain merges are dropped. A commit git cannot diff (a partial clone offline) comes without its stats
 * (`statsUnavailable`), as in `readCommits`. Throws on SHAs that are not hexadecimal.
 */
export async function readNewCommits(
  root: string,
  previous: string | undefined,
  head: string,
  options: { maxCount?: number; since?: Date; signal?: AbortSignal } = {},
): Promise<CommitRecord[]> {
  if ((previous !== undefined && !SHA.test(previous)) || !SHA.test(head)) throw new Error('readNewCommits: expected commit SHAs');
  // without a previous HEAD (the first one seen), what was committed since `since`
  const range = previous !== undefined ? [head, `^${previous}`] : [head];
  const since = previous === undefined && options.since ? [`--since=${options.since.toISOString()}`] : [];
  const select = [`--max-count=${options.maxCount ?? 50}`, ...since, '--end-of-options', ...range, '--'];
  let commits: CommitRecord[];
  try {
    commits = await streamLog(root, [...logArgs(), ...select], options.signal);
  } catch (err) {
    if (!isMissingObject(err)) throw err;
    // an object a diff needs is missing (a partial clone offline): list the commits without diffs, then read them as
    // `readCommits` does, the ones it cannot diff without their stats
    const listed = await streamLog(root, [...bareLogArgs(), ...select], options.signal);
    const read = await readCommits(
      root,
      listed.map((c) => c.sha),
      options.signal,
    );
    const bySha = new Map(read.map((c) => [c.sha, c]));
    commits = listed.map((c) => bySha.get(c.sha) ?? { ...c, statsUnavailable: true });
  }
  return commits.filter((c) => !isPlainMerge(c));
}
