/**
 * Dates as people read them, in the display language: `Oct 1`, `Oct 1, 2026`, `October 2026` in
 * English, `1. Okt.`, `1. Okt. 2026`, `Oktober 2026` in German (Intl.DateTimeFormat, local time, as
 * date-fns `format` would). The language is English until VS Code's is set: by the extension host
 * (`setDateLocale(vscode.env.language)`, src/vscode/l10nSetup.ts) and by the webview (its page's
 * `<html lang>`, media/main.ts); the CLI stays in English.
 * Machine dates (`YYYY-MM-DD`) are not here: they are data.
 */

let locale = 'en';
const formats = new Map<string, Intl.DateTimeFormat>();

/** Names dates in `tag` (a BCP 47 language tag such as `de` or `pt-br`) from now on; one Intl does not know (e.g. the pseudo-locale `qps-ploc`) leaves English. */
export function setDateLocale(tag: string): void {
  let supported: string | undefined;
  try {
    supported = Intl.DateTimeFormat.supportedLocalesOf([tag])[0];
  } catch {
    // not a language tag
  }
  locale = supported ?? 'en';
  formats.clear();
}

function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

/** The language dates (and numbers) are named in: what `setDateLocale` was given when Intl knows it, else `en`. */
export function displayLocale(): string {
  return locale;
}

/** The day of `date` in local time, without the year (`Oct 1`) or with it (`Oct 1, 2026`). */
export function dayLabel(date: Date, withYear = false): string {
  return formatter(withYear ? { month: 'short', day: 'numeric', year: 'numeric' } : { month: 'short', day: 'numeric' }).format(date);
}

/** The month of `date` in local time, with its year (`October 2026`). */
export function monthLabel(date: Date): string {
  return formatter({ month: 'long', year: 'numeric' }).format(date);
}

/** Seconds in each unit a distance is named in, largest first (a month as 30 days, a year as 365: a rough distance, as date-fns `formatDistance`). */
const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/**
 * How long before (or after) `now` `date` is, in the display language, in its largest whole unit:
 * `3 hours ago`, `yesterday`, `in 2 days`; under a minute, `now` (Intl.RelativeTimeFormat,
 * `numeric: 'auto'`). `now` is an input: the caller's clock.
 */
export function distanceLabel(date: Date, now: Date): string {
  const seconds = (date.getTime() - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'second');
}
