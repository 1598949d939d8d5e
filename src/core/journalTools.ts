/**
 * The journal as tools for an agent: search the entries, log one. The same operations back the MCP
 * server (`impact-journal mcp`, src/cli/mcp.ts) and VS Code's language model tools; each input is
 * checked here with zod (an agent's arguments are untrusted), and every message says what was
 * wrong and what is accepted.
 */
import * as z from 'zod';
import { MAX_BENEFICIARIES, MAX_LINK_TITLE, MAX_LINKS, MAX_PROJECT, MAX_RESULT, MAX_TAG, type EvidenceLink } from './evidence';
import { newEntry } from './journalOps';
import { MAX_BODY, MAX_TITLE } from './limits';
import type { Candidate } from './candidates';
import { EntryKind, IsoDate, liveEntries, type Competency, type Entry, type JournalFile, type Source } from './model';

/** The most entries one search returns. */
export const MAX_SEARCH_RESULTS = 100;
/** The longest search text, characters. */
const MAX_QUERY = 200;

/** A competency id as the frameworks spell them (model.ts `Competency`). */
const CompetencyId = z
  .string()
  .max(60)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'a competency id: lower-case words joined by hyphens, e.g. "system-design"');

/** What `searchEntries` takes: every field optional; several narrow the search together. */
export const SearchInput = z.strictObject({
  query: z
    .string()
    .max(MAX_QUERY)
    .optional()
    .describe('Words to find in the title, statement, result, project, tags, links and sources (case-insensitive; all words must match).'),
  kind: EntryKind.optional().describe('impact or learning.'),
  competency: CompetencyId.optional().describe('Only entries tagged with this competency id.'),
  since: IsoDate.optional().describe('Only work on or after this date (YYYY-MM-DD).'),
  until: IsoDate.optional().describe('Only work on or before this date (YYYY-MM-DD).'),
  limit: z
    .number()
    .int()
    .min(1)
    .max(MAX_SEARCH_RESULTS)
    .optional()
    .describe(`At most this many entries, newest first (default 20, at most ${MAX_SEARCH_RESULTS}).`),
});
export type SearchInput = z.infer<typeof SearchInput>;

/** An entry as the tools return it: what an agent needs to cite it, without the bookkeeping. */
export interface EntrySummary {
  readonly id: string;
  readonly kind: Entry['kind'];
  readonly title: string;
  /** ISO date of the work. */
  readonly occurredAt: string;
  readonly statement: string;
  readonly competencies: readonly string[];
  readonly project?: string;
  readonly result?: string;
  readonly tags: readonly string[];
  /** Evidence: the user's links, tickets, the PR and commits (URLs where known). */
  readonly evidence: readonly string[];
}

/** `entry` for an agent. */
export function summarize(entry: Entry): EntrySummary {
  const evidence = [
    ...(entry.links ?? []).map((l) => `${l.title}: ${l.url}`),
    ...(entry.tickets ?? []).map((t) => (t.url ? `${t.key}: ${t.url}` : t.key)),
    ...entry.sources.flatMap((s) => sourceLine(s) ?? []),
  ];
  return {
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    occurredAt: entry.occurredAt,
    statement: entry.body,
    competencies: entry.competencies,
    ...(entry.project ? { project: entry.project } : {}),
    ...(entry.result ? { result: entry.result } : {}),
    tags: entry.tags,
    evidence,
  };
}

function sourceLine(source: Source): string | undefined {
  if (source.type === 'commit') return `commit ${source.sha.slice(0, 7)} ${source.repo}: ${source.subject}${source.url ? ` (${source.url})` : ''}`;
  if (source.type === 'pullRequest')
    return `${source.role === 'reviewer' ? 'reviewed' : 'pull request'} #${source.number} ${source.repo}: ${source.title} (${source.url})`;
  return undefined;
}

