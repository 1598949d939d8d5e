/**
 * A quarter of the journal as Markdown: grouped by competency (framework order, then "Other"),
 * impact entries first, then learning, each with its date, statement and links to its sources.
 * All user and commit text is escaped (markdownEscape.ts) so the document renders as written.
 */
import { compareAsc, format } from 'date-fns';
import { groupByCompetency } from './competencies';
import { link, escapeBlock, escapeInline } from './markdownEscape';
import { liveEntries, type Competency, type Entry, type JournalFile, type Source } from './model';
import { describeRange, inQuarter, parseLocalDate, type Quarter } from './quarters';

/** Options of `exportQuarter`. */
export interface ExportOptions {
  readonly quarter: Quarter;
  /** The active competency framework, in display order. */
  readonly competencies: readonly Competency[];
  /** Shown in the footer; defaults to now. */
  readonly generatedAt?: Date;
}

/** Entries of `quarter` (by `occurredAt`), oldest first, tombstones excluded. */
export function entriesInQuarter(journal: JournalFile, quarter: Quarter): Entry[] {
  return liveEntries(journal)
    .filter((e) => inQuarter(parseLocalDate(e.occurredAt), quarter))
    .sort((a, b) => compareAsc(parseLocalDate(a.occurredAt), parseLocalDate(b.occurredAt)) || a.createdAt.localeCompare(b.createdAt));
}

/** Renders the quarter's entries as a Markdown document (UTF-8 text, `\n` line ends). */
export function exportQuarter(journal: JournalFile, options: ExportOptions): string {
  const { quarter } = options;
  const entries = entriesInQuarter(journal, quarter);
  const impact = entries.filter((e) => e.kind === 'impact').length;
  const lines: string[] = [
    `# Impact journal — ${escapeInline(quarter.label)}`,
    '',
    `${describeRange(quarter)} · ${count(entries.length, 'entry', 'entries')}: ${impact} impact, ${entries.length - impact} learning.`,
    '',
  ];
  if (entries.length === 0) {
    lines.push('_No entries in this quarter yet._', '');
  }
  for (const [competency, group] of groupByCompetency(entries, options.competencies)) {
    lines.push(`## ${escapeInline(competency.label)}`, '');
    for (const kind of ['impact', 'learning'] as const) {
      const ofKind = group.filter((e) => e.kind === kind);
      if (ofKind.length === 0) continue;
      lines.push(`### ${kind === 'impact' ? 'Impact' : 'Learning'}`, '');
      for (const entry of ofKind) lines.push(...renderEntry(entry, competency.id), '');
    }
  }
  const missing = options.competencies.filter((c) => !entries.some((e) => e.competencies.includes(c.id)));
  if (entries.length > 0 && missing.length > 0) {
    lines.push('## No evidence this quarter', '', missing.map((c) => escapeInline(c.label)).join(' · '), '');
  }
  lines.push('---', '', `_Exported from Impact Journal on ${format(options.generatedAt ?? new Date(), 'yyyy-MM-dd')}._`, '');
  return lines.join('\n');
}

function renderEntry(entry: Entry, underCompetency: string): string[] {
  const also = entry.competencies.length > 1 && entry.competencies.includes(underCompetency) ? ' _(also under other competencies)_' : '';
  const out = [`- **${escapeInline(entry.title)}** — ${entry.occurredAt}${also}`];
  if (entry.body.trim()) out.push('', escapeBlock(entry.body, '  '));
  const sources = entry.sources.map(renderSource).filter((s): s is string => s !== undefined);
  if (sources.length > 0) out.push('', `  Evidence: ${sources.join(' · ')}`);
  return out;
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
