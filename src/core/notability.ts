/**
 * Notability of a unit of work (units.ts): explainable signals, each with a weight, one true
 * sentence and the competencies it is evidence of; a unit is notable when the weights add up to
 * the threshold (setting `impactJournal.notabilityThreshold`). What counts is learned per
 * repository (conventions.ts), and a signal that fires on most of the user's own units there
 * tells little, so it weighs little (`informationFactor`). Signals that count against are kept and
 * shown. See ARCHITECTURE.md, "Where to add a signal".
 */
import * as l10n from '@vscode/l10n';
import type { CommitRecord, FileChange } from './commit';
import {
  commitType,
  fragmentKind,
  yamlFragmentKind,
  goChangelogKind,
  xmlChangelogKind,
  isGeneratedIn,
  isNotesFragment,
  isReleaseNotesPath,
  isReleaseCommit,
  isRoutineSubject,
  isTestIn,
  RELEASE_SUBJECT,
  RELEASE_TAG,
  ROUTINE_TYPES,
  saysRoutine,
  subjectPrefix,
  type Conventions,
  type FragmentKind,
} from './conventions';
import { areaOf, isApiDumpPath, isSourceCodePath } from './paths';
import { unversioned, type ShippedEvidence } from './shipped';
import { classify, DESIGN_DOC, isPackagingPath, isPackagingWork, unitLines, unitParts, workFiles } from './unitFiles';
import {
  ADVISORY_MERGE,
  BREAKING,
  declaredKind,
  type Declared,
  saidBy,
  DROPS_SUPPORT,
  INCIDENT,
  lintToolNamed,
  namesDocument,
  measuredGain,
  namingSubject,
  NOT_BREAKING,
  quotesReverted,
  revertsInBody,
  REFACTORING,
  RELEASE_BRANCH,
  isRevert,
  reapplies,
  RUNTIME_VERSION,
  saysAddsProse,
  SECURITY,
  SECURITY_TERMS,
  titlesOf,
  sharedPullRequest,
  stripPrefix,
  SYNC_MERGE,
  TEST_TOOLING_AREA,
  USER_FACING,
  type Words,
} from './unitKind';
import { commitsTitle, listsCommits, pullRequestTitle, remainingCommits, reviewedChange, unitPullRequests, writesUpAnother, type WorkUnit } from './units';

/** One reason a unit stands out (positive weight) or counts against (negative weight). */
export interface Signal {
  /** Stable id, e.g. `size`, `tests`, `incident`. */
  readonly id: string;
  /** Contribution to the score, after weighing by rarity. */
  readonly weight: number;
  /** One sentence a person reads, e.g. "Large change: +620 −80 lines in 14 files." */
  readonly reason: string;
  /** Competency ids (default framework) this signal is evidence of. */
  readonly competencies: readonly string[];
}

/** The verdict on one unit. */
export interface Notability {
  readonly score: number;
  readonly notable: boolean;
  /** Positive signals first, strongest first; then those that counted against. */
  readonly signals: readonly Signal[];
  /** Up to three competency ids, strongest evidence first. */
  readonly suggestedCompetencies: readonly string[];
}

/** Default threshold: a unit with a score ≥ this is offered. Tuned with `npm run eval:notability` (README, "Judging the detector"). */
export const DEFAULT_THRESHOLD = 4;

/** Lines changed (generated, test and bookkeeping files excluded) for a "sizeable" and a "large" unit, when the user's own history is too short to compare with. */
export const SIZE_SIZEABLE = 150;
export const SIZE_LARGE = 500;

/** Below this many of the user's units in a repository, sizes are judged by the absolute thresholds and no signal is weighed by rarity. */
export const PROFILE_MIN_UNITS = 20;

/**
 * What the release notes' silence weighs against a unit (`ScoreContext.unlisted`): the default
 * threshold, so that only a unit with twice the evidence is offered. Measured on the tuning label
 * sets with shipped evidence: precision 85.9 → 88.6 % (weights 2, 3: 87.6, 88.1 %), recall 73.9 → 73.0 %.
 */
export const UNLISTED_WEIGHT = 4;

/**
 * What the release notes filing a unit among chores, refactors or tests weighs against it (`ScoreContext.filed`): as much as
 * their silence (`UNLISTED_WEIGHT`), the project's own word that users do not get it.
 */
export const FILED_WEIGHT = UNLISTED_WEIGHT;

/**
 * The share (0–1) of the user's units in a repository that count as their best work there: scored
 * at least as high as the unit at this rank, they earn the `best` signal (`BEST_WEIGHT`), so the best tenth of
 * a quiet history (every pull request one small commit) is offered when it falls that little short.
 * Chosen with `npm run eval:notability`: 0.1 changes only the two label sets whose best work scored
 * under the threshold (psf/black, node-lru-cache); 0.2 also offered more on six others (bat,
 * commander, flask, git Q2, httpx, ripgrep), most of it unlisted. A unit with none of the product's own
 * files (documentation, tests, housekeeping alone) does not earn it: six offers, none listed, went (curl, htop,
 * phoenix, requests, tracing, yarl); nor one whose only such files are its manifests and build configuration
 * (`isPackagingPath`): four offers went on the tuning sets, none listed, and one listed fix on a held-out set (mocha);
 * nor one whose manifests and dependency lists hold all but a tenth of its lines (`isPackagingWork`: flask's "use uv",
 * two lines of its code beside a new `pyproject.toml`).
 */
export const BEST_SHARE = 0.1;

/**
 * What the `best` signal weighs (points). Half a point since 094f1da's measure of every label set: on the 95
 * tuning sets, the offers it alone carried over the threshold were 57 right and 28 wrong (67 %, under the 80 % the
 * detector aims at). Chosen with `npm run eval:notability` together with `SERIES_WEIGHT`: tuning sets 83.9 → 86.0 %
 * precision, recall 75.4 → 72.7 %; 0 instead of 0.5 gains 0.2 points of precision for 1.2 of recall.
 */
export const BEST_WEIGHT = 0.5;

/** The share of a routine-labelled unit's lines (of its real work) that new source files must hold to make it more than upkeep. */
const NEW_CODE_SHARE = 0.25;

/** A vulnerability's identifier: a CVE's (`CVE-2026-3682`, htmx's `CVE-2026-3682-1`) or a GitHub advisory's (`GHSA-xxxx-xxxx-xxxx`). */
const VULNERABILITY_ID = /\bCVE-\d{4}-\d{4,}(?:-\d+)?\b|\bGHSA(?:-[23456789cfghjmpqrvwx]{4}){3}\b/i;

/**
 * Signals of work that changes nothing users get, which is never "among the best" however large (podman's "remove deadcode",
 * "repo cleanup: remove unused files"). Measured with `npm run eval:notability` on the tuning sets: 865 → 861 offers, 762 →
 * 761 right (the one lost, starship's "feat(git): enable sha256 support", wrongly mechanical, came back when a declared
 * feature's balanced lines stopped counting as mechanical: 864 offers, 763 right).
 */
const NOT_BEST: ReadonlySet<string> = new Set(['refactor', 'internal', 'routineType', 'routineWords', 'mechanical', 'recurring']);

/**
 * What "N commits of one piece of work" (three or more) weighs (points). Half a point: on the tuning sets, the
 * offers it alone carried were 27 right and 18 wrong (60 %); a long series or topic is often upkeep or polish as much
 * as a feature, and its size already counts.
 */
export const SERIES_WEIGHT = 0.5;

/**
 * A unit whose work removes at least this many lines for each it adds (80 % of its lines removed) weighs half its size:
 * taking out code is less of a piece of work than its lines say (gson's "Remove `com.google.gson.graph`", +0 −360, an
 * unused extra). A removal others must adopt says so by its words (`breaking`). Chosen with `npm run eval:notability` on
 * the tuning sets: precision 756 / 866 -> 755 / 862 (87.3 -> 87.6 %), recall 596 -> 595 (sh's "drop mvdan-sh JS package",
 * carried by its size alone); with shipped evidence 923 / 1023 -> 923 / 1018 (90.2 -> 90.7 %). A ratio of 10: 87.4 %, 90.6 %.
 */
const REMOVAL_RATIO = 4;

/** True when a unit's work mostly removes lines (`REMOVAL_RATIO`). */
function mostlyRemoves(size: { readonly additions: number; readonly deletions: number }): boolean {
  return size.deletions > 0 && size.additions * REMOVAL_RATIO <= size.deletions;
}

/** Floors (lines) under which no unit counts as sizeable/large, however small the user's usual units are. */
const SIZE_FLOOR_SIZEABLE = 60;
const SIZE_FLOOR_LARGE = 150;

/**
 * The user's own history in one repository: the sizes of their units (lines, sorted ascending)
 * and, per signal id, the share (0–1) of their units it fired on. Built with `buildProfile`.
 */
export interface UnitProfile {
  readonly sizes: readonly number[];
  readonly frequency: Readonly<Record<string, number>>;
  readonly units: number;
  /**
   * The score (without the `best` signal) from which a unit is among the user's best BEST_SHARE of
   * units here; undefined under PROFILE_MIN_UNITS units, or when that score is 0 or less.
   */
  readonly best?: number;
  /** How many of the units share each title's template (`titleTemplate`): work done again and again (`RECURRING_MIN`). */
  readonly templates?: ReadonlyMap<string, number>;
}

