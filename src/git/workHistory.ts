/**
 * Everything the units of work of one repository are made from (core/work.ts): the user's commits
 * of a window longer than the scan (their own history to compare with), the mainline's topology
 * of that window (git/topology.ts), the repository's conventions (core/conventions.ts) and its
 * release notes (core/shipped.ts). Git runs only for what the caches lack: the commits come through
 * the commit cache; topology, conventions and release notes are remembered per refs fingerprint
 * (no ref moved: no git at all).
 */
import type { SimpleGit } from 'simple-git';
import { subDays } from 'date-fns';
import type { CommitRecord } from '../core/commit';
import { isVendoredPath } from '../core/paths';
import {
  isNotesFragment,
  isReleaseNotesPath,
  isTestName,
  learnConventions,
  NO_CONVENTIONS,
  RELEASE_SUBJECT,
  type Conventions,
  type GitAttributesFile,
} from '../core/conventions';
import { newestTagBefore, oldestRelease, type ReleaseNotesFile, type ReleaseTag } from '../core/shipped';
import type { Topology } from '../core/units';
import { spawnGit } from './gitProcess';
import {
  identitiesOf,
  open,
  paddedSince,
  paddedUntil,
  readCommits,
  readUserCommits,
  type ReadOptions,
  type RepositoryInfo,
  type ScanRange,
} from './historyReader';
import { readTopology } from './topology';

/** Days of the user's history read to compare a unit with (their usual sizes, how often each signal fires). */
export const PROFILE_DAYS = 365;

/** What `readWorkHistory` gives. */
export interface WorkHistory {
  readonly repository: RepositoryInfo;
  /** The identities used to match authors (lower case). */
  readonly identities: readonly string[];
  /** The range asked for (units are offered from it). */
  readonly range: ScanRange;
  /** The user's commits from PROFILE_DAYS before `range.until` (or `range.since`, if earlier) to `range.until`, newest first. */
  readonly commits: readonly CommitRecord[];
  /** The mainline of that window; undefined for an empty repository. */
  readonly topology: Topology | undefined;
  readonly conventions: Conventions;
  readonly releaseNotes: readonly ReleaseNotesFile[];
  /** The repository's tags that name a version, with when each was made (they date its releases). */
  readonly releaseTags: readonly ReleaseTag[];
  /** The lines each of the user's commits adds to those release-notes files, by commit SHA (`readNotesAdditions`). */
  readonly notesAdditions: ReadonlyMap<string, readonly string[]>;
  /** The text of each release-notes fragment and changeset the user's commits create (lines joined by `\n`), by commit SHA (`readNotesAdditions`). */
  readonly fragmentAdditions: ReadonlyMap<string, readonly string[]>;
}

/** What was remembered for a refs fingerprint (in memory, for the session). */
interface Remembered {
  readonly topology: Topology;
  readonly conventions: Conventions;
  readonly releaseNotes: readonly ReleaseNotesFile[];
  readonly releaseTags: readonly ReleaseTag[];
  readonly notesAdditions: ReadonlyMap<string, readonly string[]>;
  readonly fragmentAdditions: ReadonlyMap<string, readonly string[]>;
}
const remembered = new Map<string, Remembered>();

/** Forgets what was remembered per refs fingerprint (the benchmark measures cold reads with it). */
export function forgetRemembered(): void {
  remembered.clear();
}
/** Fingerprints remembered at most (the oldest forgotten first). */
const REMEMBERED = 32;

/**
 * Reads the work history of the repository at `folder` for `range` (see `WorkHistory`). Throws like
 * `readHistory` (NotARepositoryError, NoIdentityError, git's errors).
 */
