/**
 * Notability: explainable signals computed from a commit. Each signal has a weight, one human
 * sentence and the competencies it is evidence of; a commit is notable when the weights add up to
 * the threshold (setting `impactJournal.notabilityThreshold`). Signals follow DESIGN.md §5.
 */
import type { CommitRecord, FileChange } from './commit';

/** One reason a commit stands out. */
export interface Signal {
  /** Stable id, e.g. `size`, `tests`, `incident`. */
  readonly id: string;
  /** Contribution to the score (may be negative for routine work). */
  readonly weight: number;
  /** One sentence a person reads, e.g. "Large change: +620 −80 lines in 14 files." */
  readonly reason: string;
  /** Competency ids (default framework) this signal is evidence of. */
  readonly competencies: readonly string[];
}

/** The verdict on one commit. */
export interface Notability {
  readonly score: number;
  readonly notable: boolean;
  /** Positive signals first, strongest first. */
  readonly signals: readonly Signal[];
  /** Up to three competency ids, strongest evidence first. */
  readonly suggestedCompetencies: readonly string[];
}

/** Facts about a commit that its own record cannot tell. */
export interface ScoreOptions {
  /** A pull-request merge whose merged branch was written by someone else (the user only merged it). */
  readonly mergeOfOthersWork?: boolean;
}

/** Default threshold; a commit with score ≥ this is notable. Tuned on real history (sindresorhus/ky, 2024–2026: 24 % of one maintainer's commits flagged at 4, 39 % at 3). */
export const DEFAULT_THRESHOLD = 4;

/** Lines changed (additions + deletions, generated files excluded) for a "sizeable" and a "large" change, when the user's own history is too short to compare with. */
export const SIZE_SIZEABLE = 150;
export const SIZE_LARGE = 500;

/** Below this many of the user's commits in a repository, sizes are judged by the absolute thresholds above. */
export const PROFILE_MIN_COMMITS = 20;

/** Floors (lines) under which no change counts as sizeable/large, however small the user's usual commits are. */
const SIZE_FLOOR_SIZEABLE = 60;
const SIZE_FLOOR_LARGE = 150;

/**
 * The user's own size distribution in one repository: lines changed (generated files excluded) of
 * each of their commits there, sorted ascending. Built with `profileOf`.
 */
export interface RepositoryProfile {
  readonly sizes: readonly number[];
}

/** Lines changed by a commit, generated files (lockfiles, build output, snapshots, vendored code) excluded. */
export function changedLines(commit: CommitRecord): number {
  return commit.files.reduce((n, f) => (isGeneratedPath(f.path) ? n : n + f.additions + f.deletions), 0);
}

/** The size profile of a user's commits in one repository. */
export function profileOf(commits: readonly CommitRecord[]): RepositoryProfile {
  return { sizes: commits.map(changedLines).sort((a, b) => a - b) };
}

/** Share (0–1) of the profile's commits strictly smaller than `lines`. */
function shareBelow(profile: RepositoryProfile, lines: number): number {
  let lo = 0;
  let hi = profile.sizes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (profile.sizes[mid] < lines) lo = mid + 1;
    else hi = mid;
  }
  return lo / Math.max(profile.sizes.length, 1);
}

const BOT = /\[bot\]|^(dependabot|renovate|github-actions|greenkeeper|snyk-bot|semantic-release-bot|pre-commit-ci|mergify|imgbot|allcontributors)\b|^bot@|noreply@github\.com$/i;

/** True for automation accounts (dependabot, renovate, GitHub Actions, `*[bot]`): never notable. */
export function isBotAuthor(name: string, email: string): boolean {
  return BOT.test(name) || BOT.test(email);
}

const GENERATED =
  /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb|Cargo\.lock|go\.sum|poetry\.lock|Pipfile\.lock|uv\.lock|Gemfile\.lock|composer\.lock|mix\.lock|flake\.lock)$|(^|\/)(dist|build|out|vendor|third_party|node_modules|__snapshots__|\.yarn)\/|\.(snap|min\.js|min\.css|map|pb\.go|lock)$|(^|\/)generated\//i;
const TEST = /(^|\/)(tests?|__tests__|spec|specs|e2e|testdata|fixtures?)\/|[._-](test|spec)\.[a-z0-9]+$|(^|\/)test_[^/]+\.py$|_test\.go$/i;
const DOC = /\.(md|mdx|rst|adoc|txt)$|(^|\/)docs?\//i;
/** Release bookkeeping touched by every change in many projects: not documentation work. */
const CHANGELOG = /(^|\/)(CHANGELOG|CHANGES|HISTORY|NEWS|RELEASE[-_]?NOTES)(\.\w+)?$/i;
const DESIGN_DOC = /(^|\/)(adrs?|rfcs?|design|designs|decisions|proposals)\/|(^|\/)(adr|rfc)[-_]?\d+/i;
const CONTAINER = new Set(['src', 'lib', 'packages', 'apps', 'app', 'services', 'internal', 'pkg', 'cmd', 'modules', 'crates', 'components']);

/** True for lockfiles, build output, vendored code and snapshots: excluded from size signals. */
export function isGeneratedPath(path: string): boolean {
  return GENERATED.test(path);
}

