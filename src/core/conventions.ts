/**
 * A repository's conventions, learned from its own history rather than configured: whether its
 * commit subjects use conventional-commit types (and which), where its tests live, and which files
 * are release bookkeeping. Notability (notability.ts) reads them: in a repository that uses
 * `feat:`/`fix:`/`perf:`, those weigh and `chore:`/`ci:`/`test:`/`docs:`/`style:`/`release:` count
 * against; a prefix that is an area name (`build:` for a build folder, `refs:` in git.git) is not a
 * type; tests found where the project keeps them count as tests, not as areas of the codebase.
 * Pure and serializable (cached with the commit cache).
 */
import ignore, { type Ignore } from 'ignore';
import type { CommitRecord } from './commit';
import { CONTAINERS, isGeneratedPath } from './paths';

/** What a repository's history taught. */
export interface Conventions {
  /** True when the repository's subjects use conventional-commit types (see `learnConventions`). */
  readonly conventional: boolean;
  /** The conventional types its subjects use, lower case (empty when not conventional). */
  readonly types: readonly string[];
  /** Folders (path prefixes ending in `/`) that hold tests and their fixtures, learned from the history. */
  readonly testFolders: readonly string[];
  /** Files changed by release commits (version files, release notes), learned from the history. */
  readonly bookkeeping: readonly string[];
  /**
   * File names that hold tests wherever they sit, learned from the history (`BARE_TEST_NAME`): date-fns's `src/addDays/test.ts`,
   * Rust's `tests.rs` modules. Optional: conventions written out by hand (`NO_CONVENTIONS`, tests) leave it out.
   */
  readonly testFiles?: readonly string[];
  /**
   * What the repository's own `.gitattributes` says is generated or vendored (`linguist-generated`, `linguist-vendored`: what
   * GitHub collapses in a pull request's diff), as gitignore-style patterns, a `!` before one the file unsets again
   * (`generatedByAttributes`). Optional: absent where there is no such file.
   */
  readonly generated?: readonly string[];
  /**
   * Build output the history shows (`builtFiles`): a bundle committed with its minified copy or its source map
   * (phoenix_live_view's `priv/static/phoenix_live_view.esm.js`, beside `phoenix_live_view.min.js` and `….esm.js.map`).
   * Optional: absent where there is none.
   */
  readonly built?: readonly string[];
  /**
   * False where the repository writes gitmoji's ⚡️ (performance) before improvements of any kind (dio's "⚡️ Allow passing an
   * initial interceptors list…", "⚡ Raise the version constraint of `dio_web_adapter`"): then it is no type there, and the
   * words say what the change is (`learnConventions`). Optional: absent means what gitmoji says.
   */
  readonly performanceGitmoji?: boolean;
  /**
   * Commits (full SHAs, lower case) the repository's own `.git-blame-ignore-revs` lists: the ones its maintainers marked as
   * mechanical for `git blame` (SQLAlchemy's "update to black 26.3.1", OpenVPN's "Reformat the whole project with
   * clang-format"; `ignoredRevisions`). Optional: absent where there is no such file.
   */
  readonly mechanicalRevisions?: readonly string[];
  /**
   * True where the repository's subjects speak of securities as financial instruments (Maybe Finance's "Tweak dup securities
   * data migration", "Batch upsert security prices on sync": at least `FINANCIAL_SUBJECTS` of them): there "security" is a
   * domain noun, not security work (unitKind.ts `SECURITY_TERMS`). Optional: absent means not.
   */
  readonly financialSecurities?: boolean;
}

/** Subjects that speak of securities as financial instruments: "securities", "security price(s)". */
const FINANCIAL = /\bsecurities\b|\bsecurity prices?\b/i;
/** Such subjects (`FINANCIAL`) of the repository's window and the user's history that make "security" a domain noun there. */
const FINANCIAL_SUBJECTS = 2;

/** What a repository without history to learn from is assumed to follow. */
export const NO_CONVENTIONS: Conventions = { conventional: false, types: [], testFolders: [], bookkeeping: [] };

/**
 * The conventional-commit types (conventionalcommits.org, Angular's list) and their common variants, and `breaking`
 * (SvelteKit's `breaking: remove support for edge and node 20 runtimes (#16520)`: a breaking change by its type), and
 * `ref`, sentry-python's refactoring (`ref: Introduce inline type check for whether a span is StreamedSpan (#6180)`).
 */
export const CONVENTIONAL_TYPES = new Set([
  'feat',
  'breaking',
  'ref',
  'feature',
  'fix',
  'perf',
  'refactor',
  'chore',
  'docs',
  'doc',
  'test',
  'tests',
  'ci',
  'build',
  'style',
  'release',
  'revert',
  'deps',
  'types',
  'wip',
  'workflow',
]);

/**
 * The scientific Python projects' labels, in capitals, as the conventional types they are (NumPy's and SciPy's
 * https://numpy.org/devdocs/dev/development_workflow.html#writing-the-commit-message, scikit-learn's): `ENH: add …` is a
 * feature, `BUG:` a fix, `MAINT:`/`MNT:` upkeep, `TST:` tests, `BLD:` the build, `REL:` a release, `STY:` style, `TYP:`
 * typing, `BENCH:` benchmarks, `REV:` a revert, `PERF:`/`EFF:` performance work. `API:` and `DEP:` say what users get but not
 * which kind: no type.
 */
const ACRONYM_TYPES = new Map<string, string>([
  ['ENH', 'feat'],
  ['FEA', 'feat'],
  ['BUG', 'fix'],
  ['MAINT', 'chore'],
  ['MNT', 'chore'],
  ['TST', 'test'],
  ['BLD', 'build'],
  ['REL', 'release'],
  ['STY', 'style'],
  ['TYP', 'types'],
  ['BENCH', 'test'],
  ['REV', 'revert'],
  ['PERF', 'perf'],
  ['EFF', 'perf'],
]);

/** Types of routine upkeep: they count against. */
export const ROUTINE_TYPES = new Set(['chore', 'ci', 'test', 'tests', 'docs', 'doc', 'style', 'release', 'build', 'deps', 'wip', 'workflow']);

const GITMOJI_SOURCE = String.raw`(?:\p{Extended_Pictographic}|:[a-z0-9_+-]+:)\uFE0F?\s*`;
/** A gitmoji before a conventional prefix: `✨ feat(pin): …`, `:bug: fix: …` (pipx). */
export const GITMOJI = new RegExp(`^${GITMOJI_SOURCE}`, 'u');
/** A conventional prefix, after any gitmoji: `feat(api)!: `. */
const PREFIX = new RegExp(String.raw`^(?:${GITMOJI_SOURCE})?([A-Z]{2,6}(?:\/[A-Z]{2,6})+|[A-Za-z][\w-]*)(\([^)]*\))?(!)?:\s`, 'u');

/**
 * The type of a written label: NumPy's acronyms as their conventional types (`ENH` → `feat`), and of a combined label
 * (NumPy's and SciPy's "BLD/MAINT:", "DEV/TST:", "ENH/DEP:") the first that is a type: "ENH/DEP: deprecate …" is a feature,
 * "DEV/TST: …" tests, "BLD/MAINT: …" the build.
 */
function labelType(label: string): string {
  const types = label.split('/').map((part) => ACRONYM_TYPES.get(part) ?? part.toLowerCase());
  return types.find((type) => CONVENTIONAL_TYPES.has(type)) ?? types[0]!;
}

/**
 * A formatter's or style checker's run, said as the whole subject: spatie's "Fix styling" (the commit its php-cs-fixer workflow
 * pushes under the maintainer's name), "Fix code style", "Apply code style fixes", monolog's "Fix CS" (its php-cs-fixer run, +106 −91
 * in 34 files, named a series with the feature it was pushed with); not "Fix styling of the sidebar".
 */
