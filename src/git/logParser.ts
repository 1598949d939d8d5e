/**
 * Parser for our `git log` output. Records are framed by control characters that cannot appear in
 * a commit message typed by a person (RS 0x1E starts a record, US 0x1F separates fields, GS 0x1D ends
 * the message); the `--numstat` and `--summary` lines that git prints after each header follow the GS.
 * The layout is the one GitLens uses for its log parser (record/field separators).
 */
import type { CommitRecord, FileChange, Person } from '../core/commit';

const RS = '\x1e';
const US = '\x1f';
const GS = '\x1d';

/** `--format` value matching `parseLog`: sha, parents, author name, email, date, decorations, raw message. */
export const LOG_FORMAT = `${RS}%H${US}%P${US}%an${US}%ae${US}%aI${US}%D${US}%B${GS}`;

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

  /** Adds a chunk of output; returns the commits it completed. */
  push(chunk: string): CommitRecord[] {
    this.pending += chunk;
    const last = this.pending.lastIndexOf(RS);
    if (last <= 0) return [];
    const complete = this.pending.slice(0, last);
    this.pending = this.pending.slice(last);
    return parseRecords(complete);
  }

  /** The end of the output; returns the last commit. */
  end(): CommitRecord[] {
    const rest = this.pending;
    this.pending = '';
    return parseRecords(rest);
  }
}

function parseRecords(text: string): CommitRecord[] {
  const commits: CommitRecord[] = [];
  for (const chunk of text.split(RS)) {
    if (chunk.trim() === '') continue;
    const commit = parseRecord(chunk);
    if (commit) commits.push(commit);
  }
  return commits;
}

function parseRecord(chunk: string): CommitRecord | undefined {
  const end = chunk.indexOf(GS);
  if (end < 0) return undefined;
  const fields = chunk.slice(0, end).split(US);
  if (fields.length < 7) return undefined;
  const [sha, parents, authorName, authorEmail, authorDate, decorations] = fields;
  const message = fields.slice(6).join(US).replace(/\r\n/g, '\n');
  const newline = message.indexOf('\n');
  const subject = (newline < 0 ? message : message.slice(0, newline)).trim();
  const body = newline < 0 ? '' : message.slice(newline + 1).trim();
  const files = parseStats(chunk.slice(end + 1));
  return {
    sha,
    parents: parents.split(' ').filter(Boolean),
    authorName,
    authorEmail,
    authorDate,
    subject,
    body,
    tags: parseTags(decorations),
    files,
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    pullRequest: parsePullRequestNumber(subject, body),
    coAuthors: parseCoAuthors(body),
  };
}

/** `--format` of the cheap listing `parseListing` reads: sha, author email, decorations (no message, no stats). */
export const LIST_FORMAT = `${RS}%H${US}%ae${US}%D${GS}`;

/** One line of the cheap listing: what a cached commit needs refreshed (its tags can change). */
export interface ListedCommit {
  readonly sha: string;
  readonly authorEmail: string;
  readonly tags: readonly string[];
}

/** Parses `git log --format=LIST_FORMAT` output, in git's order. */
export function parseListing(output: string): ListedCommit[] {
  return output.split(RS).flatMap((chunk) => {
    const end = chunk.indexOf(GS);
    if (end < 0) return [];
    const [sha, authorEmail, decorations] = chunk.slice(0, end).split(US);
    return sha ? [{ sha, authorEmail: authorEmail ?? '', tags: parseTags(decorations ?? '') }] : [];
  });
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
        path: resolveRenamedPath(unquote(numstat[3])),
        additions: binary ? 0 : Number(numstat[1]),
        deletions: binary ? 0 : Number(numstat[2]),
        binary,
      });
      continue;
    }
    const create = /^ create mode \d+ (.+)$/.exec(line);
    if (create) created.add(unquote(create[1]));
  }
  return stats.map((s) => ({ ...s, created: created.has(s.path) }));
}

/** Undoes git's C-style quoting of unusual paths (`"a\tb"`); plain paths pass through. */
function unquote(path: string): string {
  if (!(path.startsWith('"') && path.endsWith('"'))) return path;
  const inner = path.slice(1, -1);
  const bytes: number[] = [];
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = inner[++i];
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
 * PR number of a commit message: GitHub's merge commit (`Merge pull request #123 from …`), a
 * squash-merge suffix (`Fix the thing (#123)`), or GitLab's merge commit (`See merge request group/repo!123`).
 */
export function parsePullRequestNumber(subject: string, body = ''): number | undefined {
  const m =
    /^Merge pull request #(\d+)\b/.exec(subject) ??
    /\(#(\d+)\)\s*$/.exec(subject) ??
    /^See merge request [^\s!]+!(\d+)\s*$/m.exec(body);
  return m ? Number(m[1]) : undefined;
}

/** `Co-authored-by: Name <email>` trailers (case-insensitive key, one per line). */
export function parseCoAuthors(body: string): Person[] {
  const people: Person[] = [];
  for (const m of body.matchAll(/^co-authored-by:\s*(.*?)\s*<([^<>\s]+)>\s*$/gim)) {
    people.push({ name: m[1], email: m[2] });
  }
  return people;
}
