/**
 * The journal webview's root element, `<ij-journal>` (Lit, rendered in the light DOM so main.css
 * themes it): a toolbar of filters, the evidence chart, the virtualized list of entries grouped by
 * competency, month or repository with edit in place and delete with undo, and the goals and
 * ratings tab. It talks to the host only through `post` (protocol.ts) and keeps the filters, tab
 * and scroll position in the webview state.
 */
import { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { HostMessage, ViewEntry, ViewState } from '../src/vscode/webview/protocol';
import { entryRow, headerRow, type EntryDraft } from './entryView';
import { evidenceChart, growthView } from './growthView';
import { HostClient, type VsCodeApi } from './hostClient';
import { buildRows, CUSTOM_PERIOD, entriesInRange, filterEntries, GROUPINGS, periodOf, repositories, selectedRange, type Filters, type Grouping, type Row } from './journalModel';
import { DEFAULT_FILTERS, readPersisted, type Persisted } from './persisted';
import { MAX_BODY, MAX_TITLE } from '../src/core/limits';

if (!customElements.get('lit-virtualizer')) customElements.define('lit-virtualizer', LitVirtualizer);

/** The index of the list row `target` is (a group header or an entry of the virtualized list), if it is one. */
function rowIndex(target: EventTarget | null): number | undefined {
  if (!(target instanceof HTMLElement) || !target.matches('.list [data-index]')) return undefined;
  const index = Number(target.dataset.index);
  return Number.isInteger(index) && index >= 0 ? index : undefined;
}

/** Resolves at the next animation frame. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** The editor open on one row. */
interface Editing {
  /** The row edited, to keep showing the draft if the entry disappears (deleted in another window). */
  readonly row: Extract<Row, { type: 'entry' }>;
  readonly draft: EntryDraft;
  saving: boolean;
  error?: string;
}

/** The journal application element. */
export class JournalApp extends LitElement {
  vscode!: VsCodeApi;
  private state: ViewState | undefined;
  private ui: Persisted = readPersisted(undefined);
  private rows: Row[] = [];
  private filtered: ViewEntry[] = [];
  private inPeriod: ViewEntry[] = [];
  private dirty = true;
  private editing: Editing | undefined;
  /** Entries deleted in this session, last first: Undo restores them one by one. */
  private deleted: Array<{ id: string; title: string }> = [];
  private notice: string | undefined;
  private focusKey: string | undefined;
  private restoreAnchor = true;
  /** A saved scroll position is being brought back: the anchor is not saved meanwhile. */
  private restoring = false;
  /** Change requests to the host and their answers; made in `start`. */
  private host!: HostClient;
  private draftTimer: ReturnType<typeof setTimeout> | undefined;
  private firstState = true;
  /**
   * The row the arrow keys move from: the focused row, or the row the last key press is moving to
   * while the focus has not got there yet (on a busy machine, several presses arrive before the
   * next frame). Kept when the focus falls to the page because the focused row left the DOM.
   */
  private cursor: number | undefined;
  /** The latest scroll request (an older one stops when a newer one starts). */
  private scrollRequest = 0;
  /** A saving of the scroll anchor is scheduled for the next frame. */
  private anchorFrame = 0;
  /** Frames in a row in which the page was scrolled but showed no row (see `saveAnchor`). */
  private blankFrames = 0;

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
    // the cursor follows the focus (a click, Tab), except to the page itself
    this.addEventListener('focusin', (event) => (this.cursor = rowIndex(event.target)));
    // the anchor is saved at the next frame after every scroll and every re-layout of the list
    window.addEventListener('scroll', () => this.scheduleAnchor(), { passive: true });
    new ResizeObserver(() => this.scheduleAnchor()).observe(this);
    this.vscode.postMessage({ type: 'ready' });
  }

  private receive(message: HostMessage | undefined): void {
    if (this.host.receive(message) || message?.type !== 'state') return;
    this.state = message.state;
    if (!this.ui.filters.period || (this.ui.filters.period !== CUSTOM_PERIOD && !message.state.periods.some((p) => p.key === this.ui.filters.period))) {
      this.ui.filters = { ...this.ui.filters, period: message.state.defaultPeriod };
    }
    const focus = message.state.focusEntryId && message.state.entries.find((e) => e.id === message.state.focusEntryId);
    if (focus) {
      // show the entry: its quarter, nothing else filtered out, in the journal tab
      this.ui.tab = 'journal';
      this.ui.filters = { ...DEFAULT_FILTERS, period: periodOf(message.state, focus.occurredAt) };
      this.ui.collapsed = [];
      this.focusKey = focus.id;
      this.restoreAnchor = false;
    }
    // only the first state after the webview (re)loads brings a kept draft back
    if (this.firstState && !this.editing && this.ui.draft) this.reopenDraft(message.state);
    this.firstState = false;
    this.dirty = true;
    this.requestUpdate();
  }

  /** Reopens the editor the user had open before the webview was hidden or reloaded. */
  private reopenDraft(state: ViewState): void {
    const saved = this.ui.draft!;
    const entry = state.entries.find((e) => e.id === saved.draft.id);
    const fallback: ViewEntry = entry ?? { ...saved.draft, repos: [], sources: [] };
    this.editing = { row: { type: 'entry', key: saved.rowKey, group: saved.group, entry: fallback, shared: [] }, draft: saved.draft, saving: false };
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

  /** True when the open draft differs from its entry. */
  private get draftChanged(): boolean {
    const e = this.editing;
    if (!e) return false;
    const entry = this.state?.entries.find((x) => x.id === e.draft.id);
    const d = e.draft;
    return (
      !entry ||
      d.title !== entry.title ||
      d.body !== entry.body ||
      d.kind !== entry.kind ||
      d.occurredAt !== entry.occurredAt ||
      d.competencies.join('\n') !== entry.competencies.join('\n') ||
      d.goals.join('\n') !== entry.goals.join('\n')
    );
  }

  private persist(): void {
    this.vscode.setState(this.ui);
  }

  /** Recomputes the filtered entries and rows when the state, filters, grouping or collapsed groups changed. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.dirty || !this.state) return;
    this.dirty = false;
    const { entries, periods, framework } = this.state;
    this.filtered = filterEntries(entries, periods, this.ui.filters);
    this.inPeriod = entriesInRange(entries, selectedRange(periods, this.ui.filters));
    this.rows = buildRows(this.filtered, this.ui.grouping, framework, new Set(this.ui.collapsed));
    // row indexes changed meaning: the next arrow key starts from the focused row again
    this.cursor = undefined;
  }

  private setFilters(change: Partial<Filters>): void {
    this.ui.filters = { ...this.ui.filters, ...change };
    this.ui.anchor = undefined;
    this.dirty = true;
    this.persist();
    this.requestUpdate();
  }

  private setGrouping(grouping: Grouping): void {
    this.ui.grouping = grouping;
    this.ui.collapsed = [];
    this.ui.anchor = undefined;
    this.dirty = true;
    this.persist();
    this.requestUpdate();
  }

  private toggleGroup(group: string): void {
    const set = new Set(this.ui.collapsed);
    if (set.has(group)) set.delete(group);
    else set.add(group);
    this.ui.collapsed = [...set];
    this.dirty = true;
    this.persist();
    this.requestUpdate();
  }

  private setTab(tab: Persisted['tab']): void {
    this.ui.tab = tab;
    this.persist();
    this.requestUpdate();
  }

  /** Jumps from the chart or a goal to the journal: the group of a competency, or one entry. */
  private showGroup(group: string): void {
    this.ui.grouping = 'competency';
    this.ui.collapsed = this.ui.collapsed.filter((c) => c !== group);
    this.ui.tab = 'journal';
    this.dirty = true;
    this.persist();
    this.requestUpdate();
    void this.updateComplete.then(() => {
      const index = this.rows.findIndex((r) => r.key === `g:${group}`);
      if (index >= 0) return this.scrollToRow(index, true);
      const label = this.state?.framework.find((c) => c.id === group)?.label ?? 'this competency';
      this.notice = `No ${label} entries match these filters.`;
      this.requestUpdate();
    });
  }

  private showEntry(entry: ViewEntry): void {
    if (!this.state) return;
    this.ui.tab = 'journal';
    this.ui.filters = { ...DEFAULT_FILTERS, period: periodOf(this.state, entry.occurredAt) };
    this.ui.collapsed = [];
    this.focusKey = entry.id;
    this.dirty = true;
    this.persist();
    this.requestUpdate();
  }

  // ——— editing ———

  private startEdit(row: Extract<Row, { type: 'entry' }>): void {
    if (this.state?.readOnly || this.editing?.row.key === row.key) return;
    if (this.editing && (this.editing.saving || this.draftChanged)) {
      // one editor at a time, and never by throwing typed text away
      this.notice = 'Save or cancel the entry you are editing first.';
      this.requestUpdate();
      void this.updateComplete.then(() => this.querySelector<HTMLElement>('.editor vscode-textfield')?.focus());
      return;
    }
    const e = row.entry;
    this.editing = {
      row,
      saving: false,
      draft: { id: e.id, title: e.title, body: e.body, kind: e.kind, occurredAt: e.occurredAt, competencies: [...e.competencies], goals: [...e.goals] },
    };
    this.saveDraft();
    this.requestUpdate();
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('.editor vscode-textfield')?.focus());
  }

  private cancelEdit(): void {
    const key = this.editing?.row.key;
    this.editing = undefined;
    this.saveDraft();
    this.requestUpdate();
    void this.updateComplete.then(() => this.focusRow(key));
  }

  private async saveEdit(): Promise<void> {
    const editing = this.editing;
    if (!editing || editing.saving) return;
    const d = editing.draft;
    const title = d.title.trim();
    editing.error = !title ? 'A title is needed.' : title.length > MAX_TITLE
        ? `A title has at most ${MAX_TITLE} characters.`
        : d.body.length > MAX_BODY
          ? `The statement has ${d.body.length.toLocaleString('en')} characters; at most ${MAX_BODY.toLocaleString('en')} fit.`
          : !/^\d{4}-\d{2}-\d{2}$/.test(d.occurredAt)
            ? 'Pick the date of the work.'
            : undefined;
    if (editing.error) {
      this.requestUpdate();
      return;
    }
    editing.saving = true;
    this.requestUpdate();
    const result = await this.host.request({
      type: 'updateEntry',
            id: d.id,
      edit: { title, body: d.body, kind: d.kind, occurredAt: d.occurredAt, competencies: d.competencies, goals: d.goals },
    });
    editing.saving = false;
    if (result.ok) {
      if (this.editing === editing) this.editing = undefined;
      this.saveDraft();
      this.notice = `Saved “${title}”.`;
      this.focusKey = d.id;
    } else {
      // the draft stays open with the error: nothing the user typed is lost
      editing.error = result.error ?? 'The entry could not be saved.';
    }
    this.requestUpdate();
  }

  private async deleteEntry(entry: ViewEntry): Promise<void> {
    if (this.state?.readOnly) return;
    const result = await this.host.request({ type: 'deleteEntry', id: entry.id });
    if (result.ok) {
      // a draft of this entry stays open (above the list): Undo brings the entry back under it
      this.deleted.unshift({ id: entry.id, title: entry.title });
      this.notice = undefined;
      this.requestUpdate();
      await this.updateComplete;
      this.querySelector<HTMLElement>('.toast vscode-button')?.focus();
    } else {
      this.notice = result.error ?? 'The entry could not be deleted.';
      this.requestUpdate();
    }
  }

  private async undoDelete(): Promise<void> {
    // taken off before the request: a second Ctrl+Z restores the next deletion, not this one again
    const deleted = this.deleted.shift();
    if (!deleted) return;
    this.requestUpdate();
    const result = await this.host.request({ type: 'restoreEntry', id: deleted.id });
    this.notice = result.ok ? `Restored “${deleted.title}”.` : (result.error ?? 'The entry could not be restored.');
    if (result.ok) this.focusKey = deleted.id;
    this.requestUpdate();
  }

  // ——— keyboard ———

  private onGlobalKey(event: KeyboardEvent): void {
    const inField = (event.target as Element | null)?.closest?.('vscode-textfield, vscode-textarea, input, textarea, vscode-single-select, vscode-multi-select');
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !inField && this.deleted.length > 0) {
      event.preventDefault();
      void this.undoDelete();
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f' && this.ui.tab === 'journal') {
      event.preventDefault();
      this.querySelector<HTMLElement>('#search')?.focus();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && this.ui.tab === 'journal') {
      // a row has the focus, or had it until the virtualizer removed it from the page (the key then goes to the body)
      const from = rowIndex(event.target) ?? (event.target === document.body || event.target === document.documentElement ? this.cursor : undefined);
      if (from === undefined) return;
      event.preventDefault();
      this.moveCursor((this.cursor ?? from) + (event.key === 'ArrowDown' ? 1 : -1));
    }
  }

  /**
   * Moves the cursor to row `to` (clamped) and focuses it. A row already in the page (the next one
   * usually is) gets the focus at once, in this key press, so the focus never lags behind the keys
   * however busy the machine; a row the virtualizer has not rendered yet is scrolled to first.
   */
  private moveCursor(to: number): void {
    const index = Math.max(0, Math.min(this.rows.length - 1, to));
    this.cursor = index;
    const el = this.querySelector<HTMLElement>(`.list [data-index="${index}"]`);
    if (!el) {
      void this.scrollToRow(index, true);
      return;
    }
    this.scrollRequest++; // a slower scroll still under way stops here
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'nearest' });
    // not under the sticky toolbar
    const hidden = this.toolbarBottom() - el.getBoundingClientRect().top;
    if (hidden > 0) window.scrollBy(0, -hidden);
  }

  /** Keys on a row: Enter/F2 edit, Delete removes, Enter/Space on a header folds it (arrows: `onGlobalKey`). */
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

  private get virtualizer(): LitVirtualizer<Row> | null {
    return this.querySelector<LitVirtualizer<Row>>('lit-virtualizer');
  }

  /** Scrolls row `index` into view (rendering it if needed) and optionally focuses it. */
  private async scrollToRow(index: number, focus: boolean): Promise<void> {
    const v = this.virtualizer;
    const row = this.rows[index];
    if (!v || !row) return;
    const request = ++this.scrollRequest;
    await this.virtualizerReady(v);
    if (request !== this.scrollRequest) return;
    // the virtualizer keeps the row pinned while rows around it get their real heights
    v.element(index)?.scrollIntoView({ block: 'center' });
    let stable = 0;
    for (let tries = 0; tries < 40 && stable < 3; tries++) {
      await nextFrame();
      if (request !== this.scrollRequest) return;
      const el = this.querySelector<HTMLElement>(`[data-key="${CSS.escape(row.key)}"]`);
      const rect = el?.getBoundingClientRect();
      const visible = rect !== undefined && rect.top >= this.toolbarBottom() - 1 && rect.bottom <= window.innerHeight + 1;
      stable = visible ? stable + 1 : 0;
      if (el && focus && document.activeElement !== el) el.focus({ preventScroll: true });
    }
  }

  private focusRow(key: string | undefined): void {
    if (key) this.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus({ preventScroll: true });
  }

  private toolbarBottom(): number {
    return this.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0;
  }

  /** Saves the scroll anchor at the next frame (once per frame however many scrolls and re-layouts came). */
  private scheduleAnchor(): void {
    if (this.anchorFrame) return;
    this.anchorFrame = requestAnimationFrame(() => {
      this.anchorFrame = 0;
      this.saveAnchor();
    });
  }

  /**
   * Remembers the row at the top of the list and how far below the toolbar it is, read from the
   * page as laid out now, so the scroll position survives hiding the panel and reloads. Nothing is
   * saved while a saved position is still being brought back.
   */
  private saveAnchor(): void {
    if (this.restoring || !this.state || this.ui.tab !== 'journal') return;
    const bar = this.toolbarBottom();
    let top: { key: string; offset: number } | undefined;
    for (const el of this.querySelectorAll<HTMLElement>('.list [data-key]')) {
      const rect = el.getBoundingClientRect();
      if (rect.bottom <= bar + 1) continue;
      const offset = Math.round(rect.top - bar);
      if (!top || offset < top.offset) top = { key: el.dataset.key!, offset };
    }
    if (!top && window.scrollY > 0 && this.blankFrames++ < 60) {
      // scrolled, yet no row on screen: the virtualizer has not rendered the rows of this position
      // yet (a frame or a few after a jump or a re-layout). Keep the anchor saved before, look again.
      this.scheduleAnchor();
      return;
    }
    this.blankFrames = 0;
    const anchor = window.scrollY > 0 ? top : undefined;
    if (anchor?.key === this.ui.anchor?.key && anchor?.offset === this.ui.anchor?.offset) return;
    this.ui.anchor = anchor;
    this.persist();
  }

  protected override updated(): void {
    if (!this.state || this.ui.tab !== 'journal') return;
    if (this.focusKey) {
      const id = this.focusKey;
      this.focusKey = undefined;
      const index = this.rows.findIndex((r) => r.type === 'entry' && r.entry.id === id);
      if (index >= 0) {
        void this.scrollToRow(index, true);
        const key = this.rows[index].key;
        requestAnimationFrame(() => this.querySelector(`[data-key="${CSS.escape(key)}"]`)?.classList.add('focused'));
      }
    } else if (this.restoreAnchor && this.rows.length > 0) {
      this.restoreAnchor = false;
      void this.restoreScroll();
    }
  }

  /** Resolves once `v` has laid out its rows (its layout exists only after its first update and frame). */
  private async virtualizerReady(v: LitVirtualizer<Row>): Promise<void> {
    await v.updateComplete;
    for (let tries = 0; tries < 60 && !v.layoutComplete; tries++) await nextFrame();
    // layoutComplete settles with the next layout, which may never come when nothing changed
    await Promise.race([v.layoutComplete, nextFrame().then(nextFrame)]);
  }

  /** Brings back the saved first visible row, at the same distance below the toolbar. */
  private async restoreScroll(): Promise<void> {
    const anchor = this.ui.anchor;
    const index = anchor ? this.rows.findIndex((r) => r.key === anchor.key) : -1;
    const v = this.virtualizer;
    if (!anchor || index < 0 || !v) return;
    this.restoring = true;
    // the user moving the page ends the restore: from then on the position is theirs
    let moved = false;
    const release = (): void => void (moved = true);
    const inputs = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;
    for (const type of inputs) window.addEventListener(type, release, { capture: true, passive: true });
    try {
      // the virtualizer can scroll only once it has laid out its first rows
      await this.virtualizerReady(v);
      v.element(index)?.scrollIntoView({ block: 'start' });
      await Promise.race([v.layoutComplete, nextFrame().then(nextFrame)]);
      // rows around it get their real heights over the next frames, some late (rows above it are
      // measured as they render): keep it in place until it has stayed there half a second (30
      // frames), at most 3 s, unless the user scrolls first
      for (let tries = 0, still = 0; tries < 180 && still < 30 && !moved; tries++) {
        await nextFrame();
        const el = this.querySelector(`[data-key="${CSS.escape(anchor.key)}"]`);
        const off = el ? el.getBoundingClientRect().top - this.toolbarBottom() - anchor.offset : 0;
        if (Math.abs(off) >= 1) window.scrollBy(0, off);
        still = el && Math.abs(off) < 1 ? still + 1 : 0;
      }
    } finally {
      for (const type of inputs) window.removeEventListener(type, release, { capture: true });
      this.restoring = false;
    }
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const state = this.state;
    if (!state) return html`<p class="muted">Loading your journal…</p>`;
    if (state.error) return html`<div class="error" role="alert">${state.error}</div>`;
    return html`${this.toolbar(state)}
      ${state.readOnly ? html`<p class="banner" role="note"><span class="codicon codicon-lock" aria-hidden="true"></span> This journal was written by a newer version of Impact Journal: it is shown read-only here. Update the extension to change it.</p>` : nothing}
      ${this.ui.tab === 'journal' ? this.journalTab(state) : this.growthTab(state)} ${this.toast()}`;
  }

  private toolbar(state: ViewState): TemplateResult {
    const f = this.ui.filters;
    const tab = (id: Persisted['tab'], label: string, icon: string): TemplateResult =>
      html`<button role="tab" id=${`tab-${id}`} class="tab" aria-selected=${this.ui.tab === id ? 'true' : 'false'} aria-controls="tabpanel" tabindex=${this.ui.tab === id ? 0 : -1}
        @click=${() => this.setTab(id)} @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
            this.setTab(this.ui.tab === 'journal' ? 'growth' : 'journal');
            void this.updateComplete.then(() => this.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus());
          }
        }}><span class="codicon codicon-${icon}" aria-hidden="true"></span> ${label}</button>`;
    const groupsByKind = new Map<string, typeof state.periods>();
    for (const p of state.periods) groupsByKind.set(p.kind, [...(groupsByKind.get(p.kind) ?? []), p]);
    const kindLabel: Record<string, string> = { quarter: 'Quarter', fiscalQuarter: 'Fiscal quarter', half: 'Half', year: 'Year', all: '' };
    return html`<header class="toolbar">
      <div class="toolbar-row">
        <h1>Impact Journal</h1>
        <div role="tablist" aria-label="Views">${tab('journal', 'Journal', 'book')}${tab('growth', 'Goals & ratings', 'target')}</div>
        <span class="spacer"></span>
        <span class="muted framework" title="Competency framework">${state.frameworkLabel}</span>
        <vscode-button secondary icon="list-tree" @click=${() => this.vscode.postMessage({ type: 'chooseFramework' })}>Framework…</vscode-button>
      </div>
      ${this.ui.tab === 'journal'
        ? html`<div class="toolbar-row filters" role="search" aria-label="Filter entries">
            <label>Period
              <vscode-single-select id="period" aria-label="Period" .value=${f.period} @change=${(e: Event) => this.setFilters({ period: (e.target as HTMLSelectElement).value })}>
                ${[...groupsByKind.entries()].flatMap(([kind, list]) =>
                  list.map((p) => html`<vscode-option value=${p.key} description=${kindLabel[kind]} ?selected=${p.key === f.period}>${kind === 'fiscalQuarter' ? `${p.label} (fiscal)` : p.label}</vscode-option>`),
                )}
                <vscode-option value=${CUSTOM_PERIOD} ?selected=${f.period === CUSTOM_PERIOD}>Custom range…</vscode-option>
              </vscode-single-select>
            </label>
            ${f.period === CUSTOM_PERIOD
              ? html`<label>From <vscode-textfield id="from" type="date" .value=${f.from} @change=${(e: Event) => this.setFilters({ from: (e.target as HTMLInputElement).value })}></vscode-textfield></label>
                  <label>To <vscode-textfield id="to" type="date" .value=${f.to} @change=${(e: Event) => this.setFilters({ to: (e.target as HTMLInputElement).value })}></vscode-textfield></label>`
              : nothing}
            <label>Kind
              <vscode-single-select id="kind" aria-label="Kind" .value=${f.kind} @change=${(e: Event) => this.setFilters({ kind: (e.target as HTMLSelectElement).value as Filters['kind'] })}>
                <vscode-option value="all" ?selected=${f.kind === 'all'}>All</vscode-option>
                <vscode-option value="impact" ?selected=${f.kind === 'impact'}>Impact</vscode-option>
                <vscode-option value="learning" ?selected=${f.kind === 'learning'}>Learning</vscode-option>
              </vscode-single-select>
            </label>
            <label>Repository
              <vscode-single-select id="repo" aria-label="Repository" .value=${f.repo} @change=${(e: Event) => this.setFilters({ repo: (e.target as HTMLSelectElement).value })}>
                <vscode-option value="" ?selected=${f.repo === ''}>All repositories</vscode-option>
                ${repositories(state.entries).map((r) => html`<vscode-option value=${r} ?selected=${r === f.repo}>${r}</vscode-option>`)}
              </vscode-single-select>
            </label>
            <label class="grow">Search
              <vscode-textfield id="search" type="search" placeholder="Title, statement or source" aria-label="Search entries" .value=${f.text}
                @input=${(e: Event) => this.setFilters({ text: (e.target as HTMLInputElement).value })}><span slot="content-before" class="codicon codicon-search" aria-hidden="true"></span></vscode-textfield>
            </label>
            <label>Group by
              <vscode-single-select id="grouping" aria-label="Group by" .value=${this.ui.grouping} @change=${(e: Event) => this.setGrouping((e.target as HTMLSelectElement).value as Grouping)}>
                ${GROUPINGS.map((g) => html`<vscode-option value=${g.id} ?selected=${g.id === this.ui.grouping}>${g.label}</vscode-option>`)}
              </vscode-single-select>
            </label>
            <span class="count" role="status" aria-live="polite">${this.filtered.length.toLocaleString('en')} ${this.filtered.length === 1 ? 'entry' : 'entries'}</span>
          </div>`
        : nothing}
    </header>`;
  }

  private journalTab(state: ViewState): TemplateResult {
    const range = selectedRange(state.periods, this.ui.filters);
    return html`<div id="tabpanel" role="tabpanel" aria-labelledby="tab-journal">
      ${evidenceChart({
        entries: this.inPeriod,
        framework: state.framework,
        periodLabel: range.label,
        open: this.ui.chartOpen,
        onToggle: (open) => {
          this.ui.chartOpen = open;
          this.persist();
          this.requestUpdate();
        },
        onPick: (id) => this.showGroup(id),
      })}
      ${this.orphanDraft()}
      ${this.rows.length === 0
        ? html`<p class="empty">${state.entries.length === 0
            ? 'Your journal is empty. Run “Impact Journal: Log impact” to add your first entry.'
            : 'No entry matches these filters. Try another period or clear the search.'}</p>`
        : html`<lit-virtualizer
            class="list"
            role="list"
            aria-label="Journal entries"
            .items=${this.rows}
            .keyFunction=${(row: Row) => row.key}
            .renderItem=${(row: Row, index: number) => this.renderRow(row, index)}
          ></lit-virtualizer>`}
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
    return html`<section class="orphan" aria-label="Draft of an entry that is not listed">
      <p class="banner" role="note">${exists
        ? 'The entry you are editing is hidden by a change made elsewhere; your draft is kept here.'
        : 'The entry you are editing was deleted in another window or on disk. Your draft is kept here: copy what you need, then cancel.'}</p>
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
      editing: editing && { draft: editing.draft, saving: editing.saving, error: editing.error },
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
        onQuarter: (key) => {
          this.ui.ratingQuarter = key;
          this.persist();
          this.requestUpdate();
        },
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
      return html`<div class="toast" role="status">
        <span>Deleted “${this.deleted[0].title}”.${this.deleted.length > 1 ? ` (${this.deleted.length} to undo)` : ''}</span>
        <vscode-button id="undo" @click=${() => void this.undoDelete()}>Undo</vscode-button>
        <vscode-toolbar-button icon="close" label="Dismiss" @click=${() => {
          this.deleted = [];
          this.requestUpdate();
        }}></vscode-toolbar-button>
      </div>`;
    }
    if (this.notice) {
      return html`<div class="toast" role="status"><span>${this.notice}</span>
        <vscode-toolbar-button icon="close" label="Dismiss" @click=${() => {
          this.notice = undefined;
          this.requestUpdate();
        }}></vscode-toolbar-button></div>`;
    }
    return nothing;
  }
}

if (!customElements.get('ij-journal')) customElements.define('ij-journal', JournalApp);
