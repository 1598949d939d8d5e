/**
 * The files of a unit of work (units.ts) and what they are: the product's own work, tests where the
 * repository keeps them, prose documentation and design documents, release bookkeeping, generated
 * files and a documentation site's code. What notability.ts counts as size, breadth and docs.
 */
import type { CommitRecord, FileChange } from './commit';
import { isBookkeepingPath, isGeneratedIn, isReleaseCommit, isTestIn, type Conventions } from './conventions';
import { isApiDumpPath, isDocsSitePath, isProsePath } from './paths';
import { isRevert, sharedPullRequest, SYNC_MERGE } from './unitKind';
import { remainingCommits, type WorkUnit } from './units';

/**
 * A project's prose documents named in capitals without an extension, as GNU and older C projects keep them (strace's
 * `README-hacking`, `INSTALL`, `CREDITS.in`, the template `CREDITS` is made from; pcre2's `SUPPORT-LIFECYCLE`). Case matters: an
 * `install` script is code.
 */
const PROSE_NAME =
  /(^|\/)(README|INSTALL|CONTRIBUTING|CREDITS|THANKS|HACKING|TODO|NOTICE|SECURITY|SUPPORT|GOVERNANCE|ROADMAP|CODE_OF_CONDUCT)([-_][\w-]+)?(\.in)?$/;
/**
 * Examples and samples that show users how to use the product (mitmproxy's `examples/addons/dns-simple.py`, flask's
 * `examples/tutorial/`, okhttp's `samples/crawler/`): documentation in code, not a capability users get. Tests kept in
 * such a folder are tests (`classify` asks first). A folder named in the singular below the root is a package (ollama's
 * token sampler, `x/mlxrunner/sample/`); one at the root named for what it shows is an example (Alamofire's Xcode projects
 * `watchOS Example/` and `iOS Example/`).
 */
const EXAMPLES = /(^|\/)_?(examples|samples)\/|^_?(example|sample)\/|^[^/]+[ _-](examples?|samples?)\//i;
/** A design document's path: an ADR, an RFC, a design or proposals folder. */
export const DESIGN_DOC = /(^|\/)(adrs?|rfcs?|design|designs|decisions|proposals)\/|(^|\/)(adr|rfc)[-_]?\d+/i;

/**
 * The files of a unit, merged by path (a file changed by three commits counts once, with all its
 * lines). A commit reverted inside the unit, and its revert, change nothing that remains: left out
 * (units.ts `remainingCommits`).
 */
export function unitFiles(unit: WorkUnit): FileChange[] {
  // (a unit made of parts, pull requests one release-notes item names together, counts each part's as that part would)
  return mergeByPath(unit.parts && unit.parts.length > 1 ? unit.parts.flatMap(countedCommits) : countedCommits(unit));
}

/** The commits whose files are a unit's change (`unitFiles`), of a unit of one piece. */
function countedCommits(unit: Pick<WorkUnit, 'commits'>): CommitRecord[] {
  const ownMerge = unit.commits.find((c) => c.parents.length > 1);
  // a sync merge inside (a subtree's `Merge commit '…'`, `Merge remote-tracking branch 'origin/main'`) brings work
  // first committed elsewhere: not the user's change
  const commits = unit.commits.filter((c) => c !== ownMerge);
  const own = commits.filter((c) => !SYNC_MERGE.test(c.subject));
  // the user's own merge of a pull request: its stats against the first parent are the PR's whole change, unless
  // someone else wrote part of it, or it brings a sync: then what the user's own commits changed
  if (ownMerge && own.length === commits.length && !sharedPullRequest(unit)) return [ownMerge];
  return remainingCommits(own.length > 0 ? own : commits);
}

/**
 * The files of a unit's own work (`unitFiles`), what its size and breadth count: not what it reverts of work from outside
 * it beside work of its own that names it (ollama's series of four, one of them the revert of a 2000-line feature, was
 * "Large change: +535 −2015 lines"); all of them when the unit is that revert (pip's pull request titled `Revert "Remove
 * __pycache__ when package is removed"`, its notes' fix) or nothing but reverts.
 */