export async function readWorkHistory(folder: string, range: ScanRange, options: ReadOptions = {}): Promise<WorkHistory> {
  // the two reads below run at once: when one fails, the other's git processes are stopped too
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const { g, repository } = await open(folder, { ...options, signal });
  const identities = identitiesOf(repository, options.authorEmails);
  const profileSince = subDays(range.until, PROFILE_DAYS);
  const window: ScanRange = { since: profileSince < range.since ? profileSince : range.since, until: range.until };
  if (!repository.head)
    return {
      repository,
      identities,
      range,
      commits: await readUserCommits(g, repository, identities, window, { ...options, signal }),
      topology: undefined,
      conventions: NO_CONVENTIONS,
      releaseNotes: [],
      releaseTags: [],
      notesAdditions: new Map(),
      fragmentAdditions: new Map(),
    };
  // conventions are learned partly from the user's commits: the identities are part of the key
  const key = [repository.root, repository.refs ?? repository.head, paddedSince(window), paddedUntil(window), ...identities].join('\0');
  const cached = remembered.get(key);
  // the mainline's topology and release notes are read while the user's commits are (two git
  // processes at once): grouping adds little wall-clock time to the scan (npm run bench, row 7)
  const [commits, mainline] = await Promise.all([
    readUserCommits(g, repository, identities, window, { ...options, signal }),
    cached ?? readMainline(g, repository.root, window, signal),
  ]).catch((err: unknown) => {
    stop.abort();
    throw err;
  });
  if (!('releaseCommits' in mainline)) return { repository, identities, range, commits, ...mainline };
  const known = remember(key, {
    topology: compact(mainline.topology),
    conventions: learnConventions(
      mainline.topology.commits.map((c) => c.subject),
      commits,
      mainline.releaseCommits,
      mainline.attributes,
      mainline.ignoreRevs,
    ),
    releaseNotes: mainline.releaseNotes,
    releaseTags: mainline.releaseTags,
    ...(await readNotesAdditions(repository.root, commits, mainline.releaseNotes, signal)),
  });
  return { repository, identities, range, commits, ...known };
}

/**
 * The mainline of `window` (see `readTopology`), the latest release commits on it (up to 10, with
 * their files, to learn which files are bookkeeping), the release-notes files, the `.gitattributes` files and the `.git-blame-ignore-revs` at its tip and the
 * repository's release tags (`readReleaseTags`).
 */
async function readMainline(
  g: SimpleGit,
  root: string,
  window: ScanRange,
  signal?: AbortSignal,
): Promise<{
  topology: Topology;
  releaseCommits: CommitRecord[];
  releaseNotes: ReleaseNotesFile[];
  releaseTags: ReleaseTag[];
  attributes: GitAttributesFile[];
  ignoreRevs: string;
}> {
  const topology = await readTopology(g, paddedSince(window), paddedUntil(window));
  const releases = topology.commits.filter((c) => RELEASE_SUBJECT.test(c.subject)).slice(0, 10);
  const releaseCommits = await readCommits(
    root,
    releases.map((c) => c.sha),
    signal,
  );
  const [[latestNotes, [attributes, ignoreRevs]], releaseTags] = await Promise.all([
    g
      .raw(['ls-tree', '-r', '--name-only', '--end-of-options', topology.ref])
      .then((listing) => Promise.all([readReleaseNotes(root, topology.ref, listing, signal), readRootFiles(root, topology.ref, listing, signal)])),
    readReleaseTags(g),
  ]);
  const releaseNotes = [...latestNotes, ...(await readEarlierNotes(root, latestNotes, releaseTags, window.since.getTime(), signal))];
  return { topology, releaseCommits, releaseNotes, releaseTags, attributes, ignoreRevs };
}

/**
 * The repository's tags whose names end in a version (`v2.54.0`, `tokio-1.53.0`, `rel_2_1_0b3`), with when each was made
 * (ms: `creatordate`, an annotated tag's tagger date, else its commit's committer date), read with one `git for-each-ref`.
 */
async function readReleaseTags(g: SimpleGit): Promise<ReleaseTag[]> {
  const out = await g.raw(['for-each-ref', '--format=%(refname:lstrip=2)%09%(creatordate:unix)', 'refs/tags']);
  const tags: ReleaseTag[] = [];
  for (const line of out.split('\n')) {
    const [name, seconds] = line.split('\t');
    if (name && /\d[._]\d/.test(name) && seconds && /^\d+$/.test(seconds)) tags.push({ name, date: Number(seconds) * 1000 });
  }
  return tags;
}

/** Remembers `known` for the refs fingerprint `key` (the oldest forgotten past REMEMBERED); returns it. */
function remember(key: string, known: Remembered): Remembered {
  remembered.set(key, known);
  for (const old of [...remembered.keys()].slice(0, Math.max(0, remembered.size - REMEMBERED))) remembered.delete(old);
  return known;
}

