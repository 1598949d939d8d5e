/**
 * Writes a file whole or not at all: the data goes to a temporary file beside the target, every
 * byte is written (a short write on a full disk is an error, not a shorter file), flushed to disk
 * and its size checked before it is renamed over the target; then the folder is flushed, so the
 * rename itself survives a power cut. On any failure the temporary file is removed and the target
 * is left exactly as it was.
 *
 * write-file-atomic, used before, issues one `write` and never checks how many bytes it took: on a
 * nearly full disk it renamed a truncated file over the journal and reported success. Node's
 * `FileHandle.writeFile` loops until all bytes are written or throws (ENOSPC, EDQUOT, EFBIG).
 */
import * as l10n from '@vscode/l10n';
import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { describeError } from '../core/describe';

/** Options of `writeFileAtomic`. */
export interface AtomicWriteOptions {
  /** File mode of a new file (an existing file keeps its own). Default 0o666 (less the umask). */
  readonly mode?: number;
  /**
   * Runs after the data is safely in the temporary file and before the rename: the last moment to
   * refuse (throwing leaves the target untouched). The journal store proves here that it still
   * holds the lock and that the file is still what it read.
   */
  readonly beforeRename?: () => Promise<void>;
}

/** The write could not be completed; the target is unchanged. `code` is the file system's (ENOSPC, EACCES, …). */
export class WriteError extends Error {
  constructor(
    readonly file: string,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'WriteError';
  }
}

/** Prefix of the temporary files this module makes beside `file` (see `leftoverTemporaryFiles`). */
function temporaryPrefix(file: string): string {
  return `.${path.basename(file)}.`;
}

/** `.journal.json.<pid>.<random>.tmp` */
const TEMPORARY = /^\.(.+)\.\d+\.[0-9a-f]{12}\.tmp$/;

/** What an error means for a person, naming the file. */
export function describeWriteError(file: string, err: unknown, bytes?: number): WriteError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const dir = path.dirname(file);
  const message =
    code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG'
      ? bytes === undefined
        ? l10n.t('There is not enough space to write {0}; it was left as it was. Free some disk space and try again.', file)
        : l10n.t(
            'There is not enough space to write {0} ({1} bytes); it was left as it was. Free some disk space and try again.',
            file,
            bytes.toLocaleString('en'),
          )
      : code === 'EACCES' || code === 'EPERM'
        ? l10n.t('{0} cannot be written: you do not have permission to write in {1}. It was left as it was.', file, dir)
        : code === 'EROFS'
          ? l10n.t('{0} cannot be written: {1} is on a read-only file system. It was left as it was.', file, dir)
          : code === 'ELOOP'
            ? l10n.t('{0} cannot be written: its path is a loop of symbolic links.', file)
            : code === 'ENOENT' || code === 'ENOTDIR'
              ? l10n.t('{0} cannot be written: its folder {1} does not exist.', file, dir)
              : l10n.t('{0} could not be written ({1}); it was left as it was.', file, describeError(err));
  return new WriteError(file, code, message);
}

/**
 * Writes `data` to `file` atomically (see the module comment). A target that exists but is not a
 * regular file (a FIFO, `/dev/null`, a terminal) is written into directly, never replaced.
 * Throws WriteError (target unchanged), or what `beforeRename` throws.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const existing = await fs.stat(file).catch(() => undefined);
  if (existing && !existing.isFile()) {
    if (existing.isDirectory()) throw new WriteError(file, 'EISDIR', l10n.t('{0} is a folder, not a file.', file));
    await options.beforeRename?.();
    await fs.writeFile(file, bytes).catch((err: unknown) => {
      throw describeWriteError(file, err, bytes.length);
    });
    return;
  }
  const dir = path.dirname(file);
  const temporary = path.join(dir, `${temporaryPrefix(file)}${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    try {
      handle = await fs.open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, existing ? existing.mode & 0o7777 : (options.mode ?? 0o666));
      await handle.writeFile(bytes);
      await handle.sync();
      const written = (await handle.stat()).size;
      if (written !== bytes.length) throw Object.assign(new Error(`only ${written} of ${bytes.length} bytes were written`), { code: 'ENOSPC' });
      if (existing) await handle.chmod(existing.mode & 0o7777).catch(() => undefined); // the umask applied at open
      await handle.close();
      handle = undefined;
    } catch (err) {
      throw describeWriteError(file, err, bytes.length);
    }
    await options.beforeRename?.();
    try {
      await fs.rename(temporary, file);
    } catch (err) {
      throw describeWriteError(file, err, bytes.length);
    }
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw err;
  }
  await syncFolder(dir);
}

/** Flushes a folder's entries (the rename) to disk. Not possible on every OS or file system; then a no-op. */
export async function syncFolder(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, constants.O_RDONLY);
    await handle.sync();
  } catch {
    // Windows cannot open a folder; some network file systems refuse fsync on one
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Temporary files beside `file` left by writers killed mid-write (this module's, and
 * write-file-atomic's `<name>.<number>` of earlier versions). Only safe to delete while holding the
 * file's lock: no live writer of `file` then has one open.
 */
export async function leftoverTemporaryFiles(file: string): Promise<string[]> {
  const dir = path.dirname(file);
  const base = path.basename(file);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const legacy = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.\\d+$`);
  return names.filter((n) => TEMPORARY.exec(n)?.[1] === base || legacy.test(n)).map((n) => path.join(dir, n));
}
