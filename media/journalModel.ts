/**
 * What the journal webview shows, computed from the host's `ViewState` and the user's filters:
 * filtering (period, kind, repository, free text), grouping (competency, month, repository) into
 * the flat list of rows the virtualized list renders, and the evidence per competency. Pure
 * functions over plain data (no DOM), unit-tested in node (test/unit/webviewModel.test.ts).
 */
import * as l10n from '@vscode/l10n';
import type { ViewCompetency, ViewEntry, ViewPeriod, ViewState } from '../src/vscode/webview/protocol';
import { OTHER_COMPETENCY } from '../src/core/limits';
import { monthLabel as monthOf } from '../src/core/dateLabels';

/** How entries are grouped. */
export type Grouping = 'competency' | 'month' | 'repository' | 'project';
/** The groupings, in the order the toolbar offers them. */
export const GROUPINGS: readonly Grouping[] = ['competency', 'month', 'repository', 'project'];

/** The name of a grouping, in the display language (a function: the l10n bundle is configured after the imports run). */
export function groupingLabel(grouping: Grouping): string {
  switch (grouping) {
    case 'competency':
      return l10n.t('Competency');
    case 'month':
      return l10n.t('Month');
    case 'repository':
      return l10n.t('Repository');
    case 'project':
      return l10n.t('Project');
  }
}

/** Key of the custom-range period choice. */
export const CUSTOM_PERIOD = 'custom';

/** The user's filters (kept in the webview state, so they survive hiding and reloads). */
export interface Filters {
  /** A `ViewPeriod.key`, or `custom` (then `from`/`to`, inclusive ISO dates; an empty one is open). */
  readonly period: string;
  readonly from: string;
  readonly to: string;
  readonly kind: 'all' | 'impact' | 'learning';
  /** Repository name, `''` for every repository. */
  readonly repo: string;
  /** Project name, `''` for every project (and none). */
  readonly project: string;
  /** A tag (case-insensitive), `''` for any. */
  readonly tag: string;
  /** Free text: every word must appear in the title, statement or a source (case-insensitive). */
  readonly text: string;
}

/** Id of the pseudo-competency of entries outside the framework (as in core/competencies.ts). */
/** Group of entries without a repository (manual entries). */
export const NO_REPOSITORY = '';
/** Group of entries without a project (project groups are keyed `p:<name>`). */
export const NO_PROJECT = 'no-project';

/** A row of the list: a group header or an entry under a group. */
export type Row =
  | {
      readonly type: 'header';
      /** `g:<group key>` */
      readonly key: string;
      readonly group: string;
      readonly label: string;
      readonly description: string;
      readonly impact: number;
      readonly learning: number;
      readonly collapsed: boolean;
    }
  | {
      readonly type: 'entry';
      /** `e:<group key>:<entry id>` (an entry shown under two groups has two rows). */
      readonly key: string;
      readonly group: string;
      readonly entry: ViewEntry;
      /** Labels of the other groups the entry is also under (competency grouping), for the "shared" mark. */
      readonly shared: readonly string[];
    };

/** The inclusive-exclusive ISO date range `[start, end)` selected by `filters` (custom `to` is inclusive). */
export function selectedRange(periods: readonly ViewPeriod[], filters: Filters): { readonly start: string; readonly end: string; readonly label: string } {
  if (filters.period === CUSTOM_PERIOD) {
    const start = filters.from || '0000-01-01';
    // `to` is inclusive: everything on that day is < `to` + a character
    const end = filters.to ? `${filters.to}~` : '9999-12-31';
    const label = l10n.t({
      message: '{0} – {1}',
      args: [filters.from || '…', filters.to || '…'],
      comment: ['A custom date range: {0} its first day, {1} its last day (ISO dates; … for an open end)'],
    });
    return { start, end, label };
  }
  const period = periods.find((p) => p.key === filters.period) ?? periods.find((p) => p.kind === 'all');
  return period ? { start: period.start, end: period.end, label: period.label } : { start: '0000-01-01', end: '9999-12-31', label: l10n.t('All time') };
}