export function workFiles(unit: WorkUnit): FileChange[] {
  if (isRevert(unit.title)) return unitFiles(unit);
  const remaining = remainingCommits(unit.commits);
  const reverts = remaining.filter((c) => isRevert(c.subject));
  return reverts.length > 0 && reverts.length < remaining.length
    ? unitFiles({ ...unit, commits: unit.commits.filter((c) => !reverts.includes(c)) })
    : unitFiles(unit);
}

/**
 * A unit's whole change as a list shows it: lines added and deleted (all of its files: code, tests, docs and
 * generated ones) and files changed, from `unitFiles`. Not the sum of its commits' stats, where a merge's stats
 * (the whole branch against its first parent) would count the branch's lines twice (bubbletea's #1525: +110 −106
 * for a change of +55 −53).
 */
export function unitChange(unit: WorkUnit): { readonly additions: number; readonly deletions: number; readonly files: number } {
  const files = unitFiles(unit);
  return { additions: files.reduce((n, f) => n + f.additions, 0), deletions: files.reduce((n, f) => n + f.deletions, 0), files: files.length };
}

function mergeByPath(commits: readonly CommitRecord[]): FileChange[] {
  const byPath = new Map<string, FileChange>();
  for (const c of commits) {
    for (const f of c.files) {
      const seen = byPath.get(f.path);
      byPath.set(
        f.path,
        seen ? { ...seen, additions: seen.additions + f.additions, deletions: seen.deletions + f.deletions, created: seen.created || f.created } : f,
      );
    }
  }
  return [...byPath.values()];
}

/** How the files of a unit divide: real work, tests, prose docs, bookkeeping (generated files and a docs site's code left out). Each file is in one part. */
export function classify(
  files: readonly FileChange[],
  conventions: Conventions,
): { work: FileChange[]; tests: FileChange[]; docs: FileChange[]; bookkeeping: FileChange[]; generated: FileChange[] } {
  const out = { work: [] as FileChange[], tests: [] as FileChange[], docs: [] as FileChange[], bookkeeping: [] as FileChange[], generated: [] as FileChange[] };
  for (const f of files) {
    if (isGeneratedIn(conventions, f.path)) out.generated.push(f);
    else if (isBookkeepingPath(f.path, conventions)) out.bookkeeping.push(f);
    else if (isTestIn(conventions, f.path)) out.tests.push(f);
    else if ((!REQUIREMENTS.test(f.path) && !isApiDumpPath(f.path) && (isProsePath(f.path) || PROSE_NAME.test(f.path))) || EXAMPLES.test(f.path))
      out.docs.push(f);
    else if (isDocsSitePath(f.path)) out.generated.push(f);
    else out.work.push(f);
  }
  return out;
}

/**
 * A package's manifest, where its version is written: `package.json`, `Cargo.toml`, `pyproject.toml`,
 * `setup.py`/`setup.cfg`, `_version.py`, a `.gemspec` and a `Gemfile`, `pom.xml`, Gradle's files, a `.csproj`,
 * `lerna.json`, `composer.json`, `pubspec.yaml`, `mix.exs`, `deno.json`/`jsr.json`, a `VERSION` file, and a C
 * project's build script, where the version is an argument (autoconf's `AC_INIT` in `configure.ac`, Meson's and
 * CMake's `project()`: tmux's release commit "tmux 3.5." changes one line of `configure.ac`); and the manifests of
 * other ecosystems, where dependencies and build settings are written: Go's `go.mod` (and `go.work`), a Haskell
 * package's `.cabal` file, its `cabal.project` and Stack's `stack.yaml` (shellcheck's "Allow latest QuickCheck": one bound in
 * `ShellCheck.cabal`), Swift's `Package.swift`, a CocoaPods `.podspec`, an `.opam` file, a `.rockspec`, a `.nimble`
 * file, `vcpkg.json`, a `conanfile`, and Nix's `flake.nix`, `default.nix` and `shell.nix` (the package's build and its
 * development shell: pandoc's "Revamp flake.nix to use haskell.nix", helix's flake upkeep), and an R package's `DESCRIPTION`.
 * (Lockfiles are generated files: core/paths.ts.)
 */
