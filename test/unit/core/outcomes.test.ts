import * as assert from 'node:assert/strict';
import { emptyJournal, type Entry } from '../../../src/core/model';
import { entriesMissingOutcome, hasOutcome } from '../../../src/core/outcomes';

function entry(id: number, kind: Entry['kind'], occurredAt: string, body: string, deletedAt?: string): Entry {
  const stamp = '2026-01-01T00:00:00.000Z';
  return {
    id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    kind,
    title: `e${id}`,
    body,
    competencies: [],
    occurredAt,
    createdAt: stamp,
    updatedAt: stamp,
    sources: [],
    tags: [],
    ...(deletedAt ? { deletedAt } : {}),
  };
}

describe('outcome reminders', () => {
  it('knows a statement with an outcome', () => {
    assert.ok(hasOutcome('Cut p95 latency from 900 ms to 300 ms'));
    assert.ok(hasOutcome('Unblocked the mobile team'));
    assert.ok(!hasOutcome('Refactored the payment module'));
    assert.ok(!hasOutcome(''));
  });

  it('lists impact entries older than 30 days without an outcome, oldest first', () => {
    const now = new Date(2026, 10, 22);
    const journal = {
      ...emptyJournal(),
      entries: [
        entry(1, 'impact', '2026-09-01', 'Refactored the payment module'),
        entry(2, 'impact', '2026-08-01', ''),
        entry(3, 'impact', '2026-08-01', 'Saved 4 hours a week for support'),
        entry(4, 'learning', '2026-08-01', 'Learned Rust'),
        entry(5, 'impact', '2026-11-01', 'Too recent to ask'),
        entry(6, 'impact', '2026-08-01', '', '2026-09-01T00:00:00.000Z'),
      ],
    };
    assert.deepEqual(
      entriesMissingOutcome(journal, now).map((e) => e.title),
      ['e2', 'e1'],
    );
  });
});
