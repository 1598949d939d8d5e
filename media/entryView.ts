/**
 * Templates of the list's rows: a group header, an entry, and the in-place editor of an entry.
 * Every untrusted string (titles, statements, sources, competency and repository names) is an
 * interpolated value, which lit sets as text; statements go through markdown.ts.
 */
import * as l10n from '@vscode/l10n';
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ViewCompetency, ViewEntry, ViewGoal } from '../src/vscode/webview/protocol';
import type { Grouping, Row } from './journalModel';
import { isWebUrl, renderMarkdown } from './markdown';
import { MAX_TITLE } from '../src/core/limits';
import { MAX_BENEFICIARIES, MAX_PROJECT, MAX_RESULT, formatMetric } from '../src/core/evidence';
import type { EntryDraft } from './draft';

/** Callbacks of a header row. */
export interface HeaderHandlers {
  readonly onToggle: () => void;
  readonly onKey: (event: KeyboardEvent) => void;
}

const GROUP_ICON: Record<Grouping, string> = { competency: 'symbol-class', month: 'calendar', repository: 'repo', project: 'project' };

/** A group header: label, counts of impact and learning entries, folds on click, Enter or Space. */
export function headerRow(row: Extract<Row, { type: 'header' }>, index: number, grouping: Grouping, on: HeaderHandlers): TemplateResult {
  return html`<h2
    class="group-header"
    data-key=${row.key}
    data-index=${index}
    data-group=${row.group}
    tabindex="0"
    aria-expanded=${row.collapsed ? 'false' : 'true'}
    title=${row.description}
    @click=${on.onToggle}
    @keydown=${on.onKey}
  >
    <span class="codicon codicon-chevron-${row.collapsed ? 'right' : 'down'}" aria-hidden="true"></span>
    <span class="codicon codicon-${GROUP_ICON[grouping]}" aria-hidden="true"></span>
    <span class="group-label">${row.label}</span>
    <span class="count">${l10n.t('{0} impact · {1} learning', row.impact, row.learning)}</span>
  </h2>`;
}

/** Callbacks and context of an entry row. */
export interface EntryHandlers {
  readonly framework: readonly ViewCompetency[];
  readonly goals: readonly ViewGoal[];
  readonly readOnly: boolean;
  /** Set when this row's editor is open; `drafting` while the model drafts its statement, `drafted` once it has. */
  readonly editing?: { readonly draft: EntryDraft; readonly saving: boolean; readonly error?: string; readonly drafting?: boolean; readonly drafted?: string };
  /** The model "Draft statement" uses, when drafting is offered (the entry has a commit or PR). */
  readonly draftWith?: string;
  readonly onDraftStatement?: () => void;
  readonly onEdit: () => void;
  readonly onDelete: () => void;
  readonly onSave: () => void;
  readonly onCancel: () => void;
  /** The draft changed (kept in the webview state). */
  readonly onDraft: () => void;
  readonly onKey: (event: KeyboardEvent) => void;
  readonly onLink: (url: string) => void;
}

/** Link clicks (left, middle, keyboard) go to the host, which opens http(s) only. */
function linkClick(on: EntryHandlers): (event: MouseEvent) => void {
  return (event) => {
    const anchor = (event.target as Element | null)?.closest('a');
    if (!anchor) return;
    event.preventDefault();
    event.stopPropagation();
    const url = anchor.getAttribute('data-link') ?? anchor.getAttribute('href');
    if (url) on.onLink(url);
  };
}

