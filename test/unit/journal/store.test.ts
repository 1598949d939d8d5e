import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { NewEntry } from '../../../src/core/journalOps';
import { JournalReadError } from '../../../src/journal/format';
import { journalOn } from '../../helpers/journalOn';
import { planMerge } from '../../../src/core/journalMerge';
import { liveEntries, SCHEMA_VERSION } from '../../../src/core/model';

const ENTRY: NewEntry = {
  kind: 'impact',
  title: 'Cut checkout latency',
  body: 'p95 from 900 ms to 300 ms',
  competencies: ['reliability-operations'],
  occurredAt: '2026-08-12',
  sources: [
    {
      type: 'commit',
      repo: 'github.com/acme/shop',
      sha: 'abcdef1234567',
      subject: 'Speed up checkout',
      additions: 10,
      deletions: 2,
      files: 1,
      url: 'https://github.com/acme/shop/commit/abcdef1234567',
    },
  ],
};

describe('journal store (real files)', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'ij-store-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a missing file is an empty journal; the first entry creates the file and its folders', async () => {
    const store = journalOn(path.join(dir, 'nested', 'deeper', 'journal.json'), { createFolder: true });
    assert.deepEqual((await store.read()).entries, []);
    const entry = await store.addEntry(ENTRY, new Date('2026-08-13T08:00:00Z'));
    const onDisk = JSON.parse(readFileSync(store.file, 'utf8')) as { schemaVersion: number; entries: unknown[] };
    assert.equal(onDisk.schemaVersion, SCHEMA_VERSION);
    assert.deepEqual(onDisk.entries, [entry]);
    assert.equal(entry.createdAt, '2026-08-13T08:00:00.000Z');
    assert.equal(entry.sources[0]!.type, 'commit');
  });

  it('edits, deletes as tombstones and dismisses', async () => {
    const store = journalOn(path.join(dir, 'journal.json'));
    const a = await store.addEntry(ENTRY);
    const b = await store.addEntry({ ...ENTRY, title: 'Second' });
    const edited = await store.updateEntry(a.id, { title: 'Renamed', competencies: ['code-quality'] }, new Date('2030-01-01T00:00:00Z'));
    assert.equal(edited.title, 'Renamed');
    assert.equal(edited.updatedAt, '2030-01-01T00:00:00.000Z');
    await store.deleteEntry(b.id);
    await store.dismiss(['commit:github.com/acme/shop@abc1234', 'commit:github.com/acme/shop@abc1234']);
    const journal = await store.read();
    assert.deepEqual(
      liveEntries(journal).map((e) => e.title),
      ['Renamed'],
    );
    assert.ok(journal.entries.find((e) => e.id === b.id)?.deletedAt, 'deleted entry kept as a tombstone');
    assert.deepEqual(journal.dismissed, ['commit:github.com/acme/shop@abc1234']);
    await assert.rejects(store.updateEntry(b.id, { title: 'x' }), /No entry/);
    await assert.rejects(store.addEntry({ ...ENTRY, title: '   ' }), /needs a title/);
    await assert.rejects(store.addEntry({ ...ENTRY, occurredAt: '0099-05-01' }), /between 1970 and 2999/);
  });

  it('keeps fields it does not know (written by a newer version)', async () => {
    const file = path.join(dir, 'journal.json');
    const store = journalOn(file);
    const entry = await store.addEntry(ENTRY);
    const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & { entries: Array<Record<string, unknown>> };
    data.futureTopLevel = { keep: true };
    data.entries[0]!.futureField = ['kept'];
    writeFileSync(file, JSON.stringify(data));
    await store.addEntry({ ...ENTRY, title: 'Another' });
    const after = JSON.parse(readFileSync(file, 'utf8')) as typeof data;
    assert.deepEqual(after.futureTopLevel, { keep: true });
    assert.deepEqual(after.entries.find((e) => e.id === entry.id)?.futureField, ['kept']);
  });

  const bad: Array<[string, string, RegExp]> = [
    ['empty', '', /is empty/],
    ['white-space-only', ' \n', /is empty/],
    ['truncated', '{"schemaVersion":1,"entries":[{"id":', /is not valid JSON/],
    ['not JSON', 'hello <b>world</b>', /is not valid JSON/],
    ['wrong shape', '{"schemaVersion":1,"entries":"nope","dismissed":[],"goals":[],"assessments":[]}', /does not have the shape of a journal.*entries/],
    ['newer version', '{"schemaVersion":99,"entries":[],"dismissed":[],"goals":[],"assessments":[]}', /newer version of Impact Journal/],
  ];
  for (const [name, content, message] of bad) {
    it(`refuses a ${name} file with a clear message and leaves its bytes unchanged`, async () => {
      const file = path.join(dir, 'journal.json');
      writeFileSync(file, content);
      const store = journalOn(file);
      await assert.rejects(store.read(), (e: unknown) => e instanceof JournalReadError && message.test(e.message) && e.message.includes(file));
      await assert.rejects(store.addEntry(ENTRY), JournalReadError);
      assert.equal(readFileSync(file, 'utf8'), content);
      const copy = await store.copyAside(new Date(0));
      // an empty file has nothing to keep (a program rewriting it in place is seen empty for a moment)
      assert.deepEqual(
        readdirSync(dir)
          .filter((n) => n.startsWith('journal.json.unreadable-'))
          .map((n) => [path.join(dir, n), readFileSync(path.join(dir, n), 'utf8')]),
        content.trim() === '' ? [] : [[copy, content]],
      );
    });
  }

  it('refuses to create a journal in a missing folder it was not told to create', async () => {
    const file = path.join(dir, 'not-mounted', 'journal.json');
    await assert.rejects(
      journalOn(file).addEntry(ENTRY),
      (e: unknown) => e instanceof JournalReadError && e.problem === 'noFolder' && e.message.includes('does not exist'),
    );
    assert.ok(!existsSync(path.dirname(file)), 'no folder was created');
  });

  it('refuses to replace a journal that vanished after it was read', async () => {
    const file = path.join(dir, 'journal.json');
    const store = journalOn(file);
    await store.addEntry(ENTRY);
    rmSync(file);
    await assert.rejects(store.addEntry(ENTRY), (e: unknown) => e instanceof JournalReadError && e.problem === 'vanished');
    assert.ok(!existsSync(file), 'nothing was written in its place');
  });

  it('a symlinked journal and its target share one lock and one file', async function () {
    this.timeout(60_000);
    const real = path.join(dir, 'real.json');
    const link = path.join(dir, 'link.json');
    await journalOn(real).addEntry(ENTRY);
    symlinkSync(real, link);
    const helper = path.join(__dirname, '..', 'helpers', 'addEntries.ts');
    const run = promisify(execFile);
    const outputs = await Promise.all(
      [real, link, real, link].map((f, i) =>
        run(process.execPath, ['--import', 'tsx', helper, f, '10', `w${i}`], { cwd: path.join(__dirname, '..', '..', '..') }),
      ),
    );
    const acknowledged = outputs.flatMap((o) => o.stdout.trim().split('\n'));
    const journal = await journalOn(real).read();
    assert.equal(journal.entries.length, 1 + acknowledged.length);
    assert.ok(lstatSync(link).isSymbolicLink(), 'the link is still a link');
  });

  it('refuses a path that is a directory', async () => {
    const file = path.join(dir, 'journal.json');
    mkdirSync(file);
    await assert.rejects(journalOn(file).read(), /is not a regular file/);
  });

  it('serializes changes from several processes: every acknowledged entry is present once', async function () {
    this.timeout(60_000);
    const file = path.join(dir, 'journal.json');
    const helper = path.join(__dirname, '..', 'helpers', 'addEntries.ts');
    const run = promisify(execFile);
    const outputs = await Promise.all(
      [0, 1, 2, 3].map((i) => run(process.execPath, ['--import', 'tsx', helper, file, '15', `writer${i}`], { cwd: path.join(__dirname, '..', '..', '..') })),
    );
    const acknowledged = outputs.flatMap((o) => o.stdout.trim().split('\n'));
    assert.equal(acknowledged.length, 60);
    const journal = await journalOn(file).read();
    const ids = journal.entries.map((e) => e.id).sort();
    assert.deepEqual(ids, [...acknowledged].sort());
  });
});

