/**
 * `impact-journal mcp`: the journal as a Model Context Protocol server over stdio (the official
 * `@modelcontextprotocol/sdk`), for agents outside VS Code (and inside, through the extension's
 * MCP server definition). Tools: `searchEntries`, `logEntry`, `listCandidates`; resources: each
 * entry (`impact-journal://entry/{id}`) and a period's Markdown export
 * (`impact-journal://period/{key}`). Every write goes through the same store as the extension and
 * the CLI (cross-process lock, re-read, atomic write), so it is safe while VS Code is open.
 * Arguments are untrusted: each is checked with zod (core/journalTools.ts) and a bad one gets an
 * error result that says what is wrong. Nothing but the protocol is written to stdout.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { addDays, subDays } from 'date-fns';
import * as z from 'zod';
import { candidateEvidence, unitCandidates, type UnitCandidate } from '../core/candidates';
import { CompetencyList, DEFAULT_COMPETENCIES } from '../core/competencies';
import { describeError, describeZodError } from '../core/describe';
import { addEntry } from '../core/journalOps';
import { candidateSummary, entryFromLog, LogInput, searchEntries, SearchInput, summarize } from '../core/journalTools';
import { exportPeriod } from '../core/markdownExport';
import { IsoDate, liveEntries, type Competency, type JournalFile } from '../core/model';
import { DEFAULT_THRESHOLD } from '../core/notability';
import { parseLocalDate, periodFromKey, recentQuarters, toIsoDate } from '../core/quarters';
import { repositoryWork } from '../git/repositoryWork';
import { readWorkHistory } from '../git/workHistory';
import { JournalStore } from '../journal/store';
import { DEFAULT_BACKUPS, journalPath, parse, USAGE, UsageError } from './args';

/** The server's name and version, as MCP clients show them. */
const SERVER = { name: 'impact-journal', version: '0.1.0' } as const;

/** What `listCandidates` takes. */
/** A window of work: `since` and `until` (ISO dates, `until` included), else the last `days` days (default 30). */
const Window = {
  days: z.number().int().min(1).max(365).optional().describe('How far back to look, in days (default 30), when since is not given.'),
  since: IsoDate.optional().describe('First day of the work to list (YYYY-MM-DD).'),
  until: IsoDate.optional().describe('Last day of the work to list (YYYY-MM-DD, included). Default today.'),
};

const CandidatesInput = z.strictObject({
  repository: z.string().min(1).max(4096).optional().describe('Absolute path of a git repository on this machine. Default: the folder the server runs in.'),
  ...Window,
  limit: z.number().int().min(1).max(50).optional().describe('At most this many, newest first (default 10).'),
});

/** `logEntry`: a new entry, optionally from a piece of work `listCandidates` offered. */
const LogEntryInput = LogInput.extend({
  candidate: z
    .strictObject({
      repository: z.string().min(1).max(4096).describe('The repository listCandidates read.'),
      key: z.string().min(1).max(300).describe('The candidate’s key, as listCandidates returned it.'),
      ...Window,
    })
    .optional()
    .describe('Log this piece of work: its commits and pull request become the entry’s evidence, and it is not offered again.'),
});

/** What the server needs: the journal file, how many backups to keep, the framework, and the clock (`now` per call). */
export interface McpOptions {
  readonly journalFile: string;
  readonly backups: number;
  readonly framework: readonly Competency[];
  readonly clock: () => Date;
  /** The folder `listCandidates` reads when given none. */
  readonly cwd: string;
}

