/**
 * Benchmarks (`npm run bench -- /path/to/large/repo[=author@email] [--only=scan,journal,…]`): figures printed as a table,
 * median of several runs, never asserted. The repository is an argument, never committed.
 * Measured: (1) one author's quarter and year, our scan vs raw `git log` with the same arguments;
 * (2) the same scans with the commit cache warm; (3) a workspace of 10 repositories (clones of the
 * given one) read with the extension's concurrency; (5) bundle sizes; (6) add an entry to / load /
 * export a 10,000-entry journal.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { addMonths, subMonths } from 'date-fns';
import { DEFAULT_COMPETENCIES } from '../../src/core/competencies';
import { journalOn } from '../helpers/journalOn';
import { exportPeriod } from '../../src/core/markdownExport';
import { emptyJournal, type Entry } from '../../src/core/model';
import { quarterOf } from '../../src/core/quarters';
import { LOG_FORMAT } from '../../src/git/logParser';
import { CommitCache } from '../../src/git/commitCache';
import type { CommitRecord } from '../../src/core/commit';
import { NO_CONVENTIONS } from '../../src/core/conventions';
import { groupUnits } from '../../src/core/units';
import { scoreWork } from '../../src/core/work';
import { open, paddedSince, paddedUntil, readHistory } from '../../src/git/historyReader';
import { repositoryWork } from '../../src/git/repositoryWork';
import { readTopology } from '../../src/git/topology';
import { forgetRemembered, readWorkHistory } from '../../src/git/workHistory';

const RUNS = 5;

/** Midnight UTC of the day of `d` (the reader pads its window to whole days). */
const utcDay = (d: Date): Date => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

/** Medians of `a` and `b` run alternately `runs` times each (after one untimed run of each). */
async function pairedMedians(runs: number, a: () => unknown, b: () => unknown): Promise<[number, number]> {
  await a();
  await b();
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [k, fn] of [a, b].entries()) {
      const t = process.hrtime.bigint();
      await fn();
      times[k]!.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  }
  const mid = (xs: number[]): number => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return [mid(times[0]), mid(times[1])];
}

