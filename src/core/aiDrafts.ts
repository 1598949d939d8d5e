/**
 * Drafts written by the user's own language model (VS Code's Language Model API, src/vscode/ai.ts),
 * grounded in the journal: the prompts, and the checks on what comes back. A competency summary
 * must cite the entries each sentence rests on (`[<entry id>]`); a sentence that cites none, or
 * only ids that are not among the entries it was given, is dropped, and the citations become links
 * to each entry's evidence. What the model writes is untrusted text: it is escaped like any other.
 */
import { escapeInline, link } from './markdownEscape';
import type { Competency, Entry } from './model';

/** The most entries one summary prompt lists (the newest), so a prompt stays within a model's window. */
export const MAX_PROMPT_ENTRIES = 40;
/** The longest statement quoted per entry in a prompt, characters. */
const MAX_QUOTED = 600;

/** An entry id as entries carry them (a UUID). */
const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTED ? `${flat.slice(0, MAX_QUOTED)}…` : flat;
}

/**
 * The prompt for the one-paragraph summary of `competency` from `entries` (the period's entries
 * tagged with it; the newest `MAX_PROMPT_ENTRIES`): each entry as `[id] date, kind: title — statement
 * (result; project)`. Nothing else of the journal, and no evidence URLs, goes into it.
 */
export function summaryPrompt(competency: Competency, entries: readonly Entry[], periodLabel: string): string {
  const listed = [...entries].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)).slice(0, MAX_PROMPT_ENTRIES);
  return [
    `You help a software engineer write the "${competency.label}" part of their self-review for ${periodLabel}.`,
    competency.description ? `The competency: ${competency.description}` : '',
    'Write one paragraph of 2 to 5 sentences, in the first person and the past tense, that sums up the evidence below.',
    'End every sentence with the ids of the entries it rests on, in square brackets, e.g. [3f2b…]. Use only these entries; add no fact, number or claim they do not state.',
    '',
    'Entries:',
    ...listed.map(entryLine),
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n');
}

/** A drafted summary after its check: the Markdown paragraph (sentences with their citations as links) and how many sentences were dropped. */
export interface CitedSummary {
  /** Empty when no sentence cited an entry. */
  readonly markdown: string;
  readonly kept: number;
  readonly dropped: number;
}

/** The sentences of `text`: split after `.`, `!` or `?` followed by a space, keeping a closing citation with its sentence. */
function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?](?:\s*\[[^\]]*\])*)\s+(?=\S)/)
    .filter((s) => s.trim());
}

/**
 * Checks a model's summary against the `entries` it was given: a sentence is kept only when it
 * cites at least one of them by id; its citations are taken out of its words and printed after it
 * with `cite` (default: a link to each cited entry's evidence — its first link, pull request or
 * commit —, its title in italics when it has none). Everything the model wrote is escaped.
 */
export function citedSummary(text: string, entries: readonly Entry[], cite: (entry: Entry) => string = citation): CitedSummary {
  const byId = new Map(entries.map((e) => [e.id.toLowerCase(), e]));
  const kept: string[] = [];
  let dropped = 0;
  for (const sentence of sentences(text)) {
    const cited = [...new Set([...sentence.matchAll(ID)].map((m) => m[0].toLowerCase()))].map((id) => byId.get(id)).filter((e): e is Entry => e !== undefined);
    if (cited.length === 0) {
      dropped++;
      continue;
    }
    // the citations (bracketed lists of ids) leave the words; other brackets stay, escaped
    const words = sentence
      .replace(/\s*\[[^\]]*[0-9a-f]{8}-[0-9a-f]{4}-[^\]]*\]/gi, '')
      .replace(/\s+([.!?])$/, '$1')
      .trim();
    kept.push(`${escapeInline(words)} (${cited.map(cite).join('; ')})`);
  }
  return { markdown: kept.join(' '), kept: kept.length, dropped };
}

/** An entry cited: its title linked to its first evidence URL, or in italics without one. */
function citation(entry: Entry): string {
  const url =
    entry.links?.[0]?.url ??
    entry.sources.flatMap((s) => (s.type === 'pullRequest' ? [s.url] : [])).at(0) ??
    entry.sources.flatMap((s) => (s.type === 'commit' && s.url ? [s.url] : [])).at(0);
  return url ? link(entry.title, url) : `*${escapeInline(entry.title)}*`;
}

/**
 * The prompt for a question about the user's work (`@journal` in VS Code's chat), answered from
 * `entries` only (the newest `MAX_PROMPT_ENTRIES` of those given), each listed as in `summaryPrompt`.
 * `review`: the question asks for a self-review paragraph.
 */
