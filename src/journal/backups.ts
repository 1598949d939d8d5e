/**
 * Backups of the journal: the version each change replaced, kept in `<file>.backups/` beside the
 * real file (a symlinked journal and its target share them), and copies of a file that could not be
 * read (`<file>.unreadable-<time>`), kept before anything else happens to it.
 *
 * Backups are ordered by a sequence number in their name, never by time: processes whose clocks
 * disagree must not prune each other's newest backups (ARCHITECTURE.md, "The journal file"). The
 * time in a name is when that process thought it was, for people only. Names of earlier versions
 * (`journal-<time>.json`) are kept and count as older than every numbered one.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { describeWriteError } from '../io/atomicWrite';

/** A backup of the journal, as listed by `listBackups`. */
export interface Backup {
  readonly path: string;
  /** When the version it holds was replaced (the clock of the process that replaced it). */
  readonly date: Date;
  /** Its place in the order of backups: higher is newer. */
  readonly sequence: number;
}

const NAME = /^journal-.*\.json$/;
const NUMBERED = /^journal-(\d{6,})-/;

/** `2026-11-22T02-40-00-123Z`: an ISO timestamp usable in file names on every OS. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/:/g, '-').replace('.', '-');
}

function stampDate(name: string): Date | undefined {
  const m = /(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name);
  return m ? new Date(`${m[1]}:${m[2]}:${m[3]}.${m[4]}Z`) : undefined;
}

/** The backups folder of the journal whose real (canonical) path is `target`. */
export function backupFolder(target: string): string {
  return `${target}.backups`;
}

/** Backups in `folder`, newest first (by sequence; earlier versions' names by name, before all numbered ones). */
export async function listBackups(folder: string): Promise<Backup[]> {
  const names = (await fs.readdir(folder).catch(() => [] as string[])).filter((n) => NAME.test(n));
  // earlier versions' names sort by time in their name; they all come before numbered ones
  const legacy = names.filter((n) => !NUMBERED.test(n)).sort();
  const backups = names.map((n): Backup => {
    const numbered = NUMBERED.exec(n);
    return { path: path.join(folder, n), date: stampDate(n) ?? new Date(0), sequence: numbered ? legacy.length + Number(numbered[1]) : legacy.indexOf(n) };
  });
  return backups.sort((a, b) => b.sequence - a.sequence || b.path.localeCompare(a.path));
}

/** True when `folder` holds backups (so a missing journal is not a first run). */
export async function hasBackups(folder: string): Promise<boolean> {
  return (await listBackups(folder)).length > 0;
}

/**
 * Copies the file at `target` (the version about to be replaced, read under the lock) into the
 * backups folder as the newest backup, then deletes all but the newest `keep`. The bytes are copied
 * by the OS to a temporary name, checked for size, then renamed into place, so a crash or a full
 * disk never leaves a partial backup. `now` only names it. Throws WriteError (nothing changed).
 */
export async function makeBackup(target: string, keep: number, now: Date): Promise<void> {
  if (keep <= 0) return;
  const folder = backupFolder(target);
  try {
    await fs.mkdir(folder, { recursive: true });
  } catch (err) {
    throw describeWriteError(folder, err);
  }
  const existing = await listBackups(folder);
  const last = existing.map((b) => NUMBERED.exec(path.basename(b.path))).find((m) => m !== null);
  const sequence = (last ? Number(last[1]) : 0) + 1;
  const name = `journal-${String(sequence).padStart(6, '0')}-${fileStamp(now)}.json`;
  const partial = path.join(folder, `.${name}.${process.pid}.partial`);
  try {
    await fs.copyFile(target, partial);
    const [from, to] = await Promise.all([fs.stat(target), fs.stat(partial)]);
    if (from.size !== to.size) throw Object.assign(new Error('short copy'), { code: 'ENOSPC' });
    await fs.rename(partial, path.join(folder, name));
  } catch (err) {
    throw describeWriteError(path.join(folder, name), err);
  } finally {
    await fs.rm(partial, { force: true }).catch(() => undefined);
  }
  const all = await listBackups(folder);
  await Promise.all(all.slice(keep).map((b) => fs.rm(b.path, { force: true })));
}

/** The copy under way for each file in this process: readers that find the file unreadable at once make one copy. */
const copying = new Map<string, Promise<string | undefined>>();

/**
 * Copies the file as it is to `<file>.unreadable-<time>` (unless the newest such copy already holds
 * the same bytes) and returns the copy's path; undefined when there is no file to copy or it holds
 * only white space (nothing to keep: another program caught halfway through rewriting it in place
 * would otherwise leave an empty copy each time). Used when
 * the file cannot be parsed, so the user's bytes are safe whatever happens next. Calls for one file
 * in this process run one after the other (a command and a view that read it at the same moment
 * would otherwise both find no copy and make two).
 */
export function copyAside(file: string, now: Date): Promise<string | undefined> {
  const next = (copying.get(file) ?? Promise.resolve(undefined)).catch(() => undefined).then(() => copyAsideNow(file, now));
  copying.set(file, next);
  const forget = (): void => {
    if (copying.get(file) === next) copying.delete(file);
  };
  next.then(forget, forget);
  return next;
}

async function copyAsideNow(file: string, now: Date): Promise<string | undefined> {
  const bytes = await fs.readFile(file).catch(() => undefined);
  if (bytes === undefined || bytes.toString('utf8').trim() === '') return undefined;
  const dir = path.dirname(file);
  const base = path.basename(file);
  const copies = (await fs.readdir(dir)).filter((n) => n.startsWith(`${base}.unreadable-`)).sort();
  const last = copies.at(-1);
  if (last) {
    const previous = await fs.readFile(path.join(dir, last)).catch(() => undefined);
    if (previous?.equals(bytes)) return path.join(dir, last);
  }
  const copy = path.join(dir, `${base}.unreadable-${fileStamp(now)}`);
  try {
    await fs.writeFile(copy, bytes, { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') await fs.rm(copy, { force: true }).catch(() => undefined); // no partial copy
    throw describeWriteError(copy, err, bytes.length);
  }
  return copy;
}
