import * as assert from 'node:assert/strict';
import { format } from 'date-fns';
import { dayLabel, distanceLabel, monthLabel, setDateLocale } from '../../../src/core/dateLabels';

describe('dateLabels: dates in the display language', () => {
  afterEach(() => setDateLocale('en'));

  it('in English, what date-fns printed before: MMM d, MMM d, yyyy and MMMM yyyy, in local time', () => {
    // a day of each month, and the last minutes of a year (local time decides the day)
    const dates = [...Array.from({ length: 12 }, (_, m) => new Date(2026, m, m + 1, 12)), new Date(2026, 11, 31, 23, 59)];
    for (const d of dates) {
      assert.equal(dayLabel(d), format(d, 'MMM d'));
      assert.equal(dayLabel(d, true), format(d, 'MMM d, yyyy'));
      assert.equal(monthLabel(d), format(d, 'MMMM yyyy'));
    }
  });

  it("in VS Code's display language when Intl knows it, else English (the pseudo-locale, a broken tag)", () => {
    const october = new Date(2026, 9, 1, 12);
    setDateLocale('de');
    assert.equal(monthLabel(october), 'Oktober 2026');
    assert.equal(dayLabel(october), '1. Okt.');
    setDateLocale('qps-ploc');
    assert.equal(monthLabel(october), 'October 2026');
    setDateLocale('not a tag!');
    assert.equal(dayLabel(october, true), 'Oct 1, 2026');
  });

  it('distances from now in the display language, in the largest whole unit (the restore-from-backup list)', () => {
    const now = new Date(2026, 9, 15, 12);
    const before = (ms: number): Date => new Date(now.getTime() - ms);
    const minute = 60_000;
    const hour = 60 * minute;
    const day = 24 * hour;
    assert.equal(distanceLabel(before(20_000), now), 'now');
    assert.equal(distanceLabel(before(5 * minute), now), '5 minutes ago');
    assert.equal(distanceLabel(before(3 * hour + 59 * minute), now), '3 hours ago');
    assert.equal(distanceLabel(before(day + hour), now), 'yesterday');
    assert.equal(distanceLabel(before(45 * day), now), 'last month');
    assert.equal(distanceLabel(before(800 * day), now), '2 years ago');
    assert.equal(distanceLabel(new Date(now.getTime() + 2 * day), now), 'in 2 days');
    setDateLocale('de');
    assert.equal(distanceLabel(before(3 * hour), now), 'vor 3 Stunden');
    assert.equal(distanceLabel(before(day), now), 'gestern');
  });
});
