/**
 * Parser for our `git log` output. Every field is followed by a NUL byte (`%x00`), which cannot
 * occur in a commit message, an author name or a ref name: a commit message cannot forge a record
 * or a field, whatever control characters it holds (RS, US and GS could, and did). The format and
 * the parser's field order come from one list (`FIELDS`), as GitLens builds its log parsers.
 *
 * Output of `git log --format=LOG_FORMAT --numstat --summary`, per commit: the fields, each ending
 * in NUL, then a newline, then the `--numstat` and `--summary` lines; the next commit's SHA follows
 * right after them. So the text between a commit's last NUL and the next NUL is "its stats, then the
 * next SHA". Every SHA is checked (hexadecimal, 40 or 64 digits) before a record is believed.
 */
import type { CommitRecord, FileChange, Person } from '../core/commit';
import { hostedPullRequest } from '../core/units';

/** The fields of a record, in order, with their `git log` placeholders. */
const FIELDS = [
  ['sha', '%H'],
  ['parents', '%P'],
  ['authorName', '%an'],
  ['authorEmail', '%ae'],
  ['authorDate', '%aI'],
  ['committerEmail', '%ce'],
  ['committerDate', '%cI'],
  ['decorations', '%D'],
  ['message', '%B'],
] as const;

type Field = (typeof FIELDS)[number][0];

/** `--format` value matching `parseLog`: every field of `FIELDS` followed by NUL. */
export const LOG_FORMAT = FIELDS.map(([, placeholder]) => `${placeholder}%x00`).join('');

/** A commit SHA as git prints it (SHA-1 or SHA-256). */
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** The longest subject kept (characters); a longer one is cut with "…". Commit text is attacker input: bounded before any regex sees it. */
export const MAX_SUBJECT = 1_000;
/** The longest message body kept (characters), for the same reason. */
export const MAX_BODY = 64_000;

/** Parses the whole output of `git log --format=LOG_FORMAT --numstat --summary`. */
export function parseLog(output: string): CommitRecord[] {
  const parser = new LogStreamParser();
  return [...parser.push(output), ...parser.end()];
}

/**
 * Parses `git log --format=LOG_FORMAT --numstat --summary` output as it arrives, in chunks of any
 * size: a record is parsed once the next one starts (or the output ends), so only the record being
 * read is held as text.
 */
export class LogStreamParser {
  private pending = '';
  /** The fields of the record being read, and the stats text that came before its SHA. */
  private fields: string[] = [];

  /** Adds a chunk of output; returns the commits it completed. */
  push(chunk: string): CommitRecord[] {
    this.pending += chunk;
    const done: CommitRecord[] = [];
    for (let nul = this.pending.indexOf('\0'); nul >= 0; nul = this.pending.indexOf('\0')) {
      const token = this.pending.slice(0, nul);
      this.pending = this.pending.slice(nul + 1);
      if (this.fields.length < FIELDS.length) {
        this.fields.push(token);
        continue;
      }
      // the stats of the record just read, then the next record's SHA
      const cut = token.lastIndexOf('\n');
      const record = toCommit(this.fields, token.slice(0, Math.max(cut, 0)));
      if (record) done.push(record);
      this.fields = [token.slice(cut + 1)];
    }
    return done;
  }

  /** The end of the output; returns the last commit. */
  end(): CommitRecord[] {
    const stats = this.pending;
    this.pending = '';
    const fields = this.fields;
    this.fields = [];
    const record = fields.length === FIELDS.length ? toCommit(fields, stats) : undefined;
    return record ? [record] : [];
  }
}

/** Lines of a subject wrapped mid-sentence that are joined back (`splitMessage`): more is a body written without its blank line. */
const MAX_WRAPPED_LINES = 4;
/**
 * A line that goes on with a sentence (`splitMessage`): it opens in lower case, with a digit or a quote, or with a code name
 * (`ReflectionDiffBuilder.ReflectionDiffBuilder(DiffBuilder, String[])`, `FastDateParser_TimeZoneStrategyTest`); a line that opens
 * with a capitalized word starts a sentence of a body written without its blank line.
 */
