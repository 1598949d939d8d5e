import * as assert from 'node:assert/strict';
import { describeRange, inQuarter, quarterFromKey, quarterOf, recentQuarters, toIsoDate } from '../../../src/core/quarters';

describe('quarters', () => {
  it('calendar quarters, including their boundaries', () => {
    const q = quarterOf(new Date(2026, 6, 1));
    assert.equal(q.key, '2026-Q3');
    assert.equal(q.label, '2026 Q3');
    assert.equal(toIsoDate(q.start), '2026-07-01');
    assert.equal(toIsoDate(q.end), '2026-10-01');
    assert.equal(quarterOf(new Date(2026, 5, 30, 23, 59)).key, '2026-Q2');
    assert.equal(quarterOf(new Date(2026, 11, 31)).key, '2026-Q4');
    assert.equal(describeRange(q), 'Jul 1 – Sep 30, 2026');
  });

  it('fiscal quarters named after the year the fiscal year ends in', () => {
    // fiscal year starting February: Feb 2026 – Jan 2027 is FY27
    const q = quarterOf(new Date(2026, 1, 1), 2);
    assert.equal(q.key, 'FY2027-Q1');
    assert.equal(q.label, 'FY27 Q1');
    assert.equal(quarterOf(new Date(2027, 0, 31), 2).key, 'FY2027-Q4');
    assert.equal(quarterOf(new Date(2026, 0, 15), 2).key, 'FY2026-Q4');
    // October start (US federal style): Oct–Dec 2026 is FY27 Q1
    assert.equal(quarterOf(new Date(2026, 9, 1), 10).label, 'FY27 Q1');
    assert.equal(quarterOf(new Date(2026, 8, 30), 10).label, 'FY26 Q4');
    assert.equal(describeRange(quarterOf(new Date(2026, 11, 5), 12)), 'Dec 1, 2026 – Feb 28, 2027');
  });

  it('round-trips keys and rejects keys of the other scheme', () => {
    for (const month of [1, 2, 4, 7, 10, 12]) {
      const q = quarterOf(new Date(2028, 1, 29), month);
      const back = quarterFromKey(q.key, month);
      assert.ok(back);
      assert.equal(back.start.getTime(), q.start.getTime());
      assert.ok(inQuarter(new Date(2028, 1, 29), back));
    }
    assert.equal(quarterFromKey('FY2027-Q1', 1), undefined);
    assert.equal(quarterFromKey('2026-Q3', 4), undefined);
    assert.throws(() => quarterOf(new Date(), 13), RangeError);
  });

  it('offers recent quarters plus older ones that hold entries, newest first', () => {
    const list = recentQuarters(new Date(2026, 10, 22), 1, 2, ['2024-03-01']);
    assert.deepEqual(list.map((q) => q.key), ['2026-Q4', '2026-Q3', '2024-Q1']);
  });
});