/** True for test files and test fixtures. */
export function isTestPath(path: string): boolean {
  return TEST.test(path);
}

/** The area of the codebase a path belongs to: `src/git/x.ts` → `src/git`, `README.md` → `(root)`. */
export function areaOf(path: string): string {
  const parts = path.split('/');
  if (parts.length === 1) return '(root)';
  if (CONTAINER.has(parts[0]) && parts.length > 2) return `${parts[0]}/${parts[1]}`;
  return parts[0];
}

const WORDS: ReadonlyArray<{ id: string; pattern: RegExp; weight: number; reason: string; competencies: string[] }> = [
  { id: 'incident', pattern: /\b(incident|outage|hot-?fix|post-?mortem|sev[0-4]|rollback|roll back|mitigat\w*|on-?call)\b/i, weight: 2, reason: 'Mentions an incident or hotfix: operational response.', competencies: ['reliability-operations', 'impact-ownership'] },
  { id: 'security', pattern: /\b(security|vulnerab\w*|cve-\d{4}-\d+|xss|csrf|ssrf|injection|sanitiz\w*|escap(e|ing) (html|input)|privilege|exploit)\b/i, weight: 2, reason: 'Addresses security: a vulnerability, injection or hardening.', competencies: ['reliability-operations', 'code-quality'] },
  { id: 'performance', pattern: /\b(perf|performance|faster|speed(s|ed)? up|speedup|latency|throughput|optimi[sz](e|es|ed|ation)|memory leak|allocations?)\b/i, weight: 2, reason: 'Improves performance (speed, latency or memory).', competencies: ['reliability-operations', 'code-quality'] },
  { id: 'revert', pattern: /^revert\b/i, weight: 1, reason: 'Reverts an earlier change: a judgment call under pressure.', competencies: ['reliability-operations'] },
  { id: 'fix', pattern: /\b(fix(es|ed)?|bug(fix)?|crash(es)?|regression|broken)\b/i, weight: 1, reason: 'Fixes a bug.', competencies: ['code-quality'] },
  { id: 'feature', pattern: /^(feat(\(.+\))?!?:|add(s|ed)? |implement(s|ed)? |introduc(e|es|ed) |support(s)? )/i, weight: 1, reason: 'Introduces a feature or capability.', competencies: ['execution-delivery', 'impact-ownership'] },
  { id: 'breaking', pattern: /^\w+(\(.+\))?!:|BREAKING CHANGE/, weight: 1, reason: 'Makes a breaking change that others must adopt.', competencies: ['system-design', 'communication'] },
];

