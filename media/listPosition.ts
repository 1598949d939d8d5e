/**
 * Where the journal list is, as a Lit reactive controller of `<ij-journal>`: the scroll anchor
 * (the first visible row and its distance below the sticky toolbar) saved after every scroll and
 * re-layout and brought back after the webview reloads; the keyboard cursor the arrow keys move;
 * and scrolling to a row (a group picked in the chart, an entry just saved or restored).
 *
 * The list is a lit-virtualizer: rows off screen are not in the page, and rows get their real
 * heights only once rendered, some frames late. Every wait below is counted in animation frames,
 * never in milliseconds, so a busy machine only makes it slower, never wrong.
 */
import type { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Row } from './journalModel';
import type { Persisted } from './persisted';

/** The saved scroll position: a row's key and how far (px) its top was below the toolbar. */
export type Anchor = NonNullable<Persisted['anchor']>;

/** What the controller needs from the element that shows the list. */
export interface ListHost extends ReactiveControllerHost, HTMLElement {
  /** The list's rows as rendered now (indexes are `data-index`). */
  readonly rows: readonly Row[];
  /** True while the journal list is on screen (a state came and the journal tab is open). */
  readonly listShown: boolean;
  /** The anchor saved in the webview state. */
  readonly anchor: Anchor | undefined;
  /** Keeps `anchor` (undefined at the top of the page) in the webview state. */
  saveAnchor(anchor: Anchor | undefined): void;
}

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

/** Scroll position, keyboard cursor and scrolling to rows of the journal list. */
export class ListPosition implements ReactiveController {
  /** The saved anchor is brought back at the first render with rows, unless an entry is to be shown instead. */
  private restorePending = true;
  /** A saved scroll position is being brought back: the anchor is not saved meanwhile. */
  private restoring = false;
  /** An entry to scroll to and mark at the next render (its id). */
  private focusId: string | undefined;
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
  private readonly resize = new ResizeObserver(() => this.scheduleAnchor());
  private readonly onScroll = (): void => this.scheduleAnchor();
  // the cursor follows the focus (a click, Tab), except to the page itself
  private readonly onFocus = (event: FocusEvent): void => void (this.cursor = rowIndex(event.target));

  constructor(private readonly host: ListHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // the anchor is saved at the next frame after every scroll and every re-layout of the list
    window.addEventListener('scroll', this.onScroll, { passive: true });
    this.resize.observe(this.host);
    this.host.addEventListener('focusin', this.onFocus);
  }

  hostDisconnected(): void {
    window.removeEventListener('scroll', this.onScroll);
    this.resize.disconnect();
    this.host.removeEventListener('focusin', this.onFocus);
  }

  /** Shows entry `id` at the next render (scrolled to, marked), instead of the saved position. */
  showEntry(id: string): void {
    this.focusId = id;
    this.restorePending = false;
  }

  /** The rows changed meaning: the next arrow key starts from the focused row again. */
  rowsChanged(): void {
    this.cursor = undefined;
  }

  hostUpdated(): void {
    if (!this.host.listShown) return;
    if (this.focusId) {
      const id = this.focusId;
      this.focusId = undefined;
      const index = this.host.rows.findIndex((r) => r.type === 'entry' && r.entry.id === id);
      if (index >= 0) {
        void this.scrollToRow(index, true);
        const key = this.host.rows[index]!.key;
        requestAnimationFrame(() => this.host.querySelector(`[data-key="${CSS.escape(key)}"]`)?.classList.add('focused'));
      }
    } else if (this.restorePending && this.host.rows.length > 0) {
      this.restorePending = false;
      void this.restoreScroll();
    }
  }

  /**
   * Handles ArrowDown/ArrowUp (no modifier) pressed on a row, or on the page after the focused row
   * left it: moves the cursor one row. Returns false, leaving the event alone, for any other key.
   */
  arrowKey(event: KeyboardEvent): boolean {
    if ((event.key !== 'ArrowDown' && event.key !== 'ArrowUp') || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
    // a row has the focus, or had it until the virtualizer removed it from the page (the key then goes to the body)
    const from = rowIndex(event.target) ?? (event.target === document.body || event.target === document.documentElement ? this.cursor : undefined);
    if (from === undefined) return false;
    event.preventDefault();
    this.moveCursor((this.cursor ?? from) + (event.key === 'ArrowDown' ? 1 : -1));
    return true;
  }

  /**
   * Moves the cursor to row `to` (clamped) and focuses it. A row already in the page (the next one
   * usually is) gets the focus at once, in this key press, so the focus never lags behind the keys
   * however busy the machine; a row the virtualizer has not rendered yet is scrolled to first.
   */
  private moveCursor(to: number): void {
    const index = Math.max(0, Math.min(this.host.rows.length - 1, to));
    this.cursor = index;
    const el = this.host.querySelector<HTMLElement>(`.list [data-index="${index}"]`);
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

  private get virtualizer(): LitVirtualizer<Row> | null {
    return this.host.querySelector<LitVirtualizer<Row>>('lit-virtualizer');
  }

  /** Scrolls row `index` into view (rendering it if needed) and optionally focuses it. */
  async scrollToRow(index: number, focus: boolean): Promise<void> {
    const v = this.virtualizer;
    const row = this.host.rows[index];
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
      const el = this.host.querySelector<HTMLElement>(`[data-key="${CSS.escape(row.key)}"]`);
      const rect = el?.getBoundingClientRect();
      const visible = rect !== undefined && rect.top >= this.toolbarBottom() - 1 && rect.bottom <= window.innerHeight + 1;
      stable = visible ? stable + 1 : 0;
      if (el && focus && document.activeElement !== el) el.focus({ preventScroll: true });
    }
  }

  /** Focuses the row with key `key` if it is in the page, without scrolling. */
  focusRow(key: string | undefined): void {
    if (key) this.host.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus({ preventScroll: true });
  }

  private toolbarBottom(): number {
    return this.host.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0;
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
    if (this.restoring || !this.host.listShown) return;
    const bar = this.toolbarBottom();
    let top: Anchor | undefined;
    for (const el of this.host.querySelectorAll<HTMLElement>('.list [data-key]')) {
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
    const saved = this.host.anchor;
    if (anchor?.key === saved?.key && anchor?.offset === saved?.offset) return;
    this.host.saveAnchor(anchor);
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
    const anchor = this.host.anchor;
    const index = anchor ? this.host.rows.findIndex((r) => r.key === anchor.key) : -1;
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
        const el = this.host.querySelector(`[data-key="${CSS.escape(anchor.key)}"]`);
        const off = el ? el.getBoundingClientRect().top - this.toolbarBottom() - anchor.offset : 0;
        if (Math.abs(off) >= 1) window.scrollBy(0, off);
        still = el && Math.abs(off) < 1 ? still + 1 : 0;
      }
    } finally {
      for (const type of inputs) window.removeEventListener(type, release, { capture: true });
      this.restoring = false;
    }
  }
}