describe('journal store: formats, backups, restore, import', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'ij-store2-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates a pre-release (version 0) file and writes it back as the current version', async () => {
    const file = path.join(dir, 'journal.json');
    const stamp = '2026-01-01T00:00:00.000Z';
    writeFileSync(
      file,
      JSON.stringify({
        entries: [
          {
            id: '7d3c1c3e-7a0a-4c1e-9d57-2f4a3b7d9e10',
            kind: 'impact',
            title: 'Old',
            body: '',
            competencies: [],
            occurredAt: '2025-12-01',
            createdAt: stamp,
            updatedAt: stamp,
            sources: [],
          },
        ],
      }),
    );
    const store = journalOn(file);
    const journal = await store.read();
    assert.deepEqual(journal.entries[0]!.tags, []);
    assert.deepEqual(journal.dismissed, []);
    await store.addEntry(ENTRY);
    assert.equal((JSON.parse(readFileSync(file, 'utf8')) as { schemaVersion: number }).schemaVersion, SCHEMA_VERSION);
  });

  it('a file from a newer version is readable for display but never written', async () => {
    const file = path.join(dir, 'journal.json');
    const content = JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, entries: [], dismissed: [], goals: [], assessments: [], newThing: 1 });
    writeFileSync(file, content);
    const store = journalOn(file);
    const err = await store.read().then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(err instanceof JournalReadError && err.problem === 'newerVersion' && /read-only/.test(err.message));
    assert.deepEqual(err.journal?.entries, [], 'the entries are still readable');
    await assert.rejects(store.addEntry(ENTRY), JournalReadError);
    assert.equal(readFileSync(file, 'utf8'), content);
  });

  it('keeps the last N versions as backups and restores one (keeping the replaced version)', async () => {
    const file = path.join(dir, 'journal.json');
    const store = journalOn(file, { backups: 3 });
    for (let i = 0; i < 5; i++) await store.addEntry({ ...ENTRY, title: `Entry ${i}` });
    const backups = await store.listBackups();
    assert.equal(backups.length, 3, 'older backups pruned');
    assert.deepEqual(
      backups.map((b) => b.entries),
      [4, 3, 2],
      'newest first, each the version before a change',
    );
    await store.restore(backups[2]!.path);
    assert.deepEqual(
      (await store.read()).entries.map((e) => e.title),
      ['Entry 0', 'Entry 1'],
    );
    assert.equal((await store.listBackups())[0]!.entries, 5, 'the replaced version became a backup');
  });

  it('restoring over an unreadable file copies that file aside first', async () => {
    const file = path.join(dir, 'journal.json');
    const store = journalOn(file);
    await store.addEntry(ENTRY);
    await store.addEntry({ ...ENTRY, title: 'Second' });
    writeFileSync(file, '{ broken');
    const [backup] = await store.listBackups();
    await store.restore(backup!.path);
    const copies = readdirSync(dir).filter((n) => n.startsWith('journal.json.unreadable-'));
    assert.equal(copies.length, 1);
    assert.equal(readFileSync(path.join(dir, copies[0]!), 'utf8'), '{ broken');
    assert.equal((await store.read()).entries.length, 1);
    assert.equal(
      await store.copyAside(),
      path.join(dir, copies[0]!).replace(
        copies[0]!,
        readdirSync(dir)
          .filter((n) => n.startsWith('journal.json.unreadable-'))
          .sort()
          .at(-1)!,
      ),
      'same bytes are not copied twice',
    );
  });

  it('a command and a view that find the file unreadable at the same moment make one copy of it, not two', async () => {
    const file = path.join(dir, 'journal.json');
    const store = journalOn(file);
    writeFileSync(file, '{"entries":[{"id": oops');
    const both = await Promise.all([store.copyAside(new Date(1_000)), store.copyAside(new Date(2_000)), store.copyAside(new Date(3_000))]);
    const copies = readdirSync(dir).filter((n) => n.startsWith('journal.json.unreadable-'));
    assert.equal(copies.length, 1, copies.join(', '));
    assert.deepEqual(new Set(both), new Set([path.join(dir, copies[0]!)]));
  });

  it('restore keeps the replaced version even with backups set to 0; backups of a symlinked journal are found', async () => {
    const real = path.join(dir, 'sync', 'journal.json');
    mkdirSync(path.dirname(real));
    await journalOn(real).addEntry({ ...ENTRY, title: 'one' });
    await journalOn(real).addEntry({ ...ENTRY, title: 'two' });
    const link = path.join(dir, 'my-journal.json');
    symlinkSync(real, link);
    const viaLink = journalOn(link, { backups: 0 });
    await viaLink.addEntry({ ...ENTRY, title: 'precious' });
    const backups = await viaLink.listBackups();
    assert.equal(backups.length, 1, 'the backup made through the real path is listed through the link');
    await viaLink.restore(backups[0]!.path);
    const kept = await viaLink.listBackups();
    assert.ok(
      kept.some((b) => b.entries === 3),
      'the version with "precious" was kept as a backup',
    );
  });

  it('a journal missing while its backups exist is not silently started anew, even by a new process', async () => {
    const file = path.join(dir, 'journal.json');
    await journalOn(file).addEntry(ENTRY);
    await journalOn(file).addEntry(ENTRY);
    rmSync(file);
    await assert.rejects(
      journalOn(file).addEntry(ENTRY),
      (e: unknown) => e instanceof JournalReadError && e.problem === 'vanished' && /Restore a backup/.test(e.message),
    );
    assert.ok(!existsSync(file));
  });

  it('imports another journal by id and updatedAt: new entries added, newer versions win, tombstones apply', async () => {
    const store = journalOn(path.join(dir, 'journal.json'));
    const kept = await store.addEntry({ ...ENTRY, title: 'Mine, newer' }, new Date('2026-09-01T00:00:00Z'));
    const stale = await store.addEntry({ ...ENTRY, title: 'Mine, older' }, new Date('2026-08-01T00:00:00Z'));
    const incoming = {
      ...(await store.read()),
      entries: [
        { ...kept, title: 'Theirs, older', updatedAt: '2026-08-15T00:00:00.000Z' },
        { ...stale, title: 'Theirs, newer', updatedAt: '2026-08-20T00:00:00.000Z', deletedAt: '2026-08-20T00:00:00.000Z' },
        { ...kept, id: '0b6f5c62-55d6-4d5c-8d0e-3a1c6f7b2a11', title: 'Only theirs' },
      ],
      dismissed: ['commit:x@abcdef1'],
    };
    const plan = planMerge(await store.read(), incoming);
    assert.deepEqual([plan.added.length, plan.changed.length, plan.unchanged], [1, 1, 1]);
    await store.importJournal({
      ...incoming,
      entries: [...incoming.entries, { ...incoming.entries[2]!, title: 'Only theirs, older duplicate', updatedAt: '2026-01-01T00:00:00.000Z' }],
      goals: [{ id: 'g1', competency: 'system-design', title: 'Lead the migration', status: 'inProgress' }],
      assessments: [{ competency: 'code-review', quarter: '2026-Q3', self: 4 }],
    });
    const after = await store.read();
    assert.deepEqual(
      liveEntries(after)
        .map((e) => e.title)
        .sort(),
      ['Mine, newer', 'Only theirs'],
      'a duplicated id in the file is imported once, newest version',
    );
    assert.deepEqual(after.dismissed, ['commit:x@abcdef1']);
    assert.deepEqual(
      [after.goals.map((g) => g.title), after.assessments.map((a) => a.self)],
      [['Lead the migration'], [4]],
      'goals and self-ratings travel too',
    );
  });

  it('refuses a 50 MB file that is not a journal without changing it', async function () {
    this.timeout(60_000);
    const file = path.join(dir, 'journal.json');
    const big = `{"schemaVersion":1,"entries":[${'"x",'.repeat(13_000_000)}"x"],"dismissed":[],"goals":[],"assessments":[]}`;
    writeFileSync(file, big);
    await assert.rejects(journalOn(file).addEntry(ENTRY), (e: unknown) => e instanceof JournalReadError && e.problem === 'invalidShape');
    assert.equal(statSync(file).size, big.length);
  });
});
