/**
 * A period of the journal as a Markdown document, in one of three layouts:
 * - `competency` ("Review by competency"): a summary line per competency, then impact entries with
 *   statement, date and links, then learning; an entry of several competencies is printed in full
 *   under its first and as a one-line pointer under the others;
 * - `brag` ("Brag document", Julia Evans' sections): Goals, Projects, Collaboration & mentorship,
 *   Design & documentation, Learning — each entry in the section of its first competency;
 * - `timeline`: by month, oldest first.
 * Every layout adds the reviews given (entries whose source is a PR the user reviewed), goals and
 * their status, self-ratings if present, and the competencies with no evidence. All user and
 * commit text is escaped (markdownEscape.ts) so the document renders exactly as written.
 */
import { format } from 'date-fns';
import { groupByCompetency } from './competencies';
import { OTHER_COMPETENCY } from './limits';
import { formatMetric } from './evidence';
import { escapeBlock, escapeInline, link } from './markdownEscape';
import { liveEntries, type CommitSource, type Competency, type Entry, type JournalFile, type PullRequestSource, type Source } from './model';
import { describeRange, parseLocalDate, toIsoDate, type Period } from './quarters';

/** The export layouts. */
export const EXPORT_LAYOUTS = ['competency', 'brag', 'timeline'] as const;
export type ExportLayout = (typeof EXPORT_LAYOUTS)[number];

/** Names of the layouts as the user sees them. */
export const LAYOUT_LABELS: Readonly<Record<ExportLayout, string>> = {
  competency: 'Review by competency',
  brag: 'Brag document',
  timeline: 'Timeline',
};

/** Options of `exportPeriod`. */
export interface ExportOptions {
  readonly period: Period;
  /** The active competency framework, in display order. */
  readonly competencies: readonly Competency[];
  /** Default `competency`. */
  readonly layout?: ExportLayout;
  /** When the document is made ("now"), shown in the footer as its local date. */
  readonly generatedAt: Date;
  /** Only entries with one of `include` (when given), none with one of `exclude`; compared case-insensitively. */
  readonly tags?: TagFilter;
  /**
   * Drafted summaries by competency id (the "Review by competency" layout prints each under its
   * competency's heading): Markdown checked by aiDrafts.ts `citedSummary`, and the model that wrote it.
   */
  readonly summaries?: ReadonlyMap<string, { readonly markdown: string; readonly model: string }>;
}

/** Which entries go by their free tags: e.g. `{ exclude: ['private'] }` keeps private entries out of a shared document. */
export interface TagFilter {
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
}

/** The entries of `entries` that `filter` lets through (all of them without a filter). */
export function filterByTags<T extends { readonly tags: readonly string[] }>(entries: readonly T[], filter: TagFilter | undefined): T[] {
  const norm = (tags: readonly string[] | undefined): Set<string> => new Set((tags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean));
  const include = norm(filter?.include);
  const exclude = norm(filter?.exclude);
  return entries.filter((e) => {
    const tags = e.tags.map((t) => t.trim().toLowerCase());
    return (include.size === 0 || tags.some((t) => include.has(t))) && !tags.some((t) => exclude.has(t));
  });
}

/** Entries of `period` (by `occurredAt`), oldest first, tombstones excluded. */
export function entriesInPeriod(journal: JournalFile, period: Period): Entry[] {
  // `occurredAt` is a validated YYYY-MM-DD date: ISO dates compare as strings, with no date parsing per entry
  const start = toIsoDate(period.start);
  const end = toIsoDate(period.end);
  return liveEntries(journal)
    .filter((e) => e.occurredAt >= start && e.occurredAt < end)
    .sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.createdAt.localeCompare(b.createdAt)));
}

