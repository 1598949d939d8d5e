/**
 * How every git process of the extension is started: the same `-c` config, a clean minimal
 * environment and no `allowUnsafe*` option, whether through simple-git or spawned directly (for
 * output read as it arrives, or fed on stdin). Nothing here knows what the output means.
 * See docs/ARCHITECTURE.md, "One commit".
 */
import * as l10n from '@vscode/l10n';
import { spawn, type ChildProcess, type ChildProcessByStdio, type StdioOptions } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import type { SimpleGit } from 'simple-git';
import type { CommitRecord } from '../core/commit';
import { LogStreamParser } from './logParser';

/** Config passed with `-c` to every git process we start. */
export const HARDENED_CONFIG = ['core.quotepath=false', 'log.showSignature=false', 'color.ui=false'];

/**
 * `core.fsmonitor=false`, so a repository's own config can never make git run an fsmonitor hook.
 * simple-git refuses any `-c core.fsmonitor=…` (even `false`) unless `allowUnsafeFsMonitor` is set,
 * and we set no `allowUnsafe*` option; git's own GIT_CONFIG_PARAMETERS variable carries the same
 * `-c` value (it is how git hands `-c` options to its subprocesses).
 */
const CONFIG_PARAMETERS = "'core.fsmonitor'='false'";

/** Environment variables passed through to git: locating the user's config and the git binary, nothing else. */
const PASSED_ENV = [
  'PATH',
  'Path',
  'HOME',
  'USERPROFILE',
  'HOMEDRIVE',
  'HOMEPATH',
  'APPDATA',
  'LOCALAPPDATA',
  'SYSTEMROOT',
  'SystemRoot',
  'TMP',
  'TEMP',
  'TMPDIR',
  'XDG_CONFIG_HOME',
  'LANG',
];

/** The environment of every git process: a clean, minimal copy (no GIT_DIR, pager or editor leaks in). */
export function gitEnvironment(): Record<string, string> {
  const env: Record<string, string> = { GIT_CONFIG_PARAMETERS: CONFIG_PARAMETERS, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
  for (const key of PASSED_ENV) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return env;
}

/** A hardened simple-git instance for `baseDir`. simple-git is loaded on first use, not when the extension activates. */
export async function simpleGitAt(baseDir: string, signal?: AbortSignal): Promise<SimpleGit> {
  const { simpleGit } = await import('simple-git');
  return simpleGit({ baseDir, config: HARDENED_CONFIG, abort: signal, maxConcurrentProcesses: 2, trimmed: false }).env(gitEnvironment());
}

/**
 * Starts `git <args>` in `cwd`, hardened (HARDENED_CONFIG, `gitEnvironment()`); aborting `signal`
 * kills it. The caller reads its output and waits for 'close'. Two stdio layouts, typed so that an
 * ignored stream is `null`: output read with git's messages (`streamLog`), or input fed on stdin
 * with the messages dropped (`git cat-file --batch`).
 */
export function spawnGit(
  cwd: string,
  args: readonly string[],
  stdio: ['ignore', 'pipe', 'pipe'],
  signal?: AbortSignal,
): ChildProcessByStdio<null, Readable, Readable>;
export function spawnGit(
  cwd: string,
  args: readonly string[],
  stdio: ['pipe', 'pipe', 'ignore'],
  signal?: AbortSignal,
): ChildProcessByStdio<Writable, Readable, null>;
export function spawnGit(cwd: string, args: readonly string[], stdio: StdioOptions, signal?: AbortSignal): ChildProcess {
  return spawn('git', [...HARDENED_CONFIG.flatMap((c) => ['-c', c]), ...args], { cwd, env: gitEnvironment(), stdio, signal, windowsHide: true });
}

/**
 * Runs `git <args>` in `cwd` (hardened like every call: the same `-c` config and environment as
 * simple-git gets) and parses its `LOG_FORMAT` output as it arrives, so a long history is never
 * held as one string (simple-git buffers a command's whole output, so this one call spawns git
 * itself). Aborting `signal` kills git. Throws with git's message when it exits non-zero.
 */
export async function streamLog(cwd: string, args: readonly string[], signal?: AbortSignal): Promise<CommitRecord[]> {
  signal?.throwIfAborted();
  const child = spawnGit(cwd, args, ['ignore', 'pipe', 'pipe'], signal);
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  exited.catch(() => undefined); // handled below, after the output is read; no unhandled rejection meanwhile
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-4000)));
  const parser = new LogStreamParser();
  const commits: CommitRecord[] = [];
  try {
    for await (const chunk of child.stdout.setEncoding('utf8')) commits.push(...parser.push(chunk as string));
  } catch (err) {
    await exited.catch(() => undefined);
    throw err;
  }
  commits.push(...parser.end());
  const code = await exited;
  if (code !== 0) throw new Error(l10n.t('git {0} failed (exit {1}): {2}', String(args[0]), String(code), stderr.trim()));
  return commits;
}
