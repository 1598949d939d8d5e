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
export type JournalProblem = 'unreadable' | 'notAFile' | 'empty' | 'invalidJson' | 'invalidShape' | 'newerVersion';

/** The journal file exists but cannot be used; it is left untouched. */
export class JournalReadError extends Error {
  constructor(
    readonly file: string,
    readonly problem: JournalProblem,
    detail: string,
  ) {
    super(`The journal file ${file} ${detail}. It was not changed; fix or replace it, then try again.`);
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

/** The store for one journal file. Holds no state between calls except the path. */
export class JournalStore {
  /** `file`: absolute path of the journal JSON file. It need not exist yet. */
  constructor(readonly file: string) {}

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
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyJournal();
      throw new JournalReadError(this.file, 'unreadable', `cannot be read (${(err as Error).message})`);
    }
    return this.parse(text);
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
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    const release = await lockfile.lock(this.file, LOCK_OPTIONS);
    try {
      const journal = await this.read();
      change(journal);
      const checked = JournalFile.safeParse(journal);
      if (!checked.success) throw new Error(`Refusing to write an invalid journal: ${describeZodError(checked.error)}`);
      await writeFileAtomic(this.file, `${JSON.stringify(checked.data, null, 2)}\n`, { fsync: true });
      return checked.data;
    } finally {
      await release();
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