/** An entry: kind, title, date, statement, results, competencies (with the "shared" mark), goals, evidence links and sources. */
export function entryRow(row: Extract<Row, { type: 'entry' }>, index: number, on: EntryHandlers): TemplateResult {
  const e = row.entry;
  if (on.editing) return editor(row, index, on);
  const labels = new Map(on.framework.map((c) => [c.id, c.label]));
  const goals = on.goals.filter((g) => e.goals.includes(g.id));
  const click = linkClick(on);
  return html`<article
    class="entry ${e.kind}"
    data-key=${row.key}
    data-index=${index}
    data-entry-id=${e.id}
    tabindex="0"
    aria-label=${e.kind === 'impact' ? l10n.t('impact: {0}, {1}', e.title, e.occurredAt) : l10n.t('learning: {0}, {1}', e.title, e.occurredAt)}
    @keydown=${on.onKey}
    @click=${click}
    @auxclick=${click}
  >
    <header>
      <span class="kind" title=${e.kind === 'impact' ? l10n.t('Impact') : l10n.t('Learning')}>${e.kind === 'impact' ? l10n.t('impact') : l10n.t('learning')}</span>
      <h3 class="title" dir="auto">${e.title}</h3>
      ${
        row.shared.length > 0
          ? html`<span class="shared-mark" title=${l10n.t('Also under {0}', row.shared.join(', '))} aria-label=${l10n.t('Shared with {0}', row.shared.join(', '))}><span class="codicon codicon-link" aria-hidden="true"></span> ${l10n.t('shared')}</span>`
          : nothing
      }
      <time datetime=${e.occurredAt}>${e.occurredAt}</time>
      ${
        on.readOnly
          ? nothing
          : html`<span class="actions">
            <vscode-toolbar-button class="edit" icon="edit" label=${l10n.t('Edit entry')} title=${l10n.t('Edit (Enter)')} @click=${on.onEdit}></vscode-toolbar-button>
            <vscode-toolbar-button class="delete" icon="trash" label=${l10n.t('Delete entry')} title=${l10n.t('Delete (Delete)')} @click=${on.onDelete}></vscode-toolbar-button>
          </span>`
      }
    </header>
    ${e.body.trim() ? html`<div class="body" dir="auto">${unsafeHTML(renderMarkdown(e.body))}</div>` : html`<p class="muted">${l10n.t('No impact statement yet.')}</p>`}
    ${results(e)}
    <footer>
      ${e.project ? html`<p class="project"><span class="codicon codicon-project" aria-hidden="true"></span> <span dir="auto">${e.project}</span></p>` : nothing}
      <ul class="chips" aria-label=${l10n.t('Competencies')}>
        ${e.competencies.map((id) => html`<li class="chip">${labels.get(id) ?? id}</li>`)}
      </ul>
      ${e.tags.length > 0 ? html`<ul class="chips tags" aria-label=${l10n.t('Tags')}>${e.tags.map((t) => html`<li class="chip tag" dir="auto">#${t}</li>`)}</ul>` : nothing}
      ${
        goals.length > 0
          ? html`<ul class="chips goals" aria-label=${l10n.t('Goals')}>${goals.map((g) => html`<li class="chip goal"><span class="codicon codicon-target" aria-hidden="true"></span> ${g.title}</li>`)}</ul>`
          : nothing
      }
      ${
        e.tickets.length > 0
          ? html`<div class="source tickets"><span class="codicon codicon-issues" aria-hidden="true"></span> ${e.tickets.map(
              (t, i) =>
                html`${i > 0 ? ', ' : ''}${t.url && isWebUrl(t.url) ? html`<a href=${t.url} data-link=${t.url}>${t.key}</a>` : html`<span>${t.key}</span>`}`,
            )}</div>`
          : nothing
      }
      ${e.links.map(
        (l) =>
          html`<div class="source evidence-link"><span class="codicon codicon-link-external" aria-hidden="true"></span> ${
            isWebUrl(l.url) ? html`<a href=${l.url} data-link=${l.url} dir="auto">${l.title}</a>` : html`<span dir="auto">${l.title}</span>`
          } <span class="muted">${hostOf(l.url)}</span></div>`,
      )}
      ${e.sources.map(
        (s) =>
          html`<div class="source">${s.url && isWebUrl(s.url) ? html`<a href=${s.url} data-link=${s.url}>${s.label}</a>` : html`<span>${s.label}</span>`}
            <span class="muted" dir="auto">${s.detail}</span></div>`,
      )}
    </footer>
  </article>`;
}

/** An entry's structured results (what happened, the measure, who benefited), when it has any. */
function results(e: ViewEntry): TemplateResult | typeof nothing {
  const rows: Array<[string, string]> = [];
  if (e.result) rows.push([l10n.t('Result:'), e.result]);
  if (e.metric) rows.push([l10n.t('Measured:'), formatMetric(e.metric)]);
  if (e.beneficiaries) rows.push([l10n.t('Who benefited:'), e.beneficiaries]);
  if (rows.length === 0) return nothing;
  return html`<dl class="results">${rows.map(([label, text]) => html`<div><dt>${label}</dt><dd dir="auto">${text}</dd></div>`)}</dl>`;
}

