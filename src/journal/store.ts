/**
 * The journal file store. Every change is one transaction (`transact`):
 *   lock (lock.ts) → read the bytes → parse them, or reuse the journal already parsed when they
 *   are the bytes last read or written → apply a pure edit (core/journalOps.ts) → validate what
 *   the edit changed →
 *   back up the version replaced (backups.ts) → write a temporary file whole (atomicWrite.ts) →
 *   prove the lock is still ours and the file is still what was read → rename → unlock.
 * When the proof fails (this process was paused past the lock's stale period and another one
 * wrote meanwhile), the transaction starts again on the new file, so that process's entries are
 * kept. A file that cannot be read, parsed or validated is never overwritten: every change is
 * refused with a JournalReadError naming the file. See ARCHITECTURE.md, "The journal file".
 */
import * as l10n from '@vscode/l10n';
import { constants as fsConstants, promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';
import { describeError, describeZodError } from '../core/describe';
import type { Edited } from '../core/journalOps';
import { emptyJournal, type JournalFile } from '../core/model';
import { leftoverTemporaryFiles, WriteError, writeFileAtomic } from '../io/atomicWrite';
import { backupFolder, copyAside, hasBackups, listBackups, makeBackup, type Backup } from './backups';
import { CONTENT_PROBLEMS, JournalReadError, parseJournal, serializeJournal, validateEdited } from './format';
import { acquireLock, LockBusyError, LockLostError, type HeldLock } from './lock';

/** Options of a JournalStore. */
export interface StoreOptions {
  /** Create the file's folder when it is missing (the default location); otherwise a missing folder is an error. */
  readonly createFolder?: boolean;
  /** How many previous versions to keep in `<file>.backups/` (setting `impactJournal.backups`; 0 keeps none). Default 10. */
  readonly backups?: number;
  /** The lock's stale period (ms; lock.ts). Default 10,000. Tests shorten it. */
  readonly lockStaleMs?: number;
}

/** A backup with the number of live entries it holds (undefined when it cannot be read). */
export interface BackupInfo extends Backup {
  readonly entries: number | undefined;
}

/** What a transaction read: the file's bytes and identity (undefined when it does not exist yet) and the journal they hold. */
interface Snapshot {
  readonly bytes: Buffer | undefined;
  readonly stat: Stats | undefined;
  readonly journal: JournalFile;
}

/** The file changed between the read and the write of a transaction. */
class ChangedMeanwhile extends Error {}

/** How often a transaction starts again when its proof fails before it gives up. */
const ATTEMPTS = 5;

function sameFile(a: Stats | undefined, b: Stats | undefined): boolean {
  // file system times against file system times: never a process clock
  return a === undefined ? b === undefined : b !== undefined && a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/**
 * The store for one journal file. Remembers whether it has seen the file exist (so a file that
 * vanishes — moved, deleted, evicted by a sync client — is refused rather than replaced by a new
 * one) and the journal it last read or wrote with its bytes (the same bytes again are not parsed
 * again: comparing 9 MB costs about a millisecond, parsing and validating them about 100).
 */
export class JournalStore {
  private existed = false;
  private parsed: { readonly bytes: Buffer; readonly journal: JournalFile } | undefined;

  /** `file`: absolute path of the journal JSON file. It need not exist yet. */
  constructor(
    readonly file: string,
    private readonly options: StoreOptions = {},
  ) {}

  /**
   * Reads and validates the file (no lock: a reader sees one whole version, as writes are atomic).
   * A missing file is an empty journal. The journal returned is shared with later reads: do not
   * change it (edit through `transact`). Throws JournalReadError when the file cannot be used.
   */
  async read(): Promise<JournalFile> {
    return (await this.snapshot(this.file)).journal;
  }

  /** Reads the file once: its bytes, its identity and the journal it holds. */
  private async snapshot(file: string): Promise<Snapshot> {
    let stat: Stats;
    let bytes: Buffer;
    try {
      stat = await fs.stat(file);
      if (!stat.isFile()) throw new JournalReadError(this.file, 'notAFile', l10n.t('The journal file {0} is not a regular file.', this.file));
      bytes = await fs.readFile(file);
    } catch (err) {
      if (err instanceof JournalReadError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        if (this.existed || (await hasBackups(backupFolder(await this.canonicalPath().catch(() => this.file))))) {
          throw new JournalReadError(
            this.file,
            'vanished',
            l10n.t(
              'The journal file {0} has disappeared (moved, deleted, or not synced yet) though it had backups in {0}.backups; nothing will be written until it is back. Restore a backup, or delete that folder to start a new journal.',
              this.file,
            ),
          );
        }
        return { bytes: undefined, stat: undefined, journal: emptyJournal() };
      }
      throw this.unreadable(err);
    }
    const journal = this.parsed?.bytes.equals(bytes) ? this.parsed.journal : parseJournal(this.file, bytes);
    this.parsed = { bytes, journal };
    this.existed = true;
    return { bytes, stat, journal };
  }

  /** A file system error reading the journal, said for people. */
  private unreadable(err: unknown): JournalReadError {
    const code = (err as NodeJS.ErrnoException).code;
    const message =
      code === 'EACCES' || code === 'EPERM'
        ? l10n.t('The journal file {0} cannot be read: you do not have permission to read it.', this.file)
        : code === 'ELOOP'
          ? l10n.t('The journal file {0} cannot be read: its path is a loop of symbolic links.', this.file)
          : code === 'EISDIR'
            ? l10n.t('The journal file {0} is a folder, not a file.', this.file)
            : l10n.t('The journal file {0} cannot be read ({1}).', this.file, describeError(err));
    return new JournalReadError(this.file, 'unreadable', message);
  }

  /**
   * Runs `edit` (pure: see core/journalOps.ts) on the journal as it is on disk, under the
   * cross-process lock, and writes the result atomically; returns what the edit returned, as
   * written. `edit` may run more than once (on a fresh read) if another process wrote meanwhile.
   * `now` names the backup. Throws JournalReadError (nothing written: the file cannot be used, or
   * the write failed), LockBusyError, or what `edit` throws for invalid input.
   */
  async transact<T>(edit: (journal: JournalFile) => Edited<T>, now: Date): Promise<Edited<T>> {
    return this.run(async (_target, read) => {
      const snapshot = await read();
      return { snapshot, edited: edit(snapshot.journal), keep: this.options.backups ?? 10 };
    }, now);
  }

  /**
   * The transaction loop: lock, `prepare` (read and edit), write with the proof before the rename,
   * unlock; again on a lost lock or a file changed meanwhile, at most ATTEMPTS times.
   */
  private async run<T>(
    prepare: (target: string, read: () => Promise<Snapshot>) => Promise<{ snapshot: Snapshot; edited: Edited<T>; keep: number }>,
    now: Date,
  ): Promise<Edited<T>> {
    for (let attempt = 1; ; attempt++) {
      const target = await this.canonicalPath();
      const lock = await this.lock(target);
      try {
        await this.removeLeftovers(target);
        const { snapshot, edited, keep } = await prepare(target, () => this.snapshot(target));
        const checked = validateEdited(edited.journal, snapshot.journal);
        if (!checked.success) throw new Error(l10n.t('Refusing to write an invalid journal: {0}', describeZodError(checked.error)));
        const bytes = serializeJournal(checked.data);
        if (snapshot.bytes !== undefined) {
          // an atomic rename would replace a read-only file: honour its permissions explicitly
          await fs.access(target, fsConstants.W_OK).catch(() => {
            throw new JournalReadError(
              this.file,
              'readOnly',
              l10n.t('The journal file {0} is read-only: it was not changed. Give yourself write permission on it to save entries.', this.file),
            );
          });
          await makeBackup(target, keep, now);
        }
        await writeFileAtomic(target, bytes, {
          beforeRename: async () => {
            await lock.verify();
            await this.unchanged(target, snapshot);
          },
        });
        this.parsed = { bytes, journal: checked.data };
        this.existed = true;
        return { journal: checked.data, result: edited.result };
      } catch (err) {
        if ((err instanceof LockLostError || err instanceof ChangedMeanwhile) && attempt < ATTEMPTS) continue;
        if (err instanceof LockLostError || err instanceof ChangedMeanwhile) {
          throw new JournalReadError(
            this.file,
            'notWritten',
            l10n.t(
              'The journal file {0} was changed by other processes {1} times while this change was being written; nothing was written. Try again.',
              this.file,
              ATTEMPTS,
            ),
          );
        }
        if (err instanceof WriteError)
          throw new JournalReadError(this.file, 'notWritten', l10n.t('The journal file {0} was not changed: {1}.', this.file, err.message.replace(/\.$/, '')));
        throw err;
      } finally {
        await lock.release();
      }
    }
  }

  private async lock(target: string): Promise<HeldLock> {
    try {
      return await acquireLock(target, { staleMs: this.options.lockStaleMs });
    } catch (err) {
      if (err instanceof LockBusyError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
        throw new JournalReadError(
          this.file,
          'readOnly',
          l10n.t(
            'The journal file {0} cannot be changed: its folder {1} is not writable ({2}). Give yourself write permission on the folder, or choose another file in impactJournal.journalFile.',
            this.file,
            path.dirname(target),
            code,
          ),
        );
      }
      throw new JournalReadError(this.file, 'notWritten', l10n.t('The journal file {0} cannot be locked for writing ({1}).', this.file, describeError(err)));
    }
  }

  /** Throws ChangedMeanwhile unless the file at `target` is still the one `snapshot` read (identity, then content). */
  private async unchanged(target: string, snapshot: Snapshot): Promise<void> {
    const stat = await fs.stat(target).catch(() => undefined);
    if (!sameFile(snapshot.stat, stat)) throw new ChangedMeanwhile();
    if (snapshot.bytes === undefined) return;
    const bytes = await fs.readFile(target).catch(() => undefined);
    if (!bytes?.equals(snapshot.bytes)) throw new ChangedMeanwhile();
  }

  /** Deletes temporary copies of the journal left by writers killed mid-write (we hold the lock: none is live). */
  private async removeLeftovers(target: string): Promise<void> {
    for (const file of await leftoverTemporaryFiles(target)) await fs.rm(file, { force: true }).catch(() => undefined);
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
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw this.unreadable(err);
    }
    const dir = path.dirname(this.file);
    if (this.options.createFolder) await fs.mkdir(dir, { recursive: true }).catch(() => undefined);
    try {
      const realDir = await fs.realpath(dir);
      const name = path.basename(this.file);
      const link = await fs.lstat(path.join(realDir, name)).catch(() => undefined);
      if (link?.isSymbolicLink())
        throw new JournalReadError(this.file, 'unreadable', l10n.t('The journal file {0} is a symbolic link to a file that does not exist.', this.file));
      return path.join(realDir, name);
    } catch (err) {
      if (err instanceof JournalReadError) throw err;
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw this.unreadable(err);
      throw new JournalReadError(
        this.file,
        'noFolder',
        l10n.t('The journal file {0} cannot be created: its folder {1} does not exist. Create the folder or change impactJournal.journalFile.', this.file, dir),
      );
    }
  }

  /** Folder of the rolling backups, beside the real file. */
  async backupFolder(): Promise<string> {
    return backupFolder(await this.canonicalPath());
  }

  /** Backups, newest first, with the number of live entries each holds. */
  async listBackups(): Promise<BackupInfo[]> {
    const backups = await listBackups(await this.backupFolder());
    return Promise.all(
      backups.map(async (b): Promise<BackupInfo> => {
        try {
          return { ...b, entries: parseJournal(b.path, await fs.readFile(b.path)).entries.filter((e) => !e.deletedAt).length };
        } catch {
          return { ...b, entries: undefined };
        }
      }),
    );
  }

  /**
   * Replaces the journal with a backup, in a transaction like every change (a lost lock refuses it
   * the same way). The version replaced is itself kept: as a backup when it is readable, whatever
   * the backup count, and copied aside (`copyAside`) when it is not. Throws JournalReadError when
   * the backup cannot be read.
   */
  async restore(backupPath: string, now: Date): Promise<JournalFile> {
    let restored: JournalFile;
    try {
      restored = parseJournal(backupPath, await fs.readFile(backupPath));
    } catch (err) {
      if (err instanceof JournalReadError) throw err;
      throw new JournalReadError(backupPath, 'unreadable', l10n.t('The journal file {0} cannot be read ({1}).', backupPath, describeError(err)));
    }
    const done = await this.run(async (_target, read) => {
      try {
        return { snapshot: await read(), edited: { journal: restored, result: undefined }, keep: Math.max(this.options.backups ?? 10, 1) };
      } catch (err) {
        if (!(err instanceof JournalReadError) || !CONTENT_PROBLEMS.has(err.problem)) throw err;
        // an unreadable file is replaced, but never lost: its bytes are copied aside first
        await this.copyAside(now);
        const stat = await fs.stat(_target);
        return { snapshot: { bytes: await fs.readFile(_target), stat, journal: restored }, edited: { journal: restored, result: undefined }, keep: 0 };
      }
    }, now);
    return done.journal;
  }

  /** Copies the file aside as `<file>.unreadable-<time>` (backups.ts `copyAside`); `now` names the copy. */
  copyAside(now: Date): Promise<string | undefined> {
    return copyAside(this.file, now);
  }
}
