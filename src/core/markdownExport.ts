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
import * as l10n from '@vscode/l10n';
import { format } from 'date-fns';
import { monthLabel } from './dateLabels';
import { groupByCompetency } from './competencies';
import { OTHER_COMPETENCY } from './limits';
import { formatMetric } from './evidence';
import { escapeBlock, escapeInline, link } from './markdownEscape';
import { liveEntries, type CommitSource, type Competency, type Entry, type JournalFile, type PullRequestSource, type Source } from './model';
import { describeRange, parseLocalDate, toIsoDate, type Period } from './quarters';

/** The export layouts. */
export const EXPORT_LAYOUTS = ['competency', 'brag', 'timeline'] as const;
export type ExportLayout = (typeof EXPORT_LAYOUTS)[number];

/** Names of the layouts as the user sees them (getters: read, and translated, when shown). */
export const LAYOUT_LABELS: Readonly<Record<ExportLayout, string>> = {
  get competency() {
    return l10n.t('Review by competency');
  },
  get brag() {
    return l10n.t('Brag document');
  },
  get timeline() {
    return l10n.t('Timeline');
  },
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

/** The brag document's sections: those of competencies, then Other and Learning. */
type BragSection = 'projects' | 'collaboration' | 'design' | 'other' | 'learning';

/** Brag-document sections and the competencies that go in each (the first match wins). */
const BRAG_SECTIONS: ReadonlyArray<{ section: BragSection; competencies: readonly string[] }> = [
  {
    section: 'projects',
    competencies: ['impact-ownership', 'execution-delivery', 'system-design', 'code-quality', 'reliability-operations', 'direction-innovation'],
  },
  { section: 'collaboration', competencies: ['collaboration', 'mentorship', 'code-review', 'org-building'] },
  { section: 'design', competencies: ['design-documentation', 'communication'] },
];

/** A brag-document section's heading. */
function bragTitle(section: BragSection): string {
  switch (section) {
    case 'projects':
      return l10n.t('Projects');
    case 'collaboration':
      return l10n.t('Collaboration & mentorship');
    case 'design':
      return l10n.t('Design & documentation');
    case 'other':
      return l10n.t('Other');
    case 'learning':
      return l10n.t('Learning');
  }
}

/** Renders the period's entries as a Markdown document (UTF-8 text, `\n` line ends). */
export function exportPeriod(journal: JournalFile, options: ExportOptions): string {
  const { period } = options;
  const layout = options.layout ?? 'competency';
  const entries = filterByTags(entriesInPeriod(journal, period), options.tags);
  const impact = entries.filter((e) => e.kind === 'impact').length;
  const label = escapeInline(period.label);
  const range = describeRange(period);
  const learning = entries.length - impact;
  const lines: string[] = [
    `# ${layout === 'brag' ? l10n.t('Brag document — {0}', label) : l10n.t('Impact journal — {0}', label)}`,
    '',
    entries.length === 1
      ? l10n.t('{0} · 1 entry: {1} impact, {2} learning.', range, impact, learning)
      : l10n.t('{0} · {1} entries: {2} impact, {3} learning.', range, entries.length, impact, learning),
    '',
  ];
  if (entries.length === 0) lines.push(`_${l10n.t('No entries in this period yet.')}_`, '');
  if (layout === 'competency') lines.push(...byCompetency(entries, options.competencies, options.summaries));
  if (layout === 'brag') lines.push(...brag(journal, entries, options.competencies));
  if (layout === 'timeline') lines.push(...timeline(entries));
  lines.push(...reviewsGiven(entries));
  if (layout !== 'brag') lines.push(...goals(journal, options.competencies));
  lines.push(...ratings(journal, period, options.competencies));
  const missing = options.competencies.filter((c) => !entries.some((e) => e.competencies.includes(c.id)));
  if (entries.length > 0 && missing.length > 0) {
    lines.push(`## ${l10n.t('No evidence this period')}`, '', missing.map((c) => escapeInline(c.label)).join(' · '), '');
  }
  lines.push('---', '', `_${l10n.t('Exported from Impact Journal on {0}.', format(options.generatedAt, 'yyyy-MM-dd'))}_`, '');
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
    lines.push(`## ${escapeInline(competency.label)}`, '', `_${entryCounts(impact, group.length - impact)}_`, '');
    const summary = summaries?.get(competency.id);
    if (summary?.markdown)
      lines.push(l10n.t('**Summary** _(drafted by {0}; each sentence cites its entries)_: {1}', escapeInline(summary.model), summary.markdown), '');
    for (const kind of ['impact', 'learning'] as const) {
      const ofKind = group.filter((e) => e.kind === kind);
      if (ofKind.length === 0) continue;
      lines.push(`### ${kind === 'impact' ? l10n.t('Impact') : l10n.t('Learning')}`, '');
      for (const entry of ofKind) {
        const first = home(entry);
        if (first !== competency.id) {
          lines.push(`- ${l10n.t('**{0}** — {1}: in full under *{2}*.', escapeInline(entry.title), entry.occurredAt, escapeInline(labels.get(first)!))}`, '');
          continue;
        }
        const others = entry.competencies.filter((id) => id !== first && labels.has(id)).map((id) => escapeInline(labels.get(id)!));
        lines.push(...renderEntry(entry, others.length > 0 ? ` ${l10n.t('_(also evidence for {0})_', others.join(', '))}` : ''), '');
      }
    }
  }
  return lines;
}