/**
 * The topology without the messages of commits that are not merges (only merges' messages are read later), but for the
 * subjects of release commits (anyone's release closes the series pushed before it: core/units.ts `groupUnits`).
 */
function compact(topology: Topology): Topology {
  return {
    ref: topology.ref,
    commits: topology.commits.map((c) => (c.parents.length > 1 ? c : { ...c, subject: RELEASE_SUBJECT.test(c.subject) ? c.subject : '', body: '' })),
  };
}

/** Release-notes files read at most (CHANGELOGs of a monorepo's packages; the newest versions of a RelNotes folder). */
const MAX_NOTES = 24;
/** The largest release-notes file read (bytes); a bigger one is cut there. */
const MAX_NOTES_BYTES = 2_000_000;

/**
 * The release-notes files at `ref` (`listing`: `git ls-tree -r --name-only ref`): every changelog,
 * and the newest versions of folders of per-version notes (`RelNotes/2.54.0.adoc`), read with one
 * `git cat-file --batch`.
 */
async function readReleaseNotes(root: string, ref: string, listing: string, signal?: AbortSignal): Promise<ReleaseNotesFile[]> {
  // (not a test's fixture: cabal keeps 18 packages' CHANGELOG.md in `cabal-testsuite/PackageTests/`; nor a vendored
  // dependency's: lazygit's `vendor/github.com/sirupsen/logrus/CHANGELOG.md` told of logrus' "fix for a race condition")
  const paths = listing.split('\n').filter((p) => p && isReleaseNotesPath(p) && !isTestName(p) && !isVendoredPath(p));
  const versioned = paths
    .filter((p) => versionOrder(p) > 0)
    .sort((a, b) => versionOrder(b) - versionOrder(a))
    .slice(0, 8);
  const rest = paths.filter((p) => versionOrder(p) === 0).sort((a, b) => a.split('/').length - b.split('/').length);
  const chosen = [...rest, ...versioned].slice(0, MAX_NOTES);
  if (chosen.length === 0) return [];
  const texts = await catFiles(
    root,
    chosen.map((p) => `${ref}:${p}`),
    signal,
  );
  return chosen.map((path, i) => ({ path, text: texts[i] ?? '' })).filter((f) => f.text);
}

/** Earlier texts of one release-notes file read at most (`readEarlierNotes`). */
const MAX_EARLIER_NOTES = 4;

/**
 * The earlier texts of release-notes files that keep only their latest releases (oban's CHANGELOG.md tells one minor
 * version, v2.23; v2.22's items are in the file as tagged v2.22.1): while a file's oldest release (`oldestRelease`) was made
 * after `since` (ms), the same path at the newest release tag made before that release, MAX_EARLIER_NOTES times a file at
 * most, each step one `git cat-file --batch`. Not a file of one version's notes (`RelNotes/2.54.0.adoc`), nor a text that
 * tells no older release than the one after it (a young project's tags before its first notes).
 */
async function readEarlierNotes(
  root: string,
  notes: readonly ReleaseNotesFile[],
  tags: readonly ReleaseTag[],
  since: number,
  signal?: AbortSignal,
): Promise<ReleaseNotesFile[]> {
  const earlier: ReleaseNotesFile[] = [];
  let pending = notes.filter((file) => versionOrder(file.path) === 0).map((file) => ({ path: file.path, oldest: oldestRelease(file, tags) }));
  for (let step = 0; step < MAX_EARLIER_NOTES; step++) {
    const asks = pending.flatMap(({ path, oldest }) => {
      const tag = oldest !== undefined && oldest > since ? newestTagBefore(tags, oldest) : undefined;
      return tag ? [{ path, oldest: oldest!, ref: `refs/tags/${tag.name}` }] : [];
    });
    if (asks.length === 0) break;
    const texts = await catFiles(
      root,
      asks.map((a) => `${a.ref}:${a.path}`),
      signal,
    );
    pending = [];
    asks.forEach((ask, i) => {
      const file = { path: ask.path, text: texts[i] ?? '', ref: ask.ref };
      const oldest = file.text ? oldestRelease(file, tags) : undefined;
      if (oldest === undefined || oldest >= ask.oldest) return;
      earlier.push(file);
      pending.push({ path: ask.path, oldest });
    });
  }
  return earlier;
}

