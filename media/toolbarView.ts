/**
 * The journal webview's sticky toolbar: the title, the Journal / Goals & ratings tabs, the
 * framework picker and, on the journal tab, the filters (period, custom range, kind, repository,
 * search) and the grouping, with the count of entries shown.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ViewPeriod, ViewState } from '../src/vscode/webview/protocol';
import { CUSTOM_PERIOD, GROUPINGS, projects, repositories, tagsOf, type Filters, type Grouping } from './journalModel';
import type { Persisted } from './persisted';

/** What the toolbar shows and what it reports. */
export interface ToolbarProps {
  readonly state: ViewState;
  readonly tab: Persisted['tab'];
  readonly filters: Filters;
  readonly grouping: Grouping;
  /** Entries shown by the filters. */
  readonly shown: number;
  /** A tab was picked; `focus` when by the keyboard (the picked tab is to get the focus). */
  readonly onTab: (tab: Persisted['tab'], focus: boolean) => void;
  readonly onFilters: (change: Partial<Filters>) => void;
  readonly onGrouping: (grouping: Grouping) => void;
  readonly onChooseFramework: () => void;
}

const KIND_LABEL: Record<ViewPeriod['kind'], string> = { quarter: 'Quarter', fiscalQuarter: 'Fiscal quarter', half: 'Half', year: 'Year', all: '' };

/** The `value` of the form control an event came from. */
function valueOf(event: Event): string {
  return (event.target as HTMLInputElement).value;
}

/** The toolbar (`<header class="toolbar">`). */
export function toolbarView(p: ToolbarProps): TemplateResult {
  const tab = (id: Persisted['tab'], label: string, icon: string): TemplateResult =>
    html`<button role="tab" id=${`tab-${id}`} class="tab" aria-selected=${p.tab === id ? 'true' : 'false'} aria-controls="tabpanel" tabindex=${p.tab === id ? 0 : -1}
      @click=${() => p.onTab(id, false)} @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') p.onTab(p.tab === 'journal' ? 'growth' : 'journal', true);
      }}><span class="codicon codicon-${icon}" aria-hidden="true"></span> ${label}</button>`;
  return html`<header class="toolbar">
    <div class="toolbar-row">
      <h1>Impact Journal</h1>
      <div role="tablist" aria-label="Views">${tab('journal', 'Journal', 'book')}${tab('growth', 'Goals & ratings', 'target')}</div>
      <span class="spacer"></span>
      <span class="muted framework" title="Competency framework">${p.state.frameworkLabel}</span>
      <vscode-button secondary icon="list-tree" @click=${p.onChooseFramework}>Framework…</vscode-button>
    </div>
    ${p.tab === 'journal' ? filtersRow(p) : nothing}
  </header>`;
}

function filtersRow(p: ToolbarProps): TemplateResult {
  const { state, filters: f, onFilters } = p;
  const byKind = new Map<ViewPeriod['kind'], ViewPeriod[]>();
  for (const period of state.periods) byKind.set(period.kind, [...(byKind.get(period.kind) ?? []), period]);
  return html`<div class="toolbar-row filters" role="search" aria-label="Filter entries">
    <label>Period
      <vscode-single-select id="period" aria-label="Period" label="Period" .value=${f.period} @change=${(e: Event) => onFilters({ period: valueOf(e) })}>
        ${[...byKind.entries()].flatMap(([kind, list]) =>
          list.map(
            (period) =>
              html`<vscode-option value=${period.key} description=${KIND_LABEL[kind]} ?selected=${period.key === f.period}>${kind === 'fiscalQuarter' ? `${period.label} (fiscal)` : period.label}</vscode-option>`,
          ),
        )}
        <vscode-option value=${CUSTOM_PERIOD} ?selected=${f.period === CUSTOM_PERIOD}>Custom range…</vscode-option>
      </vscode-single-select>
    </label>
    ${
      f.period === CUSTOM_PERIOD
        ? html`<label>From <vscode-textfield id="from" .label=${'From'} type="date" .value=${f.from} @change=${(e: Event) => onFilters({ from: valueOf(e) })}></vscode-textfield></label>
          <label>To <vscode-textfield id="to" .label=${'To'} type="date" .value=${f.to} @change=${(e: Event) => onFilters({ to: valueOf(e) })}></vscode-textfield></label>`
        : nothing
    }
    <label>Kind
      <vscode-single-select id="kind" aria-label="Kind" label="Kind" .value=${f.kind} @change=${(e: Event) => onFilters({ kind: valueOf(e) as Filters['kind'] })}>
        <vscode-option value="all" ?selected=${f.kind === 'all'}>All</vscode-option>
        <vscode-option value="impact" ?selected=${f.kind === 'impact'}>Impact</vscode-option>
        <vscode-option value="learning" ?selected=${f.kind === 'learning'}>Learning</vscode-option>
      </vscode-single-select>
    </label>
    <label>Repository
      <vscode-single-select id="repo" aria-label="Repository" label="Repository" .value=${f.repo} @change=${(e: Event) => onFilters({ repo: valueOf(e) })}>
        <vscode-option value="" ?selected=${f.repo === ''}>All repositories</vscode-option>
        ${repositories(state.entries).map((r) => html`<vscode-option value=${r} ?selected=${r === f.repo}>${r}</vscode-option>`)}
      </vscode-single-select>
    </label>
    ${optionalFilter('project', 'Project', 'All projects', projects(state.entries), f.project, (project) => onFilters({ project }))}
    ${optionalFilter('tag', 'Tag', 'All tags', tagsOf(state.entries), f.tag, (tag) => onFilters({ tag }))}
    <label class="grow">Search
      <vscode-textfield id="search" type="search" placeholder="Title, statement or source" aria-label="Search entries" .label=${'Search entries'} .value=${f.text}
        @input=${(e: Event) => onFilters({ text: valueOf(e) })}><span slot="content-before" class="codicon codicon-search" aria-hidden="true"></span></vscode-textfield>
    </label>
    <label>Group by
      <vscode-single-select id="grouping" aria-label="Group by" label="Group by" .value=${p.grouping} @change=${(e: Event) => p.onGrouping(valueOf(e) as Grouping)}>
        ${GROUPINGS.map((g) => html`<vscode-option value=${g.id} ?selected=${g.id === p.grouping}>${g.label}</vscode-option>`)}
      </vscode-single-select>
    </label>
    <span class="count" role="status" aria-live="polite">${p.shown.toLocaleString('en')} ${p.shown === 1 ? 'entry' : 'entries'}</span>
  </div>`;
}

/** A filter shown only when the entries have values for it (or one is chosen): `all` first, then `values`. */
function optionalFilter(
  id: string,
  label: string,
  all: string,
  values: readonly string[],
  value: string,
  onChange: (value: string) => void,
): TemplateResult | typeof nothing {
  if (values.length === 0 && !value) return nothing;
  return html`<label>${label}
    <vscode-single-select id=${id} aria-label=${label} label=${label} .value=${value} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      <vscode-option value="" ?selected=${value === ''}>${all}</vscode-option>
      ${values.map((v) => html`<vscode-option value=${v} ?selected=${v === value}>${v}</vscode-option>`)}
    </vscode-single-select>
  </label>`;
}
