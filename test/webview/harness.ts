/**
 * Serves the built webview bundle (dist/webview) from a loopback HTTP server in a page with the same
 * CSP as in VS Code, and opens it in headless Chromium. The page's `acquireVsCodeApi` records what
 * the webview posts (`window.__posted`) and CSP violations (`window.__violations`); the test plays
 * the host by posting `{ type: 'state', state }` to the window. Used by the webview tests and the
 * render benchmark.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, REPO_ROOT } from '../e2e/vscodeServer';

const NONCE = 'dGVzdC1ub25jZQ==';
const CSP = `default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; script-src 'nonce-${NONCE}'; connect-src 'none'; form-action 'none'; base-uri 'none'`;

/** A running harness: the page (call `open` to load the webview), its origin, and `close`. */
export interface WebviewHarness {
  readonly page: Page;
  /** `http://127.0.0.1:PORT/` */
  readonly base: string;
  /** Loads the webview and waits for its `ready` message. */
  open(): Promise<void>;
  close(): Promise<void>;
}

/** Starts the server and the browser over the current dist/webview (build it first). */
export async function startWebviewHarness(): Promise<WebviewHarness> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ij-webview-'));
  mkdirSync(path.join(dir, 'w'));
  for (const f of ['main.js', 'main.css']) copyFileSync(path.join(REPO_ROOT, 'dist', 'webview', f), path.join(dir, 'w', f));
  writeFileSync(
    path.join(dir, 'w', 'index.html'),
    `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><link rel="stylesheet" href="main.css"></head>
<body><main id="app">Loading…</main>
<script nonce="${NONCE}">window.__posted = []; window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), getState: () => undefined, setState: () => {} });</script>
<script nonce="${NONCE}" src="main.js"></script></body></html>`,
  );
  const server = createServer((req, res) => {
    const file = path.join(dir, 'w', path.basename(new URL(req.url ?? '/', 'http://x').pathname) || 'index.html');
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.on('dialog', (d) => void d.dismiss());
  return {
    page,
    base,
    open: async () => {
      await page.goto(`${base}index.html`);
      await page.waitForFunction(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted.some((m) => m.type === 'ready'));
    },
    close: async () => {
      await browser.close();
      server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export { REPO_ROOT };
