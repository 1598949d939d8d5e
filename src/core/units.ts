/**
 * Units of work: what is offered is a piece of work, not a commit (ARCHITECTURE.md, "Units of
 * work"). A unit is one of
 * - a pull request: a squash-merged commit `… (#42)`, or a merge commit `Merge pull request #42`
 *   (GitLab: `See merge request !42`) with the commits it brought;
 * - a topic: the user's commits brought onto the mainline by one merge (`Merge branch 'ab/topic'`),
 *   described by the merge's message;
 * - a series: the user's commits pushed directly, one after the other, in the same area and close
 *   in time, within a week of its first (or, after a pause, following up files the series
 *   created), until a release or a commit that writes its entry in the release notes; commits of
 *   only CI or tool configuration are upkeep and make their
 *   own series; or a chain of the user's commits on a branch not merged yet.
 * Which mainline merge brought a commit is found by walking parents already read (git/topology.ts),
 * never with a git process per merge. Pure: no I/O.
 */
import { parseISO } from 'date-fns';
import type { CommitRecord } from './commit';
import {
  commitType,
  isBookkeepingPath,
  isGeneratedIn,
  isHousekeepingPath,
  isNotesFragment,
  isReleaseCommit,
  isReleaseNotesPath,
  isRoutineSubject,
  isTestIn,
  subjectPrefix,
  type Conventions,
} from './conventions';
import { areaOf, isDocsSitePath, isProsePath, isSourceCodePath } from './paths';
import { contentWords } from './shipped';
import { mergedBranch } from './trackers';
import { ADVISORY_MERGE, FIX_OPENING, isRevert, namingSubject, REFACTORING, saysTests, stripPrefix, SYNC_MERGE } from './unitKind';

/** A commit of the topology listing (any author): no file stats. */
export interface TopologyCommit {
  readonly sha: string;
  readonly parents: readonly string[];
  readonly authorEmail: string;
  /** ISO 8601, as git prints `%aI`. */
  readonly authorDate: string;
  readonly subject: string;
  readonly body: string;
}

/** The mainline ref and the commits reachable from it in the window read (newest first, any author). */
export interface Topology {
  /** The ref whose first-parent history is the mainline, e.g. `refs/heads/main`. */
  readonly ref: string;
  readonly commits: readonly TopologyCommit[];
}

/** What kind of piece of work a unit is. */
export type UnitKind = 'pullRequest' | 'topic' | 'series';

/** A piece of work: the user's commits that shipped together, with what describes them. */
export interface WorkUnit {
  /**
   * Stable key: `pr:<repo>#<n>` (as `pullRequestKey`), `topic:<repo>@<merge sha>`, or
   * `series:<repo>@<sha of its first commit>`.
   */
  readonly key: string;
  readonly kind: UnitKind;
  /** Normalized repository name (see `CommitSource.repo`). */
  readonly repo: string;
  /** The user's commits in it, newest first. */
  readonly commits: readonly CommitRecord[];
  /** The merge that brought it onto the mainline, when there is one (for a topic or a merged PR). */
  readonly merge: TopologyCommit | undefined;
  /** The pull or merge request number, when known. */
  readonly pullRequest: number | undefined;
  /** The topic branch's name (`ps/odb-pluggable`), for a topic merged by name. */
  readonly topic: string | undefined;
  /** One line that names the work: the PR title, the topic's description, or the best commit's subject. */
  readonly title: string;
  /** ISO timestamp of the work: the newest author date of its commits. */
  readonly date: string;
  /** For a series of direct pushes that a release commit closed: that release's version and what kind of release it was (semver). */
  readonly releasedAs?: { readonly version: string; readonly kind: 'major' | 'minor' | 'patch' };
  /**
   * The units one release-notes item cites that make this one (work.ts `mergeCited`), the one it is named by first: this
   * unit is that one's, with all their commits. Absent for a unit of one part.
   */
  readonly parts?: readonly WorkUnit[];
}

/** The pull requests of a unit: its own, or each of its parts' (`WorkUnit.parts`), the one it is named by first. */
export function unitPullRequests(unit: WorkUnit): number[] {
  return [...new Set((unit.parts ?? [unit]).flatMap((u) => (u.pullRequest === undefined ? [] : [u.pullRequest])))];
}

/** core/paths.ts `areaOf` for a file at the repository's root. */
const ROOT_AREA = '(root)';

/** The area of a commit that changes only housekeeping files (CI, licences, tools' configuration). */
const UPKEEP_AREA = '(upkeep)';

/** A gap between two directly pushed commits (ms) above which they are not one series. */
export const SERIES_GAP_MS = 3 * 24 * 3_600_000;
/**
 * The longest a series runs (ms, from its first commit) before a commit in the same area starts a new
 * one, unless it follows up a file the series created: a maintainer who pushes every day would
 * otherwise make one series of a month's unrelated work. Chosen with `npm run eval:notability`
 * (7 days: fzf and sh gain right offers, fmt loses one).
 */
export const SERIES_SPAN_MS = 7 * 24 * 3_600_000;
/**
 * A longer gap (ms) within which a commit that changes a file the series created still continues it
 * (a follow-up to a feature's own new files, before the release that closes the series).
 */
export const FOLLOW_UP_GAP_MS = 14 * 24 * 3_600_000;

/**
 * The fewest lines of new code files (not tests) with which a commit starts a piece of work of its own, unless it changes
 * the series' files as much (`groupUnits`): folke's "feat(gh): new `gh` (GitHub cli) integration" (+2732 in 13 new files,
 * wired into 20 others) ended a week of picker work in the same `lua/` area as its last step. Most of the commit's lines, too.
 */
const NEW_MODULE_LINES = 200;

/** How many opening words two subjects share to name one series of steps (`sameOpening`). */
const NAMED_STEP_WORDS = 4;

/**
 * True when two subjects open with the same words (`NAMED_STEP_WORDS`, with any area prefix; a bracketed tag left out)
 * and each says more after them: steps of one piece of work named alike, one part at a time ("Add tz support to
 * addWeeks, getDayOfYear, …", "Add tz support to setYear, setWeekYear, …": date-fns's time-zone support, one function
 * folder per commit over three weeks). Not fixes: "Fix false positives for `Style/EndlessMethod`" and "… for
 * `Layout/EndAlignment`" are different bugs (rubocop).
 */
function sameOpening(a: string, b: string): boolean {
  const words = (s: string): string[] =>
    s
      .replace(/^\[[^\]\n]{1,30}\]\s*/, '')
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean);
  const [x, y] = [words(a), words(b)];
  if (x.length <= NAMED_STEP_WORDS || y.length <= NAMED_STEP_WORDS) return false;
  if (FIX_OPENING.test(stripPrefix(a))) return false;
  return x.slice(0, NAMED_STEP_WORDS).join(' ') === y.slice(0, NAMED_STEP_WORDS).join(' ');
}

/**
 * A merge subject that merges a branch or a tag, not a pull request's title: `Merge branch …`, `Merge topic …` (CMake's), `Merge
 * 'tokio-1.52.4' into 'master' (#8290)`, `merge release-1.2 into master`, `Merge tokio-1.52.x (for #8101)
 * into master (#8106)`; not `Merge RequestContext into AppContext (#123)`.
 */
