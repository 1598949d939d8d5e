/**
 * End to end: pull-request activity in the real workbench. The loopback replay server stands in for
 * github.com and a GitLab instance; GitHub sign-in goes through VS Code's authentication API, served
 * by a test stand-in for the `github` provider (the built-in GitHub Authentication extension, which
 * needs github.com, is skipped with the server's VSCODE_SKIP_BUILTIN_EXTENSIONS);
 * the GitLab token is typed into "Connect GitLab". Then a quarter's reviews and merged PRs appear in
 * "Log impact" and "To annotate", one is logged, the export lists it with its link, and neither
 * planted token is found in any log, the journal or the export.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseLocalDate, quarterOf } from '../../src/core/quarters';
import { ReplayServer } from '../fixtures/replayServer';
import type { TempRepo } from '../unit/helpers/tempRepo';
import { createWorkspaceRepo, NOTABLE_SUBJECT } from './fixtureRepo';
import { packageTestExtension, REPO_ROOT, startServer, VSIX, waitFor, type RunningServer } from './vscodeServer';
import {
  acceptFocused,
  answerCapturePrompts,
  choosePick,
  journalWhenWritten,
  notification,
  openWorkbench,
  quickInputShowing,
  runCommand,
  screenshot,
} from './workbench';

const GITHUB_TOKEN = 'gho_PLANTED0e2eGitHubToken7f3a9c';
const GITLAB_TOKEN = 'glpat-PLANTED0e2eGitLabTokenb81d';
/** Newest recorded timestamp (PR #42 merged); the replay is shifted so it falls two days ago. */
const NEWEST_RECORDED = Date.parse('2026-11-17T13:30:00Z');
const REVIEW_TITLE = 'Move checkout totals to integer cents';
const STATEMENT = 'Caught a rounding bug before release; the team now uses integer cents everywhere.';

/** Packages the test stand-in for the `github` sign-in provider, with the planted token. */
function fakeAuthVsix(dir: string): string {
  return packageTestExtension(path.join(REPO_ROOT, 'test', 'e2e', 'fakeGithubAuth'), dir, {
    'token.json': JSON.stringify({ token: GITHUB_TOKEN, account: 'mdurand' }),
  });
}

/** Every file under `dir` (recursively) that contains `needle`. */
function filesContaining(dir: string, needle: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const stat = statSync(full);
    if (stat.isDirectory()) return filesContaining(full, needle);
    return stat.size < 50_000_000 && readFileSync(full).includes(needle) ? [full] : [];
  });
}

interface JournalOnDisk {
  entries: Array<{ title: string; body: string; occurredAt: string; competencies: string[]; sources: Array<Record<string, unknown>> }>;
}

