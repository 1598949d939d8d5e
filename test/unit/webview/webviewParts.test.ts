import * as assert from 'node:assert/strict';
import type { ViewEntry, WebviewMessage } from '../../../src/vscode/webview/protocol';
import { MAX_BODY, MAX_TITLE } from '../../../src/core/limits';
import { draftChanged, draftOf, draftProblem, type EntryDraft } from '../../../media/draft';
import { HostClient } from '../../../media/hostClient';
import { DEFAULT_FILTERS, readPersisted } from '../../../media/persisted';

const DRAFT = {
  id: '00000000-0000-4000-8000-000000000001',
  title: 'Typed, not saved',
  body: '',
  kind: 'impact' as const,
  occurredAt: '2026-08-12',
  competencies: [],
  goals: [],
  result: '',
  metric: '',
  beneficiaries: '',
  links: '',
  project: '',
  tags: '',
};

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

describe('the editor draft (media/draft.ts)', () => {
  const entry: ViewEntry = {
    ...DRAFT,
    result: undefined,
    metric: undefined,
    beneficiaries: undefined,
    competencies: ['code-quality'],
    goals: ['g1'],
    repos: ['api'],
    sources: [],
    links: [],
    tickets: [],
    tags: [],
  };

  it('a draft of an entry is its own copy: typing into it never changes the entry', () => {
    const draft = draftOf(entry);
    assert.equal(draftChanged(draft, entry), false);
    draft.competencies.push('delivery');
    draft.goals.length = 0;
    assert.deepEqual(entry.competencies, ['code-quality']);
    assert.deepEqual(entry.goals, ['g1']);
    assert.equal(draftChanged(draft, entry), true);
  });

  it('changed in any field the editor shows, or the entry gone', () => {
    const changes: Array<Partial<EntryDraft>> = [
      { title: 'Other' },
      { body: 'more' },
      { kind: 'learning' },
      { occurredAt: '2026-08-13' },
      { competencies: [] },
      { goals: ['g1', 'g2'] },
    ];
    for (const change of changes) assert.equal(draftChanged({ ...draftOf(entry), ...change }, entry), true, JSON.stringify(change));
    assert.equal(draftChanged(draftOf(entry), undefined), true, 'deleted elsewhere');
    // lists compared as lists, not as joined text
    assert.equal(draftChanged({ ...draftOf(entry), competencies: ['code', 'quality'] }, { ...entry, competencies: ['code\nquality'] }), true);
  });

  it('says what stops a save, in the order the fields are read', () => {
    const ok = draftOf(entry);
    assert.equal(draftProblem(ok), undefined);
    assert.equal(draftProblem({ ...ok, title: '   ' }), 'A title is needed.');
    assert.equal(draftProblem({ ...ok, title: 'x'.repeat(MAX_TITLE + 1) }), `A title has at most ${MAX_TITLE} characters.`);
    assert.equal(draftProblem({ ...ok, title: ` ${'x'.repeat(MAX_TITLE)} ` }), undefined, 'the title is saved trimmed, so it is measured trimmed');
    assert.equal(draftProblem({ ...ok, body: 'y'.repeat(MAX_BODY) }), undefined);
    assert.match(
      draftProblem({ ...ok, body: 'y'.repeat(MAX_BODY + 1) }) ?? '',
      new RegExp(`${(MAX_BODY + 1).toLocaleString('en')} characters; at most ${MAX_BODY.toLocaleString('en')}`),
    );
    for (const occurredAt of ['', '2026-8-12', '12/08/2026']) assert.equal(draftProblem({ ...ok, occurredAt }), 'Pick the date of the work.', occurredAt);
    assert.equal(draftProblem({ ...ok, title: '', occurredAt: '' }), 'A title is needed.', 'the first problem is named');
  });
});
