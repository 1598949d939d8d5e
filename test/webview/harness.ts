/**
 * Serves the built webview bundle (dist/webview) from a loopback HTTP server in a page with the same
 * CSP as in VS Code, themed with CSS variables recorded from VS Code (test/fixtures/themes), and
 * opens it in headless Chromium. The page's `acquireVsCodeApi` records what the webview posts
 * (`window.__posted`), keeps the webview state in localStorage (so it survives `open()` again, as
 * a reload does in VS Code) and records CSP violations (`window.__violations`).
 *
 * With a `journalFile`, a `HarnessHost` plays the host side of the protocol with the production
 * code: JournalPanel's `WebviewMessageHandler` (validation, refusals, changes one at a time) over a
 * real `JournalStore` on that file, and states built by `buildViewState`. Without
 * one, the test posts states itself (`postState`). Used by the webview tests and the benchmark.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { DEFAULT_COMPETENCIES } from '../../src/core/competencies';
import { JournalStore } from '../../src/journal/store';
import type { Competency } from '../../src/core/model';
import { WebviewMessageHandler } from '../../src/vscode/webview/messageHandler';
import { parseWebviewMessage, type HostMessage, type ViewState, type WebviewMessage } from '../../src/vscode/webview/protocol';
import { buildViewState } from '../../src/vscode/webview/viewState';
import { CHROMIUM, REPO_ROOT } from '../e2e/vscodeServer';
import { NOW } from './sampleJournal';

const NONCE = 'dGVzdC1ub25jZQ==';
const CSP = `default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; script-src 'nonce-${NONCE}'; connect-src 'none'; form-action 'none'; base-uri 'none'`;

/** VS Code's themes as recorded from a real workbench (test/fixtures/themes/<name>.css) and the body class VS Code sets. */
export const THEMES = { light: 'vscode-light', dark: 'vscode-dark', 'high-contrast': 'vscode-high-contrast' } as const;
export type ThemeName = keyof typeof THEMES;

/** Options of the harness. */
export interface HarnessOptions {
  readonly theme?: ThemeName;
  /** A journal file the harness host reads and changes; without it, the test posts states itself. */
  readonly journalFile?: string;
  /** The framework the host shows (default: the default framework). */
  readonly framework?: readonly Competency[];
  /** "Today" for the host's states (default: the webview tests' fixed `NOW`). */
  readonly now?: Date;
  /** Viewport, px (default 1100 × 900). */
  readonly viewport?: { readonly width: number; readonly height: number };
}

/** The host side of the protocol, over a real journal file. */
export class HarnessHost {
  /** Every message the webview sent, as parsed (undefined for an invalid one). */
  readonly received: Array<WebviewMessage | undefined> = [];
  readonly store: JournalStore;
  /** Entry to focus in the next state (as `impactJournal.openJournal <id>` does). */
  focusEntryId: string | undefined;
  framework: readonly Competency[];

  constructor(
    file: string,
    private readonly page: Page,
    private readonly options: HarnessOptions,
  ) {
    this.store = new JournalStore(file);
    this.framework = options.framework ?? DEFAULT_COMPETENCIES;
  }

  private readonly handler = new WebviewMessageHandler({
    post: (message) => this.post(message),
    postState: () => this.postState(),
    // like the journal service: the change, then the reloaded state
    change: async (edit) => {
      await this.store.transact(edit, new Date());
      await this.postState();
    },
    openExternal: () => Promise.resolve(),
    chooseFramework: () => Promise.resolve(),
    confirmGoalDeletion: () => Promise.resolve(true),
    failed: () => undefined,
    warn: () => undefined,
  });

  /** Handles one message from the webview with the production handler (JournalPanel's). */
  async receive(data: unknown): Promise<void> {
    this.received.push(parseWebviewMessage(data));
    await this.handler.receive(data);
  }

  /** Sends the state of the journal on disk. */
  async postState(): Promise<void> {
    const journal = await this.store.read();
    const state = buildViewState(journal, {
      framework: this.framework,
      frameworkLabel: 'Impact Journal default',
      fiscalYearStartMonth: 1,
      now: this.options.now ?? NOW,
      focusEntryId: this.focusEntryId,
    });
    this.focusEntryId = undefined;
    await this.post({ type: 'state', state });
  }