const ROUTINE = /^(chore|style|ci|build)(\(.+\))?:|^(bump|update) .*\b(version|dependenc\w*|deps?)\b|\btypos?\b|^merge (branch|remote-tracking)|\b(format(ting)?|lint|whitespace)\b/i;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function listSome(items: readonly string[], max = 3): string {
  return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/**
 * Scores one commit. Pure: the same commit always gives the same verdict.
 * `threshold` defaults to DEFAULT_THRESHOLD.
 */
export function scoreCommit(commit: CommitRecord, threshold = DEFAULT_THRESHOLD, profile?: RepositoryProfile, options: ScoreOptions = {}): Notability {
  if (isBotAuthor(commit.authorName, commit.authorEmail)) {
    return { score: 0, notable: false, signals: [{ id: 'bot', weight: 0, reason: `Made by an automation account (${commit.authorName}).`, competencies: [] }], suggestedCompetencies: [] };
  }
  if (options.mergeOfOthersWork && commit.pullRequest !== undefined) {
    // the user merged a contribution written by someone else: evidence of review, not of authorship
    const signals: Signal[] = [{ id: 'mergedContribution', weight: 2, reason: `Merges pull request #${commit.pullRequest}, a contribution by someone else: reviewed and integrated.`, competencies: ['code-review', 'collaboration'] }];
    return { score: 2, notable: 2 >= threshold, signals, suggestedCompetencies: suggest(signals) };
  }
  const signals: Signal[] = [];
  const add = (s: Signal): void => void signals.push(s);
  const text = `${commit.subject}\n${commit.body}`;
  const real = commit.files.filter((f) => !isGeneratedPath(f.path));
  const lines = changedLines(commit);

  const size = sizeSignal(lines, real, profile);
  if (size) add(size);

  const areas = [...new Set(real.filter((f) => !isTestPath(f.path)).map((f) => areaOf(f.path)))];
  if (areas.length >= 3) {
    add({ id: 'breadth', weight: 2, reason: `Spans ${areas.length} areas of the codebase: ${listSome(areas)}.`, competencies: ['system-design'] });
  }

  const created = real.filter((f) => f.created && !isTestPath(f.path) && !DOC.test(f.path));
  if (created.length >= 2) {
    add({ id: 'newFiles', weight: 1, reason: `Adds ${plural(created.length, 'new file')}: ${listSome(created.map((f) => f.path))}.`, competencies: ['system-design', 'execution-delivery'] });
  }

  const tests = real.filter((f) => isTestPath(f.path));
  if (tests.length > 0) {
    const newTests = tests.filter((f) => f.created).length;
    add({
      id: 'tests',
      weight: 1,
      reason: newTests > 0 ? `Adds ${plural(newTests, 'new test file')}.` : `Updates tests (${plural(tests.length, 'test file')}).`,
      competencies: ['code-quality'],
    });
  }

  const designDocs = real.filter((f) => DESIGN_DOC.test(f.path) && DOC.test(f.path));
  const docs = real.filter((f) => DOC.test(f.path) && !CHANGELOG.test(f.path) && !isTestPath(f.path) && !designDocs.includes(f));
  if (designDocs.length > 0) {
    add({ id: 'designDoc', weight: 2, reason: `Writes a design document: ${listSome(designDocs.map((f) => f.path))}.`, competencies: ['design-documentation', 'system-design'] });
  } else if (docs.length > 0) {
    add({ id: 'docs', weight: 1, reason: `Updates documentation: ${listSome(docs.map((f) => f.path))}.`, competencies: ['design-documentation', 'communication'] });
  }

  for (const w of WORDS) {
    if (w.pattern.test(w.id === 'revert' || w.id === 'feature' ? commit.subject : text)) add({ id: w.id, weight: w.weight, reason: w.reason, competencies: w.competencies });
  }

  if (commit.pullRequest !== undefined) {
    const merge = commit.parents.length > 1;
    add({
      id: 'pullRequest',
      weight: merge ? 2 : 1,
      reason: merge ? `Merges pull request #${commit.pullRequest}.` : `Landed through pull request #${commit.pullRequest}.`,
      competencies: ['execution-delivery'],
    });
  }

  if (commit.coAuthors.length > 0) {
    add({ id: 'coAuthors', weight: 1, reason: `Co-authored with ${listSome(commit.coAuthors.map((p) => p.name || p.email))}: paired work.`, competencies: ['collaboration', 'mentorship'] });
  }

  const release = commit.tags.find((t) => /^v?\d+(\.\d+)+/.test(t));
  if (release) {
    add({ id: 'release', weight: 2, reason: `Tagged as release ${release}.`, competencies: ['execution-delivery', 'impact-ownership'] });
  }

  const words = commit.body.split(/\s+/).filter((w) => w && !/^[a-z-]+:$/i.test(w)).length;
  if (words >= 40) {
    add({ id: 'explained', weight: 1, reason: `Explains its reasoning in a ${words}-word message.`, competencies: ['communication'] });
  }

  if (ROUTINE.test(commit.subject) || (real.length === 0 && commit.files.length > 0)) {
    add({ id: 'routine', weight: -2, reason: 'Looks routine (formatting, typo, dependency bump or generated files only).', competencies: [] });
  }

  const score = signals.reduce((n, s) => n + s.weight, 0);
  const ranked = [...signals].sort((a, b) => b.weight - a.weight);
  return {
    score,
    notable: score >= threshold,
    signals: ranked,
    suggestedCompetencies: suggest(ranked),
  };
}

/**
 * Size judged against the user's own commits in the repository when there are enough of them
 * (≥ PROFILE_MIN_COMMITS): bigger than 90 % of them is large, than 75 % sizeable; else by the
 * absolute thresholds SIZE_LARGE / SIZE_SIZEABLE.
 */
function sizeSignal(lines: number, real: readonly FileChange[], profile: RepositoryProfile | undefined): Signal | undefined {
  const stat = `+${sum(real, 'additions')} −${sum(real, 'deletions')} lines in ${plural(real.length, 'file')}`;
  if (profile && profile.sizes.length >= PROFILE_MIN_COMMITS) {
    const below = shareBelow(profile, lines);
    const percent = Math.floor(below * 100);
    if (below >= 0.9 && lines >= SIZE_FLOOR_LARGE) {
      return { id: 'size', weight: 3, reason: `Large change for you here: ${stat}, bigger than ${percent} % of your commits in this repository.`, competencies: ['execution-delivery'] };
    }
    if (below >= 0.75 && lines >= SIZE_FLOOR_SIZEABLE) {
      return { id: 'size', weight: 2, reason: `Sizeable change for you here: ${stat}, bigger than ${percent} % of your commits in this repository.`, competencies: ['execution-delivery'] };
    }
    return undefined;
  }
  if (lines >= SIZE_LARGE) return { id: 'size', weight: 3, reason: `Large change: ${stat}.`, competencies: ['execution-delivery'] };
  if (lines >= SIZE_SIZEABLE) return { id: 'size', weight: 2, reason: `Sizeable change: ${stat}.`, competencies: ['execution-delivery'] };
  return undefined;
}

function sum(files: readonly FileChange[], key: 'additions' | 'deletions'): number {
  return files.reduce((n, f) => n + f[key], 0);
}

function suggest(signals: readonly Signal[]): string[] {
  const weights = new Map<string, number>();
  for (const s of signals) {
    if (s.weight <= 0) continue;
    for (const [i, c] of s.competencies.entries()) weights.set(c, (weights.get(c) ?? 0) + s.weight - i * 0.1);
  }
  return [...weights.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([c]) => c);
}