/** `https://docs.example.com/x` → `docs.example.com`; '' for what is not a URL. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** How a text field of the editor looks: its label, a hint after it, a placeholder; `rows` makes it a text area. */
interface FieldLook {
  readonly label: string;
  readonly hint?: string;
  readonly placeholder: string;
  readonly wide?: boolean;
  readonly rows?: number;
  readonly max?: number;
}

/** A text field of the editor bound to `draft[key]` (class `f-<key>`): typing changes the draft and reports it. */
function textField(
  draft: EntryDraft,
  key: 'result' | 'metric' | 'beneficiaries' | 'links' | 'project' | 'tags',
  on: EntryHandlers,
  look: FieldLook,
): TemplateResult {
  const id = `${key}-${draft.id}`;
  const input = (e: Event): void => {
    draft[key] = (e.target as HTMLInputElement).value;
    on.onDraft();
  };
  return html`<div class="field ${look.wide ? 'wide' : ''}">
    <label for=${id}>${look.label}${look.hint ? html` <span class="muted">(${look.hint})</span>` : nothing}</label>
    ${
      look.rows
        ? html`<vscode-textarea id=${id} .label=${look.label} class=${`f-${key}`} rows=${look.rows} resize="vertical" maxlength=${look.max ?? nothing} placeholder=${look.placeholder} .value=${draft[key]} @input=${input}></vscode-textarea>`
        : html`<vscode-textfield id=${id} .label=${look.label} class=${`f-${key}`} maxlength=${look.max ?? nothing} placeholder=${look.placeholder} .value=${draft[key]} @input=${input}></vscode-textfield>`
    }
  </div>`;
}