/** Brag-document sections and the competencies that go in each (the first match wins). */
const BRAG_SECTIONS: ReadonlyArray<{ title: string; competencies: readonly string[] }> = [
  {
    title: 'Projects',
    competencies: ['impact-ownership', 'execution-delivery', 'system-design', 'code-quality', 'reliability-operations', 'direction-innovation'],
  },
  { title: 'Collaboration & mentorship', competencies: ['collaboration', 'mentorship', 'code-review', 'org-building'] },
  { title: 'Design & documentation', competencies: ['design-documentation', 'communication'] },
];

/** Renders the period's entries as a Markdown document (UTF-8 text, `\n` line ends). */
export function exportPeriod(journal: JournalFile, options: ExportOptions): string {
  const { period } = options;
  const layout = options.layout ?? 'competency';
  const entries = filterByTags(entriesInPeriod(journal, period), options.tags);
  const impact = entries.filter((e) => e.kind === 'impact').length;
  const lines: string[] = [
    `# ${layout === 'brag' ? 'Brag document' : 'Impact journal'} — ${escapeInline(period.label)}`,
    '',
    `${describeRange(period)} · ${count(entries.length, 'entry', 'entries')}: ${impact} impact, ${entries.length - impact} learning.`,
    '',
  ];
  if (entries.length === 0) lines.push('_No entries in this period yet._', '');
  if (layout === 'competency') lines.push(...byCompetency(entries, options.competencies, options.summaries));
  if (layout === 'brag') lines.push(...brag(journal, entries, options.competencies));
  if (layout === 'timeline') lines.push(...timeline(entries));
  lines.push(...reviewsGiven(entries));
  if (layout !== 'brag') lines.push(...goals(journal, options.competencies));
  lines.push(...ratings(journal, period, options.competencies));
  const missing = options.competencies.filter((c) => !entries.some((e) => e.competencies.includes(c.id)));
  if (entries.length > 0 && missing.length > 0) {
    lines.push('## No evidence this period', '', missing.map((c) => escapeInline(c.label)).join(' · '), '');
  }
  lines.push('---', '', `_Exported from Impact Journal on ${format(options.generatedAt, 'yyyy-MM-dd')}._`, '');
  return lines.join('\n');
}

/**
 * The "Review by competency" layout. An entry evidence of several competencies is printed in full
 * once, under its first competency that has a section (the one its author put first), with the
 * others named; under each of the others it is one line that points back there, so a packet reads
 * each piece of work once.
 */
function byCompetency(entries: readonly Entry[], framework: readonly Competency[], summaries: ExportOptions['summaries']): string[] {
  const lines: string[] = [];
  const groups = groupByCompetency(entries, framework);
  const labels = new Map(groups.map(([c]) => [c.id, c.label]));
  /** Where an entry is printed in full: its first competency with a section ("Other" when none is known). */
  const home = (entry: Entry): string => entry.competencies.find((id) => labels.has(id)) ?? OTHER_COMPETENCY;
  for (const [competency, group] of groups) {
    const impact = group.filter((e) => e.kind === 'impact').length;
    lines.push(
      `## ${escapeInline(competency.label)}`,
      '',
      `_${count(impact, 'impact entry', 'impact entries')}, ${count(group.length - impact, 'learning entry', 'learning entries')}._`,
      '',
    );
    const summary = summaries?.get(competency.id);
    if (summary?.markdown) lines.push(`**Summary** _(drafted by ${escapeInline(summary.model)}; each sentence cites its entries)_: ${summary.markdown}`, '');
    for (const kind of ['impact', 'learning'] as const) {
      const ofKind = group.filter((e) => e.kind === kind);
      if (ofKind.length === 0) continue;
      lines.push(`### ${kind === 'impact' ? 'Impact' : 'Learning'}`, '');
      for (const entry of ofKind) {
        const first = home(entry);
        if (first !== competency.id) {
          lines.push(`- **${escapeInline(entry.title)}** — ${entry.occurredAt}: in full under *${escapeInline(labels.get(first)!)}*.`, '');
          continue;
        }
        const others = entry.competencies.filter((id) => id !== first && labels.has(id)).map((id) => escapeInline(labels.get(id)!));
        lines.push(...renderEntry(entry, others.length > 0 ? ` _(also evidence for ${others.join(', ')})_` : ''), '');
      }
    }
  }
  return lines;
}