const MANIFEST =
  /(^|\/)(package\.json|lerna\.json|Cargo\.toml|pyproject\.toml|setup\.(py|cfg)|_{0,2}version_{0,2}\.(py|rb|go|ts|js|txt)|[\w.-]+\.gemspec|pom\.xml|build\.gradle(\.kts)?|gradle\.properties|[\w.-]+\.csproj|Directory\.Build\.props|composer\.json|Gemfile|pubspec\.yaml|mix\.exs|deno\.jsonc?|jsr\.json|VERSION|configure\.(ac|in)|meson\.build|CMakeLists\.txt|go\.(mod|work)|[\w.-]+\.(cabal|podspec|opam|rockspec|nimble)|stack\.yaml|cabal\.project(\.[\w-]+)?|Package\.swift|vcpkg\.json|conanfile\.(py|txt)|flake\.nix|default\.nix|shell\.nix|DESCRIPTION)$/i;

/** True for a package's manifest, its packaging list (`MANIFEST`, setuptools' `MANIFEST.in`) or a dependency list (`REQUIREMENTS`): its metadata, build configuration and dependencies. */
export function isPackagingPath(path: string): boolean {
  return MANIFEST.test(path) || /(^|\/)MANIFEST\.in$/.test(path) || REQUIREMENTS.test(path);
}

/**
 * pip's requirement and constraint files (`requirements-dev.txt`, `requirements/tests.in`, `constraints.txt`) and a
 * `Pipfile`: the project's dependency lists, packaging like its manifest, not prose (`.txt`) nor its code.
 */
const REQUIREMENTS = /(^|\/)(requirements|constraints)([-_.][\w.-]+)?\.(txt|in)$|(^|\/)requirements\/[^/]+\.(txt|in)$|(^|\/)Pipfile$/i;

/**
 * True when the package's manifests and dependency lists (`isPackagingPath`) hold all but a tenth of the lines of
 * `work` (a unit's work files, `classify`): a change of packaging with a line or two of code to match (flask's "use uv":
 * +200 −12 in `pyproject.toml`, requirement files removed, two lines of `src/flask/app.py`). True for no work at all.
 */
export function isPackagingWork(work: readonly FileChange[]): boolean {
  const total = linesOf(work);
  // (files without lines, renames and binary files, are judged by their paths)
  return total === 0 ? work.every((f) => isPackagingPath(f.path)) : linesOf(work.filter((f) => !isPackagingPath(f.path))) <= total / 10;
}

/** The lines `files` change: additions plus deletions. */
function linesOf(files: readonly FileChange[]): number {
  return files.reduce((n, f) => n + f.additions + f.deletions, 0);
}

/**
 * Manifests whose one changed line is in the unit's release commits (a release subject or a release
 * tag), and in no other commit of it: the version bump of each package a release publishes,
 * bookkeeping even where the user edits the same manifest in their own work (its dependencies), so
 * a monorepo's release is not read as work across every package. A release that also changes
 * another line (`engines`: a new minimum Node.js) still changes the manifest as work.
 */
function versionBumps(unit: WorkUnit): string[] {
  const inWork = new Set(unit.commits.filter((c) => !isReleaseCommit(c)).flatMap((c) => c.files.map((f) => f.path)));
  const bumps = unit.commits
    .filter(isReleaseCommit)
    .flatMap((c) => c.files)
    .filter((f) => MANIFEST.test(f.path) && f.additions <= 1 && f.deletions <= 1 && !inWork.has(f.path));
  return [...new Set(bumps.map((f) => f.path))];
}

/**
 * How a unit's files divide (`classify` of `unitFiles`, or of `files` when the caller has them), the
 * version bumps of its release commits counted as bookkeeping.
 */
export function unitParts(unit: WorkUnit, conventions: Conventions, files: readonly FileChange[] = workFiles(unit)): ReturnType<typeof classify> {
  const bumps = versionBumps(unit);
  return classify(files, bumps.length ? { ...conventions, bookkeeping: [...conventions.bookkeeping, ...bumps] } : conventions);
}

/** Lines changed by a unit's real work (generated, test, bookkeeping and prose files excluded). */
export function unitLines(unit: WorkUnit, conventions: Conventions): number {
  return linesOf(unitParts(unit, conventions).work);
}