describe('end to end: reviews and merged pull requests from GitHub and GitLab', function () {
  this.timeout(180_000);
  let repo: TempRepo;
  let server: RunningServer;
  let replay: ReplayServer;
  let dir: string;
  let journalFile: string;
  let exported = '';

  before(async () => {
    assert.ok(existsSync(VSIX), `${VSIX} is missing: run npm run package first`);
    dir = mkdtempSync(path.join(tmpdir(), 'ij-e2e-activity-'));
    journalFile = path.join(dir, 'journal', 'journal.json');
    mkdirSync(path.dirname(journalFile));
    replay = await new ReplayServer().start();
    replay.shiftMs = Date.now() - 2 * 86_400_000 - NEWEST_RECORDED;
    ({ repo } = createWorkspaceRepo());
    server = await startServer({
      workspace: repo.dir,
      trusted: true,
      vsix: VSIX,
      extraVsix: [fakeAuthVsix(dir)],
      env: { VSCODE_SKIP_BUILTIN_EXTENSIONS: 'vscode.github-authentication' },
      settings: { 'impactJournal.journalFile': journalFile, 'impactJournal.github.apiUrl': replay.url },
    });
    await openWorkbench(server.page, server.url, repo.dir);
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed' || !server) return;
    console.error(
      `\n  Last screenshot: ${await screenshot(server.page, `failure-activity-${this.currentTest.title.slice(0, 40).replace(/\W+/g, '-')}`)}\n${server.extensionLogs().slice(-6000)}`,
    );
  });

  after(async () => {
    await server?.stop();
    await replay?.close();
    repo?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('Connect GitHub (VS Code sign-in) and Connect GitLab (token in a password box)', async () => {
    const { page } = server;
    const allow = page.locator('.monaco-dialog-box .monaco-button', { hasText: 'Allow' }).first();
    // the sign-in provider's extension activates on the first request; if it was not registered in
    // time, the command says so (as it would to a user) and running it again works
    for (let attempt = 1; ; attempt++) {
      await runCommand(page, 'Impact Journal: Connect GitHub');
      const shown = await allow.waitFor({ timeout: 20_000 }).then(
        () => true,
        () => false,
      );
      if (shown) break;
      if (attempt === 2) throw new Error('the GitHub sign-in dialog never appeared');
      console.log(
        `      (Connect GitHub, attempt ${attempt}: no sign-in dialog; ${server.extensionLogs().includes('Sign-in to github failed') ? 'the provider was not ready' : 'no error logged'}; trying again)`,
      );
    }
    await screenshot(page, 'activity-1-github-sign-in');
    await allow.click();
    await notification(page, 'connected to GitHub as mdurand');

    await runCommand(page, 'Impact Journal: Connect GitLab');
    await quickInputShowing(page, 'which GitLab?');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Other GitLab URL…' }).click();
    await quickInputShowing(page, 'The address of your GitLab instance');
    await page.keyboard.type(replay.url);
    await page.keyboard.press('Enter');
    await quickInputShowing(page, 'read_api scope');
    assert.equal(await page.locator('.quick-input-widget input.input').getAttribute('type'), 'password', 'the token is typed into a password box');
    await page.keyboard.type(GITLAB_TOKEN);
    await page.keyboard.press('Enter');
    await notification(page, `connected to GitLab at ${new URL(replay.url).host}`);
  });

  it('Log impact lists reviews and merged PRs of both; the commit of PR #42 is not offered beside the PR; a review is logged with its PR as source', async () => {
    const { page } = server;
    await runCommand(page, 'Impact Journal: Log impact');
    const list = await quickInputShowing(page, `Review: ${REVIEW_TITLE}`, 60_000);
    assert.match(list, /Reviews and pull requests \(\d+\)/);
    assert.match(list, /You requested changes with 5 comments on pull request #57\./, 'why the review is notable (its two reviews merged)');
    await screenshot(page, 'activity-2-log-impact');
    const input = page.locator('.quick-input-widget input.input');
    const rowsFor = async (filter: string): Promise<string[]> => {
      await input.fill(filter);
      await page.waitForTimeout(300);
      return page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
    };
    assert.ok(
      (await rowsFor('Partition invoices')).some((r) => r.includes('Review: Partition invoices by tenant')),
      'GitLab review offered',
    );
    assert.ok(
      (await rowsFor('Stream invoice exports')).some((r) => r.includes('Stream invoice exports instead of buffering')),
      'GitLab merged MR offered',
    );
    assert.ok(
      (await rowsFor('Introduce the ledger')).some((r) => r.includes('github.com/acme/platform#301')),
      'GitHub merged PR offered',
    );
    const retry = await rowsFor('retry failed payments');
    assert.ok(
      retry.some((r) => r.includes('github.com/acme/shop#42')),
      `PR #42 offered: ${retry.join(' | ')}`,
    );
    assert.ok(!retry.some((r) => r.includes(NOTABLE_SUBJECT)), 'its commit is not offered again beside it');
    assert.ok(!(await rowsFor('Bump eslint')).some((r) => r.includes('Bump eslint')), 'a bare approval is not offered on its own');

    await input.fill('integer cents');
    await page
      .locator('.quick-input-list .monaco-list-row', { hasText: `Review: ${REVIEW_TITLE}` })
      .first()
      .click();
    await answerCapturePrompts(page, { kind: 'Impact', title: `Reviewed “${REVIEW_TITLE}”`, statement: STATEMENT });

    const saved = await journalWhenWritten<JournalOnDisk>(journalFile);
    const [entry] = saved.entries;
    assert.equal(entry!.title, `Reviewed “${REVIEW_TITLE}”`);
    assert.deepEqual([...entry!.competencies].sort(), ['code-review', 'mentorship']);
    assert.deepEqual(entry!.sources, [
      {
        type: 'pullRequest',
        provider: 'github',
        repo: 'github.com/acme/shop',
        number: 57,
        title: REVIEW_TITLE,
        url: 'https://github.com/acme/shop/pull/57',
        role: 'reviewer',
        state: 'changesRequested',
      },
    ]);
    await notification(page, `Logged “Reviewed “${REVIEW_TITLE}””`);
  });

  it('To annotate shows the reviews and PRs not yet logged, with a badge; the logged review is gone', async () => {
    const { page } = server;
    await runCommand(page, 'Impact Journal: Focus on To annotate View');
    const pane = page.locator('.pane-body', { hasText: 'Reviews and pull requests' }).first();
    await pane.locator('.monaco-list-row', { hasText: 'Review: Partition invoices by tenant' }).first().waitFor({ timeout: 30_000 });
    const text = await pane.innerText();
    assert.ok(text.includes('Stream invoice exports instead of buffering'), text);
    assert.ok(!text.includes(`Review: ${REVIEW_TITLE}`), 'the logged review is not offered again');
    const badge = await page.locator('.activitybar .badge-content').allInnerTexts();
    assert.ok(
      badge.some((b) => /^[1-9]\d*$/.test(b.trim())),
      `a count badge on the container: ${badge.join()}`,
    );
    await screenshot(page, 'activity-3-to-annotate');
  });

  it('the quarter export lists the review given with its link', async () => {
    const { page } = server;
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as JournalOnDisk;
    await runCommand(page, 'Impact Journal: Export quarter to Markdown');
    await choosePick(page, 'Which quarter?', quarterOf(parseLocalDate(journal.entries[0]!.occurredAt)).label);
    await acceptFocused(page, 'Which layout?', 'Review by competency');
    await acceptFocused(page, 'Where to?', 'Open in an editor');
    const editor = page.locator('.editor-instance .monaco-editor .view-lines').first();
    exported = await waitFor(
      async () => {
        const t = (await editor.innerText().catch(() => '')).replace(/\u00a0/g, ' ');
        return t.includes('Reviews given') ? t : undefined;
      },
      20_000,
      () => 'the export never showed "Reviews given"',
    );
    assert.ok(exported.includes('## Reviews given'), exported);
    assert.ok(exported.includes('- [github\\.com/acme/shop#57](<https://github.com/acme/shop/pull/57>) Move checkout totals to integer cents'), exported);
    await screenshot(page, 'activity-4-export');
  });

  it('an expired GitHub sign-in: one clear message, GitLab activity still shown', async () => {
    const { page } = server;
    replay.fail('/graphql', replay.github.unauthorized!, 20);
    await runCommand(page, 'Impact Journal: Refresh To Annotate');
    await notification(page, /GitHub sign-in has expired or was revoked/);
    const pane = page.locator('.pane-body', { hasText: 'Reviews and pull requests' }).first();
    await pane.locator('.monaco-list-row', { hasText: 'Review: Partition invoices by tenant' }).first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'activity-5-expired');
  });

  it('the planted tokens were used, and appear in no log, journal or export', () => {
    const used = replay.requests.map((r) => `${String(r.headers.authorization ?? '')} ${String(r.headers['private-token'] ?? '')}`).join('\n');
    assert.ok(used.includes(GITHUB_TOKEN) && used.includes(GITLAB_TOKEN), 'both tokens reached the (loopback) services');
    assert.match(server.extensionLogs(), /pull-request activities from GitHub/, 'the logs were written');
    for (const token of [GITHUB_TOKEN, GITLAB_TOKEN]) {
      assert.deepEqual(filesContaining(path.join(server.work, 'user-data', 'logs'), token), [], 'no log file holds a token');
      assert.deepEqual(
        filesContaining(path.join(server.work, 'server-data'), token).filter((f) => !f.includes(`${path.sep}extensions${path.sep}`)),
        [],
        'no server data file holds a token',
      );
      assert.ok(!readFileSync(journalFile, 'utf8').includes(token), 'the journal holds no token');
      assert.ok(exported.length > 0 && !exported.includes(token), 'the export holds no token');
      assert.ok(!server.serverLog().includes(token), 'the server output holds no token');
    }
  });
});