  private async post(message: HostMessage): Promise<void> {
    await this.page.evaluate((m) => window.postMessage(m, '*'), message);
  }
}

/** A running harness. */
export interface WebviewHarness {
  readonly page: Page;
  /** `http://127.0.0.1:PORT/` */
  readonly base: string;
  /** Set when the harness was given a journal file. */
  readonly host: HarnessHost | undefined;
  /** Loads (or reloads) the webview and waits for its first render; the webview state is kept. */
  open(): Promise<void>;
  /** Posts a state as the host would. */
  postState(state: ViewState): Promise<void>;
  /** Switches the theme (body class and CSS variables) without reloading. */
  setTheme(theme: ThemeName): Promise<void>;
  close(): Promise<void>;
}

/** Starts the server and the browser over the current dist/webview (build it first). */
export async function startWebviewHarness(options: HarnessOptions = {}): Promise<WebviewHarness> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ij-webview-'));
  mkdirSync(path.join(dir, 'w'));
  for (const f of ['main.js', 'main.css', 'codicon.css', 'codicon.ttf']) copyFileSync(path.join(REPO_ROOT, 'dist', 'webview', f), path.join(dir, 'w', f));
  for (const theme of Object.keys(THEMES))
    copyFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'themes', `${theme}.css`), path.join(dir, 'w', `theme-${theme}.css`));
  const theme = options.theme ?? 'dark';
  writeFileSync(
    path.join(dir, 'w', 'index.html'),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Impact Journal</title><meta http-equiv="Content-Security-Policy" content="${CSP}">
<link rel="stylesheet" href="theme-${theme}.css" id="theme"><link rel="stylesheet" href="codicon.css" id="vscode-codicon-stylesheet"><link rel="stylesheet" href="main.css"></head>
<body class="${THEMES[theme]}"><main id="app">Loading…</main>
<script nonce="${NONCE}">window.__posted = []; window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + e.lineNumber + ' ' + (e.sample || '')));
window.acquireVsCodeApi = () => ({
  postMessage: (m) => { window.__posted.push(m); if (window.__toHost) window.__toHost(m); },
  getState: () => JSON.parse(localStorage.getItem('webviewState') || 'null') || undefined,
  setState: (s) => localStorage.setItem('webviewState', JSON.stringify(s)),
});</script>
<script nonce="${NONCE}" src="main.js"></script></body></html>`,
  );
  const server = createServer((req, res) => {
    const file = path.join(dir, 'w', path.basename(new URL(req.url ?? '/', 'http://x').pathname) || 'index.html');
    try {
      const body = readFileSync(file);
      const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : file.endsWith('.ttf') ? 'font/ttf' : 'text/html';
      res.writeHead(200, { 'content-type': type });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: options.viewport ?? { width: 1100, height: 900 } });
  page.on('dialog', (d) => void d.dismiss());
  const host = options.journalFile ? new HarnessHost(options.journalFile, page, options) : undefined;
  if (host) await page.exposeFunction('__toHost', (m: unknown) => host.receive(m));
  return {
    page,
    base,
    host,
    open: async () => {
      await page.goto(`${base}index.html`);
      await page.waitForFunction(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted.some((m) => m.type === 'ready'));
      if (host) await page.waitForSelector('ij-journal .toolbar, ij-journal .error');
    },
    postState: async (state) => {
      await page.evaluate((s) => window.postMessage({ type: 'state', state: s }, '*'), state);
    },
    setTheme: async (name) => {
      await page.evaluate(
        ([href, cls]) => {
          (document.getElementById('theme') as HTMLLinkElement).href = href;
          document.body.className = cls;
        },
        [`theme-${name}.css`, THEMES[name]] as const,
      );
      await page.waitForFunction((n) => getComputedStyle(document.documentElement).getPropertyValue('--ij-theme').includes(n), name);
    },
    close: async () => {
      await browser.close();
      server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export { REPO_ROOT };
