/**
 * The journal webview's root element, `<ij-journal>` (Lit, rendered in the light DOM so main.css
 * themes it): the toolbar (toolbarView.ts), the evidence chart, the virtualized list of entries
 * grouped by competency, month or repository with edit in place and delete with undo, and the goals
 * and ratings tab. It talks to the host through `HostClient` (requests with answers) and
 * `postMessage` (fire and forget), keeps the filters, tab, scroll position and an open draft in the
 * webview state (persisted.ts), and leaves the scroll position and keyboard cursor to `ListPosition`.
 *
 * What it shows is held in reactive properties (Lit `static properties`): assigning one renders
 * again. They are replaced, never changed in place, except the draft the editor fills as the user
 * types (which needs no render) and the saved scroll anchor (not shown).
 */
import { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
import * as l10n from '@vscode/l10n';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { HostMessage, ViewEntry, ViewState } from '../src/vscode/webview/protocol';
import { draftChanged, draftEdit, draftOf, draftProblem, type EntryDraft } from './draft';
import { entryRow, headerRow } from './entryView';
import { evidenceChart, growthView } from './growthView';
import { HostClient, type VsCodeApi } from './hostClient';
import { buildRows, CUSTOM_PERIOD, entriesInRange, filterEntries, periodOf, selectedRange, type Filters, type Grouping, type Row } from './journalModel';
import { ListPosition, type Anchor } from './listPosition';
import { DEFAULT_FILTERS, readPersisted, type Persisted } from './persisted';
import { toolbarView } from './toolbarView';

if (!customElements.get('lit-virtualizer')) customElements.define('lit-virtualizer', LitVirtualizer);

/** The editor open on one row. */
interface Editing {
  /** The row edited, to keep showing the draft if the entry disappears (deleted in another window). */
  readonly row: Extract<Row, { type: 'entry' }>;
  /** Filled in place by the editor as the user types. */
  readonly draft: EntryDraft;
  readonly saving: boolean;
  readonly error?: string;
  /** The model is drafting the statement. */
  readonly drafting?: boolean;
  /** What the last draft did, for the user ("Drafted by …: edit it"). */
  readonly drafted?: string;
}

/** The inputs the rows were last computed from (compared by identity). */
interface RowInputs {
  readonly state: ViewState;
  readonly filters: Filters;
  readonly grouping: Grouping;
  readonly collapsed: readonly string[];
}

/** The journal application element. */
export class JournalApp extends LitElement {
  static override properties = {
    state: { state: true },
    ui: { state: true },
    editing: { state: true },
    deleted: { state: true },
    notice: { state: true },
  };

  vscode!: VsCodeApi;
  /** The last state the host sent; undefined until the first comes. */
  private state: ViewState | undefined;
  /** What survives hiding the panel and reloads; replaced by `setUi` on every change shown. */
  private ui: Persisted = readPersisted(undefined);
  private editing: Editing | undefined;
  /** Entries deleted in this session, last first: Undo restores them one by one. */
  private deleted: ReadonlyArray<{ id: string; title: string }> = [];
  /** A one-line message in the toast (saved, restored, a failure). */
  private notice: string | undefined;
  /** The list's rows, the entries the filters keep and those of the period alone (derived in `willUpdate`). */
  rows: Row[] = [];
  private filtered: ViewEntry[] = [];
  private inPeriod: ViewEntry[] = [];
  private rowInputs: RowInputs | undefined;
  private readonly position = new ListPosition(this);
  /** Change requests to the host and their answers; made in `start`. */
  private host!: HostClient;
  private draftTimer: ReturnType<typeof setTimeout> | undefined;
  private firstState = true;

  /** Light DOM: main.css styles everything. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Starts listening to the host; call once after setting `vscode`. */
  start(): void {
    this.ui = readPersisted(this.vscode.getState());
    this.host = new HostClient(this.vscode);
    window.addEventListener('message', (event: MessageEvent<HostMessage>) => this.receive(event.data));
    window.addEventListener('keydown', (event) => this.onGlobalKey(event));
    this.vscode.postMessage({ type: 'ready' });
  }

  // ——— ListHost ———

  /** True while the journal list is on screen. */
  get listShown(): boolean {
    return this.state !== undefined && !this.state.error && this.ui.tab === 'journal';
  }

  get anchor(): Anchor | undefined {
    return this.ui.anchor;
  }

  /** Keeps the scroll anchor in the webview state, in place: it is not shown, so nothing renders again. */
  saveAnchor(anchor: Anchor | undefined): void {
    this.ui.anchor = anchor;
    this.persist();
  }

  // ——— state ———

  private receive(message: HostMessage | undefined): void {
    if (this.host.receive(message) || message?.type !== 'state') return;
    const state = message.state;
    let ui = this.ui;
    if (!ui.filters.period || (ui.filters.period !== CUSTOM_PERIOD && !state.periods.some((p) => p.key === ui.filters.period))) {
      ui = { ...ui, filters: { ...ui.filters, period: state.defaultPeriod } };
    }
    const focus = state.focusEntryId ? state.entries.find((e) => e.id === state.focusEntryId) : undefined;
    if (focus) {
      // show the entry: its quarter, nothing else filtered out, in the journal tab
      ui = { ...ui, tab: 'journal', filters: { ...DEFAULT_FILTERS, period: periodOf(state, focus.occurredAt) }, collapsed: [] };
      this.position.showEntry(focus.id);
    }
    this.ui = ui;
    this.state = state;
    // only the first state after the webview (re)loads brings a kept draft back
    if (this.firstState && !this.editing && this.ui.draft) this.reopenDraft(state);
    this.firstState = false;
  }

  /** Reopens the editor the user had open before the webview was hidden or reloaded. */
  private reopenDraft(state: ViewState): void {
    const saved = this.ui.draft!;
    const entry = state.entries.find((e) => e.id === saved.draft.id);
    const fallback: ViewEntry = entry ?? {
      ...saved.draft,
      result: undefined,
      metric: undefined,
      beneficiaries: undefined,
      repos: [],
      sources: [],
      links: [],
      tickets: [],
      tags: [],
    };
    this.editing = { row: { type: 'entry', key: saved.rowKey, group: saved.group, entry: fallback, shared: [] }, draft: saved.draft, saving: false };
  }

  /** Replaces the persisted state with `change` applied (a render follows) and keeps it. */
  private setUi(change: Partial<Persisted>): void {
    this.ui = { ...this.ui, ...change };
    this.persist();
  }

  private persist(): void {
    this.vscode.setState(this.ui);
  }

  /** Keeps the open draft in the webview state (debounced while typing). */
  private saveDraft(): void {
    clearTimeout(this.draftTimer);
    if (!this.editing) {
      // closed: forget it at once, so nothing brings it back
      this.ui.draft = undefined;
      this.persist();
      return;
    }
    this.draftTimer = setTimeout(() => {
      this.ui.draft = this.editing ? { rowKey: this.editing.row.key, group: this.editing.row.group, draft: this.editing.draft } : undefined;
      this.persist();
    }, 200);
  }

  /** Recomputes the filtered entries and rows when the state, filters, grouping or collapsed groups changed. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const state = this.state;
    if (!state) return;
    const { filters, grouping, collapsed } = this.ui;
    const last = this.rowInputs;
    if (last && last.state === state && last.filters === filters && last.grouping === grouping && last.collapsed === collapsed) return;
    this.rowInputs = { state, filters, grouping, collapsed };
    this.filtered = filterEntries(state.entries, state.periods, filters);
    this.inPeriod = entriesInRange(state.entries, selectedRange(state.periods, filters));
    this.rows = buildRows(this.filtered, grouping, state.framework, new Set(collapsed));
    this.position.rowsChanged();
  }

  private setFilters(change: Partial<Filters>): void {
    this.setUi({ filters: { ...this.ui.filters, ...change }, anchor: undefined });
  }

  private setGrouping(grouping: Grouping): void {
    this.setUi({ grouping, collapsed: [], anchor: undefined });
  }

  private toggleGroup(group: string): void {
    const collapsed = this.ui.collapsed.includes(group) ? this.ui.collapsed.filter((c) => c !== group) : [...this.ui.collapsed, group];
    this.setUi({ collapsed });
  }

  private setTab(tab: Persisted['tab'], focus: boolean): void {
    this.setUi({ tab });
    if (focus) void this.updateComplete.then(() => this.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus());
  }

  /** Jumps from the chart or a goal to the journal: the group of a competency, or one entry. */
  private showGroup(group: string): void {
    this.setUi({ grouping: 'competency', collapsed: this.ui.collapsed.filter((c) => c !== group), tab: 'journal' });
    void this.updateComplete.then(() => {
      const index = this.rows.findIndex((r) => r.key === `g:${group}`);
      if (index >= 0) return this.position.scrollToRow(index, true);
      const label = this.state?.framework.find((c) => c.id === group)?.label;
      this.notice = label === undefined ? l10n.t('No entries of this competency match these filters.') : l10n.t('No {0} entries match these filters.', label);
    });
  }

  private showEntry(entry: ViewEntry): void {
    if (!this.state) return;
    this.setUi({ tab: 'journal', filters: { ...DEFAULT_FILTERS, period: periodOf(this.state, entry.occurredAt) }, collapsed: [] });
    this.position.showEntry(entry.id);
  }

  // ——— editing ———

  private focusEditor(): void {
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('.editor vscode-textfield')?.focus());
  }

  private startEdit(row: Extract<Row, { type: 'entry' }>): void {
    if (this.state?.readOnly || this.editing?.row.key === row.key) return;
    const open = this.editing;
    if (
      open &&
      (open.saving ||
        draftChanged(
          open.draft,
          this.state?.entries.find((x) => x.id === open.draft.id),
        ))
    ) {
      // one editor at a time, and never by throwing typed text away
      this.notice = l10n.t('Save or cancel the entry you are editing first.');
      this.focusEditor();
      return;
    }
    this.editing = { row, saving: false, draft: draftOf(row.entry) };
    this.saveDraft();
    this.focusEditor();
  }

  private cancelEdit(): void {
    const key = this.editing?.row.key;
    this.editing = undefined;
    this.saveDraft();
    void this.updateComplete.then(() => this.position.focusRow(key));
  }

  private async saveEdit(): Promise<void> {
    const editing = this.editing;
    if (!editing || editing.saving) return;
    const d = editing.draft;
    const error = draftProblem(d);
    this.editing = { ...editing, saving: !error, error };
    if (error) return;
    const title = d.title.trim();
    const result = await this.host.request({ type: 'updateEntry', id: d.id, edit: draftEdit(d) });
    // the editor of this draft, if it is still open (Cancel may have closed it meanwhile)
    const still = this.editing?.draft === d ? this.editing : undefined;
    if (result.ok) {
      if (still) this.editing = undefined;
      this.saveDraft();
      this.notice = l10n.t('Saved “{0}”.', title);
      this.position.showEntry(d.id);
      this.requestUpdate(); // the state with the saved entry may have come before this answer
    } else if (still) {
      // the draft stays open with the error: nothing the user typed is lost
      this.editing = { ...still, saving: false, error: result.error ?? l10n.t('The entry could not be saved.') };
    }
  }

  /** Asks the host to draft the edited entry's statement; the draft goes before what was typed, and an error keeps the text as it is. */
  private async draftStatement(): Promise<void> {
    const editing = this.editing;
    if (!editing || editing.drafting) return;
    this.editing = { ...editing, drafting: true, drafted: undefined, error: undefined };
    const result = await this.host.request({ type: 'draftStatement', id: editing.draft.id });
    const still = this.editing?.draft === editing.draft ? this.editing : undefined;
    if (!still) return;
    if (result.ok && result.text) {
      const typed = still.draft.body.trim();
      still.draft.body = typed ? `${result.text}\n\n${typed}` : result.text;
      this.saveDraft();
      const model = this.state?.draftWith;
      const drafted =
        model === undefined
          ? l10n.t('Drafted by the model: edit it to what you did, then save.')
          : l10n.t({
              message: 'Drafted by {0}: edit it to what you did, then save.',
              args: [model],
              comment: ['{0}: a language model, e.g. "GPT-4o (copilot)"'],
            });
      this.editing = { ...still, drafting: false, drafted };
    } else {
      this.editing = { ...still, drafting: false, error: result.error ?? l10n.t('Nothing was drafted.') };
    }
  }

  private async deleteEntry(entry: ViewEntry): Promise<void> {
    if (this.state?.readOnly) return;
    const result = await this.host.request({ type: 'deleteEntry', id: entry.id });
    if (result.ok) {
      // a draft of this entry stays open (above the list): Undo brings the entry back under it
      this.deleted = [{ id: entry.id, title: entry.title }, ...this.deleted];
      this.notice = undefined;
      await this.updateComplete;
      this.querySelector<HTMLElement>('.toast vscode-button')?.focus();
    } else {
      this.notice = result.error ?? l10n.t('The entry could not be deleted.');
    }
  }

  private async undoDelete(): Promise<void> {
    // taken off before the request: a second Ctrl+Z restores the next deletion, not this one again
    const [deleted, ...rest] = this.deleted;
    if (!deleted) return;
    this.deleted = rest;
    const result = await this.host.request({ type: 'restoreEntry', id: deleted.id });
    this.notice = result.ok ? l10n.t('Restored “{0}”.', deleted.title) : (result.error ?? l10n.t('The entry could not be restored.'));
    if (result.ok) {
      this.position.showEntry(deleted.id);
      this.requestUpdate(); // the state with the restored entry may have come before this answer
    }
  }

  // ——— keyboard ———

  private onGlobalKey(event: KeyboardEvent): void {
    const inField = (event.target as Element | null)?.closest?.(
      'vscode-textfield, vscode-textarea, input, textarea, vscode-single-select, vscode-multi-select',
    );
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !inField && this.deleted.length > 0) {
      event.preventDefault();
      void this.undoDelete();
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f' && this.ui.tab === 'journal') {
      event.preventDefault();
      this.querySelector<HTMLElement>('#search')?.focus();
    } else if (this.ui.tab === 'journal') {
      this.position.arrowKey(event);
    }
  }

  /** Keys on a row: Enter/F2 edit, Delete removes, Enter/Space on a header folds it (arrows: `ListPosition.arrowKey`). */
  private onRowKey(event: KeyboardEvent, row: Row): void {
    if (event.target !== event.currentTarget) return;
    switch (event.key) {
      case 'Enter':
      case 'F2':
      case ' ':
        event.preventDefault();
        if (row.type === 'header') this.toggleGroup(row.group);
        else if (event.key !== ' ') this.startEdit(row);
        return;
      case 'Delete':
        if (row.type === 'entry') {
          event.preventDefault();
          void this.deleteEntry(row.entry);
        }
    }
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const state = this.state;
    if (!state) return html`<p class="muted">${l10n.t('Loading your journal…')}</p>`;
    if (state.error) return html`<h1>${l10n.t('Impact Journal')}</h1><div class="error" role="alert">${state.error}</div>`;
    return html`${toolbarView({
      state,
      tab: this.ui.tab,
      filters: this.ui.filters,
      grouping: this.ui.grouping,
      shown: this.filtered.length,
      onTab: (tab, focus) => this.setTab(tab, focus),
      onFilters: (change) => this.setFilters(change),
      onGrouping: (grouping) => this.setGrouping(grouping),
      onChooseFramework: () => this.vscode.postMessage({ type: 'chooseFramework' }),
    })}
      ${
        state.readOnly
          ? html`<p class="banner" role="note"><span class="codicon codicon-lock" aria-hidden="true"></span> ${l10n.t(
              'This journal was written by a newer version of Impact Journal: it is shown read-only here. Update the extension to change it.',
            )}</p>`
          : nothing
      }
      ${this.ui.tab === 'journal' ? this.journalTab(state) : this.growthTab(state)} ${this.toast()}`;
  }

  private journalTab(state: ViewState): TemplateResult {
    const range = selectedRange(state.periods, this.ui.filters);
    return html`<div id="tabpanel" role="tabpanel" aria-labelledby="tab-journal">
      ${evidenceChart({
        entries: this.inPeriod,
        framework: state.framework,
        periodLabel: range.label,
        open: this.ui.chartOpen,
        onToggle: (chartOpen) => this.setUi({ chartOpen }),
        onPick: (id) => this.showGroup(id),
      })}
      ${this.orphanDraft()}
      ${
        this.rows.length === 0
          ? html`<p class="empty">${
              state.entries.length === 0
                ? l10n.t('Your journal is empty. Run “Impact Journal: Log impact” to add your first entry.')
                : l10n.t('No entry matches these filters. Try another period or clear the search.')
            }</p>`
          : html`<lit-virtualizer
            class="list"
            role="region"
            aria-label=${l10n.t('Journal entries')}
            .items=${this.rows}
            .keyFunction=${(row: Row) => row.key}
            .renderItem=${(row: Row, index: number) => this.renderRow(row, index)}
          ></lit-virtualizer>`
      }
    </div>`;
  }

  /**
   * An open editor whose entry is no longer listed (deleted or filtered away by a change made
   * elsewhere) stays on screen above the list, so the draft is never lost.
   */
  private orphanDraft(): TemplateResult | typeof nothing {
    const editing = this.editing;
    if (!editing || this.rows.some((r) => r.key === editing.row.key)) return nothing;
    const exists = this.state?.entries.some((e) => e.id === editing.draft.id);
    return html`<section class="orphan" aria-label=${l10n.t('Draft of an entry that is not listed')}>
      <p class="banner" role="note">${
        exists
          ? l10n.t('The entry you are editing is hidden by a change made elsewhere; your draft is kept here.')
          : l10n.t('The entry you are editing was deleted in another window or on disk. Your draft is kept here: copy what you need, then cancel.')
      }</p>
      ${this.renderRow(editing.row, -1)}
    </section>`;
  }

  private renderRow(row: Row, index: number): TemplateResult {
    const state = this.state!;
    if (row.type === 'header') {
      return headerRow(row, index, this.ui.grouping, {
        onToggle: () => this.toggleGroup(row.group),
        onKey: (e) => this.onRowKey(e, row),
      });
    }
    const editing = this.editing?.row.key === row.key ? this.editing : undefined;
    return entryRow(row, index, {
      framework: state.framework,
      goals: state.goals,
      readOnly: state.readOnly,
      editing: editing && { draft: editing.draft, saving: editing.saving, error: editing.error, drafting: editing.drafting, drafted: editing.drafted },
      draftWith: state.draftWith,
      onDraftStatement: () => void this.draftStatement(),
      onEdit: () => this.startEdit(row),
      onDelete: () => void this.deleteEntry(row.entry),
      onSave: () => void this.saveEdit(),
      onCancel: () => this.cancelEdit(),
      onDraft: () => this.saveDraft(),
      onKey: (e) => this.onRowKey(e, row),
      onLink: (url) => this.vscode.postMessage({ type: 'openLink', url }),
    });
  }

  private growthTab(state: ViewState): TemplateResult {
    const quarter = this.ui.ratingQuarter && state.quarters.some((q) => q.key === this.ui.ratingQuarter) ? this.ui.ratingQuarter : state.currentQuarter;
    return html`<div id="tabpanel" role="tabpanel" aria-labelledby="tab-growth">
      ${growthView(state, quarter, {
        onQuarter: (ratingQuarter) => this.setUi({ ratingQuarter }),
        onRate: (competency, self, manager) => this.host.request({ type: 'rate', competency, quarter, self, manager }),
        onSaveGoal: (goal) => this.host.request({ type: 'saveGoal', goal }),
        onDeleteGoal: (id) => this.host.request({ type: 'deleteGoal', id }),
        onShowEntry: (entry) => this.showEntry(entry),
        onShowCompetency: (id) => this.showGroup(id),
      })}
    </div>`;
  }

  private toast(): TemplateResult | typeof nothing {
    if (this.deleted.length > 0) {
      const title = this.deleted[0]!.title;
      const count = this.deleted.length;
      return html`<div class="toast" role="status">
        <span>${count > 1 ? l10n.t('Deleted “{0}”. ({1} to undo)', title, count) : l10n.t('Deleted “{0}”.', title)}</span>
        <vscode-button id="undo" @click=${() => void this.undoDelete()}>${l10n.t('Undo')}</vscode-button>
        <vscode-toolbar-button icon="close" label=${l10n.t('Dismiss')} @click=${() => (this.deleted = [])}></vscode-toolbar-button>
      </div>`;
    }
    if (this.notice) {
      return html`<div class="toast" role="status"><span>${this.notice}</span>
        <vscode-toolbar-button icon="close" label=${l10n.t('Dismiss')} @click=${() => (this.notice = undefined)}></vscode-toolbar-button></div>`;
    }
    return nothing;
  }
}

if (!customElements.get('ij-journal')) customElements.define('ij-journal', JournalApp);
