/**
 * The journal file store (DESIGN.md §4). Every change: cross-process lock (proper-lockfile) →
 * re-read the file → apply the change to what is on disk now → validate (zod) → atomic write
 * (write-file-atomic: temp file, fsync, rename) → unlock. A file that cannot be read, parsed or
 * validated is never overwritten: every change is refused with a JournalReadError naming the file.
 */
import { randomUUID } from 'node:crypto';
import { constants as fsConstants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type * as Lockfile from 'proper-lockfile';
import type { Options as WriteOptions } from 'write-file-atomic';
import * as z from 'zod';
import { applyMerge, type MergePlan } from './journalMerge';
import { migrate, versionOf } from './migrations';
import { Assessment, emptyJournal, Entry, Goal, JournalFile, SCHEMA_VERSION, type EntryKind, type Source } from './model';

/** Why a journal file could not be used. */
export type JournalProblem = 'unreadable' | 'notAFile' | 'empty' | 'invalidJson' | 'invalidShape' | 'newerVersion' | 'vanished' | 'noFolder' | 'readOnly';

/** The journal file exists but cannot be used; it is left untouched. */
export class JournalReadError extends Error {
  /** For a file from a newer version whose entries could still be read: the journal, to show read-only. */
  journal: JournalFile | undefined;
  /** Where a copy of the unreadable file was put (see `JournalStore.copyAside`), once it was. */
  copy: string | undefined;

  constructor(
    readonly file: string,
    readonly problem: JournalProblem,
    detail: string,
  ) {
    const advice = problem === 'vanished' || problem === 'noFolder' || problem === 'readOnly' ? '' : ' It was not changed; fix or replace it, then try again.';
    super(`The journal file ${file} ${detail}.${advice}`);
    this.name = 'JournalReadError';
  }
}

/** What a caller supplies to create an entry; ids and timestamps are filled in by the store. */
export interface NewEntry {
  readonly kind: EntryKind;
  readonly title: string;
  readonly body: string;
  readonly competencies: readonly string[];
  /** ISO date `YYYY-MM-DD` of the work. */
  readonly occurredAt: string;
  readonly sources: readonly Source[];
  readonly tags?: readonly string[];
}

/** Fields of an entry a user can edit. */
export type EntryPatch = Partial<Pick<Entry, 'kind' | 'title' | 'body' | 'competencies' | 'occurredAt' | 'tags' | 'goals'>>;

/** A goal as a caller supplies it: without `id` it is a new goal (the store gives it a UUID). */
export type GoalInput = Omit<Goal, 'id'> & { readonly id?: string };


/**
 * proper-lockfile and write-file-atomic (which patch and wrap `fs` when loaded) are loaded on the
 * first write, not when the extension activates (issue 8: nothing heavy at activation).
 */
async function lockfile(): Promise<typeof Lockfile> {
  return (await import('proper-lockfile')).default;
}

async function writeFileAtomic(file: string, data: string, options: WriteOptions): Promise<void> {
  await (await import('write-file-atomic')).default(file, data, options);
}

/**
 * Lock settings: a lock not refreshed for 10 s is stale (its holder crashed) and is taken over;
 * retries span ~15 s, longer than that, so a crashed holder never blocks a writer for good.
 */
const LOCK_OPTIONS: Lockfile.LockOptions = {
  realpath: false,
  stale: 10_000,
  retries: { retries: 60, factor: 1.3, minTimeout: 10, maxTimeout: 300, randomize: false },
};

/** Formats a zod error as `path: message; …` for people. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

/** Options of a JournalStore. */
export interface StoreOptions {
  /** Create the file's folder when it is missing (the default location); otherwise a missing folder is an error. */
  readonly createFolder?: boolean;
  /** How many previous versions to keep in `<file>.backups/` (setting `impactJournal.backups`; 0 keeps none). Default 10. */
  readonly backups?: number;
  /**
   * Delete backups beyond `backups` (default true). The CLI, which does not know the user's
   * setting, keeps every backup it makes rather than pruning to a count it guessed.
   */
  readonly prune?: boolean;
}

/** A backup of the journal, as listed by `listBackups`. */
export interface Backup {
  readonly path: string;
  /** When the version it holds was replaced. */
  readonly date: Date;
  /** Live entries in it, or undefined if it cannot be read. */
  readonly entries: number | undefined;
}

/** `2026-11-22T02-40-00-123Z`: an ISO timestamp usable in file names on every OS. */
function fileStamp(date: Date): string {
  return date.toISOString().replace(/:/g, '-').replace('.', '-');
}

function stampDate(name: string): Date | undefined {
  const m = /(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name);
  return m ? new Date(`${m[1]}:${m[2]}:${m[3]}.${m[4]}Z`) : undefined;
}

const Envelope = JournalFile.extend({ entries: z.array(z.unknown()) });

/**
 * Validates journal data, stopping at the first invalid entry: a huge file of the wrong shape
 * gives one message, not millions of issues held in memory. Returns the journal or a message.
 */
function firstProblem(data: unknown): { journal: JournalFile } | string {
  const envelope = Envelope.safeParse(data);
  if (!envelope.success) return describeZodError(envelope.error);
  const entries: Entry[] = [];
  for (const [i, raw] of envelope.data.entries.entries()) {
    const entry = Entry.safeParse(raw);
    if (!entry.success) return `entries.${i}: ${describeZodError(entry.error)}`;
    entries.push(entry.data);
  }
  return { journal: { ...envelope.data, entries } };
}

/**
 * The store for one journal file. Remembers only whether it has seen the file exist, so a file that
 * vanishes (moved, deleted, evicted by a sync client) is refused rather than replaced by a new one.
 */
export class JournalStore {
  private existed = false;

  /** `file`: absolute path of the journal JSON file. It need not exist yet. */
  constructor(
    readonly file: string,
    private readonly options: StoreOptions = {},
  ) {}

  /**
   * Reads and validates the file. A missing file is an empty journal.
   * Throws JournalReadError when the file exists but cannot be used.
   */
  async read(): Promise<JournalFile> {
    return (await this.load()).journal;
  }

  /** Reads the file once: its text (undefined when it does not exist yet) and the journal it holds. */
  private async load(): Promise<{ text: string | undefined; journal: JournalFile }> {
    let text: string;
    try {
      const stat = await fs.stat(this.file);
      if (!stat.isFile()) throw new JournalReadError(this.file, 'notAFile', 'is not a regular file');
      text = await fs.readFile(this.file, 'utf8');
    } catch (err) {
      if (err instanceof JournalReadError) throw err;
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        if (this.existed || (await this.hasBackups())) {
          throw new JournalReadError(this.file, 'vanished', `has disappeared (moved, deleted, or not synced yet) though it had backups in ${this.file}.backups; nothing will be written until it is back. Restore a backup, or delete that folder to start a new journal`);
        }
        return { text: undefined, journal: emptyJournal() };
      }
      throw new JournalReadError(this.file, 'unreadable', `cannot be read (${(err as Error).message})`);
    }
    const journal = this.parse(text);
    this.existed = true;
    return { text, journal };
  }

  /** Parses and validates journal text, migrating older formats. Throws JournalReadError. */
  parse(text: string): JournalFile {
    if (text.trim() === '') throw new JournalReadError(this.file, 'empty', 'is empty');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      throw new JournalReadError(this.file, 'invalidJson', `is not valid JSON (${(err as Error).message})`);
    }
    const version = versionOf(data);
    if (version !== undefined && version > SCHEMA_VERSION) {
      const error = new JournalReadError(this.file, 'newerVersion', `was written by a newer version of Impact Journal (format ${version}; this version reads up to ${SCHEMA_VERSION}). It is shown read-only; update the extension to change it`);
      const loose = JournalFile.safeParse(data);
      error.journal = loose.success ? loose.data : undefined;
      throw error;
    }
    const problem = firstProblem(version !== undefined && version < SCHEMA_VERSION ? migrate(data as Record<string, unknown>) : data);
    if (typeof problem === 'string') throw new JournalReadError(this.file, 'invalidShape', `does not have the shape of a journal (${problem})`);
    return problem.journal;
  }

  /**
   * Applies `change` to the journal as it is on disk now, under the cross-process lock, and writes
   * the result atomically. `change` mutates the journal it is given. Returns the journal written.
   * Throws JournalReadError (nothing written) or the lock/write error.
   */
  async change(change: (journal: JournalFile) => void): Promise<JournalFile> {
    const target = await this.canonicalPath();
    let compromised: Error | undefined;
    const release = await (await lockfile()).lock(target, { ...LOCK_OPTIONS, onCompromised: (err) => void (compromised = err) });
    try {
      const { text: before, journal } = await this.load();
      // an atomic rename would replace a read-only file: honour its permissions explicitly
      if (before !== undefined) {
        await fs.access(target, fsConstants.W_OK).catch(() => {
          throw new JournalReadError(this.file, 'readOnly', 'is read-only: it was not changed. Give yourself write permission on it to save entries');
        });
      }
      change(journal);
      const checked = JournalFile.safeParse(journal);
      if (!checked.success) throw new Error(`Refusing to write an invalid journal: ${describeZodError(checked.error)}`);
      if (compromised) throw new Error(`The journal lock was lost before writing (${compromised.message}); nothing was written, try again.`);
      if (before !== undefined) await this.backup(target);
      await writeFileAtomic(target, `${JSON.stringify(checked.data, null, 2)}\n`, { fsync: true });
      this.existed = true;
      return checked.data;
    } finally {
      // the write (if any) is complete: a failing release must not turn a saved change into an error
      await release().catch(() => undefined);
    }
  }

  /**
   * The path every process agrees on for locking and writing: symlinks resolved (of the file, or of
   * its folder when the file does not exist yet), so `link.json` and its target share one lock.
   * Creates the folder when allowed; else a missing folder is a JournalReadError.
   */
  private async canonicalPath(): Promise<string> {
    try {
      return await fs.realpath(this.file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    const dir = path.dirname(this.file);
    if (this.options.createFolder) await fs.mkdir(dir, { recursive: true });
    try {
      const realDir = await fs.realpath(dir);
      const name = path.basename(this.file);
      const link = await fs.lstat(path.join(realDir, name)).catch(() => undefined);
      if (link?.isSymbolicLink()) throw new JournalReadError(this.file, 'unreadable', 'is a symbolic link to a file that does not exist');
      return path.join(realDir, name);
    } catch (err) {
      if (err instanceof JournalReadError) throw err;
      throw new JournalReadError(this.file, 'noFolder', `cannot be created: its folder ${dir} does not exist. Create the folder or change impactJournal.journalFile`);
    }
  }

  /** Folder of the rolling backups, beside the real file (a symlinked journal and its target share it). */
  async backupFolder(): Promise<string> {
    return `${await this.canonicalPath()}.backups`;
  }

  /** True when backups of this journal exist (so a missing file is not a first run). */
  private async hasBackups(): Promise<boolean> {
    const names = await fs.readdir(`${this.file}.backups`).catch(() => [] as string[]);
    return names.some((n) => /^journal-.*\.json$/.test(n));
  }

  /**
   * Keeps the file at `target` (the version about to be replaced, just read under the lock) as a
   * backup, then drops all but the newest `keep` (unless pruning is off). Names sort by time, with a
   * counter so two in one millisecond differ. The bytes are copied by the OS (copyFile, ~5 ms for
   * 9 MB, instead of writing the text again) to a temporary name, then renamed into place, so a
   * crash never leaves a partial backup.
   */
  private async backup(target: string, keep = this.options.backups ?? 10): Promise<void> {
    if (keep <= 0) return;
    const dir = `${target}.backups`;
    await fs.mkdir(dir, { recursive: true });
    const stamp = fileStamp(new Date());
    let name = `journal-${stamp}.json`;
    for (let i = 1; await fs.stat(path.join(dir, name)).then(() => true, () => false); i++) name = `journal-${stamp}-${String(i).padStart(3, '0')}.json`;
    const partial = path.join(dir, `.${name}.${process.pid}.partial`);
    try {
      await fs.copyFile(target, partial);
      await fs.rename(partial, path.join(dir, name));
    } finally {
      await fs.rm(partial, { force: true });
    }
    if (this.options.prune === false) return;
    const names = (await fs.readdir(dir)).filter((n) => /^journal-.*\.json$/.test(n)).sort();
    await Promise.all(names.slice(0, Math.max(0, names.length - keep)).map((n) => fs.rm(path.join(dir, n), { force: true })));
  }

  /** Backups, newest first, with the number of live entries each holds. */
  async listBackups(): Promise<Backup[]> {
    const folder = await this.backupFolder();
    const names = await fs.readdir(folder).catch(() => [] as string[]);
    const backups = await Promise.all(
      names
        .filter((n) => /^journal-.*\.json$/.test(n))
        .map(async (n): Promise<Backup> => {
          const file = path.join(folder, n);
          let entries: number | undefined;
          try {
            entries = this.parse(await fs.readFile(file, 'utf8')).entries.filter((e) => !e.deletedAt).length;
          } catch {
            entries = undefined;
          }
          return { path: file, date: stampDate(n) ?? new Date(0), entries };
        }),
    );
    return backups.sort((a, b) => b.date.getTime() - a.date.getTime() || b.path.localeCompare(a.path));
  }

  /**
   * Replaces the journal with a backup, under the lock. The version replaced is itself kept: as a
   * backup when it is readable, copied aside (see `copyAside`) when it is not. Throws
   * JournalReadError when the backup cannot be read.
   */
  async restore(backupPath: string): Promise<JournalFile> {
    let restored: JournalFile;
    try {
      restored = new JournalStore(backupPath).parse(await fs.readFile(backupPath, 'utf8'));
    } catch (err) {
      if (err instanceof JournalReadError) throw err;
      throw new JournalReadError(backupPath, 'unreadable', `cannot be read (${(err as Error).message})`);
    }
    const target = await this.canonicalPath();
    const release = await (await lockfile()).lock(target, { ...LOCK_OPTIONS, onCompromised: () => undefined });
    try {
      const before = await fs.readFile(target, 'utf8').catch(() => undefined);
      if (before !== undefined) {
        await fs.access(target, fsConstants.W_OK).catch(() => {
          throw new JournalReadError(this.file, 'readOnly', 'is read-only: it was not changed. Give yourself write permission on it to restore a backup');
        });
        let readable = true;
        try {
          this.parse(before);
        } catch {
          readable = false;
        }
        // the version replaced is always kept, whatever the backup count
        if (readable) await this.backup(target, Math.max(this.options.backups ?? 10, 1));
        else await this.copyAside();
      }
      await writeFileAtomic(target, `${JSON.stringify(restored, null, 2)}\n`, { fsync: true });
      this.existed = true;
      return restored;
    } finally {
      await release().catch(() => undefined);
    }
  }

  /**
   * Copies the file as it is to `<file>.unreadable-<timestamp>` (unless the newest such copy already
   * holds the same bytes) and returns the copy's path. Used when the file cannot be parsed, so the
   * user's bytes are safe whatever happens next. Undefined when there is no file to copy.
   */
  async copyAside(): Promise<string | undefined> {
    const bytes = await fs.readFile(this.file).catch(() => undefined);
    if (bytes === undefined) return undefined;
    const dir = path.dirname(this.file);
    const base = path.basename(this.file);
    const copies = (await fs.readdir(dir)).filter((n) => n.startsWith(`${base}.unreadable-`)).sort();
    const last = copies.at(-1);
    if (last) {
      const previous = await fs.readFile(path.join(dir, last)).catch(() => undefined);
      if (previous?.equals(bytes)) return path.join(dir, last);
    }
    const copy = path.join(dir, `${base}.unreadable-${fileStamp(new Date())}`);
    await fs.writeFile(copy, bytes, { flag: 'wx' });
    return copy;
  }

  /** Merges another journal into this one by entry id and `updatedAt` (see journalMerge.ts). */
  async importJournal(incoming: JournalFile): Promise<MergePlan> {
    let plan: MergePlan | undefined;
    await this.change((journal) => void (plan = applyMerge(journal, incoming)));
    return plan!;
  }

  /** Adds an entry; returns it with its new id. Throws a zod-derived Error for invalid input. */
  async addEntry(input: NewEntry, now: Date = new Date()): Promise<Entry> {
    const stamp = now.toISOString();
    const parsed = Entry.safeParse({
      id: randomUUID(),
      kind: input.kind,
      title: input.title.trim(),
      body: input.body,
      competencies: [...input.competencies],
      occurredAt: input.occurredAt,
      createdAt: stamp,
      updatedAt: stamp,
      sources: [...input.sources],
      tags: [...(input.tags ?? [])],
    });
    if (!parsed.success) throw new Error(`The entry is not valid: ${describeZodError(parsed.error)}`);
    await this.change((journal) => void journal.entries.push(parsed.data));
    return parsed.data;
  }

  /** Edits an entry in place; throws if there is no live entry with this id. */
  async updateEntry(id: string, patch: EntryPatch, now: Date = new Date()): Promise<Entry> {
    let updated: Entry | undefined;
    await this.change((journal) => {
      const i = journal.entries.findIndex((e) => e.id === id && e.deletedAt === undefined);
      if (i < 0) throw new Error(`No entry with id ${id} in the journal.`);
      const next = Entry.safeParse({ ...journal.entries[i], ...patch, updatedAt: now.toISOString() });
      if (!next.success) throw new Error(`The entry is not valid: ${describeZodError(next.error)}`);
      journal.entries[i] = updated = next.data;
    });
    return updated!;
  }

  /** Deletes an entry, leaving a tombstone (`deletedAt`) so the deletion merges across machines. */
  async deleteEntry(id: string, now: Date = new Date()): Promise<void> {
    await this.change((journal) => {
      const entry = journal.entries.find((e) => e.id === id && e.deletedAt === undefined);
      if (!entry) throw new Error(`No entry with id ${id} in the journal.`);
      entry.deletedAt = entry.updatedAt = now.toISOString();
    });
  }

  /**
   * Undoes `deleteEntry`: removes the tombstone and stamps `updatedAt`, so the restored entry also
   * wins over the deletion when journals merge. Throws when no deleted entry has that id.
   */
  async restoreEntry(id: string, now: Date = new Date()): Promise<Entry> {
    let restored: Entry | undefined;
    await this.change((journal) => {
      const entry = journal.entries.find((e) => e.id === id && e.deletedAt !== undefined);
      if (!entry) throw new Error(`No deleted entry with id ${id} in the journal.`);
      delete entry.deletedAt;
      entry.updatedAt = now.toISOString();
      restored = entry;
    });
    return restored!;
  }

  /** Adds a goal (no `id`) or replaces the goal with that id; returns it as stored. Throws on an invalid goal. */
  async saveGoal(input: GoalInput): Promise<Goal> {
    const parsed = Goal.safeParse({ ...input, id: input.id ?? randomUUID() });
    if (!parsed.success) throw new Error(`The goal is not valid: ${describeZodError(parsed.error)}`);
    const goal = parsed.data;
    await this.change((journal) => {
      const i = journal.goals.findIndex((g) => g.id === goal.id);
      if (i >= 0) journal.goals[i] = { ...journal.goals[i], ...goal };
      else if (input.id !== undefined) throw new Error(`No goal with id ${input.id} in the journal.`);
      else journal.goals.push(goal);
    });
    return goal;
  }

  /**
   * Deletes a goal and unlinks it from entries (their `updatedAt` is stamped so the unlinking
   * merges). Throws when there is no goal with that id.
   */
  async deleteGoal(id: string, now: Date = new Date()): Promise<void> {
    await this.change((journal) => {
      const before = journal.goals.length;
      journal.goals = journal.goals.filter((g) => g.id !== id);
      if (journal.goals.length === before) throw new Error(`No goal with id ${id} in the journal.`);
      for (const entry of journal.entries) {
        if (!entry.goals?.includes(id)) continue;
        entry.goals = entry.goals.filter((g) => g !== id);
        entry.updatedAt = now.toISOString();
      }
    });
  }

  /**
   * Sets the self-rating and optional manager rating (1–5) of `competency` for `quarter` (a quarter
   * key); `self: undefined` removes the rating. Throws on a rating outside 1–5.
   */
  async rate(competency: string, quarter: string, self: number | undefined, manager: number | undefined): Promise<void> {
    const rating = self === undefined ? undefined : Assessment.parse({ competency, quarter, self, ...(manager === undefined ? {} : { manager }) });
    await this.change((journal) => {
      const i = journal.assessments.findIndex((a) => a.competency === competency && a.quarter === quarter);
      if (!rating) {
        if (i >= 0) journal.assessments.splice(i, 1);
      } else if (i >= 0) {
        // keep fields a newer version added; drop `manager` when it was cleared
        const { manager: _old, ...rest } = journal.assessments[i];
        journal.assessments[i] = { ...rest, ...rating };
      } else {
        journal.assessments.push(rating);
      }
    });
  }

  /** Records source keys (see `sourceKey`) the user chose not to log. */
  async dismiss(keys: readonly string[]): Promise<void> {
    await this.change((journal) => {
      const set = new Set(journal.dismissed);
      for (const k of keys) set.add(k);
      journal.dismissed = [...set];
    });
  }
}