/** Month names, as a title of recurring work names its month: "feat(dict): June updates" (May: `titleTemplate`). */
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
/** A run of numbers, versions and month names in a title (`June 2025`, `v1.48.0`, `#1491`). */
const TITLE_VARIABLE = new RegExp(String.raw`(?:\b${MONTH}\b|#?\bv?\d[\w.-]*)(?:[\s,]+(?:\b${MONTH}\b|#?\bv?\d[\w.-]*))*`, 'gi');

/**
 * A title with what changes from one occurrence of recurring work to the next put aside (its numbers, versions and
 * months, a pull request's number): typos' "feat(dict): June updates", "feat(dict): September 2025 updates" →
 * "feat(dict): # updates". Undefined for a title of numbers alone, or of one word beside them: jackson-databind's
 * "Fix #4963 (#4964)", "Fix #4934 (#4943)" say which issue each fixes, not that the work recurs.
 */
export function titleTemplate(title: string): string | undefined {
  // ("May" only capitalized: "the value may be null" says no month)
  const template = title
    .replace(/\bMay\b/g, 'june')
    .toLowerCase()
    .replace(TITLE_VARIABLE, '#')
    .replace(/\s+/g, ' ')
    .trim();
  return (template.match(/[a-z]{3,}/g) ?? []).length >= 2 ? template : undefined;
}

/**
 * The fewest of the user's units titled alike (`titleTemplate`) for each to be recurring work, counted against: the
 * typos maintainer's monthly "feat(dict): <month> updates", 14 offers in a year.
 */
const RECURRING_MIN = 4;
/** The weight of recurring work (`RECURRING_MIN`). */
const RECURRING_WEIGHT = -3;

/**
 * A subject that says a commit updates the release notes, and no more: "Update Changes", "Update CHANGELOG.md", "changelog",
 * "Generate NEWS", and the notes named as its area (loupe's "NEWS: Generate", GNOME's script gathering `news.d/` into NEWS).
 */
const NOTES_SUBJECT =
  /^(?:(?:update[sd]?|prepare[sd]?|finali[sz]e[sd]?|(?:re)?generate[sd]?)\s+(?:the\s+)?)?(?:changes|changelog|change ?log|news|history|release notes)(?:\.(?:md|rst|txt))?\.?$|^(?:changes|changelog|news|history|release notes)(?:\.(?:md|rst|txt))?:\s*(?:update[sd]?|(?:re)?generate[sd]?)\.?$/i;

/** What scoring a unit needs besides the unit. */
export interface ScoreContext {
  readonly conventions: Conventions;
  /** The user's own history there (size comparison, rarity); without it, absolute sizes and full weights. */
  readonly profile?: UnitProfile;
  /** Where the unit was released, when a later release-notes file names it (shipped.ts). */
  readonly shipped?: ShippedEvidence;
  /**
   * Set when the unit is not `shipped` though the release notes could name it (it is no newer than
   * the newest unit they name) and they name nearly all of the user's notable units up to then
   * (work.ts `listingOf`): `listed` of `of` units. Counts against it (`UNLISTED_WEIGHT`).
   */
  readonly unlisted?: { readonly listed: number; readonly of: number };
  /**
   * Where the release notes file the unit, when they cite it among what they do not count as users' (chores, refactors,
   * tests: shipped.ts `filedInternal`). Counts against it (`FILED_WEIGHT`).
   */
  readonly filed?: ShippedEvidence;
  /**
   * The lines each commit adds to the release-notes fragments and changesets it creates, by commit SHA (workHistory.ts
   * `readNotesAdditions`): its author's own entry, which can say it breaks ("⚠️ **BREAKING CHANGE:** Astro v5 is no longer
   * supported", a changeset's `'@astrojs/starlight': major`).
   */
  readonly ownEntries?: ReadonlyMap<string, readonly string[]>;
  /** The SHAs of the user's commits in the repository that a later one reverts, and of those reverts (work.ts `undoneOf`). */
  readonly undone?: ReadonlySet<string>;
}

/** Words of security work in the repository (`SECURITY`; `SECURITY_TERMS` where a security is a financial instrument). */
function securityWords(conventions: Conventions): RegExp {
  return conventions.financialSecurities ? SECURITY_TERMS : SECURITY;
}

/** The most release-notes files a unit's own entry is written in (`changelog`): a change's entry goes in one, or a few packages'. */
const MAX_NOTES_FILES = 4;

/** The weight of a design document written (`designDoc`): alone, it reaches the default threshold. */
const DESIGN_DOC_WEIGHT = 4;
/** Lines a change adds to an existing design document to count as writing it (`designDoc`). */
const DESIGN_DOC_LINES = 30;

/**
 * A changeset's front-matter line that bumps a package's major version: `'@astrojs/starlight': major` (changesets' format); or
 * covector's that tags the change breaking, whatever the bump (Tauri's `"tauri": "patch:breaking"` during its 2.0 release
 * candidates; https://github.com/jbolda/covector, its `changeTags`).
 */
