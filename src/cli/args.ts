/**
 * The command line's words: each command's usage text, argument parsing (node:util parseArgs,
 * strict) and the checks shared by the commands. A wrong invocation throws UsageError, which the
 * CLI prints with the usage and exit code 2.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXPORT_LAYOUTS } from '../core/markdownExport';
import { IsoDate } from '../core/model';
import { DEFAULT_THRESHOLD } from '../core/notability';
import { parseLocalDate } from '../core/quarters';

/** Previous versions of the journal kept by `add` (the extension's default, setting `impactJournal.backups`). */
export const DEFAULT_BACKUPS = 10;

/** A wrong invocation: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}

/** Each command's usage text (`main`: the list of commands). */
export const USAGE = {
  main: `Usage: impact-journal <command> [options]

Commands:
  scan     notable commits of a date range in a repository (table or --json)
  export   a period of a journal as Markdown (or --html), to stdout or --out FILE
  add      add an entry by hand
  mcp      serve the journal to AI agents (Model Context Protocol over stdio)

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
  export: `Usage: impact-journal export [--journal FILE] [--period KEY] [--layout ${EXPORT_LAYOUTS.join('|')}] [--fiscal-start M] [--out FILE] [--html] [--tag T]... [--exclude-tag T]...

  --period KEY      2026-Q3, 2026-H1, 2026, 2026-01-15..2026-03-01, or with --fiscal-start: FY2027-Q2, FY2027-H1, FY2027
                    (default: the current quarter)
  --fiscal-start M  month (1-12) the fiscal year starts (default 1: calendar)
  --layout L        competency (default), brag or timeline
  --out FILE        write there instead of stdout (- or /dev/stdout: stdout)
  --html            a standalone HTML document instead of Markdown
  --tag T           only entries tagged T (repeatable: any of them)
  --exclude-tag T   leave out entries tagged T, e.g. private (repeatable)`,
  add: `Usage: impact-journal add --title TEXT [--kind impact|learning] [--body TEXT] [--result TEXT] [--metric TEXT] [--benefited TEXT] [--link 'TITLE URL']... [--project NAME] [--competency ID]... [--date YYYY-MM-DD] [--tag T]... [--journal FILE] [--backups N]

  --title TEXT      one line that names the work (required)
  --kind K          impact (default) or learning
  --body TEXT       the impact statement (Markdown)
  --result TEXT     what happened afterwards, in the past tense
  --metric TEXT     the result measured: 'p95 900 ms -> 300 ms' or '1,200 orders/day'
  --benefited TEXT  who benefited: a team, customers, on-call
  --link 'T URL'    evidence: a title, then an http(s) URL (repeatable)
  --project NAME    the project or initiative, e.g. 'Billing migration'
  --competency ID   e.g. system-design (repeatable; ids of the default framework)
  --date D          when it happened (default: today)
  --tag T           a free tag, e.g. private or billing-migration (repeatable)
  --backups N       previous versions to keep beside the journal (default ${DEFAULT_BACKUPS}, as the extension)`,
  mcp: `Usage: impact-journal mcp [--journal FILE] [--backups N]

  Serves the journal over the Model Context Protocol on stdin/stdout, for an AI agent (Claude Code,
  Copilot CLI, Cursor, VS Code's agent mode…). Tools: searchEntries, logEntry (through the same
  lock as the extension), listCandidates (notable work not yet logged, from git); resources: each
  entry and each period's Markdown export. Configure it in the agent as the command
  "impact-journal mcp".

  --journal FILE    the journal (default: as for the other commands)
  --backups N       previous versions to keep beside the journal (default ${DEFAULT_BACKUPS})`,
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

/** The options of `command` parsed from `args` (plus `--help`); throws UsageError with the command's usage. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(command: keyof typeof USAGE, args: string[], options: T) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: false, strict: true }).values;
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n\n${USAGE[command]}`);
  }
}

/** The journal file: `value` (`--journal`), else IMPACT_JOURNAL_FILE, else VS Code's default; absolute. */
export function journalPath(value: unknown): string {
  return path.resolve(typeof value === 'string' ? value : (process.env.IMPACT_JOURNAL_FILE ?? defaultJournalFile()));
}

/** `--<name>` as a local date (YYYY-MM-DD), undefined when not given; throws UsageError when malformed. */
export function date(value: unknown, name: string): Date | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !IsoDate.safeParse(value).success)
    throw new UsageError(`--${name} must be a date as YYYY-MM-DD, got "${typeof value === 'string' ? value : JSON.stringify(value)}"\n\n${USAGE.scan}`);
  return parseLocalDate(value);
}

/** The values of a repeatable string option, trimmed; throws UsageError for an empty one, saying it `needs` (default: a tag). */
export function tagsOf(
  values: ReadonlyArray<string | boolean> | undefined,
  name: string,
  command: keyof typeof USAGE,
  needs = `a tag, e.g. --${name} private`,
): string[] {
  const tags = (values ?? []).filter((t): t is string => typeof t === 'string').map((t) => t.trim());
  if (tags.some((t) => t === '')) throw new UsageError(`--${name} needs ${needs}\n\n${USAGE[command]}`);
  return tags;
}
