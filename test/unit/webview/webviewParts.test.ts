import * as assert from 'node:assert/strict';
import type { WebviewMessage } from '../../../src/vscode/webview/protocol';
import { HostClient } from '../../../media/hostClient';
import { DEFAULT_FILTERS, readPersisted } from '../../../media/persisted';

const DRAFT = { id: '00000000-0000-4000-8000-000000000001', title: 'Typed, not saved', body: '', kind: 'impact' as const, occurredAt: '2026-08-12', competencies: [], goals: [] };

describe('webview state kept across hiding and reloads (media/persisted.ts)', () => {
  it('nothing, another version or garbage gives the defaults', () => {
    for (const raw of [undefined, null, 42, 'x', { v: 2, tab: 'growth' }]) {
      assert.deepEqual(readPersisted(raw), { v: 1, tab: 'journal', filters: DEFAULT_FILTERS, grouping: 'competency', collapsed: [], chartOpen: true });
    }
  });

  it('keeps what it understands and drops what it does not, part by part', () => {
    const read = readPersisted({
      v: 1,
      tab: 'growth',
      filters: { period: '2026-Q3', text: 'latency' },
      grouping: 'no-such-grouping',
      collapsed: ['a', 7, 'b'],
      chartOpen: false,
      anchor: { key: 'e:x:1', offset: 'far' },
      ratingQuarter: 5,
    });
    assert.equal(read.tab, 'growth');
    assert.deepEqual(read.filters, { ...DEFAULT_FILTERS, period: '2026-Q3', text: 'latency' });
    assert.equal(read.grouping, 'competency');
    assert.deepEqual(read.collapsed, ['a', 'b']);
    assert.equal(read.chartOpen, false);
    assert.equal(read.anchor, undefined, 'an anchor without a numeric offset');
    assert.equal(read.ratingQuarter, undefined);
  });

  it('a draft keeps its group; one saved before drafts kept it gets it from its row key', () => {
    const group = 'system-design:with:colons';
    const rowKey = `e:${group}:${DRAFT.id}`;
    assert.equal(readPersisted({ v: 1, draft: { rowKey, group, draft: DRAFT } }).draft?.group, group);
    assert.equal(readPersisted({ v: 1, draft: { rowKey, draft: DRAFT } }).draft?.group, group);
    assert.equal(readPersisted({ v: 1, draft: { rowKey, draft: { ...DRAFT, id: 3 } } }).draft, undefined);
  });
});

describe('webview change requests (media/hostClient.ts)', () => {
  it('numbers requests, matches answers to them by id whatever their order, and ignores other messages', async () => {
    const posted: WebviewMessage[] = [];
    const client = new HostClient({ postMessage: (m) => void posted.push(m) });
    const first = client.request({ type: 'deleteEntry', id: 'a' });
    const second = client.request({ type: 'restoreEntry', id: 'b' });
    assert.deepEqual(posted, [
      { type: 'deleteEntry', id: 'a', requestId: 1 },
      { type: 'restoreEntry', id: 'b', requestId: 2 },
    ]);
    assert.equal(client.receive({ type: 'state', state: {} as never }), false);
    assert.equal(client.receive({ type: 'result', requestId: 2, ok: false, error: 'locked' }), true);
    assert.equal(client.receive({ type: 'result', requestId: 1, ok: true }), true);
    assert.deepEqual(await second, { ok: false, error: 'locked' });
    assert.deepEqual(await first, { ok: true, error: undefined });
    // a late or unknown answer is taken and dropped
    assert.equal(client.receive({ type: 'result', requestId: 1, ok: true }), true);
  });

  it('a request never answered resolves with a refusal after the time-out, and its late answer changes nothing', async () => {
    const client = new HostClient({ postMessage: () => undefined }, 20);
    const result = await client.request({ type: 'deleteEntry', id: 'a' });
    assert.equal(result.ok, false);
    assert.match(result.error ?? '', /did not answer in time/);
    assert.equal(client.receive({ type: 'result', requestId: 1, ok: true }), true);
  });
});
