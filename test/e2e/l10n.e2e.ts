/**
 * End to end, in the pseudo-locale (qps-ploc, the language VS Code's localizers test with): every
 * text of the journal webview and of the extension's contributions comes from the translation
 * bundles (l10n/bundle.l10n.qps-ploc.json and package.nls.qps-ploc.json, written by `npm run package`),
 * so a string left out of localization shows up as plain English here. A test language pack
 * (test/e2e/pseudoLanguagePack) makes qps-ploc VS Code's display language.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { format } from 'date-fns';
import { getL10nPseudoLocalized, type l10nJsonFormat } from '@vscode/l10n-dev';
import type { TempRepo } from '../unit/helpers/tempRepo';
import type { Entry } from '../../src/core/model';
import { createWorkspaceRepo, entryFor, seedJournal } from './fixtureRepo';
import { packageTestExtension, REPO_ROOT, startServer, VSIX, waitFor, type RunningServer } from './vscodeServer';
import { openWorkbench, runCommand, screenshot, webviewFrame } from './workbench';

/** The pseudo-localized form of one English message, as `npm run l10n:pseudo` writes it. */
function pseudo(message: string): string {
  const localized = getL10nPseudoLocalized({ [message]: message }) as Record<string, string>;
  return localized[message]!;
}

describe('end to end: the pseudo-locale', function () {
  this.timeout(180_000);
  let repo: TempRepo;
  let server: RunningServer;
  let dir: string;
  let entries: Entry[];

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ij-e2e-l10n-'));
    const fixture = createWorkspaceRepo();
    repo = fixture.repo;
    // logged today, so the journal's default period (this quarter) shows them: an impact and a learning
    const today = { ...fixture.notable, day: format(new Date(), 'yyyy-MM-dd') };
    entries = [
      entryFor(today, {
        id: '00000000-0000-4000-8000-0000000000b1',
        title: 'Fixed the checkout outage',
        competencies: ['system-design'],
        body: 'Retried failed payments.',
      }),
      {
        ...entryFor(today, { id: '00000000-0000-4000-8000-0000000000b2', title: 'Learned how the payment queue retries', competencies: ['code-quality'] }),
        kind: 'learning',
      },
    ];
    const journalFile = path.join(dir, 'journal.json');
    seedJournal(journalFile, entries);
    server = await startServer({
      workspace: repo.dir,
      trusted: true,
      vsix: VSIX,
      locale: 'qps-ploc',
      extraVsix: [packageTestExtension(path.join(REPO_ROOT, 'test', 'e2e', 'pseudoLanguagePack'), dir)],
      settings: { 'impactJournal.journalFile': journalFile },
    });
    await openWorkbench(server.page, server.url, repo.dir);
  });

  after(async () => {
    await server?.stop();
    repo?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('15. The journal webview in the pseudo-locale: every word is translated, only the user’s data and dates stay as they are', async () => {
    const { page } = server;
    // the contributions are translated too (package.nls.qps-ploc.json): the activity bar's container
    await page
      .locator(`.activitybar [aria-label^="${pseudo('Impact Journal')}"]`)
      .first()
      .waitFor({ state: 'visible', timeout: 60_000 });

    await runCommand(page, 'Impact Journal: Open journal');
    const frame = webviewFrame(page);
    const heading = frame.locator('ij-journal');
    await heading.waitFor({ state: 'attached', timeout: 60_000 });
    // the entries are shown: the app has rendered with the host's bundle
    for (const e of entries) await frame.getByText(e.title, { exact: false }).first().waitFor({ state: 'visible', timeout: 30_000 });
    const bundle = JSON.parse(readFileSync(path.join(REPO_ROOT, 'l10n', 'bundle.l10n.json'), 'utf8')) as l10nJsonFormat;
    assert.ok(Object.keys(bundle).length > 300, 'the English bundle is complete');

    // what a person reads or hears: the text, and the labels and tooltips of every element
    const readable = (): Promise<string> =>
      frame.locator('body').evaluate((body: HTMLElement) => {
        const parts: string[] = [body.innerText];
        // (a loop, not a named function: the test runner's transpiler would name it with a helper the page lacks)
        const roots: ParentNode[] = [body];
        for (let root = roots.pop(); root; root = roots.pop()) {
          for (const el of root.querySelectorAll('*')) {
            for (const attr of ['aria-label', 'title', 'placeholder', 'label', 'alt']) {
              const v = el.getAttribute(attr);
              if (v) parts.push(v);
            }
            if (el.shadowRoot) {
              parts.push(el.shadowRoot.textContent ?? '');
              roots.push(el.shadowRoot);
            }
          }
        }
        return parts.join('\n');
      });
    // the user's own data, and what the browser's calendar names (months, weekdays) stay as they are
    const data: string[] = [
      ...entries.flatMap((e) => [
        e.title,
        e.body,
        ...e.competencies,
        ...e.sources.flatMap((s) => (s.type === 'commit' ? [s.subject, s.repo, s.sha, s.url] : [])),
      ]),
      ...Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2026, m, 15)).toLocaleString('en', { month: 'long', timeZone: 'UTC' })),
      ...Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2026, m, 15)).toLocaleString('en', { month: 'short', timeZone: 'UTC' })),
      ...Array.from({ length: 7 }, (_, d) => new Date(Date.UTC(2026, 5, 7 + d)).toLocaleString('en', { weekday: 'short', timeZone: 'UTC' })),
    ]
      .filter((s): s is string => typeof s === 'string' && s.length > 0)
      .sort((a, b) => b.length - a.length);
    /** The English words `text` holds once the user's data is taken out (quarter and half names such as Q3 and H2 are not words). */
    const englishWords = (text: string): string[] => {
      let rest = text;
      for (const d of data) rest = rest.split(d).join(' ');
      return [...new Set(rest.match(/\b(?!Q[1-4]\b|H[12]\b)[A-Za-z]{2,}\b/g) ?? [])];
    };

    // the journal, with its evidence chart and filters
    const journal = await waitFor(
      async () => {
        const text = await readable();
        return text.includes(pseudo('Learning')) && text.includes(entries[0]!.title) ? text : undefined;
      },
      30_000,
      () => 'the webview never showed the entries with pseudo-localized text',
    );
    await screenshot(page, '15-webview-pseudo-locale');
    assert.deepEqual(englishWords(journal), [], `English words left in the journal:\n${journal}`);

    // an entry open in the editor: its fields, buttons and hints
    await frame.locator(`[data-entry-id="${entries[0]!.id}"] vscode-toolbar-button.edit`).first().click();
    await frame.locator('form.entry.editor').waitFor({ state: 'visible', timeout: 10_000 });
    const editor = await readable();
    await screenshot(page, '15-webview-pseudo-locale-editor');
    assert.deepEqual(englishWords(editor), [], `English words left with the editor open:\n${editor}`);
    await page.keyboard.press('Escape');

    // goals and ratings
    await frame.locator('#tab-growth').click();
    await frame.locator('[aria-labelledby="tab-growth"]').waitFor({ state: 'visible', timeout: 10_000 });
    const growth = await readable();
    await screenshot(page, '15-webview-pseudo-locale-goals');
    assert.deepEqual(englishWords(growth), [], `English words left in goals and ratings:\n${growth}`);
  });
});
