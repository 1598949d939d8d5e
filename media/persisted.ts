/**
 * What the journal webview keeps in its webview state (VS Code's `getState`/`setState`), so hiding
 * the panel or reloading the window keeps the tab, filters, grouping, scroll position and an open
 * draft. State written by an older build is read as far as it is understood, never trusted.
 */
import type { EntryDraft } from './draft';
import { GROUPINGS, type Filters, type Grouping } from './journalModel';

/** What survives hiding the panel and reloading the window (webview state). */
export interface Persisted {
  readonly v: 1;
  tab: 'journal' | 'growth';
  filters: Filters;
  grouping: Grouping;
  collapsed: string[];
  chartOpen: boolean;
  ratingQuarter?: string;
  /** Key of the first visible row and how far (px) its top was below the toolbar. */
  anchor?: { key: string; offset: number };
  /** The open editor's draft, so hiding the panel or reloading the window never loses typed text. */
  draft?: SavedDraft;
}

/** An open editor's draft: the row it was opened on (its key and group, see journalModel.ts `Row`) and what was typed. */
export interface SavedDraft {
  rowKey: string;
  group: string;
  draft: EntryDraft;
}

/** No filter: every kind, repository and text; the period is chosen when the first state comes. */
export const DEFAULT_FILTERS: Filters = { period: '', from: '', to: '', kind: 'all', repo: '', project: '', tag: '', text: '' };

/**
 * The persisted state from `raw` (what `getState` returned: anything, or nothing). Unknown or
 * malformed parts fall back to their defaults. A draft saved before drafts kept their group has it
 * taken from its row key (`e:<group>:<entry id>`).
 */
export function readPersisted(raw: unknown): Persisted {
  const base: Persisted = { v: 1, tab: 'journal', filters: { ...DEFAULT_FILTERS }, grouping: 'competency', collapsed: [], chartOpen: true };
  if (typeof raw !== 'object' || raw === null || (raw as { v?: unknown }).v !== 1) return base;
  const p = raw as Partial<Persisted>;
  return {
    ...base,
    tab: p.tab === 'growth' ? 'growth' : 'journal',
    filters: { ...DEFAULT_FILTERS, ...p.filters },
    grouping: GROUPINGS.find((g) => g === p.grouping) ?? 'competency',
    collapsed: Array.isArray(p.collapsed) ? p.collapsed.filter((c) => typeof c === 'string') : [],
    chartOpen: p.chartOpen !== false,
    ratingQuarter: typeof p.ratingQuarter === 'string' ? p.ratingQuarter : undefined,
    anchor: p.anchor && typeof p.anchor.key === 'string' && typeof p.anchor.offset === 'number' ? p.anchor : undefined,
    draft: readDraft(p.draft),
  };
}

function readDraft(raw: Partial<SavedDraft> | undefined): SavedDraft | undefined {
  if (!raw || typeof raw.rowKey !== 'string' || typeof raw.draft?.id !== 'string') return undefined;
  const { rowKey, draft } = raw;
  const group = typeof raw.group === 'string' ? raw.group : rowKey.slice(2, Math.max(2, rowKey.length - draft.id.length - 1));
  // a draft saved before entries had structured results has none of their fields
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  return {
    rowKey,
    group,
    draft: {
      ...draft,
      result: text(draft.result),
      metric: text(draft.metric),
      beneficiaries: text(draft.beneficiaries),
      links: text(draft.links),
      project: text(draft.project),
      tags: text(draft.tags),
    },
  };
}