const BREAKING_BUMP = /^\s*(['"]?)[@\w./-]+\1\s*:\s*(['"]?)(?:major|(?:major|minor|patch|prerelease):breaking)\2\s*$/m;

/** A subject that puts a change off: "defer the LangError.Langs bitset change to v4", "postpone …", "hold off on …". */
const DEFERS = /^(defer|postpone|delay|hold off)(s|ed|ing)?\b/i;

const BOT =
  /\[bot\]|\(bot\)|^(dependabot|renovate|github-actions|greenkeeper|snyk-bot|semantic-release-bot|pre-commit-ci|mergify|imgbot|allcontributors|copilot|graphite-app|coderabbitai|devin-ai-integration)\b|^bot@|^noreply@github\.com$|\sbot$/i;
/**
 * A coding assistant's name (`Claude Opus 4.8 (1M context)`, `Anthropic Claude Sonnet 4`, `Cursor Agent`, `OpenAI Codex`,
 * `Amp`) or address (`noreply@anthropic.com`, `cursoragent@cursor.com`, `auto@cursor.ai`, `ai@cursor.sh`,
 * `codex@openai.com`, `noreply@openai.com`, `amp@ampcode.com`, `junie@jetbrains.com`, `grok@x.ai`; vitest's `OpenCode
 * (claude-opus-4-8) <noreply@opencode.ai>`, `Oz <oz-agent@warp.dev>`, `Hermes Agent`), as its
 * `Co-authored-by` trailers give them (the 160 histories of the label sets hold about 3,400 such trailers). Not a
 * person at the company that makes it (`charliemarsh@openai.com`).
 */
/** An account named as a bot in lower case, as people are not: `zaniebot`, `astrobot-houston` (not `Talbot`). */
const BOT_HANDLE = /^[a-z]+bot(-[a-z-]+)?$/;
const ASSISTANT_NAME =
  /^(anthropic |openai |cursor )?(claude|cursor|codex|copilot|gemini|amp|junie|grok|aider|opencode)( (agent|ai|code|assist|cli)\b|\s+[\w.]*\d|\s*\(|\s*$)|^[\w-]+ agent$/i;
const ASSISTANT_EMAIL =
  /^(noreply|claude)@anthropic\.com$|@cursor\.(ai|sh|com)$|^(noreply|codex)@openai\.com$|^amp@ampcode\.com$|^junie@jetbrains\.com$|^grok@x\.ai$|@aider\.chat$|@opencode\.ai$|^[\w.]+-agent@/i;

/**
 * True for automation accounts (dependabot, renovate, GitHub Actions, Copilot, graphite-app, `*[bot]`, `zaniebot`,
 * `Houston (Bot)`, `Remix Run Bot`) and coding assistants (Claude, Cursor, Codex, Amp…): never notable, never counted as a co-author.
 * (People's GitHub noreply addresses, `123+name@users.noreply.github.com`, are people.)
 */
export function isBotAuthor(name: string, email: string): boolean {
  return BOT.test(name) || BOT.test(email) || BOT_HANDLE.test(name.trim()) || ASSISTANT_NAME.test(name.trim()) || ASSISTANT_EMAIL.test(email.trim());
}

/** A module's Gradle build file: it changes with the dump when the validation is turned on (`publicApi`). */
const BUILD_SCRIPT = /(^|\/)build\.gradle(\.kts)?$/;
/** A sweep (`isMechanical`): at least this many files, each with at most `SWEEP_LINES` lines changed. */
const SWEEP_FILES = 20;
const SWEEP_LINES = 3;
/** …but for this share of them (and of their lines), edited deeper. */
const SWEEP_OUTLIERS = 0.1;
/** Words that name the package's dependencies: "runtime_dependency", "group of gems", "optional extras". */
const DEPENDENCY_WORDS = /\b(dependenc(y|ies)|runtime_dependency|deps?|gems?|extras?|requirements?)\b/i;
/** Words that claim support: "Add PyEmscripten platform tag support", "Support `import defer`". */
const SUPPORT_WORDS = /\bsupport(s|ed|ing)?\b/i;

const listSome = (items: readonly string[], max = 3): string =>
  items.length <= max ? items.join(', ') : l10n.t('{0} and {1} more', items.slice(0, max).join(', '), items.length - max);
const sum = (files: readonly FileChange[], key: 'additions' | 'deletions'): number => files.reduce((n, f) => n + f[key], 0);

/** The signals of a unit before weighing by rarity or comparing its size with the user's history. */
export function rawSignals(unit: WorkUnit, context: ScoreContext): Signal[] {
  const { conventions } = context;
  const signals: Signal[] = [];
  const add = (id: string, weight: number, reason: string, competencies: readonly string[] = []): void =>
    void signals.push({ id, weight, reason, competencies });
  // a branch brought up to date with another in one commit (`Merge from develop (#2482)`): its work is offered where it was first committed
  if (!unit.merge && unit.commits.length > 0 && unit.commits.every((c) => SYNC_MERGE.test(c.subject))) {
    add('syncMerge', -3, l10n.t('Brings one branch up to date with another in a single commit: the work in it is offered where it was first committed.'));
    return signals;
  }
  // a commit reverted inside the unit, and its revert: neither says what the unit did
  const left = remainingCommits(unit.commits);
  if (left.length === 0) {
    add('undone', -3, l10n.t('Undone within the same piece of work: every commit in it is reverted by another.'));
    return signals;
  }
  // or in another: the user reverted each of its commits later, or it reverts only such commits
  const own = left.filter((c) => c.parents.length < 2);
  if (own.length > 0 && own.every((c) => context.undone?.has(c.sha))) {
    add('undone', -3, l10n.t('Undone later: every commit in it was reverted, or reverts one.'));
    return signals;
  }
  // nor does a sync merge inside it (rustfmt's subtree syncs: `Merge commit '…' into rustfmt-subtree-update`, whose
  // changes and notes were first committed in rust-lang/rust), beside the user's own commits
  const remaining = left.some((c) => !SYNC_MERGE.test(c.subject)) ? left.filter((c) => !SYNC_MERGE.test(c.subject)) : left;
  // the unit as its words speak: a commit reverted within it, and its revert, say nothing ("Add env to toggle provider
  // price syncs", then its revert)
  const spoken = left.length < unit.commits.length ? { ...unit, commits: left } : unit;
  const files = workFiles(unit);
  // the commits whose files are the user's: not the merge of a pull request someone else wrote part of (its
  // release-notes entry and code are the contributor's)
  // (nor the merge of one that brings a sync: its stats hold the synced work)
  const shared = sharedPullRequest(unit);
  const authored = shared || remaining.length < left.length ? remaining.filter((c) => c.parents.length <= 1) : remaining;
  const parts = unitParts(unit, conventions, files);
  // a unit that changes little but the package's metadata, build configuration and dependency lists (jinja's "switch to
  // pyproject.toml", flask's "use uv") is packaging
  const packaging = isPackagingWork(parts.work);
  const lines = sum(parts.work, 'additions') + sum(parts.work, 'deletions');
  // (in a pull request someone else wrote part of, its merge's subject names the contributor's branch: tqdm's "Merge pull
  // request #1751 from jaltmayerpizzorno/fix-atexit-monitor-deadlock", the maintainer's own commit "minor docstring updates")
  const subjects = (shared ? authored : remaining).map(namingSubject);
  // (and its title is the contributor's: the user's own commits say what the user did, bbolt's "add MoveBucket to support
  // moving a sub-bucket…", Elbehery's, merged by ahrtr with his "Add log into MoveBucket and clone the key")
  const title = shared && authored.length > 0 ? commitsTitle(authored, conventions) : unit.title;
  const voiced = title === unit.title ? spoken : { ...spoken, title };
  // the commits whose messages speak of the project (see `bodies` below)
  const told = remaining.filter((c) => !isRoutineSubject(c.subject, conventions) && !DEFERS.test(stripPrefix(c.subject)));
  const words: Words = {
    // git's `Revert "<subject>"` quotes the change it undoes: "Revert \"Fix the XSS in comments\"" addresses no security
    titles: [title, ...subjects].filter((t) => !quotesReverted(t)).join('\n'),
    // (not CMake's list of the topic's commits: "cmSystemTools: Avoid allocation in …" is no performance work of the topic's)
    description: unit.merge && unit.kind === 'topic' ? [unit.merge.body.split(/\n\s*\n/)[0] ?? ''].filter((p) => !listsCommits(p)).join('') : '',
    // a dependency bump's message speaks of the dependency ("Includes one breaking change for the flag as BuildOutputs
    // now accept a slice", podman's "vendor: update buildah to latest main"), not of the project; a commit that puts a
    // change off speaks of the change it does not make (sh's "syntax: defer the LangError.Langs bitset change to v4":
    // "changing its type is a breaking change")
    bodies: told.map((c) => c.body).join('\n'),
  };
  // a pull request merged with a merge commit says what it is in its title (`refactor(progress): … (#16813)`), whatever
  // the types of the commits inside (one of them `perf(progress):`)
  const prTitle = unit.kind === 'pullRequest' && unit.merge ? pullRequestTitle(unit.merge) : undefined;
  // (not one someone else wrote part of: its title is theirs, see `title`)
  const titleType = prTitle === undefined || shared ? undefined : commitType(prTitle, conventions);
  const typed = subjects.map((s) => commitType(s, conventions));
  // (labels of refactoring or upkeep on some of its commits do not say what the others are: PostgREST's "add: config
  // `client-error-verbosity` to set error verbosity", `add:` no type of its own, pushed after two small `refactor:` commits)
  const unlabelled = typed.includes(undefined) && typed.every((t) => t === undefined || t === 'refactor' || ROUTINE_TYPES.has(t));
  const types = new Set(titleType ? [titleType] : unlabelled ? [] : typed.filter((t): t is string => t !== undefined));

  // what the unit is: by the repository's own commit types, by its merge's description of a topic, or by its words
  // a commit labelled with a type says it is breaking by the label (`feat!:`, BREAKING CHANGE); one without (a
  // repository that does not label, or a commit that did not where only some do) can by its words (a change of
  // tests alone breaks nothing users have)
  const says = (text: string): boolean => BREAKING.test(text) && !NOT_BREAKING.test(text);
  // (a revert's message tells what the change it undoes broke: insta's "Revert sort_maps sequence sorting, release 1.47.1",
  // "This was a breaking change for anyone relying on ordered sequence output", restores what users had)
  const ownBodies = told
    .filter((c) => !isRevert(c.subject))
    .map((c) => c.body)
    .join('\n');
  // (removing a flag of the project's type checker breaks nothing users have)
  // (and a pull request merged with a merge commit by its title: scrapy's "Remove most of the 2.13.0 deprecations", whose
  // commits each drop one thing: "Remove InitSpider.", "Require start_queue_cls.")
  const saidBreaking = [...subjects, ...(prTitle !== undefined && !shared ? [prTitle] : [])].filter(
    (x) =>
      subjectPrefix(x)?.breaking ||
      (commitType(x, conventions) === undefined &&
        DROPS_SUPPORT.test(stripPrefix(x)) &&
        lintToolNamed(x, unit.repo) === undefined &&
        !namesDocument(x) &&
        !TEST_TOOLING_AREA.test(subjectPrefix(x)?.scope ?? subjectPrefix(x)?.type ?? '')),
  );
  // the release-notes fragments it wrote say its kind by their names (`changelog/new_x.md`, `1234.removal.rst`)
  // (not those of a release pull request's commits that write fragments alone: pytest-xdist's "Release 3.0.2", whose
  // "Fix changelog fragments" renames the deprecation entries of the pull requests it releases)
  const releasePullRequest = (prTitle !== undefined && RELEASE_SUBJECT.test(prTitle)) || (unit.kind === 'topic' && RELEASE_BRANCH.test(unit.topic ?? ''));
  const fragments = new Map<FragmentKind, string>();
  // (or by their sections, antsibull-changelog's YAML: ansible-core's `changelogs/fragments/cve-2024-8775.yml`, `security_fixes:`)
  for (const c of authored.filter((c) => !releasePullRequest || c.files.some((x) => !isNotesFragment(x.path))))
    for (const f of c.files) {
      const written = f.created && f.additions > f.deletions;
      const kind = written
        ? (fragmentKind(f.path) ??
          (/\.ya?ml$/.test(f.path)
            ? yamlFragmentKind(context.ownEntries?.get(c.sha) ?? [])
            : /\.txt$/.test(f.path)
              ? goChangelogKind(context.ownEntries?.get(c.sha) ?? [])
              : /\.xml$/.test(f.path)
                ? xmlChangelogKind(context.ownEntries?.get(c.sha) ?? [])
                : undefined))
        : undefined;
      if (kind && !fragments.has(kind)) fragments.set(kind, f.path);
    }
  // (a runtime dropped from CI and the test runner's configuration alone, urllib3's "Drop support for EOL PyPy3.10",
  // changes no code: its own removal fragment says it breaks)
  // (and the release-notes entry its author wrote with it: a changeset's major bump, or its words)
  const entries = authored.flatMap((c) => context.ownEntries?.get(c.sha) ?? []).join('\n');
  const entrySays = says(entries) || BREAKING_BUMP.test(entries);
  const breaking =
    (parts.work.length > 0 &&
      (saidBreaking.length > 0 ||
        says(ownBodies) ||
        says(words.description) ||
        entrySays ||
        fragments.has('breaking') ||
        fragments.has('removal') ||
        fragments.has('deprecation'))) ||
    (saidBreaking.length > 0 && (fragments.has('breaking') || fragments.has('removal')));
  // a deprecation breaks nothing yet: it is told in its own words or its fragment (the same weight: others must still move off it)
  const deprecates =
    (saidBreaking.length > 0 || fragments.has('deprecation')) &&
    saidBreaking.every((x) => !subjectPrefix(x)?.breaking && /^deprecat(e|es|ed)\b/i.test(stripPrefix(x))) &&
    !fragments.has('breaking') &&
    !fragments.has('removal') &&
    !says(ownBodies) &&
    !says(words.description) &&
    !entrySays;
  // towncrier's default `.removal` entry is titled "Deprecations and Removals": it may be either
  const removalEntry =
    fragments.has('removal') && !fragments.has('breaking') && saidBreaking.length === 0 && !says(ownBodies) && !says(words.description) && !entrySays;
  // a breaking change is never "nothing users see", whatever its label
  const byWords = declaredKind(voiced, conventions, types, words.description, fragments);
  // (the release notes' word beats the unit's: a refactoring or internal work by its words that the notes list among what
  // they add is no refactoring to its users, commander's "Refactor help option implementation to hold actual Option
  // (#2006)" under 12.0.0's "Added"; it is then of no kind by its words, neither penalised nor praised for it)
  const said: Declared =
    (byWords.kind === 'refactor' || byWords.kind === 'internal') && context.shipped && addedSection(context.shipped.section)
      ? { kind: undefined, reason: '' }
      : byWords;
  // a "fix" by its words that quotes its measured effect (uv's "Avoid flattened wheel-source deserialization (#20881)",
  // "1.09× faster") is performance work: the measurement says what the words do not
  const speedUp = said.kind === 'fix' && said.words ? measuredGain(`${words.titles}\n${words.bodies}`) : undefined;
  const declared: Declared = speedUp
    ? { kind: 'performance', reason: l10n.t('Improves performance, by the measurement its message quotes (“{0}”).', speedUp), words: true }
    : said;
  // mechanical work (formatting, sorting, renames) is internal whatever its label: its size is not what users get
  // (by the words of the commits inside: a pull request's merge, `Merge pull request #3365 from …`, says nothing of them)
  // (a feature or performance work by its author's own label, fragment or merge description is a rewrite for it when its lines
  // balance: starship's "feat(git): enable sha256 support (#7531)", +354 −321 in one module; its words still count)
  const declaredWork = (declared.kind === 'feature' || declared.kind === 'performance') && declared.words !== true;
  const mechanical =
    isMechanical(files, conventions, remaining.some((c) => c.parents.length <= 1) ? remaining.filter((c) => c.parents.length <= 1) : remaining, declaredWork) ??
    sweep(parts.work);
  const internal = !breaking && (declared.kind === 'refactor' || declared.kind === 'internal' || mechanical !== undefined);
  switch (declared.kind) {
    case 'feature':
      // "add a regression test", "add docs for …", a topic whose merge says a test helper "learned" an option: adding
      // only tests or documentation is not a feature users get (a `feat:` label is the author's own word for it)
      if (!types.has('feat') && !types.has('feature') && parts.work.length === 0) break;
      // a tutorial or a blog post, with a script or a few lines of code touched on the way, is documentation; one that
      // brings more code than prose is the feature it tells of (hatch's "Add how-to for using custom Python distributions")
      if (declared.words && saysAddsProse(unit.title) && lines < sum(parts.docs, 'additions') + sum(parts.docs, 'deletions')) break;
      // a change of the package's manifests and build configuration alone is packaging, whatever its words: a dependency
      // added (jekyll's "Add `json` as runtime_dependency", "Add an optional `:rdoc` group of gems"), a build option turned
      // on (retrofit's "Enable type-safe project accessors", Gradle build files); not when it names the support users get
      // by it: a runtime's ("Add Python 3.15 support"), a platform's (pydantic's "Add PyEmscripten platform tag support")
      // or a syntax's, by a parser's version raised (prettier's "Support `import defer`") (tuning sets: 757 / 873 ->
      // 756 / 867; with shipped evidence, 923 / 1026 -> 923 / 1024)
      if (declared.words && packaging && (DEPENDENCY_WORDS.test(unit.title) || (!RUNTIME_VERSION.test(unit.title) && !SUPPORT_WORDS.test(unit.title)))) break;
      // a release of 1.0 or later that bumps only the patch version carries only fixes, by the project's own word
      // (semver.org, rule 6): "add …" released in 11.3.2 is not a feature by its words (the patch release says so)
      if (declared.words && unit.releasedAs?.kind === 'patch' && !/(?:^|[^\d.])0\.\d+(?:\.\d+)?$/.test(unit.releasedAs.version)) break;
      // a release typed as a feature is the release (sqlc's "feat(cli): Bump version from 1.27.0 to 1.28.0 (#3798)"); not a
      // unit named by its release that holds the feature (pytest-xdist's "Release 3.4.0" with its Python 3.12 support)
      if (remaining.length > 0 && remaining.every((c) => RELEASE_SUBJECT.test(c.subject))) break;
      add('feature', declared.words ? 3 : 4, declared.reason, ['execution-delivery', 'impact-ownership']);
      break;
    case 'performance':
      // "doc: clarify use of SIMD features": words about performance in documentation or tests alone are no speed-up
      if (declared.words && parts.work.length === 0) break;
      // said in words or by a label, it weighs enough to be offered alone: release notes list speed-ups, small ones too
      // (`npm run eval:notability`: of the units whose performance words left them just under the threshold, 8 were
      // listed and 1 was not; at 4, recall over the tuning sets rose from 70.0 % to 71.4 %, precision 84.6 → 84.7 %)
      add('performance', 4, declared.reason, ['reliability-operations', 'code-quality']);
      break;
    case 'fix':
      // a fix by its words in documentation alone mends the docs, not a bug users hit (scrapy's "Fix a code block in
      // leaks.rst. (#7489)"), as performance words in docs alone are no speed-up
      if (declared.words && parts.work.length === 0 && parts.docs.length > 0) break;
      add('fix', 1, declared.reason, ['code-quality']);
      break;
    case 'refactor':
      if (!breaking) add('refactor', -1, declared.reason);
      break;
    case 'internal':
      if (!breaking) add('internal', -2, declared.reason);
      break;
    case 'routine': {
      // upkeep by its label that adds new source code (`build(deps): bump gomodguard to v2` with the linter's new
      // integration beside the old one: 106 of its 130 lines) is more than upkeep; not where the new code is a small part of
      // it (outline's "chore: Upgrade to Typescript 6 (#12737)": a 19-line helper in +654 −295), nor where its words call it a
      // clean-up, or its label says it works on the tests (btop's "test: add test harness with ctest" splits `main()` into a
      // new file to test the rest) or the CI (fastify's "ci: remove broken links and add ecosystem link validator (#6421)", a
      // new script the CI runs)
      const newCode = sum(
        parts.work.filter((f) => f.created && isSourceCodePath(f.path)),
        'additions',
      );
      // (nor is a design document, whatever its `docs:` label: Thunderbird's "docs: add RFC for new feature flag architecture
      // (#11223)" is design work, the kind a promotion packet cites)
      const designing = [...types].every((t) => t === 'docs' || t === 'doc') && parts.docs.some((f) => DESIGN_DOC.test(f.path));
      if (
        !designing &&
        (newCode === 0 ||
          newCode < NEW_CODE_SHARE * lines ||
          REFACTORING.test(words.titles) ||
          [...types].every((t) => t === 'test' || t === 'tests' || t === 'ci'))
      )
        add('routineType', -3, declared.reason);
      break;
    }
  }
  if (USER_FACING.test(words.description || title))
    add('userFacing', 1, l10n.t('Changes something users see: a command, an option or a setting.'), ['impact-ownership']);
  // (a commit that only tests how the code behaves in one, k6's "Cover fail-closed report on catalog outage", responds to none)
  const testsOnly = (c: CommitRecord): boolean => c.files.length > 0 && c.files.every((f) => isTestIn(conventions, f.path));
  const responding = [title, ...(shared ? authored : remaining).filter((c) => !testsOnly(c)).map(namingSubject)].filter((t) => !quotesReverted(t));
  if (INCIDENT.test(responding.join('\n')) || INCIDENT.test(words.description))
    add('incident', 2, l10n.t('Mentions an incident or hotfix: operational response.'), ['reliability-operations', 'impact-ownership']);
  // words about security in documentation alone (htop's "Formalize security process", a SECURITY.md) are the project's
  // security process, not a vulnerability addressed: still work worth a line in a review
  // (GitHub's merge of a security advisory's private fork says so whatever the fix's words: jinja's "attr filter uses
  // env.getattr", podman's "machine init: fix tls check")
  const advisory = [unit.merge, ...unit.commits].some((c) => c !== undefined && ADVISORY_MERGE.test(c.subject));
  if (advisory)
    add('security', 2, l10n.t('Lands the fix of a security advisory: GitHub merges one from its private fork (“Merge commit from fork”).'), [
      'reliability-operations',
      'code-quality',
    ]);
  // (by the words of the commits that change code, where some do: Wagtail's "Formalize support for Django 6.1" pushed with
  // "Additional notes on security for private collections", a page of its docs, addresses no vulnerability)
  // (a security policy's file named is no security work: flatpak's "Update SECURITY.md" beside a version bump)
  else if (
    securityWords(conventions).test(
      titlesOf(spoken, true)
        .join('\n')
        .replace(/\bSECURITY\.(md|rst|txt|adoc)\b/gi, 'policy'),
    ) ||
    securityWords(conventions).test(words.description)
  ) {
    // a vulnerability named by its identifier in a title, fixed in code: a CVE's or an advisory's (htmx's "remediate
    // CVE-2026-3682-1", its write-up beside a few lines of code)
    const named = parts.work.length > 0 ? VULNERABILITY_ID.exec(titlesOf(spoken, true).join('\n'))?.[0] : undefined;
    add(
      'security',
      named ? 3 : 2,
      named
        ? l10n.t('Addresses a vulnerability named {0}.', named)
        : parts.work.length > 0
          ? l10n.t('Addresses security: a vulnerability, an injection or hardening.')
          : l10n.t('Works on the project’s security process or policy, in its documentation.'),
      ['reliability-operations', 'code-quality'],
    );
  }
  // (a revert that its pull request's description lists, under another title, is quoted: the title does not say it)
  // (a revert of a revert lands the change again: its body's `This reverts commit …` names the revert it undoes)
  const revertedInBody = subjects.some(isRevert)
    ? undefined
    : remaining
        .filter((c) => !reapplies(c.subject))
        .map((c) => revertsInBody(c.body))
        .find((r) => r !== undefined);
  if (subjects.some(isRevert) || revertedInBody !== undefined)
    add(
      'revert',
      1,
      revertedInBody ? l10n.t('Reverts an earlier change, “{0}”: a judgment call.', revertedInBody) : l10n.t('Reverts an earlier change: a judgment call.'),
      ['reliability-operations'],
    );
  // a measured result ("1.95× faster", "from 129 ns to 74 ns") is impact with its number, ready for a promotion
  // packet; not in internal work's benchmarks (a refactoring that happens to be faster) nor a revert's quote of what it undoes
  const gain = internal || subjects.some(isRevert) ? undefined : measuredGain(`${words.titles}\n${words.description}\n${words.bodies}`);
  if (gain) add('measured', 1, l10n.t('Quantifies its effect: “{0}”.', gain), ['impact-ownership']);
  const deprecatedBy = deprecates ? saidBy(unit, (x) => /^deprecat(e|es|ed)\b/i.test(x)) : undefined;
  if (breaking)
    add(
      'breaking',
      4,
      deprecates
        ? deprecatedBy
          ? l10n.t('Deprecates something others use, by the words of “{0}”: they will have to move off it.', deprecatedBy)
          : l10n.t('Deprecates something others use: they will have to move off it.')
        : removalEntry
          ? l10n.t('Deprecates or removes something others use, by its release-notes entry ({0}).', fragments.get('removal')!)
          : l10n.t('Makes a breaking change that others must adopt.'),
      ['system-design', 'communication'],
    );

  // a library's API dump changes with its public API (paths.ts): the surface others build on, even where the words say
  // nothing of it (`Change RecordedRequest.body to a ByteString`, a rename). Not in a release's commits (a release moves
  // lines to the shipped file), a revert (undoing an addition that never shipped), a .NET commit that only takes lines
  // out of `PublicAPI.Unshipped` (marking them shipped), a unit that changes no code beside the dump and the build
  // (turning the validation on, or dumping internal declarations too), nor internal work the dump lists as well
  // ("Cleanup: remove or hide some `InternalCoroutinesApi`"); a Go unit's `.api` files are go-zero's service definitions.
  // Its weight, 1.5, was chosen with `npm run eval:notability`: 2 offered two more of kotlinx.coroutines' changes (one
  // its notes do not list, one fix; precision 73 % against 77 %), 1 lost three of okhttp's right offers (recall 65 % → 52 %)
  const code = parts.work.filter((f) => !isApiDumpPath(f.path) && !BUILD_SCRIPT.test(f.path));
  const goZero = code.some((f) => f.path.endsWith('.go'));
  const internalApi =
    (!breaking && (declared.kind === 'internal' || mechanical !== undefined)) || /\bInternal\w*Api\b|\binternal (declarations?|APIs?)\b/i.test(unit.title);
  const dump = (code.length === 0 || internalApi ? [] : authored)
    .filter((c) => !isReleaseCommit(c) && !isRevert(c.subject))
    .flatMap((c) => c.files)
    .filter(
      (f) =>
        isApiDumpPath(f.path) &&
        f.additions + f.deletions > 0 &&
        !(/PublicAPI\.Unshipped/.test(f.path) && f.additions === 0) &&
        !(goZero && f.path.endsWith('.api')),
    );
  if (dump.length > 0)
    add(
      'publicApi',
      1.5,
      l10n.t(
        'Changes the public API, as its API dump shows: {0} (+{1} −{2}).',
        listSome([...new Set(dump.map((f) => f.path))]),
        sum(dump, 'additions'),
        sum(dump, 'deletions'),
      ),
      ['system-design', 'impact-ownership'],
    );

  // what the unit changed
  const size = { lines, additions: sum(parts.work, 'additions'), deletions: sum(parts.work, 'deletions'), files: parts.work.length };
  // weighed in scoreUnit against the user's history (which says it again with its size note); the weight here is the factor applied then (half for internal work)
  // a unit of only reverts takes out what was there: its size is the undone change's, not new work (half, as internal work)
  const onlyReverts = subjects.length > 0 && subjects.every(isRevert);
  if (size.lines > 0) add('size', internal || onlyReverts || packaging || mostlyRemoves(size) ? 0.5 : 1, sizeReason(size), ['execution-delivery']);
  if (mechanical) add('mechanical', -3, mechanical);
  // (a feature by the project's own label is not routine by its words: cargo's "feat(lints): Emit unused_dependencies
  // lint (#16600)" adds a lint users get; tuning sets: 756 / 866 -> 757 / 867, recall 595 -> 596)
  if (commitType(unit.title, conventions) !== 'feat' && (saysRoutine(unit.title) || (subjects.length > 0 && subjects.every(saysRoutine))))
    add('routineWords', -2, l10n.t('Looks routine by its words (formatting, typos, dependency bumps).'));
  if (files.length > 0 && parts.work.length + parts.tests.length + parts.docs.length === 0)
    add(
      'bookkeeping',
      -3,
      l10n.t('Only release bookkeeping or generated files ({0}).', listSome([...parts.bookkeeping, ...parts.generated].map((f) => f.path))),
    );
  // effort on internal work (a refactor, a clean-up) counts half: it is not what users get
  const effort = internal ? 0.5 : 1;
  // (a package's manifests and dependency lists are no area of the codebase: a fix that adds a dependency to `Cargo.toml`
  // spans the folders of its code, not one more; nor does a dependency bump across a monorepo's `package.json` files)
  const areas = [...new Set(parts.work.filter((f) => !isPackagingPath(f.path)).map((f) => areaOf(f.path)))];
  if (areas.length >= 3) add('breadth', 2 * effort, l10n.t('Spans {0} areas of the codebase: {1}.', areas.length, listSome(areas)), ['system-design']);
  const created = parts.work.filter((f) => f.created);
  if (created.length >= 2)
    add('newFiles', effort, l10n.t('Adds {0} new files: {1}.', created.length, listSome(created.map((f) => f.path))), ['system-design', 'execution-delivery']);
  const newTests = parts.tests.filter((f) => f.created);
  if (newTests.length > 0)
    add('tests', 1, newTests.length === 1 ? l10n.t('Adds 1 new test file.') : l10n.t('Adds {0} new test files.', newTests.length), ['code-quality']);
  else if (parts.tests.length > 0)
    add('tests', 0.5, parts.tests.length === 1 ? l10n.t('Updates tests (1 test file).') : l10n.t('Updates tests ({0} test files).', parts.tests.length), [
      'code-quality',
    ]);
  // a design document weighs enough to be offered alone: design docs are among what engineers are told to log (the brag
  // document's own list: features led, incidents resolved, design docs), though release notes never list one
  // (`npm run eval:notability`, tuning sets: weight 2 → 4 changed no offer; Thunderbird's three RFCs, 2.0–3.0, are offered)
  // (written: a new one, or a revision of some length; not a typo fixed in one)
  const designDocs = parts.docs.filter((f) => DESIGN_DOC.test(f.path) && (f.created || f.additions >= DESIGN_DOC_LINES));
  if (designDocs.length > 0)
    add('designDoc', DESIGN_DOC_WEIGHT, l10n.t('Writes a design document: {0}.', listSome(designDocs.map((f) => f.path))), [
      'design-documentation',
      'system-design',
    ]);
  else if (parts.docs.length > 0)
    add('docs', 1, l10n.t('Updates documentation: {0}.', listSome(parts.docs.map((f) => f.path))), ['design-documentation', 'communication']);

  // how it shipped
  if (remaining.length >= 3)
    add(
      'commits',
      SERIES_WEIGHT,
      unit.topic
        ? l10n.t('{0} commits of one piece of work (topic {1}).', remaining.length, unit.topic)
        : l10n.t('{0} commits of one piece of work.', remaining.length),
      ['execution-delivery'],
    );
  const pullRequests = unitPullRequests(unit);
  if (pullRequests.length > 1)
    add(
      'pullRequest',
      1,
      l10n.t('Landed through pull requests {0}, which one release-notes item names together.', pullRequests.map((n) => `#${n}`).join(', ')),
      ['execution-delivery'],
    );
  else if (unit.pullRequest !== undefined) add('pullRequest', 1, l10n.t('Landed through pull request #{0}.', unit.pullRequest), ['execution-delivery']);
  else if (unit.commits.length === 1 && reviewedChange(unit.commits[0]!))
    add('pullRequest', 1, l10n.t('Reviewed on its own: {0}.', reviewedChange(unit.commits[0]!)!), ['execution-delivery']);
  const coAuthors = coAuthorsOf(unit.commits);
  if (coAuthors.length > 0) add('coAuthors', 1, l10n.t('Co-authored with {0}: paired work.', listSome(coAuthors)), ['collaboration', 'mentorship']);
  const release = unit.commits.flatMap((c) => c.tags).find((t) => RELEASE_TAG.test(t) && !PRE_RELEASE_TAG.test(t));
  // a release's pull request is the release, every commit of it: its title says so (git-lfs's "Merge pull request
  // #6069 from git-lfs/release-next", titled "release: v3.7.0", tagged v3.7.0; pip's "Release/26.1", whose "Bump for
  // development" follows the tagged "Bump for release")
  // (and a tagged commit that says it updates the notes: Mojolicious' "Update Changes", tagged v9.46, dates the release's
  // notes and bumps the version in `lib/Mojolicious.pm`)
  const releasing = (c: CommitRecord): boolean =>
    releasePullRequest ||
    RELEASE_SUBJECT.test(c.subject) ||
    (c.tags.some((t) => RELEASE_TAG.test(t)) && (NOTES_SUBJECT.test(stripPrefix(c.subject)) || NOTES_SUBJECT.test(c.subject)));
  // the work a release tag lands on shipped in it; the release commit itself (`Version 0.39.0 (#2699)`), with the last
  // touches it carries, is the release's bookkeeping, not a second offer of the feature those touches finish
  if (release && parts.work.length > 0 && !remaining.every(releasing))
    add('release', 2, l10n.t('Tagged as release {0}.', release), ['execution-delivery', 'impact-ownership']);
  // and a release pushed directly (broot's "version 1.52.0", +44 −44 in `src/app/app.rs` beside its version and notes) is
  // no piece of work of its own: its touches are nameless. (Not a release's pull request, which others review with what it
  // carries: black's "Prepare 2026.1.0 release (#4892)" makes the preview style stable, its notes' feature; on the tuning sets
  // those lost two such items for no offer less)
  else if (unit.kind === 'series' && remaining.length > 0 && parts.work.length > 0 && remaining.every(releasing))
    add(
      'releaseCommit',
      -3,
      l10n.t('A release (“{0}”): what it changes beside the version ships with it, no piece of work of its own.', stripPrefix(unit.title)),
    );
  const explained = Math.max(0, ...remaining.map((c) => proseWords(c.body)));
  if (explained >= 40) add('explained', 1, l10n.t('Explains its reasoning in a {0}-word message.', explained), ['communication']);
  if (unit.releasedAs?.kind === 'patch')
    add('patchRelease', -1, l10n.t('Released right after in {0}, a patch release: a fix more than a feature.', unit.releasedAs.version));
  else if (unit.releasedAs && parts.work.length > 0)
    add(
      'minorRelease',
      1,
      unit.releasedAs.kind === 'major'
        ? l10n.t('Released right after in {0}, a major release.', unit.releasedAs.version)
        : l10n.t('Released right after in {0}, a minor release.', unit.releasedAs.version),
      ['execution-delivery'],
    );
  // lines added, more than it deletes: a commit that deletes from the notes (moves or drops an entry), edits a line or
  // reformats them (a documentation site's new layout) did not write its work into them;
  // in a series of direct pushes, only a commit that also changes code wrote its own work into them (`changelog: start
  // next section` joins whatever series is open)
  const notes = [
    ...new Set(
      authored
        .filter((c) => !releasing(c) && !writesUpAnother(c, unit) && (unit.kind !== 'series' || classify(c.files, conventions).work.length > 0))
        .flatMap((c) =>
          c.files
            .filter(
              (f) => !isGeneratedIn(conventions, f.path) && (isReleaseNotesPath(f.path) || (f.created && isNotesFragment(f.path))) && f.additions > f.deletions,
            )
            .map((f) => f.path),
        ),
    ),
  ];
  // (and only a unit with work of its own: one that writes nothing but notes, "Copy release notes from branch6.5 to
  // master", wrote no work of its own into them)
  // (nor one that writes the notes of many releases: Crystal's "Add changelogs for older releases (#16698)", 22 files of notes
  // moved from the CHANGELOG into `doc/changelogs/`)
  // (nor one the notes file where users are not told: an entry under OCaml's "Internal/compiler-libs changes" says it is
  // not for them; see 'filed' below)
  const listed = context.shipped !== undefined && !shared && parts.work.length > 0;
  const filed = !listed && context.filed !== undefined && !breaking;
  if (notes.length > 0 && notes.length <= MAX_NOTES_FILES && parts.work.length > 0 && !filed)
    add('changelog', 2, l10n.t('Its author wrote it into the release notes: {0}.', listSome(notes)), ['communication', 'execution-delivery']);
  // (in a pull request someone else wrote part of, the notes item tells of their work: git-lfs lists a contributor's
  // `fetch --dry-run` under the contributor's name, the maintainer's commits in it being tests and touch-ups; on the
  // tuning sets with shipped evidence, with the "downstreams" sections out, 915 / 1030 -> 916 / 1024)
  // (nor in a unit with no work of its own, as for 'changelog': django-debug-toolbar's notes list its docs' "note to the
  // prerequisites section" beside its features)
  if (listed)
    add(
      'shipped',
      2,
      unversioned(context.shipped)
        ? l10n.t('Listed under “{0}” in {1}, for the coming release.', context.shipped.version, context.shipped.file)
        : context.shipped.upcoming
          ? l10n.t('Listed for the coming release {0} ({1}), not out yet.', context.shipped.version, context.shipped.file)
          : l10n.t('Shipped in {0} ({1}).', context.shipped.version, context.shipped.file),
      ['execution-delivery', 'impact-ownership'],
    );
  // (not a break: removing or dropping what others use is felt wherever the notes file it, mise's "refactor(backend): remove
  // legacy RTX environment variables" under its refactors)
  else if (filed)
    add(
      'filed',
      -FILED_WEIGHT,
      l10n.t('The release notes file it under “{0}” in {1} ({2}): not a change for users.', context.filed.section, context.filed.version, context.filed.file),
    );
  else if (context.unlisted && !context.filed)
    add(
      'unlisted',
      -UNLISTED_WEIGHT,
      l10n.t(
        'Not in the release notes, which name {0} of the {1} notable changes of yours up to their latest entry.',
        context.unlisted.listed,
        context.unlisted.of,
      ),
    );
  return signals;
}

/**
 * True for a release notes' section (or a level of a nested one, `Features › CLI`) of what a release adds: keep a changelog's
 * "Added", "Features", "New features", "Enhancements", changesets' "Minor Changes".
 */
function addedSection(section: string): boolean {
  return section.split(' › ').some((name) => /^(added|new features?|features?|enhancements?|minor changes)\b/i.test(name.trim()));
}

/** A list item of at most this many words (with the lines under it) names a change; it explains nothing. */
const LIST_ITEM_WORDS = 8;
/**
 * The words of a message's prose: not its short list items, which name what it did ("* update pre-commit hooks", "* update
 * .gitignore": itsdangerous's "update project files", whose 104 words of list explain nothing; a squash merge's list of
 * its commits' subjects), nor trailer keys or addresses. In words.
 */
function proseWords(body: string): number {
  const words = (line: string): number => line.split(/\s+/).filter((w) => w && !/^[a-z-]+:$/i.test(w) && !/^<.*>$/.test(w)).length;
  // an item's words, with the lines that go on under it: a short one names a change, a long one can explain
  let item = 0;
  let count = 0;
  const close = (): void => {
    if (item > LIST_ITEM_WORDS) count += item;
    item = 0;
  };
  for (const line of body.split('\n')) {
    if (/^\s*([*+•-]|\d+[.)])\s/.test(line)) {
      close();
      item = words(line) || 1;
    } else if (item > 0 && /^\s+\S/.test(line)) item += words(line);
    else {
      close();
      count += words(line);
    }
  }
  close();
  return count;
}

/**
 * People named in `Co-authored-by` trailers, bots left out, each once; not the commit's author under another address
 * (uv's "Optimize filename extraction for URL strings (#20879)", by Charlie Marsh <charlie.r.marsh@gmail.com>, is
 * co-authored by Charlie Marsh <charliemarsh@openai.com>: no one paired with them), nor under their handle (gin's
 * "Name <1911860538@qq.com>" co-authored by "1911860538 <alxps1911@gmail.com>", the same GitHub account); nor one
 * co-author twice, under two addresses (svelte's trailers name "Simon H <…@users.noreply.github.com>" and "Simon
 * Holthausen <…@vercel.com>"; zustand's "dai-shi <490574+dai-shi@users.noreply.github.com>" and "Daishi Kato
 * <dai-shi@users.noreply.github.com>"). The fuller name is the one shown.
 */
function coAuthorsOf(commits: readonly CommitRecord[]): string[] {
  const people: { name: string; handles: Set<string> }[] = [];
  const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
  const shares = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].some((h) => b.has(h));
  for (const c of commits) {
    const author = handlesOf(c.authorName, c.authorEmail);
    for (const p of c.coAuthors) {
      if (isBotAuthor(p.name, p.email)) continue;
      const handles = handlesOf(p.name, p.email);
      if (shares(handles, author) || (p.name.trim() !== '' && same(p.name, c.authorName))) continue;
      const known = people.find((q) => shares(q.handles, handles));
      const name = p.name.trim() || p.email;
      if (!known) people.push({ name, handles });
      else {
        for (const h of handles) known.handles.add(h);
        // a full name over a handle ("Daishi Kato" over "dai-shi")
        if (!/\s/.test(known.name) && /\s/.test(name)) known.name = name;
      }
    }
  }
  // one person under two addresses, as one name or with the surname cut to its initial ("Simon H" and "Simon Holthausen")
  const initialOf = (short: string, full: string): boolean => /^\p{L}\.?$/u.test(short) && full.length > 2 && same(short[0]!, full[0]!);
  const abbreviates = (short: string, full: string): boolean => {
    const [a, b] = [short.trim().split(/\s+/), full.trim().split(/\s+/)];
    return a.length === b.length && a.length > 1 && same(a[0]!, b[0]!) && a.every((w, i) => same(w, b[i]!) || initialOf(w, b[i]!));
  };
  const names = people.map((p) => p.name);
  return names.filter((n, i) => !names.some((m, j) => j !== i && abbreviates(n, m) && (!same(n, m) || j < i)));
}

/** Parts of an address that say nothing of a person (`noreply@…`, `info@…`): no handle. */
const GENERIC_MAILBOX = /^(no-?reply|info|mail|contact|admin|dev|git|github|hello|hi|me|root|user|support|team)$/;

/**
 * What names one account, lower case: the address; its mailbox, a GitHub noreply address's login (`490574+dai-shi@users.noreply.github.com`
 * → `dai-shi`), when it is not a generic one (`GENERIC_MAILBOX`) and has 4 characters or more; and a name of one word, which
 * is a handle (`1911860538`, `dai-shi`). Two people sharing one of these are one.
 */
function handlesOf(name: string, email: string): Set<string> {
  const address = email.trim().toLowerCase();
  const out = new Set<string>(address === '' ? [] : [address]);
  const mailbox = address.split('@')[0]!.replace(/^\d+\+/, '');
  if (mailbox.length >= 4 && !GENERIC_MAILBOX.test(mailbox)) out.add(mailbox);
  const word = name.trim().toLowerCase();
  if (word.length >= 4 && !/\s/.test(word) && !GENERIC_MAILBOX.test(word)) out.add(word);
  return out;
}

/**
 * Words of a mechanical change: "Rename …", "Move … to …", "sort imports", "Add google-java-format and reformat",
 * "Apply codemod"; not a command-line option named by them (hyperfine's "Add new --sort option", told "A mechanical
 * change by its words" though it adds the option), nor one of the choices a feature offers (yazi's "pick drag-and-drop mode
 * (move/copy)").
 */
const MECHANICAL_WORDS = /(?<![-/])\b(rename[sd]?|move[sd]?|sort(ed)?|reorder(ed)?|reformat(ted)?|prettier|codemod|mechanical)\b(?!\/)/i;

/**
 * Why a change looks mechanical (formatting, sorting, renames, moves): the repository's `.git-blame-ignore-revs` lists each
 * of its `commits` (the authored ones, else its merges), its additions and deletions nearly cancel across many files (unless
 * `declaredWork`: its author declared it a feature or performance work), or the words of its commits say so. Undefined when
 * it does not.
 */
function isMechanical(files: readonly FileChange[], conventions: Conventions, commits: readonly CommitRecord[], declaredWork: boolean): string | undefined {
  const real = files.filter((f) => !isGeneratedIn(conventions, f.path));
  const added = sum(real, 'additions');
  const deleted = sum(real, 'deletions');
  const listed = conventions.mechanicalRevisions;
  if (listed?.length && commits.length > 0 && commits.every((c) => listed.includes(c.sha.toLowerCase())))
    return l10n.t('Marked mechanical in .git-blame-ignore-revs: +{0} −{1} across {2} files.', added, deleted, real.length);
  const subjects = commits.map((c) => c.subject);
  // most lines changed in place (a file's additions matched by its deletions: a sort, a reformat, a
  // rename), not only in the sum: a feature that adds a class in one file and deletes a helper in
  // another can balance by chance
  const inPlace = real.reduce((n, f) => n + 2 * Math.min(f.additions, f.deletions), 0) + movedLines(real);
  // at least 5 files either way: "files" is always plural
  if (
    !declaredWork &&
    real.length >= 10 &&
    added + deleted >= 100 &&
    Math.abs(added - deleted) <= 0.1 * (added + deleted) &&
    inPlace >= 0.5 * (added + deleted)
  )
    return l10n.t('Mostly moved or rewritten lines: +{0} −{1} across {2} files.', added, deleted, real.length);
  if (subjects.length > 0 && subjects.every((s) => MECHANICAL_WORDS.test(s)) && real.length >= 5)
    return l10n.t('A mechanical change by its words: +{0} −{1} across {2} files.', added, deleted, real.length);
  return undefined;
}

/**
 * Why a change is a sweep: the same few lines edited in many files of the product's code (`work`: dunst's "Strip
 * obsolete vim statusline", a modeline out of each of 53 files; a renamed call, a header's new line), not work of that
 * breadth. Undefined when it is not.
 */
function sweep(work: readonly FileChange[]): string | undefined {
  // one file or a few edited deeper on the way (the license template's own generator, beside a header fixed in 95 files:
  // swift-argument-parser's "Fix up license headers and enable check") do not make it work of that breadth
  const deeper = work.filter((f) => f.additions + f.deletions > SWEEP_LINES);
  const lines = (fs: readonly FileChange[]): number => sum(fs, 'additions') + sum(fs, 'deletions');
  if (work.length - deeper.length < SWEEP_FILES || deeper.length > SWEEP_OUTLIERS * work.length || lines(deeper) > SWEEP_OUTLIERS * lines(work))
    return undefined;
  return l10n.t('A sweep of small edits: +{0} −{1} across {2} files.', sum(work, 'additions'), sum(work, 'deletions'), work.length);
}

/**
 * Lines moved from one file to another within a unit whose commits git saw as a deletion and a creation
 * (a move split over two commits, or beyond git's rename detection): a file that lost lines (net, at least
 * 90 % of what it deleted) and a created file of the same name that gained about as many (within 10 %, or
 * 2 % for a name that says nothing alone, `index.ts` or `mod.rs`; the closest), each pair counted once, both sides.
 */
function movedLines(files: readonly FileChange[]): number {
  const baseName = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
  // net lines: a file may also be edited in the unit before it moves or after (its imports)
  const gained = (f: FileChange): number => f.additions - f.deletions;
  const made = files.filter((f) => f.created && gained(f) > 0);
  const used = new Set<FileChange>();
  let moved = 0;
  for (const gone of files.filter((f) => !f.created && f.deletions > 0 && f.deletions - f.additions >= 0.9 * f.deletions)) {
    const lost = gone.deletions - gone.additions;
    const name = baseName(gone.path);
    // a name that says nothing alone (`index.ts`, `mod.rs`) pairs only with nearly the same lines (within 2 %)
    const within = GENERIC_FILE_NAME.test(name) ? 0.98 : 0.9;
    // of the new files of its name that gained about as many lines, the closest in size
    const twin = made
      .filter((g) => !used.has(g) && baseName(g.path) === name && Math.min(gained(g), lost) >= within * Math.max(gained(g), lost))
      .sort((a, b) => Math.abs(gained(a) - lost) - Math.abs(gained(b) - lost))[0];
    if (!twin) continue;
    used.add(twin);
    moved += 2 * Math.min(gained(twin), lost);
  }
  return moved;
}

/** File names that say nothing alone: a module's index, Rust's `mod.rs`/`lib.rs`/`main.rs`, Python's `__init__.py`. */
const GENERIC_FILE_NAME = /^(index|mod|lib|main|__init__|__main__|init)\.\w+$/i;

/**
 * How much a signal that fires on `share` (0–1) of the user's units tells: 1 up to a quarter of
 * them, then less (log scale: ½ at half of them, ~0.2 at three quarters, 0 on all).
 */
export function informationFactor(share: number): number {
  if (share <= 0.25) return 1;
  if (share >= 1) return 0;
  return Math.log(share) / Math.log(0.25);
}

/**
 * A release candidate's or a preview's tag (`v0.20.4-rc2`, `v3.0.0-beta.1`, `2.0.0b21`): a snapshot of the mainline for
 * testing, cut every few days in ollama's history (16 of a maintainer's 52 pull requests carried one). The work it lands
 * on shipped in no release yet.
 */
const PRE_RELEASE_TAG = /\d[-.]?(rc|alpha|beta|preview|pre|dev|a|b)\.?\d*$/i;

/**
 * Release notes list the user's changes mechanically (`buildProfile`) when they list MECHANICAL_NOTES_SHARE of their features,
 * fixes and performance work, of MECHANICAL_NOTES_MIN at least: generated notes (changelogen, release-please, git-cliff)
 * list every `feat:` and `fix:`; notes a maintainer writes pick (towncrier's fragments are written for most pull requests,
 * not all).
 */
const MECHANICAL_NOTES_SHARE = 0.9;
const MECHANICAL_NOTES_MIN = 10;

/** Signals that are not weighed by rarity: relative already (size), or a fact of the release. */
const NOT_WEIGHED = new Set(['size', 'breaking']);

/** Share (0–1) of the profile's units strictly smaller than `lines`. */
function shareBelow(sizes: readonly number[], lines: number): number {
  let lo = 0;
  let hi = sizes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sizes[mid]! < lines) lo = mid + 1;
    else hi = mid;
  }
  return lo / Math.max(sizes.length, 1);
}

