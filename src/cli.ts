/**
 * `impact-journal`: the journal from a terminal, over the same core as the extension and the same
 * store (lock, re-read, atomic write), so it is safe to run while VS Code is open.
 *
 *   impact-journal scan   [--repo DIR] [--since DATE] [--until DATE] [--author EMAIL]… [--threshold N] [--json]
 *   impact-journal export [--journal FILE] [--period KEY] [--layout L] [--fiscal-start M] [--out FILE] [--html]
 *   impact-journal add    --title TEXT [--kind impact|learning] [--body TEXT] [--competency ID]… [--date YYYY-MM-DD] [--journal FILE]
 *
 * Exit codes: 0 success, 1 the work failed (unreadable journal, not a repository…), 2 bad arguments.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { addDays, format, isBefore, parseISO, startOfDay, subDays } from 'date-fns';
import { DEFAULT_COMPETENCIES } from './core/competencies';
import { addEntry, newEntry } from './core/journalOps';
import { EXPORT_LAYOUTS, exportPeriod, type ExportLayout } from './core/markdownExport';
import { EntryKind, IsoDate } from './core/model';
import { DEFAULT_THRESHOLD } from './core/notability';
import { parseLocalDate, periodFromKey, quarterOf, toIsoDate } from './core/quarters';
import { NoIdentityError } from './git/historyReader';
import { readWorkHistory } from './git/workHistory';
import { repositoryWork } from './git/repositoryWork';
import { scoreWork, type ScoredUnit } from './core/work';
import type { WorkUnit } from './core/units';
import { writeFileAtomic, WriteError } from './io/atomicWrite';
import { JournalStore } from './journal/store';
import { describeError } from './core/describe';
import { MAX_BODY, MAX_TITLE } from './core/limits';
import { visibleLines } from './core/visibleText';

/** `--out` values that mean this process's standard output. */
const STDOUT_NAMES = new Set(['-', '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/** Previous versions of the journal kept by `add` (the extension's default, setting `impactJournal.backups`). */
const DEFAULT_BACKUPS = 10;

/** A wrong invocation: printed with the command's usage, exit code 2. */
class UsageError extends Error {}

const USAGE = {
  main: `Usage: impact-journal <command> [options]

Commands:
  scan     notable commits of a date range in a repository (table or --json)
  export   a period of a journal as Markdown (or --html), to stdout or --out FILE
  add      add an entry by hand

Run "impact-journal <command> --help" for a command's options.
The journal file is --journal FILE, else $IMPACT_JOURNAL_FILE, else VS Code's default for the extension:
  ${defaultJournalFile()}`,
  scan: `Usage: impact-journal scan [--repo DIR] [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--author EMAIL]... [--threshold N] [--json] [--all] [--no-shipped]

  Your notable pieces of work (pull requests, topics, series of commits) of a range, with why each
  stands out and what counted against it.

  --repo DIR        repository to read (default: the current folder)
  --since, --until  author-date range; --until is exclusive (default: the last 90 days)
  --author EMAIL    your commit email(s), besides git user.email (repeatable)
  --threshold N     notability score to flag (default ${DEFAULT_THRESHOLD})
  --json            print JSON instead of a table
  --all             every piece of work with its full score and signals, not only the notable ones
  --no-shipped      leave out the evidence of release notes (to judge the detector without it)`,
  export: `Usage: impact-journal export [--journal FILE] [--period KEY] [--layout ${EXPORT_LAYOUTS.join('|')}] [--fiscal-start M] [--out FILE] [--html]

  --period KEY      2026-Q3, 2026-H1, 2026, 2026-01-15..2026-03-01, or with --fiscal-start: FY2027-Q2, FY2027-H1, FY2027
                    (default: the current quarter)
  --fiscal-start M  month (1-12) the fiscal year starts (default 1: calendar)
  --layout L        competency (default), brag or timeline
  --out FILE        write there instead of stdout (- or /dev/stdout: stdout)
  --html            a standalone HTML document instead of Markdown`,
  add: `Usage: impact-journal add --title TEXT [--kind impact|learning] [--body TEXT] [--competency ID]... [--date YYYY-MM-DD] [--journal FILE] [--backups N]

  --title TEXT      one line that names the work (required)
  --kind K          impact (default) or learning
  --body TEXT       the impact statement (Markdown)
  --competency ID   e.g. system-design (repeatable; ids of the default framework)
  --date D          when it happened (default: today)
  --backups N       previous versions to keep beside the journal (default ${DEFAULT_BACKUPS}, as the extension)`,
} satisfies Record<string, string>;

/** VS Code's global storage file of the extension on this OS (Code stable). */
function defaultJournalFile(): string {
  const home = os.homedir();
  const base =
    process.platform === 'win32'
      ? path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Code')
      : process.platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support', 'Code')
        : path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Code');
  return path.join(base, 'User', 'globalStorage', 'impact-journal.impact-journal', 'journal.json');
}

function parse<T extends NonNullable<ParseArgsConfig['options']>>(command: keyof typeof USAGE, args: string[], options: T) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: false, strict: true }).values;
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n\n${USAGE[command]}`);
  }
}

function journalPath(value: unknown): string {
  return path.resolve(typeof value === 'string' ? value : (process.env.IMPACT_JOURNAL_FILE ?? defaultJournalFile()));
}

function date(value: unknown, name: string): Date | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !IsoDate.safeParse(value).success)
    throw new UsageError(`--${name} must be a date as YYYY-MM-DD, got "${typeof value === 'string' ? value : JSON.stringify(value)}"\n\n${USAGE.scan}`);
  return parseLocalDate(value);
}

/**
 * JSON text with the characters a terminal would act on (DEL, C1 controls, bidirectional
 * overrides) written as `\uXXXX` escapes, which JSON.stringify leaves raw. Still valid JSON.
 */
function terminalSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

async function scan(args: string[], out: (s: string) => void, now: Date, raw: (s: string) => void): Promise<void> {
  const v = parse('scan', args, {
    repo: { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    author: { type: 'string', multiple: true },
    threshold: { type: 'string' },
    json: { type: 'boolean' },
    all: { type: 'boolean' },
    'no-shipped': { type: 'boolean' },
  });
  if (v.help) return out(USAGE.scan);
  const threshold = v.threshold === undefined ? DEFAULT_THRESHOLD : Number(v.threshold);
  if (!Number.isFinite(threshold) || threshold < 1) throw new UsageError(`--threshold must be a number ≥ 1\n\n${USAGE.scan}`);
  const until = date(v.until, 'until') ?? addDays(startOfDay(now), 1);
  const since = date(v.since, 'since') ?? subDays(until, 91);
  if (!isBefore(since, until)) throw new UsageError(`--since must be before --until\n\n${USAGE.scan}`);
  const authors = (v.author ?? []).filter((a) => typeof a === 'string');
  for (const a of authors) if (a.startsWith('-') || !a.includes('@')) throw new UsageError(`--author must be an email, got "${a}"\n\n${USAGE.scan}`);
  const repo = path.resolve(typeof v.repo === 'string' ? v.repo : '.');
  const history = await readWorkHistory(repo, { since, until }, { authorEmails: authors }).catch((err: unknown) => {
    if (err instanceof NoIdentityError)
      throw new Error(`no author identity for ${err.folder}: set git user.email there, or name your commit email with --author EMAIL`);
    throw err;
  });
  const work = repositoryWork(history);
  const scored = scoreWork(work, { threshold, shippedEvidence: v['no-shipped'] !== true });
  const offered = scored.filter((s) => s.notability.notable);
  const commits = history.commits.filter((c) => inRangeDate(c.authorDate, since, until)).length;
  if (v.json) {
    raw(
      terminalSafeJson({
        repository: work.repo,
        since: toIsoDate(since),
        until: toIsoDate(until),
        identities: history.identities,
        commits,
        units: scored.length,
        offered: offered.length,
        threshold,
        conventions: work.conventions,
        [v.all ? 'all' : 'flagged']: (v.all ? scored : offered).map(unitJson),
      }),
    );
    return;
  }
  out(
    `${work.repo}: ${commits} commits by ${history.identities.join(', ')} from ${toIsoDate(since)} to ${toIsoDate(subDays(until, 1))}: ${scored.length} pieces of work, ${offered.length} notable`,
  );
  for (const s of v.all ? scored : offered) {
    const u = s.unit;
    out('');
    out(`${format(parseISO(u.date), 'yyyy-MM-dd')}  ${s.notability.score.toFixed(1).padStart(5)}${s.notability.notable ? ' *' : '  '} ${u.title}`);
    out(`      ${describeKind(u)}`);
    const positive = s.notability.signals.filter((x) => x.weight > 0);
    const negative = s.notability.signals.filter((x) => x.weight < 0);
    if (positive.length) out(`      + ${positive.map((x) => `${x.reason} (${x.weight})`).join(' ')}`);
    if (negative.length) out(`      − Counts against: ${negative.map((x) => `${x.reason} (${x.weight})`).join(' ')}`);
    for (const c of u.commits.slice(0, 12)) out(`      · ${c.sha.slice(0, 7)} ${c.subject}`);
    if (u.commits.length > 12) out(`      · … and ${u.commits.length - 12} more`);
  }
}

/** What kind of unit it is, for people: "topic ps/foo, 6 commits", "pull request #42, 1 commit". */
function describeKind(unit: WorkUnit): string {
  const commits = `${unit.commits.length} ${unit.commits.length === 1 ? 'commit' : 'commits'}`;
  if (unit.kind === 'pullRequest') return `pull request #${unit.pullRequest}, ${commits}`;
  if (unit.kind === 'topic') return `topic ${unit.topic ?? unit.merge?.sha.slice(0, 7)}, ${commits}`;
  return `series of ${commits}`;
}

