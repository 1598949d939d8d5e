/**
 * End-to-end flows in a real VS Code workbench (code-server's VS Code server + headless Chromium),
 * against the packaged .vsix, driven with keyboard and clicks as a user would. Each test checks the
 * journal file on disk and what is on screen, and saves a screenshot under test/e2e/screenshots/.
 */
import * as assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Context } from 'mocha';
import type { Locator } from 'playwright-core';
import type { TempRepo } from '../unit/helpers/tempRepo';
import { createWorkspaceRepo, NOTABLE_SUBJECT } from './fixtureRepo';
import { startServer, VSIX, waitFor, type RunningServer } from './vscodeServer';
import { quarterOf } from '../../src/core/quarters';
import { acceptFocused, answerCapturePrompts, journalWhenWritten, notification, openWorkbench, quickInputShowing, runCommand, screenshot, sleep, webviewFrame } from './workbench';

/** Chooses `value` in a vscode-single-select as its change event would. */
async function choose(select: Locator, value: string): Promise<void> {
  await select.evaluate((el, v) => {
    (el as HTMLSelectElement).value = v;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

/** `November 2026` for the current month (the month grouping's header). */
const monthLabel = (): string => new Date().toLocaleString('en', { month: 'long', year: 'numeric' });

/** Label of the current calendar quarter, e.g. "2026 Q4". */
const quarterLabel = (): string => quarterOf(new Date()).label;

const STATEMENT = 'Payments <b>no longer</b> fail during gateway timeouts: 1,200 orders/day saved.';
const ENTRY_TITLE = 'Fix checkout outage: retry failed payments';
const EDITED_TITLE = 'Fixed the checkout outage: failed payments are retried';

interface JournalOnDisk {
  entries: Array<{ title: string; body: string; competencies: string[]; sources: Array<{ type: string; sha?: string; url?: string; repo?: string }> }>;
}

/** A `git` shim first on PATH that records every invocation, so a test can tell which processes ran. */
function gitShim(dir: string): { bin: string; log: string } {
  const bin = path.join(dir, 'bin');
  const log = path.join(dir, 'git-calls.log');
  mkdirSync(bin, { recursive: true });
  const real = ['/usr/bin/git', '/usr/local/bin/git'].find((p) => existsSync(p)) ?? 'git';
  writeFileSync(path.join(bin, 'git'), `#!/bin/sh\nprintf '%s|%s|%s\\n' "$GIT_CONFIG_PARAMETERS" "$PWD" "$*" >> '${log}'\nexec ${real} "$@"\n`);
  chmodSync(path.join(bin, 'git'), 0o755);
  writeFileSync(log, '');
  return { bin, log };
}

/** Calls made by Impact Journal (its git processes carry core.fsmonitor=false in GIT_CONFIG_PARAMETERS). */
function ourGitCalls(log: string): string[] {
  return readFileSync(log, 'utf8').split('\n').filter((l) => l.includes("'core.fsmonitor'='false'"));
}

function reportFailure(ctx: Context, server: RunningServer | undefined, name: string): Promise<void> | undefined {
  if (ctx.currentTest?.state !== 'failed' || !server) return undefined;
  return screenshot(server.page, `failure-${name}`).then((file) => {
    console.error(`\n  Last screenshot: ${file}\n  Extension host and output channel logs:\n${server.extensionLogs().slice(-6000)}`);
  });
}

describe('end to end: a user in a trusted workspace', function () {
  this.timeout(180_000);
  let repo: TempRepo;
  let server: RunningServer;
  let dir: string;
  let journalFile: string;
  let shim: { bin: string; log: string };

  before(async () => {
    assert.ok(existsSync(VSIX), `${VSIX} is missing: run npm run package first`);
    dir = mkdtempSync(path.join(tmpdir(), 'ij-e2e-'));
    journalFile = path.join(dir, 'journal', 'journal.json');
    mkdirSync(path.dirname(journalFile)); // a user's (synced) folder exists; the file does not yet
    shim = gitShim(dir);
    repo = createWorkspaceRepo();
    server = await startServer({
      workspace: repo.dir,
      trusted: true,
      vsix: VSIX,
      settings: { 'impactJournal.journalFile': journalFile },
      pathPrepend: shim.bin,
    });
    await openWorkbench(server.page, server.url, repo.dir);
  });

  afterEach(function () {
    return reportFailure(this, server, this.currentTest?.title.replace(/\W+/g, '-') ?? 'test');
  });

  after(async () => {
    await server?.stop();
    repo?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('1. Log impact → pick a notable commit → answer the prompts → entry saved with its commit and shown in the sidebar', async () => {
    const { page } = server;
    await runCommand(page, 'Impact Journal: Log impact');
    const list = await quickInputShowing(page, NOTABLE_SUBJECT, 60_000);
    assert.match(list, /Sizeable change: \+180 −0 lines in 2 files\./, 'the reason is shown');
    assert.ok(!list.includes('Rename variable'), 'routine commits are not offered');
    assert.ok(!list.includes('Someone else'), 'other authors are not offered');
    await screenshot(page, '1-log-impact-pick');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: NOTABLE_SUBJECT }).click();
    await answerCapturePrompts(page, { kind: 'Impact', title: ENTRY_TITLE, statement: STATEMENT, atCompetencies: () => screenshot(page, '1-log-impact-competencies') });

    const saved = await journalWhenWritten<JournalOnDisk>(journalFile);
    assert.equal(saved.entries.length, 1);
    const [entry] = saved.entries;
    assert.equal(entry.title, ENTRY_TITLE);
    assert.equal(entry.body, STATEMENT);
    assert.ok(entry.competencies.includes('reliability-operations'), `suggested competencies kept: ${entry.competencies.join()}`);
    const sha = repo.git('log', '-1', '--format=%H', `--grep=retry failed payments`).trim();
    assert.deepEqual(
      { type: entry.sources[0].type, sha: entry.sources[0].sha, url: entry.sources[0].url, repo: entry.sources[0].repo },
      { type: 'commit', sha, url: `https://github.com/acme/shop/commit/${sha}`, repo: 'github.com/acme/shop' },
    );
    await notification(page, `Logged “${ENTRY_TITLE}”`);
    assert.ok(ourGitCalls(shim.log).length > 0, `the extension read history through git: ${readFileSync(shim.log, 'utf8').slice(0, 2000)}`);

    await page.locator('.activitybar a[aria-label^="Impact Journal"], .activitybar .action-item[aria-label^="Impact Journal"]').first().click();
    const row = page.locator('.pane-body .monaco-list-row', { hasText: ENTRY_TITLE }).first();
    await row.waitFor({ state: 'visible', timeout: 20_000 });
    const tree = await page.locator('.pane-body').first().innerText();
    assert.match(tree, /Reliability & operations/);
    await screenshot(page, '1-sidebar');
  });

  it('2. Open journal → the entry is under its competency in the webview; editing it there updates the file and the sidebar at once', async () => {
    const { page } = server;
    await runCommand(page, 'Impact Journal: Open journal');
    const frame = webviewFrame(page);
    const header = frame.locator('.group-header[data-group="reliability-operations"]');
    await header.waitFor({ timeout: 30_000 });
    assert.match(await header.innerText(), /Reliability & operations\s+1 impact · 0 learning/);
    const entry = frame.locator('article.entry', { hasText: ENTRY_TITLE }).first();
    await entry.waitFor();
    const body = await entry.locator('.body').innerText();
    assert.ok(body.includes('<b>no longer</b>'), 'raw HTML in the statement is shown as text');
    assert.equal(await entry.locator('.body b').count(), 0, 'no HTML element made from entry text');
    const link = entry.locator('.source a').first();
    assert.match((await link.getAttribute('href')) ?? '', /^https:\/\/github\.com\/acme\/shop\/commit\/[0-9a-f]{40}$/);
    assert.match(await frame.locator('.evidence h2').innerText(), /\d+ of 13 competencies have no evidence/);
    await screenshot(page, '2-webview');

    // edit in place with the keyboard: Enter opens the editor, Ctrl+Enter saves through the journal store
    await entry.focus();
    await page.keyboard.press('Enter');
    const title = frame.locator('form.editor .f-title input');
    await title.waitFor();
    await title.fill(EDITED_TITLE);
    await screenshot(page, '2-webview-editing');
    await title.press('Control+Enter');
    const saved = await waitFor(
      () => {
        const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as JournalOnDisk;
        return journal.entries[0]?.title === EDITED_TITLE ? journal : undefined;
      },
      20_000,
      () => `the journal file never got the edited title: ${readFileSync(journalFile, 'utf8').slice(0, 500)}`,
    );
    assert.equal(saved.entries.length, 1, 'edited, not added');
    await frame.locator('article.entry .title', { hasText: EDITED_TITLE }).first().waitFor();
    const sidebarRow = page.locator('.pane-body .monaco-list-row', { hasText: EDITED_TITLE }).first();
    await sidebarRow.waitFor({ state: 'visible', timeout: 20_000 });
    await screenshot(page, '2-webview-edited');

    // another framework: the entry's competencies are not in it, so it shows under Other
    const chooseFramework = async (name: string): Promise<void> => {
      await runCommand(page, 'Impact Journal: Choose competency framework');
      await quickInputShowing(page, 'Entries are grouped by the competencies of this framework');
      await page.locator('.quick-input-widget input.input').fill(name);
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).waitFor({ timeout: 15_000 });
      await page.keyboard.press('Enter');
    };
    await chooseFramework('Engineering ladders');
    await frame.locator('.group-header[data-group="other"]').waitFor({ timeout: 20_000 });
    assert.deepEqual(await frame.locator('.bar-row .bar-label').allTextContents(), ['Technology', 'System', 'People', 'Process', 'Influence', 'Other']);
    assert.equal(await frame.locator('article.entry .title', { hasText: EDITED_TITLE }).count(), 1, 'the entry stays visible, once');
    // the sidebar regroups too
    await page.locator('.pane-body .monaco-list-row', { hasText: /^Other/ }).first().waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('.pane-body .monaco-list-row', { hasText: 'Reliability & operations' }).count(), 0);
    await screenshot(page, '2-webview-framework');
    await chooseFramework('Impact Journal default');
    await frame.locator('.group-header[data-group="reliability-operations"]').waitFor({ timeout: 20_000 });

    // reloading the window brings the panel back (serializer) with its filters (webview state)
    await frame.locator('#search input').fill('checkout');
    await choose(frame.locator('#grouping'), 'month');
    // leave the search field: the Escape that opens the command palette would clear it (a search input's own behaviour)
    await frame.locator('.group-header').first().focus();
    await sleep(500);
    await runCommand(page, 'Developer: Reload Window');
    await page.waitForEvent('load', { timeout: 60_000 });
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    const restored = webviewFrame(page);
    await restored.locator('.group-header').first().waitFor({ timeout: 60_000 });
    assert.equal(await restored.locator('#search input').inputValue(), 'checkout');
    assert.match(await restored.locator('.group-header').first().innerText(), new RegExp(monthLabel()));
    await screenshot(page, '2-webview-restored');
    await restored.locator('#search input').fill('');
    await choose(restored.locator('#grouping'), 'competency');
  });

  it('3. Export quarter to Markdown → the document holds the entry and its commit link', async () => {
    const { page } = server;
    await runCommand(page, 'Impact Journal: Export quarter to Markdown');
    await acceptFocused(page, 'Which quarter?', quarterLabel()); // the current quarter
    await acceptFocused(page, 'Which layout?', 'Review by competency'); // the default
    await acceptFocused(page, 'Where to?', 'Open in an editor');
    const editor = page.locator('.editor-instance .monaco-editor .view-lines').first();
    const text = await waitFor(
      async () => {
        const t = (await editor.innerText().catch(() => '')).replace(/\u00a0/g, ' ');
        return t.includes('Impact journal') ? t : undefined;
      },
      20_000,
      () => 'the export never opened',
    );
    const sha = repo.git('log', '-1', '--format=%H', `--grep=retry failed payments`).trim();
    assert.ok(text.includes(`**${EDITED_TITLE}**`), text);
    assert.ok(text.includes(`[commit ${sha.slice(0, 7)}](<https://github.com/acme/shop/commit/${sha}>)`), text);
    assert.ok(text.includes('Payments \\<b\\>no longer\\</b\\> fail'), 'statement escaped so it renders as written');
    await screenshot(page, '3-export');
  });

  it('6. To annotate: the notable commit of a colleague-free day shows with a badge; dismissing it stores it in the journal', async () => {
    const { page } = server;
    // a second notable commit, made now, not yet logged
    repo.commit({ message: 'Add invoice export (#43)', files: { 'src/invoices/export.ts': 'x\n'.repeat(300), 'src/invoices/export.test.ts': 'y\n'.repeat(20), 'docs/invoices.md': '# Invoices\n' }, date: new Date().toISOString() });
    await runCommand(page, 'Impact Journal: Focus on To annotate View');
    await runCommand(page, 'Impact Journal: Refresh To Annotate');
    const row = page.locator('.pane-body .monaco-list-row', { hasText: 'Add invoice export (#43)' }).first();
    await row.waitFor({ timeout: 30_000 });
    const inbox = await page.locator('.pane-body', { hasText: 'Add invoice export (#43)' }).first().innerText();
    assert.ok(!inbox.includes(NOTABLE_SUBJECT), 'the commit logged in test 1 is not offered again');
    const badge = await page.locator('.activitybar .badge-content').allInnerTexts();
    assert.ok(badge.some((b) => /^[1-9]\d*$/.test(b.trim())), `a count badge on the container: ${badge.join()}`);
    await row.hover();
    await screenshot(page, '6-to-annotate');
    await row.locator('.action-label[aria-label^="Dismiss"]').click();
    await row.waitFor({ state: 'detached', timeout: 20_000 });
    const sha = repo.git('log', '-1', '--format=%H').trim();
    const saved = JSON.parse(readFileSync(journalFile, 'utf8')) as { dismissed: string[] };
    assert.deepEqual(saved.dismissed, [`commit:github.com/acme/shop@${sha}`]);
  });

  it('5. A corrupt journal file → a clear error naming the file, and its bytes unchanged', async () => {
    const { page } = server;
    const garbage = '{"schemaVersion":1,"entries":[{"id": oops — hand-edited and broken';
    writeFileSync(journalFile, garbage);
    await sleep(1500); // let the file watcher see it
    await runCommand(page, 'Impact Journal: Log impact');
    const text = await notification(page, 'is not valid JSON');
    assert.ok(text.includes(journalFile), `the message names the file: ${text}`);
    await runCommand(page, 'Impact Journal: Focus on Journal View');
    const sidebar = page.locator('.sidebar');
    const shown = await waitFor(
      async () => {
        const t = await sidebar.innerText().catch(() => '');
        return t.includes('is not valid JSON') ? t : undefined;
      },
      20_000,
      () => 'the sidebar never said the journal cannot be read',
    );
    assert.ok(!shown.includes('Your journal is empty') && !shown.includes(EDITED_TITLE), 'a corrupt journal is neither shown as empty nor as its stale entries');
    await screenshot(page, '5-corrupt-journal');
    assert.equal(readFileSync(journalFile, 'utf8'), garbage);
    const copies = readdirSync(path.dirname(journalFile)).filter((n) => n.startsWith('journal.json.unreadable-'));
    assert.equal(copies.length, 1, 'a copy was kept beside the file');
    assert.equal(readFileSync(path.join(path.dirname(journalFile), copies[0]), 'utf8'), garbage);
  });
});

describe('end to end: Restricted Mode (untrusted workspace)', function () {
  this.timeout(180_000);
  let repo: TempRepo;
  let server: RunningServer;
  let dir: string;
  let shim: { bin: string; log: string };

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ij-e2e-untrusted-'));
    shim = gitShim(dir);
    repo = createWorkspaceRepo();
    server = await startServer({
      workspace: repo.dir,
      trusted: false,
      vsix: VSIX,
      settings: { 'impactJournal.journalFile': path.join(dir, 'journal.json'), 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.enabled': true },
      pathPrepend: shim.bin,
    });
    await openWorkbench(server.page, server.url, repo.dir);
  });

  afterEach(function () {
    return reportFailure(this, server, 'restricted-mode');
  });

  after(async () => {
    await server?.stop();
    repo?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('4. Log impact runs no git process and tells the user why', async () => {
    const { page } = server;
    await runCommand(page, 'Impact Journal: Log impact');
    await notification(page, 'reads git history only in trusted workspaces');
    await screenshot(page, '4-restricted-mode');
    await sleep(1000);
    assert.deepEqual(ourGitCalls(shim.log), [], 'no git process started by Impact Journal');
  });
});
