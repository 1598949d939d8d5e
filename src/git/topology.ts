/**
 * The mainline of a repository and the merges on it, read with one `git log` (no diffs) over a
 * window, so the units of work can be found in memory (core/units.ts): which mainline merge
 * brought each of the user's commits is a walk over parents already read, never a git process per
 * merge. Every author's commits are read (a maintainer's merge brings the user's topic), with
 * their messages (a merge's message describes its topic; all subjects teach the repository's
 * conventions, core/conventions.ts).
 */
import type { SimpleGit } from 'simple-git';
import type { Topology, TopologyCommit } from '../core/units';
import { MAX_SUBJECT, splitMessage } from './logParser';

/** Fields of each commit of the topology listing, each followed by NUL. */
export const TOPOLOGY_FORMAT = '%H%x00%P%x00%ae%x00%aI%x00%B%x00';

const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** The longest message kept per commit (characters): merges describe their topic in a paragraph. */
const MAX_MESSAGE = 8_000;

/**
 * The branch whose first-parent history is the mainline: the local branch the remote's HEAD points
 * to (`origin/HEAD` → `main`), else `main`, `master`, `trunk` or `develop`, else HEAD. Merges of the
 * mainline bring topics; a user's feature branch is not the mainline even when it is checked out.
 * `refs` is the output of `git for-each-ref --format=%(refname) refs/heads refs/remotes/origin/HEAD`
 * plus `symbolic` (what origin/HEAD points to, if anything).
 */
export function mainlineRef(localBranches: readonly string[], originHead: string | undefined): string {
  const remoteDefault = originHead?.replace(/^refs\/remotes\/origin\//, '');
  for (const name of [remoteDefault, 'main', 'master', 'trunk', 'develop']) {
    if (name && localBranches.includes(name)) return `refs/heads/${name}`;
  }
  if (originHead) return originHead;
  return 'HEAD';
}

/** Parses the output of `git log --format=TOPOLOGY_FORMAT`; records whose SHAs do not check are dropped. */
export function parseTopology(output: string): TopologyCommit[] {
  const tokens = output.split('\0');
  const commits: TopologyCommit[] = [];
  for (let i = 0; i + 4 < tokens.length; i += 5) {
    const sha = tokens[i]!.trim();
    const parents = tokens[i + 1]!.split(' ').filter(Boolean);
    if (!FULL_SHA.test(sha) || !parents.every((p) => FULL_SHA.test(p))) continue;
    const { subject, body } = splitMessage(tokens[i + 4]!.replace(/\r\n/g, '\n').slice(0, MAX_MESSAGE));
    commits.push({
      sha,
      parents,
      authorEmail: tokens[i + 2]!,
      authorDate: tokens[i + 3]!,
      subject: subject.slice(0, MAX_SUBJECT),
      body: withoutConflicts(body).trim(),
    });
  }
  return commits;
}

/**
 * A merge's message without the list of conflicted files git writes into it ("Conflicts:" then a tab and a path per line,
 * each commented, `# Conflicts:`, `#	CHANGELOG.md`, when the merge is committed without cleaning them up): it says
 * nothing of the work (commonmark's advisory merge was titled "# Conflicts: # CHANGELOG.md").
 */
function withoutConflicts(body: string): string {
  return body.replace(/^(# ?)?Conflicts:[ \t]*(\n(#[ \t]*)?\t.*)*\n?/gm, '');
}

/**
 * Reads the topology of the repository behind `g` for `since`…`until` (committer dates, ISO): the
 * mainline ref, every commit reachable from it in the window with parents, author and message.
 * One `for-each-ref` and one `git log`. Throws simple-git's error when git fails.
 */
export async function readTopology(g: SimpleGit, since: string, until: string): Promise<Topology> {
  const refs = await g.raw(['for-each-ref', '--format=%(refname)%00%(symref)', 'refs/heads', 'refs/remotes/origin/HEAD']);
  const local: string[] = [];
  let originHead: string | undefined;
  for (const line of refs.split('\n')) {
    const [name, target] = line.split('\0');
    if (name?.startsWith('refs/heads/')) local.push(name.slice('refs/heads/'.length));
    if (name === 'refs/remotes/origin/HEAD' && target) originHead = target;
  }
  const ref = mainlineRef(local, originHead);
  const output = await g.raw(['log', '--no-color', `--format=${TOPOLOGY_FORMAT}`, `--since=${since}`, `--until=${until}`, '--end-of-options', ref, '--']);
  return { ref, commits: parseTopology(output) };
}
