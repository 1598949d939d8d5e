/**
 * Shipped evidence: a unit of work named in a later release-notes file of its repository
 * (CHANGELOG.md, RelNotes/2.54.0.adoc, CHANGES.rst, HISTORY, NEWS) was released, and the export can
 * cite where: "Shipped in 6.1.0 (packages/vite/CHANGELOG.md)". A unit is named by its pull-request
 * number (`#123`, `:pr:\`123\``, scrapy's `:gh:\`7504\``), an issue its commits close (`Fixes #12`; the notes say `#12` or
 * `:issue:\`12\``), one of its commits' SHAs, its description's text (git.git's release notes
 * repeat the merge message of each topic), or the lines its commits add to the notes (the item a change wrote with its code). Items in sections about chores, refactors, tests, docs,
 * build or dependencies do not count: a changelog that lists every chore is no evidence of impact.
 * Pure: the files are read by src/git/workHistory.ts.
 */

import { isValid, parse } from 'date-fns';

/** A release-notes file as read from the repository. */
export interface ReleaseNotesFile {
  readonly path: string;
  readonly text: string;
  /** The ref its text was read at, when not the mainline's: an earlier text at a release tag (`refs/tags/v2.22.1`). */
  readonly ref?: string;
}

/** Where a unit shipped. */
export interface ShippedEvidence {
  /** The version whose notes name it, e.g. `v2.54.0` or `6.1.0`; for the coming release's notes under no version, their heading's words (`Unreleased`, with `upcoming`). */
  readonly version: string;
  /** The file that says so, relative to the repository root. */
  readonly file: string;
  /** The section of the notes, e.g. `Features`, `Fixes since v2.53`. */
  readonly section: string;
  /**
   * The ref the notes were read at, when known: the mainline (`refs/heads/main`, set by work.ts), or the release tag of an
   * earlier text of notes that keep only their latest releases (`ReleaseNotesFile.ref`).
   */
  readonly ref?: string;
  /**
   * True when the notes are of a release not out yet (`UPCOMING`: elixir's `## v1.21.0-dev`, `## 3.2.0 (unreleased)`) and
   * no tag names its version: the work is listed for it, not shipped.
   */
  readonly upcoming?: boolean;
}

/** One item of a release-notes file. */
interface Item extends ShippedEvidence {
  /**
   * When its release came out (ms), when known: the date its heading gives (UTC midnight, `releaseDate`) or its version's
   * tag's (`tagDates`), the later of the two.
   */
  readonly released: number | undefined;
  readonly pullRequests: readonly number[];
  readonly shas: readonly string[];
  readonly words: ReadonlySet<string>;
  /** Its text, normalized (`normalized`). */
  readonly text: string;
  /** The code names it mentions (`codeNames`): `Response.peekTrailers()`, `--freeze-left`. */
  readonly names: ReadonlySet<string>;
  /** True when it opens with gitmoji's ⚡️ (performance work: FastAPI's "⚡️ Reduce memory usage in dependencies", filed under Refactors). */
  readonly perfEmoji: boolean;
  /**
   * True for a release's lead paragraph that cites nothing (beets 2.9.0's "Beets now officially supports Python 3.14."): only the
   * unit that wrote it is found by it (`writtenItems`), as its words alone could tell of any change.
   */
  readonly paragraph?: true;
}

/** Release notes, indexed for matching units. */
export interface ReleaseNotesIndex {
  readonly items: readonly Item[];
  /** The code names (`codeNames`) that one item alone mentions, with that item. */
  readonly named: ReadonlyMap<string, Item>;
}

/**
 * Sections that are not about what users get: chores, refactors, tests, docs, build, CI,
 * dependencies (and pip's "Vendored Libraries": packaging's models used, certifi upgraded), internal work, "Other", a catch-all "Various" (kotlinx.coroutines: toolchain upgrades, documentation), conventional-changelog's "Styles" (formatting commits),
 * and towncrier's sections for the project's own contributors: "Contributor-facing changes" (aiohttp, yarl: a test timeout) and
 * "Trivial Changes" (pytest-xdist: py.path replaced by pathlib), those for the people who package it: "Packaging updates and
 * notes for downstreams" (aiohttp, yarl: Cython's build flags; a runtime dropped there is still counted, `userFacing`), and a release's list of every pull request merged
 * ("Pull Requests", rollup's, under its Features and Bug Fixes: being merged is not being called out). Any
 * other section is (Features, Bug Fixes, git.git's "UI, Workflows & Features", and the product's own
 * areas: black's "Preview style" and "Parser", bat's "Syntaxes"). "Other Changes" holds most of what mitmproxy, mypy and bat ship, but
 * counting it (tuning sets with shipped evidence: 917 / 1035 -> 926 / 1044) did not carry over: on the held-out sets, 673 / 800 ->
 * 669 / 802 (borg, bottom, marshmallow), so it stays out.
 */
const NOT_USER_FACING =
  /chore|refactor|test|\bdoc|build|\bci\b|dependenc|\bvendor|internal|development support|misc|^various$|maintenance|^pull requests$|^other\b|^(?:code )?styles?$|revert|contributor|trivial|downstream|^project changes$/i;

const STOP = new Set([
  'the',
  'and',
  'for',
  'with',
  'that',
  'this',
  'from',
  'into',
  'has',
  'have',
  'been',
  'are',
  'was',
  'were',
  'when',
  'which',
  'not',
  'now',
  'its',
  'their',
  'them',
  'they',
  'can',
  'will',
  'would',
  'should',
  'also',
  'more',
  'less',
  'some',
  'than',
  'then',
  'there',
  'these',
  'those',
  'such',
  'all',
  'any',
  'only',
  'use',
  'used',
  'using',
  'add',
  'adds',
  'added',
  'new',
  'fix',
  'fixes',
  'fixed',
  'git',
  'command',
  'option',
  'options',
  'been',
  'being',
  'but',
  'out',
  'over',
  'via',
  'make',
  'made',
  'code',
  'feat',
  'chore',
  'perf',
]);

