/**
 * What a unit of work (units.ts) says it is, read from its words: its commits' conventional types
 * where the repository uses them (conventions.ts), a topic merge's description, or the words of
 * its title and subjects; and the words notability.ts looks for (incident, security, revert, a
 * breaking change, a user-facing surface). Each pattern was tuned with `npm run eval:notability`.
 */
import * as l10n from '@vscode/l10n';
import type { CommitRecord } from './commit';
import {
  commitType,
  END_OF_FILE_NEWLINES,
  GITMOJI,
  isHousekeepingPath,
  isTestName,
  PERFORMANCE,
  ROUTINE_TYPES,
  saysRoutine,
  STYLE_RUN,
  subjectPrefix,
  writtenLabel,
  type Conventions,
  type FragmentKind,
} from './conventions';
import { isSourceCodePath } from './paths';

/** What reading a unit's kind needs of it (units.ts `WorkUnit`): its repository, its title and its commits' subjects. */
interface Titled {
  readonly repo: string;
  readonly title: string;
  readonly commits: readonly Pick<CommitRecord, 'subject' | 'body' | 'parents' | 'files'>[];
  /** units.ts `WorkUnit.kind` and `merge`: a pull request merged with a merge commit is titled by its pull request. */
  readonly kind?: string;
  readonly merge?: { readonly subject: string };
  /** units.ts `WorkUnit.topic`: the topic branch's name. */
  readonly topic?: string;
}

/**
 * A merge of a pull request from an automation's branch: pre-commit.ci's `pre-commit-ci-update-config`, Dependabot's
 * `dependabot/…`, Renovate's `renovate/…` (`Merge pull request #954 from pytest-dev/pre-commit-ci-update-config`), and Scala
 * Steward's `update/…`, which ends with the version it moves to (cats-effect's "Merge pull request #3809 from
 * typelevel/update/series/3.x/nscplugin-0.4.15"; not a person's `update/readme`).
 */
const AUTOMATION_BRANCH =
  /^Merge pull request #\d+ from [\w.-]+\/(pre-commit-ci[\w-]*|dependabot\/|renovate\/|update\/([\w.-]+\/)*[\w.-]+-v?\d+(\.\d+)+[\w.-]*\s*$)/;
/** A release branch's name: pcre2's `release/pcre2-10.47`, `release-1.4`, `releases/v2`. */
export const RELEASE_BRANCH = /^(releases?|rel)[/-]/i;

/** Words of a subject or title (not a body: bodies mention fixes and performance in passing). */
export interface Words {
  readonly titles: string;
  /** The merge's description of a topic (a maintainer's summary of what it does for users). */
  readonly description: string;
  readonly bodies: string;
}

export const INCIDENT = /\b(incident|outage|hot-?fix|post-?mortem|sev[0-4]|on-?call)\b/i;
/**
 * Words of security work: a vulnerability's kind (OWASP's names: injection, XSS, SSRF, request smuggling, prototype
 * pollution, ReDoS, XXE, zip slip, decompression bombs), an attack's kind (KeePassXC's "Prevent byte-by-byte and attachment inference
 * side channel attacks"; timing, brute-force, replay, downgrade attacks), a CVE id, or hardening against an attack (undici's "harden header
 * iterable checks for prototype-pollution scenarios", tornado's "Harden against invalid HTTP reason phrases"). Not a
 * sanitizer, the compiler's tool that finds bugs in tests and CI (meson's "compilers: do not convert sanitizer link arguments
 * twice", kitty's "Fix test suite running under sanitizers"); sanitizing input is.
 */
const SECURITY_TERMS_SOURCE = String.raw`vulnerab\w*|cve-\d{4}-\d+|xss|csrf|ssrf|(sql|command|code|shell|header|html|script|template|path|crlf|log) injection|path traversal|sanitiz(?!ers?\b)\w*|escap(e|ing) (html|input|output|user)|privilege escalation|exploit\w*|denial of service|dos attack|prototype[- ]pollution|(request|response) smuggling|redos|open redirects?|decompression bombs?|zip[- ]?slip|xxe|timing attacks?|side[- ]channels?(?: attacks?)?|(brute[- ]force|replay|downgrade|dictionary) attacks?|man[- ]in[- ]the[- ]middle|clickjacking|harden(s|ed|ing)? (\w+ )?against`;
export const SECURITY = new RegExp(String.raw`\b(security|${SECURITY_TERMS_SOURCE})\b`, 'i');
/**
 * `SECURITY` without the bare word "security": where the repository speaks of securities as financial instruments (a
 * finance app's "Fix security search", "Batch upsert security prices": conventions.ts `financialSecurities`), the word is
 * a domain noun; a vulnerability, a CVE or an injection is still security work there.
 */
export const SECURITY_TERMS = new RegExp(String.raw`\b(${SECURITY_TERMS_SOURCE})\b`, 'i');
/**
 * Words of performance that are not performance work users get: the speed of the project's own test
 * suite, benchmarks or CI ("… to speed up test suite", "faster CI", Jackson's "… to speed up regular test runs slightly",
 * opentelemetry-go's "reduce benchmark suite execution time"), logging or metrics of
 * it (nushell's "add new log-level `perf` so we can more easily see only performance logging"), taking an optimization out ("remove dirty
 * optimization for `request.getfixturevalue()`"), or measuring memory, a feature (hyperfine's "Initial work on
 * tracking memory usage").
 */