/** The brag-document section of an entry: learning entries in Learning, else by its first mapped competency. */
function bragSection(entry: Entry): string {
  if (entry.kind === 'learning') return 'Learning';
  for (const c of entry.competencies) {
    const section = BRAG_SECTIONS.find((s) => s.competencies.includes(c));
    if (section) return section.title;
  }
  return entry.competencies.includes('learning-growth') ? 'Learning' : 'Other';
}

/**
 * The brag document. As in Julia Evans' template, Projects gathers each project's entries under
 * its name (impact entries with a project, whatever their competency), then the other project
 * work; the other sections follow the entries' competencies.
 */
function brag(journal: JournalFile, entries: readonly Entry[], framework: readonly Competency[]): string[] {
  const lines: string[] = [...goals(journal, framework)];
  const inProject = (e: Entry): boolean => e.kind === 'impact' && e.project !== undefined;
  for (const title of [...BRAG_SECTIONS.map((s) => s.title), 'Other', 'Learning']) {
    const mine = entries.filter((e) => !inProject(e) && bragSection(e) === title);
    if (title === 'Projects') {
      const projects = [...new Set(entries.filter(inProject).map((e) => e.project!))];
      if (projects.length === 0 && mine.length === 0) continue;
      lines.push(`## ${title}`, '');
      for (const project of projects) {
        lines.push(`### ${escapeInline(project)}`, '');
        for (const entry of entries.filter((e) => inProject(e) && e.project === project)) lines.push(...renderEntry(entry, '', false, false), '');
      }
      if (projects.length > 0 && mine.length > 0) lines.push('### Other work', '');
      for (const entry of mine) lines.push(...renderEntry(entry), '');
      continue;
    }
    if (mine.length === 0) continue;
    lines.push(`## ${title}`, '');
    for (const entry of mine) lines.push(...renderEntry(entry), '');
  }
  return lines;
}

function timeline(entries: readonly Entry[]): string[] {
  const lines: string[] = [];
  let month = '';
  for (const entry of entries) {
    // entries are sorted by date: a heading whenever the YYYY-MM part changes
    const m = entry.occurredAt.slice(0, 7);
    if (m !== month) {
      lines.push(`## ${format(parseLocalDate(`${m}-01`), 'MMMM yyyy')}`, '');
      month = m;
    }
    lines.push(...renderEntry(entry, '', true), '');
  }
  return lines;
}

