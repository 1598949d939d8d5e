/**
 * Builds the journal webview's `ViewState` from a journal (pure: no `vscode` import, so the webview
 * tests and the benchmark build their states with the same code as the panel).
 */
import * as l10n from '@vscode/l10n';
import { addMonths } from 'date-fns';
import type { Competency, Entry, JournalFile, Source } from '../../core/model';
import { liveEntries } from '../../core/model';
import { halfOf, parseLocalDate, quarterOf, quarterFromKey, toIsoDate, yearOf, type Period } from '../../core/quarters';
import type { ViewEntry, ViewPeriod, ViewSource, ViewState } from './protocol';

/** What the state depends on besides the journal. */
export interface ViewStateOptions {
  /** The active framework, in order. */
  readonly framework: readonly Competency[];
  readonly frameworkLabel: string;
  /** 1–12; 1 means calendar quarters only. */
  readonly fiscalYearStartMonth: number;
  /** "Today": the current quarter and the periods offered follow from it. */
  readonly now: Date;
  readonly focusEntryId?: string;
  readonly readOnly?: boolean;
  /** Set when the journal cannot be read. */
  readonly error?: string;
  /** The model "Draft statement" uses, when drafting is offered. */
  readonly draftWith?: string;
}

/** Quarters after the current one offered as goal targets. */
const FUTURE_QUARTERS = 4;

/** The view state of `journal` (undefined: unreadable, `options.error` says why). */
export function buildViewState(journal: JournalFile | undefined, options: ViewStateOptions): ViewState {
  const now = options.now;
  const fy = options.fiscalYearStartMonth;
  const entries = journal ? liveEntries(journal) : [];
  // newest first; ISO dates and timestamps compare as strings
  entries.sort((a, b) => (a.occurredAt === b.occurredAt ? (a.createdAt < b.createdAt ? 1 : -1) : a.occurredAt < b.occurredAt ? 1 : -1));
  const days = [...new Set(entries.map((e) => e.occurredAt))].map(parseLocalDate);
  const current = quarterOf(now, fy);
  const periods = periodChoices(days, now, fy);

  const quarterKeys = new Map<string, Period>();
  for (let i = -FUTURE_QUARTERS; i < 4; i++) {
    const q = quarterOf(addMonths(current.start, -3 * i), fy);
    quarterKeys.set(q.key, q);
  }
  for (const d of days) {
    const q = quarterOf(d, fy);
    quarterKeys.set(q.key, q);
  }
  for (const key of [...(journal?.assessments.map((a) => a.quarter) ?? []), ...(journal?.goals.map((g) => g.targetQuarter ?? '') ?? [])]) {
    const q = quarterFromKey(key, fy);
    if (q) quarterKeys.set(q.key, q);
  }
  const quarters = [...quarterKeys.values()].sort((a, b) => b.start.getTime() - a.start.getTime()).map((q) => ({ key: q.key, label: q.label }));

  const latest = days[0];
  const defaultPeriod = !latest || latest >= current.start ? current.key : quarterOf(latest, fy).key;
  return {
    entries: entries.map(toViewEntry),
    framework: options.framework.map((c) => ({ id: c.id, label: c.label, description: c.description })),
    frameworkLabel: options.frameworkLabel,
    goals: (journal?.goals ?? []).map((g) => ({ id: g.id, competency: g.competency, title: g.title, targetQuarter: g.targetQuarter, status: g.status })),
    ratings: (journal?.assessments ?? []).map((a) => ({ competency: a.competency, quarter: a.quarter, self: a.self, manager: a.manager })),
    periods,
    defaultPeriod,
    quarters,
    currentQuarter: current.key,
    focusEntryId: options.focusEntryId,
    readOnly: options.readOnly ?? false,
    error: journal ? undefined : (options.error ?? l10n.t('The journal could not be read.')),
    ...(options.draftWith ? { draftWith: options.draftWith } : {}),
  };
}

/**
 * The periods to filter by: every quarter (calendar, and fiscal when the fiscal year does not start
 * in January), half and year that holds an entry or today, newest first, then "All time".
 */
function periodChoices(days: readonly Date[], now: Date, fy: number): ViewPeriod[] {
  const kinds: Array<[ViewPeriod['kind'], (d: Date) => Period]> = [
    ['quarter', (d) => quarterOf(d, 1)],
    ...(fy === 1 ? [] : [['fiscalQuarter', (d: Date) => quarterOf(d, fy)] as [ViewPeriod['kind'], (d: Date) => Period]]),
    ['half', (d) => halfOf(d, fy)],
    ['year', (d) => yearOf(d, fy)],
  ];
  const out: ViewPeriod[] = [];
  for (const [kind, of] of kinds) {
    const byKey = new Map<string, Period>();
    for (const d of [now, ...days]) {
      const p = of(d);
      byKey.set(p.key, p);
    }
    const sorted = [...byKey.values()].sort((a, b) => b.start.getTime() - a.start.getTime());
    out.push(...sorted.map((p) => ({ key: p.key, label: p.label, kind, start: toIsoDate(p.start), end: toIsoDate(p.end) })));
  }
  out.push({ key: 'all', label: l10n.t('All time'), kind: 'all', start: '0000-01-01', end: '9999-12-31' });
  return out;
}

function toViewEntry(entry: Entry): ViewEntry {
  const repos = new Set<string>();
  for (const s of entry.sources) if (s.type !== 'manual') repos.add(s.repo);
  return {
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    occurredAt: entry.occurredAt,
    body: entry.body,
    competencies: entry.competencies,
    repos: [...repos],
    sources: entry.sources.map(toViewSource).filter((s): s is ViewSource => s !== undefined),
    goals: entry.goals ?? [],
    ...(entry.result ? { result: entry.result } : {}),
    ...(entry.metric ? { metric: entry.metric } : {}),
    ...(entry.beneficiaries ? { beneficiaries: entry.beneficiaries } : {}),
    links: entry.links ?? [],
    ...(entry.project ? { project: entry.project } : {}),
    tickets: entry.tickets ?? [],
    tags: entry.tags,
  };
}

function toViewSource(source: Source): ViewSource | undefined {
  switch (source.type) {
    case 'commit':
      return {
        type: 'commit',
        label: l10n.t('commit {0}', source.sha.slice(0, 7)),
        detail: `${source.repo} — ${source.subject} (+${source.additions} −${source.deletions})`,
        url: source.url,
      };
    case 'pullRequest': {
      // GitLab calls them merge requests and writes their numbers `!12`
      const gitlab = source.provider === 'gitlab';
      const detail = `${source.repo} — ${source.title}`;
      return source.role === 'reviewer'
        ? { type: 'review', label: gitlab ? l10n.t('reviewed MR !{0}', source.number) : l10n.t('reviewed PR #{0}', source.number), detail, url: source.url }
        : { type: 'pullRequest', label: gitlab ? l10n.t('MR !{0}', source.number) : l10n.t('PR #{0}', source.number), detail, url: source.url };
    }
    default:
      return undefined;
  }
}
