/**
 * The evidence chart (entries per competency in the selected period, gaps highlighted, readable as
 * text) and the "Goals & ratings" tab: per competency, the self-rating and manager rating of a
 * quarter, and goals with their status, target quarter and linked entries.
 */
import * as l10n from '@vscode/l10n';
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import type { GoalEdit, ViewCompetency, ViewEntry, ViewGoal, ViewState } from '../src/vscode/webview/protocol';
import { MAX_TITLE, OTHER_COMPETENCY } from '../src/core/limits';
import { evidence, goalEvidence } from './journalModel';

/** Inputs of the chart. */
export interface ChartOptions {
  readonly entries: readonly ViewEntry[];
  readonly framework: readonly ViewCompetency[];
  readonly periodLabel: string;
  readonly open: boolean;
  readonly onToggle: (open: boolean) => void;
  /** A competency was picked: show its group. */
  readonly onPick: (id: string) => void;
}

/**
 * Bars of impact and learning entries per competency; competencies with none are marked "No
 * evidence" with a warning colour; the summary also counts the impact entries with no result yet. The bars are decoration (aria-hidden): each row also says its
 * numbers in words.
 */
export function evidenceChart(o: ChartOptions): TemplateResult {
  const rows = evidence(o.entries, o.framework);
  const gaps = rows.filter((r) => r.id !== OTHER_COMPETENCY && r.impact + r.learning === 0);
  const max = Math.max(1, ...rows.map((r) => r.impact + r.learning));
  // what a committee asks next: impact entries that do not say what came of them
  const withoutResult = o.entries.filter((e) => e.kind === 'impact' && !e.result && !e.metric).length;
  // widths through the CSSOM (a ref), not a style attribute, which the CSP forbids
  const width = (n: number) => ref((el) => (el as HTMLElement | undefined)?.style.setProperty('width', `${((n / max) * 100).toFixed(2)}%`));
  return html`<section class="evidence" aria-labelledby="evidence-heading">
    <h2 id="evidence-heading">
      <button class="link-button" aria-expanded=${o.open ? 'true' : 'false'} aria-controls="evidence-chart" @click=${() => o.onToggle(!o.open)}>
        <span class="codicon codicon-chevron-${o.open ? 'down' : 'right'}" aria-hidden="true"></span> ${l10n.t('Evidence in {0}', o.periodLabel)}
      </button>
      <span class="muted summary">${gapSummary(gaps, o.framework.length, o.open)}${
        withoutResult > 0
          ? html` · <span class="no-result">${
              withoutResult === 1 ? l10n.t('1 impact entry has no result yet') : l10n.t('{0} impact entries have no result yet', withoutResult)
            }</span>`
          : nothing
      }</span>
    </h2>
    ${
      o.open
        ? html`<ul class="chart" id="evidence-chart">
          ${rows.map((r) => {
            const total = r.impact + r.learning;
            return html`<li class="bar-row ${total === 0 ? 'gap' : ''}" data-competency=${r.id}>
              <button class="bar-label link-button" title=${l10n.t('Show {0} entries', r.label)} @click=${() => o.onPick(r.id)}>${r.label}</button>
              <span class="bar" aria-hidden="true"
                ><span class="seg impact" ${width(r.impact)}></span
                ><span class="seg learning" ${width(r.learning)}></span
              ></span>
              <span class="bar-value">${
                total === 0
                  ? html`<span class="codicon codicon-warning" aria-hidden="true"></span> ${l10n.t('No evidence')}`
                  : l10n.t('{0} impact · {1} learning', r.impact, r.learning)
              }</span>
            </li>`;
          })}
        </ul>
        <p class="legend muted" aria-hidden="true"><span class="swatch impact"></span> ${l10n.t('impact')} <span class="swatch learning"></span> ${l10n.t('learning')}</p>`
        : nothing
    }
  </section>`;
}