export function questionPrompt(question: string, entries: readonly Entry[], today: string): string {
  const listed = [...entries].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)).slice(0, MAX_PROMPT_ENTRIES);
  return [
    `You answer a software engineer's question about their own work, from their impact journal. Today is ${today}.`,
    'Answer in a few sentences, in the second person, from the entries below only; add no fact, number or claim they do not state.',
    'End every sentence with the ids of the entries it rests on, in square brackets, e.g. [3f2b…]. If the entries do not answer the question, say so in one sentence that cites the closest entry.',
    '',
    `Question: ${quoted(question)}`,
    '',
    'Entries:',
    ...listed.map(entryLine),
  ].join('\n');
}

/** An entry as prompts list it: `[id] date, kind: title — statement (result; project; competencies)`. */
function entryLine(e: Entry): string {
  const extra = [
    e.result ? `result: ${quoted(e.result)}` : '',
    e.project ? `project: ${quoted(e.project)}` : '',
    e.competencies.length ? `competencies: ${e.competencies.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return `[${e.id}] ${e.occurredAt}, ${e.kind}: ${quoted(e.title)}${e.body.trim() ? ` — ${quoted(e.body)}` : ''}${extra ? ` (${extra})` : ''}`;
}

/** What a first impact statement is drafted from: the piece of work's words and sizes, never its files' contents. */
export interface StatementMaterial {
  /** The unit's title (a PR's, a topic's description, the biggest commit's subject). */
  readonly title: string;
  /** A pull request's title and description, when the work is one. */
  readonly pullRequest?: { readonly number: number; readonly title: string; readonly body?: string };
  /** Its commits, oldest first: message and size (lines). */
  readonly commits: ReadonlyArray<{ readonly subject: string; readonly body: string; readonly additions: number; readonly deletions: number }>;
  /** Paths of the files it changed (no contents); may be empty when only their number is known (`fileCount`). */
  readonly files: readonly string[];
  /** How many files it changed, when the paths are not known. */
  readonly fileCount?: number;
}

/** The most commits and files a statement prompt lists. */
const MAX_PROMPT_COMMITS = 30;
const MAX_PROMPT_FILES = 40;

/**
 * The prompt for a first impact statement of `material` (kind `impact` or `learning`): the commit
 * messages, the PR's title and description, the sizes and the file list; the model is asked for a
 * short statement in the past tense with no invented result.
 */
export function statementPrompt(material: StatementMaterial, kind: 'impact' | 'learning'): string {
  const commits = material.commits.slice(-MAX_PROMPT_COMMITS);
  const added = material.commits.reduce((n, c) => n + c.additions, 0);
  const deleted = material.commits.reduce((n, c) => n + c.deletions, 0);
  return [
    kind === 'impact'
      ? 'Write the impact statement of a software engineer’s journal entry about the work below: 1 to 3 sentences, in the first person and the past tense, saying what changed and for whom.'
      : 'Write the learning statement of a software engineer’s journal entry about the work below: 1 to 3 sentences, in the first person and the past tense, saying what was learned and where it will be used.',
    'Use only what the messages say; do not invent results, numbers or people. Answer with the statement only.',
    '',
    `Work: ${quoted(material.title)}`,
    material.pullRequest
      ? `Pull request #${material.pullRequest.number}: ${quoted(material.pullRequest.title)}${material.pullRequest.body?.trim() ? ` — ${quoted(material.pullRequest.body)}` : ''}`
      : '',
    `Size: ${material.commits.length} ${material.commits.length === 1 ? 'commit' : 'commits'}, +${added} −${deleted} lines in ${material.fileCount ?? material.files.length} files`,
    '',
    ...(commits.length
      ? ['Commits:', ...commits.map((c) => `- ${quoted(c.subject)} (+${c.additions} −${c.deletions})${c.body.trim() ? `\n  ${quoted(c.body)}` : ''}`), '']
      : []),
    ...(material.files.length ? ['Files changed:', ...material.files.slice(0, MAX_PROMPT_FILES).map((f) => `- ${f}`)] : []),
    material.files.length > MAX_PROMPT_FILES ? `- … and ${material.files.length - MAX_PROMPT_FILES} more` : '',
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n')
    .trim();
}

/** A model's statement as the entry's draft: plain text, trimmed, one paragraph, cut to `max` characters. */
export function draftedStatement(text: string, max: number): string {
  const flat = text
    .replace(/^\s*(statement|impact statement)\s*:\s*/i, '')
    .replace(/^["“]|["”]$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? flat.slice(0, max) : flat;
}

/** What an entry's own sources say of its work (the journal keeps commits' subjects and sizes, and PR titles; not their files). */
export function materialOf(entry: Entry): StatementMaterial {
  const commits = entry.sources.flatMap((s) => (s.type === 'commit' ? [s] : [])).reverse();
  const pr = entry.sources.find((s) => s.type === 'pullRequest');
  return {
    title: entry.title,
    commits: commits.map((c) => ({ subject: c.subject, body: '', additions: c.additions, deletions: c.deletions })),
    files: [],
    fileCount: commits.reduce((n, c) => n + c.files, 0),
    ...(pr?.type === 'pullRequest' ? { pullRequest: { number: pr.number, title: pr.title } } : {}),
  };
}
