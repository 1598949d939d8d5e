/**
 * Outcome reminders: impact entries older than 30 days that say what was done but not what came of
 * it (no result, and no outcome in the statement). The seeds' advice: write the outcome — numbers, who benefited — once it is known.
 */
import { differenceInCalendarDays } from 'date-fns';
import { liveEntries, type Entry, type JournalFile } from './model';
import { parseLocalDate } from './quarters';

/** Age (days since `occurredAt`) after which an impact entry should state its outcome. */
export const OUTCOME_AFTER_DAYS = 30;

/** Words that say what came of the work (a number counts too). */
const OUTCOME =
  /\d|%|\b(reduc\w*|increas\w*|cut|sav(ed|es|ing)|improv\w*|grew|grow\w*|drop\w*|faster|slower|fewer|more|less|adopt\w*|enabl\w*|unblock\w*|result\w*|outcome|led to|so that|customers?|users?)\b/i;

/** True when the statement names an outcome (a number or an outcome word). */
export function hasOutcome(statement: string): boolean {
  return OUTCOME.test(statement);
}

/** Impact entries older than OUTCOME_AFTER_DAYS with no result (its field, or outcome words in the statement), oldest first. */
export function entriesMissingOutcome(journal: JournalFile, now: Date): Entry[] {
  return liveEntries(journal)
    .filter((e) => e.kind === 'impact' && differenceInCalendarDays(now, parseLocalDate(e.occurredAt)) > OUTCOME_AFTER_DAYS && !e.result && !hasOutcome(e.body))
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
}
