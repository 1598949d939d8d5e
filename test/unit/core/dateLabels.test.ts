import * as assert from 'node:assert/strict';
import { format } from 'date-fns';
import { dayLabel, monthLabel, setDateLocale } from '../../../src/core/dateLabels';

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
});