/** The MCP server over the journal (not yet connected to a transport). */
export function createMcpServer(options: McpOptions): McpServer {
  const store = new JournalStore(options.journalFile, { backups: options.backups });
  const read = (): Promise<JournalFile> => store.read();
  const server = new McpServer(SERVER, {
    instructions:
      'The user’s impact journal: dated entries of their work (impact or learning), tagged with competencies, with links to commits, pull requests and tickets. ' +
      'Cite entries by their id when you use them. Log an entry only when the user asks you to, with what they did; never invent results or numbers.',
  });

  server.registerTool(
    'searchEntries',
    {
      title: 'Search the impact journal',
      description: 'Entries of the user’s impact journal matching words, a kind, a competency or a date range, newest first, with their evidence.',
      inputSchema: SearchInput,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (input) =>
      answer(async () => {
        const found = searchEntries(await read(), input);
        return { text: JSON.stringify(found, null, 2), structured: { entries: found } };
      }),
  );

  server.registerTool(
    'logEntry',
    {
      title: 'Log an entry in the impact journal',
      description:
        'Adds one entry to the user’s impact journal (only when the user asks). With `candidate`, the piece of work listCandidates offered becomes its evidence.',
      inputSchema: LogEntryInput,
      annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
    },
    (input) =>
      answer(async () => {
        const now = options.clock();
        const candidate = input.candidate
          ? await findCandidate(input.candidate.repository, input.candidate.key, windowOf({ days: 365, ...input.candidate }, now), await read())
          : undefined;
        const entry = entryFromLog(input, options.framework, candidate ? candidateEvidence(candidate) : { sources: [] }, randomUUID(), now, toIsoDate(now));
        await store.transact(addEntry(entry), now);
        return {
          text: `Logged "${entry.title}" (${entry.id}) in ${options.journalFile}.`,
          structured: { id: entry.id, file: options.journalFile, entry: summarize(entry) },
        };
      }),
  );

  server.registerTool(
    'listCandidates',
    {
      title: 'Work not yet logged',
      description:
        'The user’s notable pieces of work in a repository (pull requests, topic branches, series of commits) not yet in the journal, each with why it is notable. Reads git only.',
      inputSchema: CandidatesInput,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (input) =>
      answer(async () => {
        const now = options.clock();
        const candidates = (await candidatesOf(input.repository ?? options.cwd, windowOf(input, now), await read())).slice(0, input.limit ?? 10);
        const list = candidates.map(candidateSummary);
        return { text: JSON.stringify(list, null, 2), structured: { candidates: list } };
      }),
  );

  server.registerResource(
    'entry',
    new ResourceTemplate('impact-journal://entry/{id}', {
      list: async () => ({
        resources: liveEntries(await read()).map((e) => ({
          uri: `impact-journal://entry/${e.id}`,
          name: e.title,
          description: `${e.kind}, ${e.occurredAt}`,
          mimeType: 'application/json',
        })),
      }),
    }),
    { title: 'Journal entry', description: 'One entry of the impact journal, with its evidence.', mimeType: 'application/json' },
    async (uri, { id }) => {
      const entry = liveEntries(await read()).find((e) => e.id === id);
      if (!entry) throw new Error(`No entry ${String(id)} in the journal.`);
      return { contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(summarize(entry), null, 2) }] };
    },
  );

  server.registerResource(
    'period',
    new ResourceTemplate('impact-journal://period/{key}', {
      list: () => ({
        resources: recentQuarters(options.clock(), 1, 4).map((q) => ({
          uri: `impact-journal://period/${q.key}`,
          name: `${q.label} as Markdown`,
          mimeType: 'text/markdown',
        })),
      }),
    }),
    {
      title: 'A period of the journal',
      description: 'A quarter (2026-Q3), half (2026-H1), year or date range as a Markdown review by competency.',
      mimeType: 'text/markdown',
    },
    async (uri, { key }) => {
      const period = typeof key === 'string' ? periodFromKey(decodeURIComponent(key)) : undefined;
      if (!period) throw new Error(`"${String(key)}" is not a period: 2026-Q3, 2026-H1, 2026 or 2026-01-15..2026-03-01.`);
      const markdown = exportPeriod(await read(), { period, layout: 'competency', competencies: [...options.framework], generatedAt: options.clock() });
      return { contents: [{ uri: uri.href, mimeType: 'text/markdown', text: markdown }] };
    },
  );
  return server;
}

