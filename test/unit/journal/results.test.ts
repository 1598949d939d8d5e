/**
 * Structured results on entries (result, metric, who benefited, evidence links): a journal written
 * before they existed reads and keeps everything, they are set and cleared through the store, and
 * a link that is not http(s) never reaches the file.
 */
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { addEntry, importJournal, newEntry, updateEntry } from '../../../src/core/journalOps';
import { JournalFile, type Entry } from '../../../src/core/model';
import { entriesMissingOutcome } from '../../../src/core/outcomes';
import { JournalStore } from '../../../src/journal/store';

const GOLDEN_V1 = path.join(__dirname, '..', '..', 'fixtures', 'journals', 'v1-before-results.json');
const CHECKOUT = '5f0c1a52-3d0e-4b7a-9a55-2b4c1e8f7d01';

describe('structured results in the journal', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ij-results-'));
    file = path.join(dir, 'journal.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a journal written before results existed (golden file of that format) reads as it is, and a result added keeps every other byte’s meaning', async () => {
    copyFileSync(GOLDEN_V1, file);
    const raw = JSON.parse(readFileSync(GOLDEN_V1, 'utf8')) as Record<string, unknown>;
    const store = new JournalStore(file);
    const read = await store.read();
    assert.deepEqual(read, JournalFile.parse(raw), 'nothing added, nothing lost');
    assert.equal(read.entries[0]!.result, undefined);

    const now = new Date('2026-10-01T09:00:00.000Z');
    await store.transact(
      updateEntry(
        CHECKOUT,
        {
          result: 'Abandoned carts fell by 1,200 a day.',
          metric: { name: 'p95', before: '900', after: '300', unit: 'ms' },
          beneficiaries: 'EU shoppers',
          links: [{ title: 'Dashboard', url: 'https://grafana.example.com/d/checkout' }],
        },
        now,
      ),
      now,
    );
    const after = JSON.parse(readFileSync(file, 'utf8')) as { entries: Array<Record<string, unknown>> } & Record<string, unknown>;
    const [checkout, ...others] = after.entries;
    const [before, ...othersBefore] = raw.entries as Array<Record<string, unknown>>;
    assert.deepEqual(others, othersBefore, 'the other entries, the tombstone included, are as they were');
    for (const key of ['dismissed', 'goals', 'assessments', 'schemaVersion']) assert.deepEqual(after[key], raw[key], key);
    assert.deepEqual(
      { ...checkout, result: undefined, metric: undefined, beneficiaries: undefined, links: undefined, updatedAt: before!.updatedAt },
      {
        ...before,
        result: undefined,
        metric: undefined,
        beneficiaries: undefined,
        links: undefined,
      },
    );
    assert.equal(checkout!.result, 'Abandoned carts fell by 1,200 a day.');
    assert.deepEqual(checkout!.links, [{ title: 'Dashboard', url: 'https://grafana.example.com/d/checkout' }]);
    // and the file still reads (the CLI and the import read it with the same schema)
    assert.equal((await new JournalStore(file).read()).entries[0]!.metric?.after, '300');
  });

  it('results are set when an entry is made and cleared by an empty value; an empty one is never written', async () => {
    const now = new Date('2026-10-01T09:00:00.000Z');
    const store = new JournalStore(file);
    const made = newEntry(
      {
        kind: 'impact',
        title: 'Shipped paging',
        body: '',
        competencies: [],
        occurredAt: '2026-09-01',
        sources: [{ type: 'manual' }],
        result: '  ',
        beneficiaries: 'Mobile clients',
        links: [],
      },
      '00000000-0000-4000-8000-0000000000c1',
      now,
    );
    assert.ok(!('result' in made) && !('links' in made), 'empty results are left out');
    assert.equal(made.beneficiaries, 'Mobile clients');
    await store.transact(addEntry(made), now);
    await store.transact(updateEntry(made.id, { result: 'Paging cut payloads by 80%.', metric: { name: '', after: '80', unit: '%' } }, now), now);
    let saved: Entry = (await store.read()).entries[0]!;
    assert.equal(saved.result, 'Paging cut payloads by 80%.');
    await store.transact(updateEntry(made.id, { result: '', metric: null, beneficiaries: '', links: [] }, now), now);
    saved = (await store.read()).entries[0]!;
    for (const key of ['result', 'metric', 'beneficiaries', 'links']) assert.ok(!(key in saved), `${key} cleared`);
  });

  it('a link that is not http(s), or a result too long, is refused with the field named, and the file is left as it was', async () => {
    copyFileSync(GOLDEN_V1, file);
    const store = new JournalStore(file);
    const bytes = readFileSync(file, 'utf8');
    const now = new Date('2026-10-01T09:00:00.000Z');
    for (const patch of [
      { links: [{ title: 'x', url: 'javascript:alert(1)' }] },
      { links: [{ title: 'x', url: 'file:///etc/passwd' }] },
      { links: [{ title: '', url: 'https://ok.example.com' }] },
      { result: 'x'.repeat(1001) },
    ]) {
      await assert.rejects(store.transact(updateEntry(CHECKOUT, patch, now), now), /not valid: (links|result)/);
      assert.equal(readFileSync(file, 'utf8'), bytes);
    }
  });

  it('a journal with results merges through the JSON import with every field kept', async () => {
    copyFileSync(GOLDEN_V1, file);
    const now = new Date('2026-10-01T09:00:00.000Z');
    const incoming = JournalFile.parse(JSON.parse(readFileSync(GOLDEN_V1, 'utf8')));
    const other = {
      ...incoming.entries[1]!,
      id: '5f0c1a52-3d0e-4b7a-9a55-2b4c1e8f7d09',
      result: 'Ported two parsers.',
      metric: { name: '', after: '2', unit: 'parsers' },
      links: [{ title: 'Notes', url: 'https://notes.example.com/rust' }],
      project: 'Rust',
      tickets: [{ key: 'ENG-42', url: 'https://linear.app/acme/issue/ENG-42' }],
    };
    const store = new JournalStore(file);
    await store.transact(importJournal({ ...incoming, entries: [...incoming.entries, other] }), now);
    const merged = (await store.read()).entries.find((e) => e.id === other.id);
    assert.deepEqual(merged, other);
  });

  it('the outcome reminder stops asking once an entry has a result', () => {
    const journal = JournalFile.parse(JSON.parse(readFileSync(GOLDEN_V1, 'utf8')));
    const bare = { ...journal.entries[0]!, body: 'Moved the cart totals to a cache.' };
    const later = new Date(2026, 11, 1);
    assert.equal(entriesMissingOutcome({ ...journal, entries: [bare] }, later).length, 1);
    assert.equal(entriesMissingOutcome({ ...journal, entries: [{ ...bare, result: 'Carts stopped timing out.' }] }, later).length, 0);
  });
});