function reviewsGiven(entries: readonly Entry[]): string[] {
  const reviews = entries.flatMap((e) => e.sources.filter((s): s is PullRequestSource => s.type === 'pullRequest' && s.role === 'reviewer'));
  if (reviews.length === 0) return [];
  return [
    '## Reviews given',
    '',
    `${count(reviews.length, 'pull request', 'pull requests')} reviewed:`,
    '',
    ...reviews.map((r) => `- ${link(`${r.repo}#${r.number}`, r.url)} ${escapeInline(r.title)}`),
    '',
  ];
}

const STATUS: Record<string, string> = { planned: 'planned', inProgress: 'in progress', done: 'done', dropped: 'dropped' };

function goals(journal: JournalFile, framework: readonly Competency[]): string[] {
  if (journal.goals.length === 0) return [];
  const labels = new Map(framework.map((c) => [c.id, c.label]));
  return [
    '## Goals',
    '',
    ...journal.goals.map(
      (g) =>
        `- ${escapeInline(g.title)} — ${escapeInline(labels.get(g.competency) ?? g.competency)}${g.targetQuarter ? `, target ${escapeInline(g.targetQuarter)}` : ''}: **${STATUS[g.status] ?? escapeInline(g.status)}**`,
    ),
    '',
  ];
}

function ratings(journal: JournalFile, period: Period, framework: readonly Competency[]): string[] {
  const mine = journal.assessments.filter((a) => a.quarter === period.key);
  if (mine.length === 0) return [];
  const labels = new Map(framework.map((c) => [c.id, c.label]));
  return [
    '## Self-assessment',
    '',
    '| Competency | Self | Manager |',
    '| --- | --- | --- |',
    ...mine.map((a) => `| ${escapeInline(labels.get(a.competency) ?? a.competency)} | ${a.self} / 5 | ${a.manager ? `${a.manager} / 5` : '—'} |`),
    '',
  ];
}

/**
 * An entry in full: title, date (`also`: a note after it), statement, its structured results
 * (Result, Measured, Who benefited) and its evidence: links the user added, then its PRs and commits.
 */
function renderEntry(entry: Entry, also = '', withKind = false, withProject = true): string[] {
  const kind = withKind ? ` _(${entry.kind})_` : '';
  const out = [`- **${escapeInline(entry.title)}** — ${entry.occurredAt}${kind}${also}`];
  if (entry.body.trim()) out.push('', escapeBlock(entry.body, '  '));
  const results = [
    withProject && entry.project && `  **Project:** ${escapeInline(entry.project)}`,
    entry.result && `  **Result:** ${escapeInline(entry.result)}`,
    entry.metric && `  **Measured:** ${escapeInline(formatMetric(entry.metric))}`,
    entry.beneficiaries && `  **Who benefited:** ${escapeInline(entry.beneficiaries)}`,
  ].filter((line): line is string => Boolean(line));
  // a hard line break (two spaces) between them: one short paragraph, each on its own line
  if (results.length > 0) out.push('', results.join('  \n'));
  const evidence = [
    ...(entry.links ?? []).map((l) => link(l.title, l.url)),
    ...(entry.tickets ?? []).map((t) => link(t.key, t.url)),
    ...renderSources(entry.sources),
  ];
  if (evidence.length > 0) out.push('', `  Evidence: ${evidence.join(' · ')}`);
  return out;
}

/** Commits listed one by one in an entry's evidence; more are summed up (a piece of work of many commits). */
const LISTED_COMMITS = 3;

/**
 * An entry's evidence: its pull requests, then its commits — each when there are a few, else the
 * first ones and a count with the total lines, all in one repository line.
 */
function renderSources(sources: readonly Source[]): string[] {
  const out = sources
    .filter((s) => s.type !== 'commit')
    .map(renderSource)
    .filter((s): s is string => s !== undefined);
  const commits = sources.filter((s): s is CommitSource => s.type === 'commit');
  if (commits.length <= LISTED_COMMITS) return [...out, ...commits.map((c) => renderSource(c)!)];
  const added = commits.reduce((n, c) => n + c.additions, 0);
  const deleted = commits.reduce((n, c) => n + c.deletions, 0);
  const repos = [...new Set(commits.map((c) => c.repo))];
  const first = commits.slice(0, LISTED_COMMITS).map((c) => link(`commit ${c.sha.slice(0, 7)}`, c.url));
  return [
    ...out,
    `${commits.length} commits in ${repos.map(escapeInline).join(', ')} (${first.join(', ')} and ${commits.length - LISTED_COMMITS} more; +${added} −${deleted})`,
  ];
}

function renderSource(source: Source): string | undefined {
  switch (source.type) {
    case 'commit':
      return `${link(`commit ${source.sha.slice(0, 7)}`, source.url)} in ${escapeInline(source.repo)} (${escapeInline(source.subject)}, +${source.additions} −${source.deletions})`;
    case 'pullRequest':
      return `${link(`${source.role === 'reviewer' ? 'reviewed' : 'PR'} #${source.number}`, source.url)} in ${escapeInline(source.repo)} (${escapeInline(source.title)})`;
    default:
      return undefined;
  }
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
