import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { applyMerge } from '../../../src/core/journalMerge';
import type { NewEntry } from '../../../src/core/journalOps';
import { journalOn } from '../../helpers/journalOn';
import type { JournalFile } from '../../../src/core/model';

const ENTRY: NewEntry = {
  kind: 'impact',
  title: 'Led the billing migration',
  body: '',
  competencies: ['system-design'],
  occurredAt: '2026-10-09',
  sources: [{ type: 'manual' }],
};

describe('journal store: undo of a deletion, goals and ratings (real files)', () => {
  let dir: string;
  let store: ReturnType<typeof journalOn>;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ij-goals-'));
    store = journalOn(path.join(dir, 'journal.json'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const onDisk = (): JournalFile => JSON.parse(readFileSync(store.file, 'utf8')) as JournalFile;

  it('restoreEntry undoes a deletion and wins over the tombstone when journals merge', async () => {
    const entry = await store.addEntry(ENTRY, new Date('2026-10-09T10:00:00Z'));
    await store.deleteEntry(entry.id, new Date('2026-10-10T10:00:00Z'));
    const tombstone = onDisk();
    await store.restoreEntry(entry.id, new Date('2026-10-10T10:00:05Z'));
    const restored = onDisk().entries[0];
    assert.equal(restored!.deletedAt, undefined);
    assert.equal(restored!.updatedAt, '2026-10-10T10:00:05.000Z');
    // another machine still has the tombstone: importing it must not delete the entry again
    const mine = onDisk();
    applyMerge(mine, tombstone);
    assert.equal(mine.entries[0]!.deletedAt, undefined);
    await assert.rejects(store.restoreEntry(entry.id), /No deleted entry/);
  });

  it('saves goals (new ones get an id, edits keep unknown fields), links entries and unlinks them when a goal is deleted', async () => {
    const goal = await store.saveGoal({
      competency: 'system-design',
      title: 'Lead the migration of billing to the queue',
      targetQuarter: '2026-Q4',
      status: 'planned',
    });
    assert.match(goal.id, /^[0-9a-f-]{36}$/);
    // a newer version's field on the goal survives an edit
    const withExtra = onDisk();
    (withExtra.goals[0] as Record<string, unknown>).milestones = ['design doc'];
    writeFileSync(store.file, JSON.stringify(withExtra));
    await store.saveGoal({ ...goal, status: 'inProgress' });
    assert.deepEqual(
      { status: onDisk().goals[0]!.status, milestones: (onDisk().goals[0] as Record<string, unknown>).milestones },
      { status: 'inProgress', milestones: ['design doc'] },
    );
    const entry = await store.addEntry(ENTRY);
    await store.updateEntry(entry.id, { goals: [goal.id] });
    assert.deepEqual(onDisk().entries[0]!.goals, [goal.id]);
    await store.deleteGoal(goal.id, new Date('2030-01-01T00:00:00Z'));
    assert.deepEqual(onDisk().goals, []);
    assert.deepEqual(onDisk().entries[0]!.goals, [], 'the entry no longer points at it');
    assert.equal(onDisk().entries[0]!.updatedAt, '2030-01-01T00:00:00.000Z');
    await assert.rejects(store.saveGoal({ id: 'missing', competency: 'x', title: 'y', status: 'planned' }), /No goal with id missing/);
    await assert.rejects(store.saveGoal({ competency: 'x', title: '  ', status: 'planned' }), /The goal is not valid/);
  });

  it('rates a competency per quarter: set, change, clear the manager rating, clear all; 1–5 only', async () => {
    await store.rate('code-review', '2026-Q4', 3, undefined);
    await store.rate('code-review', '2026-Q4', 4, 3);
    await store.rate('code-review', '2026-Q3', 2, undefined);
    assert.deepEqual(onDisk().assessments, [
      { competency: 'code-review', quarter: '2026-Q4', self: 4, manager: 3 },
      { competency: 'code-review', quarter: '2026-Q3', self: 2 },
    ]);
    await store.rate('code-review', '2026-Q4', 4, undefined);
    assert.deepEqual(onDisk().assessments[0], { competency: 'code-review', quarter: '2026-Q4', self: 4 });
    await store.rate('code-review', '2026-Q4', undefined, undefined);
    assert.deepEqual(onDisk().assessments, [{ competency: 'code-review', quarter: '2026-Q3', self: 2 }]);
    await assert.rejects(store.rate('code-review', '2026-Q4', 6, undefined));
    assert.equal(onDisk().assessments.length, 1, 'nothing written for an invalid rating');
  });
});