/** Lower-cased text searched for each entry, built once per state. */
const haystacks = new WeakMap<ViewEntry, string>();
function haystack(entry: ViewEntry): string {
  let text = haystacks.get(entry);
  if (text === undefined) {
    text = [
      entry.title,
      entry.body,
      entry.result ?? '',
      entry.beneficiaries ?? '',
      entry.project ?? '',
      ...entry.tags,
      ...entry.tickets.map((t) => t.key),
      ...entry.links.map((l) => l.title),
      ...entry.repos,
      ...entry.sources.flatMap((s) => [s.label, s.detail]),
    ]
      .join('\n')
      .toLocaleLowerCase();
    haystacks.set(entry, text);
  }
  return text;
}

/** Entries of the selected period only (the evidence chart's input). */
export function entriesInRange(entries: readonly ViewEntry[], range: { readonly start: string; readonly end: string }): ViewEntry[] {
  return entries.filter((e) => e.occurredAt >= range.start && e.occurredAt < range.end);
}

/** Entries that pass every filter, in the order given (newest first). */
export function filterEntries(entries: readonly ViewEntry[], periods: readonly ViewPeriod[], filters: Filters): ViewEntry[] {
  const range = selectedRange(periods, filters);
  const words = filters.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter(
    (e) =>
      e.occurredAt >= range.start &&
      e.occurredAt < range.end &&
      (filters.kind === 'all' || e.kind === filters.kind) &&
      (filters.repo === '' || e.repos.includes(filters.repo)) &&
      (!filters.project || e.project === filters.project) &&
      (!filters.tag || e.tags.some((t) => t.toLocaleLowerCase() === filters.tag.toLocaleLowerCase())) &&
      (words.length === 0 || words.every((w) => haystack(e).includes(w))),
  );
}

/** Every tag of the entries (in lower case), most recently used first. */
export function tagsOf(entries: readonly ViewEntry[]): string[] {
  return [...new Set(entries.flatMap((e) => e.tags.map((t) => t.toLocaleLowerCase())))];
}

/** Every project of the entries, most recently used first. */
export function projects(entries: readonly ViewEntry[]): string[] {
  return [...new Set(entries.flatMap((e) => (e.project ? [e.project] : [])))];
}

/** Every repository of the entries, most recently used first. */
export function repositories(entries: readonly ViewEntry[]): string[] {
  const seen = new Set<string>();
  for (const e of entries) for (const r of e.repos) seen.add(r);
  return [...seen];
}

/** `November 2026` for `2026-11`, in the display language (core/dateLabels.ts). */
export function monthLabel(yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number);
  return monthOf(new Date(year!, month! - 1, 1));
}

interface Group {
  readonly key: string;
  readonly label: string;
  readonly description: string;
  readonly entries: ViewEntry[];
}

/** Groups of `entries` under `grouping`, in display order, empty groups left out. */
export function groupEntries(entries: readonly ViewEntry[], grouping: Grouping, framework: readonly ViewCompetency[]): Group[] {
  switch (grouping) {
    case 'competency': {
      const known = new Map(framework.map((c) => [c.id, { key: c.id, label: c.label, description: c.description, entries: [] as ViewEntry[] }]));
      const other: Group = {
        key: OTHER_COMPETENCY,
        label: l10n.t('Other'),
        description: l10n.t('Entries whose competencies are not in the active framework.'),
        entries: [],
      };
      for (const e of entries) {
        let placed = false;
        for (const id of e.competencies) {
          const group = known.get(id);
          if (group && !group.entries.includes(e)) {
            group.entries.push(e);
            placed = true;
          }
        }
        if (!placed) other.entries.push(e);
      }
      return [...known.values(), other].filter((g) => g.entries.length > 0);
    }
    case 'month': {
      const months = new Map<string, Group>();
      for (const e of entries) {
        const key = e.occurredAt.slice(0, 7);
        let group = months.get(key);
        if (!group) months.set(key, (group = { key, label: monthLabel(key), description: '', entries: [] }));
        group.entries.push(e);
      }
      return [...months.values()].sort((a, b) => (a.key < b.key ? 1 : -1));
    }
    case 'repository': {
      const repos = new Map<string, Group>();
      const none: Group = {
        key: NO_REPOSITORY,
        label: l10n.t('No repository'),
        description: l10n.t('Entries typed in by hand, with no commit or pull request.'),
        entries: [],
      };
      for (const e of entries) {
        for (const r of e.repos) {
          let group = repos.get(r);
          if (!group) repos.set(r, (group = { key: r, label: r, description: '', entries: [] }));
          group.entries.push(e);
        }
        if (e.repos.length === 0) none.entries.push(e);
      }
      return [...repos.values(), none].filter((g) => g.entries.length > 0);
    }
    case 'project': {
      const byProject = new Map<string, Group>();
      const none: Group = { key: NO_PROJECT, label: l10n.t('No project'), description: l10n.t('Entries with no project set.'), entries: [] };
      for (const e of entries) {
        if (!e.project) {
          none.entries.push(e);
          continue;
        }
        let group = byProject.get(e.project);
        if (!group) byProject.set(e.project, (group = { key: `p:${e.project}`, label: e.project, description: '', entries: [] }));
        group.entries.push(e);
      }
      return [...byProject.values(), none].filter((g) => g.entries.length > 0);
    }
  }
}