async function median(runs: number, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

/**
 * The same `git log` our reader runs for one author and range (padded window, our format, numstat,
 * summary, merges diffed against their first parent), as raw git arguments: the baseline of rows 1 and 3.
 */
function rawLogArgs(dir: string, email: string, since: Date, until: Date): string[] {
  const padded = (d: Date, days: number): string => utcDay(new Date(d.getTime() + days * 864e5)).toISOString();
  return [
    '-C',
    dir,
    '-c',
    'core.quotepath=false',
    'log',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--diff-merges=first-parent',
    `--format=${LOG_FORMAT}`,
    '--numstat',
    '--summary',
    `--since=${padded(since, -7)}`,
    `--until=${padded(until, 31)}`,
    '--fixed-strings',
    '--regexp-ignore-case',
    `--author=<${email}>`,
    '--branches',
    '--end-of-options',
    'HEAD',
    '--',
  ];
}

const rows: string[][] = [];
const row = (what: string, ours: string, baseline = '', ratio = '', target = ''): void => void rows.push([what, ours, baseline, ratio, target]);
const ms = (n: number): string => `${n.toFixed(1)} ms`;

async function scanBench(target: string): Promise<void> {
  const [dir = '', emailArg] = target.split('=');
  const last = new Date(execFileSync('git', ['-C', dir, 'log', '-1', '--format=%aI'], { encoding: 'utf8' }).trim());
  const email = emailArg ?? execFileSync('git', ['-C', dir, 'log', '-1', '--format=%ae'], { encoding: 'utf8' }).trim();
  const commits = execFileSync('git', ['-C', dir, 'rev-list', '--count', '--all'], { encoding: 'utf8' }).trim();
  console.log(`repository: ${dir} (${commits} commits), author ${email}`);
  const quarter = quarterOf(subMonths(last, 3));
  for (const [name, since, until] of [
    ['quarter', quarter.start, quarter.end],
    ['year', subMonths(last, 12), addMonths(last, 1)],
  ] as const) {
    let count = 0;
    // ours and raw git alternate, so both see the same state of the OS's file cache
    const [ours, raw] = await pairedMedians(
      RUNS,
      async () => {
        count = (await readHistory(dir, { since, until }, { authorEmails: [email] })).commits.length;
      },
      () => spawnSync('git', rawLogArgs(dir, email, since, until), { maxBuffer: 1 << 30 }),
    );
    row(`1. scan one author's ${name} (${count} commits)`, ms(ours), ms(raw), `${(ours / raw).toFixed(2)}×`, '≤ 1.10×');

    const cacheDir = mkdtempSync(path.join(tmpdir(), 'ij-bench-cache-'));
    try {
      const cache = new CommitCache(cacheDir);
      const cold = await median(1, () => readHistory(dir, { since, until }, { authorEmails: [email], cache }));
      const fromDisk = await median(RUNS, () => readHistory(dir, { since, until }, { authorEmails: [email], cache: new CommitCache(cacheDir) }));
      const inMemory = await median(RUNS, () => readHistory(dir, { since, until }, { authorEmails: [email], cache }));
      row(`2. same ${name}, cache warm in memory (vs cold scan filling it)`, ms(inMemory), ms(cold), `${((inMemory / cold) * 100).toFixed(1)} %`, '≤ 5 %');
      row(`2. same ${name}, cache warm on disk (new window)`, ms(fromDisk), ms(cold), `${((fromDisk / cold) * 100).toFixed(1)} %`, '≤ 5 %');
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }
}

/**
 * (7) Units of work on a quarter of one author: what grouping costs on top of the scan — the
 * mainline's topology (one `git log` without diffs over the scan's window) and the walk over it in
 * memory — and the whole work history the extension reads cold (a year of the author's commits for
 * their profile, the topology of that year, release notes) and warm.
 */
async function unitsBench(target: string): Promise<void> {
  const [dir = '', emailArg] = target.split('=');
  const last = new Date(execFileSync('git', ['-C', dir, 'log', '-1', '--format=%aI'], { encoding: 'utf8' }).trim());
  const email = emailArg ?? execFileSync('git', ['-C', dir, 'log', '-1', '--format=%ae'], { encoding: 'utf8' }).trim();
  const quarter = quarterOf(subMonths(last, 3));
  const range = { since: quarter.start, until: quarter.end };
  let commits: readonly CommitRecord[] = [];
  let units = 0;
  const { g } = await open(dir, {});
  const scanQuarter = async (): Promise<readonly CommitRecord[]> => (commits = (await readHistory(dir, range, { authorEmails: [email] })).commits);
  const topologyOf = (): ReturnType<typeof readTopology> => readTopology(g, paddedSince(range), paddedUntil(range));
  // what the extension does (git/workHistory.ts): the topology read while the commits are, then the walk
  const [scan, scanAndGroup] = await pairedMedians(RUNS, scanQuarter, async () => {
    const [mine, topology] = await Promise.all([scanQuarter(), topologyOf()]);
    units = groupUnits('bench', mine, topology, NO_CONVENTIONS).length;
  });
  // the same work one after the other: what it costs the machine
  const [, grouping] = await pairedMedians(RUNS, scanQuarter, async () => {
    units = groupUnits('bench', commits, await topologyOf(), NO_CONVENTIONS).length;
  });
  row(
    `7. group one author's quarter into units (${commits.length} commits → ${units} units), wall clock: scan ‖ topology, then the walk`,
    ms(scanAndGroup),
    `${ms(scan)} (the scan)`,
    // (signed: the paired runs' noise can make the grouped run the quicker one)
    `${scanAndGroup >= scan ? '+' : '−'}${((Math.abs(scanAndGroup - scan) / scan) * 100).toFixed(1)} %`,
    '≤ +10 %',
  );
  row(
    '7. the same grouping after the scan (topology + walk): its own cost',
    ms(grouping),
    `${ms(scan)} (the scan)`,
    `${((grouping / scan) * 100).toFixed(1)} %`,
  );
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'ij-bench-units-'));
  try {
    const cold = await median(3, () => {
      forgetRemembered();
      return readWorkHistory(dir, range, { authorEmails: [email], cache: new CommitCache(mkdtempSync(path.join(cacheDir, 'c-'))) });
    });
    const cache = new CommitCache(cacheDir);
    await readWorkHistory(dir, range, { authorEmails: [email], cache });
    const warm = await median(RUNS, () => readWorkHistory(dir, range, { authorEmails: [email], cache }));
    const history = await readWorkHistory(dir, range, { authorEmails: [email], cache });
    const work = repositoryWork(history);
    const scoring = await median(RUNS, () => scoreWork({ ...work }, { threshold: 4 }));
    row(`7. the work history the extension reads for that quarter (a year of commits for the profile), cold`, ms(cold));
    row('7. the same, warm (commit cache, no ref moved: no git log)', ms(warm));
    row(`7. group and score it (${history.commits.length} commits of the year)`, ms(scoring));
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/** Repositories read at once, as src/vscode/history.ts does. */
const CONCURRENCY = 4;

async function workspaceBench(target: string): Promise<void> {
  const [dir = '', emailArg] = target.split('=');
  const email = emailArg ?? execFileSync('git', ['-C', dir, 'log', '-1', '--format=%ae'], { encoding: 'utf8' }).trim();
  const last = new Date(execFileSync('git', ['-C', dir, 'log', '-1', '--format=%aI'], { encoding: 'utf8' }).trim());
  const range = { since: subMonths(last, 12), until: addMonths(last, 1) };
  const work = mkdtempSync(path.join(tmpdir(), 'ij-bench-ws-'));
  try {
    const folders = Array.from({ length: 10 }, (_, i) => path.join(work, `repo-${i}`));
    for (const f of folders) execFileSync('git', ['clone', '--quiet', '--shared', '--no-checkout', dir, f]);
    const pool = async (fn: (folder: string) => Promise<unknown>): Promise<void> => {
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < folders.length) await fn(folders[next++]!);
        }),
      );
    };
    const ours = await median(3, () => pool((f) => readHistory(f, range, { authorEmails: [email] })));
    const raw = await median(3, () => {
      for (const f of folders) spawnSync('git', rawLogArgs(f, email, range.since, range.until), { maxBuffer: 1 << 30 });
    });
    row(`3. workspace of 10 repositories, one author's year (${CONCURRENCY} at a time)`, ms(ours), `${ms(raw)} (sequential)`, `${(ours / raw).toFixed(2)}×`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function journalBench(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ij-bench-'));
  try {
    const stamp = '2026-08-01T10:00:00.000Z';
    const entry = (i: number): Entry => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      kind: i % 4 ? 'impact' : 'learning',
      title: `Entry ${i}: shipped something worth remembering`,
      body: 'What changed, for whom, how much: cut p95 latency from 900 ms to 300 ms for EU users.',
      competencies: [DEFAULT_COMPETENCIES[i % 13]!.id, DEFAULT_COMPETENCIES[(i * 7) % 13]!.id],
      occurredAt: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      createdAt: stamp,
      updatedAt: stamp,
      sources: [
        {
          type: 'commit',
          repo: 'github.com/acme/shop',
          sha: i.toString(16).padStart(40, 'a'),
          subject: 'perf: cache totals',
          additions: 120,
          deletions: 30,
          files: 4,
          url: `https://github.com/acme/shop/commit/${i.toString(16).padStart(40, 'a')}`,
        },
      ],
      tags: [],
    });
    const input = { kind: 'impact', title: 'Bench entry', body: '', competencies: ['code-quality'], occurredAt: '2026-08-01', sources: [] } as const;
    // targets: ≤ 30 ms at 2,000 entries, ≤ 100 ms at 10,000 (a store that has read or written the file): the add must not re-parse the journal
    for (const [count, target] of [
      [2_000, '≤ 30 ms'],
      [10_000, '≤ 100 ms'],
    ] as const) {
      const file = path.join(dir, `journal-${count}.json`);
      writeFileSync(file, JSON.stringify({ ...emptyJournal(), entries: Array.from({ length: count }, (_, i) => entry(i)) }, null, 2));
      const store = journalOn(file, { backups: 10 });
      const started = performance.now();
      await store.addEntry(input);
      const first = performance.now() - started;
      const add = await median(RUNS * 2, () => store.addEntry(input));
      const mb = (statSync(file).size / 1e6).toFixed(1);
      row(`6. add one entry to a ${count.toLocaleString('en-US')}-entry journal (${mb} MB, backup included)`, ms(add), '', '', target);
      row(`6. the first add of a session there (parse, validate, encode every entry)`, ms(first));
    }
    const file = path.join(dir, 'journal-10000.json');
    let journal = await journalOn(file).read();
    // a new store each time: parsing and validating, not the reuse of what a store already read
    const load = await median(RUNS, async () => (journal = await journalOn(file).read()));
    const reread = journalOn(file);
    await reread.read();
    const again = await median(RUNS, () => reread.read());
    const q = quarterOf(new Date(2026, 7, 1));
    let size = 0;
    const exp = await median(
      RUNS,
      () => (size = exportPeriod(journal, { period: q, competencies: DEFAULT_COMPETENCIES, generatedAt: new Date(2026, 10, 22) }).length),
    );
    row('6. load that 10,000-entry journal (parse + validate)', ms(load));
    row('6. read it again, unchanged (bytes compared, not parsed)', ms(again));
    row(`6. export a quarter from it (${(size / 1e3).toFixed(0)} KB of Markdown)`, ms(exp), '', '', '≤ 100 ms');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function bundleBench(): void {
  execFileSync(process.execPath, ['esbuild.js', '--production'], { cwd: path.join(__dirname, '..', '..') });
  const kb = (f: string): string => `${(statSync(path.join(__dirname, '..', '..', 'dist', f)).size / 1024).toFixed(0)} KB`;
  row('5. bundle dist/extension.js (minified; the activation bundle)', kb('extension.js'), '', '', '≤ 300 KB');
  row('5. bundle dist/main.js (minified; loaded on first use)', kb('main.js'), '', '', '≤ 300 KB');
  row('5. bundle dist/webview/main.js (minified)', kb('webview/main.js'));
  for (const lazy of ['activity-github', 'activity-gitlab', 'core-htmlExport', 'simple-git'])
    row(`5. lazy dist/lazy/${lazy}.js (loaded on first use)`, kb(`lazy/${lazy}.js`));
}

/** (4) Activation in a real extension host: the integration suite against the packaged .vsix reports it. */
function activationBench(): void {
  const vsix = path.join(__dirname, '..', '..', 'impact-journal.vsix');
  if (!existsSync(vsix)) {
    row('4. activation in a real extension host', 'skipped: run npm run package first');
    return;
  }
  // the bundles evaluated in a plain node process (vscode stubbed): no CPU shared with a browser; median of 5
  const evaluation = (bundle: string): number => {
    const stub = `const M=require('module');const load=M._load;M._load=function(r,...a){return r==='vscode'?new Proxy({},{get:()=>function(){return {}}}):load.call(this,r,...a)};const t=performance.now();require(${JSON.stringify(path.join(__dirname, '..', '..', 'dist', bundle))});process.stdout.write(String(performance.now()-t))`;
    return [1, 2, 3, 4, 5].map(() => Number(execFileSync(process.execPath, ['-e', stub], { encoding: 'utf8' }))).sort((x, y) => x - y)[2]!;
  };
  row('4. evaluating dist/extension.js in plain node (vscode stubbed), median of 5', ms(evaluation('extension.js')));
  const plainMain = evaluation('main.js');
  row('4. evaluating dist/main.js in plain node (loaded on first use, not at activation)', ms(plainMain));
  execFileSync(process.execPath, ['esbuild.tests.js'], { cwd: path.join(__dirname, '..', '..') });
  // a fresh server, workbench and extension host per run; the median of 5 (the host shares the CPU with the browser)
  const runs: Array<{ moduleMs: number; vscodeMs: number; activateMs: number; totalMs: number; wallMs: number }> = [];
  for (let i = 0; i < 5; i++) {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'ij-bench-act-')), 'activation.json');
    const run = spawnSync(
      process.execPath,
      [path.join(__dirname, '..', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(__dirname, '..', 'integration', 'run.ts')],
      {
        cwd: path.join(__dirname, '..', '..'),
        env: { ...process.env, IJ_BENCH_FILE: out },
        encoding: 'utf8',
        timeout: 300_000,
      },
    );
    if (!existsSync(out)) {
      row('4. activation in a real extension host', `failed (exit ${run.status}): ${(run.stderr || run.stdout).slice(-200)}`);
      return;
    }
    runs.push(JSON.parse(readFileSync(out, 'utf8')) as (typeof runs)[number]);
  }
  const sorted = runs.sort((x, y) => x.totalMs - y.totalMs);
  const a = sorted[Math.floor(sorted.length / 2)];
  row(
    `4. activation: load the bundle + run activate() (code-server host, .vsix; median of ${sorted.length}, range ${ms(sorted[0]!.totalMs)}–${ms(sorted.at(-1)!.totalMs)})`,
    ms(a!.totalMs),
    '',
    '',
    '≤ 10 ms',
  );
  row('4.   of which: evaluating dist/extension.js (the activation bundle)', ms(a!.moduleMs));
  row("4.     of that: the host building the vscode API object (first require('vscode'), any extension)", ms(a!.vscodeMs));
  row('4.   of which: activate()', ms(a!.activateMs));
  row('4.   wall time from load to activate() returning (host work included)', ms(a!.wallMs));
}