/** The editor of an entry: Ctrl+Enter saves, Escape cancels; errors stay beside the draft. */
function editor(row: Extract<Row, { type: 'entry' }>, index: number, on: EntryHandlers): TemplateResult {
  const { draft, saving, error } = on.editing!;
  const id = row.entry.id;
  const known = new Set(on.framework.map((c) => c.id));
  // competencies outside the framework stay selectable, so saving never drops them silently
  const extra = draft.competencies.filter((c) => !known.has(c));
  const goals = on.goals.filter((g) => g.status !== 'dropped' || draft.goals.includes(g.id));
  const keys = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      on.onSave();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      on.onCancel();
    }
  };
  const value = (event: Event): string => (event.target as HTMLInputElement).value;
  const title = l10n.t('Title');
  const statement = l10n.t('Impact statement');
  const kind = l10n.t('Kind');
  const date = l10n.t('Date of the work');
  const competencies = l10n.t('Competencies');
  const goalsLabel = l10n.t('Evidence for goals');
  return html`<form class="entry editor" data-key=${row.key} data-index=${index} data-entry-id=${id} aria-label=${l10n.t('Edit entry')} @keydown=${keys} @submit=${(e: Event) => e.preventDefault()}>
    <div class="field wide">
      <label for=${`title-${id}`}>${title}</label>
      <vscode-textfield id=${`title-${id}`} .label=${title} class="f-title" maxlength=${MAX_TITLE} .value=${draft.title} @input=${(e: Event) => {
        draft.title = value(e);
        on.onDraft();
      }}></vscode-textfield>
    </div>
    <div class="field wide">
      <label for=${`body-${id}`}>${statement} <span class="muted">(${l10n.t('Markdown: what changed, for whom, how much')})</span></label>
      <vscode-textarea id=${`body-${id}`} .label=${statement} class="f-body" rows="4" resize="vertical" .value=${draft.body} @input=${(e: Event) => {
        draft.body = value(e);
        on.onDraft();
      }}></vscode-textarea>
      ${
        on.draftWith && on.onDraftStatement && row.entry.sources.some((s) => s.type === 'commit' || s.type === 'pullRequest')
          ? html`<div class="draft-row">
              <vscode-button class="draft-statement" secondary ?disabled=${on.editing?.drafting ?? false} @click=${on.onDraftStatement}>
                <span class="codicon codicon-sparkle" aria-hidden="true"></span> ${on.editing?.drafting ? l10n.t('Drafting…') : l10n.t('Draft statement with {0}', on.draftWith)}
              </vscode-button>
              ${on.editing?.drafted ? html`<span class="muted" role="status">${on.editing.drafted}</span>` : nothing}
            </div>`
          : nothing
      }
    </div>
    ${textField(draft, 'result', on, {
      label: l10n.t('Result'),
      hint: l10n.t('what happened afterwards, in the past tense'),
      wide: true,
      rows: 2,
      max: MAX_RESULT,
      placeholder: l10n.t('Checkout errors fell to zero; support tickets halved.'),
    })}
    ${textField(draft, 'metric', on, { label: l10n.t('Measured'), placeholder: l10n.t('p95 900 ms → 300 ms') })}
    ${textField(draft, 'beneficiaries', on, { label: l10n.t('Who benefited'), max: MAX_BENEFICIARIES, placeholder: l10n.t('EU customers, the payments on-call') })}
    ${textField(draft, 'links', on, {
      label: l10n.t('Evidence links'),
      hint: l10n.t('one per line: a title, then an http(s) URL'),
      wide: true,
      rows: 2,
      placeholder: l10n.t('Design doc https://…'),
    })}
    ${textField(draft, 'project', on, { label: l10n.t('Project'), max: MAX_PROJECT, placeholder: l10n.t('Billing migration') })}
    ${textField(draft, 'tags', on, { label: l10n.t('Tags'), hint: l10n.t('comma-separated'), placeholder: l10n.t('private, billing-migration') })}
    <div class="field">
      <label for=${`kind-${id}`}>${kind}</label>
      <vscode-single-select id=${`kind-${id}`} label=${kind} class="f-kind" .value=${draft.kind} @change=${(e: Event) => {
        draft.kind = value(e) === 'learning' ? 'learning' : 'impact';
        on.onDraft();
      }}>
        <vscode-option value="impact" ?selected=${draft.kind === 'impact'}>${l10n.t('Impact')}</vscode-option>
        <vscode-option value="learning" ?selected=${draft.kind === 'learning'}>${l10n.t('Learning')}</vscode-option>
      </vscode-single-select>
    </div>
    <div class="field">
      <label for=${`date-${id}`}>${date}</label>
      <vscode-textfield id=${`date-${id}`} .label=${date} class="f-date" type="date" .value=${draft.occurredAt} @change=${(e: Event) => {
        draft.occurredAt = value(e);
        on.onDraft();
      }} @input=${(e: Event) => (draft.occurredAt = value(e))}></vscode-textfield>
    </div>
    <div class="field wide">
      <label for=${`comp-${id}`}>${competencies}</label>
      <vscode-multi-select id=${`comp-${id}`} label=${competencies} class="f-competencies" .value=${draft.competencies} @change=${(e: Event) => {
        draft.competencies = [...(e.target as unknown as { value: string[] }).value];
        on.onDraft();
      }}>
        ${on.framework.map((c) => html`<vscode-option value=${c.id} description=${c.description} ?selected=${draft.competencies.includes(c.id)}>${c.label}</vscode-option>`)}
        ${extra.map((c) => html`<vscode-option value=${c} description=${l10n.t('Not in the active framework')} selected>${c}</vscode-option>`)}
      </vscode-multi-select>
    </div>
    ${
      goals.length > 0
        ? html`<div class="field wide">
          <label for=${`goals-${id}`}>${goalsLabel}</label>
          <vscode-multi-select id=${`goals-${id}`} label=${goalsLabel} class="f-goals" .value=${draft.goals} @change=${(e: Event) => {
            draft.goals = [...(e.target as unknown as { value: string[] }).value];
            on.onDraft();
          }}>
            ${goals.map((g) => html`<vscode-option value=${g.id} ?selected=${draft.goals.includes(g.id)}>${g.title}</vscode-option>`)}
          </vscode-multi-select>
        </div>`
        : nothing
    }
    ${error ? html`<p class="form-error" role="alert">${error}</p>` : nothing}
    <div class="buttons">
      <vscode-button class="save" ?disabled=${saving} @click=${on.onSave}>${saving ? l10n.t('Saving…') : l10n.t('Save')}</vscode-button>
      <vscode-button class="cancel" secondary @click=${on.onCancel}>${l10n.t('Cancel')}</vscode-button>
      <span class="muted">${l10n.t('Ctrl+Enter saves · Escape cancels')}</span>
    </div>
  </form>`;
}