/** What a unit's real work changed (generated, test, bookkeeping and prose files excluded): lines added and deleted, files. */
interface WorkSize {
  readonly additions: number;
  readonly deletions: number;
  readonly files: number;
}

/** How a size is judged: large or sizeable, in absolute terms or for the user (`percent`: the share of their work it is bigger than). */
type SizeNote = { readonly kind: 'large' | 'sizeable' } | { readonly kind: 'largeForYou' | 'sizeableForYou'; readonly percent: number };

/**
 * The size signal's sentence: `+620 −80 lines in 14 files.`, and with its note, e.g.
 * `Large change: +620 −80 lines in 14 files.` (each variant one whole message for translators).
 */
function sizeReason(size: WorkSize, note?: SizeNote): string {
  const { additions: a, deletions: d, files: n } = size;
  const one = n === 1;
  switch (note?.kind) {
    case undefined:
      return one ? l10n.t('+{0} −{1} lines in 1 file.', a, d) : l10n.t('+{0} −{1} lines in {2} files.', a, d, n);
    case 'large':
      return one ? l10n.t('Large change: +{0} −{1} lines in 1 file.', a, d) : l10n.t('Large change: +{0} −{1} lines in {2} files.', a, d, n);
    case 'sizeable':
      return one ? l10n.t('Sizeable change: +{0} −{1} lines in 1 file.', a, d) : l10n.t('Sizeable change: +{0} −{1} lines in {2} files.', a, d, n);
    case 'largeForYou':
      return one
        ? l10n.t('Large for you here: bigger than {0} % of your work in this repository: +{1} −{2} lines in 1 file.', note.percent, a, d)
        : l10n.t('Large for you here: bigger than {0} % of your work in this repository: +{1} −{2} lines in {3} files.', note.percent, a, d, n);
    case 'sizeableForYou':
      return one
        ? l10n.t('Sizeable for you here: bigger than {0} % of your work in this repository: +{1} −{2} lines in 1 file.', note.percent, a, d)
        : l10n.t('Sizeable for you here: bigger than {0} % of your work in this repository: +{1} −{2} lines in {3} files.', note.percent, a, d, n);
  }
}