/** A scored unit as `scan --json` prints it. */
function unitJson(s: ScoredUnit): unknown {
  const u = s.unit;
  return {
    key: u.key,
    kind: u.kind,
    title: u.title,
    date: u.date,
    score: s.notability.score,
    notable: s.notability.notable,
    pullRequest: u.pullRequest,
    topic: u.topic,
    merge: u.merge?.sha,
    shipped: s.shipped,
    commits: u.commits.map((c) => ({
      sha: c.sha,
      date: c.authorDate,
      subject: c.subject,
      additions: c.additions,
      deletions: c.deletions,
      files: c.files.length,
    })),
    signals: s.notability.signals.map((x) => ({ id: x.id, weight: x.weight, reason: x.reason })),
    reasons: s.notability.signals.filter((x) => x.weight > 0).map((x) => x.reason),
    competencies: s.notability.suggestedCompetencies,
  };
}

function inRangeDate(iso: string, since: Date, until: Date): boolean {
  const t = Date.parse(iso);
  return t >= since.getTime() && t < until.getTime();
}

async function exportCommand(args: string[], out: (s: string) => void, now: Date, print: (s: string) => void): Promise<void> {
  const v = parse('export', args, {
    journal: { type: 'string' },
    period: { type: 'string' },
    layout: { type: 'string' },
    'fiscal-start': { type: 'string' },
    out: { type: 'string' },
    html: { type: 'boolean' },
  });
  if (v.help) return out(USAGE.export);
  const fiscal = v['fiscal-start'] === undefined ? 1 : Number(v['fiscal-start']);
  if (!Number.isInteger(fiscal) || fiscal < 1 || fiscal > 12) throw new UsageError(`--fiscal-start must be a month 1-12\n\n${USAGE.export}`);
  const layout = (v.layout ?? 'competency') as ExportLayout;
  if (!EXPORT_LAYOUTS.includes(layout)) throw new UsageError(`--layout must be one of ${EXPORT_LAYOUTS.join(', ')}\n\n${USAGE.export}`);
  let period;
  try {
    period = typeof v.period === 'string' ? periodFromKey(v.period, fiscal) : quarterOf(now, fiscal);
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n\n${USAGE.export}`);
  }
  if (!period)
    throw new UsageError(
      `--period "${String(v.period)}" is not a period${fiscal === 1 ? '' : ' of a fiscal year (FY2027-Q2, FY2027-H1, FY2027)'}\n\n${USAGE.export}`,
    );
  const file = journalPath(v.journal);
  await fs.access(file).catch(() => {
    throw new Error(`no journal at ${file} (give --journal FILE or set IMPACT_JOURNAL_FILE)`);
  });
  const journal = await new JournalStore(file, { backups: 0 }).read();
  const markdown = exportPeriod(journal, { period, layout, competencies: DEFAULT_COMPETENCIES, generatedAt: now });
  const text = v.html ? (await import('./core/htmlExport')).renderHtmlDocument(markdown, `Impact journal — ${period.label}`) : markdown;
  // this process's own output, named as a file: printed (opening /dev/stdout fails when it is a socket)
  if (typeof v.out === 'string' && STDOUT_NAMES.has(v.out)) {
    print(text.replace(/\n$/, ''));
  } else if (typeof v.out === 'string') {
    const target = path.resolve(v.out);
    const same = async (a: string, b: string): Promise<boolean> => (await fs.realpath(a).catch(() => a)) === (await fs.realpath(b).catch(() => b));
    if (await same(target, file)) throw new UsageError(`--out must not be the journal itself (${file})\n\n${USAGE.export}`);
    // a FIFO, /dev/stdout or /dev/null is written into, never replaced by a regular file
    await writeFileAtomic(target, text).catch((err: unknown) => {
      throw err instanceof WriteError && err.code === 'EISDIR' ? new UsageError(`--out ${target} is a folder: give a file name\n\n${USAGE.export}`) : err;
    });
    out(`wrote ${target}`);
  } else {
    print(text.replace(/\n$/, ''));
  }
}

async function add(args: string[], out: (s: string) => void, now: Date): Promise<void> {
  const v = parse('add', args, {
    journal: { type: 'string' },
    title: { type: 'string' },
    kind: { type: 'string' },
    body: { type: 'string' },
    competency: { type: 'string', multiple: true },
    date: { type: 'string' },
    backups: { type: 'string' },
  });
  if (v.help) return out(USAGE.add);
  if (typeof v.title !== 'string' || !v.title.trim()) throw new UsageError(`--title is required\n\n${USAGE.add}`);
  if (v.title.trim().length > MAX_TITLE)
    throw new UsageError(`--title has ${v.title.trim().length} characters; an entry's title has at most ${MAX_TITLE}\n\n${USAGE.add}`);
  if (typeof v.body === 'string' && v.body.length > MAX_BODY)
    throw new UsageError(`--body has ${v.body.length} characters; a statement has at most ${MAX_BODY}\n\n${USAGE.add}`);
  const backups = v.backups === undefined ? DEFAULT_BACKUPS : Number(v.backups);
  if (!Number.isInteger(backups) || backups < 0 || backups > 1000) throw new UsageError(`--backups must be a whole number from 0 to 1000\n\n${USAGE.add}`);
  const kind = EntryKind.safeParse(v.kind ?? 'impact');
  if (!kind.success) throw new UsageError(`--kind must be impact or learning\n\n${USAGE.add}`);
  const competencies = (v.competency ?? []).filter((c) => typeof c === 'string');
  const unknown = competencies.filter((c) => !DEFAULT_COMPETENCIES.some((d) => d.id === c));
  if (unknown.length)
    throw new UsageError(`unknown competency ${unknown.join(', ')}; one of: ${DEFAULT_COMPETENCIES.map((c) => c.id).join(', ')}\n\n${USAGE.add}`);
  const occurredAt = typeof v.date === 'string' ? v.date : toIsoDate(now);
  if (!IsoDate.safeParse(occurredAt).success) throw new UsageError(`--date must be a date as YYYY-MM-DD\n\n${USAGE.add}`);
  const file = journalPath(v.journal);
  const entry = newEntry(
    { kind: kind.data, title: v.title, body: typeof v.body === 'string' ? v.body : '', competencies, occurredAt, sources: [{ type: 'manual' }] },
    randomUUID(),
    now,
  );
  await new JournalStore(file, { backups }).transact(addEntry(entry), now);
  out(`added ${entry.id} to ${file}`);
}

/**
 * Runs the CLI; returns the exit code. `out`/`err` print a line each. `now` is "today" for the
 * default scan window, the default export period and the date of an added entry (tests pass a fixed one).
 * Everything printed for people has its control characters and bidirectional overrides made
 * visible (core/visibleText.ts): commit text can hold terminal escapes. An exported document goes
 * to stdout as it is, unless stdout is a terminal (`terminal`).
 */
export async function main(
  argv: string[],
  rawOut: (s: string) => void = console.log,
  rawErr: (s: string) => void = console.error,
  now: Date = new Date(),
  terminal: boolean = process.stdout.isTTY === true,
): Promise<number> {
  const out = (s: string): void => rawOut(visibleLines(s));
  const err = (s: string): void => rawErr(visibleLines(s));
  const [command, ...args] = argv;
  try {
    if (!command) {
      err(USAGE.main);
      return 2;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      out(USAGE.main);
      return 0;
    }
    if (command === 'scan') await scan(args, out, now, rawOut);
    else if (command === 'export') await exportCommand(args, out, now, terminal ? out : rawOut);
    else if (command === 'add') await add(args, out, now);
    else throw new UsageError(`unknown command "${command}"\n\n${USAGE.main}`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      err(`impact-journal: ${e.message}`);
      return 2;
    }
    err(`impact-journal: ${describeError(e)}`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