const WRAPPED = /^\s*(?:[a-z0-9`'"(]|[A-Z]\w*[.(_#]|[A-Z][a-z]+[A-Z])/;

/**
 * A commit message's subject and body. The subject is its first line, and, as git's own `%s` joins the lines of the first
 * paragraph, the lines that continue it when it was wrapped mid-sentence (Apache Commons' "Add assertions to" over
 * "org.apache.commons.lang3.ClassUtilsTest"): a first line that opens a sentence and ends in no punctuation, then at most `MAX_WRAPPED_LINES` lines in
 * all, each going on with the sentence (`WRAPPED`), none a list item or a trailer (`Signed-off-by: …`). The body is the rest, trimmed.
 */
export function splitMessage(message: string): { subject: string; body: string } {
  const lines = message.trim().split('\n');
  let end = 1;
  const first = lines[0]!.trimEnd();
  // (a sentence: lines that each open in lower case are a list of what a squash brought, flask's "only strip one slash when
  // registering blueprint" over "add test and changelog")
  if (/^[A-Z[]/.test(first) && !/[.!?:)\]]$/.test(first)) {
    const paragraph = lines.findIndex((line) => line.trim() === '');
    const count = paragraph < 0 ? lines.length : paragraph;
    const continuation = lines.slice(1, count);
    if (count <= MAX_WRAPPED_LINES && continuation.every((line) => WRAPPED.test(line) && !/^\s*([-*+•]\s|\d+[.)]\s|[\w-]+:\s)/.test(line))) end = count;
  }
  return {
    subject: lines
      .slice(0, end)
      .map((line) => line.trim())
      .join(' '),
    body: lines.slice(end).join('\n').trim(),
  };
}

/** A record from its fields (in `FIELDS` order) and its stats text; undefined when a SHA does not check. */
function toCommit(values: readonly string[], stats: string): CommitRecord | undefined {
  const f = Object.fromEntries(FIELDS.map(([name], i) => [name, values[i] ?? ''])) as Record<Field, string>;
  const sha = f.sha.trim();
  const parents = f.parents.split(' ').filter(Boolean);
  if (!FULL_SHA.test(sha) || !parents.every((p) => FULL_SHA.test(p))) return undefined;
  const split = splitMessage(f.message.replace(/\r\n/g, '\n'));
  const subject = bound(split.subject, MAX_SUBJECT);
  const body = bound(split.body, MAX_BODY);
  const files = parseStats(stats);
  return {
    sha,
    parents,
    authorName: f.authorName,
    authorEmail: f.authorEmail,
    authorDate: f.authorDate,
    committerEmail: f.committerEmail,
    committerDate: f.committerDate,
    subject,
    body,
    tags: parseTags(f.decorations),
    files,
    additions: files.reduce((n, file) => n + file.additions, 0),
    deletions: files.reduce((n, file) => n + file.deletions, 0),
    pullRequest: parsePullRequestNumber(subject, body),
    coAuthors: parseCoAuthors(body),
  };
}

function bound(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** `--format` of the cheap listing `parseListing` reads: sha, author email, decorations (no message, no stats), each followed by NUL. */
export const LIST_FORMAT = '%H%x00%ae%x00%D%x00';

/** One line of the cheap listing: what a cached commit needs refreshed (its tags can change). */
export interface ListedCommit {
  readonly sha: string;
  readonly authorEmail: string;
  readonly tags: readonly string[];
}

/** Parses `git log --format=LIST_FORMAT` output, in git's order; records whose SHA does not check are dropped. */
export function parseListing(output: string): ListedCommit[] {
  const tokens = output.split('\0');
  const listed: ListedCommit[] = [];
  for (let i = 0; i + 2 < tokens.length; i += 3) {
    const sha = tokens[i]!.trim();
    if (FULL_SHA.test(sha)) listed.push({ sha, authorEmail: tokens[i + 1]!, tags: parseTags(tokens[i + 2]!) });
  }
  return listed;
}

/** `HEAD -> main, tag: v1.2.0, origin/main` → `['v1.2.0']`. */
function parseTags(decorations: string): string[] {
  return decorations
    .split(', ')
    .filter((d) => d.startsWith('tag: '))
    .map((d) => d.slice(5));
}

/** Resolves rename notation in numstat paths: `src/{a => b}/f.ts` → `src/b/f.ts`, `a => b` → `b`. */
export function resolveRenamedPath(path: string): string {
  const braces = /\{([^{}]*) => ([^{}]*)\}/;
  if (braces.test(path)) return path.replace(braces, '$2').replace(/\/\//g, '/').replace(/^\//, '');
  const arrow = path.indexOf(' => ');
  return arrow >= 0 ? path.slice(arrow + 4) : path;
}

function parseStats(text: string): FileChange[] {
  const stats: Array<Omit<FileChange, 'created'>> = [];
  const created = new Set<string>();
  for (const line of text.split('\n')) {
    const numstat = /^(\d+|-)\t(\d+|-)\t(.+)$/.exec(line);
    if (numstat) {
      const binary = numstat[1] === '-';
      stats.push({
        path: resolveRenamedPath(unquote(numstat[3]!)),
        additions: binary ? 0 : Number(numstat[1]),
        deletions: binary ? 0 : Number(numstat[2]),
        binary,
      });
      continue;
    }
    const create = /^ create mode \d+ (.+)$/.exec(line);
    if (create) created.add(unquote(create[1]!));
  }
  return stats.map((s) => ({ ...s, created: created.has(s.path) }));
}

/** Undoes git's C-style quoting of unusual paths (`"a\tb"`); plain paths pass through. */
function unquote(path: string): string {
  if (!(path.startsWith('"') && path.endsWith('"'))) return path;
  const inner = path.slice(1, -1);
  const bytes: number[] = [];
  for (let i = 0; i < inner.length; i++) {
    // a whole code point: an emoji is two UTF-16 units, each alone would encode as U+FFFD
    const c = String.fromCodePoint(inner.codePointAt(i)!);
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      i += c.length - 1;
      continue;
    }
    // a backslash at the very end (git never writes one) stays a backslash
    const next = inner[++i] ?? '\\';
    const octal = /^[0-7]{3}/.exec(inner.slice(i));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 2;
    } else {
      const map: Record<string, string> = { n: '\n', t: '\t', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', r: '\r', v: '\v' };
      bytes.push(...Buffer.from(map[next] ?? next, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * PR number of a commit message: a code host's merge or squash (GitHub's `Merge pull request #123 from …`, Gitea's,
 * Azure DevOps' `Merged PR 123: …`, Bitbucket's: core/units.ts `hostedPullRequest`), a squash-merge suffix (`Fix the thing
 * (#123)`), GitLab's merge commit (`See merge request group/repo!123`), or the trailer of a pull request imported and landed
 * by a tool (Meta's exports, ghstack: `Pull Request resolved: https://github.com/facebook/pyrefly/pull/4627`; Marge Bot's, which
 * rebases a GitLab merge request's commits onto the branch and names it in each of them, as GNOME, Mesa and freedesktop.org
 * land their work: `Part-of: <https://gitlab.gnome.org/GNOME/gnome-shell/-/merge_requests/4330>`).
 */
export function parsePullRequestNumber(subject: string, body = ''): number | undefined {
  const hosted = hostedPullRequest(subject);
  if (hosted !== undefined) return hosted;
  const m =
    /\(#(\d+)\)\s*$/.exec(subject) ??
    /^See merge request [^\s!]+!(\d+)\s*$/m.exec(body) ??
    /^Pull Request resolved: https?:\/\/\S+\/pull\/(\d+)\s*$/m.exec(body) ??
    /^Part-of: <https?:\/\/\S+\/-\/merge_requests\/(\d+)>\s*$/m.exec(body);
  return m ? Number(m[1]) : undefined;
}

/**
 * `Co-authored-by: Name <email>` trailers (case-insensitive key, one per line), each person once
 * (by email). Read line by line with string operations: a line of thousands of spaces after the
 * key once made a regular expression take minutes.
 */
export function parseCoAuthors(body: string): Person[] {
  const people = new Map<string, Person>();
  for (const raw of body.split('\n')) {
    if (raw.length > 500 || !/^co-authored-by:/i.test(raw)) continue;
    const value = raw.slice('co-authored-by:'.length).trim();
    const open = value.lastIndexOf('<');
    const close = value.lastIndexOf('>');
    if (open < 0 || close !== value.length - 1) continue;
    const email = value.slice(open + 1, close).trim();
    if (!email || /[\s<>]/.test(email)) continue;
    const key = email.toLowerCase();
    if (!people.has(key)) people.set(key, { name: value.slice(0, open).trim(), email });
  }
  return [...people.values()];
}