/**
 * The rows of the list: a header per group (with its impact and learning counts), then its entries
 * unless the group is in `collapsed` (group keys).
 */
export function buildRows(entries: readonly ViewEntry[], grouping: Grouping, framework: readonly ViewCompetency[], collapsed: ReadonlySet<string>): Row[] {
  const groups = groupEntries(entries, grouping, framework);
  const labels = new Map(framework.map((c) => [c.id, c.label]));
  const rows: Row[] = [];
  for (const g of groups) {
    let impact = 0;
    for (const e of g.entries) if (e.kind === 'impact') impact++;
    const isCollapsed = collapsed.has(g.key);
    rows.push({
      type: 'header',
      key: `g:${g.key}`,
      group: g.key,
      label: g.label,
      description: g.description,
      impact,
      learning: g.entries.length - impact,
      collapsed: isCollapsed,
    });
    if (isCollapsed) continue;
    for (const entry of g.entries) {
      const shared =
        grouping === 'competency'
          ? entry.competencies.filter((id) => id !== g.key && labels.has(id)).map((id) => labels.get(id)!)
          : grouping === 'repository'
            ? entry.repos.filter((r) => r !== g.key)
            : [];
      rows.push({ type: 'entry', key: `e:${g.key}:${entry.id}`, group: g.key, entry, shared });
    }
  }
  return rows;
}

/** Evidence of one competency in a period. */
export interface Evidence {
  readonly id: string;
  readonly label: string;
  readonly impact: number;
  readonly learning: number;
}

/** Impact and learning entries per competency of the framework (all of them, zeros included), plus "Other" when it has any. */
export function evidence(entries: readonly ViewEntry[], framework: readonly ViewCompetency[]): Evidence[] {
  const counts = new Map(framework.map((c) => [c.id, { impact: 0, learning: 0 }]));
  const other = { impact: 0, learning: 0 };
  for (const e of entries) {
    let placed = false;
    for (const id of new Set(e.competencies)) {
      const c = counts.get(id);
      if (c) {
        c[e.kind]++;
        placed = true;
      }
    }
    if (!placed) other[e.kind]++;
  }
  const list = framework.map((c) => ({ id: c.id, label: c.label, ...counts.get(c.id)! }));
  if (other.impact + other.learning > 0) list.push({ id: OTHER_COMPETENCY, label: l10n.t('Other'), ...other });
  return list;
}

/** Entries linked to goal `goalId`. */
export function goalEvidence(entries: readonly ViewEntry[], goalId: string): ViewEntry[] {
  return entries.filter((e) => e.goals.includes(goalId));
}

/** The quarter-kind period holding `date` (fiscal when the state has fiscal quarters), for "show this entry". */
export function periodOf(state: Pick<ViewState, 'periods'>, date: string): string {
  const fiscal = state.periods.some((p) => p.kind === 'fiscalQuarter');
  const match = state.periods.find((p) => p.kind === (fiscal ? 'fiscalQuarter' : 'quarter') && date >= p.start && date < p.end);
  return match?.key ?? 'all';
}
