/**
 * The journal's cross-process lock: a directory `<file>.lock` made with `mkdir` (atomic on every
 * file system, and the same path the lock of earlier versions used, so old and new versions exclude
 * each other), holding an `owner` file that names the holder and carries its heartbeat.
 *
 * A lock is stale only when
 * - its holder is known dead: same host, same pid namespace, and its pid no longer exists; or
 * - its heartbeat (the owner file and the directory's time stamps) has not moved for `staleMs`, as
 *   measured by the waiter's own monotonic clock.
 * No time stamp is ever compared with this process's wall clock: a process whose clock is an hour
 * ahead of (or behind) its file system's — WSL2 after the host slept, a network share whose server
 * clock differs — neither steals a live lock nor waits an hour for a dead one (ARCHITECTURE.md,
 * "The journal file"). proper-lockfile and lockfile, which this replaces, judge staleness by
 * comparing the lock's mtime with `Date.now()`; fs-ext and os-lock (flock) need native builds per
 * platform and do not hold across WSL and Windows or on many network shares.
 *
 * Holding a lock is not proof of exclusivity on its own: a holder paused longer than `staleMs`
 * (Ctrl-Z, a debugger, a stalled network share) loses it to a waiter without knowing. So a holder
 * proves it still owns the lock (`HeldLock.verify`) just before it commits a write.
 */
