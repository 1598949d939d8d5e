/**
 * Merging two versions of a journal by entry id and `updatedAt` (the later wins; deletions are
 * tombstones, so a delete wins over an older edit), and the plan shown before an import.
 */
import type { Entry, JournalFile } from './model';

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
}

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
  for (const entry of incoming.entries) {
    const mine = byId.get(entry.id);
    if (!mine) added.push(entry);
    else if (newer(entry, mine)) changed.push(entry);
    else unchanged++;
  }
  const known = new Set(current.dismissed);
  return { added, changed, unchanged, dismissed: incoming.dismissed.filter((k) => !known.has(k)) };
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
  return plan;
}
