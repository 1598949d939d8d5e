/**
 * Journal webview front end (browser bundle): renders the host's ViewState with lit-html, which
 * sets every interpolated value as text. Entry bodies are Markdown rendered by markdown-it with raw
 * HTML off; link clicks go to the host, which opens only http(s) URLs.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import MarkdownIt from 'markdown-it';
import type { HostMessage, ViewEntry, ViewGroup, ViewState, WebviewMessage } from '../src/vscode/webview/protocol';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: true });
// no images (they would load from anywhere) and no headings or tables inside an entry's statement
markdown.disable(['image', 'heading', 'lheading', 'table']);
const defaultValidateLink = markdown.validateLink.bind(markdown);
markdown.validateLink = (url: string): boolean => /^https?:/i.test(url.trim()) && defaultValidateLink(url);
const app = document.getElementById('app')!;
app.textContent = ''; // drop the static "Loading…" text: lit renders into an empty container

/** Only http(s) URLs become links (the host checks again before opening anything). */
function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function post(message: WebviewMessage): void {
  vscode.postMessage(message);
}

function renderBody(body: string): TemplateResult | typeof nothing {
  if (!body.trim()) return html`<p class="muted">No impact statement yet.</p>`;
  // markdown-it escapes raw HTML (html: false) and refuses javascript:/vbscript:/data: links
  return html`<div class="body">${unsafeHTML(markdown.render(body))}</div>`;
}

function entryView(entry: ViewEntry, focusId: string | undefined): TemplateResult {
  return html`<article class="entry ${entry.kind} ${entry.id === focusId ? 'focused' : ''}" data-entry-id=${entry.id} tabindex="0" aria-label=${`${entry.kind}: ${entry.title}`}>
    <header>
      <span class="kind" title=${entry.kind === 'impact' ? 'Impact' : 'Learning'}>${entry.kind}</span>
      <h3 class="title">${entry.title}</h3>
      <time datetime=${entry.occurredAt}>${entry.occurredAt}</time>
    </header>
    ${renderBody(entry.body)}
    <footer>
      <ul class="competencies" aria-label="Competencies">${entry.competencies.map((c) => html`<li>${c}</li>`)}</ul>
      ${entry.sources.map(
        (s) => html`<div class="source">${s.url && isWebUrl(s.url) ? html`<a href=${s.url} data-link=${s.url}>${s.label}</a>` : html`<span>${s.label}</span>`} <span class="muted">${s.detail}</span></div>`,
      )}
    </footer>
  </article>`;
}

function groupView(group: ViewGroup, focusId: string | undefined): TemplateResult {
  return html`<section class="competency" data-competency=${group.id} aria-labelledby=${`h-${group.id}`}>
    <h2 id=${`h-${group.id}`} title=${group.description}>${group.label} <span class="count">${group.impact} impact · ${group.learning} learning</span></h2>
    ${group.entries.map((e) => entryView(e, focusId))}
  </section>`;
}

function view(state: ViewState): TemplateResult {
  if (state.error) return html`<div class="error" role="alert">${state.error}</div>`;
  const selected = state.quarters.find((q) => q.key === state.quarterKey);
  return html`<header class="toolbar">
      <h1>Impact Journal</h1>
      <label>Quarter
        <select @change=${(e: Event) => post({ type: 'selectQuarter', key: (e.target as HTMLSelectElement).value })}>
          ${state.quarters.map((q) => html`<option value=${q.key} ?selected=${q.key === state.quarterKey}>${q.label} (${q.count})</option>`)}
        </select>
      </label>
      <span class="muted">${selected?.range ?? ''} · ${state.total} ${state.total === 1 ? 'entry' : 'entries'}</span>
    </header>
    ${state.total === 0 ? html`<p class="empty">No entries in this quarter yet. Run “Impact Journal: Log impact” to add one.</p>` : nothing}
    ${state.groups.map((g) => groupView(g, state.focusEntryId))}
    ${state.total > 0 && state.missing.length > 0
      ? html`<section class="missing"><h2>No evidence this quarter</h2><p>${state.missing.join(' · ')}</p></section>`
      : nothing}`;
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  if (message?.type !== 'state') return;
  render(view(message.state), app);
  vscode.setState({ quarterKey: message.state.quarterKey });
  if (message.state.focusEntryId) {
    document.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(message.state.focusEntryId)}"]`)?.scrollIntoView({ block: 'center' });
  }
});

// every link goes through the host, which opens http(s) only (left, middle and keyboard clicks)
function onLinkClick(event: MouseEvent): void {
  const anchor = (event.target as Element | null)?.closest('a');
  if (!anchor) return;
  event.preventDefault();
  const url = anchor.getAttribute('data-link') ?? anchor.getAttribute('href');
  if (url) post({ type: 'openLink', url });
}
document.addEventListener('click', onLinkClick);
document.addEventListener('auxclick', onLinkClick);

post({ type: 'ready' });
