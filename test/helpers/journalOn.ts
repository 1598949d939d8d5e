/**
 * The journal store with one method per edit, for tests: each runs the production edit
 * (src/core/journalOps.ts) through the production transaction (src/journal/store.ts), as the
 * extension and the CLI do. `now` defaults to the process clock (the clock-moving runs move it).
 */
import { randomUUID } from 'node:crypto';
import * as ops from '../../src/core/journalOps';
import type { Entry, Goal, JournalFile } from '../../src/core/model';
import { JournalStore, type StoreOptions } from '../../src/journal/store';

/** A store of `file` with an edit method per operation. */
export function journalOn(file: string, options: StoreOptions = {}) {
  const store = new JournalStore(file, options);
  const run = async <T>(edit: ops.Edit<T>, now: Date): Promise<T> => (await store.transact(edit, now)).result;
  return {
    store,
    file,
    read: (): Promise<JournalFile> => store.read(),
    addEntry: async (input: ops.NewEntry, now = new Date()): Promise<Entry> => run(ops.addEntry(ops.newEntry(input, randomUUID(), now)), now),
    updateEntry: async (id: string, patch: ops.EntryPatch, now = new Date()): Promise<Entry> => run(ops.updateEntry(id, patch, now), now),
    deleteEntry: async (id: string, now = new Date()): Promise<undefined> => run(ops.deleteEntry(id, now), now),
    restoreEntry: async (id: string, now = new Date()): Promise<Entry> => run(ops.restoreEntry(id, now), now),
    saveGoal: async (goal: ops.GoalInput, now = new Date()): Promise<Goal> => run(ops.saveGoal(goal, randomUUID()), now),
    deleteGoal: async (id: string, now = new Date()): Promise<undefined> => run(ops.deleteGoal(id, now), now),
    rate: async (competency: string, quarter: string, self: number | undefined, manager: number | undefined, now = new Date()): Promise<undefined> =>
      run(ops.rate(competency, quarter, self, manager), now),
    dismiss: async (keys: readonly string[], now = new Date()): Promise<undefined> => run(ops.dismiss(keys), now),
    importJournal: async (incoming: JournalFile, now = new Date()) => run(ops.importJournal(incoming), now),
    restore: (backup: string, now = new Date()): Promise<JournalFile> => store.restore(backup, now),
    listBackups: () => store.listBackups(),
    copyAside: (now = new Date()) => store.copyAside(now),
  };
}