/** The brag-document section of an entry: learning entries in Learning, else by its first mapped competency. */
function bragSection(entry: Entry): BragSection {
  if (entry.kind === 'learning') return 'learning';
  for (const c of entry.competencies) {
    const section = BRAG_SECTIONS.find((s) => s.competencies.includes(c));
    if (section) return section.section;
  }
  return entry.competencies.includes('learning-growth') ? 'learning' : 'other';
}

/**
 * The brag document. As in Julia Evans' template, Projects gathers each project's entries under
 * its name (impact entries with a project, whatever their competency), then the other project
 * work; the other sections follow the entries' competencies.
 */
function brag(journal: JournalFile, entries: readonly Entry[], framework: readonly Competency[]): string[] {
  const lines: string[] = [...goals(journal, framework)];
  const inProject = (e: Entry): boolean => e.kind === 'impact' && e.project !== undefined;
  for (const section of [...BRAG_SECTIONS.map((s) => s.section), 'other', 'learning'] as const) {
    const mine = entries.filter((e) => !inProject(e) && bragSection(e) === section);
    if (section === 'projects') {
      const projects = [...new Set(entries.filter(inProject).map((e) => e.project!))];
      if (projects.length === 0 && mine.length === 0) continue;
      lines.push(`## ${bragTitle(section)}`, '');
      for (const project of projects) {
        lines.push(`### ${escapeInline(project)}`, '');
        for (const entry of entries.filter((e) => inProject(e) && e.project === project)) lines.push(...renderEntry(entry, '', false, false), '');
      }
      if (projects.length > 0 && mine.length > 0) lines.push(`### ${l10n.t('Other work')}`, '');
      for (const entry of mine) lines.push(...renderEntry(entry), '');
      continue;
    }
    if (mine.length === 0) continue;
    lines.push(`## ${bragTitle(section)}`, '');
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
      lines.push(`## ${monthLabel(parseLocalDate(`${m}-01`))}`, '');
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
    `## ${l10n.t('Reviews given')}`,
    '',
    reviews.length === 1 ? l10n.t('1 pull request reviewed:') : l10n.t('{0} pull requests reviewed:', reviews.length),
    '',
    ...reviews.map((r) => `- ${link(`${r.repo}#${r.number}`, r.url)} ${escapeInline(r.title)}`),
    '',
  ];
}

/** A goal's status as the document says it (an unknown status, from a newer version, as stored). */
function statusLabel(status: string): string {
  switch (status) {
    case 'planned':
      return l10n.t('planned');
    case 'inProgress':
      return l10n.t('in progress');
    case 'done':
      return l10n.t('done');
    case 'dropped':
      return l10n.t('dropped');
    default:
      return escapeInline(status);
  }
}

function goals(journal: JournalFile, framework: readonly Competency[]): string[] {
  if (journal.goals.length === 0) return [];
  const labels = new Map(framework.map((c) => [c.id, c.label]));
  return [
    `## ${l10n.t('Goals')}`,
    '',
    ...journal.goals.map((g) => {
      const title = escapeInline(g.title);
      const competency = escapeInline(labels.get(g.competency) ?? g.competency);
      const status = statusLabel(g.status);
      return `- ${
        g.targetQuarter
          ? l10n.t('{0} — {1}, target {2}: **{3}**', title, competency, escapeInline(g.targetQuarter), status)
          : l10n.t('{0} — {1}: **{2}**', title, competency, status)
      }`;
    }),
    '',
  ];
}

function ratings(journal: JournalFile, period: Period, framework: readonly Competency[]): string[] {
  const mine = journal.assessments.filter((a) => a.quarter === period.key);
  if (mine.length === 0) return [];
  const labels = new Map(framework.map((c) => [c.id, c.label]));
  return [
    `## ${l10n.t('Self-assessment')}`,
    '',
    `| ${l10n.t('Competency')} | ${l10n.t({ message: 'Self', comment: ['Column heading: the rating the user gave themselves (1–5)'] })} | ${l10n.t({ message: 'Manager', comment: ['Column heading: the rating the manager gave (1–5)'] })} |`,
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
  const kind = withKind ? ` _(${kindLabel(entry.kind)})_` : '';
  const out = [`- **${escapeInline(entry.title)}** — ${entry.occurredAt}${kind}${also}`];
  if (entry.body.trim()) out.push('', escapeBlock(entry.body, '  '));
  const results = [
    withProject && entry.project && `  ${l10n.t('**Project:** {0}', escapeInline(entry.project))}`,
    entry.result && `  ${l10n.t('**Result:** {0}', escapeInline(entry.result))}`,
    entry.metric && `  ${l10n.t('**Measured:** {0}', escapeInline(formatMetric(entry.metric)))}`,
    entry.beneficiaries && `  ${l10n.t('**Who benefited:** {0}', escapeInline(entry.beneficiaries))}`,
  ].filter((line): line is string => Boolean(line));
  // a hard line break (two spaces) between them: one short paragraph, each on its own line
  if (results.length > 0) out.push('', results.join('  \n'));
  const evidence = [
    ...(entry.links ?? []).map((l) => link(l.title, l.url)),
    ...(entry.tickets ?? []).map((t) => link(t.key, t.url)),
    ...renderSources(entry.sources),
  ];
  if (evidence.length > 0) out.push('', `  ${l10n.t('Evidence: {0}', evidence.join(' · '))}`);
  return out;
}

/** An entry's kind as the timeline names it after its date. */
function kindLabel(kind: Entry['kind']): string {
  return kind === 'impact' ? l10n.t('impact') : l10n.t('learning');
}

/** Commits listed one by one in an entry's evidence; more are summed up (a piece of work of many commits). */
const LISTED_COMMITS = 3;

/** A pull request source's link text: "PR #12", "reviewed #12"; GitLab's merge requests "MR !12", "reviewed !12". */
function pullRequestLabel(source: PullRequestSource): string {
  if (source.provider === 'gitlab') return source.role === 'reviewer' ? l10n.t('reviewed !{0}', source.number) : l10n.t('MR !{0}', source.number);
  return source.role === 'reviewer' ? l10n.t('reviewed #{0}', source.number) : l10n.t('PR #{0}', source.number);
}

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
  const first = commits.slice(0, LISTED_COMMITS).map((c) => link(l10n.t('commit {0}', c.sha.slice(0, 7)), c.url));
  return [
    ...out,
    l10n.t(
      '{0} commits in {1} ({2} and {3} more; +{4} −{5})',
      commits.length,
      repos.map(escapeInline).join(', '),
      first.join(', '),
      commits.length - LISTED_COMMITS,
      added,
      deleted,
    ),
  ];
}

function renderSource(source: Source): string | undefined {
  switch (source.type) {
    case 'commit':
      return l10n.t(
        '{0} in {1} ({2}, +{3} −{4})',
        link(l10n.t('commit {0}', source.sha.slice(0, 7)), source.url),
        escapeInline(source.repo),
        escapeInline(source.subject),
        source.additions,
        source.deletions,
      );
    case 'pullRequest':
      return l10n.t('{0} in {1} ({2})', link(pullRequestLabel(source), source.url), escapeInline(source.repo), escapeInline(source.title));
    default:
      return undefined;
  }
}

/** `3 impact entries, 1 learning entry.` (each plural combination one whole message). */
function entryCounts(impact: number, learning: number): string {
  if (impact === 1) return learning === 1 ? l10n.t('1 impact entry, 1 learning entry.') : l10n.t('1 impact entry, {0} learning entries.', learning);
  return learning === 1 ? l10n.t('{0} impact entries, 1 learning entry.', impact) : l10n.t('{0} impact entries, {1} learning entries.', impact, learning);
}
