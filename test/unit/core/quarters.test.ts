import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { customPeriod, describeRange, halfOf, inPeriod, quarterFromKey, quarterOf, recentQuarters, toIsoDate, yearOf } from '../../../src/core/quarters';

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
      assert.ok(inPeriod(new Date(2028, 1, 29), back));
    }
    assert.equal(quarterFromKey('FY2027-Q1', 1), undefined);
    assert.equal(quarterFromKey('2026-Q3', 4), undefined);
    assert.throws(() => quarterOf(new Date(), 13), RangeError);
  });

  it('offers recent quarters plus older ones that hold entries, newest first', () => {
    const list = recentQuarters(new Date(2026, 10, 22), 1, 2, ['2024-03-01']);
    assert.deepEqual(
      list.map((q) => q.key),
      ['2026-Q4', '2026-Q3', '2024-Q1'],
    );
  });
});

describe('periods: halves, years, custom ranges, time zones, leap years', () => {
  it('halves and years, calendar and fiscal, across year boundaries', () => {
    assert.equal(halfOf(new Date(2026, 5, 30)).key, '2026-H1');
    assert.equal(halfOf(new Date(2026, 6, 1)).label, '2026 H2');
    const fh = halfOf(new Date(2027, 0, 31), 2); // FY starting February: Aug–Jan is H2 of FY27
    assert.deepEqual([fh.key, fh.label, toIsoDate(fh.start), toIsoDate(fh.end)], ['FY2027-H2', 'FY27 H2', '2026-08-01', '2027-02-01']);
    assert.deepEqual([yearOf(new Date(2026, 11, 31)).key, yearOf(new Date(2026, 0, 1), 4).label], ['2026', 'FY26']);
    const fy = yearOf(new Date(2026, 3, 1), 4);
    assert.deepEqual([fy.label, describeRange(fy)], ['FY27', 'Apr 1, 2026 – Mar 31, 2027']);
  });

  it('custom ranges are inclusive and refuse an end before the start', () => {
    const p = customPeriod('2028-02-28', '2028-02-29');
    assert.ok(inPeriod(new Date(2028, 1, 29, 23, 59), p), 'leap day included');
    assert.ok(!inPeriod(new Date(2028, 2, 1), p));
    assert.equal(p.label, 'Feb 28 – Feb 29, 2028');
    assert.throws(() => customPeriod('2026-03-01', '2026-02-01'), RangeError);
    assert.throws(() => customPeriod('2026-02-30', '2026-03-01'), RangeError);
  });

  it('gives the same quarters, halves and years in every time zone (checked in child processes)', () => {
    const script = `
      const q = require('./src/core/quarters');
      const out = [];
      for (const iso of ['2025-12-31', '2026-01-01', '2026-03-31', '2026-04-01', '2028-02-29', '2026-09-30', '2026-10-01', '2023-09-30', '2023-10-01', '2024-01-01']) {
        const d = q.parseLocalDate(iso);
        const qs = [];
        for (let p = q.quarterOf(d, 10), i = 0; i < 8; i++, p = q.previousQuarter(p, 10)) if (q.inPeriod(d, p)) qs.push(p.key);
        out.push([iso, q.quarterOf(d).key, q.quarterOf(d, 10).key, q.halfOf(d, 7).key, q.yearOf(d, 4).key, q.toIsoDate(q.quarterOf(d).start), 'in:' + qs.join(',')].join(' '));
      }
      console.log(out.join('\\n'));`;
    // America/Asuncion skipped midnight on 2023-10-01: no boundary may shift by that hour
    const results = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata', 'America/Santiago', 'America/Asuncion'].map((tz) =>
      execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
        cwd: path.join(__dirname, '..', '..', '..'),
      }),
    );
    for (const r of results) assert.equal(r, results[0]);
    assert.ok(results[0]!.includes('2025-12-31 2025-Q4 FY2026-Q1 FY2026-H1 FY2026 2025-10-01 in:FY2026-Q1'), results[0]);
    assert.ok(results[0]!.includes('2024-01-01 2024-Q1 FY2024-Q2 FY2024-H2 FY2024 2024-01-01 in:FY2024-Q2'), 'each day is in exactly one quarter');
    assert.ok(results[0]!.includes('2028-02-29 2028-Q1 FY2028-Q2 FY2028-H2 FY2028 2028-01-01'), results[0]);
  });
});