import * as l10n from '@vscode/l10n';
import { randomUUID } from 'node:crypto';
import { promises as fs, readlinkSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Options of `acquireLock`. */
export interface LockOptions {
  /** A lock whose heartbeat has not moved for this long (ms, waiter's monotonic clock) is stale. Default 10,000. */
  readonly staleMs?: number;
  /** Give up after waiting this long for a live holder (ms). Default 30,000. */
  readonly waitMs?: number;
}

/** The journal is locked by a live process and stayed so for the whole wait. */
export class LockBusyError extends Error {
  constructor(
    readonly file: string,
    /** The process that holds the lock, when its owner file names it. */
    holder: { readonly pid: number; readonly host: string } | undefined,
    waitedMs: number,
  ) {
    const seconds = Math.round(waitedMs / 1000);
    super(
      holder
        ? l10n.t(
            'The journal {0} is being changed by process {1} on {2}, which has held its lock for over {3} s; nothing was written. Try again in a moment.',
            file,
            holder.pid,
            holder.host,
            seconds,
          )
        : l10n.t(
            'The journal {0} is being changed by another process, which has held its lock for over {1} s; nothing was written. Try again in a moment.',
            file,
            seconds,
          ),
    );
    this.name = 'LockBusyError';
  }
}

/** A lock this process held was taken over by another process (this one was paused past the stale period). */
export class LockLostError extends Error {
  constructor(readonly file: string) {
    super(l10n.t('The lock of the journal {0} was taken over by another process while this one was paused.', file));
    this.name = 'LockLostError';
  }
}

/** A lock held by this process. */
export interface HeldLock {
  /** Throws LockLostError unless this process still owns the lock (checked on disk, now). */
  verify(): Promise<void>;
  /** Stops the heartbeat and removes the lock (only if it is still ours). Never throws. */
  release(): Promise<void>;
}

/** What the owner file holds. */
interface Owner {
  readonly token: string;
  readonly pid: number;
  readonly host: string;
  /** The pid namespace (Linux), so a container's pid 12 is not taken for the host's. */
  readonly pidns: string | undefined;
  /** Counts heartbeats: a change means the holder is alive. */
  readonly beat: number;
}

const OWNER = 'owner';
const DEFAULT_STALE_MS = 10_000;
const DEFAULT_WAIT_MS = 30_000;

function pidNamespace(): string | undefined {
  try {
    return readlinkSync('/proc/self/ns/pid');
  } catch {
    return undefined;
  }
}

/** Milliseconds on this process's monotonic clock (never set back, never jumps with the wall clock). */
function monotonic(): number {
  return performance.now();
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

async function readOwner(dir: string): Promise<{ owner: Owner | undefined; text: string }> {
  const text = await fs.readFile(path.join(dir, OWNER), 'utf8').catch(() => '');
  try {
    const o = JSON.parse(text) as Partial<Owner>;
    if (typeof o.token === 'string' && typeof o.pid === 'number' && typeof o.host === 'string') return { owner: o as Owner, text };
  } catch {
    // not written yet, half written, or a lock of another program: judged by its heartbeat alone
  }
  return { owner: undefined, text };
}

/**
 * What shows that a holder is alive: the owner file's content (its beat counter) and the
 * directory's and file's modification times (earlier versions' locks move the directory's).
 * Compared only with an earlier signature of the same lock, never with a clock. (Not the change
 * times: renaming the directory aside moves those.)
 */
async function signature(dir: string): Promise<string | undefined> {
  const stat = await fs.stat(dir).catch(() => undefined);
  if (!stat) return undefined;
  const { text } = await readOwner(dir);
  const owner = await fs.stat(path.join(dir, OWNER)).catch(() => undefined);
  return `${stat.mtimeMs}|${owner?.mtimeMs ?? ''}|${text}`;
}

/**
 * Takes the lock of `target` (an absolute, canonical path): `<target>.lock`. Waits while a live
 * process holds it (polling, up to `waitMs`), takes over a stale one. Throws LockBusyError after
 * `waitMs`, or the file system's error (e.g. EACCES when the folder is not writable).
 */
export async function acquireLock(target: string, options: LockOptions = {}): Promise<HeldLock> {
  const dir = `${target}.lock`;
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const waitMs = options.waitMs ?? DEFAULT_WAIT_MS;
  const token = randomUUID();
  const me = { token, pid: process.pid, host: os.hostname(), pidns: pidNamespace() };
  const started = monotonic();
  let seen: { signature: string; since: number } | undefined;
  let delay = 5;
  for (;;) {
    try {
      await fs.mkdir(dir);
      return hold(dir, me, staleMs);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const now = monotonic();
    const current = await signature(dir);
    if (current === undefined) continue; // released between our mkdir and our look: try again at once
    if (seen?.signature !== current) seen = { signature: current, since: now };
    const { owner } = await readOwner(dir);
    const dead = owner !== undefined && owner.host === me.host && owner.pidns === me.pidns && owner.pid !== me.pid && !alive(owner.pid);
    if (dead || now - seen.since >= staleMs) {
      await breakLock(dir, current);
      seen = undefined;
      continue;
    }
    if (now - started >= waitMs) {
      throw new LockBusyError(target, owner, now - started);
    }
    await sleep(delay);
    delay = Math.min(delay * 2, 200);
  }
}

/**
 * Removes a stale lock, if it is still the one judged stale (same signature): renamed aside first
 * (atomic), so two waiters never both remove it. A waiter that renamed a lock someone had just
 * taken puts it back when it can; if it cannot, that holder's `verify` fails and it retries.
 */
async function breakLock(dir: string, staleSignature: string): Promise<void> {
  if ((await signature(dir)) !== staleSignature) return;
  const aside = `${dir}.stale-${randomUUID()}`;
  try {
    await fs.rename(dir, aside);
  } catch {
    return; // someone else broke or released it first
  }
  if ((await signature(aside)) !== staleSignature) await fs.rename(aside, dir).catch(() => undefined);
  await fs.rm(aside, { recursive: true, force: true }).catch(() => undefined);
}

function hold(dir: string, me: Omit<Owner, 'beat'>, staleMs: number): HeldLock {
  let beat = 0;
  let lost = false;
  const write = (): Promise<void> => fs.writeFile(path.join(dir, OWNER), JSON.stringify({ ...me, beat: beat++ } satisfies Owner));
  const ours = async (): Promise<boolean> => (await readOwner(dir)).owner?.token === me.token;
  let writing: Promise<void> = write().catch(() => undefined);
  // the heartbeat: the owner file is rewritten (and so the folder's times move) several times per stale period
  const timer = setInterval(
    () => {
      writing = writing.then(async () => {
        if (lost) return;
        if (!(await ours())) {
          lost = true;
          return;
        }
        await write().catch(() => undefined);
        const now = new Date();
        await fs.utimes(dir, now, now).catch(() => undefined); // what locks of earlier versions watch
      });
    },
    Math.max(50, Math.floor(staleMs / 5)),
  );
  timer.unref();
  return {
    verify: async () => {
      await writing;
      if (lost || !(await ours())) {
        lost = true;
        throw new LockLostError(dir.slice(0, -'.lock'.length));
      }
    },
    release: async () => {
      clearInterval(timer);
      await writing.catch(() => undefined);
      if (!lost && (await ours())) await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}
