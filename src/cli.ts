/**
 * `impact-journal`: the journal from a terminal, over the same core as the extension and the same
 * store (lock, re-read, atomic write), so it is safe to run while VS Code is open.
 *
 *   impact-journal scan   [--repo DIR] [--since DATE] [--until DATE] [--author EMAIL]… [--threshold N] [--json]
 *   impact-journal export [--journal FILE] [--period KEY] [--layout L] [--fiscal-start M] [--out FILE] [--html]
 *   impact-journal add    --title TEXT [--kind impact|learning] [--body TEXT] [--competency ID]… [--date YYYY-MM-DD] [--journal FILE]
 *   impact-journal mcp    [--journal FILE] [--backups N]   (a Model Context Protocol server on stdio)
 *
 * Exit codes: 0 success, 1 the work failed (unreadable journal, not a repository…), 2 bad arguments.
 */
import { describeError } from './core/describe';
import { visibleLines } from './core/visibleText';
import { USAGE, UsageError } from './cli/args';
import { add, exportCommand } from './cli/journalCommands';
import { scan } from './cli/scan';

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
    // the protocol owns stdout: only --help prints there
    else if (command === 'mcp') await (await import('./cli/mcp')).mcp(args, out);
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
