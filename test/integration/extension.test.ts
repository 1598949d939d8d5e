/**
 * Integration suites inside a real VS Code extension host, against the installed .vsix:
 * activation, contributed commands, settings validation and the journal file on disk.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ImpactJournalApi } from '../../src/extension';

const ID = 'impact-journal.impact-journal';

interface Manifest {
  contributes: { commands: Array<{ command: string; category: string }>; views: Record<string, Array<{ id: string }>> };
  capabilities: { untrustedWorkspaces: { supported: string } };
}

function extension(): vscode.Extension<ImpactJournalApi> {
  const ext = vscode.extensions.getExtension<ImpactJournalApi>(ID);
  assert.ok(ext, `${ID} is installed`);
  return ext;
}

async function waitUntil(check: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Impact Journal in the extension host', () => {
  it('is installed from the .vsix and activated after startup (for the commit watcher), not before; activation loads only the thin bundle', async () => {
    const ext = extension();
    assert.ok(!ext.extensionPath.includes(`${path.sep}test${path.sep}integration`), 'the packaged extension, not the test folder');
    // onWebviewPanel: a journal panel left open is restored (serializer) after a reload
    assert.deepEqual((ext.packageJSON as { activationEvents: string[] }).activationEvents, ['onStartupFinished', 'onWebviewPanel:impactJournal.journal']);
    await waitUntil(() => ext.isActive, 'activation after startup', 20_000);
    const a = ext.exports.activation;
    assert.ok(a && a.moduleMs > 0 && a.activateMs > 0, 'the bundle measures its activation');
    console.log(
      `      activation: module ${a.moduleMs.toFixed(1)} ms (vscode API object ${a.vscodeMs.toFixed(1)} ms) + activate() ${a.activateMs.toFixed(1)} ms (wall ${a.wallMs.toFixed(1)} ms)`,
    );
    if (process.env.IJ_BENCH_FILE) writeFileSync(process.env.IJ_BENCH_FILE, JSON.stringify(a));
    // activation registered commands and views only: with no view shown, no command run and no HEAD
    // move, the main bundle (zod, the journal, git) is still not loaded a moment later
    await new Promise((r) => setTimeout(r, 2000));
    assert.equal(ext.exports.mainLoaded(), false, 'the main bundle is loaded on first use only');
  });

  it('the first command loads the main bundle and runs there', async () => {
    const api = extension().exports;
    assert.equal(api.mainLoaded(), false, 'nothing has loaded the main bundle yet (the test before checks it stays unloaded after activation)');
    await vscode.commands.executeCommand('impactJournal.refresh');
    assert.equal(api.mainLoaded(), true, 'running a contributed command loaded the main bundle');
  });

  it('registers every command package.json contributes, under "Impact Journal", and no other', async () => {
    const ext = extension();
    const manifest = ext.packageJSON as Manifest;
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    assert.ok(contributed.length >= 5);
    for (const c of manifest.contributes.commands) assert.equal(c.category, 'Impact Journal', c.command);
    // what the activation bundle registered with VS Code (from its own list, not from package.json)
    // (VS Code itself adds `<view id>.focus` and the like for each contributed view)
    const views = Object.values(manifest.contributes.views)
      .flat()
      .map((v) => `${v.id}.`);
    const registered = (await vscode.commands.getCommands(true)).filter((c) => c.startsWith('impactJournal.') && !views.some((v) => c.startsWith(v))).sort();
    assert.deepEqual(registered, contributed, 'registered at activation = contributed');
    // and what the main bundle implements
    assert.deepEqual([...(await ext.exports.commandNames())].sort(), contributed, 'implemented = contributed');
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
  });

  it('the commit watcher asks about a new notable commit by the user, and stays quiet in quiet mode', async () => {
    const api = extension().exports;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    assert.ok(folder, 'a workspace folder is open');
    // each in its own area: two pieces of work (one unit is prompted for once)
    const commit = (subject: string, file: string, area = 'billing'): void => {
      const dir = path.join(folder, 'src', area);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, file), Array.from({ length: 400 }, (_, i) => `export const line${i} = ${i};`).join('\n'));
      writeFileSync(path.join(dir, `${file}.test.ts`), 'test\n');
      execFileSync('git', ['add', '-A'], { cwd: folder });
      execFileSync('git', ['commit', '-q', '-m', subject], { cwd: folder });
    };
    const next = (): Promise<{ message: string; shown: boolean }> =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no prompt within 30 s')), 30_000);
        const sub = api.onDidPrompt((e) => {
          clearTimeout(timer);
          sub.dispose();
          resolve(e);
        });
      });
    // the built-in git extension must know the repository's HEAD before the commit, as it would for a user
    const gitApi = vscode.extensions
      .getExtension<{ getAPI(v: 1): { repositories: Array<{ state: { HEAD?: { commit?: string } } }> } }>('vscode.git')!
      .exports.getAPI(1);
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: folder, encoding: 'utf8' }).trim();
    await waitUntil(() => gitApi.repositories.some((r) => r.state.HEAD?.commit === head), 'the git extension to read HEAD', 30_000);
    const prompted = next();
    commit('Fix invoice outage: retry failed charges', 'retry.ts');
    const event = await prompted;
    assert.match(event.message, /^Notable work: “Fix invoice outage: retry failed charges” — /);
    assert.equal(event.shown, true);

    const config = vscode.workspace.getConfiguration('impactJournal');
    await config.update('quietMode', true, vscode.ConfigurationTarget.Global);
    try {
      const quiet = next();
      commit('Fix refund outage: retry failed refunds', 'refund.ts', 'refunds');
      assert.equal((await quiet).shown, false, 'quiet mode requests no notification');
    } finally {
      await config.update('quietMode', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('a piece of work dismissed while its prompt waits is not prompted for; the next one is', async () => {
    const api = extension().exports;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    assert.ok(folder, 'a workspace folder is open');
    // the notification left open by the test before holds the queue: close it, as a user would
    await vscode.commands.executeCommand('notifications.clearAll');
    const commit = (subject: string, area: string): void => {
      const dir = path.join(folder, 'src', area);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'index.ts'), Array.from({ length: 400 }, (_, i) => `export const ${area}${i} = ${i};`).join('\n'));
      writeFileSync(path.join(dir, 'index.test.ts'), 'test\n');
      execFileSync('git', ['add', '-A'], { cwd: folder });
      execFileSync('git', ['commit', '-q', '-m', subject], { cwd: folder });
    };
    const nextEvent = <T>(event: vscode.Event<T>, what: string): Promise<T> =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${what} within 30 s`)), 30_000);
        const sub = event((e) => {
          clearTimeout(timer);
          sub.dispose();
          resolve(e);
        });
      });
    const prompts: string[] = [];
    const promptSub = api.onDidPrompt((e) => prompts.push(e.message));
    try {
      // a first piece of work is announced, and its notification stays on screen: the queue waits
      const shown = nextEvent(api.onDidPrompt, 'prompt');
      commit('Fix payout outage: retry failed payouts', 'payouts');
      assert.match((await shown).message, /payout outage/);
      // a second one waits behind it, and is dismissed in To annotate meanwhile
      const queued = nextEvent(api.onDidQueuePrompt, 'queued work');
      commit('Fix ledger outage: retry failed ledger writes', 'ledger');
      const [ledger] = await queued;
      assert.match(ledger!.unit.title, /ledger outage/);
      await vscode.commands.executeCommand('impactJournal.inbox.dismiss', { type: 'candidate', candidate: ledger });
      const journal = JSON.parse(readFileSync(await api.journalFile(), 'utf8')) as { dismissed: string[] };
      assert.ok(
        ledger!.keys.every((k) => journal.dismissed.includes(k)),
        'the dismissal is saved',
      );
      // a third one waits too; then the first notification is closed
      const third = nextEvent(api.onDidQueuePrompt, 'queued work');
      commit('Fix tax outage: retry failed tax lookups', 'tax');
      await third;
      const next = nextEvent(api.onDidPrompt, 'prompt');
      await vscode.commands.executeCommand('notifications.clearAll');
      assert.match(
        (await next).message,
        /^Notable work: “Fix tax outage: retry failed tax lookups” — /,
        'the dismissed work is neither prompted alone nor batched with the next',
      );
      assert.ok(!prompts.some((m) => m.includes('ledger')), prompts.join('\n'));
    } finally {
      promptSub.dispose();
      await vscode.commands.executeCommand('notifications.clearAll');
    }
  });

  it('validates settings: a bad value is reported and replaced by its default', async () => {
    const api = extension().exports;
    const config = vscode.workspace.getConfiguration('impactJournal');
    await config.update('authorEmails', ['not-an-email'], vscode.ConfigurationTarget.Global);
    await config.update('fiscalYearStartMonth', 14, vscode.ConfigurationTarget.Global);
    try {
      await waitUntil(async () => (await api.settingsProblems()).length === 2, 'two settings problems');
      const problems = (await api.settingsProblems()).join('\n');
      assert.match(problems, /impactJournal\.authorEmails: 0: expected an email address/);
      assert.match(problems, /impactJournal\.fiscalYearStartMonth: \(root\): Too big/i);
    } finally {
      await config.update('authorEmails', undefined, vscode.ConfigurationTarget.Global);
      await config.update('fiscalYearStartMonth', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitUntil(async () => (await api.settingsProblems()).length === 0, 'problems cleared');
  });

  it('follows impactJournal.journalFile and opens the journal webview from an entry on disk', async () => {
    const api = extension().exports;
    const file = path.join(process.env.IJ_WORK_DIR ?? '/tmp', `journal-${Date.now()}.json`);
    const entry = {
      id: '7d3c1c3e-7a0a-4c1e-9d57-2f4a3b7d9e10',
      kind: 'impact',
      title: 'Led the payments migration',
      body: 'Moved 3 services.',
      competencies: ['impact-ownership'],
      occurredAt: '2026-08-12',
      createdAt: '2026-08-12T17:00:00.000Z',
      updatedAt: '2026-08-12T17:00:00.000Z',
      sources: [{ type: 'manual' }],
      tags: [],
    };
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, entries: [entry], dismissed: [], goals: [], assessments: [] }));
    const config = vscode.workspace.getConfiguration('impactJournal');
    await config.update('journalFile', file, vscode.ConfigurationTarget.Global);
    try {
      await waitUntil(async () => (await api.journalFile()) === file, 'the journal file setting to apply');
      await vscode.commands.executeCommand('impactJournal.openJournal', entry.id);
      await waitUntil(() => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.label === 'Impact Journal')), 'the journal panel');
      assert.ok(existsSync(file));
      assert.equal(
        (JSON.parse(readFileSync(file, 'utf8')) as { entries: Array<{ title: string }> }).entries[0]!.title,
        entry.title,
        'opening the journal never rewrites it',
      );
    } finally {
      await config.update('journalFile', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('in a remote window (code-server reports one), the first use says which machine holds the journal; another machine’s journal merges in, nothing lost or doubled', async () => {
    const api = extension().exports;
    // code-server's extension host runs on the server: VS Code reports the window as remote
    assert.ok(vscode.env.remoteName, 'code-server reports vscode.env.remoteName');
    const file = await api.journalFile();
    assert.ok(file.endsWith(`${path.sep}journal.json`) && file.includes('globalStorage'), `the default journal, on the remote machine: ${file}`);
    const notice = await api.remoteNotice();
    assert.ok(notice, 'the first use showed the remote message');
    assert.ok(notice.includes(os.hostname()), `it names the machine: ${notice}`);
    assert.ok(notice.includes(file), 'and the file');

    const read = (): Array<{ id: string; title: string }> =>
      (JSON.parse(readFileSync(file, 'utf8')) as { entries: Array<{ id: string; title: string }> }).entries;
    const before = existsSync(file) ? read() : [];
    const stamp = (day: string): string => `2026-${day}T09:00:00.000Z`;
    const entry = (id: string, title: string, updatedAt: string) => ({
      id,
      kind: 'impact',
      title,
      body: '',
      competencies: ['execution-delivery'],
      occurredAt: updatedAt.slice(0, 10),
      createdAt: stamp('03-02'),
      updatedAt,
      sources: [{ type: 'manual' }],
      tags: [],
    });
    const A = '5b8d2c1e-0a4f-4e2b-9c61-0d7e3f2a1b01';
    const B = '5b8d2c1e-0a4f-4e2b-9c61-0d7e3f2a1b02';
    const D = '5b8d2c1e-0a4f-4e2b-9c61-0d7e3f2a1b03';
    const other = (name: string, entries: unknown[]): string => {
      const p = path.join(process.env.IJ_WORK_DIR ?? '/tmp', name);
      writeFileSync(p, JSON.stringify({ schemaVersion: 1, entries, dismissed: [], goals: [], assessments: [] }));
      return p;
    };
    // the laptop's journal, merged into the remote one
    await vscode.commands.executeCommand(
      'impactJournal.mergeJournal',
      other('laptop.json', [entry(A, 'Led the billing cut-over', stamp('03-02')), entry(B, 'Mentored Sam', stamp('03-03'))]),
    );
    // later, the laptop edited A and added D; B is as it was
    const later = other('laptop-later.json', [
      entry(A, 'Led the billing cut-over to events', stamp('04-01')),
      entry(B, 'Mentored Sam', stamp('03-03')),
      entry(D, 'Gave a talk', stamp('04-02')),
    ]);
    await vscode.commands.executeCommand('impactJournal.mergeJournal', later);
    const merged = read();
    assert.deepEqual(
      merged.filter((e) => [A, B, D].includes(e.id)).map((e) => [e.id, e.title]),
      [
        [A, 'Led the billing cut-over to events'],
        [B, 'Mentored Sam'],
        [D, 'Gave a talk'],
      ],
      'each entry once, the newer version of A',
    );
    assert.equal(new Set(merged.map((e) => e.id)).size, merged.length, 'no id twice');
    for (const e of before)
      assert.ok(
        merged.some((m) => m.id === e.id),
        `kept ${e.title}`,
      );
    // merging the same file again changes nothing
    const bytes = readFileSync(file, 'utf8');
    await vscode.commands.executeCommand('impactJournal.mergeJournal', later);
    assert.equal(readFileSync(file, 'utf8'), bytes, 'a second merge of the same file is a no-op');
  });

  it('offers the journal to agent mode as three language model tools: search finds entries, log writes one through the store, bad input is refused', async () => {
    const names = vscode.lm.tools.map((t) => t.name).filter((n) => n.startsWith('impactJournal_'));
    assert.deepEqual(names.sort(), ['impactJournal_listCandidates', 'impactJournal_logEntry', 'impactJournal_searchEntries']);
    const api = extension().exports;
    const file = await api.journalFile();
    const call = async (name: string, input: object): Promise<string> => {
      const result = await vscode.lm.invokeTool(name, { input, toolInvocationToken: undefined });
      return result.content.map((p) => (p instanceof vscode.LanguageModelTextPart ? p.value : '')).join('');
    };
    // the entries the merge test brought from "the laptop"
    const found = JSON.parse(await call('impactJournal_searchEntries', { query: 'billing cut-over' })) as Array<{ id: string; title: string }>;
    assert.deepEqual(
      found.map((e) => e.title),
      ['Led the billing cut-over to events'],
    );
    const logged = JSON.parse(
      await call('impactJournal_logEntry', {
        title: 'Paired with Sam on the flaky deploy',
        statement: 'Found the race; deploys are green again.',
        competencies: ['collaboration'],
      }),
    ) as { logged: { id: string } };
    const onDisk = JSON.parse(readFileSync(file, 'utf8')) as { entries: Array<{ id: string; title: string; competencies: string[] }> };
    assert.deepEqual(
      onDisk.entries.filter((e) => e.id === logged.logged.id).map((e) => [e.title, e.competencies]),
      [['Paired with Sam on the flaky deploy', ['collaboration']]],
    );
    await assert.rejects(call('impactJournal_logEntry', { title: 'x', competencies: ['wizardry'] }), /Unknown competency wizardry/);
    await assert.rejects(call('impactJournal_searchEntries', { limit: 'all' }), /limit/);
  });

  it('@journal answers from the journal: the first question shows what would be sent and sends nothing; once allowed, the answer cites entries as links and drops an uncited sentence; /gaps needs no model', async () => {
    const api = extension().exports;
    const [model] = await vscode.lm.selectChatModels({ vendor: 'ij-test' });
    assert.ok(model, 'the test model (test/integration/fakeModel) is installed');
    const fake = vscode.extensions.getExtension<{ prompts(): string[] }>('impact-journal-tests.fake-model');
    assert.ok(fake);
    const fakeApi = await fake.activate();
    const prompts = (): string[] => fakeApi.prompts();
    /** Runs the handler as the chat would; returns what it streamed (Markdown and buttons). */
    const chat = async (prompt: string, command?: string): Promise<{ text: string; buttons: vscode.Command[] }> => {
      const parts: string[] = [];
      const buttons: vscode.Command[] = [];
      const stream = {
        markdown: (v: string | vscode.MarkdownString) => parts.push(typeof v === 'string' ? v : v.value),
        progress: () => undefined,
        button: (c: vscode.Command) => buttons.push(c),
        reference: () => undefined,
        anchor: () => undefined,
      } as unknown as vscode.ChatResponseStream;
      const request = { prompt, command, references: [], toolReferences: [], toolInvocationToken: undefined, model } as unknown as vscode.ChatRequest;
      await api.journalChat(request, { history: [] }, stream, new vscode.CancellationTokenSource().token);
      return { text: parts.join(''), buttons };
    };
    const A = '5b8d2c1e-0a4f-4e2b-9c61-0d7e3f2a1b01'; // "Led the billing cut-over to events", merged from "the laptop" above
    const asked = prompts().length;
    const first = await chat('what did I do on the billing cut-over?');
    assert.equal(prompts().length, asked, 'nothing was sent before the user allowed it');
    assert.match(first.text, /would send this to \*\*Echo \(test\) \(ij-test\)\*\*/);
    assert.ok(first.text.includes(`[${A}]`) && first.text.includes('Question: what did I do on the billing cut-over?'), 'the exact prompt is shown');
    const allow = first.buttons.find((b) => b.command === 'impactJournal.ai.allowModel');
    assert.ok(allow?.arguments, 'a button allows the model');
    await vscode.commands.executeCommand(allow.command, allow.arguments[0]);

    const answer = await chat('what did I do on the billing cut-over?');
    assert.equal(prompts().length, asked + 1, 'now it was sent');
    assert.ok(prompts().at(-1)!.includes(`[${A}] `), 'with the matching entry');
    assert.match(
      answer.text,
      new RegExp(
        `^Sentence 1 rests on an entry\\. \\(\\[Led the billing cut-over to events\\]\\(command:impactJournal\\.openJournal\\?${encodeURIComponent(JSON.stringify([A])).replace(/[%.]/g, (c) => `\\${c}`)} "Open in the journal"\\)\\)`,
      ),
    );
    assert.ok(!answer.text.includes('This sentence cites nothing.'), 'the uncited sentence is dropped');
    assert.match(answer.text, /1 sentence citing no entry left out/);

    const gaps = await chat('', 'gaps');
    assert.equal(prompts().length, asked + 1, '/gaps sends nothing');
    assert.match(gaps.text, /No evidence in \d{4} H[12] yet for: .*\*\*System design\*\*/);
  });
});