/**
 * (7) The real webview bundle in headless Chromium with a 5,000-entry journal (view state built by
 * the production `buildViewState`), the period set to "All time" so every entry is in the list:
 * first render = from the host's state message to the frame after the first rows are in the DOM;
 * filter = from a filter change (search text, kind, repository) to the frame after the list shows
 * the new count. Medians of RUNS.
 */
async function webviewBench(): Promise<void> {
  const N = 5000;
  const { buildViewState } = await import('../../src/vscode/webview/viewState');
  const { largeJournal, NOW } = await import('../webview/sampleJournal');
  const state = buildViewState(largeJournal(N), {
    framework: DEFAULT_COMPETENCIES,
    frameworkLabel: 'Impact Journal default',
    fiscalYearStartMonth: 1,
    now: NOW,
  });
  const { startWebviewHarness } = await import('../webview/harness');
  const harness = await startWebviewHarness();
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  try {
    const first: number[] = [];
    const filter: number[] = [];
    await harness.open();
    // the user chose "All time" earlier: the webview state brings it back on open
    await harness.page.evaluate(
      `localStorage.setItem('webviewState', JSON.stringify({ v: 1, tab: 'journal', filters: { period: 'all', from: '', to: '', kind: 'all', repo: '', text: '' }, grouping: 'competency', collapsed: [], chartOpen: true }))`,
    );
    for (let run = 0; run < RUNS; run++) {
      await harness.open();
      await harness.page.evaluate((s) => ((window as unknown as { __benchState: unknown }).__benchState = s), state);
      // strings, not functions: tsx's helpers (__name) do not exist in the page
      first.push(
        await harness.page.evaluate<number>(`new Promise((resolve) => {
          const start = performance.now();
          window.postMessage({ type: 'state', state: window.__benchState }, '*');
          const check = () => document.querySelector('article.entry') ? requestAnimationFrame(() => resolve(performance.now() - start)) : requestAnimationFrame(check);
          check();
        })`),
      );
      const count = await harness.page.locator('.toolbar .count').innerText();
      if (!count.startsWith('5,000')) throw new Error(`expected all 5,000 entries listed, got "${count}"`);
      for (const [selector, value] of [
        ['#search', 'billing'],
        ['#search', ''],
        ['#kind', 'learning'],
        ['#kind', 'all'],
        ['#repo', 'gitlab.com/acme/infra'],
        ['#repo', ''],
      ]) {
        const event = selector === '#search' ? 'input' : 'change';
        filter.push(
          await harness.page.evaluate<number>(`new Promise((resolve) => {
            const counter = document.querySelector('.toolbar .count');
            const before = counter.textContent;
            const el = document.querySelector('${selector}');
            const start = performance.now();
            el.value = ${JSON.stringify(value)};
            el.dispatchEvent(new Event('${event}', { bubbles: true }));
            const check = () => document.querySelector('.toolbar .count').textContent !== before ? requestAnimationFrame(() => resolve(performance.now() - start)) : requestAnimationFrame(check);
            check();
          })`),
        );
      }
    }
    const rendered = await harness.page.locator('article.entry').count();
    row(
      `7. webview first render of ${N.toLocaleString('en')} entries (headless Chromium, real bundle; ${rendered} rows in the DOM)`,
      ms(median(first)),
      '',
      '',
      '≤ 150 ms',
    );
    row(
      `7. webview filter of ${N.toLocaleString('en')} entries (search text, kind, repository; median of ${filter.length})`,
      ms(median(filter)),
      '',
      '',
      '≤ 50 ms',
    );
  } finally {
    await harness.close();
  }
}