/** The size signal's weight: against the user's own units when there are enough (larger than 90 %: 3; 75 %: 2), else absolute. */
function sizeWeight(lines: number, profile: UnitProfile | undefined): { weight: number; note?: SizeNote } {
  if (profile && profile.sizes.length >= PROFILE_MIN_UNITS) {
    const below = shareBelow(profile.sizes, lines);
    const percent = Math.floor(below * 100);
    if (below >= 0.9 && lines >= SIZE_FLOOR_LARGE) return { weight: 3, note: { kind: 'largeForYou', percent } };
    if (below >= 0.75 && lines >= SIZE_FLOOR_SIZEABLE) return { weight: 2, note: { kind: 'sizeableForYou', percent } };
    return { weight: 0 };
  }
  if (lines >= SIZE_LARGE) return { weight: 3, note: { kind: 'large' } };
  if (lines >= SIZE_SIZEABLE) return { weight: 2, note: { kind: 'sizeable' } };
  return { weight: 0 };
}

/**
 * Scores one unit: its raw signals, the size judged against the user's history, every positive
 * signal weighed by how rare it is in that history (when the profile has PROFILE_MIN_UNITS units).
 * Signals left with no weight are dropped; those that counted against are kept. Pure.
 */
export function scoreUnit(unit: WorkUnit, threshold: number, context: ScoreContext): Notability {
  const first = unit.commits[0];
  if (first && unit.commits.every((c) => isBotAuthor(c.authorName, c.authorEmail))) {
    return {
      score: 0,
      notable: false,
      signals: [{ id: 'bot', weight: 0, reason: l10n.t('Made by an automation account ({0}).', first.authorName), competencies: [] }],
      suggestedCompetencies: [],
    };
  }
  if (othersMerge(unit)) {
    const signals: Signal[] = [
      {
        id: 'mergedContribution',
        weight: 2,
        reason: l10n.t('Merges pull request #{0}, a contribution by someone else: reviewed and integrated.', String(unit.pullRequest)),
        competencies: ['code-review', 'collaboration'],
      },
    ];
    return { score: 2, notable: 2 >= threshold, signals, suggestedCompetencies: suggest(signals) };
  }
  const { profile } = context;
  const weigh = profile && profile.units >= PROFILE_MIN_UNITS;
  const signals: Signal[] = [];
  const work = unitParts(unit, context.conventions).work;
  for (const s of rawSignals(unit, context)) {
    if (s.id === 'size') {
      const size = { additions: sum(work, 'additions'), deletions: sum(work, 'deletions'), files: work.length };
      const { weight, note } = sizeWeight(size.additions + size.deletions, profile);
      const reason = mostlyRemoves(size) ? `${sizeReason(size, note)} ${l10n.t('Mostly removed lines, which weigh half.')}` : sizeReason(size, note);
      if (weight > 0 && note) signals.push({ ...s, weight: weight * s.weight, reason });
      continue;
    }
    const factor = s.weight > 0 && weigh && !NOT_WEIGHED.has(s.id) ? informationFactor(profile.frequency[s.id] ?? 0) : 1;
    const weight = Math.round(s.weight * factor * 100) / 100;
    if (weight !== 0) signals.push({ ...s, weight });
  }
  // (not a release's: releases recur by nature, and what one carries is weighed by its own signals)
  const template = RELEASE_SUBJECT.test(unit.title) ? undefined : titleTemplate(unit.title);
  const alike = template === undefined ? 0 : (profile?.templates?.get(template) ?? 0);
  if (alike >= RECURRING_MIN)
    signals.push({
      id: 'recurring',
      weight: RECURRING_WEIGHT,
      reason: l10n.t('Recurring work: one of {0} of yours titled alike (“{1}”).', alike, template!),
      competencies: [],
    });
  const base = Math.round(signals.reduce((n, s) => n + s.weight, 0) * 100) / 100;
  // (the best of the product's work: not documentation, tests or housekeeping alone, nor little but the package's manifest,
  // build configuration and dependency lists: jinja's "add gha-update", gitui's "new cargo-sort", jekyll's "Add Ruby 3.4 to CI
  // matrix", flask's "use uv")
  // (nor work that says it changes nothing users get: a refactoring, internal or routine work, a mechanical change)
  if (profile?.best !== undefined && base >= profile.best && !isPackagingWork(work) && !signals.some((s) => NOT_BEST.has(s.id)))
    signals.push({
      id: 'best',
      weight: BEST_WEIGHT,
      reason: l10n.t('Among the best {0} % of your work in this repository.', Math.round(BEST_SHARE * 100)),
      competencies: ['impact-ownership'],
    });
  const score = Math.round(signals.reduce((n, s) => n + s.weight, 0) * 100) / 100;
  const ranked = [...signals].sort((a, b) => Number(b.weight > 0) - Number(a.weight > 0) || Math.abs(b.weight) - Math.abs(a.weight));
  return { score, notable: score >= threshold, signals: ranked, suggestedCompetencies: suggest(ranked) };
}

