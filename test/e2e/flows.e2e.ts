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
import type { Entry } from '../../src/core/model';
import type { TempRepo } from '../unit/helpers/tempRepo';
import { differenceInCalendarDays } from 'date-fns';
import { parseLocalDate, quarterOf } from '../../src/core/quarters';
import {
  createWorkspaceRepo,
  earlierEntries,
  entryFor,
  FORMATTING_SUBJECT,
  NOTABLE_SUBJECT,
  PREVIOUS_MONTH_SUBJECT,
  seedJournal,
  TOPIC,
  type WorkspaceFixture,
} from './fixtureRepo';
import { startServer, VSIX, waitFor, type RunningServer } from './vscodeServer';
import {
  acceptFocused,
  answerCapturePrompts,
  choosePick,
  notification,
  openWorkbench,
  quickInputShowing,
  runCommand,
  screenshot,
  sleep,
  webviewFrame,
} from './workbench';

/** Chooses `value` in a vscode-single-select as its change event would. */
async function choose(select: Locator, value: string): Promise<void> {
  await select.evaluate((el, v) => {
    (el as HTMLSelectElement).value = v;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

/** `November 2026` for the day `YYYY-MM-DD` (the month grouping's header). */
const monthLabel = (day: string): string => parseLocalDate(day).toLocaleString('en', { month: 'long', year: 'numeric' });

/** Label of the calendar quarter of the day `YYYY-MM-DD`, e.g. "2026 Q4". */
const quarterLabel = (day: string): string => quarterOf(parseLocalDate(day)).label;

const STATEMENT = 'Payments <b>no longer</b> fail during gateway timeouts: 1,200 orders/day saved.';
const ENTRY_TITLE = 'Fix checkout outage: retry failed payments';
const EDITED_TITLE = 'Fixed the checkout outage: failed payments are retried';

interface JournalOnDisk {
  entries: Array<{
    title: string;
    body: string;
    occurredAt: string;
    tickets?: Array<{ key: string; url?: string }>;
    links?: Array<{ title: string; url: string }>;
    project?: string;
    competencies: string[];
    sources: Array<{ type: string; sha?: string; url?: string; repo?: string }>;
  }>;
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
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((l) => l.includes("'core.fsmonitor'='false'"));
}

function reportFailure(ctx: Context, server: RunningServer | undefined, name: string): Promise<void> | undefined {
  if (ctx.currentTest?.state !== 'failed' || !server) return undefined;
  return screenshot(server.page, `failure-${name}`).then((file) => {
    console.error(`\n  Last screenshot: ${file}\n  Extension host and output channel logs:\n${server.extensionLogs().slice(-6000)}`);
  });
}

describe('end to end: a user in a trusted workspace (each flow writes the journal it starts from)', function () {
  this.timeout(180_000);
  let fixture: WorkspaceFixture;
  let server: RunningServer;
  let dir: string;
  let journalFile: string;
  let shim: { bin: string; log: string };

  /** The entry test 1 logs from the notable commit, as it is on disk afterwards. */
  const notableEntry = (): Entry => ({
    ...entryFor(fixture.notable, {
      id: '00000000-0000-4000-8000-0000000000b1',
      title: ENTRY_TITLE,
      body: STATEMENT,
      competencies: ['reliability-operations', 'code-quality', 'collaboration'],
    }),
    project: 'SHOP',
    tickets: [{ key: 'SHOP-123', url: 'https://acme.atlassian.net/browse/SHOP-123' }],
  });

  /** Makes `entries` the whole journal and has the extension read it again (as after an outside change). */
  const useJournal = async (entries: readonly Entry[]): Promise<void> => {
    seedJournal(journalFile, entries);
    await runCommand(server.page, 'Impact Journal: Refresh');
  };

  before(async () => {
    assert.ok(existsSync(VSIX), `${VSIX} is missing: run npm run package first`);
    dir = mkdtempSync(path.join(tmpdir(), 'ij-e2e-'));
    journalFile = path.join(dir, 'journal', 'journal.json');
    mkdirSync(path.dirname(journalFile)); // a user's (synced) folder exists; the file does not yet
    shim = gitShim(dir);
    fixture = createWorkspaceRepo();
    server = await startServer({
      workspace: fixture.repo.dir,
      trusted: true,
      vsix: VSIX,
      settings: {
        'impactJournal.journalFile': journalFile,
        'impactJournal.issueTrackers': [{ pattern: String.raw`\bSHOP-\d+\b`, url: 'https://acme.atlassian.net/browse/{key}' }],
      },
      pathPrepend: shim.bin,
    });
    await openWorkbench(server.page, server.url, fixture.repo.dir);
  });

  afterEach(function () {
    return reportFailure(this, server, this.currentTest?.title.replace(/\W+/g, '-') ?? 'test');
  });

  after(async () => {
    await server?.stop();
    fixture?.repo.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('1. Log impact (the work of the previous month and quarter already logged) → pick a notable commit → answer the prompts → entry saved with its commit and shown in the sidebar', async () => {
    const { page } = server;
    seedJournal(journalFile, earlierEntries(fixture));
    await runCommand(page, 'Impact Journal: Log impact');
    const list = await quickInputShowing(page, NOTABLE_SUBJECT, 60_000);
    assert.match(list, /Mentions an incident or hotfix: operational response\./, 'the reason is shown');
    assert.match(list, /PR #42 · 1 commit/, 'what the piece of work is made of');
    assert.ok(!list.includes('Rename variable'), 'routine commits are not offered');
    assert.ok(!list.includes('Someone else'), 'other authors are not offered');
    assert.ok(!list.includes(PREVIOUS_MONTH_SUBJECT), 'work already in the journal is not offered');
    await screenshot(page, '1-log-impact-pick');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: NOTABLE_SUBJECT }).click();
    // a first attempt left with Escape halfway through the statement: nothing is saved, what was typed is kept
    const half = STATEMENT.slice(0, Math.floor(STATEMENT.length / 2));
    await acceptFocused(page, 'Is this impact or learning?', 'Impact');
    await quickInputShowing(page, 'Title');
    await page.keyboard.press('Enter');
    await quickInputShowing(page, 'Impact statement');
    await page.keyboard.type(half);
    await page.keyboard.press('Escape');
    await runCommand(page, 'Impact Journal: Log impact');
    await quickInputShowing(page, NOTABLE_SUBJECT, 60_000);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: NOTABLE_SUBJECT }).click();
    await answerCapturePrompts(page, {
      kind: 'Impact',
      title: ENTRY_TITLE,
      statement: STATEMENT,
      statementKept: half,
      project: 'SHOP', // the project of the ticket key in its message
      atCompetencies: () => screenshot(page, '1-log-impact-competencies'),
    });

    const saved = await waitFor(
      () => {
        const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as JournalOnDisk;
        return journal.entries.length === 3 ? journal : undefined;
      },
      20_000,
      () => `the entry was never added: ${readFileSync(journalFile, 'utf8').slice(0, 500)}`,
    );
    const entry = saved.entries.find((e) => e.title === ENTRY_TITLE);
    assert.ok(entry, 'the new entry is in the file beside the earlier ones');
    assert.equal(entry.body, STATEMENT);
    assert.equal(entry.occurredAt, fixture.notable.day, 'dated on the day of the commit');
    assert.ok(entry.competencies.includes('reliability-operations'), `suggested competencies kept: ${entry.competencies.join()}`);
    // its pull request (from the squash suffix) and its commit
    assert.deepEqual(
      entry.sources.map((s) => ({ type: s.type, sha: s.sha, url: s.url, repo: s.repo })),
      [
        { type: 'pullRequest', sha: undefined, url: 'https://github.com/acme/shop/pull/42', repo: 'github.com/acme/shop' },
        { type: 'commit', sha: fixture.notable.sha, url: `https://github.com/acme/shop/commit/${fixture.notable.sha}`, repo: 'github.com/acme/shop' },
      ],
    );
    // the ticket its message names, as a link through the configured tracker, and its project
    assert.deepEqual(
      { tickets: entry.tickets, project: entry.project },
      { tickets: [{ key: 'SHOP-123', url: 'https://acme.atlassian.net/browse/SHOP-123' }], project: 'SHOP' },
    );
    await notification(page, `Logged “${ENTRY_TITLE}”`);
    assert.ok(ourGitCalls(shim.log).length > 0, `the extension read history through git: ${readFileSync(shim.log, 'utf8').slice(0, 2000)}`);

    // the sidebar opens the newest quarter with entries, whatever today is
    await runCommand(page, 'Impact Journal: Focus on Journal View');
    const row = page.locator('.pane-body .monaco-list-row', { hasText: ENTRY_TITLE }).first();
    await row.waitFor({ state: 'visible', timeout: 20_000 });
    const tree = await page.locator('.pane-body').first().innerText();
    assert.ok(tree.includes(quarterLabel(fixture.notable.day)), `the quarter of the entry: ${tree}`);
    assert.match(tree, /Reliability & operations/);
    await screenshot(page, '1-sidebar');
  });

  it('2. Open journal (the logged entry and earlier work) → the entry is under its competency in the webview; months cross a boundary; editing updates the file and the sidebar at once', async () => {
    const { page } = server;
    const entries = [...earlierEntries(fixture), notableEntry()];
    await useJournal(entries);
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
    const link = entry.locator('.source:not(.tickets) a').first();
    assert.match((await link.getAttribute('href')) ?? '', /^https:\/\/github\.com\/acme\/shop\/commit\/[0-9a-f]{40}$/);
    assert.equal(
      await entry.locator('.tickets a', { hasText: 'SHOP-123' }).getAttribute('href'),
      'https://acme.atlassian.net/browse/SHOP-123',
      'its ticket, linked',
    );
    assert.equal((await entry.locator('.project').innerText()).trim(), 'SHOP');
    assert.match(await frame.locator('.evidence h2').innerText(), /\d+ of 13 competencies have no evidence/);
    await screenshot(page, '2-webview');

    // all time, by month: one header per month of the entries, newest first (the previous month and quarter included)
    await choose(frame.locator('#period'), 'all');
    await choose(frame.locator('#grouping'), 'month');
    const months = [...new Set([...entries].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)).map((e) => monthLabel(e.occurredAt)))];
    await frame
      .locator('.group-header')
      .nth(months.length - 1)
      .waitFor({ timeout: 20_000 });
    assert.deepEqual(
      (await frame.locator('.group-header .group-label').allInnerTexts()).map((t) => t.trim()),
      months,
    );
    await screenshot(page, '2-webview-months');
    await choose(frame.locator('#grouping'), 'competency');
    await choose(frame.locator('#period'), quarterOf(parseLocalDate(fixture.notable.day)).key);

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
        return journal.entries.some((e) => e.title === EDITED_TITLE) ? journal : undefined;
      },
      20_000,
      () => `the journal file never got the edited title: ${readFileSync(journalFile, 'utf8').slice(0, 500)}`,
    );
    assert.equal(saved.entries.length, entries.length, 'edited, not added');
    await frame.locator('article.entry .title', { hasText: EDITED_TITLE }).first().waitFor();
    // (a command, not a click on the activity bar: a click on the open container would close it)
    await runCommand(page, 'Impact Journal: Focus on Journal View');
    await runCommand(page, 'Impact Journal: Open journal');
    const sidebarRow = page.locator('.pane-body .monaco-list-row', { hasText: EDITED_TITLE }).first();
    await sidebarRow.waitFor({ state: 'visible', timeout: 20_000 });
    await screenshot(page, '2-webview-edited');

    // another framework: the entry's competencies are not in it, so it shows under Other
    // the webview may take the keyboard focus back a moment after the pick opens, which closes it
    // (as acceptFocused in workbench.ts explains): a user would open it again, and so does the test
    const chooseFramework = async (name: string): Promise<void> => {
      for (let attempt = 1; ; attempt++) {
        try {
          await runCommand(page, 'Impact Journal: Choose competency framework');
          await quickInputShowing(page, 'Entries are grouped by the competencies of this framework');
          await page.locator('.quick-input-widget input.input').fill(name, { timeout: 5_000 });
          await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).waitFor({ timeout: 15_000 });
          await page.keyboard.press('Enter');
          return;
        } catch (err) {
          if (attempt === 3) throw err;
        }
      }
    };
    await chooseFramework('Engineering ladders');
    await frame.locator('.group-header[data-group="other"]').waitFor({ timeout: 20_000 });
    assert.deepEqual(await frame.locator('.bar-row .bar-label').allTextContents(), ['Technology', 'System', 'People', 'Process', 'Influence', 'Other']);
    assert.equal(await frame.locator('article.entry .title', { hasText: EDITED_TITLE }).count(), 1, 'the entry stays visible, once');
    // the sidebar regroups too
    await page
      .locator('.pane-body .monaco-list-row', { hasText: /^Other/ })
      .first()
      .waitFor({ timeout: 20_000 });
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
    // listen before the command runs: the new window can finish loading while runCommand still waits
    // for the palette to close, and a load event already past is never seen (CI, 2026-12-03)
    const reloaded = page.waitForEvent('load', { timeout: 90_000 });
    await runCommand(page, 'Developer: Reload Window');
    await reloaded;
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    const restored = webviewFrame(page);
    await restored.locator('.group-header').first().waitFor({ timeout: 60_000 });
    assert.equal(await restored.locator('#search input').inputValue(), 'checkout');
    assert.match(await restored.locator('.group-header').first().innerText(), new RegExp(monthLabel(fixture.notable.day)));
    await screenshot(page, '2-webview-restored');
    await restored.locator('#search input').fill('');
    await choose(restored.locator('#grouping'), 'competency');
  });

  it('3. Export the quarter of the logged entry to Markdown as a brag document (earlier work also in the journal) → that quarter’s entries, its project’s section, commit and ticket links, no other quarter’s, and the private entry left out', async () => {
    const { page } = server;
    // and, in the same quarter, notes the user keeps to themself
    const privateEntry: Entry = {
      ...notableEntry(),
      id: '00000000-0000-4000-8000-0000000000b9',
      title: 'Salary talk notes',
      project: undefined,
      tickets: undefined,
      tags: ['private'],
    };
    const entries = [...earlierEntries(fixture), notableEntry(), privateEntry];
    await useJournal(entries);
    const quarter = quarterOf(parseLocalDate(fixture.notable.day));
    await runCommand(page, 'Impact Journal: Export quarter to Markdown');
    await choosePick(page, 'Which quarter?', quarter.label);
    await choosePick(page, 'Which layout?', 'Brag document');
    // the quarter has tagged entries: private ones are left out unless the user says otherwise
    const tags = await quickInputShowing(page, 'Leave out entries with these tags?');
    assert.match(tags, /private/);
    assert.equal(await page.locator('.quick-input-list .monaco-list-row[aria-checked="true"]', { hasText: 'private' }).count(), 1, 'private is chosen');
    await page.keyboard.press('Enter');
    await acceptFocused(page, 'Where to?', 'Open in an editor');
    const editor = page.locator('.editor-instance .monaco-editor .view-lines').first();
    const text = await waitFor(
      async () => {
        const t = (await editor.innerText().catch(() => '')).replace(/\u00a0/g, ' ');
        return t.includes('Brag document') && t.includes('Evidence') ? t : undefined;
      },
      20_000,
      () => 'the export never opened',
    );
    const sha = fixture.notable.sha;
    assert.ok(text.includes(`# Brag document — ${quarter.label}`), text);
    assert.ok(text.includes('## Projects') && text.includes('### SHOP'), `the project's section: ${text}`);
    assert.ok(text.includes(`**${ENTRY_TITLE}**`), text);
    assert.ok(text.includes(`[commit ${sha.slice(0, 7)}](<https://github.com/acme/shop/commit/${sha}>)`), text);
    assert.ok(text.includes('Payments \\<b\\>no longer\\</b\\> fail'), 'statement escaped so it renders as written');
    assert.ok(text.includes('[SHOP-123](<https://acme.atlassian.net/browse/SHOP-123>)'), 'its ticket, linked');
    assert.ok(!text.includes('Salary talk notes'), 'the private entry is left out');
    // the editor shows the top of the document only: its count line says which entries are in the quarter
    const inQuarter = entries.filter((e) => quarterOf(parseLocalDate(e.occurredAt)).key === quarter.key && !e.tags.includes('private')).length;
    assert.ok(inQuarter >= 1 && inQuarter < entries.length, 'the fixture puts work on both sides of a quarter boundary');
    assert.ok(text.includes(`${inQuarter} ${inQuarter === 1 ? 'entry' : 'entries'}: ${inQuarter} impact, 0 learning.`), text.slice(0, 400));
    await screenshot(page, '3-export');
  });

  it('6. To annotate (the notable commit already logged): a new notable commit shows with a badge; dismissing it stores it in the journal', async () => {
    const { page } = server;
    await useJournal([...earlierEntries(fixture), notableEntry()]);
    // a second notable commit, made now, not yet logged
    const sha = fixture.repo.commit({
      message: 'Add invoice export (#43)',
      files: { 'src/invoices/export.ts': 'x\n'.repeat(300), 'src/invoices/export.test.ts': 'y\n'.repeat(20), 'docs/invoices.md': '# Invoices\n' },
      date: new Date().toISOString(),
    });
    await runCommand(page, 'Impact Journal: Focus on To annotate View');
    await runCommand(page, 'Impact Journal: Refresh To Annotate');
    const row = page.locator('.pane-body .monaco-list-row', { hasText: 'Add invoice export (#43)' }).first();
    await row.waitFor({ timeout: 30_000 });
    const inbox = await page.locator('.pane-body', { hasText: 'Add invoice export (#43)' }).first().innerText();
    assert.ok(!inbox.includes(NOTABLE_SUBJECT), 'the logged commit is not offered again');
    const badge = await page.locator('.activitybar .badge-content').allInnerTexts();
    assert.ok(
      badge.some((b) => /^[1-9]\d*$/.test(b.trim())),
      `a count badge on the container: ${badge.join()}`,
    );
    await row.hover();
    await screenshot(page, '6-to-annotate');
    await row.locator('.action-label[aria-label^="Dismiss"]').click();
    await row.waitFor({ state: 'detached', timeout: 20_000 });
    const saved = JSON.parse(readFileSync(journalFile, 'utf8')) as { dismissed: string[] };
    assert.deepEqual(saved.dismissed, ['pr:github.com/acme/shop#43', `commit:github.com/acme/shop@${sha}`], 'the piece of work: its PR and its commit');
  });

  it('7. Log impact (earlier work logged): a topic of three commits is offered once, its commits listed in To annotate; logged once with where it shipped, none of it is offered again; a formatting-only commit is never offered', async () => {
    const { page } = server;
    await useJournal([...earlierEntries(fixture), notableEntry()]);
    // To annotate: the topic, expandable to its three commits
    await runCommand(page, 'Impact Journal: Focus on To annotate View');
    await runCommand(page, 'Impact Journal: Refresh To Annotate');
    const topicRow = page.locator('.pane-body .monaco-list-row', { hasText: TOPIC.name }).first();
    await topicRow.waitFor({ timeout: 30_000 });
    // expand it by its twistie (the row's middle may hold its inline actions, which log it); a
    // refresh of the view may re-render it collapsed, so expanding is retried until it holds
    const firstCommit = page.locator('.pane-body .monaco-list-row', { hasText: fixture.topic[0]!.subject }).first();
    await waitFor(
      async () => {
        if ((await topicRow.getAttribute('aria-expanded')) !== 'true') await topicRow.locator('.monaco-tl-twistie').click();
        return (await firstCommit.isVisible()) || undefined;
      },
      30_000,
      () => 'the topic never showed its commits',
    );
    for (const c of fixture.topic) await page.locator('.pane-body .monaco-list-row', { hasText: c.subject }).first().waitFor({ timeout: 15_000 });
    const inbox = await page.locator('.pane-body', { hasText: TOPIC.name }).first().innerText();
    assert.equal(inbox.split(`topic ${TOPIC.name} · 3 commits`).length - 1, 1, `the topic is one item: ${inbox}`);
    assert.ok(!inbox.includes(FORMATTING_SUBJECT), 'the formatting-only commit is not offered');
    await screenshot(page, '7-to-annotate-topic');

    // Log impact: one row for the topic, none for its commits or the formatting
    await runCommand(page, 'Impact Journal: Log impact');
    const list = await quickInputShowing(page, TOPIC.name, 60_000);
    assert.match(list, /topic ada\/refund-reports · 3 commits/);
    assert.match(list, /A new capability, as its merge describes it\./);
    assert.match(list, /Shipped in 1\.4\.0 \(CHANGELOG\.md\)\./, 'the release notes name it');
    for (const c of fixture.topic) assert.ok(!list.includes(c.subject), `"${c.subject}" is not offered on its own`);
    assert.ok(!list.includes(FORMATTING_SUBJECT), 'the formatting-only commit is not offered');
    await screenshot(page, '7-log-impact-topic');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: TOPIC.name }).first().click();
    // the title is prefilled with the topic's description (the merge's words)
    await answerCapturePrompts(page, {
      kind: 'Impact',
      title: TOPIC.description,
      statement: 'Finance closes the month without a spreadsheet.',
      project: 'refund reports',
    });
    const saved = await waitFor(
      () => {
        const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as JournalOnDisk;
        return journal.entries.length === 4 ? journal : undefined;
      },
      20_000,
      () => `the topic was never logged: ${readFileSync(journalFile, 'utf8').slice(0, 500)}`,
    );
    const logged = saved.entries.find((e) => e.title.includes('Refunds can now be exported'));
    assert.ok(logged, 'one entry for the topic');
    assert.deepEqual(logged.sources.map((s) => s.sha).sort(), fixture.topic.map((c) => c.sha).sort(), 'every commit of the topic is its evidence');
    assert.deepEqual(
      logged.links,
      [{ title: 'Shipped in 1.4.0 (CHANGELOG.md)', url: 'https://github.com/acme/shop/blob/main/CHANGELOG.md' }],
      'where it shipped, as a link the export cites',
    );
    await notification(page, 'Logged');

    // offered no more, in either place
    await runCommand(page, 'Impact Journal: Log impact');
    const again = await quickInputShowing(page, 'New entry', 60_000);
    await sleep(500);
    const rows =
      (await page
        .locator('.quick-input-list')
        .innerText()
        .catch(() => '')) + again;
    assert.ok(!rows.includes(TOPIC.name) && !fixture.topic.some((c) => rows.includes(c.subject)), `nothing of the topic is offered again: ${rows}`);
    await page.keyboard.press('Escape');
    await runCommand(page, 'Impact Journal: Refresh To Annotate');
    await page.locator('.pane-body .monaco-list-row', { hasText: TOPIC.name }).first().waitFor({ state: 'detached', timeout: 20_000 });
  });

  it('8. To annotate asks for the outcome of older impact work: the result and measure typed there are saved in their fields and printed by the export', async () => {
    const { page } = server;
    const entries = [...earlierEntries(fixture), notableEntry()];
    await useJournal(entries);
    // the previous month's work: at least 33 days before today whatever the date (the fixture puts it on the
    // 1st of the month before the notable commit's, made 5 days ago), so older than the 30 days the reminder waits
    const older = entries[1]!;
    assert.ok(differenceInCalendarDays(new Date(), parseLocalDate(older.occurredAt)) > 30, `${older.occurredAt} is more than 30 days ago`);
    await runCommand(page, 'Impact Journal: Focus on To annotate View');
    await runCommand(page, 'Impact Journal: Refresh To Annotate');
    // rows of the To annotate view only: the Journal view above lists the same entry
    const toAnnotate = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'To Annotate' }) });
    const group = toAnnotate.locator('.monaco-list-row', { hasText: 'Add the outcome' }).first();
    await group.waitFor({ timeout: 30_000 });
    const row = toAnnotate.locator('.monaco-list-row', { hasText: older.title }).first();
    await waitFor(
      async () => {
        if ((await group.getAttribute('aria-expanded')) !== 'true') await group.click();
        return (await row.isVisible()) || undefined;
      },
      30_000,
      () => 'the outcome group never showed its entries',
    );
    await row.click();
    await quickInputShowing(page, 'Result: what happened afterwards');
    await page.keyboard.type('Invoices render in under a second for every customer.');
    await page.keyboard.press('Enter');
    await quickInputShowing(page, 'Measured:');
    await page.keyboard.type('invoice render 4 s -> 600 ms');
    await screenshot(page, '8-outcome-measured');
    await page.keyboard.press('Enter');
    await quickInputShowing(page, 'Who benefited:');
    await page.keyboard.press('Enter'); // skipped
    const saved = await waitFor(
      () => {
        const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: Array<Entry> };
        const e = journal.entries.find((x) => x.id === older.id);
        return e?.result ? e : undefined;
      },
      20_000,
      () => 'the outcome was never saved',
    );
    assert.deepEqual(
      { result: saved.result, metric: saved.metric, beneficiaries: saved.beneficiaries, body: saved.body },
      {
        result: 'Invoices render in under a second for every customer.',
        metric: { name: 'invoice render', before: '4 s', after: '600', unit: 'ms' },
        beneficiaries: undefined,
        body: older.body,
      },
    );
    await row.waitFor({ state: 'detached', timeout: 20_000 }); // asked no more

    const quarter = quarterOf(parseLocalDate(older.occurredAt));
    await runCommand(page, 'Impact Journal: Export quarter to Markdown');
    await choosePick(page, 'Which quarter?', quarter.label);
    await choosePick(page, 'Which layout?', 'Timeline'); // oldest first: the entry is at the top the editor shows
    await acceptFocused(page, 'Where to?', 'Open in an editor');
    const editor = page.locator('.editor-instance .monaco-editor .view-lines').first();
    const text = await waitFor(
      async () => {
        const t = (await editor.innerText().catch(() => '')).replace(/\u00a0/g, ' ');
        return t.includes(`Impact journal — ${quarter.label}`) && t.includes('Measured') ? t : undefined;
      },
      20_000,
      () => 'the export never opened',
    );
    assert.ok(text.includes('**Result:** Invoices render in under a second for every customer.'), text);
    assert.ok(text.includes('**Measured:** invoice render 4 s → 600 ms'), text);
    await screenshot(page, '8-export-results');
  });

  it('9. The work that is not in git: To annotate asks once a week; a Mentoring entry is logged from its template in under ten keystrokes plus text', async () => {
    const { page } = server;
    await useJournal([...earlierEntries(fixture), notableEntry()]);
    await runCommand(page, 'Impact Journal: Focus on To annotate View');
    await runCommand(page, 'Impact Journal: Refresh To Annotate');
    const nudge = page.locator('.pane-body .monaco-list-row', { hasText: 'Anything this week that is not in git?' }).first();
    await nudge.waitFor({ timeout: 30_000 });
    await page.mouse.move(700, 700); // away from the rows: an earlier row's hover would cover this one
    await screenshot(page, '9-to-annotate-non-code');
    await nudge.click();
    // from here every key the user presses is counted; typed text is not
    let keys = 0;
    const press = async (key: string): Promise<void> => {
      keys++;
      await page.keyboard.press(key);
    };
    await quickInputShowing(page, 'What kind of work?');
    await acceptFocused(page, 'What kind of work?', 'Mentoring'); // the first row: Enter
    keys++;
    await quickInputShowing(page, 'Who, on what?');
    assert.equal(await page.locator('.quick-input-widget input.input').inputValue(), 'Mentored ', 'the title starts the sentence');
    await page.keyboard.type('Sam through their first on-call week');
    await press('Enter');
    await quickInputShowing(page, 'What changed for them?');
    await page.keyboard.type('Sam now handles payment incidents alone.');
    await press('Enter');
    await quickInputShowing(page, 'When did it happen?');
    await press('Enter'); // today
    await quickInputShowing(page, 'Add results and evidence?');
    await press('Enter');
    await quickInputShowing(page, 'Competencies this is evidence of');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'suggested' }).first().waitFor({ timeout: 15_000 });
    await press('Enter');
    assert.ok(keys < 10, `${keys} keystrokes`);
    const saved = await waitFor(
      () => (JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: Entry[] }).entries.find((e) => e.title.startsWith('Mentored ')),
      20_000,
      () => 'the mentoring entry was never saved',
    );
    assert.deepEqual(
      { title: saved.title, body: saved.body, kind: saved.kind, competencies: [...saved.competencies].sort(), tags: saved.tags, sources: saved.sources },
      {
        title: 'Mentored Sam through their first on-call week',
        body: 'Sam now handles payment incidents alone.',
        kind: 'impact',
        competencies: ['collaboration', 'mentorship'],
        tags: ['mentoring'],
        sources: [{ type: 'manual' }],
      },
    );
    await nudge.waitFor({ state: 'detached', timeout: 20_000 }); // answered for this week
  });

  it('5. A corrupt journal file → a clear error naming the file, and its bytes unchanged', async () => {
    const { page } = server;
    const garbage = '{"schemaVersion":1,"entries":[{"id": oops — hand-edited and broken';
    const copiesOf = (): string[] => readdirSync(path.dirname(journalFile)).filter((n) => n.startsWith('journal.json.unreadable-'));
    const before = new Set(copiesOf());
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
    assert.ok(
      !shown.includes('Your journal is empty') && !shown.includes(ENTRY_TITLE) && !shown.includes(EDITED_TITLE),
      'a corrupt journal is neither shown as empty nor as its stale entries',
    );
    await screenshot(page, '5-corrupt-journal');
    assert.equal(readFileSync(journalFile, 'utf8'), garbage);
    const copies = copiesOf().filter((n) => !before.has(n));
    assert.equal(copies.length, 1, `one copy was kept beside the file: ${copies.join(', ')}`);
    assert.equal(readFileSync(path.join(path.dirname(journalFile), copies[0]!), 'utf8'), garbage);
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
    ({ repo } = createWorkspaceRepo());
    server = await startServer({
      workspace: repo.dir,
      trusted: false,
      vsix: VSIX,
      settings: {
        'impactJournal.journalFile': path.join(dir, 'journal.json'),
        'security.workspace.trust.startupPrompt': 'never',
        'security.workspace.trust.enabled': true,
      },
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