/** Sections, for `--only=scan,journal` (all when absent). */
const SECTIONS = ['scan', 'workspace', 'units', 'bundle', 'activation', 'webview', 'journal'] as const;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const unknown = only?.filter((s) => !(SECTIONS as readonly string[]).includes(s)) ?? [];
  if (unknown.length) throw new Error(`unknown section ${unknown.join(', ')}; sections: ${SECTIONS.join(', ')}`);
  const run = (section: (typeof SECTIONS)[number]): boolean => !only || only.includes(section);
  const targets = args.filter((a) => !a.startsWith('--'));
  if (targets.length === 0) console.log('no repository given: scan figures skipped (npm run bench -- /path/to/repo[=email])');
  for (const t of targets) {
    if (run('scan')) await scanBench(t);
    if (run('workspace')) await workspaceBench(t);
    if (run('units')) await unitsBench(t);
  }
  if (run('bundle')) bundleBench();
  if (run('activation')) activationBench();
  if (run('webview')) await webviewBench();
  if (run('journal')) await journalBench();
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...[['what', 'ours', 'raw git', 'ratio', 'target'], ...rows].map((r) => r[i]!.length)));
  for (const r of [['what', 'ours', 'raw git', 'ratio', 'target'], widths.map((w) => '-'.repeat(w)), ...rows])
    console.log(r.map((c, i) => c.padEnd(widths[i]!)).join(' | '));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