export const STYLE_RUN =
  /^(?:(?:fix|apply|correct)(?:es|ed|s)? (?:the )?(?:(?:code |coding |php |cs )?(?:styl(?:e|ing)|standards?)|cs)(?: fix(?:es)?| issues)?|cs[- ]?fix(?:es)?)\W*(?:\(#\d+\)\s*)?$/i;
/**
 * Routine upkeep said in words: a `chore:` label where the repository's prefixes are areas, not types (tracing's
 * "chore: fix new warnings in Rust 1.72.0" among its "core: …" and "subscriber: …"), dependency bumps (ollama's "update mlx-c
 * bindings to 0.5.0": a name and the version it moves to, or several, as Scala Steward lists them: "Update nscplugin, sbt-scala-native, ... to 0.4.15"; usethis' "Increment version number to 1.2.0.9000"; or a run
 * of the project's `update-dependencies` script, or said as a noun: zellij's "Dep upgrades for debian"; or all of them, after an area: rclone's "build: update all dependencies"), typos,
 * formatting (`END_OF_FILE_NEWLINES`; raylib's "Code gardening": the comments and spacing tidied), linting, sorting imports, copyright years (after an area too: weechat's "core: update copyright dates"), a formatter named (Mojolicious' "Use the latest perltidy", +1685 −651
 * lines of reformatted tests) or a formatter or `go fix` run over the code (hugo's "tpl: Run gotmplfmt -w .",
 * "all: Run go fix ./..."), a tool made happy (Nix's "libutil: Make formatter happy", axum's "Make clippy happy", borg's "make mypy
 * happy", Pallets' "satisfy formatter, linter, and strict mypy"; not a person: Catch2's "… to make Jason happy"), Pallets' "update project files"
 * (its tooling, CI and packaging files, shared by its projects), files regenerated (libvips' "Regenerate POTFILES.in, C++ binding and
 * function list"), and a release line synced into another (EMQX's "sync `release-63` to `master`", "260723 sync 63 to master",
 * "sync r60 to r61": each pull request it brings is a unit of its own, units.ts), and another project's code imported again
 * (Abseil's "Import of CCTZ from GitHub.", its copy of the time-zone library brought up to date). "format" alone only as the verb that starts a subject, after any conventional prefix or
 * bracketed tag ("format tests", "style: format code"): "format-preserving mode" and "repository
 * format" are not formatting.
 */
const ROUTINE_WORDS =
  /^chore(\([^)]*\))?!?:|^vendor(\([^)]*\))?:\s|^(bump|update|upgrade|increment) .*\b(version|dependenc\w*|deps?)\b|^(?:[\w/.-]+(?:\([^)]*\))?!?:\s*)?(bump|update|upgrade)(s|d|ed)? (the )?[\w.@/-]+(, [\w.@/-]+)*(,? (\.\.\.|…))?( (bindings|library|lib|submodule|crate|package|module))? to v?\d+\.\d+(\.\d+)*\b|^(?:[\w/.-]+(?:\([^)]*\))?!?:\s*)?(?:more |some |minor |misc |various )?(?:dependenc(?:y|ies)|deps?) (?:upgrades?|updates?|bumps?)\b|^(?:[\w/.-]+(?:\([^)]*\))?!?:\s*)?(?:update|upgrade|bump)(?:s|d|ed)? (?:all |the |some )?(?:go |npm |cargo |python )?(?:dependenc(?:y|ies)|deps?)\W*$|\bupdate[-_](dependencies|deps)\b|\btypos?\b|^merge (branch|remote-tracking)|^(?:\[[^\]]{1,30}\]\s*)?(?:[\w/.-]+(?:\([^)]*\))?!?:\s*)?format\b|\b(formatt?ing|reformat|prettier|rustfmt|cargo fmt|gofmt|gofumpt|goimports|clang-format|isort|perltidy|php-cs-fixer|stylua|ktlint|swiftformat|yapf|autopep8|lint(ing)?|whitespace|(code )?gardening|sort(ed|ing)? (class |the )?(imports?|members|methods)|organi[sz]e imports?|spelling)\b|^(?:[\w/.-]+:\s*)?run (go fix|[\w-]*fmt)\b|^(?:[\w/.-]+(?:\([^)]*\))?!?:\s*)?(?:(?:make|keep)s? (?:the )?(?:formatter|linters?|lint|clippy|mypy|pyright|pylint|flake8|ruff|eslint|clang-tidy|rustfmt|prettier|type ?checkers?|static analy[sz]ers?|ci|compilers?|gcc|clang|msvc|tsc|typescript|rust-analyzer)(?: \w+)? happy|(?:appease|satisfy|placate) (?:the )?(?:formatter|linters?|lint|clippy|mypy|pyright|pylint|flake8|ruff|eslint|clang-tidy|type ?checkers?|ci|compilers?))\b|^(?:[\w/.-]+(?:\([^)]*\))?!?:\s*)?(?:update|sync)(?:s|d|ed)? (?:the )?project (?:files|config(?:uration)?|setup|template|tooling)\b|^(?:[\w/.-]+(?:\([^)]*\))?!?:\s*)?(update|bump)[sd]? (the )?(copyright|year|license)|^(?:[\w/.-]+(?:\([^)]*\))?!?:\s*)?(add(s|ed)?|update[sd]?|fix(es|ed)?|unify|restore[sd]?|remove[sd]?)( \S+){0,2} (copyright|licen[cs]e) (headers?|notices?)\b|^(?:[\w/.-]+(?:\([^)]*\))?!?:\s*)?re-?generate[sd]? (the |all )?\S|^(?:rollback (?:of )?)?import of [\w.-]+ from (?:github|upstream)\b|^(?:\d{6,8}[ -])?sync\s+(?:name|[\w./-]*\d[\w./-]*)\s+(?:in)?to\s+(?:name|master|main|trunk|develop|dev|next|[\w./-]*\d[\w./-]*)\s*(?:\(#\d+\))?\s*$/i;

/**
 * A subject that only makes files end in a newline (loupe's "Add newlines to end of all files", "Remove trailing newlines"), or
 * only removes trailing spaces (raylib's "Remove trailing spaces on shaders"): formatting. Not a feature about them (helix's
 * "Add config for trimming trailing whitespace and newlines on write") nor a fix of output (wire's "Remove trailing spaces in
 * generated Kotlin types").
 */
export const END_OF_FILE_NEWLINES =
  /^(remove|strip|trim|delete)[sd]? (all |the |some )?trailing (white ?)?spaces?( (on|from) [\w ./-]+)?\W*$|^(add|remove|strip|fix|ensure)(s|es|ed|d)? (the )?(missing )?(trailing |final )?newlines? (at|to) (the )?end of (all |the |each )?files?\b|^(add|remove|strip)(s|ed|d)? (the )?(trailing|final) newlines?\W*$/i;

/**
 * A subject that says only that documentation comments changed: Apache Commons' "Javadoc" (+1042 −1307 in one file, the biggest
 * commit of its week, which named it), "Fix Javadoc for RandomUtils.secure()", "Improve StringUtils Javadoc", "Better docstrings", "KDoc": the comments'
 * lines are no code's, and documenting an API as one goes is upkeep of it, not a piece of work.
 */
const DOC_COMMENTS =
  /^(?:\[[^\]]{1,30}\]\s*)?(?:(?:fix|update|improve|better|clean ?up|more|add|tweak|polish|expand|correct)(?:es|ed|s|d)? (?:the |some |missing )?)?(?:javadocs?|kdocs?|rustdocs?|docstrings?|doc ?comments?|api docs?)(?:,? (?:fix(?:es)?|tweaks?|nits?|updates?|clean-?ups?|formatting|typos?|examples?|descriptions?))?(?: (?:for|in|of|on) .*)?\W*$|^(?:\[[^\]]{1,30}\]\s*)?(?:fix|update|improve|clean ?up|tweak|polish|expand|correct)(?:es|ed|s|d)? (?:the )?\S+ (?:javadocs?|kdocs?|rustdocs?|docstrings?|doc ?comments?)(?: #\d+)?\W*$/i;

/**
 * True for a subject or title of routine upkeep by its words: a version or dependency bump, typos, a
 * formatter or linter run (spatie's "Fix styling", the commit its formatter's workflow pushes; not "Fix styling of the sidebar"), documentation comments alone (`DOC_COMMENTS`). A name in backticks is code, not words (rubocop's `` `Lint/UnreachableCode` ``),
 * unless it is a formatter's command (`` `cargo fmt` ``); it is still a name (hatch's "Bump `packaging` to 24.2" bumps a dependency).
 */
export function saysRoutine(text: string): boolean {
  return (
    STYLE_RUN.test(text.trim()) ||
    DOC_COMMENTS.test(text.trim()) ||
    END_OF_FILE_NEWLINES.test(text.trim()) ||
    ROUTINE_WORDS.test(text.replace(/`(?!(cargo fmt|rustfmt|gofmt|goimports|prettier|isort|clang-format)\b)[^`\n]*`/gi, 'name'))
  );
}

/** True for a subject of routine upkeep: a routine conventional type where the repository uses them, or routine words. */
export function isRoutineSubject(subject: string, conventions: Conventions): boolean {
  const type = commitType(subject, conventions);
  return (type !== undefined && ROUTINE_TYPES.has(type)) || saysRoutine(subject);
}

/**
 * Performance work by its words: the field's words for it, and the forms a speed-up takes in a title
 * (work avoided: "Avoid redundant pyproject parsing", "skip the unnecessary `isType` check";
 * allocations and copies avoided: "Avoid allocating expanded compatibility tags", "avoid some copies
 * in `tokio::fs::write`"; a fast path added or used, "SIMD-accelerated", "zero-copy"). What is avoided
 * must be work (a verb in -ing, a scan, a call…): "Avoid unnecessary parens", "avoid unnecessary
 * quoting" or "… warning" are about output; "fix the fast path for -w" is a fix.
 */
export const PERFORMANCE = new RegExp(
  [
    String.raw`\b(perf|performance|faster|speed(s|ed)? ?up|speedup|latency|throughput|optimi[sz](e|es|ed|ation|ations)|memory (usage|footprint)|fewer allocations|reduce[sd]? (allocations|(system )?overhead)|overhead|quadratic|O\(n\^?2\))\b`,
    String.raw`\b(avoid(s|ed|ing)?|skip(s|ped|ping)?|eliminat(e|es|ed|ing)) (an? |the )?(redundant|unnecessary|needless|repeated|full) (\S+ )?((?!(string|warning|during|using|padding|spacing|quoting|nothing|something|heading|styling|wording|spelling|logging)\b)\w+ing|scans?|work|calls?|lookups?|traversals?|wake-?ups?|unparks?|syscalls?|quer(y|ies)|requests?|round-?trips?|reads?|writes?|checks?|fetch(es)?|(re)?computations?|rebuilds?|re-?renders?|I\/O)\b`,
    String.raw`\b(avoid(s|ed|ing)?|without|fewer|reduc(e|es|ed|ing)) (\S+ )?(allocat(e|es|ed|ing|ions?)|clon(es|ing)|copies|copying)\b`,
    String.raw`\b(add(s|ed)?|use[sd]?|introduc(e|es|ed)|implement(s|ed)?|take[sn]?)( an?| the)? (\S+ )?(fast|hot) path\b|\bSIMD[- ]accelerat\w*|\b(use[sd]?|enable[sd]?) SIMD\b|\bzero-copy\b`,
    // work spread over cores (mypy's "Parse files in parallel when possible", "Batch SCCs for parallel processing")
    String.raw`\b(pars|load|process|check|compil|download|fetch|index|read|scann?)(e|es|ed|ing)? (\S+ ){0,2}in parallel\b|\bparallel (parsing|processing|loading|checking|compilation|downloads?|fetch(es|ing)?|indexing|reads?|scans?|scanning)\b|\bparalleli[sz](e|es|ed|ing|ation)\b`,
  ].join('|'),
  'i',
);
/**
 * Gitmoji (https://gitmoji.dev) and the conventional types they stand for, where a repository writes
 * one instead of a prefix (fastapi's "⚡️ Avoid flattening dependencies for body fields", "👷 Add CI
 * memory benchmark", "🌐 Update translations for de"): each as the emoji (without its variation
 * selector) and as its `:code:`. `feat!` is a breaking change (💥). Gitmoji whose meaning is no type
 * (🚀, 💄, 🗑️) are left out.
 */
const GITMOJI_TYPES: ReadonlyMap<string, string> = new Map(
  (
    [
      ['✨', 'sparkles', 'feat'],
      ['💥', 'boom', 'feat!'],
      ['🐛', 'bug', 'fix'],
      ['🚑', 'ambulance', 'fix'],
      ['🩹', 'adhesive_bandage', 'fix'],
      ['🔒', 'lock', 'fix'],
      ['🥅', 'goal_net', 'fix'],
      ['⚡', 'zap', 'perf'],
      ['♻', 'recycle', 'refactor'],
      ['🏗', 'building_construction', 'refactor'],
      ['🔥', 'fire', 'refactor'],
      ['📝', 'memo', 'docs'],
      ['💡', 'bulb', 'docs'],
      ['✏', 'pencil2', 'docs'],
      ['🌐', 'globe_with_meridians', 'docs'],
      ['👷', 'construction_worker', 'ci'],
      ['💚', 'green_heart', 'ci'],
      ['✅', 'white_check_mark', 'test'],
      ['🧪', 'test_tube', 'test'],
      ['🤡', 'clown_face', 'test'],
      ['🎨', 'art', 'style'],
      ['🚨', 'rotating_light', 'style'],
      ['🔖', 'bookmark', 'release'],
      ['⬆', 'arrow_up', 'deps'],
      ['⬇', 'arrow_down', 'deps'],
      ['📌', 'pushpin', 'deps'],
      ['➕', 'heavy_plus_sign', 'deps'],
      ['➖', 'heavy_minus_sign', 'deps'],
      ['📦', 'package', 'build'],
      ['🔧', 'wrench', 'chore'],
      ['🔨', 'hammer', 'chore'],
      ['👥', 'busts_in_silhouette', 'chore'],
      ['🙈', 'see_no_evil', 'chore'],
      ['📄', 'page_facing_up', 'chore'],
      ['🍱', 'bento', 'chore'],
      ['🔀', 'twisted_rightwards_arrows', 'chore'],
      ['⏪', 'rewind', 'revert'],
      ['🚧', 'construction', 'wip'],
      ['🏷', 'label', 'types'],
    ] as const
  ).flatMap(([emoji, code, type]) => [
    [emoji, type],
    [`:${code}:`, type],
  ]),
);

/**
 * The conventional prefix of a subject: `feat(api)!: x` → `{ type: 'feat', scope: 'api', breaking: true }`;
 * or, without one, the type its gitmoji stands for (`⚡️ Avoid …` → `{ type: 'perf', scope: undefined, breaking: false }`).
 */
export function subjectPrefix(subject: string): { type: string; scope: string | undefined; breaking: boolean } | undefined {
  const m = PREFIX.exec(subject);
  if (m) {
    const type = labelType(m[1]!);
    return { type, scope: m[2]?.slice(1, -1), breaking: m[3] === '!' || type === 'breaking' };
  }
  const emoji = GITMOJI.exec(subject)?.[0].replace(/[\uFE0F\s]/gu, '');
  const type = emoji === undefined ? undefined : GITMOJI_TYPES.get(emoji);
  return type === undefined ? undefined : { type: type.replace('!', ''), scope: undefined, breaking: type.endsWith('!') };
}

/** The label a subject's type is written as, for a reason's sentence: `feat(api)!:`, `✨ feat(pin):`, or a gitmoji alone (`⚡️`); undefined without one. */
export function writtenLabel(subject: string): string | undefined {
  const m = PREFIX.exec(subject) ?? GITMOJI.exec(subject);
  return m?.[0].trim();
}

/**
 * The conventional type of a subject in a repository that uses them; undefined otherwise (an area prefix
 * is not a type), and a revert's the type of the upkeep it reverts. A scope that names the project's website (`website`, `site`, rustup's `www`) or docs, or its CI, makes it `docs` or `ci`,
 * whatever the type; performance work scoped to the tests (`perf(tests):`) is `test`.
 */
export function commitType(subject: string, conventions: Conventions): string | undefined {
  if (!conventions.conventional) return undefined;
  // a revert of upkeep is upkeep (Polars' `Revert "chore: Harden against async blocking deadlocks" (#27709)`); of a feature or
  // a fix, no type: undoing one is not one
  const reverted = /^Revert "(.+)"/.exec(subject)?.[1];
  if (reverted !== undefined) {
    const type = commitType(reverted, conventions);
    return type !== undefined && ROUTINE_TYPES.has(type) ? type : undefined;
  }
  const prefix = subjectPrefix(subject);
  if (!prefix || !conventions.types.includes(prefix.type)) return undefined;
  if (prefix.type === 'perf' && conventions.performanceGitmoji === false && !PREFIX.test(subject)) return undefined;
  // a feature or a fix of the project's website or CI is upkeep of that, not of the product (`feat(website): …`,
  // `fix(ci): …`; not `feat(deps):`, which vite's notes list as a feature of its templates)
  const scope = prefix.scope?.toLowerCase() ?? '';
  if (/^(website|site|www|docs|blog)$/.test(scope)) return 'docs';
  if (scope === 'ci') return 'ci';
  // and so is the performance of the tests (packaging's "perf(tests): disable GC while collecting tests (#1389)")
  if (prefix.type === 'perf' && /^(tests?|testing|test-?suite)$/.test(scope)) return 'test';
  return prefix.type === 'ref' ? 'refactor' : prefix.type;
}

/**
 * Test files by their common names: `*.test.ts`, `*_test.go`, `test_x.py`, `__tests__/`, `tests/`,
 * `spec/`, fixtures and snapshots, a module of test support (`okhttp-testing-support/`,
 * `test-utils/`; not `latest-utils/`), a module of tests (`zellij-integration-tests/`,
 * `crates/resolver-tests/`; not `kotlinx-coroutines-test/`, a library users test with), and Cucumber's
 * features with their steps (jekyll's `features/collections.feature`, `features/step_definitions.rb`), and tsd's type
 * tests (execa's `test-d/`, `index.test-d.ts`), and benchmarks at the top (hono's `benchmarks/`, Rust's `benches/`; not
 * hyperfine's `src/benchmark/`, its product), and folders of test cases and unit tests however spelled (meson's `test cases/`
 * and `unittests/`: "Updates documentation: test cases/unit/137 external property nonexisting/meson_options.txt"), and
 * Go's testscript files (hugo's `testscripts/commands/mod.txt`, txtar scripts the tests run), and a folder of tests of a kind
 * named test first (clj-kondo's `test-regression/`, Clojure's `test-resources/`, `test-e2e/`).
 */
const TEST_NAME =
  /^(bench|benches|benchmarks?)\/|(^|\/)(test[ _-]?cases|unit[_-]?tests)\/|(^|\/)(tests?|test-d|__tests__|__mocks__|spec|specs|e2e|testdata|test-data|testscripts?|fixtures?|__snapshots__)\/|[._-](test|spec)(-d)?\.[a-z0-9]+$|(^|\/)test_[^/]+\.py$|_test\.go$|(^|\/)([\w.]*[-_])?test(ing)?[-_](support|utils?|helpers?|kit)\/|(^|\/)[\w.-]+[-_]tests\/|(^|\/)test[-_](regressions?|integration|e2e|unit|functional|acceptance|smoke|resources)\/|\.feature$|(^|\/)features\/(step_definitions|support)\b/i;
/**
 * Case matters here. Gradle's and Kotlin Multiplatform's test source sets (`src/jvmTest/`,
 * `src/androidUnitTest/`, `src/testFixtures/`, and an Android build variant's, F-Droid's screenshot tests'
 * `src/screenshotTestBasicDefaultDebug/`, `src/testDebug/`; not `src/contest/` nor `src/_pytest/`), and JUnit's
 * and its kin's test classes, `FooTest.kt`, `FooTests.java`, `FooTestCase.java` (Maven Surefire's
 * default includes; not `ABTest.kt`), outside a main source set (JUnit's own `src/main/…/RepeatedTest.java`
 * is product code).
 */
const TEST_SOURCE_SET = /(^|\/)src\/([a-z][A-Za-z0-9]*Test|test|testFixtures)([A-Z][A-Za-z0-9]*)?\//;
const TEST_CLASS = /[a-z0-9](Tests?|TestCase)\.(java|kt|kts|scala|groovy|cs|swift)$/;
const MAIN_SOURCE_SET = /(^|\/)src\/(main|[a-z][A-Za-z0-9]*Main)\//;
/** A test suite's folder, lower case (cabal's `cabal-testsuite/`, GHC's and GCC's `testsuite/`; not cabal's `Types/TestSuite/`, its product's type). */
const TEST_SUITE_FOLDER = /(^|\/)([\w.]+[-_])?testsuite\//;
/** Numbered test scripts, as git.git's `t/t1234-name.sh`. */
const NUMBERED_SCRIPT = /(^|\/)[a-z]?\d{3,4}[-_][^/]+\.(sh|t|pl|py|rb|bats)$/i;

/** True for a test file by name alone (no history). */
export function isTestName(path: string): boolean {
  return (
    TEST_NAME.test(path) ||
    TEST_SUITE_FOLDER.test(path) ||
    TEST_SOURCE_SET.test(path) ||
    (TEST_CLASS.test(path) && !MAIN_SOURCE_SET.test(path)) ||
    NUMBERED_SCRIPT.test(path)
  );
}

/** True for a test file or fixture: by name, or in a test folder the repository's history taught. */
export function isTestIn(conventions: Conventions, path: string): boolean {
  return (
    isTestName(path) ||
    conventions.testFolders.some((f) => path.startsWith(f)) ||
    (conventions.testFiles?.includes(path.slice(path.lastIndexOf('/') + 1)) ?? false)
  );
}

/** A `.gitattributes` file of the repository: the folder it sits in (`pkgs/cupertino_http`; '' at the root) and its text. */
export interface GitAttributesFile {
  readonly dir: string;
  readonly text: string;
}

/**
 * The patterns of a `.gitattributes` file's lines that set or unset `linguist-generated` or `linguist-vendored`
 * (https://github.com/github-linguist/linguist/blob/main/docs/overrides.md), in order, an unset one with `!` before it:
 * biome's `/crates/biome_configuration/src/generated.rs linguist-generated=true`, jq's `src/parser.[ch] linguist-generated=true`, zoxide's
 * `/contrib/completions/* … linguist-generated` then `/contrib/completions/README.md -linguist-generated`. As git reads them,
 * a later line wins; a macro (`[attr]…`), a quoted pattern and one naming a folder (`dir/`, which git matches to no file)
 * are left out. A file in a folder (`dir`: dart-lang/http's `pkgs/cupertino_http/.gitattributes`, "lib/src/native_cupertino_bindings.dart
 * linguist-generated", ffigen's output) speaks of the paths below it, as gitattributes(5) reads it: a pattern with a slash
 * from that folder, one without at any depth under it; and only of what is generated: a folder's `* linguist-vendored` keeps
 * GitHub's language statistics off it (bat's `assets/`, the syntaxes its release notes list as new), not its work off the user.
 */
export function generatedByAttributes(text: string, dir = ''): string[] {
  const patterns: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const [pattern, ...attributes] = raw.trim().split(/\s+/);
    if (!pattern || pattern.startsWith('#') || pattern.startsWith('[attr]') || pattern.startsWith('"') || pattern.startsWith('!') || pattern.endsWith('/'))
      continue;
    let set: boolean | undefined;
    for (const a of attributes) {
      const m = /^([-!])?linguist-(generated|vendored)(?:=(\S*))?$/.exec(a);
      if (m && (dir === '' || m[2] === 'generated')) set = m[1] === undefined && (m[3] === undefined || m[3] === 'true');
    }
    if (set === undefined) continue;
    const placed = dir === '' ? pattern : pattern.includes('/') ? `/${dir}/${pattern.replace(/^\//, '')}` : `/${dir}/**/${pattern}`;
    patterns.push(set ? placed : `!${placed}`);
  }
  return patterns;
}

/**
 * The commits a `.git-blame-ignore-revs` file lists, full SHAs in lower case, in order: one unabbreviated object name per
 * line, `#` starting a comment (git-blame(1) `--ignore-revs-file`; the file name GitHub's blame view reads at a repository's
 * root). A line that names no full SHA-1 or SHA-256 object is left out.
 */
export function ignoredRevisions(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const name = raw.replace(/#.*/, '').trim().toLowerCase();
    if (/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(name)) out.push(name);
  }
  return out;
}

/** A build's minified copy or source map (`phoenix_live_view.min.js`, `app.esm.js.map`): its stem, the name before the first dot. */
const BUILD_COMPANION = /(^|\/)([^/.]+)\.[^/]*(?:\.min\.(?:js|css)|\.(?:js|css)\.map)$/;
/** A bundle's name: a script or a style sheet. */
const BUNDLE = /\.[cm]?js$|\.css$/;

/**
 * The files of `history` that a build writes: a script or style sheet committed with a minified copy or source map of the
 * same stem in its folder (phoenix_live_view's "Update assets": `priv/static/phoenix_live_view.js`, `….esm.js`, `….cjs.js`
 * with `phoenix_live_view.min.js` and `….esm.js.map`), which a developer does not write by hand. Sorted.
 */
export function builtFiles(history: readonly CommitRecord[]): string[] {
  const built = new Set<string>();
  for (const commit of history) {
    const stems = new Set(
      commit.files.flatMap((f) => {
        const m = BUILD_COMPANION.exec(f.path);
        return m ? [f.path.slice(0, m.index + m[1]!.length) + m[2]! + '.'] : [];
      }),
    );
    if (stems.size === 0) continue;
    for (const f of commit.files)
      if (BUNDLE.test(f.path) && !isGeneratedPath(f.path) && [...stems].some((stem) => f.path.startsWith(stem) && !f.path.slice(stem.length).includes('/')))
        built.add(f.path);
  }
  return [...built].sort();
}

/** Matchers of `Conventions.generated` lists, compiled once per list. */
const generatedMatchers = new WeakMap<readonly string[], Ignore>();

/** True for a generated or vendored file: by its name (core/paths.ts `isGeneratedPath`), or as the repository's `.gitattributes` says. */
export function isGeneratedIn(conventions: Conventions, path: string): boolean {
  if (isGeneratedPath(path) || conventions.built?.includes(path)) return true;
  const patterns = conventions.generated;
  if (!patterns || patterns.length === 0) return false;
  let matcher = generatedMatchers.get(patterns);
  if (!matcher) generatedMatchers.set(patterns, (matcher = ignore().add([...patterns])));
  // (`ignore` throws on a path that is not relative to the root, which git never gives; such a path is not declared)
  return ignore.isPathValid(path) && matcher.ignores(path);
}

/**
 * A source file named `test` or `tests` and nothing more (`test.ts`, `tests.rs`): the tests of the folder it sits in where
 * the project keeps them so (date-fns, one folder per function; Rust's test modules), but product code elsewhere (Mix's
 * `mix/tasks/test.ex` is the `mix test` task, Jinja's `jinja2/tests.py` its template tests), so learned, not assumed.
 */
const BARE_TEST_NAME = /(^|\/)(tests?\.(?:[cm]?[jt]sx?|rs|py|go|rb|exs?|kt|java|swift|c|cc|cpp|php|lua|zig))$/;
/** In how many folders of the history a bare test name (`BARE_TEST_NAME`) recurs before it names the project's tests. */
const BARE_TEST_FOLDERS = 5;

/**
 * Release notes and changelogs: bookkeeping of every release, not documentation work. A file each (CHANGELOG, NEWS…; in Org
 * mode, or one per major version: magit's `docs/CHANGELOG.4`), or a folder of notes per version or release line: git's `RelNotes/2.54.0.adoc`, uv's `changelogs/0.11.x.md`,
 * Pillow's `docs/releasenotes/12.3.0.rst`, k6's `release notes/v2.2.0.md`, flake8's `docs/source/release-notes/7.1.0.rst`, or a `releases/` folder of one
 * file per version (tornado's `docs/releases/v6.5.0.rst`, Django's `docs/releases/5.0.txt`; not its index, `docs/releases.rst`),
 * or one per release line (bbolt's and Kubernetes' `CHANGELOG/CHANGELOG-1.4.md`, SQLAlchemy's `doc/build/changelog/changelog_20.rst`, Jackson's `release-notes/VERSION-2.x`, gleam's
 * `changelog/v1.18.md`: not towncrier's fragments there, `changelog/1234.feature.rst`; EMQX's `changes/6.2.0.en.md` and its
 * enterprise edition's `changes/e5.10.0.en.md`, not their Chinese copies), or one per version named so (meson's
 * `docs/markdown/Release-notes-for-1.11.0.md`), and
 * mpv's list of what changed in its command interface per release (`DOCS/interface-changes.rst`), and the scientific Python
 * projects' "What's New" (xarray's `doc/whats-new.rst`, pandas' `doc/source/whatsnew/v2.2.0.rst`).
 */
const RELEASE_NOTES =
  /(^|\/)(CHANGELOG|CHANGES|HISTORY|NEWS|RELEASE[-_]?NOTES)(\.(md|markdown|rst|txt|adoc|org|\d+))?$|(^|\/)(CHANGELOG|CHANGES|NEWS|RELEASE[-_]?NOTES)[-_]v?\d+(\.\d+)*(\.x)?\.(md|markdown|rst|txt|adoc)$|(^|\/)(RelNotes|changelogs|release[-_ ]?notes|history)\/[^/]+\.(md|txt|adoc|rst)$|(^|\/)releases?\/v?\d+(\.\d+)+[\w.-]*\.(md|txt|adoc|rst)$|(^|\/)changelog\/changelog_\d+\.rst$|(^|\/)changelog\/v?\d+(\.\d+)+\.(md|rst|txt|adoc|typ)$|(^|\/)changes\/[ev]?\d+(\.\d+)+([.-][\w-]+)*[.-]en\.md$|(^|\/)interface-changes\.rst$|(^|\/)release-notes\/VERSION(-[\w.]+)?$|(^|\/)release[-_ ]?notes[-_ ]for[-_ ]v?\d+(\.\d+)+\.(md|markdown|rst|txt|adoc)$|(^|\/)whats-?new(\.(md|rst|txt))?$|(^|\/)whatsnew\/[^/]+\.(md|rst|txt)$/i;
/**
 * Files every project has that are not the product's work: licences, authors lists, ownership
 * files, CI configuration and scripts, editor and git settings, pre-commit hooks, and the tools'
 * own configuration (TypeScript's tsconfig, ESLint, Prettier, rustfmt, golangci-lint, PHPStan and Psalm (monolog's
 * `phpstan.neon.dist`, `phpstan-ignore-by-php-version.neon.php`), ruff, tox and nox,
 * coverage, Renovate, version managers' pins, Gradle's build logic, wrapper and settings: `buildSrc/`,
 * `build-logic/`, `gradle/`, `gradlew`, `settings.gradle.kts`, `gradle.properties`; the instructions a project keeps for
 * coding agents, `AGENTS.md`, `CLAUDE.md`, `GEMINI.md` (yazi's AGENTS.md, edited beside most features, was "Updates
 * documentation: AGENTS.md"); and a hidden folder
 * at the root: `.tshy/`, `.vscode/`, `.devcontainer/`, `.cargo/`, `.changeset/config.json`; not the
 * changesets themselves, `.changeset/*.md`, which contributors write and which count as their
 * documentation). Azure Pipelines' files, however named (`azure-pipeline.pr.yml`), are CI, and so are Zuul's (OpenStack's `zuul.d/`);
 * OpenStack's `devstack/` plugin builds its developers' and CI's cloud.
 */
const HOUSEKEEPING =
  /(^|\/)(LICEN[CS]E|COPYING|AUTHORS|CONTRIBUTORS|CODEOWNERS|MAINTAINERS|OWNERS|\.mailmap)(\.\w+)?$|(^|\/)(AGENTS|CLAUDE|GEMINI)\.md$|^\.(?!changeset\/[^/]+\.md$)[^/]+\/|^(appveyor|bitbucket-pipelines)\.ya?ml$|^Jenkinsfile$|^(Rakefile|Guardfile|[Jj]ustfile|\.justfile|Taskfile\.ya?ml)$|^((scripts?|tools?|bin|utils?|packaging)\/)?(release|publish|bump[-_]?version)([-_.][\w.-]*)?\.(sh|bash|ps1|py|rb|js|mjs|cjs|ts|clj|bb|pl)$|^\.[^/]+$|(^|\/)azure-pipelines?([.-][\w.-]+)?\.ya?ml$|^azure-pipelines\/|^ci\/|^zuul\.d\/|^devstack\/|^(maint|hack|hacking)\/|^(build|release|dev|ci)[-_]scripts\/|^vendor-bin\/|^build\.(ps1|sh|cmd|bat)$|(^|\/)Directory\.(Build|Packages|Version)\.(props|targets)$|\.sln$|(^|\/)(tsconfig(\.[\w-]+)?\.json|jsconfig\.json|\.eslintrc(\.\w+)?|eslint\.config\.[cm]?[jt]s|\.prettierrc(\.\w+)?|prettier\.config\.[cm]?js|\.prettierignore|\.eslintignore|\.markdownlint[\w.-]*|\.npmignore|\.nvmrc|\.node-version|\.tool-versions|rustfmt\.toml|clippy\.toml|deny\.toml|\.golangci\.ya?ml|(phpstan|psalm)[\w.-]*\.(neon|xml|dist|php)|\.clang-format|ruff\.toml|\.flake8|tox\.ini|noxfile\.py|\.coveragerc|codecov\.ya?ml|renovate\.json5?|\.renovaterc(\.json)?)$|^(buildSrc|build-logic)\/|^gradle\/|(^|\/)(gradlew(\.bat)?|settings\.gradle(\.kts)?|gradle\.properties)$|(^|\/)debian\/|(^|\/)PKGBUILD$|\.spec$|\.(appdata|metainfo)\.xml(\.in)?$/i;

/** True for a file every project has that is not the product's work (`HOUSEKEEPING`: CI, licences, the tools' configuration, the maintainers' own scripts (strace's `maint/`, the `hack/` of Go projects: podman, Kubernetes, ansible's `hacking/`, broot's `build-scripts/`), the PHP tools' own dependencies (`vendor-bin/`, bamarni/composer-bin-plugin's), a root build script, a task runner's file of the maintainers' tasks (faraday's `Rakefile`, a `justfile`, a `Taskfile.yml`), a release or publish script at the root or in its scripts (cpp-httplib's `scripts/release.sh`, ansible's `packaging/release.py`, clj-kondo's Babashka `script/release-everything.clj`), and .NET's solution and MSBuild settings (serilog's `Build.ps1`, `Directory.Build.props`, `Serilog.sln`), any CI service's configuration (jekyll's `appveyor.yml`), a tool's dotfile at the root (dunst's `.valgrind.suppressions`), cargo-deny's `deny.toml` (loupe's "deny: Allow unmaintained paste crate for now"), a distribution's packaging: `debian/`, `PKGBUILD`, an RPM `.spec`, the AppStream metadata software centres list, `*.appdata.xml`, `*.metainfo.xml`). */
export function isHousekeepingPath(path: string): boolean {
  return HOUSEKEEPING.test(path);
}

/** True for release bookkeeping (release notes and their fragments, version files the history taught) and housekeeping files. */
export function isBookkeepingPath(path: string, conventions: Conventions): boolean {
  return isReleaseNotesPath(path) || isNotesFragment(path) || HOUSEKEEPING.test(path) || conventions.bookkeeping.includes(path);
}

/**
 * A release-notes fragment: one change's entry, written beside the change and gathered into the notes at
 * release: rubocop's `changelog/new_x.md`, a `changes/` or `unreleased/` folder of Markdown or reST,
 * towncrier's `newsfragments/1234.bugfix`, `changelog.d/` and a `news/` folder of typed names (pip's `news/13932.feature.rst`), meson's
 * `docs/markdown/snippets/*.md`, changie's `.changes/unreleased/*.yaml`, antsibull-changelog's `changelogs/fragments/*.yml`, covector's `.changes/*.md`, CMake's `Help/release/dev/*.rst`, NumPy's
 * `doc/release/upcoming_changes/32286.new_feature.rst`, go-changelog's `.changelog/28445.txt`, Log4j's
 * `src/changelog/.2.x.x/3926_revamp_list_appender.xml`, reno's `releasenotes/notes/*.yaml`. Not a version's archive
 * (`changelogs/0.11.x.md`), nor a database's change log (Liquibase's `db/changelog/changes/004.yaml`).
 * Changesets (`.changeset/*.md`) are not counted here: they are read as documentation.
 */
export function isNotesFragment(path: string): boolean {
  if (/(^|\/)(db|resources|migrations?)\//i.test(path)) return false;
  return (
    /(^|\/)((changelog|changes|unreleased)\/(?![ev]?\d+\.\d)[^/]+\.(md|markdown|rst)|(newsfragments|changelog\.d|changes\.d)\/[^/]+)$/i.test(path) ||
    // EMQX's, by edition (`changes/ce/feat-16719.en.md`, `changes/ee/fix-17884.en.md`: its kind, then its pull request)
    /(^|\/)changes\/[ce]e\/[a-z]+-\d+\.(\w{2}\.)?md$/.test(path) ||
    // antsibull-changelog's (ansible-core's and the Ansible collections' `changelogs/fragments/83713-setuptools.yml`)
    /(^|\/)changelogs\/fragments\/[^/]+\.ya?ml$/.test(path) ||
    // in a folder of its kind (dune's `doc/changes/added/14240.md`), or under its release in GNOME's `news.d/` (loupe's
    // `news.d/47.0/fixed-zoom-center`)
    FRAGMENT_IN_FOLDER.test(path) ||
    /(^|\/)news\.d\/([^/]+\/)?[^/]+$/i.test(path) ||
    // changie's (`.changes/unreleased/added-20260819-235632.yaml`: `changie.ts`), and its like elsewhere (Pulumi's
    // `changelog/pending/engine-fix-20260819-094300.yaml`, `kind: fix`)
    /(^|\/)(\.changes|changelog|changes)\/(unreleased|pending)\/[^/]+\.ya?ml$/.test(path) ||
    // covector's (Tauri's `.changes/android-home-dir.md`, its packages' bumps and kind in front matter: `"tauri": "patch:feat"`),
    // not its README nor changie's notes of a version (`.changes/v1.2.0.md`)
    /(^|\/)\.changes\/(?!v?\d+\.\d|readme\.md$|header)[^/]+\.md$/i.test(path) ||
    // meson's release-note snippets (`docs/markdown/snippets/rust_link_arguments.md`, gathered into `Release-notes-for-1.11.0.md`)
    /(^|\/)docs\/markdown\/snippets\/[^/]+\.md$/.test(path) ||
    // NumPy's and SciPy's towncrier fragments (`doc/release/upcoming_changes/32286.new_feature.rst`)
    /(^|\/)upcoming_changes\/[^/]+\.(rst|md)$/.test(path) ||
    // HashiCorp's go-changelog (Nomad's, Vault's, the Terraform providers': `.changelog/28445.txt`, named by its pull request,
    // its entries in fenced blocks whose info string is their type: `release-note:bug`)
    /(^|\/)\.changelog\/[^/]+\.txt$/.test(path) ||
    // reno's (https://docs.openstack.org/reno: OpenStack's, Qiskit's `releasenotes/notes/enable-ramdisk-endpoints-a1b2c3d4.yaml`)
    /(^|\/)releasenotes\/notes\/[^/]+\.ya?ml$/.test(path) ||
    // Apache Log4j's (`src/changelog/.2.x.x/3926_revamp_list_appender.xml`, its kind in its `<entry type="fixed">`), in the
    // hidden folder of the coming release; the release moves them to its own (`src/changelog/2.25.0/`)
    /(^|\/)src\/changelog\/\.[^/]+\/[^/.][^/]*\.xml$/.test(path) ||
    // CMake's, one per topic branch (`Help/release/dev/print_targets.rst`, gathered into `Help/release/4.4.rst`)
    /(^|\/)release\/dev\/[^/]+\.(rst|md)$/.test(path) ||
    // towncrier's fragments in a `news/` folder (pip's `news/13932.feature.rst`): by their typed names only, not a site's news posts
    /(^|\/)news\/[^/]+\.(feature|bugfix|removal|deprecation|breaking|perf|performance|doc|misc|trivial|vendor|process)(\.\d+)?(\.(md|rst|txt))?$/i.test(path)
  );
}

/**
 * The issue or pull request a release-notes fragment is named by: towncrier's `<issue>.<type>[.<n>]`
 * (`changelog/13743.feature.rst` → 13743; https://towncrier.readthedocs.io/en/stable/tutorial.html),
 * the number the notes then cite (`#13743`). Undefined for other files and fragments not named by a number
 * (`+anything.feature.md`, rubocop's `new_x.md`).
 */
export function fragmentIssue(path: string): number | undefined {
  if (!isNotesFragment(path)) return undefined;
  const m = /^(\d{1,7})\.[a-z]/i.exec(path.slice(path.lastIndexOf('/') + 1));
  return m ? Number(m[1]) : undefined;
}

/** The folders of `changes/` that sort fragments by kind, as Keep a Changelog's sections do (dune's `doc/changes/added/`). */
const FRAGMENT_IN_FOLDER =
  /(^|\/)(changelog|changes|unreleased)\/(added|fixed|changed|removed|deprecated|security|breaking|features?|fix(es)?|bugfix(es)?|performance|perf|misc)\/[^/]+\.(md|markdown|rst)$/i;

/** What a release-notes fragment says its change is, by the type in its name (`fragmentKind`). */
export type FragmentKind = 'feature' | 'change' | 'fix' | 'breaking' | 'removal' | 'deprecation' | 'performance';

const FRAGMENT_TYPES = new Map<string, FragmentKind>([
  // (and NumPy's and SciPy's: `new_feature`, `new_function`, `compatibility`, `expired`, `python_removed`)
  ...['feature', 'features', 'feat', 'new', 'added', 'new_feature', 'new_function'].map((t) => [t, 'feature'] as const),
  ...['change', 'changed', 'improvement', 'enhancement'].map((t) => [t, 'change'] as const),
  ...['fix', 'bugfix', 'fixed'].map((t) => [t, 'fix'] as const),
  ...['removed', 'breaking', 'compatibility', 'python_removed'].map((t) => [t, 'breaking'] as const),
  ...['removal', 'expired'].map((t) => [t, 'removal'] as const),
  ...['deprecation', 'deprecated'].map((t) => [t, 'deprecation'] as const),
  ...['perf', 'performance'].map((t) => [t, 'performance'] as const),
]);

/**
 * The type a release-notes fragment (`isNotesFragment`) gives its change in its name, as the project
 * declares it: towncrier's `newsfragments/1234.feature.rst`, `.bugfix`, `.removal` (its default
 * "Deprecations and Removals") and the types projects add (`.deprecation`, `.breaking`, `.perf`;
 * `.doc` and `.misc` say nothing of the kind); else rubocop's `changelog/new_x.md`, `change_x.md`,
 * `fix_x.md` (its CHANGELOG's "New features", "Changes" and "Bug fixes"), React Router's `.changes/major.x.md`, GNOME's `news.d/47.1/added-branding-colors`, changie's
 * `.changes/unreleased/added-20260819-235632.yaml`; else the
 * folder it is in (dune's `doc/changes/added/14240.md`). Undefined for any other file.
 */
export function fragmentKind(path: string): FragmentKind | undefined {
  if (!isNotesFragment(path)) return undefined;
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  // towncrier: `<issue>.<type>[.<n>][.md|.rst]`, the type never first
  const typed = name
    .split('.')
    .slice(1)
    .map((part) => FRAGMENT_TYPES.get(part))
    .find((kind) => kind !== undefined);
  if (typed) return typed;
  const prefixed = /^(new|change|fix)_[^.]*\.md$/.exec(name)?.[1] ?? /^([a-z]+)-/.exec(name)?.[1];
  if (prefixed && FRAGMENT_TYPES.has(prefixed)) return FRAGMENT_TYPES.get(prefixed);
  // (React Router's `.changes/` fragments name the bump first: `major.remove-domain-name-option.md` breaks)
  if (/(^|\/)\.changes\/major\.[^/]+$/i.test(path)) return 'breaking';
  // else its folder's (dune's `doc/changes/fixed/15344.md`)
  const folder = path.split('/').at(-2)?.toLowerCase();
  return folder ? FRAGMENT_TYPES.get(folder) : undefined;
}

/**
 * antsibull-changelog's sections (https://github.com/ansible-community/antsibull-changelog, its `changelogs/fragments/*.yml`
 * for ansible-core and the Ansible collections), as the kinds they tell: "Breaking Changes", "Removed Features", "Deprecated
 * Features", "Bugfixes", "Security Fixes", "Major Changes" and "Minor Changes". Its `trivial:` and `known_issues:` tell none.
 * Then reno's (OpenStack's `releasenotes/notes/*.yaml`): `deprecations:`, `features:`, `fixes:`, `security:`, `critical:`,
 * `upgrade:`; its `prelude:`, `issues:` and `other:` tell none.
 */
const YAML_FRAGMENT_SECTIONS: ReadonlyArray<readonly [RegExp, FragmentKind]> = [
  [/^breaking_changes:/m, 'breaking'],
  [/^removed_features:/m, 'removal'],
  [/^deprecated_features:/m, 'deprecation'],
  [/^major_changes:/m, 'feature'],
  [/^minor_changes:/m, 'change'],
  [/^(bugfixes|security_fixes):/m, 'fix'],
  // reno's sections (https://docs.openstack.org/reno/latest/user/usage.html): `upgrade:` notes tell operators what to change
  // (and the sections a project adds by area: Qiskit's `features_transpiler:`, `upgrade_c:`)
  [/^deprecations(_\w+)?:/m, 'deprecation'],
  [/^features(_\w+)?:/m, 'feature'],
  [/^(fixes|security|critical)(_\w+)?:/m, 'fix'],
  [/^upgrade(_\w+)?:/m, 'change'],
];

/**
 * The kind a YAML release-notes fragment tells: antsibull-changelog's by its sections, the most telling first (a break before
 * a fix), a changie-like one by its `kind:` (`FRAGMENT_TYPES`); `texts`: the fragments a commit created (work.ts `fragmentAdditions`). Undefined when none says.
 */
export function yamlFragmentKind(texts: readonly string[]): FragmentKind | undefined {
  const text = texts.join('\n');
  // (or by a changie-like `kind:` field: Pulumi's `kind: fix`, `kind: feat`, `kind: improvement`; `kind: chore` tells none)
  const field = /^kind:\s*['"]?([\w-]+)/m.exec(text)?.[1]?.toLowerCase();
  return YAML_FRAGMENT_SECTIONS.find(([section]) => section.test(text))?.[1] ?? (field === undefined ? undefined : FRAGMENT_TYPES.get(field));
}

/**
 * go-changelog's entry types (https://github.com/hashicorp/go-changelog: Nomad's `release-note:improvement`, the Terraform
 * providers' `release-note:new-resource`), as the kinds they tell, the most telling first; `release-note:note` tells none.
 */
const GO_CHANGELOG_TYPES: ReadonlyArray<readonly [string, FragmentKind]> = [
  ['breaking-change', 'breaking'],
  ['deprecation', 'deprecation'],
  ['feature', 'feature'],
  ['new-resource', 'feature'],
  ['new-data-source', 'feature'],
  ['new-ephemeral-resource', 'feature'],
  ['new-function', 'feature'],
  ['new-action', 'feature'],
  ['enhancement', 'change'],
  ['improvement', 'change'],
  ['bug', 'fix'],
  ['security', 'fix'],
];

/**
 * The kind an Apache Log4j changelog entry (`src/changelog/.2.x.x/3926_revamp_list_appender.xml`) tells by its `<entry
 * type="…">` (https://logging.apache.org/log4j-changelog: added, changed, deprecated, removed, fixed, security; `updated`, a
 * dependency's update, tells none); `texts`: as for `yamlFragmentKind`.
 */
export function xmlChangelogKind(texts: readonly string[]): FragmentKind | undefined {
  for (const text of texts) {
    const type = /<entry\b[^>]*\btype="([\w-]+)"/.exec(text)?.[1]?.toLowerCase();
    const kind = type === 'security' ? 'fix' : type === undefined ? undefined : FRAGMENT_TYPES.get(type);
    if (kind) return kind;
  }
  return undefined;
}

/** The kind a go-changelog fragment (`.changelog/28445.txt`) tells by its fenced blocks' types (`GO_CHANGELOG_TYPES`); `texts`: as for `yamlFragmentKind`. */
export function goChangelogKind(texts: readonly string[]): FragmentKind | undefined {
  const types = new Set(texts.flatMap((t) => [...t.matchAll(/^\s*```release-note:([\w-]+)/gm)].map((m) => m[1]!.toLowerCase())));
  return GO_CHANGELOG_TYPES.find(([type]) => types.has(type))?.[1];
}

/**
 * Release notes in a `RELEASES.md`, as rust-lang/rust and rayon keep them: in capitals only, not a page about how
 * releases are made (`docs/releases.md`).
 */
const RELEASES_FILE = /(^|\/)RELEASES(\.(md|txt))?$/;

/** True for a release notes file (CHANGELOG, RelNotes/…, a `changelogs/` archive, a `releasenotes/` folder, a `history/` folder of per-package notes (hatch's `docs/history/hatchling.md`), HISTORY, NEWS, CHANGES, RELEASES). */
export function isReleaseNotesPath(path: string): boolean {
  return RELEASE_NOTES.test(path) || RELEASES_FILE.test(path);
}

/**
 * A release commit: `release: v1.2.0`, `v1.2.0`, `1.2.0`, `Version 0.28.0.`, `Release 3.9.6`, `Release/26.1` (pip's release pull requests, titled by their branch), `release Hatch v1.16.2` (a package of a workspace named), `chore(release): …`, `Git 2.54`, `Dunst v1.13.2` (the project named, then a full version), `Release :gem: v4.4.1` (jekyll),
 * Maven's `[maven-release-plugin] prepare release jackson-databind-2.18.3` and its next development iteration, Jackson's `Prep for 2.19.0-rc1 release`,
 * nushell's `Prepare patch release (#18575)` and `After patch release (#18577)`, Log4j's `Start new development cycle using version `2.26.0` (#3748)`,
 * `Prepare 3.0.1`, `Prepare for the next release candidate`, `Updates for the next release` (Apache Commons), GNOME's `Release 50.alpha`, `data: Release 50.rc`, `Bump to 49.1` (loupe), dune's `[3.22.2] release (#14113)`, `Promote to v4.1.0` (date-fns), `2.10 release prep` (htmx), `Prepare version 3.5.0.` (coil), `Roll version` (difftastic), `Set version to 1.17.0` and `Set version to 1.16.0-DEV` (Documenter.jl), `Release preparations` (Mojolicious), `Dev version bump [skip ci]` (serilog, tagged), `Updates for v1.18`, `Preparations for v1.19` (hyperfine), `Update release notes, etc., for the 1.47.4 release` (e2fsprogs), `Update to 0.5.1`, `Bump to 0.5.3` (mdBook: the version alone, no dependency named), `subscriber: prepare to release v0.3.15` (tracing: any area first), `core: add version 4.8.2` (weechat, its notes' new section), `Prepare rand v0.10.0-rc.7`, `Minor tweaks; prepare v0.10.0-rc.9` (rand), `release prep`, `prepare for rc (#2479)`, `version bumps for release 0.28` (gitui), `Final release notes for 6.5.0`, `Release notes and version bump for 6.5.6.` (tornado), `Post-release version bump` (flatpak's), `260604 changelog 6.1.2` (EMQX's, dated; lru-cache's "changelog 10.3" is its notes' edit), each also after a `chore:` or `build:` type (`chore: prepare release`), or a package's release in a workspace named by the package and its version
 * (`globset-0.4.16`, `@scope/pkg@1.2.3`), sqlc's `feat(cli): Bump version from 1.27.0 to 1.28.0 (#3798)` (a version bump after any type), or a release of one thing the project ships, named (minio's `update helm release v5.4.0`, `helm release
 * v5.2.0`, `update helm release to v4.0.1`; `Patch release 1.2.3`); squash-merged, with GitHub's ` (#123)` after it; after any gitmoji (fastapi's `🔖 Release version 0.141.1 (#16106)`).
 */
const RELEASE_WORDS =
  /^(?:chore\(release\):|\w+(?:\([^)]*\))?!?:\s*bump (?:the )?version (?:from v?\d[\w.-]* )?to v?\d|\[v?\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?\]\s*release\b|(?:[\w./-]+:\s*)?(?:release|bump to) v?\d+\.(?:\d+|alpha|beta|rc)(?:\.\d+)?\.?\s*$|v?\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)? release prep(?:aration)?s?\b|\[maven-release-plugin\]\s|prep for (?:the )?(?:release|v?\d)|[^;\n]{1,40};\s*prepare (?:for )?(?:release|v?\d)|(?:[\w./-]+(?:\([^)]*\))?:\s*)?prepar(?:e|es|ing) (?:to |for )?(?:the )?releases? (?:of )?(?:version )?v?\d|(?:[\w./-]+(?:\([^)]*\))?:\s*)?add(?:s|ed)? (?:the )?version v?\d+\.\d+(?:\.\d+)?\s*$|(?:update |cut |tag )?(?:the )?[\w.-]+ release (?:to )?v?\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?\.?(?:\s+\(#\d+\))?\s*$|release(?:\(.*\))?:|post-?release (?:version )?bump\b|(?:(?:chore|build)(?:\([^)]*\))?:\s*)?(?:release version\b|(?:start|begin) version\b|(?:start|begin|open)(?:s|ed)? (?:a |the )?(?:new|next) development (?:cycle|iteration)\b|publish\b|bump version\b|set (?:the )?version to v?\d|(?:dev(?:elopment)? )?version bumps?(?! for)\b|roll(?:s|ed)? (?:the )?version\b|release prep(?:arations?)?\b|prepare (?:for )?(?:an? |the )?(?:next )?(?:rc\d*|release candidate)\b|version bumps? for (?:the )?release\b|prepare (?:for )?(?:(?:a|the) )?(?:(?:patch|minor|major|point|bugfix) )?(?:release|version v?\d|v?\d|[\w-]+ v\d)|after (?:the )?(?:(?:patch|minor|major|point) )?release\b|(?:updates?|preparations?) for (?:v?\d+\.\d+(?:\.\d+)?|(?:the )?next release)\s*$|(?:update|bump)(?:s|ed)? to v?\d+\.\d+\.\d+(?:-[\w.]+)?\.?(?:\s+\(#\d+\))?\s*$|promote to v?\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?\s*$|(?:add|update|write|prepare)s? (?:the |an? )?(?:release notes|change ?log(?: notes| entries| entry)?|news|changes)(?:,? etc\.,?)? for (?:the )?(?:version |release )?v?\d+(?:\.\d+)*\b|(?:(?:final|draft|initial) )?(?:release notes|change ?log)(?: and (?:the )?version bumps?)? for (?:the )?(?:version |release )?v?\d+(?:\.\d+)+(?:[-+]?[a-z]+\d*)?(?: release)?\.?(?:\s+\(#\d+\))?\s*$|v?\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)? (?:change ?log|release notes)\.?(?:\s+\(#\d+\))?\s*$|\d{6,8}[ -](?:change ?log|release notes) (?:for )?v?\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?\.?(?:\s+\(#\d+\))?\s*$|(?:(?:version |release[ /]|release [\w.:-]+ )?v?\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?|git \d+\.\d+(?:\.\d+)?(?:-rc\d+)?|[a-z][\w.-]* v?\d+\.\d+\.\d+(?:[-+][\w.]+)?|[a-z@][\w.@/-]*[-@]v?\d+\.\d+\.\d+(?:[-+][\w.]+)?)\.?(?:\s+\(#\d+\))?\s*$))/i;
export const RELEASE_SUBJECT = new RegExp(`^(?:${GITMOJI_SOURCE})?${RELEASE_WORDS.source.slice(1)}`, 'iu');

/** A release tag: `v1.2.3`, `1.2`, `v2.0.0-rc.1`, or a package's in a workspace: `ignore-0.4.24`, `@scope/pkg@1.2.3`, `pkg/v1.2.3`. */
export const RELEASE_TAG = /^(?:[\w.@/-]*[-@/])?v?\d+(?:\.\d+)+(?:[-+][\w.]+)?$/;

/** True for a release commit: its subject says so (`RELEASE_SUBJECT`) or a release tag points at it (`RELEASE_TAG`). */
export function isReleaseCommit(commit: Pick<CommitRecord, 'subject' | 'tags'>): boolean {
  return RELEASE_SUBJECT.test(commit.subject) || commit.tags.some((t) => RELEASE_TAG.test(t));
}

/** The top-level folder of a path (`t/t1234.sh` → `t/`), or its second level under a container (`packages/vite/…` → `packages/vite/`). */
function folderOf(path: string): string | undefined {
  const parts = path.split('/');
  if (parts.length < 2) return undefined;
  return CONTAINERS.has(parts[0]!) && parts.length > 2 ? `${parts[0]}/${parts[1]}/` : `${parts[0]}/`;
}

/**
 * A package's source, below its own folder: in a source folder (`src/`, `lib/`, `source/`,
 * `internal/`, `include/`), directly or in a module one level down (`reactive/kotlinx-coroutines-reactive/src/`),
 * or Go source by its name (`.go`, not `_test.go`: Go names its tests, and its fixtures sit in
 * `testdata/` beside the code, https://pkg.go.dev/cmd/go#hdr-Test_packages).
 */
const SOURCE = /^([^/]+\/)?(src|lib|source|sources|internal|include)\/|\.go$/;

/** `folderOf` one level further down where the path goes deeper (`playground/css/main.js` → `playground/css/`): where a fixture's spec sits beside it. */
function besideOf(path: string): string | undefined {
  const folder = folderOf(path);
  if (!folder) return undefined;
  const next = path.slice(folder.length).split('/');
  return next.length > 1 ? `${folder}${next[0]}/` : folder;
}

/**
 * The conventional types `subjects` use, or undefined when they are not conventional
 * commits: at least 70 % of the prefixes used must be known types (git.git's `refs:`, `t:`, `build:` are
 * areas) and either at least 40 % of the subjects (of at least 20) carry one, or at least three types are
 * each used twice (a small project that uses them now and then).
 */
function conventionalTypes(subjects: readonly string[]): string[] | undefined {
  let prefixed = 0;
  let known = 0;
  const types = new Map<string, number>();
  for (const subject of subjects) {
    const prefix = subjectPrefix(subject);
    if (!prefix) continue;
    prefixed++;
    if (CONVENTIONAL_TYPES.has(prefix.type)) {
      known++;
      types.set(prefix.type, (types.get(prefix.type) ?? 0) + 1);
    }
  }
  const used = [...types.entries()].filter(([, n]) => n >= 2).map(([t]) => t);
  const conventional = subjects.length >= 20 && known >= 0.7 * prefixed && (known >= 0.4 * subjects.length || used.length >= 3);
  // once they are, a known type used once is that type too (pypa/build's one `perf: memoize check_dependency (#1122)`)
  return conventional ? [...types.keys()] : undefined;
}

/** Gitmoji's ⚡️ (`:zap:`), "Improve performance", opening a subject. */
const ZAP = /^\s*(⚡|:zap:)/u;

/**
 * What the ⚡️ that opens `subjects` means where they are written (`Conventions.performanceGitmoji`): false when at least
 * 5 open with it and fewer than a quarter of those say performance in words (`PERFORMANCE`) or by a `perf` prefix
 * after it (dio: 1 of 19; FastAPI's, Pydantic's and pipx's say it in most); else undefined.
 */
function performanceGitmoji(subjects: readonly string[]): false | undefined {
  const zapped = [...new Set(subjects.filter((s) => ZAP.test(s)))];
  const said = zapped.filter((s) => PERFORMANCE.test(s) || PREFIX.exec(s)?.[1]?.toLowerCase() === 'perf').length;
  return zapped.length >= 5 && said < zapped.length / 4 ? false : undefined;
}

/**
 * Learns a repository's conventions (bookkeeping: the files of `releases`, less those the user
 * changes in at least two commits of their own that are not releases).
 * - `subjects`: commit subjects of every author (the mainline's window). The repository uses
 *   conventional commits when they do (`conventionalTypes`), or when the user's own subjects do.
 * - `history`: the user's commits with file stats (a test folder is one where at least 60 % of the
 *   changed files are tests by name, or at least 30 % numbered test scripts, or where at least 75 %
 *   of the other changes come with a test change beside them, in the same folder one level down:
 *   fixtures beside their specs;
 *   at least 8 file changes seen).
 * - `releases`: release commits with file stats (their files are bookkeeping).
 * - `attributes`: the repository's `.gitattributes` files at the mainline's tip, the root's and its folders' (`generatedByAttributes`).
 * - `ignoreRevs`: the text of its `.git-blame-ignore-revs` there (`ignoredRevisions`), empty when it has none.
 */
export function learnConventions(
  subjects: readonly string[],
  history: readonly CommitRecord[],
  releases: readonly CommitRecord[],
  attributes: readonly GitAttributesFile[] = [],
  ignoreRevs = '',
): Conventions {
  // the user's own subjects say their convention where the repository's authors differ (rustup: rami3l writes
  // `test(cli-v2): …`, `feat(cli/rustup-mode): …`; other maintainers `dist: …`, `notifications: …`)
  const repository = conventionalTypes(subjects);
  const own = conventionalTypes(history.map((c) => c.subject));
  const conventional = repository !== undefined || own !== undefined;

  const stats = new Map<string, { files: number; tests: number; numbered: number; others: number; othersWithTest: number; source: number }>();
  for (const commit of history) {
    // fixtures sit beside their specs: in the same folder one level down (vite's `playground/css/` holds both), not
    // only in the same package (a monorepo's `packages/parser/src/` changed with `packages/parser/test/` is code and its tests)
    const withTest = new Set(commit.files.filter((f) => isTestName(f.path)).map((f) => besideOf(f.path)));
    for (const f of commit.files) {
      const folder = folderOf(f.path);
      if (!folder) continue;
      let s = stats.get(folder);
      if (!s) stats.set(folder, (s = { files: 0, tests: 0, numbered: 0, others: 0, othersWithTest: 0, source: 0 }));
      s.files++;
      if (NUMBERED_SCRIPT.test(f.path)) s.numbered++;
      if (isTestName(f.path)) s.tests++;
      else {
        s.others++;
        if (withTest.has(besideOf(f.path))) s.othersWithTest++;
        if (SOURCE.test(f.path.slice(folder.length))) s.source++;
      }
    }
  }
  const testFolders = [...stats.entries()]
    // mostly tests by name; or a folder of numbered test scripts (git.git's t/: its helpers and libraries are tests too); or fixtures changed with their specs
    // (a package whose source folder the user changes is code with its tests, however many fixtures it has)
    .filter(
      ([, s]) =>
        s.files >= 8 &&
        s.source === 0 &&
        (s.tests >= 0.6 * s.files || (s.numbered >= 5 && s.numbered >= 0.3 * s.files) || (s.others > 0 && s.othersWithTest >= 0.75 * s.others && s.tests > 0)),
    )
    .map(([folder]) => folder)
    .sort();

  const bareNamed = new Map<string, Set<string>>();
  for (const commit of history)
    for (const f of commit.files) {
      const name = BARE_TEST_NAME.exec(f.path)?.[2];
      if (name) bareNamed.set(name, (bareNamed.get(name) ?? new Set()).add(f.path.slice(0, f.path.length - name.length)));
    }
  const testFiles = [...bareNamed]
    .filter(([, folders]) => folders.size >= BARE_TEST_FOLDERS)
    .map(([name]) => name)
    .sort();

  // a file releases change that the user also changes in their own work (package.json: dependencies, engines) is not bookkeeping
  const releaseShas = new Set(releases.map((r) => r.sha));
  const worked = new Map<string, number>();
  for (const c of history)
    if (!releaseShas.has(c.sha) && !RELEASE_SUBJECT.test(c.subject)) for (const f of c.files) worked.set(f.path, (worked.get(f.path) ?? 0) + 1);
  const bookkeeping = [...new Set(releases.flatMap((r) => r.files.map((f) => f.path)))].filter((p) => !isTestName(p) && (worked.get(p) ?? 0) < 2).sort();
  const built = builtFiles(history);
  return {
    conventional,
    types: [...new Set([...(repository ?? []), ...(own ?? [])])].sort(),
    testFolders,
    bookkeeping,
    testFiles,
    // (a folder's file after the root's, a deeper one after it: the nearest says last, and wins, as git reads them)
    generated: [...attributes]
      .sort((a, b) => a.dir.split('/').length - b.dir.split('/').length || Number(a.dir !== '') - Number(b.dir !== ''))
      .flatMap((f) => generatedByAttributes(f.text, f.dir)),
    ...(built.length > 0 ? { built } : {}),
    performanceGitmoji: performanceGitmoji([...subjects, ...history.map((c) => c.subject)]),
    mechanicalRevisions: ignoredRevisions(ignoreRevs),
    ...([...subjects, ...history.map((c) => c.subject)].filter((x) => FINANCIAL.test(x)).length >= FINANCIAL_SUBJECTS ? { financialSecurities: true } : {}),
  };
}
