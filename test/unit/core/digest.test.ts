import * as assert from 'node:assert/strict';
import { digestDue, digestMessage, weekKey } from '../../../src/core/digest';

describe('weekly digest rules', () => {
  it('is due once per ISO week, Monday first', () => {
    const sunday = new Date(2026, 10, 22, 23, 0);
    const monday = new Date(2026, 10, 23, 0, 30);
    assert.equal(weekKey(sunday), '2026-11-16');
    assert.equal(weekKey(monday), '2026-11-23');
    assert.ok(digestDue(undefined, sunday));
    assert.ok(!digestDue('2026-11-16', sunday), 'already shown this week');
    assert.ok(digestDue('2026-11-16', monday), 'a new week');
    assert.equal(weekKey(new Date(2027, 0, 1)), '2026-12-28', 'weeks cross the new year');
  });

  it('says nothing when there is nothing to log', () => {
    assert.equal(digestMessage(0), undefined);
    assert.equal(digestMessage(1), '1 notable piece of work this week is not in your journal.');
    assert.equal(digestMessage(3), '3 notable pieces of work this week are not in your journal.');
  });
});
