/**
 * The journal webview's sticky toolbar: the title, the Journal / Goals & ratings tabs, the
 * framework picker and, on the journal tab, the filters (period, custom range, kind, repository,
 * search) and the grouping, with the count of entries shown.
 */
import * as l10n from '@vscode/l10n';
import { html, nothing, type TemplateResult } from 'lit';
import type { ViewPeriod, ViewState } from '../src/vscode/webview/protocol';
import { CUSTOM_PERIOD, GROUPINGS, groupingLabel, projects, repositories, tagsOf, type Filters, type Grouping } from './journalModel';
import type { Persisted } from './persisted';
import { displayLocale } from '../src/core/dateLabels';

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

/** What kind of period a choice is, shown beside it (a function: the l10n bundle is configured after the imports run). */
function periodKindLabel(kind: ViewPeriod['kind']): string {
  switch (kind) {
    case 'quarter':
      return l10n.t('Quarter');
    case 'fiscalQuarter':
      return l10n.t('Fiscal quarter');
    case 'half':
      return l10n.t('Half');
    case 'year':
      return l10n.t('Year');
    case 'all':
      return '';
  }
}

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
      <h1>${l10n.t('Impact Journal')}</h1>
      <div role="tablist" aria-label=${l10n.t('Views')}>${tab('journal', l10n.t('Journal'), 'book')}${tab('growth', l10n.t('Goals & ratings'), 'target')}</div>
      <span class="spacer"></span>
      <span class="muted framework" title=${l10n.t('Competency framework')}>${p.state.frameworkLabel}</span>
      <vscode-button secondary icon="list-tree" @click=${p.onChooseFramework}>${l10n.t('Framework…')}</vscode-button>
    </div>
    ${p.tab === 'journal' ? filtersRow(p) : nothing}
  </header>`;
}

function filtersRow(p: ToolbarProps): TemplateResult {
  const { state, filters: f, onFilters } = p;
  const byKind = new Map<ViewPeriod['kind'], ViewPeriod[]>();
  for (const period of state.periods) byKind.set(period.kind, [...(byKind.get(period.kind) ?? []), period]);
  const periodText = l10n.t('Period');
  const kindText = l10n.t('Kind');
  const repoText = l10n.t('Repository');
  const searchText = l10n.t('Search entries');
  const groupByText = l10n.t('Group by');
  return html`<div class="toolbar-row filters" role="search" aria-label=${l10n.t('Filter entries')}>
    <label>${periodText}
      <vscode-single-select id="period" aria-label=${periodText} label=${periodText} .value=${f.period} @change=${(e: Event) => onFilters({ period: valueOf(e) })}>
        ${[...byKind.entries()].flatMap(([kind, list]) =>
          list.map(
            (period) =>
              html`<vscode-option value=${period.key} description=${periodKindLabel(kind)} ?selected=${period.key === f.period}>${
                kind === 'fiscalQuarter' ? l10n.t('{0} (fiscal)', period.label) : period.label
              }</vscode-option>`,
          ),
        )}
        <vscode-option value=${CUSTOM_PERIOD} ?selected=${f.period === CUSTOM_PERIOD}>${l10n.t('Custom range…')}</vscode-option>
      </vscode-single-select>
    </label>
    ${
      f.period === CUSTOM_PERIOD
        ? html`<label>${l10n.t('From')} <vscode-textfield id="from" .label=${l10n.t('From')} type="date" .value=${f.from} @change=${(e: Event) => onFilters({ from: valueOf(e) })}></vscode-textfield></label>
          <label>${l10n.t('To')} <vscode-textfield id="to" .label=${l10n.t('To')} type="date" .value=${f.to} @change=${(e: Event) => onFilters({ to: valueOf(e) })}></vscode-textfield></label>`
        : nothing
    }
    <label>${kindText}
      <vscode-single-select id="kind" aria-label=${kindText} label=${kindText} .value=${f.kind} @change=${(e: Event) => onFilters({ kind: valueOf(e) as Filters['kind'] })}>
        <vscode-option value="all" ?selected=${f.kind === 'all'}>${l10n.t({ message: 'All', args: [], comment: ['Kind filter: entries of every kind (impact and learning)'] })}</vscode-option>
        <vscode-option value="impact" ?selected=${f.kind === 'impact'}>${l10n.t('Impact')}</vscode-option>
        <vscode-option value="learning" ?selected=${f.kind === 'learning'}>${l10n.t('Learning')}</vscode-option>
      </vscode-single-select>
    </label>
    <label>${repoText}
      <vscode-single-select id="repo" aria-label=${repoText} label=${repoText} .value=${f.repo} @change=${(e: Event) => onFilters({ repo: valueOf(e) })}>
        <vscode-option value="" ?selected=${f.repo === ''}>${l10n.t('All repositories')}</vscode-option>
        ${repositories(state.entries).map((r) => html`<vscode-option value=${r} ?selected=${r === f.repo}>${r}</vscode-option>`)}
      </vscode-single-select>
    </label>
    ${optionalFilter('project', l10n.t('Project'), l10n.t('All projects'), projects(state.entries), f.project, (project) => onFilters({ project }))}
    ${optionalFilter('tag', l10n.t('Tag'), l10n.t('All tags'), tagsOf(state.entries), f.tag, (tag) => onFilters({ tag }))}
    <label class="grow">${l10n.t('Search')}
      <vscode-textfield id="search" type="search" placeholder=${l10n.t('Title, statement or source')} aria-label=${searchText} .label=${searchText} .value=${f.text}
        @input=${(e: Event) => onFilters({ text: valueOf(e) })}><span slot="content-before" class="codicon codicon-search" aria-hidden="true"></span></vscode-textfield>
    </label>
    <label>${groupByText}
      <vscode-single-select id="grouping" aria-label=${groupByText} label=${groupByText} .value=${p.grouping} @change=${(e: Event) => p.onGrouping(valueOf(e) as Grouping)}>
        ${GROUPINGS.map((g) => html`<vscode-option value=${g} ?selected=${g === p.grouping}>${groupingLabel(g)}</vscode-option>`)}
      </vscode-single-select>
    </label>
    <span class="count" role="status" aria-live="polite">${p.shown === 1 ? l10n.t('1 entry') : l10n.t('{0} entries', p.shown.toLocaleString(displayLocale()))}</span>
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