/** Runs a tool's work; a failure becomes an error result with its reason (the agent reads it and can correct its call). */
async function answer(work: () => Promise<{ text: string; structured: Record<string, unknown> }>): Promise<CallToolResult> {
  try {
    const { text, structured } = await work();
    return { content: [{ type: 'text', text }], structuredContent: structured };
  } catch (err) {
    return { isError: true, content: [{ type: 'text', text: describeError(err) }] };
  }
}

/** The window a call asks for: `since`..`until` (local days, `until` included), else the `days` days before `now`. Throws when `since` is after `until`. */
function windowOf(input: { readonly days?: number; readonly since?: string; readonly until?: string }, now: Date): { since: Date; until: Date } {
  const until = input.until ? addDays(parseLocalDate(input.until), 1) : now;
  const since = input.since ? parseLocalDate(input.since) : subDays(until, input.days ?? 30);
  if (since >= until) throw new Error('since must be before until.');
  return { since, until };
}

/** Notable, unlogged pieces of work of the user in `repository` within `range`. */
async function candidatesOf(repository: string, range: { since: Date; until: Date }, journal: JournalFile): Promise<UnitCandidate[]> {
  if (!path.isAbsolute(repository)) throw new Error(`repository must be an absolute path, got "${repository}".`);
  const stat = await fs.stat(repository).catch(() => undefined);
  if (!stat?.isDirectory()) throw new Error(`${repository} is not a folder on this machine.`);
  const history = await readWorkHistory(repository, range, {});
  return unitCandidates([repositoryWork(history)], journal, DEFAULT_THRESHOLD);
}

/** The candidate `key` of `repository` within `range`, or an Error saying why it cannot be logged. */
async function findCandidate(repository: string, key: string, range: { since: Date; until: Date }, journal: JournalFile): Promise<UnitCandidate> {
  const found = (await candidatesOf(repository, range, journal)).find((c) => c.key === key);
  if (!found)
    throw new Error(
      `No piece of work ${key} left to log in ${repository}: it is logged or dismissed already, or not the user's. Call listCandidates for the keys.`,
    );
  return found;
}

/**
 * The competency framework: `IMPACT_JOURNAL_COMPETENCIES` (a JSON list of `{ id, label, description }`,
 * what the extension passes from the user's settings), else the default framework. Throws when set but invalid.
 */
function frameworkFromEnv(value: string | undefined): readonly Competency[] {
  if (!value) return DEFAULT_COMPETENCIES;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    throw new Error('IMPACT_JOURNAL_COMPETENCIES is not JSON: expected a list of { "id", "label", "description" }');
  }
  const list = CompetencyList.safeParse(json);
  if (!list.success || list.data.length === 0)
    throw new Error(`IMPACT_JOURNAL_COMPETENCIES: ${list.success ? 'the list is empty' : describeZodError(list.error)}`);
  return list.data;
}

/** Runs `impact-journal mcp` with `args`: serves over stdin/stdout until the client closes them. */
export async function mcp(args: string[], out: (s: string) => void): Promise<void> {
  const v = parse('mcp', args, { journal: { type: 'string' }, backups: { type: 'string' } });
  if (v.help) return out(USAGE.mcp);
  const backups = v.backups === undefined ? DEFAULT_BACKUPS : Number(v.backups);
  if (!Number.isInteger(backups) || backups < 0 || backups > 1000) throw new UsageError(`--backups must be a whole number from 0 to 1000\n\n${USAGE.mcp}`);
  const server = createMcpServer({
    journalFile: journalPath(v.journal),
    backups,
    framework: frameworkFromEnv(process.env.IMPACT_JOURNAL_COMPETENCIES),
    clock: () => new Date(),
    cwd: process.cwd(),
  });
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => (transport.onclose = resolve));
  await server.connect(transport);
  process.stdin.on('end', () => void server.close());
  await closed;
}