/** The chart's summary of the competencies without evidence (named when the chart is folded). */
function gapSummary(gaps: ReadonlyArray<{ readonly label: string }>, total: number, open: boolean): string {
  if (gaps.length === 0) return l10n.t('every competency has evidence');
  const names = gaps.map((g) => g.label).join(', ');
  if (gaps.length === 1)
    return open ? l10n.t('1 of {0} competencies have no evidence', total) : l10n.t('1 of {0} competencies have no evidence: {1}', total, names);
  return open
    ? l10n.t('{0} of {1} competencies have no evidence', gaps.length, total)
    : l10n.t('{0} of {1} competencies have no evidence: {2}', gaps.length, total, names);
}

/** Callbacks of the goals and ratings tab (each change resolves with the host's answer). */
export interface GrowthHandlers {
  readonly onQuarter: (key: string) => void;
  readonly onRate: (competency: string, self: number | null, manager: number | null) => Promise<{ ok: boolean; error?: string }>;
  readonly onSaveGoal: (goal: GoalEdit) => Promise<{ ok: boolean; error?: string }>;
  readonly onDeleteGoal: (id: string) => Promise<{ ok: boolean; error?: string }>;
  readonly onShowEntry: (entry: ViewEntry) => void;
  readonly onShowCompetency: (id: string) => void;
}

/** Words for the 1–5 scale, shown beside the numbers (functions: the l10n bundle is configured after the imports run). */
function scaleLabel(n: number): string {
  switch (n) {
    case 1:
      return l10n.t('1 · Learning');
    case 2:
      return l10n.t('2 · Developing');
    case 3:
      return l10n.t('3 · Proficient');
    case 4:
      return l10n.t('4 · Strong');
    default:
      return l10n.t('5 · Role model');
  }
}

/** The names of a goal's statuses, in the order offered. */
function statusLabels(): Record<ViewGoal['status'], string> {
  return { planned: l10n.t('Planned'), inProgress: l10n.t('In progress'), done: l10n.t('Done'), dropped: l10n.t('Dropped') };
}

function ratingSelect(id: string, label: string, value: number | undefined, disabled: boolean, onChange: (v: number | null) => void): TemplateResult {
  return html`<label class="rating">${label}
    <vscode-single-select id=${id} aria-label=${label} label=${label} .value=${value ? String(value) : ''} ?disabled=${disabled}
      @change=${(e: Event) => {
        const v = Number((e.target as HTMLSelectElement).value);
        onChange(v >= 1 && v <= 5 ? v : null);
      }}>
      <vscode-option value="" ?selected=${!value}>${l10n.t('Not rated')}</vscode-option>
      ${[1, 2, 3, 4, 5].map((n) => html`<vscode-option value=${String(n)} ?selected=${value === n}>${scaleLabel(n)}</vscode-option>`)}
    </vscode-single-select>
  </label>`;
}

/** The tab: a quarter picker, then a card per competency of the framework (and for goals of competencies outside it). */
export function growthView(state: ViewState, quarter: string, on: GrowthHandlers): TemplateResult {
  const index = state.quarters.findIndex((q) => q.key === quarter);
  const previous = state.quarters[index + 1]?.key;
  const quarterLabel = state.quarters[index]?.label ?? quarter;
  const competencies = [...state.framework];
  for (const g of state.goals) {
    if (!competencies.some((c) => c.id === g.competency))
      competencies.push({ id: g.competency, label: g.competency, description: l10n.t('Not in the active framework') });
  }
  const toRate = l10n.t('Quarter to rate');
  const current = l10n.t({ message: 'current', args: [], comment: ['Beside the current quarter in the list of quarters'] });
  return html`<div class="growth">
    <div class="toolbar-row">
      <label>${l10n.t('Quarter')}
        <vscode-single-select id="rating-quarter" aria-label=${toRate} label=${toRate} .value=${quarter} @change=${(e: Event) => on.onQuarter((e.target as HTMLSelectElement).value)}>
          ${state.quarters.map((q) => html`<vscode-option value=${q.key} ?selected=${q.key === quarter} description=${q.key === state.currentQuarter ? current : ''}>${q.label}</vscode-option>`)}
        </vscode-single-select>
      </label>
      <p class="muted">${l10n.t(
        'Rate yourself on each competency every quarter, ideally with your manager, and set a goal or two where you want to grow. Link entries to goals from the entry editor.',
      )}</p>
    </div>
    <div class="cards">${repeat(
      competencies,
      (c) => c.id,
      (c) => competencyCard(state, c, quarter, quarterLabel, previous, on),
    )}</div>
  </div>`;
}

