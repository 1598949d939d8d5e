/**
 * The journal file store (DESIGN.md §4). Every change: cross-process lock (proper-lockfile) →
 * re-read the file → apply the change to what is on disk now → validate (zod) → atomic write
 * (write-file-atomic: temp file, fsync, rename) → unlock. A file that cannot be read, parsed or
 * validated is never overwritten: every change is refused with a JournalReadError naming the file.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as lockfile from 'proper-lockfile';
import writeFileAtomic from 'write-file-atomic';
import type { z } from 'zod';
import { emptyJournal, Entry, JournalFile, SCHEMA_VERSION, type EntryKind, type Source } from './model';

/** Why a journal file could not be used. */
export type JournalProblem = 'unreadable' | 'notAFile' | 'empty' | 'invalidJson' | 'invalidShape' | 'newerVersion' | 'vanished' | 'noFolder';

/** The journal file exists but cannot be used; it is left untouched. */
export class JournalReadError extends Error {
  constructor(
    readonly file: string,
    readonly problem: JournalProblem,
    detail: string,
  ) {
    const advice = problem === 'vanished' || problem === 'noFolder' ? '' : ' It was not changed; fix or replace it, then try again.';
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
export type EntryPatch = Partial<Pick<Entry, 'kind' | 'title' | 'body' | 'competencies' | 'occurredAt' | 'tags'>>;

/** Lock settings: retry for up to ~5 s; a lock not refreshed for 10 s is stale (its holder crashed). */
const LOCK_OPTIONS: lockfile.LockOptions = {
  realpath: false,
  stale: 10_000,
  retries: { retries: 40, factor: 1.3, minTimeout: 10, maxTimeout: 300, randomize: true },
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
    let text: string;
    try {
      const stat = await fs.stat(this.file);
      if (!stat.isFile()) throw new JournalReadError(this.file, 'notAFile', 'is not a regular file');
      text = await fs.readFile(this.file, 'utf8');
    } catch (err) {
      if (err instanceof JournalReadError) throw err;
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        if (this.existed) throw new JournalReadError(this.file, 'vanished', 'has disappeared since it was last read (moved, deleted, or not synced yet); nothing will be written until it is back');
        return emptyJournal();
      }
      throw new JournalReadError(this.file, 'unreadable', `cannot be read (${(err as Error).message})`);
    }
    const journal = this.parse(text);
    this.existed = true;
    return journal;
  }

  private parse(text: string): JournalFile {
    if (text.trim() === '') throw new JournalReadError(this.file, 'empty', 'is empty');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      throw new JournalReadError(this.file, 'invalidJson', `is not valid JSON (${(err as Error).message})`);
    }
    const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version > SCHEMA_VERSION) {
      throw new JournalReadError(this.file, 'newerVersion', `was written by a newer version of Impact Journal (format ${version}; this version reads up to ${SCHEMA_VERSION}). Update the extension`);
    }
    const parsed = JournalFile.safeParse(data);
    if (!parsed.success) {
      throw new JournalReadError(this.file, 'invalidShape', `does not have the shape of a journal (${describeZodError(parsed.error)})`);
    }
    return parsed.data;
  }

  /**
   * Applies `change` to the journal as it is on disk now, under the cross-process lock, and writes
   * the result atomically. `change` mutates the journal it is given. Returns the journal written.
   * Throws JournalReadError (nothing written) or the lock/write error.
   */
  async change(change: (journal: JournalFile) => void): Promise<JournalFile> {
    const target = await this.canonicalPath();
    let compromised: Error | undefined;
    const release = await lockfile.lock(target, { ...LOCK_OPTIONS, onCompromised: (err) => void (compromised = err) });
    try {
      const journal = await this.read();
      change(journal);
      const checked = JournalFile.safeParse(journal);
      if (!checked.success) throw new Error(`Refusing to write an invalid journal: ${describeZodError(checked.error)}`);
      if (compromised) throw new Error(`The journal lock was lost before writing (${compromised.message}); nothing was written, try again.`);
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

  /** Records source keys (see `sourceKey`) the user chose not to log. */
  async dismiss(keys: readonly string[]): Promise<void> {
    await this.change((journal) => {
      const set = new Set(journal.dismissed);
      for (const k of keys) set.add(k);
      journal.dismissed = [...set];
    });
  }
}
