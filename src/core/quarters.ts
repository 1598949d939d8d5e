/**
 * Calendar and fiscal quarters, in the user's local time zone (date-fns).
 *
 * A fiscal year starting in month M (1–12) is named after the calendar year in which it ends, the
 * common convention (e.g. a year starting February 2026 is "FY27"). M = 1 gives calendar quarters.
 */
import * as l10n from '@vscode/l10n';
import { addDays, format, isBefore, isValid, parseISO, subDays } from 'date-fns';
import { dayLabel } from './dateLabels';

/** A period of time: `start` inclusive, `end` exclusive (local midnight). */
export interface Period {
  /** Stable key: `2026-Q3`, `FY2027-Q2`, `2026-H1`, `FY2027-H2`, `2026`, `FY2027`, `2026-01-15..2026-03-01`. */
  readonly key: string;
  /** Human label: `2026 Q3`, `FY27 Q2`, `2026 H1`, `FY27`, `Jan 15 – Feb 28, 2026`. */
  readonly label: string;
  readonly start: Date;
  readonly end: Date;
}

/** A quarter (calendar or fiscal) is a period of three months. */
export type Quarter = Period;

/** Throws a RangeError unless `month` is an integer 1–12. */
function checkMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(l10n.t('fiscal year start month must be 1–12, got {0}', String(month)));
  }
}

/** The quarter containing `date`, for a year starting in `fiscalYearStartMonth` (1 = calendar). */
export function quarterOf(date: Date, fiscalYearStartMonth = 1): Quarter {
  checkMonth(fiscalYearStartMonth);
  const startMonth0 = fiscalYearStartMonth - 1;
  const month0 = date.getMonth();
  const yearStartYear = month0 >= startMonth0 ? date.getFullYear() : date.getFullYear() - 1;
  const index = Math.floor(((month0 - startMonth0 + 12) % 12) / 3); // 0..3
  return makeQuarter(yearStartYear, index, fiscalYearStartMonth);
}

/**
 * Local midnight (or the first instant of the day where midnight is skipped by a DST change) of
 * the first day of month `month0` (may overflow into later years) of `year`; years 0–99 are kept.
 * Boundaries are built from calendar parts, never by adding months to another boundary, so an
 * hour skipped at one boundary does not shift the next.
 */
function monthStart(year: number, month0: number): Date {
  const d = new Date(2000, 0, 1);
  d.setFullYear(year, month0, 1);
  d.setHours(0, 0, 0, 0);
  return d;
}

function makeQuarter(yearStartYear: number, index: number, fiscalYearStartMonth: number): Quarter {
  const first = fiscalYearStartMonth - 1 + index * 3;
  const start = monthStart(yearStartYear, first);
  const end = monthStart(yearStartYear, first + 3);
  const q = index + 1;
  if (fiscalYearStartMonth === 1) {
    return {
      key: `${yearStartYear}-Q${q}`,
      label: l10n.t({ message: '{0} Q{1}', args: [yearStartYear, q], comment: ['A calendar quarter, e.g. "2026 Q3": {0} is the year, {1} the quarter (1–4)'] }),
      start,
      end,
    };
  }
  const fy = yearStartYear + 1;
  return {
    key: `FY${fy}-Q${q}`,
    label: l10n.t({
      message: 'FY{0} Q{1}',
      args: [String(fy).slice(-2), q],
      comment: ['A fiscal quarter, e.g. "FY27 Q2": {0} is the fiscal year (two digits), {1} the quarter (1–4)'],
    }),
    start,
    end,
  };
}

/** The quarter before `quarter`, in the same scheme. */
export function previousQuarter(quarter: Quarter, fiscalYearStartMonth = 1): Quarter {
  return quarterOf(monthStart(quarter.start.getFullYear(), quarter.start.getMonth() - 1), fiscalYearStartMonth);
}

/** The quarter with this key (`2026-Q3`, `FY2027-Q2`), or undefined if the key is not of that scheme. */
export function quarterFromKey(key: string, fiscalYearStartMonth = 1): Quarter | undefined {
  checkMonth(fiscalYearStartMonth);
  const m = fiscalYearStartMonth === 1 ? /^(\d{4})-Q([1-4])$/.exec(key) : /^FY(\d{4})-Q([1-4])$/.exec(key);
  if (!m) return undefined;
  const yearStartYear = Number(m[1]) - (fiscalYearStartMonth === 1 ? 0 : 1);
  return makeQuarter(yearStartYear, Number(m[2]) - 1, fiscalYearStartMonth);
}

/** True when `date` falls in `[period.start, period.end)`. */
export function inPeriod(date: Date, period: Period): boolean {
  return !isBefore(date, period.start) && isBefore(date, period.end);
}

/** The year-start year (the calendar year in which the fiscal year starts) of `date`. */
function yearStartYear(date: Date, fiscalYearStartMonth: number): number {
  return date.getMonth() >= fiscalYearStartMonth - 1 ? date.getFullYear() : date.getFullYear() - 1;
}

