/**
 * End to end, a new user: the getting-started walkthrough opens once after install, a step ticks
 * when its command runs, and the Journal view names the machine that holds the journal (code-server
 * is a remote window: the extension and its journal live on the server).
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import * as path from 'node:path';
import type { TempRepo } from '../unit/helpers/tempRepo';
import { createWorkspaceRepo } from './fixtureRepo';
import { startServer, VSIX, waitFor, type RunningServer } from './vscodeServer';
import { openWorkbench, quickInputShowing, runCommand, screenshot, sleep } from './workbench';

describe('end to end: a new user', function () {
  this.timeout(180_000);
  let repo: TempRepo;
  let server: RunningServer;
  let dir: string;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ij-e2e-new-user-'));
    ({ repo } = createWorkspaceRepo());
    server = await startServer({
      workspace: repo.dir,
      trusted: true,
      vsix: VSIX,
      // VS Code's own default, which the quiet settings of the other suites turn off
      settings: {
        'workbench.welcomePage.walkthroughs.openOnInstall': true,
        // room for the step's picture beside the steps (VS Code hides it in a narrow editor)
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'impactJournal.journalFile': path.join(dir, 'journal.json'),
      },
    });
    await openWorkbench(server.page, server.url, repo.dir);
  });

  after(async () => {
    await server?.stop();
    repo?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('10. The walkthrough opens after install; a step ticks when its command runs; closed, it does not open again', async () => {
    const { page } = server;
    // the walkthrough's own page (its steps), not the Welcome overview that lists it
    const walkthrough = page.locator('.gettingStartedContainer', { has: page.locator('button.getting-started-step') });
    await walkthrough.waitFor({ state: 'visible', timeout: 60_000 });
    const step = (id: string) => walkthrough.locator(`button.getting-started-step[data-step-id$="#${id}"]`);
    for (const id of ['chooseFramework', 'connect', 'logImpact', 'openJournal', 'exportQuarter'])
      await step(id).waitFor({ state: 'attached', timeout: 10_000 });
    assert.equal(await step('chooseFramework').getAttribute('aria-checked'), 'false', 'nothing is done yet');
    // the first step's picture, from the real workbench (media/walkthrough/framework.png)
    await walkthrough.getByAltText('The journal webview with the Framework button', { exact: false }).waitFor({ state: 'visible', timeout: 10_000 });

    await screenshot(page, '10-walkthrough');

    // the step's own button runs the command: the framework pick opens; the step ticks
    await walkthrough.getByRole('button', { name: 'Choose framework', exact: true }).click();
    await quickInputShowing(page, 'framework');
    await page.keyboard.press('Escape');
    await step('chooseFramework').and(page.locator('[aria-checked="true"]')).waitFor({ state: 'attached', timeout: 15_000 });
    assert.equal(await step('logImpact').getAttribute('aria-checked'), 'false', 'only that step');
    await screenshot(page, '10-walkthrough-step-done');

    // the Journal view says which machine holds the journal (code-server: the server's)
    await runCommand(page, 'View: Show Impact Journal');
    const header = page.locator('.pane-header', { hasText: 'Journal' }).first();
    await header.waitFor({ state: 'visible', timeout: 15_000 });
    const place = `on ${hostname()} (VS Code server)`;
    await waitFor(
      async () => ((await header.innerText()).includes(place) ? true : undefined),
      20_000,
      () => `the Journal view's title never said "${place}"`,
    );
    await screenshot(page, '10-journal-machine');

    // closed and the window reloaded: it does not open again
    await runCommand(page, 'View: Close All Editors');
    await walkthrough.waitFor({ state: 'detached', timeout: 10_000 });
    await page.reload();
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    await page.waitForSelector('.statusbar', { timeout: 30_000 });
    // a command of ours has run: the extension has activated (and would have opened the walkthrough)
    await runCommand(page, 'Impact Journal: Refresh');
    await sleep(2000);
    assert.equal(await walkthrough.count(), 0, 'the walkthrough opens once');
  });
});