/** The most `.gitattributes` files read in a repository's folders (a monorepo's packages each keep one); the nearest the root first. */
const ATTRIBUTES_FILES_MAX = 50;

/**
 * The `.gitattributes` files of `ref` (the root's and its folders', core/conventions.ts `GitAttributesFile`) and the text of its
 * `.git-blame-ignore-revs` at the root, as `listing` (`git ls-tree -r --name-only`) names them, read with one
 * `git cat-file --batch`; no attributes and an empty text where there are none.
 */
async function readRootFiles(root: string, ref: string, listing: string, signal?: AbortSignal): Promise<[attributes: GitAttributesFile[], ignoreRevs: string]> {
  const paths = listing.split('\n');
  const attributes = paths
    .filter((p) => p === '.gitattributes' || p.endsWith('/.gitattributes'))
    .sort((a, b) => a.split('/').length - b.split('/').length)
    .slice(0, ATTRIBUTES_FILES_MAX);
  const present = [...attributes, ...(paths.includes('.git-blame-ignore-revs') ? ['.git-blame-ignore-revs'] : [])];
  const texts = present.length
    ? await catFiles(
        root,
        present.map((f) => `${ref}:${f}`),
        signal,
      )
    : [];
  return [
    attributes.map((path, i) => ({ dir: path.slice(0, Math.max(0, path.lastIndexOf('/'))), text: texts[i] ?? '' })),
    present.length > attributes.length ? (texts[attributes.length] ?? '') : '',
  ];
}

/**
 * The lines each of `commits` adds to the release-notes files `notes` (the item a contributor writes with their change:
 * loguru's `- Add a new \`\`context\`\` optional argument …` cites the issue, not the pull request), and the text of each
 * release-notes fragment and changeset it creates (`isNotesFragment`, `.changeset/*.md`: its author's own entry, front matter and all),
 * by commit SHA, not the notes' lines it takes out elsewhere (moved, not written), read with one `git log --no-walk --stdin -p` over the commits that touch them. Empty maps when none does.
 */
async function readNotesAdditions(
  root: string,
  commits: readonly CommitRecord[],
  notes: readonly ReleaseNotesFile[],
  signal?: AbortSignal,
): Promise<{ notesAdditions: Map<string, string[]>; fragmentAdditions: Map<string, string[]> }> {
  const paths = new Set(notes.map((n) => n.path));
  const fragments = new Set(commits.flatMap((c) => c.files.filter((f) => f.created && isOwnEntryPath(f.path)).map((f) => f.path)));
  const shas = commits.filter((c) => c.files.some((f) => paths.has(f.path) || fragments.has(f.path))).map((c) => c.sha);
  const notesAdditions = new Map<string, string[]>();
  const fragmentAdditions = new Map<string, string[]>();
  if (shas.length === 0) return { notesAdditions, fragmentAdditions };
  // (the paths are names, not pathspec magic)
  const args = [
    '--literal-pathspecs',
    'log',
    '--no-walk=unsorted',
    '--stdin',
    '--format=%x01%H',
    '-p',
    '-U0',
    '--no-color',
    '--no-ext-diff',
    '--no-renames',
    '--',
    ...paths,
    ...fragments,
  ];
  const out = (await gitWithInput(root, args, shas, signal)).toString('utf8');
  let sha: string | undefined;
  let lines: string[] | undefined;
  // the lines each commit takes out of the notes: one it adds back elsewhere is moved, not written (jackson-databind's
  // maintainer moves a contributor's entry within the release's list)
  const removed = new Map<string, Set<string>>();
  const fragmentFiles = new Map<string, string[][]>();
  for (const line of out.split('\n')) {
    if (line.startsWith('\x01')) {
      sha = line.slice(1);
      lines = undefined;
    } else if (sha && line.startsWith('+++ ')) {
      if (fragments.has(line.slice(6))) {
        // (a fragment's text, one per file: gathered whole into the release's notes, meson's snippet of a heading and paragraphs)
        lines = [];
        fragmentFiles.set(sha, [...(fragmentFiles.get(sha) ?? []), lines]);
      } else {
        lines = notesAdditions.get(sha) ?? [];
        notesAdditions.set(sha, lines);
      }
    } else if (lines && line.startsWith('+')) lines.push(line.slice(1));
    else if (sha && line.startsWith('-') && !line.startsWith('--- ')) {
      const set = removed.get(sha) ?? new Set<string>();
      removed.set(sha, set);
      set.add(line.slice(1).trim());
    }
  }
  for (const [commit, added] of notesAdditions) {
    const moved = removed.get(commit);
    if (moved)
      notesAdditions.set(
        commit,
        added.filter((l) => !moved.has(l.trim())),
      );
  }
  for (const [commit, files] of fragmentFiles)
    fragmentAdditions.set(
      commit,
      files.map((f) => f.join('\n')),
    );
  return { notesAdditions, fragmentAdditions };
}

