/**
 * End to end, drafting with the editor's language model: a deterministic test model
 * (test/integration/fakeModel) stands in for Copilot through VS Code's Language Model API. The
 * export offers to draft each competency's summary; the first use shows what will be sent and asks;
 * a sentence that cites no entry is left out and the citations become links; a model error and a
 * cancellation change nothing.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Entry } from '../../src/core/model';
import { quarterOf, toIsoDate } from '../../src/core/quarters';
import type { TempRepo } from '../unit/helpers/tempRepo';
import { createWorkspaceRepo, NOTABLE_SUBJECT, seedJournal, type WorkspaceFixture } from './fixtureRepo';
import { packageTestExtension, REPO_ROOT, startServer, VSIX, waitFor, type RunningServer } from './vscodeServer';
import { acceptFocused, choosePick, notification, openWorkbench, quickInputShowing, runCommand, screenshot, sleep, webviewFrame } from './workbench';

describe('end to end: drafting with the editor’s language model', function () {
  this.timeout(240_000);
  let repo: TempRepo;
  let fixture: WorkspaceFixture;
  let server: RunningServer;
  let dir: string;
  let journalFile: string;
  const today = toIsoDate(new Date());
  /** Where the test model writes each prompt it receives (JSON lines). */
  const promptLog = (): string => path.join(dir, 'prompts.jsonl');
  const quarter = quarterOf(new Date());

  const entry = (n: number, title: string, competencies: string[], extra: Partial<Entry> = {}): Entry => ({
    id: `00000000-0000-4000-8000-0000000000c${n}`,
    kind: 'impact',
    title,
    body: 'Cut invoice delay from 14 h to 1 min.',
    competencies,
    occurredAt: today,
    createdAt: `${today}T09:00:00.000Z`,
    updatedAt: `${today}T09:00:00.000Z`,
    sources: [{ type: 'manual' }],
    tags: [],
    ...extra,
  });
  const billing = entry(1, 'Moved billing to the event bus', ['system-design'], {
    sources: [
      {
        type: 'pullRequest',
        provider: 'github',
        repo: 'github.com/acme/shop',
        number: 812,
        title: 'Invoices from events',
        url: 'https://github.com/acme/shop/pull/812',
        role: 'author',
      },
    ],
  });
  const mentoring = entry(2, 'Mentored Sam through on-call', ['mentorship'], { body: 'Sam now leads the rotation.' });

  /** Exports the quarter through the pickers, choosing to draft. */
  const exportWithDrafts = async (): Promise<void> => {
    const { page } = server;
    await runCommand(page, 'Impact Journal: Export quarter to Markdown');
    await choosePick(page, 'Which quarter?', quarter.label);
    await choosePick(page, 'Which layout?', 'Review by competency');
    await choosePick(page, 'Draft the summaries?', 'Draft a summary of each competency with Echo (test)');
  };
  /** Saves the export (the destination pick, then the save dialog) to `file`. */
  const saveTo = async (file: string): Promise<void> => {
    const { page } = server;
    await choosePick(page, 'Where to?', 'Save to a file');
    // VS Code's own save dialog in a browser window: a path in the quick input
    const input = page.locator('.quick-input-widget input.input');
    await waitFor(
      async () => ((await input.inputValue().catch(() => '')).endsWith('.md') ? true : undefined),
      20_000,
      () => 'the save dialog never opened',
    );
    await input.fill(file);
    // the dialog reads a typed path asynchronously: Enter again while it still shows
    await waitFor(
      async () => {
        await sleep(500);
        if (!(await input.isVisible())) return true;
        await page.keyboard.press('Enter');
        return undefined;
      },
      20_000,
      () => 'the save dialog never took the path',
    );
    await waitFor(
      () => (existsSync(file) ? true : undefined),
      20_000,
      () => `${file} was never written`,
    );
  };

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ij-e2e-ai-'));
    journalFile = path.join(dir, 'journal', 'journal.json');
    mkdirSync(path.dirname(journalFile));
    seedJournal(journalFile, [billing, mentoring]);
    fixture = createWorkspaceRepo();
    repo = fixture.repo;
    server = await startServer({
      workspace: repo.dir,
      trusted: true,
      vsix: VSIX,
      extraVsix: [packageTestExtension(path.join(REPO_ROOT, 'test', 'integration', 'fakeModel'), dir)],
      settings: { 'chat.disableAIFeatures': false, 'impactJournal.journalFile': journalFile },
      env: { IJ_FAKE_MODEL_LOG: promptLog() },
    });
    await openWorkbench(server.page, server.url, repo.dir);
  });

  after(async () => {
    await server?.stop();
    repo?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('11. Export with drafted summaries: the first use shows what is sent and asks; uncited sentences are left out; citations become links', async () => {
    const { page } = server;
    const journalBefore = readFileSync(journalFile, 'utf8');
    await exportWithDrafts();
    // consent first: the exact prompts open in an editor, and a modal dialog names the model
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible', timeout: 20_000 });
    assert.match(await dialog.innerText(), /Send this to Echo \(test\) \(ij-test\)\?/);
    const shown = (await page.locator('.editor-instance .monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
    assert.match(shown, /What Impact Journal will send to Echo \(test\) \(ij-test\)/);
    assert.ok(shown.includes(`[${billing.id}] ${today}, impact: Moved billing to the event bus`), shown);
    assert.ok(!shown.includes('github.com/acme/shop/pull/812'), 'evidence URLs are not sent');
    await screenshot(page, '11-ai-consent');
    await dialog.getByRole('button', { name: 'Send' }).click();

    const file = path.join(dir, 'drafted.md');
    await saveTo(file);
    const markdown = readFileSync(file, 'utf8');
    const design = markdown.slice(markdown.indexOf('## System design'));
    assert.match(
      design,
      /\*\*Summary\*\* _\(drafted by Echo \(test\) \(ij-test\); each sentence cites its entries\)_: Sentence 1 rests on an entry\. \(\[Moved billing to the event bus\]\(<https:\/\/github\.com\/acme\/shop\/pull\/812>\)\)/,
    );
    assert.match(markdown, /Sentence 1 rests on an entry\. \(\*Mentored Sam through on-call\*\)/, 'an entry without a URL is cited by its title');
    assert.ok(!markdown.includes('This sentence cites nothing'), 'the sentence that cites no entry is left out');
    assert.equal(readFileSync(journalFile, 'utf8'), journalBefore, 'drafting never writes the journal');
    // as the user sees it: the saved document opened from the notification
    await page.locator('.notifications-toasts .notification-toast', { hasText: 'saved' }).getByRole('button', { name: 'Open' }).click();
    await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: 'Summary' }).first().waitFor({ timeout: 15_000 });
    await screenshot(page, '11-ai-drafted');
  });

  it('12. Log impact → Draft statement: the work’s messages and sizes go to the model (no file contents); the draft fills the box to edit, after what was typed; saved as edited', async () => {
    const { page } = server;
    await runCommand(page, 'Impact Journal: Log impact');
    await quickInputShowing(page, NOTABLE_SUBJECT, 60_000);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: NOTABLE_SUBJECT }).click();
    await acceptFocused(page, 'Is this impact or learning?', 'Impact');
    await quickInputShowing(page, 'Title');
    await page.keyboard.press('Enter');
    await quickInputShowing(page, 'Impact statement');
    await page.keyboard.type('Customers stopped seeing failed payments.');
    const sent = existsSync(promptLog()) ? readFileSync(promptLog(), 'utf8').split('\n').filter(Boolean).length : 0;
    // the model was allowed in flow 11: no question this time
    await page.locator('.quick-input-widget [aria-label="Draft statement with Echo (test) (ij-test)"]').click();
    const input = page.locator('.quick-input-widget input.input');
    const value = await waitFor(
      async () => {
        const v = await input.inputValue();
        return v.startsWith('Drafted:') ? v : undefined;
      },
      20_000,
      () => 'the draft never filled the box',
    );
    assert.equal(value, `Drafted: ${NOTABLE_SUBJECT}. Customers stopped seeing failed payments.`, 'the draft, then what was typed');
    await screenshot(page, '13-ai-draft-statement');
    const prompt = JSON.parse(readFileSync(promptLog(), 'utf8').split('\n').filter(Boolean)[sent]!) as string;
    assert.ok(prompt.includes(`- ${NOTABLE_SUBJECT} (+180 −0)`), `the commit message and its size: ${prompt}`);
    assert.ok(prompt.includes('- src/payments/retry.ts'), 'the file list');
    assert.ok(!/retry \d+\n/.test(prompt) && !prompt.includes('retry 17'), 'no file contents');
    assert.ok(!/gho_|ghp_|glpat-|github_pat_/.test(prompt), 'no tokens');
    await input.fill(`${value} (edited)`);
    await page.keyboard.press('Enter');
    await quickInputShowing(page, 'Add results and evidence?');
    await page.keyboard.press('Enter');
    await quickInputShowing(page, 'Competencies this is evidence of');
    await page.keyboard.press('Enter');
    const saved = await waitFor(
      () =>
        (JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: Entry[] }).entries.find((e) =>
          e.sources.some((x) => x.type === 'commit' && x.sha === fixture.notable.sha),
        ),
      20_000,
      () => 'the entry was never saved',
    );
    assert.equal(saved.body, `${value} (edited)`);
  });

  it('13. Journal webview → edit the logged entry → Draft statement: the draft comes before what was typed; saved as edited; a model error keeps the typed text', async () => {
    const { page } = server;
    await runCommand(page, 'Impact Journal: Open journal');
    const frame = webviewFrame(page);
    const logged = frame.locator('article.entry', { hasText: 'Fix checkout outage' }).first();
    await logged.waitFor({ timeout: 30_000 });
    await logged.focus();
    await page.keyboard.press('Enter');
    const body = frame.locator('form.editor .f-body textarea');
    await body.waitFor();
    await body.fill('Pages stopped.');
    await frame.locator('form.editor vscode-button.draft-statement', { hasText: 'Draft statement with Echo (test) (ij-test)' }).click();
    await frame.locator('form.editor [role="status"]', { hasText: 'Drafted by Echo (test) (ij-test)' }).waitFor({ timeout: 20_000 });
    // the entry keeps its commit's subject and size: that is what is drafted from
    assert.equal(await body.inputValue(), `Drafted: ${NOTABLE_SUBJECT}.\n\nPages stopped.`);
    await screenshot(page, '14-ai-webview-draft');
    await body.press('Control+Enter');
    await waitFor(
      () =>
        (JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: Entry[] }).entries.some((e) => e.body === `Drafted: ${NOTABLE_SUBJECT}.\n\nPages stopped.`)
          ? true
          : undefined,
      20_000,
      () => 'the drafted statement was never saved',
    );

    // a model error: shown beside the draft, and the statement typed stays as it was
    const failing = entry(5, 'Fixed the importer', ['code-quality'], {
      body: '',
      sources: [
        {
          type: 'commit',
          repo: 'github.com/acme/shop',
          sha: 'abcdef0123456789abcdef0123456789abcdef01',
          subject: 'Fix MODEL-FAIL in the importer',
          additions: 12,
          deletions: 3,
          files: 2,
        },
      ],
    });
    seedJournal(journalFile, [...(JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: Entry[] }).entries, failing]);
    await runCommand(page, 'Impact Journal: Refresh');
    const before = readFileSync(journalFile, 'utf8');
    await runCommand(page, 'Impact Journal: Open journal');
    const row = frame.locator('article.entry', { hasText: 'Fixed the importer' }).first();
    await row.waitFor({ timeout: 30_000 });
    await row.focus();
    await page.keyboard.press('Enter');
    await body.waitFor();
    await body.fill('Kept as typed.');
    await frame.locator('form.editor vscode-button.draft-statement').click();
    await frame.locator('form.editor', { hasText: 'could not draft it' }).waitFor({ timeout: 20_000 });
    assert.equal(await body.inputValue(), 'Kept as typed.', 'what the user typed is kept');
    assert.equal(readFileSync(journalFile, 'utf8'), before, 'the journal is untouched');
    await page.keyboard.press('Escape');
  });

  it('14. A model error says what happened and exports without drafts; a cancelled draft exports nothing; the journal is untouched; turned off, no draft is offered', async () => {
    const { page } = server;
    // the test model fails on a prompt that holds MODEL-FAIL, and waits for cancellation on MODEL-WAIT
    seedJournal(journalFile, [billing, mentoring, entry(3, 'Wrote the MODEL-FAIL runbook', ['system-design'])]);
    await runCommand(page, 'Impact Journal: Refresh');
    const journalBefore = readFileSync(journalFile, 'utf8');
    await exportWithDrafts();
    // consent was given before: no dialog this time
    const error = await notification(page, 'could not draft it');
    assert.match(error, /Echo \(test\) \(ij-test\) could not draft it: The test model refused this request\..*Exported without drafted summaries\./s);
    const file = path.join(dir, 'after-error.md');
    await saveTo(file);
    const markdown = readFileSync(file, 'utf8');
    assert.ok(markdown.includes('Moved billing to the event bus') && !markdown.includes('**Summary**'), 'exported, without summaries');
    await screenshot(page, '12-ai-error');

    seedJournal(journalFile, [billing, mentoring, entry(4, 'Planned the MODEL-WAIT migration', ['mentorship'])]);
    await runCommand(page, 'Impact Journal: Refresh');
    const beforeCancel = readFileSync(journalFile, 'utf8');
    await exportWithDrafts();
    const progress = page.locator('.notifications-toasts .notification-toast', { hasText: 'drafting with Echo (test)' });
    await progress.waitFor({ state: 'visible', timeout: 20_000 });
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await sleep(1500);
    assert.equal(await page.locator('.quick-input-widget', { hasText: 'Where to?' }).isVisible(), false, 'a cancelled draft stops the export');
    assert.equal(readFileSync(journalFile, 'utf8'), beforeCancel, 'the journal is untouched');
    assert.notEqual(journalBefore, beforeCancel); // (each step seeded its own journal)

    // turned off (impactJournal.ai.enabled, in the server's settings, which VS Code watches): the export offers no draft
    const settingsFile = path.join(server.work, 'user-data', 'Machine', 'settings.json');
    writeFileSync(settingsFile, JSON.stringify({ ...(JSON.parse(readFileSync(settingsFile, 'utf8')) as object), 'impactJournal.ai.enabled': false }));
    await waitFor(
      async () => {
        await runCommand(page, 'Impact Journal: Export quarter to Markdown');
        await choosePick(page, 'Which quarter?', quarter.label);
        await choosePick(page, 'Which layout?', 'Review by competency');
        const next = await quickInputShowing(page, ['Draft the summaries?', 'Where to?']);
        await page.keyboard.press('Escape');
        if (next.includes('Where to?')) return true;
        await sleep(1000); // the settings file is read again a moment after it changes
        return undefined;
      },
      60_000,
      () => 'the draft was still offered with impactJournal.ai.enabled off',
    );
  });
});
