/**
 * The weekly digest's rules: at most once per ISO week (Monday first), and its message.
 */
import * as l10n from '@vscode/l10n';
import { formatISO, startOfISOWeek } from 'date-fns';

/** Key of the ISO week containing `now`: the Monday's date, `YYYY-MM-DD` (local time). */
export function weekKey(now: Date): string {
  return formatISO(startOfISOWeek(now), { representation: 'date' });
}

/** True when no digest was shown yet in the week of `now` (`lastWeek`: the key stored after the last one). */
export function digestDue(lastWeek: string | undefined, now: Date): boolean {
  return lastWeek !== weekKey(now);
}

/** "3 notable pieces of work this week are not in your journal." (undefined for 0: nothing to say). */
export function digestMessage(notableUnits: number): string | undefined {
  if (notableUnits <= 0) return undefined;
  return notableUnits === 1
    ? l10n.t('1 notable piece of work this week is not in your journal.')
    : l10n.t('{0} notable pieces of work this week are not in your journal.', notableUnits);
}
