import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as ops from '../../../src/core/journalOps';
import { emptyJournal, type Entry, type JournalFile } from '../../../src/core/model';
import { serializeJournal, validateEdited } from '../../../src/journal/format';
import { journalOn } from '../../helpers/journalOn';

const NOW = new Date(Date.UTC(2026, 7, 12, 9, 30));

function entry(i: number, title = `Entry ${i}`): Entry {
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    kind: i % 2 ? 'impact' : 'learning',
    title,
    body: 'line one\nline two: "quoted", \\ backslash, </script> and \u2028',
    competencies: ['code-quality'],
    occurredAt: '2026-08-12',
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    sources: [{ type: 'manual', note: 'a note' }],
    tags: ['a', 'b'],
  };
}

describe('journal format: writing only what changed', () => {
  it('serializes byte for byte as JSON.stringify(journal, null, 2), whatever the entries hold and wherever unknown keys sit', () => {
    const journals: JournalFile[] = [
      emptyJournal(),
      { ...emptyJournal(), entries: [entry(1)] },
      { ...emptyJournal(), entries: [entry(1, 'emoji 🚀, NUL \u0000, "entries": "\u0000impact-journal-entries\u0000"'), entry(2)] },
      // a key a newer version wrote before `entries`, and one after
      { extra: { nested: ['x'] }, ...emptyJournal(), entries: [entry(3)], later: 1 },
      { ...emptyJournal(), entries: [{ ...entry(4), future: { deep: [1, { a: 'b' }] } }] },
    ];
    for (const journal of journals) {
      const expected = `${JSON.stringify(journal, null, 2)}\n`;
      assert.equal(serializeJournal(journal).toString('utf8'), expected);
      // a second time, from the entries' remembered bytes
      assert.equal(serializeJournal(journal).toString('utf8'), expected);
    }
  });

  it('an entry edited into a new object is written anew; the same object reused keeps its bytes', () => {
    const first = { ...emptyJournal(), entries: [entry(1), entry(2)] };
    serializeJournal(first);
    const edited = { ...first, entries: [first.entries[0]!, { ...first.entries[1]!, title: 'Renamed' }] };
    assert.equal(serializeJournal(edited).toString('utf8'), `${JSON.stringify(edited, null, 2)}\n`);
    assert.match(serializeJournal(edited).toString('utf8'), /"title": "Renamed"/);
  });

  it('validates only the entries an edit changed, and reports a bad one as a full check would', () => {
    const known = { ...emptyJournal(), entries: [entry(1), entry(2)] };
    const added = validateEdited({ ...known, entries: [...known.entries, entry(3)] }, known);
    assert.ok(added.success);
    assert.equal(added.data.entries[0], known.entries[0], 'a known entry is kept as it is, not parsed again');
    assert.equal(added.data.entries.length, 3);
    const bad = { ...known, entries: [...known.entries, { ...entry(4), occurredAt: 'yesterday' }] } as JournalFile;
    const checked = validateEdited(bad, known);
    assert.equal(checked.success, false);
    assert.deepEqual(
      checked.error?.issues.map((i) => i.path),
      [...(validateEdited(bad, undefined).error?.issues.map((i) => i.path) ?? [])],
    );
    assert.deepEqual(checked.error?.issues[0]?.path.slice(0, 2), ['entries', 2]);
    // the rest of the journal is always checked
    assert.equal(validateEdited({ ...known, dismissed: [42] } as unknown as JournalFile, known).success, false);
  });

  it('a store writes, through both fast paths, exactly what a full serialization of the journal it read back gives', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ij-format-'));
    try {
      const file = path.join(dir, 'journal.json');
      writeFileSync(file, JSON.stringify({ ...emptyJournal(), entries: [entry(1), entry(2)] }, null, 2));
      const journal = journalOn(file);
      await journal.addEntry({ kind: 'impact', title: 'Third', body: '', competencies: [], occurredAt: '2026-08-12', sources: [] }, NOW);
      await journal.updateEntry(entry(1).id, { title: 'First, renamed' }, NOW);
      await journal.store.transact(ops.deleteEntry(entry(2).id, NOW), NOW);
      const text = readFileSync(file, 'utf8');
      const fresh = await journalOn(file).read();
      assert.equal(text, `${JSON.stringify(fresh, null, 2)}\n`);
      assert.deepEqual(
        fresh.entries.map((e) => e.title),
        ['First, renamed', 'Entry 2', 'Third'],
      );
      assert.ok(fresh.entries[1]!.deletedAt, 'the deletion is written');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