/**
 * True for a pull request the user only merged: its one commit of theirs is the merge, so the
 * branch's commits are someone else's (review evidence, not authorship).
 */
function othersMerge(unit: WorkUnit): boolean {
  return unit.kind === 'pullRequest' && unit.commits.length === 1 && unit.commits[0]!.parents.length > 1;
}

/**
 * The user's profile in a repository from their units (of a longer window than the scan: the
 * caller reads it): sizes, how often each signal fires (`shippedOf`: where each shipped, so
 * "shipped" weighs little where every change is listed in the release notes), and the score from
 * which a unit is among their best (`UnitProfile.best`: every unit scored once more against the rest).
 */
export function buildProfile(
  units: readonly WorkUnit[],
  conventions: Conventions,
  shippedOf: (unit: WorkUnit) => ShippedEvidence | undefined = () => undefined,
  ownEntries?: ReadonlyMap<string, readonly string[]>,
): UnitProfile {
  const counts = new Map<string, number>();
  // the user's features, fixes and performance work, and how many of them shipped
  let changes = 0;
  let changesShipped = 0;
  for (const unit of units) {
    const ids = new Set(
      rawSignals(unit, { conventions, shipped: shippedOf(unit), ownEntries })
        .filter((s) => s.weight > 0)
        .map((s) => s.id),
    );
    // (how often the notes list the user's work, their docs too, though being listed counts only for work: `signals`)
    if (shippedOf(unit)) ids.add('shipped');
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    if (ids.has('feature') || ids.has('fix') || ids.has('performance')) {
      changes++;
      if (ids.has('shipped')) changesShipped++;
    }
  }
  const n = Math.max(units.length, 1);
  const frequency = Object.fromEntries([...counts].map(([id, c]) => [id, c / n]));
  // notes that list nearly every feature and fix of the user's (generated from the commits' types: h3's changelogen lists
  // 41 of Pooya Parsa's 42 fixes and all 11 features) tell nothing of one: being listed is as common as a fix there
  if (changes >= MECHANICAL_NOTES_MIN && changesShipped / changes >= MECHANICAL_NOTES_SHARE)
    frequency.shipped = Math.max(frequency.shipped ?? 0, changesShipped / changes);
  const templates = new Map<string, number>();
  for (const unit of units) {
    const template = titleTemplate(unit.title);
    if (template !== undefined) templates.set(template, (templates.get(template) ?? 0) + 1);
  }
  const profile: UnitProfile = {
    sizes: units.map((u) => unitLines(u, conventions)).sort((a, b) => a - b),
    frequency,
    units: units.length,
    templates,
  };
  if (units.length < PROFILE_MIN_UNITS) return profile;
  // the score of the unit at the BEST_SHARE rank, each scored against this profile (without `best`)
  const scores = units.map((u) => scoreUnit(u, 0, { conventions, profile, shipped: shippedOf(u), ownEntries }).score).sort((a, b) => b - a);
  const best = scores[Math.ceil(units.length * BEST_SHARE) - 1]!;
  return best > 0 ? { ...profile, best } : profile;
}

function suggest(signals: readonly Signal[]): string[] {
  const weights = new Map<string, number>();
  for (const s of signals) {
    if (s.weight <= 0) continue;
    for (const [i, c] of s.competencies.entries()) weights.set(c, (weights.get(c) ?? 0) + s.weight - i * 0.1);
  }
  return [...weights.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([c]) => c);
}
