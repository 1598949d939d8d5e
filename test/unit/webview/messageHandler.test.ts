import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { journalOn } from '../../helpers/journalOn';
import { WebviewMessageHandler, type WebviewHost } from '../../../src/vscode/webview/messageHandler';
import type { HostMessage } from '../../../src/vscode/webview/protocol';

describe('webview message handler (the host side of the protocol, over a real journal file)', () => {
  let dir: string;
  let store: ReturnType<typeof journalOn>;
  let posted: HostMessage[];
  let opened: string[];
  let host: WebviewHost;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ij-handler-'));
    store = journalOn(path.join(dir, 'journal.json'));
    posted = [];
    opened = [];
    host = {
      post: (m) => Promise.resolve(posted.push(m)),
      postState: () => Promise.resolve(),
      change: async (edit) => void (await store.store.transact(edit, new Date())),
      openExternal: (url) => Promise.resolve(void opened.push(url)),
      chooseFramework: () => Promise.resolve(),
      confirmGoalDeletion: () => Promise.resolve(false),
      failed: () => undefined,
      warn: () => undefined,
    };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('applies changes one at a time, in the order they came, and answers each', async () => {
    const entry = await store.addEntry({ kind: 'impact', title: 'First', body: '', competencies: [], occurredAt: '2026-11-01', sources: [] });
    const handler = new WebviewMessageHandler(host);
    // sent at once, as fast typing and saving would: the last one must win
    await Promise.all(['A', 'B', 'C'].map((title, i) => handler.receive({ type: 'updateEntry', requestId: i, id: entry.id, edit: { title } })));
    assert.equal((await store.read()).entries[0]!.title, 'C');
    assert.deepEqual(
      posted,
      [0, 1, 2].map((requestId) => ({ type: 'result', requestId, ok: true, error: undefined })),
    );
  });

  it('answers an invalid request with a refusal, a failed change with its error, and a declined goal deletion as kept', async () => {
    const handler = new WebviewMessageHandler(host);
    await handler.receive({ type: 'updateEntry', requestId: 1, id: 'x', edit: { title: '' } });
    await handler.receive({ type: 'deleteEntry', requestId: 2, id: 'missing' });
    const goal = await store.saveGoal({ competency: 'mentorship', title: 'Mentor two engineers', status: 'planned' });
    await handler.receive({ type: 'deleteGoal', requestId: 3, id: goal.id });
    assert.deepEqual(
      posted.map((m) => m.type === 'result' && [m.requestId, m.ok, m.error]),
      [
        [1, false, 'The change was refused (edit.title: an entry needs a title).'],
        [2, false, 'No entry with id missing in the journal.'],
        [3, false, 'The goal was kept.'],
      ],
    );
    assert.equal((await store.read()).goals.length, 1);
  });

  it('opens http(s) links only', async () => {
    const handler = new WebviewMessageHandler(host);
    for (const url of ['https://github.com/acme/shop/pull/1', 'javascript:alert(1)', 'file:///etc/passwd', 'command:workbench.action.quit'])
      await handler.receive({ type: 'openLink', url });
    assert.deepEqual(opened, ['https://github.com/acme/shop/pull/1']);
  });
});
