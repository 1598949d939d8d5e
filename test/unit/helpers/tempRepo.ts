/**
 * Real git repositories in temp folders for tests: commits with chosen authors, dates, files,
 * merges and trailers, made with the git CLI exactly as a person would.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** An author identity. */
export interface Author {
  readonly name: string;
  readonly email: string;
}

export const ME: Author = { name: 'Ada Lovelace', email: 'ada@example.com' };
export const OTHER: Author = { name: 'Grace Hopper', email: 'grace@example.com' };

/** Options of one commit. */
export interface CommitSpec {
  /** Files to write, path → content. */
  readonly files?: Readonly<Record<string, string>>;
  readonly message: string;
  readonly author?: Author;
  /** ISO timestamp of author and committer dates. */
  readonly date: string;
}

/** A temp repository; `remove()` deletes it. */
export class TempRepo {
  readonly dir: string;

  constructor(options: { user?: Author | null; init?: boolean } = {}) {
    this.dir = mkdtempSync(path.join(tmpdir(), 'ij-repo-'));
    if (options.init !== false) {
      this.git('init', '-q', '-b', 'main');
      const user = options.user === undefined ? ME : options.user;
      if (user) {
        this.git('config', 'user.name', user.name);
        this.git('config', 'user.email', user.email);
      }
      this.git('config', 'commit.gpgsign', 'false');
    }
  }

  /** Runs git in the repository with a clean environment (no global config) and returns stdout. */
  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', env: gitEnv() });
  }

  /** Runs git with extra environment variables (author and committer dates and names of a merge). */
  gitWith(env: NodeJS.ProcessEnv, ...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', env: { ...gitEnv(), ...env } });
  }

  /** Writes files and commits them; returns the new commit's SHA. */
  commit(spec: CommitSpec): string {
    for (const [file, content] of Object.entries(spec.files ?? {})) {
      const full = path.join(this.dir, file);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
    this.git('add', '-A');
    const author = spec.author ?? ME;
    execFileSync('git', ['commit', '-q', '--allow-empty', '-F', '-'], {
      cwd: this.dir,
      input: spec.message,
      env: {
        ...gitEnv(),
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_AUTHOR_DATE: spec.date,
        GIT_COMMITTER_NAME: author.name,
        GIT_COMMITTER_EMAIL: author.email,
        GIT_COMMITTER_DATE: spec.date,
      },
    });
    return this.git('rev-parse', 'HEAD').trim();
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Environment for test git processes: no user or system config, fixed locale. */
export function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', LC_ALL: 'C', HOME: tmpdir() };
}

/** `n` lines of text, for sizing changes. */
export function lines(n: number, prefix = 'line'): string {
  return Array.from({ length: n }, (_, i) => `${prefix} ${i}`).join('\n') + '\n';
}

/**
 * Points HOME at an empty temp folder for the enclosing `describe` (mocha hooks), so git reads no
 * global config: the reader sees only what each test repository sets. Restores HOME after.
 */
export function useIsolatedHome(): void {
  let saved: string | undefined;
  let home: string;
  before(() => {
    saved = process.env.HOME;
    home = mkdtempSync(path.join(tmpdir(), 'ij-home-'));
    process.env.HOME = home;
  });
  after(() => {
    process.env.HOME = saved;
    rmSync(home, { recursive: true, force: true });
  });
}