/** The live entries of `journal` that match `input`, newest first. */
export function searchEntries(journal: JournalFile, input: SearchInput): EntrySummary[] {
  const words = (input.query ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return liveEntries(journal)
    .filter((e) => (input.kind ? e.kind === input.kind : true))
    .filter((e) => (input.competency ? e.competencies.includes(input.competency) : true))
    .filter((e) => (input.since ? e.occurredAt >= input.since : true))
    .filter((e) => (input.until ? e.occurredAt <= input.until : true))
    .map((e) => ({ entry: e, summary: summarize(e) }))
    .filter(({ summary }) => {
      if (words.length === 0) return true;
      const text = [summary.title, summary.statement, summary.result ?? '', summary.project ?? '', ...summary.tags, ...summary.evidence]
        .join('\n')
        .toLocaleLowerCase();
      return words.every((w) => text.includes(w));
    })
    .sort((a, b) => b.entry.occurredAt.localeCompare(a.entry.occurredAt) || b.entry.createdAt.localeCompare(a.entry.createdAt))
    .slice(0, input.limit ?? 20)
    .map(({ summary }) => summary);
}

/**
 * A piece of work (or PR activity) not yet logged, as an agent reads it: its key (to log it), what
 * it is, why it is notable and what counted against it, its commits' subjects and sizes (lines).
 */
export function candidateSummary(c: Candidate): Record<string, unknown> {
  const why = c.notability.signals.filter((s) => s.weight > 0).map((s) => s.reason);
  const against = c.notability.signals.filter((s) => s.weight < 0).map((s) => s.reason);
  if (c.type === 'activity') return { key: c.key, kind: c.activity.type, repository: c.repo, title: c.activity.title, url: c.source.url, why, against };
  return {
    key: c.key,
    kind: c.unit.kind,
    repository: c.repo,
    title: c.unit.title,
    date: c.unit.date,
    pullRequest: c.pullRequestUrl,
    why,
    against,
    competencies: c.notability.suggestedCompetencies,
    commits: c.unit.commits.map((x) => ({ sha: x.sha, subject: x.subject, additions: x.additions, deletions: x.deletions })),
  };
}

/** What `logEntry` takes: a new entry as an agent describes it. */
export const LogInput = z.strictObject({
  title: z.string().trim().min(1, 'an entry needs a title').max(MAX_TITLE).describe('One line: what was done, e.g. "Cut checkout p95 from 900 ms to 300 ms".'),
  kind: EntryKind.default('impact').describe('impact (what changed for others) or learning (what was learned). Default impact.'),
  statement: z
    .string()
    .max(MAX_BODY)
    .default('')
    .describe('The impact statement in the past tense: what changed, for whom, how much. Only what the user did; no invented numbers.'),
  competencies: z.array(CompetencyId).max(20).default([]).describe('Competency ids of the user’s framework, e.g. "system-design".'),
  occurredAt: IsoDate.optional().describe('The day of the work (YYYY-MM-DD). Default today.'),
  tags: z.array(z.string().trim().min(1).max(MAX_TAG)).max(20).default([]).describe('Free tags, e.g. "private" to keep it out of exports.'),
  project: z.string().trim().min(1).max(MAX_PROJECT).optional().describe('The project or initiative, e.g. "Billing migration".'),
  result: z.string().trim().min(1).max(MAX_RESULT).optional().describe('What happened afterwards, if known.'),
  beneficiaries: z.string().trim().min(1).max(MAX_BENEFICIARIES).optional().describe('Who benefited: a team, customers, on-call.'),
  links: z
    .array(z.strictObject({ title: z.string().trim().min(1).max(MAX_LINK_TITLE), url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }) }))
    .max(MAX_LINKS)
    .default([])
    .describe('Evidence outside git: design doc, dashboard, incident review (http or https).'),
});
export type LogInput = z.input<typeof LogInput>;

/**
 * The entry `input` (already checked with `LogInput`) becomes: id `id`, made at `now`, dated
 * `today` (ISO date) unless it says otherwise, with `evidence` (a piece of work's commits and PR and
 * where it shipped, see candidates.ts `candidateEvidence`, or none: a manual entry) before the links
 * the input gives (the same URL once, MAX_LINKS at most). Competencies not in `framework` are
 * refused, naming the ones that are. Throws an Error saying what is wrong.
 */
export function entryFromLog(
  input: z.output<typeof LogInput>,
  framework: readonly Competency[],
  evidence: { readonly sources: readonly Source[]; readonly links?: readonly EvidenceLink[] },
  id: string,
  now: Date,
  today: string,
): Entry {
  const { sources } = evidence;
  const links = [...(evidence.links ?? []), ...(input.links ?? [])].filter((l, i, all) => all.findIndex((x) => x.url === l.url) === i).slice(0, MAX_LINKS);
  const unknown = input.competencies.filter((c) => !framework.some((f) => f.id === c));
  if (unknown.length) throw new Error(`Unknown competency ${unknown.join(', ')}. The framework has: ${framework.map((c) => c.id).join(', ')}.`);
  return newEntry(
    {
      kind: input.kind,
      title: input.title,
      body: input.statement,
      competencies: input.competencies,
      occurredAt: input.occurredAt ?? today,
      sources: sources.length ? sources : [{ type: 'manual' }],
      tags: input.tags,
      result: input.result,
      beneficiaries: input.beneficiaries,
      links: links.length ? links : undefined,
      project: input.project,
    },
    id,
    now,
  );
}

/** VS Code's `impactJournal_logEntry` tool: a new entry, optionally from a piece of work `impactJournal_listCandidates` offered in the workspace. */
export const WorkspaceLogInput = LogInput.extend({
  candidateKey: z
    .string()
    .min(1)
    .max(300)
    .optional()
    .describe(
      'The key of a piece of work impactJournal_listCandidates returned: its commits and pull request become the evidence, and it is not offered again.',
    ),
});

/** VS Code's `impactJournal_listCandidates` tool: the workspace's notable unlogged work (the To annotate view's). */
export const WorkspaceCandidatesInput = z.strictObject({
  limit: z.number().int().min(1).max(50).optional().describe('At most this many, newest first (default 10).'),
});

/** The JSON schema a tool publishes for `schema` (package.json `contributes.languageModelTools[].inputSchema`), without the `$schema` line. */
export function toolInputSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _, ...json } = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
  return json;
}