function competencyCard(
  state: ViewState,
  c: ViewCompetency,
  quarter: string,
  quarterLabel: string,
  previous: string | undefined,
  on: GrowthHandlers,
): TemplateResult {
  const rating = state.ratings.find((r) => r.competency === c.id && r.quarter === quarter);
  const before = previous ? state.ratings.find((r) => r.competency === c.id && r.quarter === previous) : undefined;
  const goals = state.goals.filter((g) => g.competency === c.id);
  const ro = state.readOnly;
  const report = (result: Promise<{ ok: boolean; error?: string }>, card: HTMLElement | null): void => {
    void result.then((r) => {
      const out = card?.querySelector('.card-error');
      if (out) out.textContent = r.ok ? '' : (r.error ?? l10n.t('Not saved.'));
    });
  };
  const cardOf = (e: Event): HTMLElement | null => (e.target as Element).closest('.card');
  const card = (): HTMLElement | null => document.querySelector(`.card[data-competency="${CSS.escape(c.id)}"]`);
  // the other rating as shown now (not as rendered: a change may be on its way to the host)
  const current = (which: 'self' | 'manager'): number | null => {
    const v = Number(document.querySelector<HTMLSelectElement>(`#${which}-${CSS.escape(c.id)}`)?.value);
    return v >= 1 && v <= 5 ? v : null;
  };
  const addGoal = (e: Event): void => {
    const card = cardOf(e);
    const field = card?.querySelector<HTMLInputElement>('.new-goal');
    const target = card?.querySelector<HTMLSelectElement>('.new-goal-quarter');
    const title = field?.value.trim() ?? '';
    if (!title) {
      const out = card?.querySelector('.card-error');
      if (out) out.textContent = l10n.t('Type the goal first, e.g. “Lead the migration of billing to the new queue”.');
      return;
    }
    report(
      on.onSaveGoal({ competency: c.id, title, targetQuarter: target?.value || undefined, status: 'planned' }).then((r) => {
        if (r.ok && field) field.value = '';
        return r;
      }),
      card,
    );
  };
  return html`<section class="card" data-competency=${c.id} aria-labelledby=${`card-${c.id}`}>
    <h2 id=${`card-${c.id}`}><button class="link-button" title=${l10n.t('Show its entries in the journal')} @click=${() => on.onShowCompetency(c.id)}>${c.label}</button></h2>
    ${c.description ? html`<p class="muted">${c.description}</p>` : nothing}
    <div class="ratings">
      ${ratingSelect(`self-${c.id}`, l10n.t('Self-rating, {0}', quarterLabel), rating?.self, ro, (v) => report(on.onRate(c.id, v, v === null ? null : current('manager')), card()))}
      ${ratingSelect(`manager-${c.id}`, l10n.t('Manager rating'), rating?.manager, ro || !rating, (v) => report(on.onRate(c.id, current('self'), v), card()))}
      ${
        before
          ? html`<span class="muted previous">${
              before.manager ? l10n.t('Previous quarter: {0} (manager {1})', before.self, before.manager) : l10n.t('Previous quarter: {0}', before.self)
            }</span>`
          : nothing
      }
    </div>
    <h3>${l10n.t('Goals')}</h3>
    ${goals.length === 0 ? html`<p class="muted">${l10n.t('No goal yet.')}</p>` : nothing}
    <ul class="goal-list">
      ${goals.map((g) => {
        const proof = goalEvidence(state.entries, g.id);
        return html`<li class="goal-item ${g.status}" data-goal-id=${g.id}>
          <div class="goal-head">
            <span class="codicon codicon-${g.status === 'done' ? 'pass-filled' : g.status === 'dropped' ? 'circle-slash' : 'target'}" aria-hidden="true"></span>
            <span class="goal-title" dir="auto">${g.title}</span>
          </div>
          <div class="goal-meta">
            ${
              g.targetQuarter
                ? html`<span class="muted">${l10n.t({
                    message: 'by {0}',
                    args: [state.quarters.find((q) => q.key === g.targetQuarter)?.label ?? g.targetQuarter],
                    comment: ['The quarter a goal is to be reached by, e.g. "by 2026 Q4"'],
                  })}</span>`
                : nothing
            }
            <vscode-single-select class="goal-status" aria-label=${l10n.t('Status of {0}', g.title)} label=${l10n.t('Status of {0}', g.title)} .value=${g.status} ?disabled=${ro}
              @change=${(e: Event) => report(on.onSaveGoal({ ...g, targetQuarter: g.targetQuarter, status: (e.target as HTMLSelectElement).value as ViewGoal['status'] }), cardOf(e))}>
              ${Object.entries(statusLabels()).map(([k, label]) => html`<vscode-option value=${k} ?selected=${k === g.status}>${label}</vscode-option>`)}
            </vscode-single-select>
            ${ro ? nothing : html`<vscode-toolbar-button icon="trash" label=${l10n.t('Delete goal {0}', g.title)} @click=${(e: Event) => report(on.onDeleteGoal(g.id), cardOf(e))}></vscode-toolbar-button>`}
          </div>
          <p class="muted evidence-count">${
            proof.length === 0
              ? l10n.t('No evidence linked yet.')
              : proof.length === 1
                ? l10n.t('1 entry of evidence:')
                : l10n.t('{0} entries of evidence:', proof.length)
          }</p>
          ${
            proof.length > 0
              ? html`<ul class="goal-evidence">${proof
                  .slice(0, 20)
                  .map(
                    (e) =>
                      html`<li><button class="link-button" @click=${() => on.onShowEntry(e)}><span class="kind-dot ${e.kind}" aria-hidden="true"></span>${e.title}</button> <span class="muted">${e.occurredAt}</span></li>`,
                  )}${proof.length > 20 ? html`<li class="muted">${proof.length === 21 ? l10n.t('and 1 more') : l10n.t('and {0} more', proof.length - 20)}</li>` : nothing}</ul>`
              : nothing
          }
        </li>`;
      })}
    </ul>
    ${
      ro
        ? nothing
        : html`<div class="add-goal">
          <vscode-textfield class="new-goal" aria-label=${l10n.t('New goal for {0}', c.label)} .label=${l10n.t('New goal for {0}', c.label)} placeholder=${l10n.t('New goal, e.g. Lead the migration of X to Y')} maxlength=${MAX_TITLE}
            @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && addGoal(e)}></vscode-textfield>
          <vscode-single-select class="new-goal-quarter" aria-label=${l10n.t('Target quarter')} label=${l10n.t('Target quarter')}>
            <vscode-option value="">${l10n.t('No target quarter')}</vscode-option>
            ${state.quarters.map((q) => html`<vscode-option value=${q.key} ?selected=${q.key === quarter}>${q.label}</vscode-option>`)}
          </vscode-single-select>
          <vscode-button class="add-goal-button" secondary icon="add" @click=${addGoal}>${l10n.t('Add goal')}</vscode-button>
        </div>`
    }
    <p class="card-error form-error" role="alert"></p>
  </section>`;
}
