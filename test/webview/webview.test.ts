/**
 * The real webview bundle (dist/webview/main.js) in headless Chromium, under the same CSP as in
 * VS Code, fed by a harness that plays the host side of the protocol. Hostile entry text and
 * commit messages must render as text: nothing executes, no element is made from them, no CSP
 * violation happens, and links reach the host only as `openLink` messages.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { ViewState } from '../../src/vscode/webview/protocol';
import { REPO_ROOT, startWebviewHarness, type WebviewHarness } from './harness';
import { HOSTILE_TEXT } from '../fixtures/hostile';

function hostileState(): ViewState {
  const entries = HOSTILE_TEXT.map((text, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    kind: i % 2 ? ('learning' as const) : ('impact' as const),
    title: text,
    occurredAt: '2026-08-01',
    body: text,
    competencies: [text.slice(0, 40)],
    sources: [
      { label: 'commit abcdef1', detail: text, url: 'https://github.com/acme/shop/commit/abcdef1' },
      { label: 'bad link', detail: text, url: 'javascript:window.__pwned="source"' },
    ],
  }));
  return {
    quarters: [{ key: '2026-Q3', label: '2026 Q3', range: 'Jul 1 – Sep 30, 2026', count: entries.length }],
    quarterKey: '2026-Q3',
    total: entries.length,
    groups: [{ id: 'code-quality', label: '<b>Code</b> quality', description: '<script>1</script>', impact: 7, learning: 6, entries }],
    missing: ['<img src=x onerror=1>'],
  };
}

describe('journal webview in headless Chromium (hostile input)', function () {
  this.timeout(120_000);
  let harness: WebviewHarness;
  let page: Page;
  let base: string;

  before(async () => {
    execFileSync(process.execPath, ['esbuild.js'], { cwd: REPO_ROOT, stdio: 'inherit' });
    harness = await startWebviewHarness();
    ({ page, base } = harness);
  });

  after(() => harness?.close());

  it('renders hostile entries as text: nothing runs, no element or CSP violation comes from them', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await harness.open();
    await page.evaluate((state) => window.postMessage({ type: 'state', state }, '*'), hostileState());
    await page.waitForSelector('article.entry');
    await page.waitForTimeout(300);
    const report = await page.evaluate(() => {
      const app = document.getElementById('app')!;
      return {
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        violations: (window as unknown as { __violations: string[] }).__violations,
        dangerous: app.querySelectorAll('script, img, svg, iframe, object, embed, style, form, input:not([type=hidden])').length,
        handlers: [...app.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
        hrefs: [...app.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
        titles: [...app.querySelectorAll('.entry .title')].map((t) => t.textContent),
        headings: app.querySelectorAll('.body h1, .body h2, .body table').length,
        entries: app.querySelectorAll('article.entry').length,
      };
    });
    assert.equal(report.pwned, undefined, 'no payload ran');
    assert.deepEqual(report.violations, [], 'no CSP violation: nothing even tried to load or run');
    assert.equal(report.dangerous, 0, 'no script/img/svg/iframe/style element made from entry text');
    assert.equal(report.handlers, 0, 'no event-handler attribute');
    assert.ok(report.hrefs.length > 0 && report.hrefs.every((h) => /^https?:\/\//.test(h)), `only http(s) links: ${report.hrefs.join(' ')}`);
    assert.deepEqual(report.titles, HOSTILE_TEXT, 'titles render exactly as written');
    assert.equal(report.headings, 0, 'no headings or tables inside a statement');
    assert.equal(report.entries, HOSTILE_TEXT.length);
    assert.ok(requests.every((u) => u.startsWith(base)), `no request leaves the page's origin: ${requests.filter((u) => !u.startsWith(base)).join(' ')}`);
    mkdirSync(path.join(REPO_ROOT, 'test', 'e2e', 'screenshots'), { recursive: true });
    await page.screenshot({ path: path.join(REPO_ROOT, 'test', 'e2e', 'screenshots', 'webview-hostile.png'), fullPage: false });
  });

  it('links reach the host only as openLink messages; the page never navigates', async () => {
    const url = page.url();
    await page.locator('.source a', { hasText: 'commit abcdef1' }).first().click();
    await page.locator('.body a', { hasText: 'ok' }).first().click({ button: 'middle' });
    const posted = await page.evaluate(() => (window as unknown as { __posted: Array<{ type: string; url?: string }> }).__posted.filter((m) => m.type === 'openLink'));
    assert.deepEqual(posted, [
      { type: 'openLink', url: 'https://github.com/acme/shop/commit/abcdef1' },
      { type: 'openLink', url: 'https://example.com' },
    ]);
    assert.equal(page.url(), url);
    assert.equal(await page.locator('.source', { hasText: 'bad link' }).locator('a').count(), 0, 'a javascript: source URL is not made a link');
  });
});