/** A file in which a change's author writes its own release-notes entry: a fragment (`isNotesFragment`) or a changeset (`.changeset/*.md`). */
function isOwnEntryPath(path: string): boolean {
  return isNotesFragment(path) || /(^|\/)\.changeset\/[^/]+\.md$/.test(path);
}

/**
 * `RelNotes/2.54.1.adoc` (or tornado's `v6.5.0.rst`, meson's `Release-notes-for-1.11.0.md`, Nix's `rl-2.34.md`: words before the version
 * are no part of it, nor NumPy's `-notes` after it: `2.5.0-notes.rst`) → a number that sorts versions (2 054 001 000); `1.8.5.6` → 1 008 005 006;
 * an archive of a release line, `changelogs/0.11.x.md` → 11 000 000 (its `x` counts as 0).
 */
function versionOrder(path: string): number {
  const m = /^(?:[a-z]+(?:[-_ ][a-z]+)*[-_ ])?v?(\d+)\.(\d+|x)(?:\.(\d+|x))?(?:\.(\d+|x))?(?:-notes)?\.\w+$/i.exec(path.split('/').at(-1) ?? '');
  // (a part past 999 counts as 999: cabal's snapshot `Cabal-3.8.0.20220526.md`, a date, is older than 3.18.1.0)
  const part = (s: string | undefined): number => (s === undefined || s === 'x' ? 0 : Math.min(Number(s), 999));
  return m ? part(m[1]) * 1e9 + part(m[2]) * 1e6 + part(m[3]) * 1e3 + part(m[4]) : 0;
}

/**
 * The contents of `objects` (`ref:path`), in order, with one `git cat-file --batch`; '' for a missing one. Where git
 * stops at an object it cannot read (a partial clone's blob with no network to fetch it: `git cat-file` exits), that
 * one and those after it are '' too: release notes are evidence a scan can do without. Rejects only when aborted or
 * when git cannot start.
 */
async function catFiles(root: string, objects: readonly string[], signal?: AbortSignal): Promise<string[]> {
  const out = await gitWithInput(root, ['cat-file', '--batch'], objects, signal);
  const texts: string[] = [];
  let at = 0;
  for (let i = 0; i < objects.length && at < out.length; i++) {
    const eol = out.indexOf(10, at);
    if (eol < 0) break;
    const header = out.subarray(at, eol).toString();
    at = eol + 1;
    const m = /^[0-9a-f]+ blob (\d+)$/.exec(header);
    if (!m) {
      texts.push('');
      continue;
    }
    const size = Number(m[1]);
    if (at + size > out.length) break;
    texts.push(out.subarray(at, at + Math.min(size, MAX_NOTES_BYTES)).toString('utf8'));
    at += size + 1;
  }
  while (texts.length < objects.length) texts.push('');
  return texts;
}

/**
 * What git writes to its standard output for `args`, given `lines` on its standard input (one per line), whatever its exit
 * code: where it stops early (a partial clone's blob it cannot fetch), what it wrote before is kept. Rejects only when
 * aborted or when git cannot start.
 */
function gitWithInput(root: string, args: readonly string[], lines: readonly string[], signal?: AbortSignal): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(root, args, ['pipe', 'pipe', 'ignore'], signal);
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stdin.on('error', () => undefined); // git gone before reading all of its input: what it wrote is kept
    child.once('error', reject);
    child.once('close', () => resolve(Buffer.concat(chunks)));
    child.stdin.end(`${lines.join('\n')}\n`);
  });
}