/** Content words of a text: lower case, 3+ characters, no common words. */
export function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/[`'"*_()[\]{}<>:,.;!?]/g, ' ')
      .split(/\s+/)
      .filter((w) => w.length >= 3 && !STOP.has(w) && !/^\d+$/.test(w) && !/^https?:/.test(w)),
  );
}

/**
 * The code names in a text, as written: a member (`Response.peekTrailers`, `ext2fs_link`), a name in camel case
 * (`TrailersSource`, `toCurl`) or snake case (`ZSTD_c_targetCBlockSize`), a command-line option (`--freeze-left`);
 * 6 characters at least. A plain word (`Response`, `cache`) is not one: many items say it.
 */
export function codeNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/(?<![\w.-])(?:--[a-z][\w-]*[a-z\d]|[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)/g)) {
    const name = m[0];
    const code = name.startsWith('--') || /\w\.\w/.test(name) || /[a-z\d]_[a-z\d]/i.test(name) || /[a-z\d][A-Z]/.test(name);
    if (code && name.length >= 6) names.add(name);
  }
  return names;
}

/** Text for comparing: lower case, letters and digits only, single spaces. */
export function normalized(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * True when an item's text and a unit's describe the same thing: one contains the other (at least
 * 20 characters), or their content words overlap (at least 4 words, 60 % of the smaller set).
 * `text`: the unit's text, already `normalized` (it is compared with every item).
 */
export function sameText(text: string, unitWords: ReadonlySet<string>, item: { readonly text: string; readonly words: ReadonlySet<string> }): boolean {
  if (text.length >= 20 && item.text.length >= 20 && (item.text.includes(text) || text.includes(item.text))) return true;
  if (unitWords.size < 4 || item.words.size < 4) return false;
  let common = 0;
  for (const w of unitWords) if (item.words.has(w)) common++;
  return common >= 4 && common >= 0.6 * Math.min(unitWords.size, item.words.size);
}

/** The most lines of a release's lead paragraph that cites nothing, kept as an item (`Item.paragraph`): a line or two of news, not an essay. */
const PARAGRAPH_MAX_LINES = 3;
/** A paragraph of news: a sentence or more, of four words at least (not a date, a link, nor a line that opens a list with a colon). */
const NEWS = /^\p{L}\S*(?:\s+\S+){3,}[.!]$/u;
/**
 * Text that ends by citing pull requests or issues in parentheses: `… in forms and AJAX requests. (:pr:\`2689\`)`,
 * `… (#123, #125).`, `([#12](https://…/pull/12))`.
 */
const CITED_AT_END = /\((?:[^()]|\([^()]*\))*(?:#\d+|:\w+:`\d+`|\/(?:pull|issues|merge_requests)\/\d+)(?:[^()]|\([^()]*\))*\)\.?\s*$/;

/**
 * A line's end that cites the pull requests or issues of what its paragraphs tell: mkdocs' "See [**documentation**](…). Context:
 * #3283, #1755", or an end in parentheses (`CITED_AT_END`).
 */
const TRAILING_CITATIONS = new RegExp(
  String.raw`\b(?:context|refs?|references|related|issues?|prs?|pull requests?)\s*:\s*#\d+(?:\s*(?:,|and)\s*#\d+)*\.?\s*$|` + CITED_AT_END.source,
  'i',
);

/** A line that only cites pull requests or issues: mkdocs' "Context: #3451, #3463" under a section's list. */
const SECTION_CITATIONS = /^(?:context|refs?|references|related|see|issues?|prs?|pull requests?)\s*:\s*#\d+(?:\s*(?:,|and)\s*#\d+)*\.?$/i;

/** A pull request or issue cited by number: `(#19624`, `[#19624](…)`, `/pull/19624`. */
const PULL_REQUEST_CITED = /(^|[\s([])#\d+\b|\/(pull|issues|merge_requests)\/\d+\b/;

/**
 * A version: `2.54.0`, `v1.2`, `3.0.0-rc.1`, four parts (cabal's `3.18.1.0`: not 3.18.1), and a pre-release written on (borg's `2.0.0b21`, `1.4rc1`) or after a dot, as
 * RubyGems writes them (devise's `5.0.0.rc`, Rails' `7.1.0.beta1`: not the release of `5.0.0`, whose date it would take); GNOME's pre-releases, `51.alpha`, `51.beta`, `51.rc`.
 */
const VERSION = /\b[vV]?(\d+\.\d+(?:\.\d+){0,2}(?:-[\w.]+|(?:a|b|rc|alpha|beta|dev)\d+|\.(?:rc|alpha|beta|pre)\d*)?|\d+\.(?:alpha|beta|rc)(?:\.\d+)?)\b/;

/**
 * A heading that is a project's name and a version, with its date or not: towncrier's `{name} {version} ({project_date})`,
 * ccache's `Ccache 4.13.6`, OCaml's `OCaml 5.2.0 (13 May 2024)`, and a release's name (tig's `tig-2.6.1`, mkdocs-material's
 * `mkdocs-material-9.7.6 (2026-03-19)`).
 */
const NAMED_VERSION =
  /^[\w.-]+(\s+|-)v?\d+\.\d+(\.\d+)?([-.+]?[a-z]+\.?\d*)?(\s+\(\d{4}-\d{2}-\d{2}\)|\s+\(\d{1,2} [A-Z][a-z]+ \d{4}\)|\s+-\s+\d{4}-\d{2}-\d{2})?$/i;

/**
 * A heading that names the release it starts: restic's `Changelog for restic 0.19.1 (2026-07-05)`, rsync's `NEWS for rsync 3.5.0 (13 Aug 2026)`,
 * tornado's `What's new in Tornado 6.5.0`, openvpn's `Overview of changes in 2.7`.
 */
const RELEASE_TITLE = /^\W*(\[)?v?\d|version|release|(changelog|news) for|what'?s new in|changes in/i;

/**
 * A line with no heading markup that starts a release, in notes written as plain text: the version first (eslint's
 * `v10.9.0 - August 21, 2026`, marshmallow's `3.23.0 (2024-10-17)`, yq's `4.53.6:`, musl's `1.2.5 release notes`), a release's name (`mkdocs-material-9.7.6 (2026-03-19)`),
 * a line that says it (htop's `What's new in version 3.5.3`, libuv's `2026.03.06, Version 1.52.1 (Stable), <sha>`) or tmux's
 * `CHANGES FROM 3.7c TO 3.8`, or its date first (libvips' `6/6/26 8.18.3`, and `date-tbd 8.19.0` for the coming one). At most
 * 100 characters and no sentence: a line of prose that mentions a version is none.
 */
const PLAIN_RELEASE_LINE =
  /^(v?\d+\.\d+(\.\d+)*([-.+]?[a-z]+\.?\d*)?(:|\s+(-|–|—)\s+\S.*|\s+\(.*\)|\s+release notes)?|[\w.]+(-[a-z][\w.]*)*-v?\d+\.\d+(\.\d+)*(\s+\(.*\))?|(\d{4}[.-]\d{2}[.-]\d{2},\s+)?version\s+v?\d+\.\d+(\.\d+)*\b.*|what'?s new in (version )?v?\d+\.\d+(\.\d+)*|changes from \S+ to v?(?<to>\d+\.\d+\S*)|(\d{1,2}\/\d{1,2}\/\d{2}(\d{2})?|date-tbd)\s+v?\d+\.\d+(\.\d+)*)$/i;

/** The version a line of PLAIN_RELEASE_LINE starts, if it is one (tmux's `CHANGES FROM 3.4 TO 3.5` → `3.5`). */
function plainReleaseVersion(line: string): string | undefined {
  if (line.length > 100 || /^\s/.test(line)) return undefined;
  const m = PLAIN_RELEASE_LINE.exec(line.trim());
  if (!m) return undefined;
  return m.groups?.['to'] ?? VERSION.exec(line.replace(/^\d{4}[.-]\d{2}[.-]\d{2},/, ''))?.[1];
}

/**
 * True when Markdown lines from index `from` to the next heading are paragraphs: the first that is not blank is prose (no
 * list item, heading, fence, table or HTML), and no list item follows it (a list makes the heading a section with an
 * introduction; an example's fenced lines are no list).
 */
function toldUnder(lines: readonly string[], from: number): boolean {
  let prose = false;
  // the fence of an example the paragraphs show, whose lines are no list (mkdocs' YAML `  - pymdownx.snippets:`)
  let fence: string | undefined;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    const mark = /^\s*(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence !== undefined) {
      if (mark?.[1]!.startsWith(fence) && mark[2]!.trim() === '') fence = undefined;
      continue;
    }
    if (/^\s*#{1,6}\s/.test(line)) break;
    if (line.trim() === '') continue;
    if (/^\s{0,4}([*+-]|\d+[.)])\s/.test(line)) return false;
    if (!prose && /^\s*(`{3}|~{3}|\||<|!\[)/.test(line)) return false;
    if (mark) fence = mark[1];
    prose = true;
  }
  return prose;
}

/** The first line of `lines` from index `from` on that is not blank ('' when none). */
function firstAfter(lines: readonly string[], from: number): string {
  return lines.slice(from).find((l) => l.trim() !== '') ?? '';
}

/** A date written in a release's heading: ISO (`## [3.13.1] - 2026-03-09`, `pytest 9.1.0 (2026-06-13)`, libuv's `2026.03.06, Version 1.52.1`) or in words (`NEWS for rsync 3.5.0 (13 Aug 2026)`, `v10.9.0 - August 21, 2026`, Jackson's `2.19.0-rc2 (07-Apr-2025)`). */
const HEADING_DATE =
  /\b(\d{4}[-.]\d{2}[-.]\d{2})\b|\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+|-)([A-Z][a-z]{2,8})\.?,?(?:\s+|-)(\d{4})\b|\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;

/**
 * A release's heading or version that says it is not out yet: a development version (`v1.21.0-dev`, `2.0.dev0`,
 * `4.0.0-SNAPSHOT`) or words (`3.2.0 (unreleased)`, `(upcoming)`, `(in development)`, `(not yet released)`, `TBD`).
 */
const UPCOMING = /[-.]dev\d*\b|-SNAPSHOT\b|\bunreleased\b|\bupcoming\b|\bin development\b|\bnot (yet )?released\b|\b(TBD|TBA)\b/i;

/**
 * A heading with no version that starts the notes of the coming release: Keep a Changelog's `## [Unreleased]`, `## Unreleased
 * changes`, `## Upcoming`, `## Next release`, OCaml's `Working version`, Nim's `# v2.x.x - yyyy-mm-dd`. Its items are listed for that release, not shipped (`ShippedEvidence.upcoming`).
 */
const UNVERSIONED_UPCOMING =
  /^\[?(unreleased|upcoming|next( release| version)?|working version|not yet released|in development|v?\d+(\.\d+)*(\.x)+)\]?( changes)?(\s*[-–—:(].*)?$/i;

/** The day (ms at UTC midnight) a release's heading or `:released:` field gives, if it gives one (`HEADING_DATE`). */
function releaseDate(text: string): number | undefined {
  const m = HEADING_DATE.exec(text);
  if (!m) return undefined;
  const day = m[1]
    ? parse(m[1].replace(/\./g, '-'), 'yyyy-MM-dd', 0)
    : m[2]
      ? parse(`${m[2]} ${m[3]!.slice(0, 3)} ${m[4]}`, 'd MMM yyyy', 0)
      : parse(`${m[6]} ${m[5]!.slice(0, 3)} ${m[7]}`, 'd MMM yyyy', 0);
  return isValid(day) ? Date.UTC(day.getFullYear(), day.getMonth(), day.getDate()) : undefined;
}

/**
 * How long (ms) after its heading's date a release may still take work: a week, for notes dated when the release was
 * written up rather than tagged. Work first authored later than that shipped in a later release (sh's "pattern: treat an
 * unmatched [ as a literal, like Bash" of August 2026 is no item of `## [3.5.1] - 2022-05-23`, whatever words they share).
 */
export const RELEASE_DATE_SLACK_MS = 7 * 24 * 3_600_000;

/**
 * A release tag of the repository: its name (`v2.54.0`, `tokio-1.53.0`, SQLAlchemy's `rel_2_1_0b3`) and when it was made (ms:
 * an annotated tag's tagger date, else its commit's committer date, git's `creatordate`).
 */
export interface ReleaseTag {
  readonly name: string;
  readonly date: number;
}

/**
 * When the oldest release a release-notes file tells was made (ms: its heading's date or its version's tag, the later, as
 * `indexReleaseNotes` dates it); undefined when it dates none.
 */
export function oldestRelease(file: ReleaseNotesFile, tags: readonly ReleaseTag[]): number | undefined {
  let oldest: number | undefined;
  for (const item of indexReleaseNotes([file], tags).items)
    if (item.released !== undefined && (oldest === undefined || item.released < oldest)) oldest = item.released;
  return oldest;
}

/** The newest of `tags` made before `date` (ms), or undefined. */
export function newestTagBefore(tags: readonly ReleaseTag[], date: number): ReleaseTag | undefined {
  let newest: ReleaseTag | undefined;
  for (const tag of tags) if (tag.date < date && (newest === undefined || tag.date > newest.date)) newest = tag;
  return newest;
}

/**
 * The version a tag or a release's heading names, as a key both share (undefined when it names none): `v2.54.0`,
 * `tokio-2.54.0` and `Git 2.54` → `2.54`; `rel_2_1_0b3` → `2.1.0b3`; `v8.1.0-beta.0` → `8.1.0-beta.0`.
 */
function versionKey(name: string): string | undefined {
  const m = /(\d+(?:[._]\d+)+)((?:[-.+]?[a-z]+[\w.-]*)?)$/i.exec(name);
  if (!m) return undefined;
  const parts = m[1]!.split(/[._]/);
  while (parts.length > 2 && parts.at(-1) === '0') parts.pop();
  return `${parts.join('.')}${m[2]!.toLowerCase()}`;
}

/**
 * When each version was tagged (ms), by `versionKey`: the latest of the tags that name it (a workspace's packages may
 * share a version number: `tokio-util-0.7.17` and an old `tokio-0.7.17` would be one key, and the later date is the one
 * that rejects no work of the later release).
 */
function tagDates(tags: readonly ReleaseTag[]): Map<string, number> {
  const dates = new Map<string, number>();
  for (const tag of tags) {
    const key = versionKey(tag.name);
    if (key && Number.isFinite(tag.date)) dates.set(key, Math.max(tag.date, dates.get(key) ?? -Infinity));
  }
  return dates;
}

/** The version a release-notes file's name gives (`RelNotes/2.54.0.adoc` → `v2.54.0`, tornado's `releases/v6.5.0.rst`, meson's `Release-notes-for-1.11.0.md`, NumPy's `2.5.0-notes.rst`, Typst's `docs/content/changelog/0.15.0.typ` too), if any. */
function versionOfFile(path: string): string | undefined {
  const m = /^(?:release[-_ ]?notes[-_ ]for[-_ ])?v?(\d+\.\d+(?:\.\d+)*)(?:-notes)?\.(?:adoc|txt|md|markdown|rst|typ)$/i.exec(path.split('/').at(-1) ?? '');
  return m ? `v${m[1]}` : undefined;
}

/**
 * True when `version` is a release of the series a version-named file holds (`file`, `versionOfFile`), not that version itself (Pillow's
 * `12.3.0.rst` titled `12.3.0`): gleam's
 * `changelog/v1.18.md` tells `## v1.18.0-rc1 - 2026-07-21`, `## v1.18.0-rc2` and `## v1.18.0 - 2026-07-29`, each
 * released on its own date; git's `RelNotes/2.45.0.adoc` names no other.
 */
function refines(file: string, version: string): boolean {
  const series = file.replace(/^v/, '');
  return version.startsWith(`${series}.`) || version.startsWith(`${series}-`);
}

/**
 * The commit SHAs (7 to 40 hex digits, letters and digits both) an item cites as its own change, not those it names as the
 * cause of what it fixes: in a sentence that says a commit introduced, caused or broke something (Rails' "the fast-path
 * manual slicing introduced in commit `2d485aecf5` and made the default in commit `33fbedb1b1` treated …": another
 * person's fix of that work, not its listing).
 */
function citedShas(text: string): string[] {
  const cited = [...text.matchAll(/\b([0-9a-f]{7,40})\b/g)].filter((m) => /[a-f]/.test(m[1]!) && /\d/.test(m[1]!));
  // (and wherever else it names that commit: "matching the pre-`2d485aecf5` behaviour")
  const causes = new Set(
    cited
      .filter((m) =>
        CAUSED_BY.test(
          text
            .slice(0, m.index)
            .split(/[.!?]\s/)
            .at(-1)!,
        ),
      )
      .map((m) => m[1]!),
  );
  return cited.map((m) => m[1]!).filter((s) => !causes.has(s));
}

/** Words that tell a commit cited after them in the sentence as the cause of a bug (see `citedShas`). */
const CAUSED_BY = /\b(introduced|caused|broke|broken|regress(ed|ion)?)\b/i;

/**
 * Splits release notes into items: bullet points (`*`, `-`, `+`; the Maven Changes plugin's `o`) with their indented continuation lines (paragraphs after a blank line too),
 * reStructuredText definition lists, lines named by an area (`cli: …`), GNU outline NEWS's paragraphs, and in a file of one
 * release, reStructuredText titles under its sections' titles with their paragraphs (Pillow's), under the
 * nearest version heading (or the file's version) and section heading. Items of a release with no version yet are dropped, but for
 * those under a heading that names the coming release by words (`UNVERSIONED_UPCOMING`: `## [Unreleased]`) and those a
 * Markdown file opens with under no heading (Rails'), listed for it as `Unreleased`.
 * A release is dated by its heading and by the repository's tag of its version (`tags`), the later of the two: notes
 * with no dates (podman's RELEASE_NOTES.md) or a mistyped one (rand's 0.10.1, "2026-02-11", tagged 2026-04-11).
 */
export function indexReleaseNotes(files: readonly ReleaseNotesFile[], tags: readonly ReleaseTag[] = []): ReleaseNotesIndex {
  const items: Item[] = [];
  const tagged = tagDates(tags);
  for (const file of files) {
    const fileVersion = versionOfFile(file.path);
    let version = fileVersion;
    // its date, when the heading that started it gives one
    let released: number | undefined;
    // whether its heading says it is not out yet (`UPCOMING`)
    let upcoming = false;
    let section = '';
    // whether `section` is a heading's: a line ending in a colon under it is prose ("Full list of changes:"), not a section
    let headed = false;
    // the Markdown headings of sections the current line is in, by level (`###`: 3), the innermost last
    let enclosing: { level: number; name: string }[] = [];
    // the item's lines; `lead`: how many of them make its first paragraph, once a blank line ends it
    let current: string[] | undefined;
    let lead: number | undefined;
    // the tickets a `.. change::` directive names (`:tickets: 1842, 508`), as `#1842`: its numbers, not its words
    let tickets: string[] = [];
    // ends the item: kept when it is in a release (an item of notes for a release not out yet is dropped, not carried on
    // into the release below it)
    const flush = (): void => {
      if (current && version) keep(current, version);
      current = undefined;
      lead = undefined;
      tickets = [];
    };
    // adds an item of `release` (in `itemSection`, the current section unless the item names its own, as tealdeer's do
    // with a kind in brackets: `- [chore] Cache rewrite ([#416])`, `- [added] Add …`)
    const keep = (lines: readonly string[], release: string, itemSection = KIND_TAG.exec(lines[0] ?? '')?.[1] ?? section, paragraph = false): void => {
      const text = [...lines, ...tickets].join(' ');
      // what it says is its first paragraph (fish's items go on with examples and caveats); its numbers may come after
      // (without its credits: the Maven Changes plugin's `Add ByteConsumer. Thanks to Gary Gregory.`)
      const summary = lines
        .slice(0, lead)
        .join(' ')
        .replace(/([.!)])\s+Thanks to [^.]{1,200}\.?\s*$/i, '$1');
      const tag = tagged.get(versionKey(release) ?? '');
      items.push({
        version: release,
        released: tag === undefined ? released : Math.max(tag, released ?? -Infinity),
        upcoming: upcoming && tag === undefined,
        file: file.path,
        ...(file.ref ? { ref: file.ref } : {}),
        section: itemSection,
        pullRequests: citedNumbers(text),
        shas: citedShas(text),
        words: contentWords(summary),
        text: normalized(summary),
        names: codeNames(summary),
        perfEmoji: /^\W*⚡/u.test(summary),
        ...(paragraph ? { paragraph: true as const } : {}),
      });
    };
    const lines = file.text.split('\n');
    // (a Markdown file's YAML front matter is no release's text: meson's `title: Release 1.11.0`)
    const frontMatter = /\.(md|markdown)$/i.test(file.path) && lines[0] === '---' ? lines.findIndex((l, i) => i > 0 && (l === '---' || l === '...')) : -1;
    // GNU's NEWS (coreutils, grep, tar): Emacs outline mode, `* Noteworthy changes in release 9.6 (2025-01-17) [stable]`,
    // `** Bug fixes`, and each item a paragraph of its own
    // (and Org mode's: magit's docs/CHANGELOG.4, `# -*- mode: org -*-`, `* v4.7.0    2026-08-01`, each item a `- ` bullet)
    const outline = /-\*-\s*(mode:\s*)?(outline|org)\s*-\*-/.test(lines[0] ?? '') || file.path.endsWith('.org');
    // inside a fenced code block of Markdown (an example's `- a` is no item), and the fence that opened it; in
    // reStructuredText a line of `~` is a title's underline
    const markdown = /\.(md|markdown)$/i.test(file.path);
    let fence: string | undefined;
    let fenceIndent = 0;
    // reStructuredText's title adornments in the order they first appear (the first is the highest level), and whether the
    // current item is a title of the third level with its paragraph (Pillow's per-version notes: the release, its
    // sections, then each change a title of its own: `:cve:\`2026-59200\`: Prevent decompression bomb when parsing PDF`)
    const adornments: string[] = [];
    let titled = false;
    // whether the lines read since a release's plain version line (`12.1.1 - 3 Dec 2025`) are its items, one a line,
    // until a blank line (FluentValidation's Changelog.txt: `Add Tamil language (#2334)`, no bullets)
    let plainRun = false;
    // a Markdown file that opens with its items, under no heading, lists the coming release's: Rails' CHANGELOG.md on
    // main starts over with `*   Add …` once a release is branched (whose notes get their heading on the stable branch);
    // not a table of contents (`- [1.2.0](#120)`) over the releases' headings
    const opening = firstAfter(lines, frontMatter + 1);
    if (markdown && !fileVersion && /^\s{0,4}[*+-]\s+\S/.test(opening) && !/\]\(#/.test(opening) && !/^#{1,6}\s.*\d+\.\d+/m.test(file.text)) {
      version = 'Unreleased';
      upcoming = true;
    }
    for (let i = frontMatter + 1; i < lines.length; i++) {
      const line = lines[i]!;
      const next = lines[i + 1] ?? '';
      const mark = markdown ? /^(\s*)(`{3,}|~{3,})(.*)$/.exec(line) : null;
      // (a fence opened inside a list item ends with the item, closed or not: a line indented less than the fence, as
      // CommonMark reads it; ocamlformat's CHANGES.md leaves one open before its next item; a closing fence has no info string)
      if (fence !== undefined && line.trim() !== '' && /^\s*/.exec(line)![0].length < fenceIndent) fence = undefined;
      else if (fence !== undefined || mark) {
        if (fence === undefined) [fence, fenceIndent] = [mark![2], mark![1]!.length];
        else if (mark?.[2]!.startsWith(fence) && mark[3]!.trim() === '') fence = undefined;
        continue;
      }
      if (outline) {
        const star = /^(\*+)\s+(.*)$/.exec(line);
        if (star) {
          flush();
          const heading = star[2]!.trim();
          if (star[1] === '*' && !fileVersion) {
            // a release not out yet (`release ?.? (????-??-??)`) has no version: its items wait for one
            if (RELEASE_TITLE.test(heading)) {
              version = VERSION.exec(heading)?.[1];
              released = releaseDate(heading);
              upcoming = UPCOMING.test(heading);
            }
            section = '';
          } else section = heading.replace(/^[\W_]+|[\W_]+$/g, '');
        } else if (line.trim() === '') flush();
        else if (/^[-+]\s+\S/.test(line)) {
          flush();
          current = [line.slice(1).trim()];
        } else if (/^\s/.test(line)) (current ??= []).push(line.trim());
        continue;
      }
      // the Sphinx `changelog` extension's directives (SQLAlchemy, Alembic, Mako): `.. changelog::` with its `:version:`,
      // and in it each `.. change::` with its `:tags:` (the section: `bug, autogenerate`), `:tickets:` and paragraphs
      const directive = /^\s*\.\. (changelog|change)::\s*$/.exec(line);
      if (directive) {
        flush();
        section = '';
        if (directive[1] === 'change') current = [];
        continue;
      }
      const field = /^\s*:(\w+):\s*(.*)$/.exec(line);
      // (not a title that starts with a role: `:cve:\`2026-59200\`: Prevent …` over its underline)
      if (field && (!current || current.length === 0) && !/^\s*([-=~^*#])\1{2,}\s*$/.test(next)) {
        if (field[1] === 'version' && !fileVersion) {
          version = field[2]!.trim();
          released = undefined;
          upcoming = UPCOMING.test(version);
        } else if (field[1] === 'released' && !fileVersion) released = releaseDate(field[2]!);
        else if (field[1] === 'tags' && current) section = field[2]!.trim();
        else if (field[1] === 'tickets' && current)
          tickets = field[2]!
            .split(/[\s,]+/)
            .filter((t) => /^\d+$/.test(t))
            .map((t) => `#${t}`);
        continue;
      }
      // Markdown's `## 1.2.0` and AsciiDoc's `== Ccache 4.13.6`; reStructuredText's underlined (and overlined) titles
      const markdownHeading = /^(#{1,6}|={1,6})\s+(.*)$/.exec(line);
      // (and `_`: OCaml's Changes underlines `OCaml 5.3.0` with it)
      const underlined = line.trim() !== '' && /^\s*(-{3,}|={3,}|~{3,}|\^{3,}|\*{3,}|#{3,}|_{3,})\s*$/.test(next) && !/^\s*[-*+]\s/.test(line);
      if (markdownHeading || underlined) {
        flush();
        titled = false;
        const heading = (markdownHeading ? markdownHeading[2]! : line).replace(/<[^>]+>/g, '').trim();
        // (what names a release is no link's target: structlog's `## [Unreleased](…/compare/26.1.0...HEAD)` is not 26.1.0)
        const title = heading.replace(/\]\([^)]*\)/g, ']');
        const v = VERSION.exec(title);
        // (an overlined title's style is not the underlined one's: NumPy's `NumPy 2.5.0 Release Notes` between two lines of
        // `=`, then its sections underlined with `=`, then each change's title with `-`)
        const overlined = underlined && i > 0 && lines[i - 1]!.trim() === next.trim();
        const adornment = underlined && file.path.endsWith('.rst') ? `${next.trim()[0]!}${overlined ? '\u0305' : ''}` : undefined;
        if (adornment && !adornments.includes(adornment)) adornments.push(adornment);
        // a version heading starts a release (towncrier's default title, `pytest 9.1.0 (2026-06-13)`, names the
        // project first); any other heading is a section of it
        if (v && (!fileVersion || refines(fileVersion, v[1]!)) && (RELEASE_TITLE.test(title) || NAMED_VERSION.test(title))) {
          version = v[1];
          // (or the line under it, a date alone: okhttp's `## Version 5.1.0` over `_2025-07-07_`)
          const under = firstAfter(lines, underlined ? i + 2 : i + 1).trim();
          released = releaseDate(title) ?? (/^[_*]*\w[\w ,.-]{7,19}[_*]*$/.test(under) ? releaseDate(under.replace(/^[_*]+|[_*]+$/g, '')) : undefined);
          upcoming = UPCOMING.test(title);
          section = '';
          enclosing = [];
          headed = false;
        } else if (!v && !fileVersion && UNVERSIONED_UPCOMING.test(title)) {
          // the coming release's notes, named by no version yet: its heading's words stand for one (`Unreleased`)
          version = title.replace(/\s*[-–—:(].*$/, '').replace(/[[\]]/g, '');
          released = undefined;
          upcoming = true;
          section = '';
          enclosing = [];
          headed = false;
        } else if (markdownHeading && PULL_REQUEST_CITED.test(heading)) {
          // a heading that cites its pull request is an item (prettier's `#### TypeScript: Support \`import defer\` (#19624 by @fisker)`)
          if (version) keep([heading], version);
        } else if (adornment && fileVersion && headed && adornments.indexOf(adornment) >= 2 && !/^\s{0,4}[*+-]\s/.test(firstAfter(lines, i + 2))) {
          // in a file of one release, a title under a section's title that a paragraph follows is an item, told by that
          // paragraph (one that a list follows is a section: tornado's `tornado.httputil` under `May 15, 2025`)
          current = [heading];
          titled = true;
        } else if (markdownHeading && version && (fileVersion ? enclosing.length > 0 : markdownHeading[1]!.length >= 3) && toldUnder(lines, i + 1)) {
          // in a release, a heading that paragraphs tell, with no list under it, is an item (broot's `#### Major Feature:
          // merge staged files to issue a single command` over its paragraph, which names its issue), in the section of a
          // heading above it, if any: its own words name no section (mkdocs' "### Markdown extensions can use paths relative to
          // the current document" is no documentation, under "## Version 1.5.0"); in a file of one release, any heading under a
          // section's (meson's `## Cargo workspace object` under `# New features`)
          const level = markdownHeading[1]!.length;
          enclosing = enclosing.filter((h) => h.level < level);
          section = nestedSection(enclosing);
          headed = true;
          current = [heading];
          titled = true;
        } else {
          section = heading.replace(/^[\W_]+|[\W_]+$/g, '');
          if (markdownHeading) {
            enclosing = [...enclosing.filter((h) => h.level < markdownHeading[1]!.length), { level: markdownHeading[1]!.length, name: section }];
            section = nestedSection(enclosing);
          }
          headed = true;
        }
        if (underlined) i++;
        continue;
      }
      // a release's marker in a literal block (mpv's `DOCS/interface-changes.rst`: ` --- mpv 0.41.0 --- `, its items below it)
      const marker = fileVersion ? undefined : /^\s*-{3}\s+(?:[\w.-]+\s+)?v?(\d+\.\d+(?:\.\d+)*)\s+-{3}\s*$/.exec(line);
      if (marker) {
        flush();
        version = marker[1];
        released = undefined;
        upcoming = false;
        section = '';
        headed = false;
        continue;
      }
      if (line.trim() === '') plainRun = false;
      // (`o` too: the Maven Changes plugin's RELEASE-NOTES.txt, Apache Commons' `o LANG-1789: NullPointerException when …`)
      const bullet = /^\s{0,4}(?:[*+-]|o(?=\s))\s+(.*)$/.exec(line);
      if (titled && current) {
        // a titled item's first paragraph (its later ones are examples and detail)
        if (line.trim() !== '' && lead === undefined) current.push(line.trim());
        else if (line.trim() === '' && current.length > 1) lead ??= current.length;
        // (and what a later paragraph cites at its end: mkdocs' `### New command \`mkdocs get-deps\`` is told by paragraphs
        // and an example, then "Context: #3205")
        else if (lead !== undefined && TRAILING_CITATIONS.test(line)) tickets.push(...citedNumbers(TRAILING_CITATIONS.exec(line)![0]).map((n) => `#${n}`));
      } else if (bullet) {
        flush();
        current = [bullet[1]!];
      } else if (current && line.trim() !== '' && /^\s/.test(line)) {
        // an indented line continues the item, after a blank line too (attrs: a paragraph, then the item's `[#1454](…)`)
        current.push(line.trim());
      } else if (line.trim() !== '') {
        flush();
        const plain = fileVersion ? undefined : plainReleaseVersion(line);
        if (plain) {
          version = plain;
          released = releaseDate(line);
          upcoming = UPCOMING.test(line);
          section = '';
          headed = false;
          plainRun = !markdown && !file.path.endsWith('.rst');
        } else if (version && headed && section !== '' && SECTION_CITATIONS.test(line.trim())) {
          // a line that cites alone, after a section's list: what the whole section tells (mkdocs' "Enabling true generated
          // files and expanding the `File` API", its list of the API's changes, then "Context: #3451, #3463")
          tickets = citedNumbers(line).map((n) => `#${n}`);
          keep([section.split(' › ').at(-1)!], version, section);
          tickets = [];
        } else if (version && /^#\d+:?\s+\S/.test(line)) {
          // an item a line of its own, named by its issue, in notes without bullets (Jackson's `release-notes/VERSION-2.x`:
          // `#1467: Support \`@JsonUnwrapped\` with \`@JsonCreator\``, then its credits indented under it)
          current = [line.trim()];
        } else if (!headed && /^(\*{1,3}|_{1,3})[A-Z][\w ,&/'-]{2,40}:?\1$/.test(line.trim())) {
          // a section named by an emphasized line under the release's heading (hatch's `***Added:***`)
          section = line.trim().replace(/^[*_]+|:?[*_]+$/g, '');
        } else if (!headed && /^[A-Z][\w ,&/'-]{2,40}:$/.test(line)) {
          // a section named by a line of its own, in notes without headings (marshmallow's `Features:`, tig's `Bug fixes:`)
          section = line.slice(0, -1);
        } else if (!headed && /^\[[\w./ -]{1,20}\]\s+\S/.test(line)) {
          // an item a line of its own, its area in brackets, in notes without headings (raylib's `[rcore] ADDED: \`FileRename()\`,
          // by @raysan5`): the area is its section
          flush();
          const close = line.indexOf(']');
          if (version) keep([line.slice(close + 1).trim()], version, line.slice(1, close).trim());
        } else if (!headed && /^[a-z][\w/-]{1,15}\s*:\s+\S/.test(line)) {
          // an item a line of its own, named by its area, in notes without headings (zstd's `cli: fix mixing -c and -o`,
          // lz4's `lib  : new level 2`): the area is its section (`build`, `tests` and `doc` are no user's)
          flush();
          const colon = line.indexOf(':');
          if (version) keep([line.slice(colon + 1).trim()], version, line.slice(0, colon).trim());
        } else if (version && plainRun && /^\S/.test(line)) {
          // a line of its own under the release's plain version line, in a plain text file without bullets: an item
          current = [line.trim()];
        } else if (file.path.endsWith('.rst') && /^\s+\S/.test(next) && /^\w/.test(line) && !line.trimEnd().endsWith('::')) {
          // a reStructuredText definition list: the term, then its description indented (openvpn's Changes.rst,
          // `Multi-socket support for servers`); not a paragraph that opens a literal block (`::`)
          current = [line.trim()];
        } else if (version && (lines[i - 1] ?? '').trim() === '') {
          // a paragraph of a release that ends by citing its pull request or issue is an item (datasette's changelog.rst
          // tells its big changes so, each under a title of its own: "Datasette's token-based CSRF protection has been
          // replaced with … (:pr:\`2689\`)")
          let end = i;
          while (end + 1 < lines.length && /^\S/.test(lines[end + 1]!) && !/^\s{0,4}[*+-]\s/.test(lines[end + 1]!)) end++;
          const paragraph = lines.slice(i, end + 1).map((l) => l.trim());
          if (CITED_AT_END.test(paragraph.join(' '))) {
            current = paragraph;
            i = end;
          } else if (section === '' && !items.some((it) => it.file === file.path && it.version === version) && NEWS.test(paragraph.join(' '))) {
            // (the release's lead that cites nothing, a sentence or two, found only by the unit that wrote it; not one
            // about the release itself: commander's "The release of Commander 15 moves Commander 14 into maintenance")
            if (paragraph.length <= PARAGRAPH_MAX_LINES && !/\breleas/i.test(paragraph.join(' '))) keep(paragraph, version, section, true);
            i = end;
          }
        }
      } else if (current && current.length > 0) {
        lead ??= current.length;
      }
    }
    flush();
  }
  const read = restOfHighlights(items);
  // a code name that one item alone mentions
  const counts = new Map<string, number>();
  const listed = read.filter((item) => !item.paragraph);
  for (const item of listed) for (const name of item.names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const named = new Map<string, Item>();
  for (const item of listed) for (const name of item.names) if (counts.get(name) === 1) named.set(name, item);
  return { items: read, named };
}

/** A section that gathers the rest of its parent's (the "#### Other" of sentry-python's generated notes under "### New Features"). */
const CATCH_ALL = /^(others?|misc\w*|various|general)( changes)?$/i;

/**
 * The section of the headings a line is under since its release's heading (outermost first), each named as its parent's part:
 * generated notes group each kind by area, sentry-python's "### Internal Changes 🔧" over "#### Mcp" (refactors), "### New
 * Features ✨" over "#### Streaming" and "#### Other": `Internal Changes › Mcp`, `New Features`. A heading's catch-all under
 * a parent is the parent's rest, not a section of its own.
 */
function nestedSection(enclosing: readonly { readonly name: string }[]): string {
  return enclosing
    .map((h) => h.name)
    .filter((name, i) => i === 0 || !CATCH_ALL.test(name))
    .join(' › ');
}

/** A release's section of its highlights (babashka's `Highlights:`, "Release highlights", "Notable changes", cabal's "Significant changes"). */
const HIGHLIGHTS = /^(release )?highlights?$|^(most )?(notable|significant) changes$/i;
/** A release's section of what it leaves unsolved, no change of it (cabal's "Unresolved issues and Notice", "Known issues"). */
const KNOWN_ISSUES = /^(unresolved|known) (issues|problems)\b/i;

/**
 * The items, those of a release that has only its highlights and "Other changes" beside them read as any other
 * section's: there "Other" is the rest of the release, not the catch-all beside its features and fixes
 * (`NOT_USER_FACING`). Babashka 1.13.219: `Highlights:` (two items), then `Other changes:` with all 30 others, its
 * fixes and features among them; cabal 3.18.1.0: "Unresolved issues and Notice", "Significant changes" (7), "Other changes" (40).
 */
function restOfHighlights(items: readonly Item[]): Item[] {
  const sections = new Map<string, Set<string>>();
  for (const item of items) {
    const key = `${item.file}\0${item.version}`;
    let set = sections.get(key);
    if (!set) sections.set(key, (set = new Set()));
    if (item.section) set.add(item.section);
  }
  return items.map((item) => {
    const set = sections.get(`${item.file}\0${item.version}`)!;
    const rest =
      /^other\b/i.test(item.section) &&
      [...set].some((s) => HIGHLIGHTS.test(s)) &&
      [...set].every((s) => HIGHLIGHTS.test(s) || KNOWN_ISSUES.test(s) || /^other\b/i.test(s));
    return rest ? { ...item, section: '' } : item;
  });
}

/**
 * An item's kind in brackets before its text, the section it names (Keep a Changelog's kinds, and those of chores, docs and
 * tests): tealdeer's `[chore] Introduce Language struct ([#425])`, `[added] Add \`common\` platform to CLI ([#401])`. Not a
 * version's or an area's tag (`[3.9.x]`, `[Flow]`).
 */
const KIND_TAG =
  /^\[(added|changed|deprecated|removed|fixed|security|features?|fix(?:es)?|bug ?fix(?:es)?|perf(?:ormance)?|chores?|docs?|documentation|tests?|ci|build|refactor(?:ing)?|internal|maintenance|misc)\]\s/i;

/**
 * Words of an item that drops a runtime its users may be on: yarl's "Dropped Python 3.9 support; Python 3.10 is the minimal
 * supported Python version", filed under "Packaging updates and notes for downstreams".
 */
const DROPS_RUNTIME =
  /\b(drop(s|ped)?|remov(e|es|ed)) (support for )?(python|pypy|node(\.?js)?|ruby|go|java|jdk|php|rust|msrv) ?v?\d|\b(minimal|minimum) supported\b/i;

/**
 * A test framework's repository by its name (testthat, pytest, jest, mocha, vitest, phpunit, Catch2, RSpec…): there tests
 * are what users get, and its notes' sections of them (testthat's "Expectations and tests", "Snapshot tests") the product's.
 */
export const TEST_FRAMEWORK_REPO =
  /(^|\/)(testthat|pytest[\w-]*|jest|mocha|vitest|jasmine|junit\d*|phpunit|catch2|rspec[\w-]*|minitest|node-tap|nextest|doctest|googletest|hypothesis|kotest|scalatest|spock)$/i;

/** An item's section, as far as it says whom the change is for: in a test framework's notes (`testFramework`), without its words of tests. */
function sectionOf(item: Item, testFramework: boolean): string {
  return testFramework ? item.section.replace(/\btest\w*/gi, ' ').trim() : item.section;
}

/**
 * True for an item about what users get: in any section but those of NOT_USER_FACING, or performance work or a runtime
 * dropped in one of those; never the line changesets writes in a package's notes for the commits of the packages it
 * depends on (SvelteKit's adapters: "Updated dependencies [`6942ddb`, `68137d4`, …]"): they shipped in those packages.
 */
function userFacing(item: Item, text: string, testFramework = false): boolean {
  if (item.text.startsWith('updated dependencies')) return false;
  const section = sectionOf(item, testFramework);
  if (NOT_USER_FACING.test(section)) {
    // performance work is what users get wherever it is filed: git.git's "Performance, Internal Implementation, …",
    // yarl's "Miscellaneous internal changes" ("Improved performance of the C unquoter"); not in docs or tests
    return (
      ((/performance/i.test(section) || !/\b(docs?|documentation|tests?|testing|ci)\b/i.test(section)) &&
        (item.perfEmoji || /\b(faster|speed|performance|optimi[sz]\w*|latency|throughput|memory (usage|use|footprint))\b/i.test(text))) ||
      DROPS_RUNTIME.test(text)
    );
  }
  return true;
}

/** What a unit offers to be matched with: PR number, commit SHAs, and the text that describes it. */
export interface Matchable {
  readonly pullRequest: number | undefined;
  /** Issues its commits say they close (`Fixes #12`). */
  readonly issues?: readonly number[];
  readonly shas: readonly string[];
  /** The lines each of its commits adds to the release-notes files (`writtenItems`). */
  readonly written?: readonly (readonly string[])[];
  /** The text of each release-notes fragment and changeset its commits create (`writtenItems`): the release gathers it into its notes. */
  readonly entries?: readonly string[];
  /** Whether its repository is a test framework's (`TEST_FRAMEWORK_REPO`): sections of tests are then the product's. */
  readonly testFramework?: boolean;
  /**
   * The lines each of its commits that change nothing but the notes adds to them (`lines`), where its others change more code
   * than prose: such a commit wrote the unit's items when it opens no more than the unit has commits of code (`items`; MAX_CITED at
   * most). Gleam's contributors write a "CHANGELOG" commit after each series; lru-cache's "changelog 10.3" tells the two
   * features of its series. One that opens more catches up on others' work, and one beside docs (lru-cache's "docs for
   * onInsert", then "changelog 11.1") tells of another's code.
   */
  readonly noted?: { readonly lines: readonly (readonly string[])[]; readonly items: number };
  /** The merge's description of a topic, else the unit's title. */
  readonly text: string;
  /** Its commits' subjects (`subjectIn`): a pull request's title may be its branch's name, its commits' say what the notes do. */
  readonly subjects?: readonly string[];
  /** Its commits' messages below their subjects, joined (`bodyMatches`): notes written as prose say what they say. */
  readonly body?: string;
  /** The author date of its oldest commit (ms): no release dated before it (`RELEASE_DATE_SLACK_MS`) shipped it. */
  readonly authored?: number;
}

/** True when `item`'s release may hold work first authored at `authored` (ms): its heading gives no date, or one not long before. */
function couldShip(item: Item, authored: number | undefined): boolean {
  return item.released === undefined || authored === undefined || authored <= item.released + 24 * 3_600_000 + RELEASE_DATE_SLACK_MS;
}

/**
 * True when an item written as prose is told by a unit's commit messages: at least BODY_MIN_WORDS of the item's content
 * words, and BODY_SHARE of them, are in the messages.
 */
function bodyMatches(bodyWords: ReadonlySet<string>, item: { readonly words: ReadonlySet<string> }): boolean {
  if (item.words.size < BODY_MIN_WORDS) return false;
  let common = 0;
  for (const w of item.words) if (bodyWords.has(w)) common++;
  return common >= BODY_MIN_WORDS && common >= BODY_SHARE * item.words.size;
}
/**
 * Chosen on the tuning label sets, counting the units each rule finds in the notes against what the labels say: 5 words and 70 % find
 * 12 more units the notes list (alacritty's, fish's, tornado's prose) for 2 the labels call unlisted (of 2689 listed units, 1514
 * found before; of 4144 unlisted, 251); 6 words and 80 % found fewer.
 */
const BODY_MIN_WORDS = 5;
const BODY_SHARE = 0.7;

/**
 * The release that shipped a unit: the first user-facing item (in file order, newest release first
 * in most files) that names its pull request, an issue it closes or one of its commits, that the unit wrote
 * (`writtenItems`), or whose text is its description's (`sameText`); else the one item its commit messages tell (`bodyMatches`); in either case an item of a
 * release whose heading is dated well before the unit's first commit (`RELEASE_DATE_SLACK_MS`) is none. Undefined when
 * none does.
 */
export function shippedIn(unit: Matchable, index: ReleaseNotesIndex): ShippedEvidence | undefined {
  return matchShipped(unit, index)?.evidence;
}

/** What `matchShipped` found. */
export interface ShippedMatch {
  readonly evidence: ShippedEvidence;
  /**
   * The item, when it cites the unit by number or commit (not by its words) and not too many others (`MAX_CITED_CLOSE`): the
   * same object for each unit one item cites, with its content words (`contentWords`); the units it cites (zstd's "decoder corner
   * cases (#3669, #3676, #3677, #3937)"), which are one piece of work (work.ts: whenever they landed when it cites `MAX_CITED`
   * at most, `citesFew`; else when they landed weeks apart at most).
   */
  readonly citedBy: CitingItem | undefined;
}

/** An item that cites units by number or commit (`ShippedMatch.citedBy`): its content words, and how many it cites. */
export interface CitingItem {
  readonly words: ReadonlySet<string>;
  readonly pullRequests: readonly number[];
  readonly shas: readonly string[];
}

/**
 * The most pull requests, issues and commits an item cites whose units work.ts still makes one when they landed weeks apart
 * at most (`CITED_SPAN_MS`): ocamlformat's "Support OCaml 5.5 syntax (#2772, #2774, #2775, #2777, #2780, #2781, #2782, #2783)",
 * eight pull requests of one month.
 */
const MAX_CITED_CLOSE = 12;

/**
 * The most pull requests, issues and commits an item cites and still tells one piece of work (zstd's "decoder corner
 * cases" cites four): one citing more sums up many (scrapy's 24 pull requests of "Test and CI improvements"). On the
 * tuning sets, 8 merges helix's items that list a topic's commits too, and costs a recall item.
 */
const MAX_CITED = 4;

/** How many pull requests, issues and commits an item cites. */
function citedCount(item: Pick<CitingItem, 'pullRequests' | 'shas'>): number {
  return item.pullRequests.length + item.shas.length;
}

/** True when an item cites few enough (`MAX_CITED`) to tell one piece of work whenever its units landed. */
export function citesFew(item: Pick<CitingItem, 'pullRequests' | 'shas'>): boolean {
  return citedCount(item) <= MAX_CITED;
}

/** `shippedIn`, with the item that cites the unit (`ShippedMatch`). */
export function matchShipped(unit: Matchable, index: ReleaseNotesIndex): ShippedMatch | undefined {
  const words = contentWords(unit.text);
  const text = normalized(unit.text);
  const bodyWords = unit.body ? new Set([...words, ...contentWords(unit.body)]) : undefined;
  const written = writtenItems(unit, index);
  const allSubjects = new Set((unit.subjects ?? []).map((subject) => normalized(subject)));
  const subjects = [...allSubjects].filter((subject) => subject.length >= SUBJECT_MIN_CHARS && subject !== text);
  // (an item that says all a subject says, and names code, however short: Apache Commons' `Add ByteConsumer.` for "Add ByteConsumer")
  const said = (item: Item): boolean => item.names.size > 0 && (item.text === text || allSubjects.has(item.text));
  const citing = index.items.filter((item) => cites(item, unit));
  for (const item of index.items) {
    if (item.paragraph && !written.has(item)) continue;
    const cited = cites(item, unit);
    const byText =
      !cited &&
      (written.has(item) || said(item) || sameText(text, words, item) || subjects.some((subject) => subjectIn(subject, item)) || retold(item, citing));
    if ((cited || byText) && couldShip(item, unit.authored) && userFacing(item, [...item.words].join(' '), unit.testFramework))
      return { evidence: evidenceOf(item), citedBy: byText || citedCount(item) > MAX_CITED_CLOSE ? undefined : item };
  }
  // told by its messages only when they tell one item: messages that tell several quote the notes (a release's)
  const told = bodyWords ? index.items.filter((item) => !item.paragraph && couldShip(item, unit.authored) && bodyMatches(bodyWords, item)) : [];
  return told.length === 1 && userFacing(told[0]!, [...told[0]!.words].join(' '), unit.testFramework)
    ? { evidence: evidenceOf(told[0]!), citedBy: undefined }
    : undefined;
}

/**
 * True when an item that cites nothing tells again what an item of the same release that cites the unit tells (`citing`): the
 * citing item's text opens with it. Release-please and conventional-changelog list a breaking change twice, its subject alone
 * under "⚠ BREAKING CHANGES" and with its commit under its type: conform.nvim 8.0.0's "Require Neovim 0.10+", and "Require
 * Neovim 0.10+ ([d31323d](…))" under "Code Refactoring", which is not what users get.
 */
function retold(item: Item, citing: readonly Item[]): boolean {
  return citedCount(item) === 0 && citing.some((other) => other.file === item.file && other.version === item.version && other.text.startsWith(`${item.text} `));
}

/** The shortest commit subject (`normalized`, characters) an item's text can hold and name the commit by (`subjectIn`). */
const SUBJECT_MIN_CHARS = 30;

/**
 * True when an item's text holds a commit's subject (`normalized`): pgx's "Fix: Handle for preparing statements that fail during
 * the Describe phase" for the commit "Handle for preparing statements that fail during the Describe phase" of the pull request
 * titled by its branch, "Prepare handles describe failure".
 */
function subjectIn(subject: string, item: { readonly text: string }): boolean {
  return item.text.includes(subject);
}

/** The shortest line (`normalized`, characters) a unit adds to the notes that tells which item it wrote: not `Fix typo.` */
const WRITTEN_MIN_CHARS = 24;

/** The fewest words of a line that is all of an item, for a commit of nothing but the notes to tell the item it wrote (`Matchable.noted`). */
const NOTED_MIN_WORDS = 3;

/**
 * The items a unit wrote: those a release-notes fragment it created became (`Matchable.entries`), those whose text opens with a line one of its commits adds to the release-notes files
 * (`Matchable.written`, `normalized`, WRITTEN_MIN_CHARS at least: loguru's pull requests add their item, strace's commits
 * say `* NEWS: Mention this change.`), or that cite a pull request or issue those lines cite (MAX_CITED of them at most: the
 * release's rewrite of the line). Not those of a
 * commit that opens more than MAX_CITED items: that writes up a release (vscode-pull-request-github's "0.126.0 changelog").
 */
function writtenItems(unit: Matchable, index: ReleaseNotesIndex): Set<Item> {
  const items = new Set<Item>();
  const noted = unit.noted;
  const commits = [
    ...(unit.written ?? []).map((added) => ({ added, most: MAX_CITED, short: false })),
    ...(noted?.lines ?? []).map((added) => ({ added, most: Math.min(MAX_CITED, noted!.items), short: true })),
  ];
  for (const { added, most, short } of commits) {
    const all = added.map((l) => normalized(l));
    const lines = new Set(all.filter((l) => l.length >= WRITTEN_MIN_CHARS));
    // (a shorter line, of NOTED_MIN_WORDS at least, that is all of an item, when its commit writes nothing but the notes
    // beside the unit's code: lru-cache's "changelog memo() method", `- add \`memo()\` method`)
    const whole = short ? new Set(all.filter((l) => l.split(' ').length >= NOTED_MIN_WORDS)) : lines;
    // (an item opens with a line when the line is the text up to a space, or all of it: one lookup per word of each item,
    // not one comparison per line, for a commit that adds a changelog of thousands of lines)
    const opens = (text: string): boolean => {
      for (let at = text.indexOf(' ', WRITTEN_MIN_CHARS - 1); at >= 0; at = text.indexOf(' ', at + 1)) if (lines.has(text.slice(0, at))) return true;
      return whole.has(text);
    };
    // (and those that cite what its lines cite, when they cite few: an item the release rewrote, PostgREST's "Add config
    // `client_error_verbosity` to customize error verbosity by @taimoorzaeem in #4088", released as "[client-error-verbosity](…)
    // to customize responses error verbosity by @taimoorzaeem in #4088, #3980, #3824")
    const numbers = new Set(short ? [] : added.flatMap((l) => citedNumbers(l)));
    const citing = (item: Item): boolean => numbers.size <= MAX_CITED && item.pullRequests.some((n) => numbers.has(n));
    const opened = lines.size + whole.size + numbers.size === 0 ? [] : index.items.filter((item) => opens(item.text) || citing(item));
    // (an item the notes tell twice, in a file and its copy at a release tag, is one)
    if (new Set(opened.map((item) => item.text)).size <= most) for (const item of opened) items.add(item);
  }
  // (and those a fragment it wrote became, whole or opening it: towncrier's `Fix the parser.` as `- Fix the parser. (#12)`;
  // meson's snippet, a heading and its paragraphs, as its heading and first paragraph)
  for (const entry of unit.entries ?? []) {
    const text = normalized(entry);
    if (text.length < WRITTEN_MIN_CHARS) continue;
    const opened = index.items.filter(
      (item) => item.text.length >= WRITTEN_MIN_CHARS && (item.text === text || item.text.startsWith(`${text} `) || text.startsWith(`${item.text} `)),
    );
    if (new Set(opened.map((item) => item.text)).size <= MAX_CITED) for (const item of opened) items.add(item);
  }
  return items;
}

/** The pull requests and issues a text of release notes cites: `#12`, `:pr:\`12\``, `!34` (GitLab), Typst's `#pr(12)`, `…/pull/12`, `…/issues/12`. */
export function citedNumbers(text: string): number[] {
  // (and Typst's `#pr(7688)`, a function of its own changelog's markup)
  return [...text.matchAll(/(?:#|#pr\(|:pr:`|:pull:`|:issue:`|:gh:`|!|\/pull\/|\/issues\/|\/merge_requests\/)(\d{1,7})\b/g)].map((m) => Number(m[1]));
}

/** True when `item` names the unit's pull request, an issue it closes, or one of its commits. */
function cites(item: Item, unit: Matchable): boolean {
  return (
    (unit.pullRequest !== undefined && item.pullRequests.includes(unit.pullRequest)) ||
    (unit.issues ?? []).some((n) => item.pullRequests.includes(n)) ||
    item.shas.some((s) => unit.shas.some((sha) => sha.startsWith(s)))
  );
}

/**
 * Sections of NOT_USER_FACING that say what their work is for: the project's own upkeep (chores, refactors, tests, docs,
 * CI, dependencies, pip's "Vendored Libraries", contributors', sops's "Project changes"). Not those that list every pull request (rollup's "Pull Requests"), nor "Other",
 * "Miscellaneous", reverts or notes for downstreams, which say nothing of whom a change is for.
 */
const FILED_INTERNAL =
  /chore|refactor|test|\bdoc|build|\bci\b|dependenc|\bvendor|internal|development support|maintenance|^(?:code )?styles?$|contributor|^project changes$/i;

/**
 * Where the release notes file a unit they do not count as what users get: the first item that cites it by number or commit
 * (`cites`; not by its words, and citing no more than `MAX_CITED`: one item of its own) in a section of chores, refactors,
 * tests, docs or CI (`userFacing` false: tealdeer's `[chore] Cache rewrite ([#416])`). Undefined when none does; a unit
 * `matchShipped` finds is none of these.
 */
export function filedInternal(unit: Matchable, index: ReleaseNotesIndex): ShippedEvidence | undefined {
  const written = writtenItems(unit, index);
  const item = index.items.find(
    (i) =>
      FILED_INTERNAL.test(sectionOf(i, unit.testFramework ?? false)) &&
      (cites(i, unit) || written.has(i)) &&
      citesFew(i) &&
      couldShip(i, unit.authored) &&
      !userFacing(i, [...i.words].join(' '), unit.testFramework),
  );
  return item && evidenceOf(item);
}

/** A subject's area or conventional type and scope, `interp: `, `fix(cli/rustup_mode)!: `. */
const AREA_PREFIX = /^[\w./-]+(?:\([^)]*\))?!?:\s+/;

/** The code names (`codeNames`) a unit's text says, not in the area it names first (`chore(cli/rustup_mode): …`, `stream_dvb: …`): that is where, not what. */
export function subjectNames(text: string): Set<string> {
  return codeNames(text.replace(AREA_PREFIX, ''));
}

/** What `shippedByName` needs to know of the repository's other units. */
export interface NameContext {
  /** How many of the repository's units say each code name (`subjectNames`): a name several say tells none of them apart. */
  readonly unitNames: ReadonlyMap<string, number>;
  /**
   * True for a release the unit's work could be in: one that work of the same months shipped in, found by `shippedIn`
   * (an item of a release years older that names the same function is about its start, not this change).
   */
  readonly nearRelease: (evidence: ShippedEvidence) => boolean;
  /** How many of the repository's units created a module of each name (`moduleKey`): one alone tells which unit an item is about. */
  readonly unitModules?: ReadonlyMap<string, number>;
}

/**
 * The release that shipped a unit `shippedIn` found nowhere, by a code name: the one item that alone mentions a code name
 * the unit's text alone says (okhttp's `New: Response.peekTrailers()…` for "New Response.peekTrailers() API"), when
 * they share another word too and the item's release is near (`NameContext`) and not dated well before the unit's first
 * commit (`RELEASE_DATE_SLACK_MS`). Where its text names none, by the modules it created (`unit.modules`, `moduleKey` of
 * each new source file's name, which no other unit created: `NameContext.unitModules`): the first item of the one release
 * whose items alone name such a module (phoenix_live_view's "Add `Phoenix.LiveView.ColocatedCSS`" for the pull request that
 * created `colocated_css.ex`). Undefined otherwise.
 */
export function shippedByName(
  unit: Pick<Matchable, 'text' | 'authored'> & { readonly modules?: readonly string[] },
  index: ReleaseNotesIndex,
  context: NameContext,
): ShippedEvidence | undefined {
  const text = unit.text.replace(AREA_PREFIX, '');
  const names = [...subjectNames(unit.text)].filter((name) => context.unitNames.get(name) === 1);
  const items = new Set(names.flatMap((name) => index.named.get(name) ?? []));
  // (or the one item, or items of one release, that name a module the unit created: phoenix_live_view's "Add
  // `Phoenix.LiveView.ColocatedCSS`" for "ColocatedAssets (+ ColocatedCSS) (#4138)", which created
  // `lib/phoenix_live_view/colocated_css.ex` and `colocated_assets.ex`)
  const created = new Set((unit.modules ?? []).filter((m) => context.unitModules?.get(m) === 1).flatMap((m) => modulesNamed(index).get(m) ?? []));
  const releases = new Set([...created].map((i) => `${i.file}\n${i.version}`));
  const found = items.size > 0 ? items : releases.size === 1 ? new Set([...created].slice(0, 1)) : created;
  if (found.size !== 1) return undefined;
  const item = [...found][0]!;
  if (!couldShip(item, unit.authored)) return undefined;
  // a word beside the names: "docs for onInsert" is not "Add the onInsert method"
  const nameWords = contentWords(names.join(' '));
  const saysMore = items.size === 0 || [...contentWords(text)].some((w) => !nameWords.has(w) && item.words.has(w));
  const evidence = evidenceOf(item);
  return saysMore && userFacing(item, [...item.words].join(' ')) && context.nearRelease(evidence) ? evidence : undefined;
}

/**
 * A module's name for matching (`moduleKey`): a code name's last part or a file's name without its extension, lower case,
 * letters and digits only (`Phoenix.LiveView.ColocatedCSS` and `colocated_css.ex` are both `colocatedcss`). Undefined
 * under MODULE_MIN_CHARS (`io.ex`, `Repo`: too common to tell an item).
 */
export function moduleKey(name: string): string | undefined {
  const last =
    name
      .replace(/\(\)$/, '')
      .split(/[./:]+/)
      .filter(Boolean)
      .at(-1) ?? '';
  const key = last.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return key.length >= MODULE_MIN_CHARS ? key : undefined;
}

/** The fewest letters of a module's name (`moduleKey`) that can tell which item names it. */
const MODULE_MIN_CHARS = 8;

/** The items of `index.named` by the module each names (`moduleKey` of the name's last part), computed once per index. */
const modulesByIndex = new WeakMap<ReleaseNotesIndex, Map<string, Item[]>>();
function modulesNamed(index: ReleaseNotesIndex): Map<string, Item[]> {
  let modules = modulesByIndex.get(index);
  if (modules) return modules;
  modules = new Map();
  for (const [name, item] of index.named) {
    if (name.startsWith('--')) continue;
    const key = moduleKey(name);
    if (key !== undefined) modules.set(key, [...new Set([...(modules.get(key) ?? []), item])]);
  }
  modulesByIndex.set(index, modules);
  return modules;
}

/** True when `evidence` is of the coming release's notes under no version (`## [Unreleased]`): its `version` is that heading's words. */
export function unversioned(evidence: ShippedEvidence): boolean {
  return evidence.upcoming === true && !/\d/.test(evidence.version);
}

const evidenceOf = (item: Item): ShippedEvidence => ({
  version: item.version,
  file: item.file,
  section: item.section,
  ...(item.ref ? { ref: item.ref } : {}),
  ...(item.upcoming ? { upcoming: true } : {}),
});