/** The half year (H1/H2, calendar or fiscal) containing `date`. */
export function halfOf(date: Date, fiscalYearStartMonth = 1): Period {
  checkMonth(fiscalYearStartMonth);
  const y = yearStartYear(date, fiscalYearStartMonth);
  const m0 = fiscalYearStartMonth - 1;
  const second = !isBefore(date, monthStart(y, m0 + 6));
  const start = monthStart(y, m0 + (second ? 6 : 0));
  const end = monthStart(y, m0 + (second ? 12 : 6));
  const h = second ? 2 : 1;
  if (fiscalYearStartMonth === 1)
    return {
      key: `${y}-H${h}`,
      label: l10n.t({ message: '{0} H{1}', args: [y, h], comment: ['A calendar half year, e.g. "2026 H1": {0} is the year, {1} the half (1 or 2)'] }),
      start,
      end,
    };
  return {
    key: `FY${y + 1}-H${h}`,
    label: l10n.t({
      message: 'FY{0} H{1}',
      args: [String(y + 1).slice(-2), h],
      comment: ['A fiscal half year, e.g. "FY27 H2": {0} is the fiscal year (two digits), {1} the half (1 or 2)'],
    }),
    start,
    end,
  };
}

/** The year (calendar, or fiscal named after the year it ends in) containing `date`. */
export function yearOf(date: Date, fiscalYearStartMonth = 1): Period {
  checkMonth(fiscalYearStartMonth);
  const y = yearStartYear(date, fiscalYearStartMonth);
  const start = monthStart(y, fiscalYearStartMonth - 1);
  const end = monthStart(y + 1, fiscalYearStartMonth - 1);
  if (fiscalYearStartMonth === 1) return { key: `${y}`, label: `${y}`, start, end };
  return {
    key: `FY${y + 1}`,
    label: l10n.t({ message: 'FY{0}', args: [String(y + 1).slice(-2)], comment: ['A fiscal year, e.g. "FY27": {0} is the fiscal year (two digits)'] }),
    start,
    end,
  };
}

/**
 * A custom range from two ISO dates, both inclusive (`2026-01-15`, `2026-02-28`). Throws a
 * RangeError for invalid dates or an end before the start.
 */
export function customPeriod(firstDay: string, lastDay: string): Period {
  const start = parseLocalDate(firstDay);
  const last = parseLocalDate(lastDay);
  if (isBefore(last, start)) throw new RangeError(l10n.t('the range ends ({0}) before it starts ({1})', lastDay, firstDay));
  // the day after, from its calendar date (an added day would carry a DST-shifted hour along)
  const period = { key: `${firstDay}..${lastDay}`, label: '', start, end: parseLocalDate(toIsoDate(addDays(last, 1))) };
  return { ...period, label: describeRange(period) };
}

/** Parses an ISO date (`YYYY-MM-DD`) as local midnight; throws a RangeError if invalid. */
export function parseLocalDate(isoDate: string): Date {
  const d = parseISO(isoDate);
  if (!isValid(d)) throw new RangeError(l10n.t('not a valid date: {0}', isoDate));
  return d;
}

/** `YYYY-MM-DD` of `date` in local time. */
export function toIsoDate(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** Human range of a period, e.g. `Jul 1 – Sep 30, 2026` (end shown inclusive). */
export function describeRange(period: Pick<Period, 'start' | 'end'>): string {
  const last = subDays(period.end, 1);
  const sameYear = period.start.getFullYear() === last.getFullYear();
  return `${dayLabel(period.start, !sameYear)} – ${dayLabel(last, true)}`;
}

/**
 * Quarters to offer in a picker: the current one and the `count - 1` before it, newest first, plus
 * any older quarter that holds one of `dates` (ISO dates), so no logged work is out of reach.
 */
export function recentQuarters(now: Date, fiscalYearStartMonth: number, count: number, dates: readonly string[] = []): Quarter[] {
  const byKey = new Map<string, Quarter>();
  let q = quarterOf(now, fiscalYearStartMonth);
  for (let i = 0; i < count; i++) {
    byKey.set(q.key, q);
    q = previousQuarter(q, fiscalYearStartMonth);
  }
  for (const iso of dates) {
    const dq = quarterOf(parseLocalDate(iso), fiscalYearStartMonth);
    byKey.set(dq.key, dq);
  }
  return [...byKey.values()].sort((a, b) => b.start.getTime() - a.start.getTime());
}

/**
 * The period named by `key`: `2026-Q3`, `2026-H1`, `2026` (calendar), `FY2027-Q2`, `FY2027-H2`,
 * `FY2027` (fiscal, with `fiscalYearStartMonth` ≠ 1), or `2026-01-15..2026-03-01` (custom, inclusive).
 * Undefined when the key has none of these forms. Throws a RangeError for an invalid custom range.
 */
export function periodFromKey(key: string, fiscalYearStartMonth = 1): Period | undefined {
  const custom = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(key);
  if (custom) return customPeriod(custom[1]!, custom[2]!);
  const quarter = quarterFromKey(key, fiscalYearStartMonth);
  if (quarter) return quarter;
  const fiscal = fiscalYearStartMonth !== 1;
  const m = (fiscal ? /^FY(\d{4})(?:-H([12]))?$/ : /^(\d{4})(?:-H([12]))?$/).exec(key);
  if (!m) return undefined;
  const inside = monthStart(Number(m[1]) - (fiscal ? 1 : 0), fiscalYearStartMonth - 1 + (m[2] === '2' ? 6 : 0));
  return m[2] ? halfOf(inside, fiscalYearStartMonth) : yearOf(inside, fiscalYearStartMonth);
}