function mergesBranch(subject: string): boolean {
  return SYNC_MERGE.test(subject) || /^merge\s+(pull request\b|topic '|['"])/i.test(subject) || /^merge\s+\S*\d+\.(\d+|x)\b/i.test(subject);
}

/**
 * The title of the pull request a merge commit merged: the subject, where it is the title with its number
 * (`Stabilize \`build.warnings\` (#16796)`: GitHub's merge queue, or a repository setting); else the first
 * line of the body (GitHub's `Merge pull request #42 from owner/branch` and GitLab's merge put it there).
 * Undefined when neither says it.
 */
export function pullRequestTitle(merge: TopologyCommit): string | undefined {
  const hosted = hostedPullRequestTitle(merge.subject);
  if (hosted) return hosted;
  if (pullRequestNamedInWords(merge) !== undefined) return merge.subject;
  if (!mergesBranch(merge.subject) && /\(#\d+\)\s*$/.test(merge.subject)) return merge.subject;
  const line = merge.body.split('\n')[0]?.trim();
  // (a title that only repeats a development line's name says nothing of the work: hono's "Merge pull request #5154
  // from honojs/next", titled "next")
  const branch = releaseLineMerged(merge);
  if (line && branch && line.toLowerCase().replace(/[\s_]+/g, '-') === branch.toLowerCase()) return undefined;
  // (nor one that only says it merges branches: dart_style's "Merge pull request #1859 from dart-lang/merge-dart-sdk-main",
  // titled "Merge commit for Dart SDK main branch roll", bringing back a fix cherry-picked onto the SDK's branches)
  if (line && (SYNC_MERGE.test(line) || /^merge commit for\b/i.test(line))) return undefined;
  return line && !/^See merge request/.test(line) ? line : undefined;
}

/** The name of a development or release line, not of a piece of work: `next`, `dev`, `main`, `v4`, `v3-dev`, `2.x`. */
const RELEASE_LINE = /^(next|dev|devel|develop|development|main|master|trunk|staging|canary|beta|alpha|v?\d+(\.(\d+|x))*(-?dev|-?next)?)$/i;

/**
 * The development line a pull request's merge brought (`Merge pull request #5154 from honojs/next` → `next`): a line of
 * many pieces of work, each squash-merged onto it by its own pull request. Undefined for a branch of one piece of work.
 */
function releaseLineMerged(merge: TopologyCommit): string | undefined {
  const branch = pullRequestBranch(merge);
  return branch && RELEASE_LINE.test(branch) ? branch : undefined;
}

/** The branch GitHub's merge of a pull request names: `Merge pull request #5154 from honojs/next` → `next`. */
function pullRequestBranch(merge: TopologyCommit): string | undefined {
  return /^Merge pull request #\d+ from \S+?\/(\S+)\s*$/.exec(merge.subject)?.[1];
}

/** A release's branch: `release-4.0`, `release/12.x`, `release-3.4.0`. */
const RELEASE_BRANCH_LINE = /^(release|releases|rel)[-/_]v?\d+(\.(\d+|x))*$/i;

/**
 * True when a pull request's merge brought a line onto which pull requests were squash-merged: a development line
 * (`releaseLineMerged`) or a release's branch, by its name or its pull request's title (Apollo Client's "Merge pull request #12201 from apollographql/release-4.0",
 * titled "Release 4.0": 64 of Jerel Miller's squash-merged pull requests were one unit). A release's branch keeps its title,
 * which names the release (`pullRequestTitle`).
 */
function squashLineMerged(merge: TopologyCommit): boolean {
  const branch = pullRequestBranch(merge);
  if (branch !== undefined) return RELEASE_LINE.test(branch) || RELEASE_BRANCH_LINE.test(branch);
  // (or a merge titled as the release it brings, its branch unnamed: Apollo Client's "Release 4.2 (#13129)")
  return RELEASE_TITLE.test(pullRequestTitle(merge) ?? '');
}

/** A pull request's title that names the release it merges and nothing else: "Release 4.2 (#13129)", "Release v5.x". */
const RELEASE_TITLE = /^release v?\d+(\.(\d+|x))*(\s*\(#\d+\))?\s*$/i;

/**
 * The number of the pull request a merge commit merged: `Merge pull request #42 from owner/branch` → 42;
 * GitLab's `See merge request group/app!42` → 42; a subject that is the PR's title, `Stabilize
 * \`build.warnings\` (#42)` → 42 (not a branch's merge that names one: `Merge 'tool-1.2.3' into 'master' (#43)`).
 */
function mergedPullRequest(merge: TopologyCommit): number | undefined {
  const hosted = hostedPullRequest(merge.subject);
  if (hosted !== undefined) return hosted;
  const named = pullRequestNamedInWords(merge);
  if (named !== undefined) return named;
  const m = /^See merge request [^\s!]+!(\d+)\s*$/m.exec(merge.body) ?? (mergesBranch(merge.subject) ? null : /\(#(\d+)\)\s*$/.exec(merge.subject));
  return m ? Number(m[1]) : undefined;
}

/**
 * The subjects code hosts give the commits that land a pull request: GitHub's merge (`Merge pull request #123 from …`, and
 * Bitbucket Server's, `Merge pull request #123 in PROJ/repo from …`), Gitea's and Forgejo's (`Merge pull request 'Title'
 * (#123) from alice/sso into main`), Azure DevOps' merge or squash (`Merged PR 123: Title`) and Bitbucket Cloud's (`Merged
 * in feature/sso (pull request #123)`). The title where the subject holds it (Gitea's, Azure DevOps').
 */
const HOSTED_MERGE =
  /^(?:Merge pull request #(\d+)\b|Merge pull request '(.+)' \(#(\d+)\) from \S|Merged PR (\d+):\s+(\S.*)|Merged in \S+ \(pull request #(\d+)\))/;

/** The pull request a commit's subject says a code host landed (`HOSTED_MERGE`), or undefined. */
export function hostedPullRequest(subject: string): number | undefined {
  const m = HOSTED_MERGE.exec(subject);
  const n = m && (m[1] ?? m[3] ?? m[4] ?? m[6]);
  return n ? Number(n) : undefined;
}

/** The title a code host wrote into the subject of the commit that landed a pull request (Gitea's, Azure DevOps'), or undefined. */
export function hostedPullRequestTitle(subject: string): string | undefined {
  const m = HOSTED_MERGE.exec(subject);
  return m ? (m[2] ?? m[5])?.trim() : undefined;
}

/**
 * `Merge branch 'ps/foo'` → `ps/foo`: the branch a merge by name brought in, whatever kind of branch it is (and Kitware's robot's
 * `Merge topic 'preset-file-dir'`: CMake's topics).
 */
function branchMerged(merge: TopologyCommit): string | undefined {
  return /^Merge (?:remote-tracking branch|branch|topic) '([^']+)'(?: of \S+)?(?: into '?[^']*'?)?\s*$/.exec(merge.subject)?.[1];
}

/**
 * `Merge branch 'ps/foo'` (a maintainer merging a topic) → `ps/foo`; not a merge of a mainline branch
 * into another, nor of a branch in `longLived` (see `longLivedBranches`).
 */
function topicName(merge: TopologyCommit, longLived: ReadonlySet<string>): string | undefined {
  const branch = branchMerged(merge);
  return branch === undefined || SYNC_BRANCH.test(branch) || longLived.has(branch) ? undefined : branch;
}

/**
 * How many times one branch must be merged onto the mainline within the window to be a long-lived
 * branch, not a topic. git.git merges a topic that grows after it graduated up to three times over two
 * years (`jc/whitespace-incomplete-line`); tmux merges its OpenBSD mirror (`obsd-master`) every few days,
 * 466 times since mid-2024.
 */
export const LONG_LIVED_MERGES = 4;

/**
 * Branches merged onto the mainline `LONG_LIVED_MERGES` times or more in the window (`mainlineMerges`:
 * the merges on the first-parent chain): a mirror or a second development line synced again and again,
 * whose commits are each their own work, not one topic per merge.
 */
function longLivedBranches(mainlineMerges: readonly TopologyCommit[]): Set<string> {
  const counts = new Map<string, number>();
  for (const merge of mainlineMerges) {
    const branch = branchMerged(merge);
    if (branch !== undefined) counts.set(branch, (counts.get(branch) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= LONG_LIVED_MERGES).map(([b]) => b));
}

/**
 * Branches merged only to bring a branch up to date (their commits are not the merge's topic): the
 * mainline's names, and a release or maintenance line merged back (`v3.9.x`, `3.x`, `release/1.4`,
 * `maint-2.45`), whose commits are the fixes and pull requests made there, each its own work.
 */
const SYNC_BRANCH =
  /^(?:[\w.-]+\/)*(?:main|master|trunk|develop|maint|next|seen|stable|release|v?\d+(?:\.(?:\d+|x))+|(?:release|releases|maint|stable|hotfix|support)[-/]v?\d[\w.-]*)$/;

/**
 * A merge the user wrote in their own words (fish-shell's "Merge key decoding fixes", "Merge changes to config
 * paths"): it brings one topic onto the mainline, as a merge of a branch by name does. Not GitHub's or GitLab's
 * merges of a pull request, a merge of a branch, tag or commit by name (tokio's release lines: `Merge 'tokio-1.52.4'
 * into 'master' (#8290)`, `mergesBranch`), nor git.git's "Sync with 'maint'" or a
 * merge from another repository's URL (`Merge https://github.com/j6t/git-gui`), whose commits are many pieces of work.
 */
function namedInWords(merge: TopologyCommit): boolean {
  // (GitHub's merge of a security advisory's private fork names its fix in its body, as a merge in words does)
  if (ADVISORY_MERGE.test(merge.subject)) return merge.body.trim().length > 0;
  return (
    !/^(Merge (pull request|branch|remote-tracking|tag|commit|[0-9a-f]{7,40}\b|https?:|git:|ssh:)|Sync with\b)/i.test(merge.subject) &&
    !mergesBranch(merge.subject)
  );
}

/**
 * The pull request a squash-merged backport copies onto a release line, by its subject: patchback's
 * `[PR #12597/28d1214f backport][3.13] Stop calling … (#12604)`, a backport's squash that keeps the
 * original's number before its own (`Add decode_text parameter … (#11764) (#11858)`), or `Backport #123 …`.
 */
function backportedPullRequest(subject: string): number | undefined {
  const m =
    /^\[PR #(\d+)\/[0-9a-f]{6,40} backport\]/i.exec(subject) ??
    /\(#(\d+)\)\s*\(#\d+\)\s*$/.exec(subject) ??
    /^(?:\[[^\]]{1,30}\]\s*)?backport(?:ed)?(?: of)?(?: PR)? #(\d+)\b/i.exec(subject);
  return m ? Number(m[1]) : undefined;
}

/**
 * A line that only names the pull request a merge landed: GitHub's `Merge pull request #2813 from simonw/bulk-insert`
 * moved into the body, `Merge PR #2769`, `PR #2749 - https://github.com/simonw/datasette/pull/2749`, or the pull request's
 * address alone.
 */
const PULL_REQUEST_LINE = /^(?:(?:Merge (?:pull request|PR)|PR) #(\d+)(?: from \S+)?(?:\s*-?\s*https?:\/\/\S+)?|https?:\/\/\S+\/pull\/(\d+)\/?)\s*$/i;

/**
 * The pull request a merge in its author's words landed, where the body's first line only names it: a maintainer who
 * merges on GitHub and writes the title as the merge's subject (datasette's "Write SQL query UI, canned queries now
 * stored in internal database", its body "PR #2741"). Undefined for any other merge.
 */
function pullRequestNamedInWords(merge: TopologyCommit): number | undefined {
  if (!namedInWords(merge) || ADVISORY_MERGE.test(merge.subject)) return undefined;
  const m = PULL_REQUEST_LINE.exec(merge.body.trim().split('\n')[0]?.trim() ?? '');
  return m ? Number(m[1] ?? m[2]) : undefined;
}

/**
 * The first paragraph of a merge's body (a topic's description), without the `* topic:` shortlog, nor CMake's list of the
 * topic's commits (`3c314349d5 presets: Evaluate \`fileDir\` macro ahead of schedule`, one per line, `...` after the eighth), nor references alone
 * (datasette's "Refs #2693, #2692" under "Datasette.close() method, plus pytest plugin …").
 */
function mergeDescription(merge: TopologyCommit): string {
  const paragraph = merge.body.split(/\n\s*\n/)[0] ?? '';
  if (/^\* /.test(paragraph) || /^See merge request/.test(paragraph)) return '';
  if (listsCommits(paragraph)) return '';
  const text = paragraph.replace(/\s+/g, ' ').trim();
  return REFERENCES_ONLY.test(text) ? '' : text;
}

/** True for a paragraph of a merge's body that only lists the commits it brings: CMake's `3c314349d5 presets: Evaluate …`, one per line, `...` after the eighth. */
export function listsCommits(paragraph: string): boolean {
  const lines = paragraph.trim().split('\n');
  return lines[0] !== '' && lines.every((line) => /^([0-9a-f]{7,40} \S|\.\.\.$)/.test(line.trim()));
}

/** Words that only point at issues: `Refs #2693, #2692`, `Closes #12 and #14.`, `See #7`. */
const REFERENCES_ONLY = /^(?:(?:refs?|references|closes?|closed|fixes|fixed|resolves?|resolved|see)\b:?\s*)?#\d+(?:\s*(?:,|and|&)?\s*#\d+)*\.?$/i;

/**
 * The mainline merges of `topology` and, for each commit they brought, which one: a walk over the
 * parents in memory, oldest merge first, so a commit belongs to the first merge that brought it.
 * Returns commit sha → merge, and the set of mainline commits (the first-parent chain from the tip).
 */
export function bringers(topology: Topology): { byCommit: Map<string, TopologyCommit>; mainline: Set<string> } {
  const bySha = new Map(topology.commits.map((c) => [c.sha, c]));
  const isParent = new Set(topology.commits.flatMap((c) => c.parents));
  const tip = topology.commits.find((c) => !isParent.has(c.sha));
  const mainline = new Set<string>();
  const chain: TopologyCommit[] = [];
  for (let c = tip; c && !mainline.has(c.sha); c = c.parents[0] ? bySha.get(c.parents[0]) : undefined) {
    mainline.add(c.sha);
    chain.push(c);
  }
  const byCommit = new Map<string, TopologyCommit>();
  for (const merge of chain.reverse()) {
    if (merge.parents.length < 2) continue;
    const stack = merge.parents.slice(1);
    const brought = new Set<string>();
    while (stack.length > 0) {
      const sha = stack.pop()!;
      if (mainline.has(sha) || byCommit.has(sha)) continue;
      const c = bySha.get(sha);
      if (!c) continue; // older than the window
      byCommit.set(sha, merge);
      brought.add(sha);
      stack.push(...c.parents);
    }
    if (brought.size > 0) innerPullRequests(merge, merge, brought, bySha, byCommit);
  }
  return { byCommit, mainline };
}

/**
 * The pull requests merged inside what a merge brought (`region`: those commits, all brought by `owner`): a merge of merges,
 * EMQX's "sync `release-63` to `master`" pull requests, each bringing a release line's own merged pull requests ("Merge pull
 * request #17760 from savonarola/20260628-r63-work-with-images"), and the lines synced into it before. Walks the first-parent
 * line of the merge's branch in memory, oldest first: each merge on it that lands a pull request brings its own side (and
 * what is merged inside that, in turn); any other merge (`Merge remote-tracking branch 'origin/dev-63' into …`) is walked
 * into as the line it brings. Commits pushed onto a line stay `owner`'s. Changes `byCommit` in place.
 */
function innerPullRequests(
  merge: TopologyCommit,
  owner: TopologyCommit,
  region: ReadonlySet<string>,
  bySha: ReadonlyMap<string, TopologyCommit>,
  byCommit: Map<string, TopologyCommit>,
): void {
  const line: TopologyCommit[] = [];
  const onLine = new Set<string>();
  for (let c = bySha.get(merge.parents[1]!); c && region.has(c.sha) && !onLine.has(c.sha); c = c.parents[0] ? bySha.get(c.parents[0]) : undefined) {
    line.push(c);
    onLine.add(c.sha);
  }
  const claimed = new Set<string>();
  for (const inner of line.reverse()) {
    if (inner.parents.length < 2) continue;
    const bringer = mergedPullRequest(inner) !== undefined ? inner : owner;
    const side = new Set<string>();
    const stack = inner.parents.slice(1);
    while (stack.length > 0) {
      const sha = stack.pop()!;
      if (!region.has(sha) || onLine.has(sha) || claimed.has(sha)) continue;
      claimed.add(sha);
      side.add(sha);
      byCommit.set(sha, bringer);
      stack.push(...bySha.get(sha)!.parents);
    }
    if (side.size > 0) innerPullRequests(inner, bringer, side, bySha, byCommit);
  }
}

/**
 * Commits brought by a security advisory's merge off the mainline (`ADVISORY_MERGE`, merged onto a stable branch that a
 * sync merge later brought to the mainline: jinja's "attr filter uses env.getattr", merged onto `stable`, then
 * `Merge branch 'stable'`) → that merge. A walk in memory from the merge's second parent back to the first parent's
 * first-parent line, of at most `ADVISORY_COMMITS` commits (an advisory's fix is a few commits on a recent base).
 */
function advisoryBringers(topology: Topology, mainline: ReadonlySet<string>): Map<string, TopologyCommit> {
  const bySha = new Map(topology.commits.map((c) => [c.sha, c]));
  const brought = new Map<string, TopologyCommit>();
  for (const merge of topology.commits) {
    if (mainline.has(merge.sha) || merge.parents.length < 2 || !ADVISORY_MERGE.test(merge.subject)) continue;
    const base = new Set<string>();
    for (let c = bySha.get(merge.parents[0]!); c && base.size < ADVISORY_BASE; c = c.parents[0] ? bySha.get(c.parents[0]) : undefined) base.add(c.sha);
    const stack = merge.parents.slice(1);
    const seen = new Set<string>();
    while (stack.length > 0 && seen.size < ADVISORY_COMMITS) {
      const sha = stack.pop()!;
      if (base.has(sha) || seen.has(sha)) continue;
      const c = bySha.get(sha);
      if (!c) continue;
      seen.add(sha);
      stack.push(...c.parents);
    }
    // a walk that did not reach the base within its bound found no small fix: leave those commits where they are
    if (stack.length === 0) for (const sha of seen) brought.set(sha, merge);
  }
  return brought;
}

/** The most commits an advisory's fix brings (`advisoryBringers`); and how far back its base is looked for. */
const ADVISORY_COMMITS = 50;
const ADVISORY_BASE = 2000;

/**
 * The area a series groups by: core/paths.ts `areaOf`, except that a source file at the repository's
 * root is its own area (tmux keeps all its C files there: `(root)` would say nothing about what
 * a commit works on).
 */
function seriesArea(path: string): string {
  const area = areaOf(path);
  return area === ROOT_AREA && isSourceCodePath(path) ? path : area;
}

/** True for an area that is one file (`seriesArea` of a source file at the root). */
function isFileArea(area: string): boolean {
  return area !== ROOT_AREA && !area.includes('/') && isSourceCodePath(area);
}

/** Areas (`seriesArea`) of a commit's real work: generated, test and bookkeeping files left out. */
function workAreas(commit: CommitRecord, conventions: Conventions): Set<string> {
  const areas = new Set<string>();
  for (const f of commit.files) if (isWorkPath(f.path, conventions)) areas.add(seriesArea(f.path));
  return areas;
}

/** A path of the product's code: not generated, tests or bookkeeping. */
function isWorkPath(path: string, conventions: Conventions): boolean {
  return !isGeneratedIn(conventions, path) && !isTestIn(conventions, path) && !isBookkeepingPath(path, conventions);
}

/** A folder of tests only (`test/`, `t/`, `spec/`, `packages/app/__tests__`): the tests in it do not say which area they test. */
const TESTS_FOLDER = /(^|\/)(t|tests?|specs?|__tests__|testing|e2e|integration|testdata|test-data|fixtures?)$/i;

/** Areas (core/paths.ts `areaOf`) whose tests a commit changes where the tests sit next to the code (`interp/handler_test.go` → `interp`); none for a tests folder. */
function testedAreas(commit: CommitRecord, conventions: Conventions): Set<string> {
  const areas = new Set<string>();
  for (const f of commit.files) {
    if (isGeneratedIn(conventions, f.path) || !isTestIn(conventions, f.path)) continue;
    const area = areaOf(f.path);
    if (area !== '(root)' && !TESTS_FOLDER.test(area) && !conventions.testFolders.includes(`${area}/`)) areas.add(area);
  }
  return areas;
}

/** Paths a commit created (`created` in its `--summary`), generated and bookkeeping files left out: the work's own new code and tests. */
function createdFiles(commit: CommitRecord, conventions: Conventions): Set<string> {
  return new Set(commit.files.filter((f) => f.created && !isGeneratedIn(conventions, f.path) && !isBookkeepingPath(f.path, conventions)).map((f) => f.path));
}

/**
 * True when a commit only writes entries in release-notes files (core/conventions.ts `isReleaseNotesPath`), more lines
 * added than taken out: the work before it is done. babashka's maintainer pushes each change, then its line in
 * CHANGELOG.md ("changelog"). Not a commit that writes its entry beside its code (strace's NEWS, fzf's CHANGELOG,
 * written as each step lands: splitting there lost 10 items of recall on the tuning sets), nor a reworded entry.
 */
function writesEntry(commit: CommitRecord): boolean {
  return commit.files.every((f) => isReleaseNotesPath(f.path)) && commit.files.some((f) => f.additions > f.deletions);
}

/**
 * The review a commit went through on its own, by the trailer its review tool adds as it lands it: Gerrit's `Reviewed-on:
 * https://go-review.googlesource.com/c/tools/+/739222` (Go, Android, Chromium and the companies that run Gerrit) or
 * Phabricator's `Differential Revision: https://reviews.llvm.org/D12345` (Meta's exported commits name the diff alone:
 * `Differential Revision: D74812345`). Undefined for other commits. Each change is reviewed and submitted alone: the
 * Go team's commits of a week in `gopls/` and `go/` are as many changes, not one series; a stack of them that builds on
 * the same code (pyrefly's 29 diffs of overload residuals, landed together) is one.
 */
export function reviewedChange(commit: CommitRecord): string | undefined {
  return /^(?:Reviewed-on:[ \t]*(https?:\/\/\S+)|Differential Revision:[ \t]*(https?:\/\/\S+|D\d+))\s*$/m.exec(commit.body)?.slice(1).find(Boolean);
}

/** `Fixes #12`, `closes #3`, `Resolved: #40` in a commit's message → the issue numbers it says it closes (GitHub's and GitLab's closing keywords). */
export function closedIssues(commit: CommitRecord): Set<number> {
  const issues = new Set<number>();
  for (const m of `${commit.subject}\n${commit.body}`.matchAll(/\b(?:fix(?:es|ed)?|close[sd]?|resolve[sd]?)\b:?\s+#(\d+)\b/gi)) issues.add(Number(m[1]));
  return issues;
}

/**
 * The issues a subject names (`#938` in markdown-it's "Store reference labels in token metadata, #938", pushed directly): in a
 * series of direct pushes, steps that name different issues are different pieces of work, as those that close them are.
 */
function subjectIssues(subject: string): number[] {
  return [...subject.matchAll(/(?<![\w/])#(\d+)\b/g)].map((m) => Number(m[1]));
}

/** A subject that says a commit writes numbered work's release notes: "Update release notes for #4788", "Add release notes wrt #4953, minor tweaks". */
const NOTES_FOR = /\b(release[- ]?notes|changelog|change ?log|news)\b (for|wrt|of|about|on) #\d+/i;

/**
 * True for a commit of a unit that writes the release notes of numbered work that is not the unit's (no other commit of
 * the unit names or closes the number, nor is it the unit's pull request): jackson-databind's maintainer pushes "Update
 * release notes for #4788" (a contributor's fix, "(fix by Joo-Hyuk K)") among his test clean-ups. Its lines are that
 * work's entry, not the unit's (work.ts `Matchable.written`, notability.ts `changelog`).
 */
export function writesUpAnother(commit: CommitRecord, unit: WorkUnit): boolean {
  if (!NOTES_FOR.test(commit.subject)) return false;
  const own = ownNumbers(unit, commit);
  return subjectIssues(commit.subject).every((n) => !own.has(n));
}

/**
 * The numbers a unit's commits (but `except`) answer to: its pull requests, and the issues their subjects name or their
 * messages close (`#12` in "Fix #12: …", "Fixes #12").
 */
export function ownNumbers(unit: WorkUnit, except?: CommitRecord): Set<number> {
  const others = unit.commits.filter((c) => c !== except);
  return new Set([...unitPullRequests(unit), ...others.flatMap((c) => [...subjectIssues(c.subject), ...closedIssues(c)])]);
}

/**
 * `Part of #3058`, `Towards #12`, `Work towards microsoft/vscode#271104` in a commit's message → the issues it says it is
 * a step of, as `#3058` or `microsoft/vscode#271104` (lower case).
 */
export function stepOfIssues(commit: CommitRecord): Set<string> {
  const issues = new Set<string>();
  for (const m of `${commit.subject}\n${commit.body}`.matchAll(/\b(?:part of|(?:work |a step |steps )?towards?)\s+((?:[\w.-]+\/[\w.-]+)?#\d+)\b/gi))
    issues.add(m[1]!.toLowerCase());
  return issues;
}

/**
 * The most pull requests one issue may tie into one piece of work (`tiedByIssue`): more are steps of an umbrella issue
 * (a roadmap, an epic), each a piece of work of its own.
 */
const MAX_TIED = 4;

/**
 * How far apart (in numbers) two sibling pull requests may be (`siblingPullRequests`): opened one after the other, a few at most
 * between them (cibuildwheel's #2857 and #2858, okhttp's #8831 and #8836).
 */
const SIBLING_NUMBERS = 10;

/** The words of a title without its conventional type or scope, its `(#12)` and its punctuation, lower case. */
function titleWords(title: string): string[] {
  return stripPrefix(title.replace(/\s*\(#\d+\)\s*$/, ''))
    .toLowerCase()
    .split(/[^\p{L}\p{N}_.+-]+/u)
    .map((w) => w.replace(/\.+$/, ''))
    .filter(Boolean);
}

/**
 * True when two pull requests' titles say the same of two names: the same words but for one or two in one place, not
 * the first (the verb: "Add …" and "Remove …" are two pieces of work), and at least two of the shared ones content words;
 * or the same words under two scopes. cibuildwheel's "feat: add CPython 3.15 support for iOS" and "… for Android",
 * prettier's "Add \`yuku\` parser" and "Add \`yuku-ts\` parser", pipx's "feat(uninstall): add scriptable output" and
 * "feat(pin): …": one item of the release notes each. Not fixes ("Fix crash on X", "Fix crash on Y": two bugs).
 */
function sayAlike(a: string, b: string): boolean {
  if (FIX_OPENING.test(stripPrefix(a)) || FIX_OPENING.test(stripPrefix(b))) return false;
  const [x, y] = [titleWords(a), titleWords(b)];
  if (x.join(' ') === y.join(' ')) {
    const [sa, sb] = [subjectPrefix(a)?.scope, subjectPrefix(b)?.scope];
    return sa !== undefined && sb !== undefined && sa !== sb && x.length >= 2;
  }
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let end = 0;
  while (end < x.length - start && end < y.length - start && x[x.length - 1 - end] === y[y.length - 1 - end]) end++;
  const [dx, dy] = [x.length - start - end, y.length - start - end];
  if (start === 0 || dx < 1 || dy < 1 || dx > 2 || dy > 2) return false;
  // (two numbers or versions are two releases, two counts: "Prepare release 26.5.0", "… 26.5.1")
  const differ = [...x.slice(start, x.length - end), ...y.slice(start, y.length - end)];
  if (differ.some((w) => /^v?\d/.test(w))) return false;
  const shared = [...x.slice(0, start), ...x.slice(x.length - end)].join(' ');
  // (one content word is enough for two variants of one name: prettier's `yuku` and `yuku-ts`)
  const [u, v] = [x.slice(start, x.length - end), y.slice(start, y.length - end)];
  const variants = u.length === 1 && v.length === 1 && (v[0]!.startsWith(`${u[0]}-`) || u[0]!.startsWith(`${v[0]}-`));
  return contentWords(shared).size >= (variants ? 1 : 2);
}

/**
 * The stack a pull request's branch is numbered in (`Merge pull request #3645 from square/bquenaudon.2026-07-02.fieldmask_2`
 * → `bquenaudon.fieldmask`): its name without the number at its end, which follows a word of four letters at least, and
 * without dates. Undefined for a branch numbered in no such way (ghstack's `gh/ezyang/12/head`, `fix-1234`, `v2`) or whose
 * name says nothing of the work (`GENERIC_BRANCH`).
 */
export function stackOf(unit: WorkUnit): string | undefined {
  const branch = unit.merge && mergedBranch(unit.merge.subject);
  const stem = branch && /^(.*[a-z]{4})[-_.]?\d{1,3}$/i.exec(branch)?.[1];
  // (not a name that says nothing of the work: GitHub's `patch-1`, `patch-2` for edits made on the web)
  if (!stem || GENERIC_BRANCH.test(stem)) return undefined;
  return stem.replace(/\d{4}-\d{2}-\d{2}[-_.]?/g, '').toLowerCase();
}

/** A branch name's last word that names no piece of work: GitHub's `patch-N` for a file edited on the web, `fix-N`, `feature-N`. */
const GENERIC_BRANCH = /(^|[^a-z])(patch|fix|bugfix|hotfix|feature|feat|update|change|changes|branch|test|tests|work|wip|temp|tmp|main|master|develop)$/i;

/**
 * Pairs of the user's pull requests opened one after the other (`SIBLING_NUMBERS`) whose titles say the same of two names
 * (`sayAlike`), or whose branches are numbered in one stack (`stackOf`: wire's twelve `…fieldmask_N` pull requests of
 * FieldMask support, each built on the one before); not upkeep, releases, reverts or merges of a branch (a bot's "Update
 * dependency x to v1.2" and "… to v1.3"). work.ts makes one unit of those each notable alone.
 */
export function siblingPullRequests(units: readonly WorkUnit[], conventions: Conventions): [WorkUnit, WorkUnit][] {
  const work = (u: WorkUnit): boolean =>
    !isRoutineSubject(u.title, conventions) &&
    !isRevert(u.title) &&
    !mergesBranch(u.title) &&
    // (a release, not work that its own commit releases: flutter/packages tags each pull request's squash as its package's
    // release, `google_maps_flutter_web-v0.6.2` on "Add color scheme support to web implementation (#11279)")
    !u.commits.some(
      (c) =>
        (isReleaseCommit(c) && (isReleaseCommit({ subject: c.subject, tags: [] }) || workAreas(c, conventions).size === 0)) ||
        isRoutineSubject(c.subject, conventions),
    );
  const prs = units.filter((u) => u.kind === 'pullRequest' && u.pullRequest !== undefined && work(u)).sort((a, b) => a.pullRequest! - b.pullRequest!);
  const pairs: [WorkUnit, WorkUnit][] = [];
  for (const [i, a] of prs.entries())
    for (const b of prs.slice(i + 1)) {
      if (b.pullRequest! - a.pullRequest! > SIBLING_NUMBERS) break;
      if (sayAlike(a.title, b.title) || (stackOf(a) !== undefined && stackOf(a) === stackOf(b))) pairs.push([a, b]);
    }
  return pairs;
}

/** The groups `pairs` of units join (each pair's two in one group, through any unit they share), groups of one left out; in `units`' order. */
export function joinedGroups(units: readonly WorkUnit[], pairs: readonly (readonly [WorkUnit, WorkUnit])[]): WorkUnit[][] {
  const root = new Map<WorkUnit, WorkUnit>();
  const find = (u: WorkUnit): WorkUnit => {
    const r = root.get(u) ?? u;
    return r === u ? u : find(r);
  };
  for (const [a, b] of pairs) if (find(a) !== find(b)) root.set(find(b), find(a));
  const groups = new Map<WorkUnit, WorkUnit[]>();
  const joined = new Set(pairs.flat());
  for (const u of units) if (joined.has(u)) groups.set(find(u), [...(groups.get(find(u)) ?? []), u]);
  return [...groups.values()].filter((g) => g.length > 1);
}

/**
 * Pull requests that close the same issue or say they are part of it (`closedIssues`, `stepOfIssues`) are one piece of work:
 * vscode-pull-request-github's "Get webview context menu commands ready for multi-webview (#8492)" and "Remove external
 * uses of current panel (#8493)", each "Part of #3058". The pairs to join (`joinedGroups`): `MAX_TIED` at most per issue,
 * the rest left out.
 */
function tiedByIssue(units: readonly WorkUnit[]): (readonly [WorkUnit, WorkUnit])[] {
  const byIssue = new Map<string, WorkUnit[]>();
  for (const unit of units) {
    if (unit.kind !== 'pullRequest') continue;
    const issues = new Set(unit.commits.flatMap((c) => [...[...closedIssues(c)].map((n) => `#${n}`), ...stepOfIssues(c)]));
    issues.delete(`#${unit.pullRequest}`);
    for (const issue of issues) byIssue.set(issue, [...(byIssue.get(issue) ?? []), unit]);
  }
  // joined through any issue they share
  const tied = [...byIssue.values()].filter((t) => t.length >= 2 && t.length <= MAX_TIED);
  return tied.flatMap((t) => t.slice(1).map((u) => [t[0]!, u] as const));
}

/**
 * Pull requests that port one change to each release line are one piece of work: the same title, within `PORT_DAYS` of each
 * other, and a commit of the same subject in each (the cherry-pick). EMQX's "fix(coap): fix connection-mode dtls" merged
 * onto `master` (#16536) and onto `release-60` (#16603). Not routine upkeep, whose titles repeat for unrelated work.
 */
function ported(units: readonly WorkUnit[], conventions: Conventions): (readonly [WorkUnit, WorkUnit])[] {
  const plain = (text: string): string =>
    text
      .replace(/\s*\(#\d+\)\s*$/, '')
      .trim()
      .toLowerCase();
  const byTitle = new Map<string, WorkUnit[]>();
  for (const unit of units) {
    if (unit.kind !== 'pullRequest' || isRoutineSubject(unit.title, conventions)) continue;
    const key = plain(unit.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), unit]);
  }
  const subjects = (u: WorkUnit): Set<string> => new Set(u.commits.filter((c) => c.parents.length < 2).map((c) => plain(c.subject)));
  const pairs: (readonly [WorkUnit, WorkUnit])[] = [];
  for (const [a, ...others] of byTitle.values()) {
    const picks = subjects(a!);
    for (const b of others) {
      const close = Math.abs(timeOf(a!.date) - timeOf(b.date)) <= PORT_DAYS * 86_400_000;
      if (close && [...subjects(b)].some((x) => picks.has(x))) pairs.push([a!, b]);
    }
  }
  return pairs;
}

/** How far apart (days) the pull requests that port one change may be (`ported`): EMQX ports within days to weeks. */
const PORT_DAYS = 60;

/**
 * Pull requests whose titles name one feature first, in words, then the step each takes, are one piece of work: Temporal's
 * "Dynamic partitioning: client side (#9732)", "Dynamic partitioning: server validation (#9997)", "Dynamic partitioning: scale
 * manager (#10365)", within `NAMED_DAYS` of the one before. Not a name of fixes, tests or upkeep ("Bug fix: …", "Functional
 * tests: …"), nor an area (`docs:`, `Scheduler:`, wire's "Gradle plugin:", `COMPONENT`), which names where, not what.
 */
function namedSteps(units: readonly WorkUnit[]): (readonly [WorkUnit, WorkUnit])[] {
  const byName = new Map<string, WorkUnit[]>();
  for (const unit of units) {
    const name = unit.kind === 'pullRequest' ? NAMED_FEATURE.exec(unit.title)?.[1] : undefined;
    if (
      name === undefined ||
      /\b(fix\w*|bugs?|tests?|flak\w*|chores?|docs?|typos?|lint\w*|refactor\w*|clean\w*|ci|deps?)\b/i.test(name) ||
      COMPONENT.test(name)
    )
      continue;
    byName.set(name.toLowerCase(), [...(byName.get(name.toLowerCase()) ?? []), unit]);
  }
  const pairs: (readonly [WorkUnit, WorkUnit])[] = [];
  for (const steps of byName.values()) {
    const sorted = [...steps].sort((a, b) => timeOf(a.date) - timeOf(b.date));
    for (let i = 1; i < sorted.length; i++)
      if (timeOf(sorted[i]!.date) - timeOf(sorted[i - 1]!.date) <= NAMED_DAYS * 86_400_000) pairs.push([sorted[i - 1]!, sorted[i]!]);
  }
  return pairs;
}

/** A title that names a feature in two to four words, then a step of it: `Dynamic partitioning: scale manager`. */
const NAMED_FEATURE = /^([A-Z][a-z]+(?: [a-z]+){1,3}): \S/;

/** A name that ends in a kind of component is an area in two words, not a feature: wire's "Gradle plugin: …", "Language server: …". */
const COMPONENT =
  /\b(plugins?|servers?|clients?|ui|api|cli|modules?|packages?|library|libs?|extensions?|integrations?|parser|compiler|runtime|sdk|apps?|website|site|build|config|tooling|scripts?|bindings?)$/i;

/** How far apart (days) the steps of one named feature may land (`namedSteps`). */
const NAMED_DAYS = 90;

/**
 * One unit of `parts`, pieces of work that are one (`tiedByIssue`; work.ts: the units one release-notes item cites). It
 * is the part's that says most of `words` (what names the whole, when known), of those the biggest (most lines
 * changed): its key, kind, title, pull request and merge; with every part's commits, newest first. `parts` keeps them
 * all (a part made of parts gives its own), that one first, for their pull requests.
 */
export function mergeUnits(parts: readonly WorkUnit[], words: ReadonlySet<string> = new Set()): WorkUnit {
  const all = parts.flatMap((u) => u.parts ?? [u]);
  const said = (u: WorkUnit): number => [...contentWords(u.title)].filter((w) => words.has(w)).length;
  const lines = (u: WorkUnit): number => u.commits.reduce((n, c) => n + c.additions + c.deletions, 0);
  const ranked = [...all].sort((a, b) => said(b) - said(a) || lines(b) - lines(a));
  const commits = [...new Set(all.flatMap((u) => u.commits))].sort((a, b) => timeOf(b.authorDate) - timeOf(a.authorDate));
  return { ...ranked[0]!, commits, date: commits[0]!.authorDate, parts: ranked };
}

function timeOf(iso: string): number {
  return parseISO(iso).getTime();
}

/**
 * What one landing of commits shares (`groupUnits`): the committer's email and commit time, for a commit that someone
 * other than its author committed (applied, rebased, merged by rebasing). Undefined for the author's own commits
 * (their local rebase gives unrelated commits one time too), a merge, a release or routine upkeep, which are units of
 * their own.
 */
function landingKey(commit: CommitRecord, conventions: Conventions): string | undefined {
  const { committerEmail, committerDate } = commit;
  if (!committerEmail || !committerDate || committerEmail.toLowerCase() === commit.authorEmail.toLowerCase()) return undefined;
  if (commit.parents.length > 1 || isReleaseCommit(commit) || isRoutineSubject(commit.subject, conventions)) return undefined;
  return `${committerEmail.toLowerCase()} ${timeOf(committerDate)}`;
}

/**
 * When the user committed their own commit later than they wrote it (ms, its commit time): rebased as it landed, by GitHub's
 * "Rebase and merge" of their pull request or by their own rebase before a push. Undefined when someone else committed it or
 * it was committed as it was written.
 */
function ownLanding(commit: CommitRecord): number | undefined {
  const { committerEmail, committerDate } = commit;
  if (!committerEmail || !committerDate || committerEmail.toLowerCase() !== commit.authorEmail.toLowerCase()) return undefined;
  const at = timeOf(committerDate);
  return at === timeOf(commit.authorDate) ? undefined : at;
}

/**
 * The share of the user's own commits (`ownLanding`) committed later than written above which each of their landings is a
 * pull request of its own (`groupUnits`). Scalafmt's maintainer rebase-merges his pull requests of one to three commits
 * (214 of 215 rebased): his week of 49 commits in `scalafmt-core` had made one series. A maintainer who rebases before
 * pushing lands some commits as written (helix, ccache: 77-78 %), and splitting their series at each push lost right offers
 * (tuning sets: 750 / 845 -> 750 / 858). At 95 %: 755 / 853, recall 591 -> 592 (haproxy 6 -> 8 of 11, each `MINOR:` pull
 * request its own unit; rustup's "help" series of three items is three units).
 */
const REBASED_SHARE = 0.95;

/**
 * Groups the user's commits of one repository into units of work. `commits`: the user's commits in
 * the scan window (newest first, from git/historyReader.ts); `topology`: the mainline's window
 * (undefined when it could not be read: then only pull-request numbers and series group);
 * `conventions`: what the repository's history taught (test paths, bookkeeping files). Units come
 * newest first; every commit is in exactly one unit.
 */
export function groupUnits(repo: string, commits: readonly CommitRecord[], topology: Topology | undefined, conventions: Conventions): WorkUnit[] {
  const { byCommit, mainline } = topology ? bringers(topology) : { byCommit: new Map<string, TopologyCommit>(), mainline: new Set<string>() };
  const advisories = topology ? advisoryBringers(topology, mainline) : new Map<string, TopologyCommit>();
  const longLived = longLivedBranches((topology?.commits ?? []).filter((c) => c.parents.length > 1 && mainline.has(c.sha)));
  // a long-lived branch's commits were pushed there one by one, as if onto the mainline
  const pushedToMainline = (commit: CommitRecord): boolean => {
    const merge = byCommit.get(commit.sha);
    const branch = merge && branchMerged(merge);
    return mainline.has(commit.sha) || !topology || (branch !== undefined && longLived.has(branch));
  };
  const groups = new Map<
    string,
    { kind: UnitKind; merge?: TopologyCommit; pullRequest?: number; topic?: string; releasedAs?: WorkUnit['releasedAs']; commits: CommitRecord[] }
  >();
  const add = (key: string, commit: CommitRecord, init: () => { kind: UnitKind; merge?: TopologyCommit; pullRequest?: number; topic?: string }): void => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ...init(), commits: [] }));
    g.commits.push(commit);
  };
  const loose: CommitRecord[] = [];
  const own = new Map(commits.map((c) => [c.sha, c]));
  for (const commit of commits) {
    const merge = advisories.get(commit.sha) ?? byCommit.get(commit.sha);
    const pr = merge ? mergedPullRequest(merge) : undefined;
    if (commit.parents.length > 1 && commit.pullRequest !== undefined) {
      // the user's own merge of a pull request: the PR itself
      add(`pr:${repo.toLowerCase()}#${commit.pullRequest}`, commit, () => ({
        kind: 'pullRequest',
        pullRequest: commit.pullRequest,
        merge: topology?.commits.find((c) => c.sha === commit.sha),
      }));
    } else if (merge && pr !== undefined && !(commit.pullRequest !== undefined && squashLineMerged(merge))) {
      // (a pull request of its own, squash-merged onto a development line that a pull request then merged, is that
      // pull request: hono's "perf(url): replace regex tests with indexOf (#5121)" on `next`, merged by #5154)
      add(`pr:${repo.toLowerCase()}#${pr}`, commit, () => ({ kind: 'pullRequest', pullRequest: pr, merge }));
    } else if (commit.pullRequest !== undefined) {
      // a pull request squash-merged onto a branch merged later (react-router's `v8`, merged by "Merge branch 'v8'")
      // is still that pull request, not a step of the branch's topic; a backport is the pull request it copies onto a
      // release line: one piece of work, under the original's number
      const pullRequest = backportedPullRequest(commit.subject) ?? commit.pullRequest;
      add(`pr:${repo.toLowerCase()}#${pullRequest}`, commit, () => ({ kind: 'pullRequest', pullRequest }));
    } else if (merge && (topicName(merge, longLived) !== undefined || namedInWords(merge))) {
      add(`topic:${repo}@${merge.sha}`, commit, () => ({ kind: 'topic', merge, topic: topicName(merge, longLived) }));
    } else {
      loose.push(commit);
    }
  }
  // commits someone else put on the branch in one go (one committer, one commit time) landed as one pull request: a
  // maintainer applying a contributor's pull request by rebasing it (mpv's way), GitHub's "Rebase and merge"
  const landings = new Map<string, CommitRecord[]>();
  for (const commit of loose) {
    const key = landingKey(commit, conventions);
    if (key !== undefined) landings.set(key, [...(landings.get(key) ?? []), commit]);
  }
  const landed = new Set<CommitRecord>();
  for (const members of landings.values()) {
    if (members.length < 2) continue;
    const first = members.reduce((a, b) => (timeOf(b.authorDate) < timeOf(a.authorDate) ? b : a));
    for (const commit of members) {
      add(`series:${repo}@${first.sha}`, commit, () => ({ kind: 'series' }));
      landed.add(commit);
    }
  }
  // the rest: series of direct pushes on the mainline, or chains of commits on an unmerged branch
  const oldestFirst = loose.filter((c) => !landed.has(c)).sort((a, b) => timeOf(a.authorDate) - timeOf(b.authorDate));
  let open: Array<{
    key: string;
    first: CommitRecord;
    last: CommitRecord;
    areas: Set<string>;
    files: Set<string>;
    created: Set<string>;
    issues: Set<number>;
    fragment: boolean;
    entry: boolean;
    onMainline: boolean;
  }> = [];
  // the last version each package released, for the kind of the next (`releaseVersion`)
  const releases = new Map<string, ReleaseNumbers>();
  // when someone else released from the mainline (a release bot's "chore(main): release 2.28.0 (#2351)", a
  // co-maintainer's tag commit), oldest first: a release closes the series pushed before it, as the user's own does
  const othersReleases = (topology?.commits ?? [])
    .filter((c) => mainline.has(c.sha) && !own.has(c.sha) && c.parents.length < 2 && isReleaseCommit({ subject: c.subject, tags: [] }))
    .map((c) => timeOf(c.authorDate))
    .sort((a, b) => a - b);
  const releasedBetween = (from: number, to: number): boolean => othersReleases.some((t) => t > from && t <= to);
  // where the user lands their own commits by rebasing them (nearly all committed later than written), each landing is a
  // pull request of theirs: a series does not run from one into the next
  const ownCommitted = oldestFirst.filter((c) => c.committerEmail?.toLowerCase() === c.authorEmail.toLowerCase());
  const landsRebased = ownCommitted.length > 0 && ownCommitted.filter((c) => ownLanding(c) !== undefined).length >= REBASED_SHARE * ownCommitted.length;
  for (const commit of oldestFirst) {
    // tests alone say which area they test when they sit next to its code (Go's `interp/x_test.go`)
    const code = workAreas(commit, conventions);
    // a commit of only CI, licence or tool configuration is upkeep: it continues upkeep, never someone's feature
    const upkeep =
      commit.files.some((f) => isHousekeepingPath(f.path)) && commit.files.every((f) => isHousekeepingPath(f.path) || isGeneratedIn(conventions, f.path));
    const areas = upkeep ? new Set([UPKEEP_AREA]) : code.size > 0 ? code : testedAreas(commit, conventions);
    const created = createdFiles(commit, conventions);
    const newCode = commit.files
      .filter((f) => created.has(f.path) && isSourceCodePath(f.path) && !isTestIn(conventions, f.path))
      .reduce((n, f) => n + f.additions, 0);
    const newModule = newCode >= NEW_MODULE_LINES && 2 * newCode > commit.additions + commit.deletions;
    const issues = new Set([...closedIssues(commit), ...subjectIssues(commit.subject)]);
    const fragment = commit.files.some((f) => f.created && isNotesFragment(f.path));
    const entry = writesEntry(commit);
    const reviewed = reviewedChange(commit) !== undefined;
    const onMainline = pushedToMainline(commit);
    const parent = commit.parents[0];
    // a release closes the series before it (what it released), and routine upkeep (a version bump,
    // formatting, a dependency bump) is its own unit: neither joins a piece of work; nor does a security advisory's fix,
    // squashed from its private fork (caddy's "Merge commit from fork", pushed beside "encode: Implement Flush …")
    const release = isReleaseCommit(commit);
    if (release || isRoutineSubject(commit.subject, conventions) || ADVISORY_MERGE.test(commit.subject)) {
      if (release) {
        const version = releaseVersion(commit, releases);
        for (const s of open.filter((o) => o.onMainline && timeOf(commit.authorDate) - timeOf(o.last.authorDate) <= SERIES_GAP_MS)) {
          const g = groups.get(s.key);
          if (g && version) g.releasedAs = version;
        }
        open = open.filter((s) => !s.onMainline);
      }
      add(`series:${repo}@${commit.sha}`, commit, () => ({ kind: 'series' }));
      continue;
    }
    // which open series may take this commit (the one it joins is chosen below)
    const takes = (s: (typeof open)[number]): boolean => {
      if (!onMainline || !s.onMainline) return s.last.sha === parent && own.has(parent); // a chain on a branch
      if (releasedBetween(timeOf(s.last.authorDate), timeOf(commit.authorDate))) return false;
      if (landsRebased && ownLanding(commit) !== undefined && ownLanding(s.last) !== undefined && ownLanding(commit) !== ownLanding(s.last)) return false;
      const gap = timeOf(commit.authorDate) - timeOf(s.last.authorDate);
      if (gap > FOLLOW_UP_GAP_MS) return false;
      // a step named like the series' first continues it, however long the work runs and wherever each step is
      const named = sameOpening(commit.subject, s.first.subject);
      // a series spans a week at most, unless the commit follows up the files it created
      if (timeOf(commit.authorDate) - timeOf(s.first.authorDate) > SERIES_SPAN_MS && !named && !commit.files.some((f) => s.created.has(f.path))) return false;
      // commits that close or name different issues are different pieces of work, whatever their area
      if (issues.size > 0 && s.issues.size > 0 && ![...issues].some((i) => s.issues.has(i))) return false;
      // and so are commits that each write their own entry of the release notes (a changelog fragment)
      if (fragment && s.fragment) return false;
      // a series whose entry in the release notes is written is done: more code is another piece of work, unless it
      // names the same issue or follows up the files the series created
      if (s.entry && code.size > 0 && !named && ![...issues].some((i) => s.issues.has(i)) && !commit.files.some((f) => s.created.has(f.path))) return false;
      // upkeep continues only upkeep (tests or notes pushed after a CI change follow up the work before it)
      if (s.areas.has(UPKEEP_AREA) && !upkeep) return false;
      if (named) return true;
      // a new module is a piece of work of its own, unless it is as much a change of the series' files (a quarter of its new
      // code's lines, or more)
      if (newModule && 4 * commit.files.filter((f) => s.files.has(f.path)).reduce((n, f) => n + f.additions + f.deletions, 0) < newCode) return false;
      // a change reviewed on its own (Gerrit, Phabricator) is a piece of work, as a squash-merged pull request is, unless it
      // is the next step of a stack: it changes the code the series changed
      if (reviewed) return commit.files.some((f) => s.files.has(f.path) && isWorkPath(f.path, conventions));
      // after a pause, only a follow-up to the files the series created continues it
      if (gap > SERIES_GAP_MS) return commit.files.some((f) => s.created.has(f.path));
      // the same area; a commit of only docs, bookkeeping or tests kept apart from the code follows
      // up any work, but code never joins a series of only those (a CI or docs series is not the
      // start of a feature)
      // (a file at the root beside the commit's code, a README or a manual page, ties it to nothing; in a
      // flat layout, where each source file is an area, one shared file of many does not either)
      const placed = areas.size > 1 ? [...areas].filter((a) => a !== ROOT_AREA) : [...areas];
      const shared = placed.filter((a) => s.areas.has(a)).length;
      return areas.size === 0 || (shared > 0 && (!placed.every(isFileArea) || 2 * shared > placed.length));
    };
    // of the series that take it: the one that changed most of its files, then the one last added to
    // (the work a commit continues, not a one-off fix pushed in between)
    // (the release notes every piece of work writes to tie a commit to none of them)
    const shared = (s: (typeof open)[number]): number => commit.files.filter((f) => s.files.has(f.path) && !isReleaseNotesPath(f.path)).length;
    let joined: (typeof open)[number] | undefined;
    for (const s of open) {
      if (!takes(s)) continue;
      const better = !joined || shared(s) > shared(joined) || (shared(s) === shared(joined) && timeOf(s.last.authorDate) >= timeOf(joined.last.authorDate));
      if (better) joined = s;
    }
    if (joined) {
      add(joined.key, commit, () => ({ kind: 'series' }));
      joined.last = commit;
      // tests next to other code join where they fit, but do not stretch the series over that code
      for (const a of code) joined.areas.add(a);
      for (const f of commit.files) joined.files.add(f.path);
      for (const f of created) joined.created.add(f);
      for (const i of issues) joined.issues.add(i);
      joined.fragment ||= fragment;
      joined.entry ||= entry;
    } else {
      const key = `series:${repo}@${commit.sha}`;
      add(key, commit, () => ({ kind: 'series' }));
      open.push({ key, first: commit, last: commit, areas, files: new Set(commit.files.map((f) => f.path)), created, issues, fragment, entry, onMainline });
    }
  }
  // the first commit of each merged branch: whose work the pull request is
  const firstOf = new Map<string, TopologyCommit>();
  if (topology)
    for (const c of topology.commits) {
      const merge = byCommit.get(c.sha);
      const first = merge && firstOf.get(merge.sha);
      if (merge && (!first || timeOf(c.authorDate) < timeOf(first.authorDate))) firstOf.set(merge.sha, c);
    }
  const units: WorkUnit[] = [];
  for (const [key, g] of groups) {
    const members = [...g.commits].sort((a, b) => timeOf(b.authorDate) - timeOf(a.authorDate));
    const originals = members.filter((c) => backportedPullRequest(c.subject) === undefined);
    // (in someone else's pull request that someone else merged, the user's commits are their help with it, named by their
    // own words, not the title of the other's work: jinja's "Add support for namespaces in tuple parsing (#1664)", Kevin
    // Brown-Silva's, with David Lord's "more comments about nsref assignment" in it)
    const first = g.merge && firstOf.get(g.merge.sha);
    const helped = g.kind === 'pullRequest' && first !== undefined && !own.has(first.sha) && members.every((c) => c.parents.length < 2);
    units.push({
      key,
      kind: g.kind,
      repo,
      commits: members,
      merge: g.merge,
      pullRequest: g.pullRequest,
      topic: g.topic,
      // named by the original, not by a backport's copy of it
      title: helped ? commitsTitle(members, conventions) : unitTitle(g.kind, originals.length > 0 ? originals : members, g.merge, g.topic, conventions),
      date: members[0]!.authorDate,
      ...(g.releasedAs ? { releasedAs: g.releasedAs } : {}),
    });
  }
  const tied = joinedGroups(units, [...tiedByIssue(units), ...ported(units, conventions), ...namedSteps(units)]);
  const merged = new Set(tied.flat());
  return [...units.filter((u) => !merged.has(u)), ...tied.map((parts) => mergeUnits(parts))].sort((a, b) => timeOf(b.date) - timeOf(a.date));
}

/** `This reverts commit 0ff13dcfb…` (git's own revert message) → the reverted SHA or prefix, lower case. */
function revertedSha(commit: CommitRecord): string | undefined {
  return /\bThis reverts commit ([0-9a-f]{7,64})\b/i.exec(commit.body)?.[1]?.toLowerCase();
}

/**
 * The commits of `commits` whose change remains: a commit that a later commit of the same list
 * reverts, and that revert, both left out (a revert of a revert re-applies: the original stays).
 * A revert is found by git's own message (`This reverts commit <sha>.`) or, where that line was
 * edited away, by its subject `Revert "<the reverted commit's subject>"`. Order is kept; same
 * array contents when nothing is undone.
 */
export function remainingCommits(commits: readonly CommitRecord[]): CommitRecord[] {
  const undone = new Set<string>();
  const newestFirst = [...commits].sort((a, b) => timeOf(b.authorDate) - timeOf(a.authorDate));
  for (const revert of newestFirst) {
    if (undone.has(revert.sha)) continue;
    const sha = revertedSha(revert);
    const quoted = /^Revert "(.+)"\s*$/.exec(revert.subject)?.[1];
    // by SHA whatever the dates say; by subject, only a commit authored before the revert (the
    // same subject committed again after it is the change re-applied)
    const target = newestFirst.find(
      (c) =>
        c !== revert &&
        !undone.has(c.sha) &&
        (sha !== undefined
          ? c.sha.toLowerCase().startsWith(sha)
          : quoted !== undefined && c.subject === quoted && timeOf(c.authorDate) <= timeOf(revert.authorDate)),
    );
    if (!target) continue;
    undone.add(revert.sha);
    undone.add(target.sha);
  }
  return commits.filter((c) => !undone.has(c.sha));
}

/** A release's version numbers (`releaseVersion`), by the package it names (`globset-`; empty for the project's own). */
interface ReleaseNumbers {
  readonly major: number;
  readonly minor: number;
}

/**
 * `11.3.0` (a subject or a tag `v11.3.0`, or a package's `globset-0.4.18`; a subject that says it in words,
 * `Release 3.9.6` or `Version 0.28.0. (#3419)`, gives the number alone) → that version and its kind: by the number that
 * changed since the package's last release before it (`releases`, oldest first, which this updates), else by semver
 * (x.0.0 major, x.y.0 minor, else patch). Projects that number each minor's first release `.1` (Maven's release plugin:
 * jsoup's 1.22.2 then 1.23.1) release features in a minor, not a patch.
 */
function releaseVersion(commit: CommitRecord, releases: Map<string, ReleaseNumbers>): WorkUnit['releasedAs'] | undefined {
  for (const text of [commit.subject, ...commit.tags].map((t) => t.trim())) {
    const m = /(^|[-@/]|\s)(v?(\d+)\.(\d+)(?:\.(\d+))?)\.?(?:\s+\(#\d+\))?$/.exec(text);
    if (!m) continue;
    // a package's name is part of its version (`globset-0.4.18`, not the words before it); words before the number are not
    const version = /\s/.test(m[1]!) ? m[2]! : text.slice(text.lastIndexOf(' ', m.index) + 1).replace(/\.?(?:\s+\(#\d+\))?$/, '');
    const pkg = version.slice(0, version.length - m[2]!.length);
    const [major, minor, patch] = [Number(m[3]), Number(m[4]), Number(m[5] ?? 0)];
    const last = releases.get(pkg);
    // (not after a newer line's release: a maintenance line's 3.14.2 after 4.0.1 is told by its own numbers)
    const next = last !== undefined && (major > last.major || (major === last.major && minor >= last.minor));
    if (!last || next) releases.set(pkg, { major, minor });
    const kind = next ? (major !== last.major ? 'major' : minor !== last.minor ? 'minor' : 'patch') : patch > 0 ? 'patch' : minor > 0 ? 'minor' : 'major';
    return { version, kind };
  }
  return undefined;
}

/**
 * What a list of commits is named by, as a series of them would be (`unitTitle`): the subject of the one that changes the
 * most lines of code, not a lockfile's or the notes' (commander's "Refactor help command implementation…", not "Update
 * dependencies preparing for release").
 */
export function commitsTitle(commits: readonly CommitRecord[], conventions: Conventions): string {
  return unitTitle('series', commits, undefined, undefined, conventions);
}

/** The line that names a unit (see `WorkUnit.title`). */
function unitTitle(
  kind: UnitKind,
  commits: readonly CommitRecord[],
  merge: TopologyCommit | undefined,
  topic: string | undefined,
  conventions: Conventions,
): string {
  if (merge && kind === 'pullRequest') {
    const title = pullRequestTitle(merge);
    if (title) return title;
  }
  if (merge && kind === 'topic') {
    if (ADVISORY_MERGE.test(merge.subject)) return namingSubject(merge);
    const description = mergeDescription(merge);
    if (description) return topic ? `${topic}: ${firstSentence(description)}` : firstSentence(description);
    // a merge in the user's own words names the work: "Merge key decoding fixes" → "Key decoding fixes"
    if (!topic) {
      const named = merge.subject.replace(/^merge\s+/i, '');
      return named.charAt(0).toUpperCase() + named.slice(1);
    }
  }
  if (commits.length === 1) return namingSubject(commits[0]!);
  // the subject of the biggest commit that changes the product's code (by its lines of code and tests, not of notes,
  // prose, a docs site's code or generated files: elixir's "Update CHANGELOG" with one line of code beside its notes names
  // nothing; babashka's "change prompt, move docs", +133 lines of a benchmark in `doc/adr/` beside 3 of the REPL's, named
  // its series of JLine features), else the biggest; a commit undone inside the unit (and the revert that undid it) names
  // nothing that shipped
  const remaining = remainingCommits(commits);
  const lines = (c: CommitRecord, counts: (path: string) => boolean): number =>
    c.files.reduce((n, f) => n + (counts(f.path) ? f.additions + f.deletions : 0), 0);
  const size = (c: CommitRecord): number =>
    lines(c, (path) => !isGeneratedIn(conventions, path) && !isBookkeepingPath(path, conventions) && !isProsePath(path) && !isDocsSitePath(path));
  const written = (c: CommitRecord): number => lines(c, (path) => !isGeneratedIn(conventions, path) && !isBookkeepingPath(path, conventions));
  const bySize = [...(remaining.length > 0 ? remaining : commits)].sort((a, b) => size(b) - size(a) || written(b) - written(a));
  // of those, one that does not read as a refactoring (its size is not what shipped) nor as mending the CI or routine
  // upkeep (nnn's "Fix CI break", the biggest of a series that enables 8 contexts by default)
  // (not a merge, whose diff is what its branch brought: bubbletea's "Merge pull request #1525 from
  // charmbracelet/v2-delay-render-resize", a merge with no description, is not what the pull request did)
  const changed = bySize.filter((c) => !mergesBranch(c.subject) && workAreas(c, conventions).size > 0);
  // (of those, one that changes lines beyond prose, where one does: rclone's "serve docker: document that socket access
  // allows command execution", +24 lines of its page, named the series of "serve restic: fix --private-repos isolation
  // bypass"; babashka's "blog", a post and its screenshots, a series of JLine classes)
  const beyondProse = changed.filter((c) => size(c) > 0);
  const code = beyondProse.length > 0 ? beyondProse : changed;
  // (nor a revert of work from outside the unit: bubbletea's series of renderer fixes was named
  // `Revert "fix: renderer: sync buffer resize with frame rate"`)
  // (by its words, or its conventional type: vue-router's "refactor: copy unplugin codebase", +12050, named a series of
  // features)
  const refactors = (c: CommitRecord): boolean => REFACTORING.test(stripPrefix(c.subject)) || commitType(c.subject, conventions) === 'refactor';
  // (nor the tests of another, that says so and changes more lines of tests than of code: pocketbase's "added content-type
  // serving exception tests", +83 lines of tests, named the series of "[#7467] forced serving conten-type for xlsx, docx and
  // pptx"; hyperfine's "Move more tests to insta", in its code's files, names a series of tests)
  const testsOf = (c: CommitRecord): boolean => {
    if (!saysTests(c.subject)) return false;
    let tests = 0;
    for (const f of c.files) if (isTestIn(conventions, f.path)) tests += f.additions + f.deletions;
    return tests > size(c) - tests;
  };
  const names = (c: CommitRecord): boolean =>
    !refactors(c) && !isRevert(c.subject) && !UPKEEP_SUBJECT.test(c.subject) && !isRoutineSubject(c.subject, conventions) && !testsOf(c);
  // (and one that says what it does: ky's "Readme tweaks", +220 lines of readme beside a few of code, named the series of
  // "Fix hook state leaks and fetch option forwarding")
  const says = (c: CommitRecord): boolean => !VAGUE_SUBJECT.test(stripPrefix(c.subject));
  // (first, one that writes its own release-notes fragment beside its code: the change the notes will tell, meson's "Allow
  // buildtargets in generator's process function" with its snippet, before the backend's "split generate_genlist_for_target
  // in two", bigger, that readies it)
  const entered = (c: CommitRecord): boolean => size(c) > 0 && c.files.some((f) => f.created && isNotesFragment(f.path));
  return namingSubject(
    (code.find((c) => entered(c) && names(c) && says(c)) ??
      code.find((c) => names(c) && says(c)) ??
      code.find(names) ??
      code.find((c) => !refactors(c)) ??
      code[0] ??
      bySize.find((c) => !mergesBranch(c.subject)) ??
      bySize[0])!,
  );
}

/**
 * A subject that says nothing of what it does: "Tweaks", "Minor tweaks", "Readme tweaks", "Various improvements", "WIP", "Cleanup",
 * "Misc", and a fix-up of the commit before (monolog's "Fix patch", after "Fix RotatingFileHandler bug where rotation could
 * sometimes not happen correctly"), or of its review: GitHub's "Apply suggestions from code review", "Apply suggestion from
 * @user" (k6's "Apply suggestion from the code review (PR #5357)" named a series of task-queue refactors), "Address review
 * comments", "PR feedback".
 */
const VAGUE_SUBJECT =
  /^(apply(ing)? (the )?(review )?suggestions?( from (the )?(code )?review| from @?[\w-]+)?( \(?PR #\d+\)?)?|address(es|ed|ing)? (the |some |more )?((code |pr )?review|pr) (comments|feedback|suggestions|nits)|((code |pr )?review|pr) (comments|feedback|suggestions|nits)( addressed)?|((minor|small|tiny|various|misc(ellaneous)?|some|more|other|general|readme|docs?|meta|code|test|tests|style|final|last) )?(tweaks?|changes|updates?|improvements|clean-?ups?|polish(ing)?|touch-?ups?|stuff|fix-?ups?|work|wip)|wip|misc|cleanup|update readme|readme|fix(es|ed)? (the |a |previous |last |prior |my |that )*(patch|commit|change))\W*$/i;

/** A subject about mending the CI or the build: "Fix CI", "Fix CI break", "CI: pin the runner", "Fix the build". */
const UPKEEP_SUBJECT = /\bCI\b|^[Ff]ix(es|ed)? (the )?(build|compilation|compile errors?|warnings?)\b/;

function firstSentence(text: string): string {
  const m = /^(.{20,240}?[.!?])(\s|$)/.exec(text);
  return m ? m[1]! : text.slice(0, 240);
}