const NOT_PERFORMANCE =
  /\b(track|measur|report|show|display|print|record)\w* (the |peak |max(imum)? ){0,2}memory (usage|footprint)\b|\b(remov(e|es|ed|ing)|drop(s|ped|ping)?|revert(s|ed|ing)?) (an? |the |some )?(\S+ )?optimi[sz]ations?\b|\b(speed(s|ed)? ?up|speedup|faster|slow(s|ed)? ?down|slowdown|perf(ormance)?|optimi[sz]\w*)( of| in| on)? (the |our )?(regular |local )?(test ?suite|test runs?|CI)\b|\b(test ?suite|benchmark ?suite|CI)('s)? (speed|performance|time|slowdown|execution time|run ?time)\b|\bperformance (logging|logs?|tracing|metrics|counters|monitoring|stats)\b/i;
/**
 * A title whose words of performance are about something else: a test of it added (elixir's "Add performance regression
 * test for open and closed maps"), a bug in an optimization fixed ("Fix optimized map difference with open key", "Fix
 * optimization in map leaf difference", dart_style's "Fix bug in list splitting optimization."), words about one clarified ("Clarify cases optimization apply"), or a design
 * made to suit a device or a reader (outline's "Optimize icon picker for mobile with responsive sizing (#12275)").
 */
const PERFORMANCE_ASIDE =
  /^fix(es|ed)? (an? |the )?optimi[sz](ed|ations?)\b|^fix(es|ed)? (an? |the )?(bugs?|crash(es)?|issues?|errors?|problems?) (in|with) (an? |the )?([\w-]+ ){0,3}optimi[sz](ers?|ations?)\b|^(clarif(y|ies|ied)|document(s|ed)?|explain(s|ed)?)\b|\boptimi[sz](e|es|ed|ing)\b (\S+ ){0,4}for (mobile|small screens?|touch( devices| screens)?|tablets?|phones?|print(ing)?|readability|accessibility|screen readers|seo|search engines|dark mode|narrow (screens|windows))\b/i;
/** Words of performance work (`PERFORMANCE`, not `NOT_PERFORMANCE`, nor in a title of `PERFORMANCE_ASIDE` or one that adds tests). */
const saysPerformance = (text: string): boolean =>
  PERFORMANCE.test(text) && !NOT_PERFORMANCE.test(text) && !PERFORMANCE_ASIDE.test(text) && !ADDS_TESTS.test(text);
const GAIN_UNIT = String.raw`(ns|µs|us|ms|s|secs?|seconds|min|minutes|[KMG]i?B|bytes)`;
/** A number as written in a measurement (`1.95`, `~40`, `11,3`), not the spread after a `±` (hyperfine's `1.00 ± 0.02 times faster`). */
const GAIN_NUMBER = String.raw`(?<![\d.,±]\s?)~?\d+(?:[.,]\d+)?`;
/**
 * A measured improvement quoted in a message: "1.95× faster", "11.32% faster", "improves … by about 10%",
 * "from 129 ns to 74 ns" (uv's pull requests quote their benchmarks).
 */
const MEASURED_GAIN = new RegExp(
  [
    String.raw`${GAIN_NUMBER}\s?(%|x|×|times)\s+(faster|quicker|speed-?up|smaller|less (memory|time|CPU)|fewer allocations|reduction|improvement|lower)\b`,
    String.raw`\b(faster|speed-?up|speeds? up|improv(e|es|ed|ing|ement)|reduc(e|es|ed|ing|tion)|cuts?|drops?)\b[^.\n]{0,60}\bby (about |roughly |around |~)?${GAIN_NUMBER}\s?(%|x|×)`,
    String.raw`\bfrom (about |roughly |~)?${GAIN_NUMBER}\s?${GAIN_UNIT}\b[^.]{0,30}\bto (about |roughly |~)?${GAIN_NUMBER}\s?${GAIN_UNIT}\b`,
  ].join('|'),
  'i',
);

/**
 * The first measured improvement quoted in `text` (`MEASURED_GAIN`), as written on one line; undefined when none,
 * or when the text says the speed is the test suite's or CI's (`NOT_PERFORMANCE`: pytest's "… to speed up test suite").
 */
export function measuredGain(text: string): string | undefined {
  return NOT_PERFORMANCE.test(text) ? undefined : MEASURED_GAIN.exec(text)?.[0].replace(/\s+/g, ' ');
}
/** A subject that opens with a fix's verb: "Fix …", "Avoid …", "Handle …", htmx's "remediate CVE-2026-3682-1". */
export const FIX_OPENING =
  /^(fix(es|ed(?!-))?|bug ?fix|hotfix|resolve[sd]?|remediate[sd]?|correct(s|ed)?|repair(s|ed)?|handle[sd]?|avoid(s|ed)?|prevent(s|ed)?)\b/i;
/** A title that opens with the issue it closes (`Fix #5020: `, `Resolves #270: `): what follows says what it does. */
const CLOSES_FIRST = /^(?:fix(?:es|ed)?|close[sd]?|resolve[sd]?)\s+#\d+\s*:\s*/i;
/** What a project's upkeep says missing, after "Add missing ": tests, coverage, mutants (of mutation testing), docs. */
const UPKEEP_MISSING = String.raw`(unit |patch |code |test )?(tests?|test ?cases?|coverage|mutants?|docs?|documentation|comments?|docstrings?|(js|ts|java)docs?|changelog( entry| entries)?)\b`;
/** "Add missing coverage", "add missing unit tests" (Polly's "Add missing patch coverage"), Outline's "Add missing JSDoc to exported members": tests or docs, neither a fix nor a feature. */
const ADDS_MISSING_UPKEEP = new RegExp(String.raw`^add(s|ed)? (the |some )?missing ${UPKEEP_MISSING}`, 'i');
/**
 * "Add missing headers", "add the missing `await`", Jackson's "add null checks for ObjectNode keys", libarchive's "lz4: Add
 * check for proper byte skipping": what should have been there all along. Not the upkeep said missing (`ADDS_MISSING_UPKEEP`).
 */
const ADDS_MISSING = new RegExp(
  String.raw`^add(s|ed)? (the |a |an |some |more )?(missing\b(?! ${UPKEEP_MISSING})|(null|nil|bounds?|range|sanity|overflow) checks?\b|checks? (for|of|on|that|against)\b)`,
  'i',
);
/**
 * A bug fix by a title's words: a fix's verb first (`FIX_OPENING`), or a fault named (a crash, a regression, a leak, Jackson's
 * "NPE for Map-converting serializer", Vim's "heap-use-after-free when wiping buffer"), or what was missing added. Not
 * "fixed-" as an adjective (ollama's "track sampler history in a fixed-size ring buffer").
 */
const FIX = new RegExp(
  String.raw`${FIX_OPENING.source}|\b(fix(es|ed(?!-))?|crash(es)?|regression|broken|segfault|deadlock|race condition|(memory )?leaks?|NPE|null ?pointer (exception|dereference)|use[- ]after[- ]free|out[- ]of[- ]bounds)\b|${ADDS_MISSING.source}`,
  'i',
);
/**
 * "fix" that is not a bug fix: typos, links, comments, formatting, lint ("fix the copyright linter", "Edition-related Clippy
 * fix"), tests only; nor fixes too vague to name one ("minor fixes", "various fixups": neomutt's tidy-ups of docs and code; SvelteKit's
 * work-in-progress commits "fix", "fix?", "fixes"),
 * nor what a type checker or linter found (quart's "fix mypy findings", "Fix some mypy issues", syn's "Resolve collapsible_if clippy
 * lints").
 */
const NOT_A_FIX = new RegExp(
  `${STYLE_RUN.source}|${String.raw`\b(resolv(e|es|ed|ing)|address(es|ed|ing)?|silenc(e|es|ed|ing)|suppress(es|ed|ing)?) (a |the |some |all |several |new |remaining )?([\w-]+ )?((clippy|rustc|compiler|mypy|pyright|eslint|ruff|pylint) (lints?|warnings?)|lints?)\b|^((minor|small|tiny|trivial|misc(ellaneous)?|various|more|some) )?(fix(es|ed)?|fix-?ups?)\W*$|\bfix(es|ed|ing)? (a |the |some |all |several |new )?(mypy|pyright|typing|type[- ]?check(er|ing)?|types?|lint(er)?|clippy|eslint|ruff|flake8|pylint|tsc|compiler|static analysis) (findings?|issues?|errors?|complaints?|failures?|problems?)(\s*\(#\d+\))?\W*$|\bfix(es|ed|ing)? (a |the |some |several |two |minor )?([\w-]+ )?(typos?|spelling|links?|comments?|docs?|documentation|wording|grammar|whitespace|indent(ation)?|formatting|lint(ing|ers?)?|clippy|style|ci|tests?|flak(y|e)|build|warnings?|merge conflicts?)\b|\b(clippy|lint(er)?|compiler|build|ci|docs?|tests?|typos?|style|format(ting)?|warnings?|spelling)[- ]fix(es)?\b`}`,
  'i',
);
/**
 * A feature by a title's words: a verb that adds ("Add …", "Support …", "Expose …"), or a capability said missing, as Vim
 * names each patch by its problem ("patch 9.2.0110: No support for terminal synchronization mode", "Not possible to have
 * window-local highlighting groups", "printing support is lacking", "GUI does not support command-line arguments";
 * vscode-pull-request-github's "No way to remove Milestone"). Not what is added back (Maybe Finance's "Add back schema
 * migration for unique securities", after "temp: remove schema migration"): that restores; nor a variable or a helper in the
 * code (OCaml's "Introduce a new variable to avoid re-using a for loop iterator").
 */
const FEATURE =
  /^(?:(?:always|now|also) )?((add(s|ed)?(?! back\b)|introduc(e|es|ed))(?! (a |an )?(new )?(local |temporary |intermediate )?(variable|helper)s?\b)|implement(s|ed)?|support(s)?|allow(s|ed)?|enable[sd]?|expose[sd]?|teach|new)\b|^(no (support|way|option|ability) (for|to)|no [\w-]+ support|not possible to|([\w-]+ ){0,2}(does not|doesn't) support)\b|\b(is|are) lacking\W*$/i;
/**
 * "Add --gutter to --help and man page", "Add CONTRIBUTING.md", "Add doc/HOWTO_TEST.md" (strace), "Add release-announcements.txt."
 * (pandoc's 8,000 lines of past announcements; not "Add Todo.txt syntax"), "Add the flag to the README", "add docs on `ConnectionRefused`
 * errors", "add doc note that …", "Add release notes for 6.5", "add changelog entry", syn's "Add explanation of compatibility
 * strategy" (a doc comment in `src/lib.rs`), Jackson's "Add Javadoc notes on …", "Add release notes wrt #4953", Wagtail's "Add link and
 * credits to API v3 release note", zod's "Add v3 docs (#4972)", dplyr's "Add recoding and replacing vignette (#7793)" (an R package's
 * long-form guide): what is added is documentation,
 * even where the help text or the doc comment lives in code.
 */
const ADDS_DOCUMENTATION =
  /^add(s|ed)? .+ \b(to|in) (the )?([\w.-]+ ){0,2}release[- ]notes?\b|^add(s|ed)? .+ \b(to|in) (the )?("[^"]+" |`[^`]+` |'[^']+' )?(`?--help`?|help (output|text|message)|usage( text)?|man ?pages?|manual|readme|docs|documentation|changelog|(?:[\w.-]+\/)*[\w.-]+\.(md|mdx|markdown|rst|adoc))\b|^add(s|ed)? (a |an |some |more |the )?(docs?|documentation|doc (notes?|comments?)|comments?|(release[- ])?notes?|news( entry| entries| fragments?)?|changelogs?( entry| entries)?|docstrings?|(java|js|ts)docs?( (notes?|comments?))?|examples?|explanations?)( (on|for|about|to|that|explaining|in|of|wrt|regarding)\b|$)|^add(s|ed)? (a |an |some |more |the )?([\w.-]+ ){1,3}(docs|documentation|vignettes?)(\s*\(#\d+\))?$|^add(s|ed)? (a |an |the )?(?:[\w.-]+\/)*[\w.-]+\.(md|mdx|markdown|rst|adoc)\b|^add(s|ed)? (a |an |the )?(?:[\w.-]+\/)*[\w.-]+\.txt( file)?\.?(\s*\(#\d+\))?$/i;
/**
 * True for a title that says it adds a piece of prose: "Add tutorial for managing Python distributions (#1533)" (hatch),
 * "Add blog post for v3.9 (#19414)" (prettier), "Add how-to for using custom Python distributions". Such a piece may come
 * with the code it tells of (hatch's how-to shipped the feature), so it is weighed against the unit's files.
 */
export function saysAddsProse(title: string): boolean {
  return /^add(s|ed)? (a |an |the |some |more )?(new )?(tutorials?|guides?|how-?tos?|blog ?posts?|walkthroughs?)\b/i.test(stripPrefix(title));
}

/**
 * A title that says documentation work and nothing else: "Doc update", "Docs updates", "Update docu", "[doc] …", "Documentation
 * fixes", rand's "Update lib quick-start & module doc (#1779)" (a pull request's number after it), sops's "Start documenting the
 * configuration file format", Outline's "Add missing JSDoc to exported members in app and server utils (#12940)", nlohmann/json's "Complete
 * documentation for 3.11.0 (#3464)", Apollo Client's "Update API reference docs for links: part 2 (#12822)".
 */
const DOCS_TITLE =
  /^((start(ed)? |begin |continue )?document(s|ed|ing)? (the |how |what |when |why |all |most |more |some )|\[docs?\]|add(s|ed)? (the |some |more )?(missing )?((java|js|ts)docs?|docstrings?|doc ?comments?)\b|(complete|finish|overhaul|overwork|rework|revise)[sd]? (the )?(docs?|documentation)\b|(docs?|docu|documentation)( (updates?|fix(es)?|improvements?|changes?|tweaks?|clean-?ups?))?(\s*\(#\d+\))?\s*$|(update|improve|fix|tweak|clarify|polish|clean ?up)[sd]? (the |some )?((?!(when|while|if|after|before|on|for|with|in|of|to|from|by|during)\b)[\w&-]+ ){0,4}(docs?|docu|documentation)( for ((?!\b(and|to|with)\b)[^,;()]){1,40})?(\s*\(#\d+\))?\s*$)/i;
/**
 * "Add debug logging for `--target`", "add log message noting detected encoding", "Add all terminal commands to reader log",
 * Maybe Finance's "Add warn log for security price upsert retries": diagnostics, not a feature.
 */
const ADDS_LOGGING =
  /^add(s|ed)? (more |some |debug |extra |trace |warn(ing)? |error |info )?(log(ging)?|log messages?|debug (log|logging|messages?|output))\b|^add(s|ed)? .+ to (the )?([\w-]+ )?log$/i;
/**
 * "Add a test for …", "Add tests for various environment config issues", sops's "Add mul/div smoke test.", libarchive's
 * "Add Joliet ID regression test" and "Add adjacent dot dot issue to test suite", ky's "Add regression for custom fetch POST
 * body": the tests of a change, not a feature.
 */
const ADDS_TESTS =
  /^add(s|ed)? (a |an |some |more |the )?(new )?(?!support\b)([\w/.-]+ ){0,3}(tests?|test ?cases?|test vectors?)\b(?! (runner|command|subcommand|mode|option|flag|helper|utilit(y|ie)|fixture)s?\b)|^add(s|ed)? (a |an )?regression (for|of|with)\b|^add(s|ed)? .+ to (the |our )?(test ?suites?|tests)$|^add(s|ed)? .+ to (the )?tests?'? (output|logs?)$/i;
/**
 * A helper for the code itself, named as such and nothing after it: k6's "Add matchPattern helper" in a series of renames and
 * moves its notes file as "Browser: Refactor pattern matcher", "Add string utils", "Introduce a new test utility": no feature.
 * Not one for users ("Add credential helper"), nor one said with what it does ("Add a utility to export the journal as CSV").
 */
const ADDS_HELPER =
  /^(add|introduce|create)(s|ed|d)? (a |an |the |new |some |more )*([\w.:-]+ ){0,3}(?<!credential )(helpers?|utils?|utilit(y|ies))( (functions?|methods?|class(es)?|modules?|types?))?\W*$/i;
/** "Add additional coverage for the unquoter", "Add direct coverage for unquoter with plus=True" (yarl), "Add more coverage" (urfave/cli), "Add missing coverage" (Polly): tests, not a feature. */
const ADDS_COVERAGE = /^add(s|ed)? (the )?(additional |more |some |better |direct |extra |full |missing |patch |test )*coverage( (for|of|to)\b|\W*$)/i;
/**
 * What a `fix:` label fixes when it is the project's upkeep, said as a noun alone: "lint issues", "typos", "tests", "flaky
 * test", "CI", "build warnings" (gum's "fix: lint issues (#909)"), a library's warnings (Outline's "fix: MobX warnings").
 */
const UPKEEP_FIXED =
  /^(the |some |a |more |minor )?(lint(er|ing)?|clippy|golangci-lint|eslint|typos?|spelling|flaky tests?|tests?|ci|build|compiler|([\w.-]+ )?warnings?|formatting|docs?)( (issues?|errors?|warnings?|failures?|findings?|complaints?))?\W*(\(#\d+\))?\s*$/i;
/**
 * A title that mends warnings, and says nothing more than what raised them: "Fix warnings", "Fix some warnings (#3520)", "Fix
 * warnings from NIO 2.79.0", "Fix warnings in 6.2", "fix new rust warnings", "Silence -Wsign-compare warnings"; or that turns a
 * compiler's warnings on for the project's build (Abseil's "Enable clang-specific warnings on the clang-cl build …"). Not a warning
 * users see, said with when it shows ("Fix warning when the config file is empty").
 */
const WARNINGS_FIXED =
  /^(fix|silence|suppress|resolve|address)(es|ed|s|d)? (a |the |some |all |several |a couple of |more |remaining |new |many |various )?([\w.'`+-]+ ){0,3}warnings?( and deprecations?)?( (from|in|with|under|on) [\w.+-]+( [\w.+-]+)?)?\W*(\(#\d+\))?\s*$|^(enable|disable|turn on|turn off)(s|d)? (more |additional |extra |the )?(clang|gcc|msvc|compiler|[\w+]+-specific|-W[\w-]+) (\S+ )?warnings?\b/i;
/** "Add license header to new files", "Add SPDX identifiers": the project's licensing, not a feature. */
const ADDS_LICENSING = /^add(s|ed)? (\S+ ){0,2}(copyright|licen[cs]e|spdx)\b/i;
const FEATURE_DESCRIPTION =
  /\b(ha(s|ve) been taught|is taught|are taught|learn(ed|t|s)|learned to|gained|now (can|supports?|accepts?|allows?|takes|honou?rs|shows|reports|warns|lets)|can now|is now (supported|possible|available|enabled)|new (option|command|subcommand|flag|setting|configuration|variable|hook|mode|format|strategy)|(option|command|subcommand|flag|configuration variable|hook|mode) (has been|was) (added|introduced)|(command|subcommand|option) has been added|starts? using|by default|allow(s|ed)? (the user|users|you) to)\b/i;
const INTERNAL_DESCRIPTION =
  /\bno (functional|behaviou?r(al)?) changes?\b|\bnon-?functional changes?\b|\b(code ?clean-?up|clean-?up|clean(ed)? up|refactor(ed|ing)?|restructur\w*|revamp\w*|reorganiz\w*|internals?|moved?|renamed?|tweak(ed)? the build|build (infrastructure|system|procedure)|plumb\w*|test(s| suite| framework| helpers?| coverage)\b|unit test\w*|CI\b|leaks?|coccinelle|compiler warnings?|meson|makefile|data structure|api)\b/i;
const FIX_DESCRIPTION =
  /\b(has been (fixed|corrected)|have been (fixed|corrected)|which has been corrected|fix(es|ed)? a (regression|bug)|no longer (crash|fail|segfault)|did not work|used to (crash|fail))\b/i;
/**
 * Words of a refactoring or clean-up in a subject: nothing users see changes. With an IDE's or a static analyser's clean-ups
 * (Apache Commons' day of "Merge if statements with the same return value.", "Use final", "Use ternary instead of if-else.",
 * "Remove unnecessary parentheses.", which named a series of 23 commits), and duplication reduced (caffeine's "Reduce duplications
 * in the cache and entry code generators"; not requests deduplicated, a feature), and code moved into a function or a module of its
 * own, or from one named in code to another (gleam's "move long branch into method", "move pretty arena to its own separate crate",
 * "some renamings"; zls's "move identifier parsing utilities from \`Analyser\` to \`offsets\`."), or factored out (MicroPython's
 * "alif/machine_rtc: Factor out RTC helper functions.", which named a series that implements a deepsleep timeout; not uv's "Factor
 * supported environments out of lockfile markers (#19969)", what its lockfile says), or split up or turned into another
 * kind of code (Typst's "Split up `font` module", "Turn introspector into trait", each the biggest of a series that
 * supports variable fonts and bundle export), or another project's code brought into the repository (lazygit's "Copy gocui into
 * lazygit repo (#5561)", its vendored library made `pkg/gocui/`; "Move the parser in-tree").
 */
export const REFACTORING =
  /\b(refactor\w*|clean ?ups?|cleanups?|tidy|simplif(y|ies|ied)|factor(s|ed|ing)? out\b|factor(s|ed|ing)? (\S+ ){1,3}out (in)?to\b|renam(e[sd]?|ings?)|move (\S+ ){1,4}(in)?to (its own |a separate |a new |an? |the )?(own )?(separate )?(method|function|helper|module|file|crate|package|struct|class)s?|move (\S+ ){1,4}(from|out of) `[\w.:]+` (in)?to `[\w.:]*\w(?=`)|restructur\w*|reorganiz\w*|extract(s|ed)?|inline[sd]?|split(s|ting)? up (\S+ ){0,2}(module|crate|file|package|class|struct|trait)s?|turn(s|ed)? (\S+ ){1,3}into (a |an )?(trait|interface|struct|class|enum|module|crate|package)s?|drop unused|remove (unused|dead|deadcode)|reduc(e[sd]?|ing) (the |some )?(code )?duplicat(ion|ions|ed code)|split out|(copy|copies|copied|vendor(s|ed)?|bring(s|ing)?|brought|move[sd]?|import(s|ed)?) (\S+ ){1,3}(in-tree|into (the |our |this )?([\w-]+ )?(repo|repository|codebase|source tree|monorepo))|flatten(s|ed)?|moderniz(e[sd]?|ing)|(for|to improve) (better |improved )?readability|use final(?= (for|on|in|where|keywords?|modifiers?)\b|\W*$)|use (a |the )?ternary( operator)?|merge (nested )?if statements|remove (unnecessary|redundant|superfluous|needless) (parenthes[ie]s|casts?|semicolons?|boxing|unboxing|qualifiers?|modifiers?|braces|keywords?|type arguments?|initiali[sz]ers?))\b/i;
/**
 * A subject that merges one branch into another (`Merge branch 'develop' into release/14.x`, `Merge
 * from develop (#2482)`, `Merge remote-tracking branch 'origin/main'`, `Merge main into feature`, tonic's `Merge changes from next to
 * master branch (#2315)`, a release's changes merged back: Log4j's ``Merge changes in version `2.25.4` back to `2.x` (#4085)``), or
 * another repository's history into a subtree (git subtree's `Merge commit 'cebab3e…' into
 * rustfmt-subtree-update`: rustfmt's syncs with rust-lang/rust; `Squashed 'json/' changes from c7257e92..92acb61e`:
 * jsonschema's copy of the JSON Schema test suite), not one that merges two things in the code (`Merge
 * RequestContext into AppContext`).
 */
export const SYNC_MERGE =
  /^merge (remote-tracking )?(branch|from|tag)\b|^merge (['"]?)(origin\/|upstream\/)?(main|master|develop|dev|trunk|next|release[\w/.-]*)\3( into\b|\s*(\(#\d+\))?\s*$)|^merge (the |all )?(changes|commits) from (?<quote>['"]?)(origin\/|upstream\/)?(main|master|develop|dev|trunk|next|release[\w/.-]*)\k<quote>( branch)?( (in)?to\b|\s*(\(#\d+\))?\s*$)|^merge (the )?(changes|commits|fixes) (in|from|of) (version |release )?[`'"]?v?\d[\w.-]*[`'"]? (back )?(in)?to\b|^merge commit '[0-9a-f]{7,40}'( into\b|\s*$)|^squashed '[^']+' (changes|content) from [0-9a-f]{7,40}(\.\.[0-9a-f]{7,40})?\s*$/i;
/**
 * GitHub's subject for landing the fix of a repository security advisory, developed in the advisory's temporary private
 * fork: `Merge commit from fork`, as a merge whose body is the fix's title (jinja's "attr filter uses env.getattr",
 * podman's "kube play: don't follow volume symlinks onto the host") or as a squash whose body lists the squashed
 * commits' `* subject` lines (urllib3's "* Remove sensitive headers in proxy pools too"). 23 of the 160 label-set
 * histories hold one; each of the user's in a tuning set's window (jinja, urllib3, podman: 6) is a security fix the
 * release notes list.
 */
export const ADVISORY_MERGE = /^Merge commit from fork$/;

/**
 * The words that name a commit: its subject; for an advisory's merge (`ADVISORY_MERGE`), whose subject names nothing,
 * the first `* subject` its body lists (a squash), else its body's first paragraph where that is one line (a merge: the
 * fix's title, not the advisory's id alone), else "Security fix from a private fork" with the advisory's id where the body gives it (GitHub's
 * `GHSA-xxxx-xxxx-xxxx`); a body that wraps a sentence over lines (caddy's "Necessary as otherwise the early-bail …")
 * names nothing in its first line.
 */
export function namingSubject(commit: Pick<CommitRecord, 'subject' | 'body'>): string {
  // (Azure DevOps' squash names its pull request before the title: `Merged PR 123: Add SSO login`)
  const azure = AZURE_MERGE.exec(commit.subject);
  if (azure) return commit.subject.slice(azure[0].length);
  if (!ADVISORY_MERGE.test(commit.subject)) return continuedSubject(commit);
  const bullet = /^\*\s+(\S.*?)\s*$/m.exec(commit.body)?.[1];
  if (bullet) return bullet;
  const paragraph = commit.body.trim().split(/\n\s*\n/)[0] ?? '';
  const id = /\bGHSA(-[23456789cfghjmpqrvwx]{4}){3}\b/.exec(commit.body)?.[0];
  // (a paragraph of the advisory's id alone names nothing: commonmark's "GHSA-c2pc-g5qf-rfrf")
  if (paragraph && paragraph !== id && !paragraph.includes('\n') && !/^(co-authored-by|signed-off-by):|^https?:\/\//i.test(paragraph)) return paragraph;
  return id ? l10n.t('Security fix from a private fork ({0})', id) : l10n.t('Security fix from a private fork');
}

/**
 * A subject cut off mid-sentence, and the body's first paragraph that goes on with it, as one line up to the sentence's end:
 * OpenBSD's commits, synced to OpenSSH portable as "upstream: convert PerSourcePenalties to using floating point time," over
 * "allowing penalties to be less than a second. This is useful …" → "upstream: convert PerSourcePenalties to using floating
 * point time, allowing penalties to be less than a second". The subject alone when it ends a sentence, or the body does not
 * go on with it (a paragraph that opens in lower case); at most `CONTINUED_MAX` characters of the body, cut at a word.
 */
function continuedSubject(commit: Pick<CommitRecord, 'subject' | 'body'>): string {
  if (!CUT_OFF.test(commit.subject)) return commit.subject;
  // (up to a header's line: "sshkey_ec_validate_public()" over "MIME-Version: 1.0", a mail's headers left in)
  const lines = (commit.body.trim().split(/\n\s*\n/)[0] ?? '').split('\n');
  const header = lines.findIndex((l) => /^[\w-]+:\s/.test(l));
  const paragraph = lines
    .slice(0, header < 0 ? undefined : header)
    .join(' ')
    .replace(/\s+/g, ' ');
  if (!/^[a-z]/.test(paragraph)) return commit.subject;
  const sentence = /^(.*?)[.;:!?](\s|$)/.exec(paragraph)?.[1] ?? paragraph;
  const rest = sentence.length <= CONTINUED_MAX ? sentence : `${sentence.slice(0, sentence.lastIndexOf(' ', CONTINUED_MAX))}…`;
  return `${commit.subject.trimEnd()} ${rest}`;
}

/** A subject's end that leaves its sentence open: a comma, or a word no sentence ends with ("… limit during", "… from the"). */
const CUT_OFF =
  /(,|\s(and|or|to|of|the|a|an|for|with|that|which|in|on|from|by|via|during|than|when|if|is|are|be|as|at|into|so|but|its|their|our|this|these|those|each|every|some|any|all|now|not|also|we|will|would|can|could|should|has|have|was|were))$/;

/** The most characters of a body's sentence a cut-off subject is continued with (`continuedSubject`). */
const CONTINUED_MAX = 120;

/** Azure DevOps' subject of the commit that lands a pull request, before its title: `Merged PR 123: `. */
const AZURE_MERGE = /^Merged PR \d+:\s+(?=\S)/;

/** A revert by its subject (`Revert "X"`, `fix: revert …`) or git's body line `This reverts commit <sha>`. */
export const REVERT = /^(revert\b|\w+(\(.+\))?: revert\b)|\bThis reverts commit [0-9a-f]{7,}/im;
/**
 * True for git's subject for a revert of a revert, `Revert "Revert "X""` (after conventional prefixes: pinia's `refactor: Revert
 * "refactor: Revert "fix(types): fix storeToRefs state return type (#2574) (#2604)""`), and its newer `Reapply "X"`:
 * X lands again, nothing is undone.
 */
export function reapplies(subject: string): boolean {
  return /^(\w+(\(.+\))?: )?(revert "(\w+(\(.+\))?: )?revert\b|reapply\b)/i.test(subject);
}

/** True when a subject undoes an earlier change (git's `Revert "X"`, `fix: revert …`), not when it re-applies one. */
export function isRevert(subject: string): boolean {
  return REVERT.test(subject) && !reapplies(subject);
}
/** A breaking change said in a message: the conventional footer (upper case), or the words (not a name like "linux-breaking-changes"). */
export const BREAKING = /\bBREAKING[ -]CHANGES?\b|(?<![\w-])[Bb]ackwards?[- ]incompatible(?![\w-])|(?<![\w-])[Bb]reaking changes?(?![\w-])/;
/**
 * "This is not a breaking change", "non-breaking": said to reassure, not to warn; and a dependency's breaking
 * changes adapted to ("Address rng breaking changes", `cargo update --breaking`: fish-shell's dependency update); and the
 * question asked ("I'm not sure if we would need to consider that a breaking change": svelte's fix; "is this a breaking change?"); and
 * the one avoided ("Making Result impls get disabled … would have been a breaking change": serde's "Forcibly enable
 * serde_core/result when using serde"), or the one put off ("this is a breaking change we can't make until hiredis v2.0.0":
 * hiredis's "Maintain backward compatibility without onConnect callback", which keeps the old API beside the new); and
 * breaking changes as what a tool or a process is for (cpp-httplib's release script: "Allows forcing a minor version bump …
 * for behavioral breaking changes that don't break ABI"); and another project's release that may one day break (ansible's
 * "release.py - Auto-update setuptools upper bound": "… if a new setuptools release includes breaking changes …").
 */
export const NOT_BREAKING =
  /\bbreaking change (that )?(we|I) (can't|cannot|can not|won't|will not|don't want to|do not want to) (make|do|ship)\b|\b(avoid|prevent)(s|ed|ing)? (a |any )?breaking\b|\bwould(n't| not)? (have )?(been|be) (considered )?(a )?(breaking|backwards?[- ]incompatible)\b|\b(not|no|non|isn't|is not)[- ]?(a )?breaking\b|\bwithout (a )?breaking\b|\b(address|adapt|handle|accommodate|adjust|fix)(es|s|ed|ing)? (to |for )?(the )?[\w.-]+('s)? breaking changes?\b|--breaking\b|\bfor ([\w-]+ ){0,2}breaking changes\b|\b(if|when|in case)\b[^.?!]{0,80}\b(releases?|versions?|updates?|upgrades?) (includes?|introduces?|contains?|has|brings?|makes?) (a |any )?breaking changes?\b|\b(not sure|unsure|unclear|wonder(s|ed|ing)?|whether)\b[^.?!\n]{0,100}\bbreaking change|\bbreaking change\s*\?/i;
/**
 * A change others must adopt, said in a subject: dropping support ("drop old node versions",
 * "drop end of life python versions", "Drop Python 3.8", "drop node 16", AntennaPod's "Remove Android 5 support", a Python version alone: cattrs's "Remove 3.9"; not "remove node 18 from test
 * matrix"), removing what was deprecated ("remove previously deprecated code", Hugo's "Remove items deprecated <= v0.136.0", scrapy's "Remove most of the 2.13.0 deprecations", Pillow's "Remove deprecations for Pillow 12.0.0"; not a file or a baseline of them: "Remove deprecations baseline"), removing an option, a plugin or a command users name ("Remove
 * `importReflection` parser plugin", "revision: drop early output option"; not an unused, dead, needless (Typst's "Remove unneded
 * Option in `CompletionContext::new`", a Rust `Option`) or internal one, nor a plugin of the build: "Remove RoboVM Gradle plugin and test", nor a feature flag, whose removal gives everyone the
 * feature: dub's "Remove emailCampaigns feature flag (#3086)"), taking something out of the public API ("Temporarily remove AddressPolicy from the public
 * API"), a deprecation, a changed default ("redirect defaults to 303", gson's "Use LinkedHashMap as the default Map. (#3057)"), forbidding what was allowed ("Forbid
 * duplicate groups", "Disallow excess arguments", "Don't accept option arguments starting with `-=`": just's and
 * commander's notes list each as breaking; not a lint the project turns on for itself, "Forbid unsafe code"); and support
 * dropped after another change ("Add support for Rack 3, drop support for Rack 2": sinatra); and a newer runtime required
 * (ky's "Require Node.js 22", "Bump minimum Python to 3.10", sinatra's "Require Ruby 2.7.8 as minimum Ruby version", Alamofire's "Require Swift 5.5 (#3670)"), which drops the older ones.
 */
export const DROPS_SUPPORT =
  /^(temporarily |partially )?(remove[sd]?|drop(s|ped)?|hide[sd]?) .+ from (the )?public API\b(?!\s*(docs?|documentation|modules?|tests?|page|reference)\b)|^(drop(s|ped)?|remove[sd]?) (the |all )?(previously )?deprecated\b(?!.*\b(usages?|uses?|calls?|imports?|warnings?|tests?|dependenc\w*|helpers?)\b)|^(drop(s|ped)?|remove[sd]?) (the |all (the )?|most of the |some of the |more |(the )?remaining |old )?(v?\d+(\.\d+)*(\.x)? )?deprecations\b(?=\s*($|\.|\(#\d+\)|(for|from|in|since|pre|before|until|of) ))|^(drop(s|ped)?|remove[sd]?) (the |all )?(\w+ )?(items|things|code|apis?|features?|functions?|methods?|options?|settings?) deprecated (in|since|before|prior to|until|as of|<=?) ?v?\d|^(drop(s|ped)?|remove[sd]?) (support for )?(python|node(\.?js)?|go|ruby|php|java|jdk|deno|perl|lua|swift|android|ios|macos|windows) v?\d+(\.\d+)*( (and|or) v?\d+(\.\d+)*)*( support)?( to \w[\w ]*)?(\s+\(#\d+\))?\s*$|^(drop(s|ped)?|remove[sd]?) (support for )?(py)?[23]\.\d+( support)?(\s+\(#\d+\))?\s*$|^(drop(s|ped)?|remove[sd]?) (support for\b|(old|eol|legacy|end[- ]of[- ]life)( [\w.-]+)? (versions?|releases?|runtimes?|platforms?)\b)|^(drop(s|ped)?|remove[sd]?) (the )?(?!(unused|dead|stale|internal|obsolete|redundant|debug|unnee?ded|unnecessary|needless|superfluous|useless|leftover)\b)(?![^\n]*\b(gradle|maven|sbt|build|ci|eslint|babel|webpack|rollup|vite) plugin\b)(?![^\n]*\bfeature[- ](flag|gate|toggle)s?\b)([`'"][^`'"]+[`'"]|--[\w-]+|[a-z][\w-]*)( [a-z][\w-]*)? (option|plugin|flag|setting|command|subcommand)\b|^deprecat(e|es|ed)\b|^[\w.`'"()-]+ (now )?defaults to\b|^change[sd]? the default\b|^(use|make)s? [\w.`'"()<>-]+( [\w.`'"()<>-]+){0,2} (as )?the (new )?default( [\w-]+)?\.?(\s*\(#\d+\))?\.?\s*$|^(forbid|disallow|prohibit)s?\b(?!.*\b(unsafe|lints?|warnings?|clippy|unwrap|in (tests?|CI)\b))|^(don't|do not|no longer) (accept|allow)s?\b|(,|;| and) (drop(s|ped)?|remove[sd]?) support for\b|^(require[sd]?|bump(s|ed)? (the )?min(imum)?( required| supported)?( version of)?) (python|node(\.?js)?|go|ruby|php|java|jdk|deno|rust|msrv|swift) (to |>= ?)?v?\d+(\.\d+)*\+?( or (later|newer|above)| as (the )?(new )?min(imum)?( required| supported)?( [\w.]+)? version)?(\s*\(#\d+\))?\s*$/i;
/**
 * A title about the product's telemetry: GitLens' "Adds telemetry for Agents sidebar panel", "Adds comprehensive telemetry for
 * Graph WIP panel interactions", "Adds detailed telemetry for AI explain features". Not one that lets users turn it off or
 * see it ("Add a setting to disable telemetry"), nor a fix of it.
 */
const TELEMETRY_WORK =
  /^(adds?|added|adding|implement(s|ed)?|introduc(e|es|ed)|improve[sd]?|enhance[sd]?|expand(s|ed)?|extend(s|ed)?|updates?d?|track(s|ed)?|instrument(s|ed)?)\b(?!.*\b(disable|opt[- ]?out|opt[- ]?in|consent|setting|option|flag)\b).*\btelemetry\b/i;
/** A repository whose product is telemetry or observability (OpenTelemetry's, a metrics library's): its telemetry is what users get. */
const TELEMETRY_REPO = /telemetry|otel|metric|analytic|observab|tracing|sentry|posthog/i;
/** A runtime and its version: "Python 3.15", "PyPy3.10", "Node.js 22", "Go 1.26". */
export const RUNTIME_VERSION = /\b(python|pypy|cpython|node(\.?js)?|deno|bun|ruby|go|java|jdk|php|rust|msrv)\s?v?\d+(\.\d+)*\b/i;
/**
 * A title about the project's CI or development tooling: "Run Hawk in CI", "dev: add GitHub Actions validations",
 * "Add PR check to make sure …", a `dev:` or `ci:` prefix where the prefixes are areas, a CI build or workflow named
 * (serilog's "An initial Actions-based CI build and publishing workflow (#2127)", "Drop macOS CI target; too slow to run
 * successfully (#2093)"), nushell's "Streamline CI Cargo Checks (#17954)", cats-effect's "Setup ARM, high-core CI", faker's "… run benchmark as part of CI (#3176)", the
 * maintainers' development container (pgx's "Test more connection types in devcontainers"). (Not when it names a runtime's version, `RUNTIME_VERSION`: "Add Python 3.15 to CI" is
 * support for it.)
 */
const CI_WORK =
  /\bCI ([\w-]+ )?(builds?|workflows?|pipelines?|jobs?|targets?|matrix|configuration|config|checks)\b|\b(GitHub )?Actions-based\b|\b(in|to|on|from|part of) (the )?CI\b|^(fix|update|use|bump|upgrade|improve|clean ?up|simplify|speed up|repair|restore|set ?up)(es|ed|s)?( the| a| new| official)? ((?!for\b|of\b)[\w-]+,? ){0,2}CI\b|\bGitHub Actions? (validations?|workflows?|checks?|jobs?)\b|\b(PR|pull request) checks?\b|^(dev|ci)(\([^)]*\))?:\s|\bdev ?containers?\b/i;
/**
 * A title whose object is the project's tests: "Move more tests to insta", "Simplify CSV tests", "Fix flaky tests", libarchive's "Expand ACL testing" (a
 * verb, a quantifier or one word, then tests, the title's object); not a product named with "-test" (kotlinx.coroutines'
 * "Remove the deprecated `kotlinx-coroutines-test` APIs"), nor tests as a place something applies ("goconst: ignore
 * strings from tests"), nor a test tool's concepts ("Speed up test collection", "Add a test helper command"); and
 * one about the tests' coverage (urfave/cli's "Improve test coverage") or their mutation testing (Polly's "Improve mutation score
 * (#2506)", "Fix flaky mutants"), or their flakiness (coil's "Attempt to make JS and WASM tests less flaky", "Add work-around for
 * flaky jsTest task").
 */
const TEST_WORK =
  /^(improve|increase|expand|extend|boost|add)(s|d|ed)? (the |more |some |our )?(test |code )?coverage(?=\s*($|[(:,.]|(for|of|to|in|on)\b))|\bmutation (score|testing|tests?|coverage)\b|\bmutants\b|\b(tests?|testing) (\w+ )?(less|more) (flaky|reliable|stable)\b|\bflaky ([\w-]+ )?(tests?|test tasks?|jsTest|specs?)\b|^[a-z]+ (the |more |some |all |flaky |failing |our )?([\w-]+ )?(?<![-\w])(tests?|testing|test ?suites?|test ?cases?)(?=\s*($|[(:,]|(to|for|in|on|into|from|with|and|of|that|which|so|when|by|using|via)\b))/i;
/**
 * True for a subject that says it is the tests of a change (`ADDS_TESTS`, `ADDS_COVERAGE`, `MORE_TESTS`, `TEST_WORK`, a `test:` area): pocketbase's
 * "added content-type serving exception tests", beside the commit that forced the content type they test.
 */
export function saysTests(subject: string): boolean {
  const text = stripPrefix(subject);
  return ADDS_TESTS.test(text) || ADDS_COVERAGE.test(text) || MORE_TESTS.test(text) || TEST_WORK.test(text) || TEST_AREA.test(subject);
}

/** Tests said as a noun alone: caffeine's "additional test coverage", "More tests", "Extra unit tests". */
const MORE_TESTS = /^(more|additional|extra|better|further|improved) (unit |integration |regression |test )?(tests?|test ?cases?|(test )?coverage)\W*$/i;

/**
 * A title about the tests' own machinery: nushell's "Kitest-based Test Harness (#17628)", "Add test binaries as a separate
 * crate (#18644)", "Add in-process testing with `nu_test_support::test()` (#17733)", Apollo Client's "Update testing env (#13414)";
 * and a fuzzer or a benchmark added (syn's
 * "Add fuzzer for literal parsing (#1926)", "Add benchmark for …").
 */
const TEST_INFRA =
  /\b(test|testing) (harness(es)?|binar(y|ies)|infrastructure|prelude|env|environments?|setup|tooling)\b|\bin-process testing\b|^(add|adds|added|adding|new|implement(s|ed)?|introduce[sd]?|set up)( a| an| the| new| more| some)* ([\w-]+ )?(fuzzers?|fuzz(ing)? (targets?|tests?|harness(es)?)|benchmarks? (for|of|to)\b)/i;
/** The project's tests or benchmarks named as an area or scope (`tests`, `e2e`, `benchmarks`, `loadtest`, `fuzz`, libvips' `CIFuzz` and `OSS-Fuzz`). */
const TEST_TOOLING = String.raw`(tests?|testing|test-?suite|e2e|bench(es|marks?)?|load-?tests?|perf-?tests?|fuzz(ing|ers?)?|cifuzz|oss-?fuzz|clusterfuzz(lite)?)`;
/**
 * A prefix's area or scope that names the project's tests or benchmarks: an option they drop breaks nothing users have
 * (PostgREST's "nix(loadtest): remove --rsa option from genTargets", in a series of its load tests offered as breaking, 9.0).
 */
export const TEST_TOOLING_AREA = new RegExp(`^${TEST_TOOLING}$`, 'i');
/**
 * A title whose prefix names the tests or benchmarks as its area: delta's "tests: add insta for snapshot testing (#1739)",
 * `test(cli):`, scalafmt's "benchmarks: add CLI wrapper + dynamic benchmarks".
 */
const TEST_AREA = new RegExp(String.raw`^${TEST_TOOLING}(\([^)]*\))?:\s`, 'i');
/**
 * A test runner's, framework's or benchmark tool's repository by its name (pytest, pytest-xdist, jest, mocha, Catch2, nextest,
 * pytest-benchmark, criterion's `bencher`): its tests are its product's subject.
 */
const TEST_TOOL_REPO = /test|jest|mocha|catch|spec|bench|fuzz/i;
/**
 * Work on the code's own type checking, by a title's words: a type checker named (`mypy`, `pyright`), its strict modes
 * ("Turn on mypy strict optional", "Fix strict-null issues"), missing annotations added (meson's "backend/vs2010: Add lots
 * of missing annotations"), errors of annotations or of type checking. Not "Support expression for exhaustive
 * typechecking" (prettier's Angular feature), nor "Improve typing story for core from clauses" (SQLAlchemy's types are
 * what its users get).
 */
const TYPING_TITLE =
  /\b(mypy|pyright|strict[- ]?(optional|null))\b|\bmissing (\w+ ){0,3}annotations\b|\b(annotations?|type[- ]?check(ing)?) (fix(es)?|issues?|errors?|failures?)\b/i;
/**
 * Typing work by a commit's words (`TYPING_TITLE`, or annotations and typing issues added or fixed: "interpreter: fix
 * typing issues in func_build_target", "backend/xcode: add annotations to filemap"; not a name: weechat's "typing: add
 * option typing.look.item_text"): when 40 % of a series says so (3 commits or more, with `TYPES_STEP`), the series is
 * that work; a title that says so is neither a feature nor a fix.
 */
const TYPING_WORK = new RegExp(
  `${TYPING_TITLE.source}|\\b(add|fix|tighten|correct)(s|es|ed)? (?!support\\b)(\\w+ ){0,3}(annotations?|typing|type hints?|type (issues?|errors?))\\b(?![.-])|\\b(typing|type) (issues?|errors?)\\b`,
  'i',
);
/**
 * A step of a series on the code's types (meson's "ninjabackend: fix type of get_import_std_object", "add some types to
 * partially typed functions", "ninjabackend is fully typed"); alone, as a title, it may be a bug fix ("Fix type of the
 * returned value in parse()").
 */
const TYPES_STEP = /\bfix(es|ed)? (the )?types? (of|for|in)\b|\badd(s|ed)? (\w+ ){0,2}types (to|for)\b|\b(fully|partially) typed\b/i;
/** A type checker's own repository (or a language's: facebook/flow, not airflow), where typing work is what users get. */
const TYPE_TOOL_REPO = /mypy|pyright|typeshed|typing|pytype|pyre|typescript|\/flow$/i;
/** Words about the project's sponsors or funding: "sponsors: add X", "Add sponsorship page", "Update FUNDING.yml". */
const SPONSORS = /\b(sponsors?|sponsorships?|sponsored by|funding|backers)\b/i;
/**
 * A linter, formatter or type checker named in a title: the project's own tooling (PHP's PHPStan, Psalm, PHP-CS-Fixer and
 * the "SA tools" guzzle updates together: "Update SA tools (#3168)"; Ruby's RuboCop; Haskell's HLint: cabal's "Follow hlint
 * suggestion: use fmap", "Add HLint hint to use findWithDefault"; Elixir's Credo; the formatters and linters of any project's
 * shell scripts, Markdown, Dockerfiles, workflows and spelling).
 */
const LINT_TOOL =
  /\b(ruff|eslint|rustfmt|clippy|gofmt|shfmt|isort|flake8|mypy|pyright|pylint|stylelint|biome|oxlint|golangci-lint|swift[- ]format|swiftformat|swiftlint|clang-format|clang-tidy|cmake-format|gersemi|ktlint|detekt|phpstan|psalm|php-cs-fixer|phpcs|rubocop|hlint|ormolu|fourmolu|stylish-haskell|credo|scalafmt|scalafix|ktfmt|prettier|dprint|shellcheck|markdownlint|hadolint|actionlint|yamllint|codespell|SA tools?)\b/i;

/**
 * A move of the project's build or development tooling to a tool it names: "use uv", "use nox", "switch to flit build
 * backend", "Convert project to Gradle", "Move mitmweb to Vite", "Introduce Justfile, use uv", "Lock dev dependencies with
 * uv"; the tool named last, or before "build backend", "for tests"… (not "Use Gradle lazy properties for WireExtension API": a
 * Gradle plugin's own API). What its contributors run changes; users get nothing. (Group 1: the tool.)
 */
/**
 * A move of the project's code to a language edition (Rust's): syn's "Update most workspace members to 2024 edition",
 * alacritty's "Migrate to 2024 edition", fish-shell's "Update to rust 2024 edition". Not mdBook's "Add support for Rust
 * Edition 2024", a feature of a tool that builds Rust. (Group 1: the edition's year.)
 */
const EDITION_MOVE =
  /^(?:update|upgrade|migrate|move|switch|port|bump|convert)[sd]?(?: (?!support\b)[\w-]+){0,3}? (?:to )?(?:the )?(?:rust )?(?:edition (20\d\d)|(20\d\d) edition)\b/i;
/** A minimum supported version raised ("MSRV 1.85", "Bump Rust minimum version to 1.85"): users with an older toolchain are affected. */
const MINIMUM_VERSION = /\bMSRV\b|\bminimum (supported )?(rust |python |node |go )?version\b/i;

const DEV_TOOLING_MOVE =
  /^(?:use|switch(?:es|ed)? to|migrat(?:e|es|ed) to|mov(?:e|es|ed) (?:[\w-]+ )?to|convert(?:s|ed)? (?:[\w-]+ )?to|introduc(?:e|es|ed)|adopt(?:s|ed)?|lock (?:[\w-]+ )?dependencies with)\s+(?:the\s+)?`?(uv|pdm|poetry|hatch(?:ling)?|flit(?:[_-]core)?|nox|tox|just(?:file)?|make(?:file)?|gradle|maven|bazel|cmake|meson|vite|webpack|rollup|esbuild|yarn|pnpm|bun|setuptools|pyproject\.toml|tsup|tsdown)\b`?(?=\s*(?:build (?:backend|system)|instead of [\w.-]+|for (?:the )?(?:build|builds|tests|development|dev|CI|packaging|releases?)\b)?\s*(?:[,;.]|\(#\d+\)|$))/i;

/**
 * A linter's rule named by its plugin and id in backticks, as the project turns it on or fixes what it finds:
 * prettier's "Enable `unicorn/no-useless-else` rule (#19364)", "Fix some `unicorn/no-declarations-before-early-exit`
 * violations (#19371)". (Group 1: the rule.) A linter's own rules have no plugin prefix there (biome's `noUselessElse`); one without
 * is named a lint rule in words (Leaflet's "Enable `prefer-exponentiation-operator` linting rule and fix issues (#9660)"; group 2).
 */
/**
 * A formatter or linter applied to the project's own files, whichever it is (Crystal's "Apply `mbake` formatter for
 * `Makefile` (#17024)", +388 −381): style work, not the product's. (Group 1: the tool, as written.)
 */
const FORMATTER_RUN = /^(?:apply|run)(?:s|ed|ning)? (?:the )?(`[^`]+`|[\w.-]+) (?:auto-?)?(?:formatter|linter)\b/i;
/** Words that change which tool a project uses or how: "replace linter with biome", "switch to ruff", "update eslint config". */
const TOOL_CHANGE = /^(replace|switch|migrate|move|use|adopt|upgrade|update|bump|configure|enable|disable|set ?up|add|remove|drop)(s|d|ed)?\b/i;
const LINT_RULE =
  /`((?:@?[\w-]+\/)+[a-z][\w-]*)`\s*(?:rules?|violations?|errors?|warnings?)\b|`([a-z][\w-]*)`\s+(?:lint(?:ing|er)?|eslint|clippy|rubocop)\s+rules?\b/i;
/** A linter's own repository, where a lint rule is what users get (eslint, biome, ruff, clippy, rubocop, oxc, golangci-lint). */
const LINTER_REPO = /lint|biome|ruff|clippy|rubocop|oxc|staticcheck/i;

/**
 * The project's own lint, format or type-check tool a subject names anywhere in it (attrs' "pyright: remove
 * experimental flag" → `pyright`); undefined when none, or in the repository of that tool (`repo`: its normalized name).
 */
export function lintToolNamed(subject: string, repo: string): string | undefined {
  const tool = LINT_TOOL.exec(subject)?.[1];
  return tool !== undefined && !repo.toLowerCase().includes(tool.toLowerCase()) ? tool : undefined;
}
/**
 * A user-facing surface named in a description: `--option`, `config.key`, `git command`, a quoted name of
 * what users write (`` `len()` function ``, `` `[timestamp]` recipe attribute ``: casey/just).
 */
export const USER_FACING =
  /(^|\s|`|'|")--[a-z][a-z0-9-]{2,}|\b[a-z]+\.[a-z][a-zA-Z]+\b (configuration|config|variable|setting)|[`'"][a-z][\w-]* [a-z][\w-]*[`'"]|[`'"][a-z][\w.-]*[`'"] (option|setting)\b|`[^`\s]{1,40}`( [a-z]+)? (function|attribute|keyword|directive|setting|option|subcommand|command)\b/;

/** What a unit says it is, and the sentence that says so. */
export interface Declared {
  readonly kind: 'feature' | 'performance' | 'fix' | 'refactor' | 'internal' | 'routine' | undefined;
  readonly reason: string;
  /**
   * Said only by the words of a title ("add …" is also how small fixes are named): weighs less than a label or a
   * description; a fix by its words that quotes a measured speed-up is performance work (notability.ts).
   */
  readonly words?: boolean;
}

/**
 * A subject whose prefix names a documentation file or folder (`docs/howto/release-git-lfs.md: add RISC-V 64
 * asset`): its words say what changed in the document, not in the product.
 */
const DOCUMENT_PREFIX = /^(docs?\/[\w/.-]*|[\w/.-]+\.(md|rst|adoc|txt)):\s/i;
/**
 * The same for one of the project's documents named in capitals without an extension (curl's "THANKS: added
 * names from 8.21.0 release", `RELEASE-NOTES: synced`), and CMake's documentation folder, `Help/` ("Help/fileAPI: Add version
 * modified directives", "Help: Dedent multiple install …"). Case matters: `install: add --prefix` and git's `help: …` are areas.
 */
const DOCUMENT_NAME_PREFIX =
  /^(?:[\w.-]+\/)?(?:README|THANKS|AUTHORS|CONTRIBUTORS|CHANGES|NEWS|HISTORY|RELEASE-NOTES|COPYING|LICEN[CS]E|INSTALL|TODO|KNOWN_BUGS|MAINTAINERS)(?:\.\w+)?:\s|^Help(?:\/[\w/.*-]+)?:\s/;

/** True for a subject whose prefix names one of the project's documents or its documentation folder (`DOCUMENT_PREFIX`, `DOCUMENT_NAME_PREFIX`). */
export function namesDocument(subject: string): boolean {
  return DOCUMENT_PREFIX.test(subject) || DOCUMENT_NAME_PREFIX.test(subject);
}

/** What `sharedPullRequest` reads of a unit: its commits, and its parts when it is made of several. */
interface SharedUnit {
  readonly commits: readonly Pick<CommitRecord, 'parents' | 'files'>[];
  readonly parts?: readonly SharedUnit[];
}

/**
 * True for a pull request the user committed to and merged with a merge commit, whose change reaches
 * files none of their commits in it touched: someone else wrote part of it (pytest's maintainer finishing
 * a contributor's `Merge pull request #13757 from gomri15/…`, its changelog entry and code the
 * contributor's), or the user wrote it long before the history read (bat: a branch of 2021 merged in
 * 2025). Its size, breadth and release-notes fragments are then those of the user's commits in it.
 */
export function sharedPullRequest(unit: SharedUnit): boolean {
  // (of a unit made of parts, pull requests one release-notes item names together: any part's)
  if (unit.parts && unit.parts.length > 1) return unit.parts.some(sharedPullRequest);
  const merge = unit.commits.find((c) => c.parents.length > 1);
  const own = unit.commits.filter((c) => c.parents.length <= 1);
  if (!merge || own.length === 0) return false;
  const touched = new Set(own.flatMap((c) => c.files.map((f) => f.path)));
  return merge.files.some((f) => !touched.has(f.path));
}

/**
 * The commits of a unit whose words say what it is: where some change source code, those (elixir's "Add some initial
 * resources to types page", a page of its guides pushed among fixes to the type checker, adds no feature; Catch2's "Add
 * the catch_config_prefix_messages.hpp to builds", two build files); else those that change more than tests
 * (shellcheck's "Add snap docker support for distro testing", its test script alone, pushed with a build image's
 * update, adds no feature; on the tuning sets, no offer changed); else all. Measured with `npm run eval:notability`:
 * tuning sets 766 / 887 -> 765 / 884 (86.4 -> 86.5 %), held out 511 / 634 -> 507 / 627 (80.6 -> 80.9 %).
 */
function voiced(unit: Titled): Titled['commits'] {
  // (in a pull request someone else wrote part of, not its merge, whose subject names the contributor's branch and whose
  // files hold their work: tqdm's "Merge pull request #1751 from jaltmayerpizzorno/fix-atexit-monitor-deadlock", the
  // maintainer's own commit in it "minor docstring updates")
  const commits = sharedPullRequest(unit) ? unit.commits.filter((c) => c.parents.length <= 1) : unit.commits;
  // (the product's code, not its tests: Apache Commons' "Add org.apache.commons.lang3.time.FastDateParser_TimeZoneStrategyTest.testJava25DeprecatedZoneId(String)",
  // a test added, made a series a feature; nor the maintainers' own scripts: clj-kondo's "Add release-everything script",
  // `script/release-everything.clj`, pushed among changelog edits and a version bump)
  const coding = commits.filter((c) => c.files.some((f) => isSourceCodePath(f.path) && !isTestName(f.path) && !isHousekeepingPath(f.path)));
  if (coding.length > 0) return coding;
  const beyondTests = commits.filter((c) => c.files.some((f) => !isTestName(f.path)));
  return beyondTests.length > 0 ? beyondTests : commits;
}

/**
 * The unit's title and its commits' subjects, without a quoted `Revert "…"` or a document's edit
 * (`DOCUMENT_PREFIX`, `DOCUMENT_NAME_PREFIX`), and without their prefixes unless `withPrefix` (a prefix can say what the
 * change is: `Cleanup: remove the annotation`).
 */
export function titlesOf(unit: Titled, withPrefix = false): string[] {
  const titles = [unit.title, ...voiced(unit).map(namingSubject)].filter((t) => !quotesReverted(t) && !namesDocument(t));
  return withPrefix ? titles : titles.map(stripPrefix);
}

/**
 * The subject of the unit's commit whose words `says` reads (given a subject without its prefix, `stripPrefix`), when its
 * title does not say so itself; undefined when the title does. A series of direct pushes is titled by its largest commit
 * and may be performance work by the words of another (elixir's "Warn on errors from orphan compiler modules", pushed
 * with "Reduce allocations in the logger translator module"): the reason quotes the commit whose words it read.
 */
export function saidBy(unit: Titled, says: (subject: string) => boolean): string | undefined {
  if (says(stripPrefix(unit.title))) return undefined;
  return voiced(unit)
    .map((c) => c.subject)
    .find((s) => !quotesReverted(s) && !namesDocument(s) && says(stripPrefix(s)));
}

/**
 * What a unit says it is. In a repository that uses conventional commits, its commits' types
 * (`feat` wins over `perf` over `fix`, and a `fix` whose words say it is faster is performance work; only upkeep types make it routine; `refactor` alone makes it
 * a refactor). Else the types of the release-notes fragments it wrote (`fragments`: kind → path,
 * conventions.ts `fragmentKind`; a "change" fragment weighs as words). For a topic merged with a
 * description (git.git's maintainer summarises each topic in its merge), that description.
 * Otherwise the words of its title and subjects.
 */
export function declaredKind(
  unit: Titled,
  conventions: Conventions,
  types: ReadonlySet<string>,
  description: string,
  fragments: ReadonlyMap<FragmentKind, string> = new Map(),
): Declared {
  // what the user adds on an automation's pull request keeps the project working with the tools it bumps (pytest-xdist's
  // "Add docs/requirements.txt" on a pre-commit.ci autoupdate, "Adapt to mypy 1.11"), whatever its words
  if (unit.merge && AUTOMATION_BRANCH.test(unit.merge.subject))
    return {
      kind: 'internal',
      reason: l10n.t('Keeps up with an update’s pull request (pre-commit.ci, Dependabot, Renovate, Scala Steward): upkeep, nothing users get.'),
    };
  // a topic of a release branch is the release: the version bump, the notes, the generated files it ships with (pcre2's
  // `release/pcre2-10.47`: "Update version number to 10.47 (release)", "Commit autogen.sh output"); the work it releases
  // came before
  if (unit.kind === 'topic' && unit.topic && RELEASE_BRANCH.test(unit.topic))
    return { kind: 'routine', reason: l10n.t('Prepares a release on its release branch ({0}): the work it releases came before.', unit.topic) };
  // a pull request merged with a merge commit whose unlabelled title calls it upkeep (lint, formatting, typos, a dependency
  // bump) is that, whatever the labels of its commits: psycopg's "Add cython code linting" (#1199), `style:` and `chore:`
  // commits with one `perf:` found on the way, was performance work by that label
  if (unit.kind === 'pullRequest' && unit.merge && conventions.conventional && commitType(unit.title, conventions) === undefined && saysRoutine(unit.title))
    return { kind: 'routine', reason: l10n.t('Routine upkeep, by its pull request’s title: whatever the labels of the commits inside.') };
  if (conventions.conventional && types.size > 0) {
    // (the label of another commit than the one that names the unit is quoted, as `saidBy` quotes words)
    const byLabel = (type: string, quoted: (label: string, by: string) => string, own: (label: string) => string): string => {
      const by = labelledBy(unit, type);
      return by ? quoted(conventionalLabel(unit, type), by) : own(conventionalLabel(unit, type));
    };
    // (the product's own telemetry, by its title, whatever its label: Langfuse's "feat: add periodic runner telemetry (#15365)")
    if (
      (types.has('feat') || types.has('feature')) &&
      [...types].every((t) => t === 'feat' || t === 'feature' || ROUTINE_TYPES.has(t)) &&
      TELEMETRY_WORK.test(stripPrefix(unit.title)) &&
      !TELEMETRY_REPO.test(unit.repo)
    )
      return { kind: 'internal', reason: l10n.t('Adds or changes the product’s telemetry, by its title: what its makers learn, nothing users get.') };
    if (types.has('feat') || types.has('feature'))
      return {
        kind: 'feature',
        reason: byLabel(
          'feat',
          (label, by) => l10n.t('A feature, by the label ({0}) of “{1}”.', label, by),
          (label) => l10n.t('A feature, by its own label ({0}).', label),
        ),
      };
    // (the speed of the project's own tests, benchmarks or CI, whatever its label: opentelemetry-go's "perf(sdk/metric): reduce
    // benchmark suite execution time (#8683)")
    if (types.has('perf') && [...types].every((t) => t === 'perf' || ROUTINE_TYPES.has(t)) && NOT_PERFORMANCE.test(stripPrefix(unit.title)))
      return { kind: 'internal', reason: l10n.t('Speeds up the project’s own tests, benchmarks or CI, by its title: nothing users get.') };
    if (types.has('perf'))
      return {
        kind: 'performance',
        reason: byLabel(
          'perf',
          (label, by) => l10n.t('Performance work, by the label ({0}) of “{1}”.', label, by),
          (label) => l10n.t('Performance work, by its own label ({0}).', label),
        ),
      };
    // a fix of the project's own upkeep, named by the label alone (gum's "fix: lint issues (#909)", "fix: flaky tests")
    if (types.has('fix') && [...types].every((t) => t === 'fix' || ROUTINE_TYPES.has(t)) && UPKEEP_FIXED.test(stripPrefix(unit.title)))
      return { kind: 'internal', reason: l10n.t('Mends the project’s lint, tests, CI or build, by its title: nothing users get.') };
    // (and one that changes the project's lint or format tool: documenso's "fix: replace linter with biome (#2645)"; not an
    // editor's fix of its integration with one, "fix(lsp): handle ruff server crash")
    const fixedTool =
      types.has('fix') && [...types].every((t) => t === 'fix' || ROUTINE_TYPES.has(t)) && TOOL_CHANGE.test(stripPrefix(unit.title))
        ? lintToolNamed(stripPrefix(unit.title), unit.repo)
        : undefined;
    if (fixedTool) return { kind: 'internal', reason: l10n.t('Changes the project’s lint or format tooling ({0}): nothing users get.', fixedTool) };
    if (types.has('fix') && titlesOf(unit).some(saysPerformance))
      return { kind: 'performance', reason: l10n.t('Performance work, labelled a fix ({0}) and saying so in its words.', conventionalLabel(unit, 'fix')) };
    if (types.has('fix'))
      return {
        kind: 'fix',
        reason: byLabel(
          'fix',
          (label, by) => l10n.t('A bug fix, by the label ({0}) of “{1}”.', label, by),
          (label) => l10n.t('A bug fix, by its own label ({0}).', label),
        ),
      };
    if (types.has('refactor') && [...types].every((t) => t === 'refactor' || ROUTINE_TYPES.has(t)))
      return { kind: 'refactor', reason: l10n.t('A refactoring, by its own label ({0}): nothing users see changes.', conventionalLabel(unit, 'refactor')) };
    if ([...types].every((t) => ROUTINE_TYPES.has(t)))
      return { kind: 'routine', reason: l10n.t('Routine upkeep, by its own label ({0}).', [...types].map((t) => conventionalLabel(unit, t)).join(', ')) };
    return { kind: undefined, reason: '' };
  }
  // a `chore:` label in a repository whose prefixes are areas is the author's word that the rest is upkeep, whatever
  // its verb (caddy's "chore: Add nolints to work around haywire linters (#7493)", among "reverseproxy: …" and
  // "caddyhttp: …"): not a feature or a fix by its words (notability.ts weighs the label as routine words)
  if (/^chore(\([^)]*\))?!?:/i.test(unit.title)) return { kind: undefined, reason: '' };
  const fragment = (kind: FragmentKind): string | undefined => fragments.get(kind);
  if (fragment('feature')) return { kind: 'feature', reason: l10n.t('A new feature, by its release-notes entry ({0}).', fragment('feature')!) };
  if (fragment('performance')) return { kind: 'performance', reason: l10n.t('Performance work, by its release-notes entry ({0}).', fragment('performance')!) };
  // a "change" entry says less than words of performance work ("Improve `Style/X` performance …"), and than a title that calls
  // it a clean-up (ansible's "file: simplify the code (#84043)", its fragment under `minor_changes:`)
  if (fragment('change') && !titlesOf(unit).some(saysPerformance) && !REFACTORING.test(stripPrefix(unit.title)))
    return { kind: 'feature', reason: l10n.t('Changes what users get, by its release-notes entry ({0}).', fragment('change')!), words: true };
  if (fragment('fix')) return { kind: 'fix', reason: l10n.t('A bug fix, by its release-notes entry ({0}).', fragment('fix')!) };
  if (description) {
    if (FEATURE_DESCRIPTION.test(description)) return { kind: 'feature', reason: l10n.t('A new capability, as its merge describes it.') };
    if (saysPerformance(description)) return { kind: 'performance', reason: l10n.t('Performance work, as its merge describes it.') };
    if (FIX_DESCRIPTION.test(description)) return { kind: 'fix', reason: l10n.t('A bug fix, as its merge describes it.') };
    if (INTERNAL_DESCRIPTION.test(description))
      return { kind: 'internal', reason: l10n.t('Internal work, as its merge describes it (a clean-up, a refactoring, tests, CI or the build).') };
    return { kind: undefined, reason: '' };
  }
  const titles = titlesOf(unit);
  // the project's lint and format tooling, named in the unit's title ("Set `line-length` to 120 on Ruff", "Add
  // eslint-plugin-regexp"; not a feature with one "Fix clippy warnings" commit in it), unless the project is that tool
  // (or as the area its title names: cabal's "Hlint: suggest nub alternative")
  const tool =
    lintToolNamed(stripPrefix(unit.title), unit.repo) ??
    lintToolNamed(/^[\w-]+(?=:)/.exec(unit.title)?.[0] ?? '', unit.repo) ??
    FORMATTER_RUN.exec(stripPrefix(unit.title))?.[1];
  if (tool) return { kind: 'internal', reason: l10n.t('Changes the project’s lint or format tooling ({0}): nothing users get.', tool) };
  const lint = LINT_RULE.exec(unit.title);
  const rule = lint?.[1] ?? (LINTER_REPO.test(unit.repo) ? undefined : lint?.[2]);
  if (rule) return { kind: 'internal', reason: l10n.t('Works on the project’s lint rules ({0}): nothing users get.', rule) };
  // the compiler's warnings on the project's own code, mended (Vapor's "Fix warnings from NIO 2.79.0 (#3285)", "Fix Concurrency
  // Warnings and Deprecations"; e2fsprogs' "fix int vs ssize_t warnings from Coverity"): nothing users get, as a label's "fix:
  // lint issues" (UPKEEP_FIXED)
  if (WARNINGS_FIXED.test(stripPrefix(unit.title)))
    return { kind: 'internal', reason: l10n.t('Mends the project’s lint, tests, CI or build, by its title: nothing users get.') };
  // a move of its build or development tooling ("use uv", "Convert project to Gradle"), unless the project is that tool
  const moved = DEV_TOOLING_MOVE.exec(stripPrefix(unit.title))?.[1];
  if (moved && !unit.repo.toLowerCase().includes(moved.toLowerCase().replace(/file$|\.toml$|ling$|[_-]core$/, '')))
    return { kind: 'internal', reason: l10n.t('Moves the project’s build or development tooling to {0}: nothing users get.', moved) };
  // a move of its own code to a new language edition (syn's "Update most workspace members to 2024 edition"): the code
  // it builds for users is the same; not one that raises the minimum version users need ("Update to Edition 2024, MSRV 1.85")
  const edition = EDITION_MOVE.exec(stripPrefix(unit.title))
    ?.slice(1)
    .find((y) => y !== undefined);
  if (edition && !MINIMUM_VERSION.test(unit.title))
    return { kind: 'internal', reason: l10n.t('Moves the project’s code to the {0} edition of its language: nothing users get.', edition) };
  // (a runtime's new version added to CI, "Add Python 3.15 to CI", is support for it: users get it)
  if (CI_WORK.test(unit.title) && !RUNTIME_VERSION.test(unit.title))
    return { kind: 'internal', reason: l10n.t('Works on the project’s CI or development tooling, by its title: nothing users get.') };
  // the product's telemetry, what its makers learn of its use (GitLens' "Adds telemetry for Worktrees sidebar panel
  // interactions"), unless telemetry is the product (OpenTelemetry)
  if (TELEMETRY_WORK.test(stripPrefix(unit.title)) && !TELEMETRY_REPO.test(unit.repo))
    return { kind: 'internal', reason: l10n.t('Adds or changes the product’s telemetry, by its title: what its makers learn, nothing users get.') };
  // work on the project's own tests, by its title (hyperfine's "Move more tests to insta": Rust keeps unit tests in the
  // code's own files, so the files cannot say it) or by a prefix that names the tests as its area (delta's "tests: add
  // insta for snapshot testing"); not in a test runner's own repository, where tests are what users get
  if ((TEST_WORK.test(stripPrefix(unit.title)) || TEST_AREA.test(unit.title) || TEST_INFRA.test(unit.title)) && !TEST_TOOL_REPO.test(unit.repo))
    return { kind: 'internal', reason: l10n.t('Works on the project’s own tests, by its title: nothing users get.') };
  // work on the code's own type checking, by its title or by its commits' words (meson's series of "Turn on mypy strict
  // optional", 12 of 27 commits saying so, others "cannot be None", with one "utils/universal: Add a late_property" in it, is
  // no feature), unless the project is a type checker
  const typing = voiced(unit).filter((c) => TYPING_WORK.test(stripPrefix(c.subject)) || TYPES_STEP.test(stripPrefix(c.subject))).length;
  if ((TYPING_TITLE.test(stripPrefix(unit.title)) || (typing >= 3 && typing >= 0.4 * voiced(unit).length)) && !TYPE_TOOL_REPO.test(unit.repo))
    return { kind: 'internal', reason: l10n.t('Works on the code’s type annotations or type checking, by its words: nothing users get.') };
  // the project's sponsors or funding (attrs' "sponsors: add Privacy Solutions", "Optimize sponsor svgs"): nothing users get
  if (
    SPONSORS.test(unit.title) ||
    (unit.commits.some((c) => SPONSORS.test(c.subject)) && !unit.commits.some((c) => c.files.some((f) => isSourceCodePath(f.path))))
  )
    return { kind: 'internal', reason: l10n.t('Changes the project’s sponsors or funding: nothing users get.') };
  // a title tagged as a refactoring says so, whatever its words go on to introduce (OCaml's "[refactor] typing/predef:
  // introduce a variant of predefined type constructors", filed under its internal changes)
  if (REFACTOR_TAG.test(unit.title))
    return { kind: 'refactor', reason: l10n.t('A refactoring or clean-up, by the tag of its title: nothing users see changes.') };
  // a pull request merged with a merge commit that its title calls a clean-up is one, whatever a commit in it adds
  // or fixes on the way (pytest's "More cleanups mostly around config": twelve commits, one of them "add …")
  if (
    unit.kind === 'pullRequest' &&
    unit.merge &&
    REFACTORING.test(unit.title) &&
    !FEATURE.test(stripPrefix(unit.title)) &&
    !FIX.test(stripPrefix(unit.title)) &&
    !saysPerformance(unit.title)
  )
    return { kind: 'refactor', reason: l10n.t('A refactoring or clean-up, by its pull request’s title: nothing users see changes.') };
  // a pull request that its title calls documentation work is that, whatever a commit in it adds on the way (zstd's "Doc
  // update", seven commits, one "add …"; libgit2's "Docs updates"), or wherever the docs live (rand's "Update lib
  // quick-start & module doc (#1779)", squashed: doc comments in `src/lib.rs`)
  if (unit.kind === 'pullRequest' && (DOCS_TITLE.test(unit.title) || DOCS_TITLE.test(stripPrefix(unit.title))))
    return { kind: 'internal', reason: l10n.t('Works on the documentation, by its pull request’s title: nothing users get in the product.') };
  // "Add missing headers": what should have been there all along is a fix
  // a fix with its tests ("Fix heading nav depth", "Add a test to validate the structure of the heading nav") is a fix
  // (nor is what a type checker found a bug: meson's "ninjabackend: fix missing return statements from mypy"; "Fix type
  // errors when the body is empty" may be)
  const saysFix = (t: string): boolean => FIX.test(t) && !NOT_A_FIX.test(t) && !(TYPING_TITLE.test(t) && !TYPE_TOOL_REPO.test(unit.repo));
  // (a title that names the issue it closes first says what it does after it: Jackson's "Fix #5020: add support for
  // `@JsonProperty.isRequired` (#5021)", eza's "Resolves #270: add support for --time-style=relative")
  const saysFeature = (title: string): boolean => {
    const t = title.replace(CLOSES_FIRST, '');
    return (
      FEATURE.test(t) &&
      !ADDS_DOCUMENTATION.test(t) &&
      !ADDS_MISSING.test(t) &&
      !ADDS_MISSING_UPKEEP.test(t) &&
      !ADDS_LOGGING.test(t) &&
      !ADDS_COVERAGE.test(t) &&
      !ADDS_HELPER.test(t) &&
      !ADDS_TESTS.test(t) &&
      !ADDS_LICENSING.test(t) &&
      // (nor the code's own type annotations: meson's "backends: add more complete typing of introspection data", ironic's
      // "add types to hardware types for supported interfaces")
      !((TYPING_WORK.test(t) || TYPES_STEP.test(t)) && !TYPE_TOOL_REPO.test(unit.repo)) &&
      // (nor files made to end in a newline: loupe's "Add newlines to end of all files")
      !END_OF_FILE_NEWLINES.test(t)
    );
  };
  // a pull request's or a topic's own title says what it is when it names a feature or a fix: a step inside it that speaks of
  // speed is part of that work (jellyfin's "Implement search providers", with "Parallelize internal and external calls";
  // "Fixes for multi version handling", with "Fix performance", which mends the pull request's own new code)
  // (and so does a long one's, whatever it names, when few of its steps speak of speed: dub's "Hubspot integration", 37
  // commits, one "optimize …" among them)
  const merged = unit.kind === 'pullRequest' || unit.kind === 'topic';
  const steps = voiced(unit);
  const fewSay = steps.length >= LONG_MERGED && 4 * steps.filter((c) => saysPerformance(stripPrefix(c.subject))).length < steps.length;
  const titleSays = merged && (saysFeature(stripPrefix(unit.title)) || saysFix(stripPrefix(unit.title)) || fewSay);
  if (titleSays ? saysPerformance(stripPrefix(unit.title)) : titles.some(saysPerformance)) {
    const by = saidBy(unit, saysPerformance);
    return {
      kind: 'performance',
      reason: by
        ? l10n.t('Improves performance (speed, latency or memory), by the words of “{0}”.', by)
        : l10n.t('Improves performance (speed, latency or memory), by its words.'),
      words: true,
    };
  }
  if (titles.some(saysFeature)) {
    const by = saidBy(unit, saysFeature);
    return {
      kind: 'feature',
      reason: by ? l10n.t('Introduces a feature or capability, by the words of “{0}”.', by) : l10n.t('Introduces a feature or capability, by its words.'),
      words: true,
    };
  }
  if (titles.some(saysFix)) {
    const by = saidBy(unit, saysFix);
    return { kind: 'fix', reason: by ? l10n.t('Fixes a bug, by the words of “{0}”.', by) : l10n.t('Fixes a bug, by its words.'), words: true };
  }
  // (a revert's quoted words are not its own: a unit of only reverts is no refactoring by them)
  const own = titlesOf(unit, true);
  if (own.length > 0 && own.every((t) => REFACTORING.test(t)))
    return { kind: 'refactor', reason: l10n.t('A refactoring or clean-up, by its words: nothing users see changes.') };
  // (and a pull request or topic whose title names no feature nor fix, each of whose steps says it is a clean-up: lazygit's
  // "Remove modifiers from keybinding (#5588)", "Remove dead Modifier field from keybindings" and "Remove unused function
  // DeleteKeybinding")
  // (all its commits, not only those that change code: commander's release branch, "Refactor help option implementation …"
  // and "Refactor help command …" merged with its changelog's edits and a version bump, is the release of what its notes list)
  const stepsSay = unit.commits
    .filter((c) => c.parents.length <= 1)
    .map(namingSubject)
    .filter((t) => !quotesReverted(t) && !namesDocument(t));
  if (merged && stepsSay.length >= 2 && stepsSay.every((t) => REFACTORING.test(t)))
    return { kind: 'refactor', reason: l10n.t('A refactoring or clean-up, by the words of each of its commits: nothing users see changes.') };
  return { kind: undefined, reason: '' };
}

/** A title's tag in brackets that calls it a refactoring or a clean-up: `[refactor]`, `[refactoring]`, `[cleanup]`, `[clean-up]`. */
const REFACTOR_TAG = /^\[(refactor(ing)?|clean-?up)\]/i;

/** The fewest commits of a pull request or topic whose steps' words say what it is only when enough of them say it (`declaredKind`). */
const LONG_MERGED = 5;

/**
 * What a commit's body says it reverts: an earlier change (git's `This reverts commit …`, a line `Revert …`), not one of its
 * own pull request's commits: GitHub's squash merge lists the branch's commits as `* <subject>` lines, and a
 * `* Revert "add pizza search"` among them undoes a commit listed beside it (mitmproxy's "Docs: Add Search Bar
 * (#7603)"), while one that quotes a subject the list does not hold undoes merged work ("Partially Revert \"Web:
 * harden `xsrf_token` usage (#7491)\""). Returns the subject it quotes (`Bump hypothesis dependency (#7865)` in mitmproxy's
 * "Update to Python 3.14 (#7918)"), '' when it quotes none, undefined when it reverts nothing.
 */
export function revertsInBody(body: string): string | undefined {
  if (!REVERT.test(body)) return undefined;
  const listed = new Set([...body.matchAll(/^\* (.+?)\s*$/gm)].map((m) => m[1]));
  const kept = body.replace(/^\* Revert "(.+)"\s*\n\s*This reverts commit [0-9a-f]{7,}\.?/gm, (all, quoted: string) => (listed.has(quoted) ? '' : all));
  if (!REVERT.test(kept)) return undefined;
  return /^(?:\* )?(?:partially )?revert "(.+)"\s*$/im.exec(kept)?.[1] ?? '';
}

/**
 * True for git's `Revert "<subject>"` (after a conventional prefix or a bracketed tag): it quotes the words
 * of the change it undoes, which do not say what the revert is.
 */
export function quotesReverted(subject: string): boolean {
  return /^Revert "/i.test(stripPrefix(subject));
}

/** `feat(api): add paging` → `feat(api):` as written, `⚡️ Avoid …` → `⚡️`, for the reason's sentence. */
/**
 * The subject of the commit whose conventional label of `type` says what the unit is, when the unit's title does not carry
 * that label: ccache's series "fix: Verify cache entry type before parsing manifest or result" is a feature by the label
 * of "feat: Log PID of spawned storage helper on Windows too". Undefined when the title carries it.
 */
function labelledBy(unit: Titled, type: string): string | undefined {
  const typeOf = (subject: string): string | undefined => {
    const t = subjectPrefix(subject)?.type;
    return t === 'feature' ? 'feat' : t;
  };
  if (typeOf(unit.title) === type) return undefined;
  return unit.commits.map((c) => c.subject).find((s) => typeOf(s) === type);
}

function conventionalLabel(unit: Titled, type: string): string {
  const subject = unit.commits.map((c) => c.subject).find((s) => subjectPrefix(s)?.type === type) ?? '';
  return writtenLabel(subject) ?? `${type}:`;
}

/**
 * `feat(api)!: add paging` → `add paging`, `✨ feat: add paging` → `add paging`, `[3.9.x] Support import defer` → `Support import defer`,
 * `MINOR: proxy: implement "show defaults"` → `implement "show defaults"` (haproxy's tag, then its area; up to three prefixes),
 * `patch 9.2.0632: GTK4: no support for …` → `no support for …` (Vim's patch number, Neovim's `vim-patch:9.2.0632:`):
 * a subject without its gitmoji, conventional or area prefixes, patch number or bracketed tag.
 */
export function stripPrefix(subject: string): string {
  const stripped = subject
    .replace(GITMOJI, '')
    .replace(/^\[[^\]\n]{1,30}\]\s*/, '')
    .replace(/^(?:vim-)?patch[: ]\s*\d+\.\d+\.\d+:\s*/i, '')
    .replace(AZURE_MERGE, '')
    // (the issue it answers, first: more-itertools' "Issue 1098: Add synchronized decorator", "#1130:  Improve partition() …",
    // CPython's "gh-12345: …" and "bpo-4321: …")
    .replace(/^(?:(?:issue|bug|gh|bpo)[\s#-]*\d+|#\d+)\s*:\s*/i, '')
    .replace(/^(?:[\w/.-]+(\([^)]*\))?!?:\s*){1,3}/, '');
  // an area named in two or three lower-case words ("type aliases: support generics", "union passthrough: add …": cattrs),
  // the first of them a name (pandoc's "Markdown reader: support `alerts` extension", "LaTeX reader: support \footnotemark"),
  // not a sentence that goes on after a colon ("fix the parser: it hung", "add a flag: --json")
  const area = /^([A-Za-z][\w.-]*(?: [a-z][\w.-]*){1,2}):\s+(?=[a-z`])/.exec(stripped);
  // (nor words that say what the change is: "bug fix: handle …", "security fix: …", "breaking change: …")
  return area && !SENTENCE_START.test(area[1]!) && !KIND_WORDS.test(area[1]!) ? stripped.slice(area[0].length) : stripped;
}

/** Words before a colon that say what kind of change follows, not where: "bug fix:", "hot fix:", "perf improvement:". */
const KIND_WORDS = /\b(fix(es|ed)?|bug ?fix(es)?|hot ?fix(es)?|bugs?|security|perf(ormance)?|features?|breaking|regressions?|deprecations?|improvements?)\b/i;

/** The first word of a sentence, not of an area's name: a verb, an article, a pronoun. */
const SENTENCE_START =
  /^(add|adds|added|fix|fixes|fixed|follow|follows|apply|applies|applied|support|supports|implement|implements|introduce|introduces|remove|removes|removed|drop|drops|update|updates|updated|allow|allows|make|makes|use|uses|improve|improves|refactor|rename|move|moves|revert|reverts|bump|bumps|change|changes|changed|deprecate|deprecates|document|documents|handle|handles|avoid|avoids|don't|do|does|ensure|ensures|prevent|prevents|enable|enables|disable|disables|set|sets|let|lets|expose|exposes|merge|release|prepare|the|a|an|this|that|it|we|i|now|also|always|never|only|more|less|new|old|better|faster|minor|small|some|various|misc|breaking|note|warning|todo|wip|followup|follow-up)\b/i;
