/**
 * Merging two versions of a journal by entry id and `updatedAt` (the later wins; deletions are
 * tombstones, so a delete wins over an older edit), goals by id and self-ratings by competency and
 * quarter (the incoming version wins), and the plan shown before an import.
 */
import type { Assessment, Entry, Goal, JournalFile } from './model';

/** What importing `incoming` into `current` would do. */
export interface MergePlan {
  /** Entries only in the incoming journal. */
  readonly added: readonly Entry[];
  /** Entries in both whose incoming version is newer (including deletions). */
  readonly changed: readonly Entry[];
  /** Entries in both where the current version is as new or newer. */
  readonly unchanged: number;
  /** Dismissed keys only in the incoming journal. */
  readonly dismissed: readonly string[];
  /** Goals (by id) new or changed in the incoming journal. */
  readonly goals: readonly Goal[];
  /** Self-ratings (by competency and quarter) new or changed in the incoming journal. */
  readonly assessments: readonly Assessment[];
}

/** The newest version of each entry id (a hand-edited file may hold one id twice). */
function newestById(entries: readonly Entry[]): Entry[] {
  const byId = new Map<string, Entry>();
  for (const e of entries) {
    const seen = byId.get(e.id);
    if (!seen || newer(e, seen)) byId.set(e.id, e);
  }
  return [...byId.values()];
}

const ratingKey = (a: Assessment): string => `${a.competency}@${a.quarter}`;

/** Compares by `updatedAt` (ISO timestamps); true when `a` is strictly newer. */
function newer(a: Entry, b: Entry): boolean {
  return Date.parse(a.updatedAt) > Date.parse(b.updatedAt);
}

/** The plan of merging `incoming` into `current`. */
export function planMerge(current: JournalFile, incoming: JournalFile): MergePlan {
  const byId = new Map(current.entries.map((e) => [e.id, e]));
  const added: Entry[] = [];
  const changed: Entry[] = [];
  let unchanged = 0;
  for (const entry of newestById(incoming.entries)) {
    const mine = byId.get(entry.id);
    if (!mine) added.push(entry);
    else if (newer(entry, mine)) changed.push(entry);
    else unchanged++;
  }
  const known = new Set(current.dismissed);
  const goals = new Map(current.goals.map((g) => [g.id, JSON.stringify(g)]));
  const ratings = new Map(current.assessments.map((a) => [ratingKey(a), JSON.stringify(a)]));
  return {
    added,
    changed,
    unchanged,
    dismissed: [...new Set(incoming.dismissed.filter((k) => !known.has(k)))],
    goals: incoming.goals.filter((g) => goals.get(g.id) !== JSON.stringify(g)),
    assessments: incoming.assessments.filter((a) => ratings.get(ratingKey(a)) !== JSON.stringify(a)),
  };
}

/** Applies a plan to `journal` in place (the store calls this under its lock, on what is on disk). */
export function applyMerge(journal: JournalFile, incoming: JournalFile): MergePlan {
  const plan = planMerge(journal, incoming);
  for (const entry of plan.changed) {
    const i = journal.entries.findIndex((e) => e.id === entry.id);
    journal.entries[i] = entry;
  }
  journal.entries.push(...plan.added);
  journal.dismissed.push(...plan.dismissed);
  for (const goal of plan.goals) {
    const i = journal.goals.findIndex((g) => g.id === goal.id);
    if (i >= 0) journal.goals[i] = goal;
    else journal.goals.push(goal);
  }
  for (const rating of plan.assessments) {
    const i = journal.assessments.findIndex((a) => ratingKey(a) === ratingKey(rating));
    if (i >= 0) journal.assessments[i] = rating;
    else journal.assessments.push(rating);
  }
  return plan;
}
