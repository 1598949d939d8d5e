/**
 * The built CLI (dist/cli.js, bundled here with esbuild exactly as esbuild.js does) run as a real
 * process against a temp journal and a temp git repository.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { bundleForNode, CLI_ENTRY } from './helpers/bundle';
import { lines, TempRepo } from './helpers/tempRepo';

describe('impact-journal CLI (built binary)', function () {
  this.timeout(60_000);
  let dir: string;
  let cli: string;
  let home: string;
  const run = (...args: string[]): { code: number | null; out: string; err: string } => {
    const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, HOME: home, IMPACT_JOURNAL_FILE: '' } });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  /** `run` without blocking this process (for a reader on the other end of a FIFO). */
  const runAsync = (...args: string[]): Promise<{ code: number | null; err: string }> =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [cli, ...args], {
        env: { ...process.env, HOME: home, IMPACT_JOURNAL_FILE: '' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('close', (code) => resolve({ code, err }));
    });

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ij-cli-'));
    home = mkdtempSync(path.join(tmpdir(), 'ij-cli-home-'));
    cli = path.join(dir, 'cli.js');
    bundleForNode(CLI_ENTRY, cli, '#!/usr/bin/env node');
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  });

  it('--help for the CLI and each command; bad arguments exit 2 with the usage', () => {
    assert.equal(run('--help').code, 0);
    for (const c of ['scan', 'export', 'add']) {
      const r = run(c, '--help');
      assert.equal(r.code, 0);
      assert.match(r.out, new RegExp(`^Usage: impact-journal ${c}`));
    }
    const bad = run('export', '--period', 'next-tuesday');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--period "next-tuesday" is not a period/);
    assert.equal(run('frobnicate').code, 2);
    assert.equal(run('add', '--nope').code, 2);
    assert.match(run('add', '--title', 'x', '--competency', 'wizardry').err, /unknown competency wizardry/);
    assert.equal(run('scan', '--author', '--upload-pack=evil').code, 2, 'an option-looking author is refused');
    assert.match(run('scan', '--since', '2026-05-01', '--until', '2026-01-01').err, /--since must be before --until/);
    const missing = run('export', '--journal', path.join(dir, 'typo.json'));
    assert.equal(missing.code, 1);
    assert.match(missing.err, /no journal at .*typo\.json/);
    assert.equal(run().code, 2);
  });

  it('add then export: the entry is in the journal and in the Markdown of its period', () => {
    const journal = path.join(dir, 'journal.json');
    const added = run(
      'add',
      '--journal',
      journal,
      '--title',
      'Led the <b>billing</b> migration',
      '--body',
      'Moved 3 services; cut costs 20 %.',
      '--competency',
      'impact-ownership',
      '--date',
      '2026-08-12',
    );
    assert.equal(added.code, 0, added.err);
    assert.match(added.out, /^added [0-9a-f-]{36} to /);
    const saved = JSON.parse(readFileSync(journal, 'utf8')) as { entries: Array<{ title: string; competencies: string[] }> };
    assert.deepEqual(
      saved.entries.map((e) => [e.title, e.competencies]),
      [['Led the <b>billing</b> migration', ['impact-ownership']]],
    );
    const md = run('export', '--journal', journal, '--period', '2026-Q3');
    assert.equal(md.code, 0, md.err);
    assert.ok(md.out.includes('# Impact journal — 2026 Q3') && md.out.includes('**Led the \\<b\\>billing\\</b\\> migration** — 2026-08-12'), md.out);
    const fiscal = run('export', '--journal', journal, '--period', 'FY2027-H2', '--fiscal-start', '2', '--layout', 'timeline');
    assert.equal(fiscal.code, 0, fiscal.err);
    assert.ok(fiscal.out.includes('# Impact journal — FY27 H2') && fiscal.out.includes('## August 2026'));
    const self = run('export', '--journal', journal, '--period', '2026-Q3', '--out', journal);
    assert.equal(self.code, 2);
    assert.match(self.err, /--out must not be the journal itself/);
    assert.equal((JSON.parse(readFileSync(journal, 'utf8')) as { entries: unknown[] }).entries.length, 1, 'the journal is intact');
    const out = path.join(dir, 'q3.html');
    assert.equal(run('export', '--journal', journal, '--period', '2026-07-01..2026-09-30', '--html', '--out', out).code, 0);
    assert.ok(readFileSync(out, 'utf8').includes('Led the &lt;b&gt;billing&lt;/b&gt; migration'));
  });

  it('tags: add --tag keeps them; export --tag keeps only those entries, --exclude-tag leaves entries out (case-insensitive)', () => {
    const journal = path.join(dir, 'tagged.json');
    const add = (title: string, ...tags: string[]): void => {
      const r = run('add', '--journal', journal, '--title', title, '--date', '2026-08-12', ...tags.flatMap((t) => ['--tag', t]));
      assert.equal(r.code, 0, r.err);
    };
    add('Shipped the billing migration', 'billing', ' Promo ');
    add('Salary talk notes', 'private');
    add('Untagged work');
    const saved = JSON.parse(readFileSync(journal, 'utf8')) as { entries: Array<{ title: string; tags: string[] }> };
    assert.deepEqual(
      saved.entries.map((e) => [e.title, e.tags]),
      [
        ['Shipped the billing migration', ['billing', 'Promo']],
        ['Salary talk notes', ['private']],
        ['Untagged work', []],
      ],
    );
    const titles = (...args: string[]): string[] => {
      const r = run('export', '--journal', journal, '--period', '2026-Q3', '--layout', 'timeline', ...args);
      assert.equal(r.code, 0, r.err);
      return [...r.out.matchAll(/^- \*\*(.+?)\*\*/gm)].map((m) => m[1]!);
    };
    assert.deepEqual(titles(), ['Shipped the billing migration', 'Salary talk notes', 'Untagged work']);
    assert.deepEqual(titles('--exclude-tag', 'PRIVATE'), ['Shipped the billing migration', 'Untagged work']);
    assert.deepEqual(titles('--tag', 'promo', '--tag', 'private'), ['Shipped the billing migration', 'Salary talk notes']);
    assert.deepEqual(titles('--tag', 'billing', '--exclude-tag', 'promo'), []);
    const empty = run('export', '--journal', journal, '--tag', ' ');
    assert.equal(empty.code, 2);
    assert.match(empty.err, /--tag needs a tag/);
  });

  it('results: add --result, --metric, --benefited and --link store them and the export prints them; a bad measure or link exits 2, nothing written', () => {
    const journal = path.join(dir, 'results.json');
    const r = run(
      'add',
      '--journal',
      journal,
      '--title',
      'Cut checkout latency',
      '--date',
      '2026-08-12',
      '--result',
      'Abandoned carts fell by a third.',
      '--metric',
      'p95 900ms -> 300ms',
      '--benefited',
      'EU shoppers',
      '--link',
      'Design doc https://docs.example.com/cart-cache',
      '--link',
      'https://grafana.example.com/d/checkout',
      '--project',
      'Checkout speed',
    );
    assert.equal(r.code, 0, r.err);
    const saved = JSON.parse(readFileSync(journal, 'utf8')) as { entries: Array<Record<string, unknown>> };
    assert.deepEqual(saved.entries[0]!.metric, { name: 'p95', before: '900', after: '300', unit: 'ms' });
    assert.deepEqual(saved.entries[0]!.links, [
      { title: 'Design doc', url: 'https://docs.example.com/cart-cache' },
      { title: 'grafana.example.com/d/checkout', url: 'https://grafana.example.com/d/checkout' },
    ]);
    const doc = run('export', '--journal', journal, '--period', '2026-Q3');
    assert.equal(doc.code, 0, doc.err);
    assert.ok(doc.out.includes('**Result:** Abandoned carts fell by a third.'), doc.out);
    assert.ok(doc.out.includes('**Measured:** p95 900 ms → 300 ms'), doc.out);
    assert.ok(doc.out.includes('**Who benefited:** EU shoppers'), doc.out);
    assert.ok(doc.out.includes('**Project:** Checkout speed'), doc.out);
    assert.ok(doc.out.includes('Evidence: [Design doc](<https://docs.example.com/cart-cache>) · '), doc.out);
    const bytes = readFileSync(journal, 'utf8');
    for (const [args, message] of [
      [['--metric', 'much faster'], /--metric: Write the measure with its numbers/],
      [['--link', 'Evil javascript:alert(1)'], /--link "Evil javascript:alert\(1\)": A link is an http\(s\) URL/],
      [['--link', ' '], /--link needs a title and an http\(s\) URL/],
    ] as const) {
      const bad = run('add', '--journal', journal, '--title', 'X', ...args);
      assert.equal(bad.code, 2, bad.err);
      assert.match(bad.err, message);
      assert.equal(readFileSync(journal, 'utf8'), bytes);
    }
  });

  it('a corrupt journal: a clear error, exit 1, bytes unchanged', () => {
    const journal = path.join(dir, 'corrupt.json');
    writeFileSync(journal, '{ nope');
    const r = run('add', '--journal', journal, '--title', 'x');
    assert.equal(r.code, 1);
    assert.match(r.err, /corrupt\.json is not valid JSON/);
    assert.equal(readFileSync(journal, 'utf8'), '{ nope');
  });

  it('scan lists notable commits of a range in a repository, as JSON', () => {
    const repo = new TempRepo();
    try {
      repo.commit({
        message: 'Fix checkout outage with retries (#42)',
        files: { 'src/pay/retry.ts': lines(300), 'src/pay/retry.test.ts': lines(20) },
        date: '2026-08-01T10:00:00Z',
      });
      repo.commit({ message: 'Rename variable', files: { 'src/a.ts': 'a\n' }, date: '2026-08-02T10:00:00Z' });
      const r = run('scan', '--repo', repo.dir, '--since', '2026-07-01', '--until', '2026-10-01', '--json');
      assert.equal(r.code, 0, r.err);
      const result = JSON.parse(r.out) as { commits: number; flagged: Array<{ title: string; reasons: string[]; commits: Array<{ subject: string }> }> };
      assert.equal(result.commits, 2);
      assert.deepEqual(
        result.flagged.map((f) => f.title),
        ['Fix checkout outage with retries (#42)'],
      );
      assert.deepEqual(
        result.flagged[0]!.commits.map((c) => c.subject),
        ['Fix checkout outage with retries (#42)'],
      );
      assert.ok(result.flagged[0]!.reasons.length > 0);
      const all = JSON.parse(run('scan', '--repo', repo.dir, '--since', '2026-07-01', '--until', '2026-10-01', '--json', '--all').out) as {
        all: Array<{ title: string; score: number; notable: boolean; signals: Array<{ id: string; weight: number }> }>;
      };
      assert.deepEqual(
        all.all.map((u) => [u.title, u.notable]).sort(),
        [
          ['Fix checkout outage with retries (#42)', true],
          ['Rename variable', false],
        ],
        '--all: every piece of work, with its full score and signals',
      );
      assert.equal(run('scan', '--repo', dir).code, 1, 'not a repository: exit 1');
    } finally {
      repo.remove();
    }
  });

  it("scan names a pull request '#42' and, on a GitLab remote, a merge request '!42'", () => {
    const repo = new TempRepo();
    try {
      repo.commit({ message: 'Initial import', files: { 'README.md': '# Tool\n' }, date: '2026-08-01T10:00:00Z' });
      repo.git('checkout', '-q', '-b', 'retries');
      repo.commit({ message: 'Retry failed calls', files: { 'src/pay/retry.ts': lines(300) }, date: '2026-08-01T11:00:00Z' });
      repo.git('checkout', '-q', 'main');
      const message = "Merge branch 'retries' into 'main'\n\nRetry failed calls\n\nSee merge request acme/tool!42";
      repo.gitWith({ GIT_AUTHOR_DATE: '2026-08-01T12:00:00Z', GIT_COMMITTER_DATE: '2026-08-01T12:00:00Z' }, 'merge', '-q', '--no-ff', '-m', message, 'retries');
      const scan = () => run('scan', '--repo', repo.dir, '--since', '2026-07-01', '--until', '2026-10-01', '--all').out;
      repo.git('remote', 'add', 'origin', 'https://github.com/acme/tool.git');
      assert.match(scan(), /^ {6}pull request #42, 1 commit$/m);
      repo.git('remote', 'set-url', 'origin', 'git@gitlab.com:acme/tool.git');
      assert.match(scan(), /^ {6}merge request !42, 1 commit$/m);
    } finally {
      repo.remove();
    }
  });

  it('scan of a partial clone offline: goes on without the release notes it cannot read, and says how many commits git could not diff', () => {
    const origin = new TempRepo();
    const clone = new TempRepo({ init: false });
    try {
      origin.git('config', 'uploadpack.allowFilter', 'true');
      origin.commit({ message: 'Add the parser', files: { 'src/parser.ts': lines(120) }, date: '2026-08-01T10:00:00Z' });
      // release notes whose blob is missing too: the scan goes on without them
      origin.commit({
        message: 'Add the printer',
        files: { 'src/printer.ts': lines(80), 'CHANGELOG.md': '# 1.1.0\n\n- A printer\n' },
        date: '2026-08-02T10:00:00Z',
      });
      clone.git('clone', '-q', '--filter=blob:none', '--no-checkout', `file://${origin.dir}`, '.');
      clone.git('remote', 'set-url', 'origin', `file://${path.join(origin.dir, 'gone')}`);
      const args = ['scan', '--repo', clone.dir, '--since', '2026-07-01', '--until', '2026-10-01', '--author', origin.git('config', 'user.email').trim()];
      const text = run(...args);
      assert.equal(text.code, 0, text.err);
      assert.match(text.out, /Note: git could not read the changes of 2 of these commits \(an object is missing/);
      const json = JSON.parse(run(...args, '--json').out) as { commits: number; commitsWithoutStats: number };
      assert.deepEqual([json.commits, json.commitsWithoutStats], [2, 2]);
      assert.doesNotMatch(run('scan', '--repo', origin.dir, '--since', '2026-07-01', '--until', '2026-10-01').out, /Note:/, 'every object here');
    } finally {
      origin.remove();
      clone.remove();
    }
  });

  it('terminal escapes in commit text are printed as visible escapes, never acted on; JSON stays valid', () => {
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
    const repo = new TempRepo();
    try {
      const subject = 'Fix outage \x1b]0;pwned\x07 and \x1b[2J now \u202eevil\u202c (#7)';
      repo.commit({
        message: `${subject}\n\nCo-authored-by: Mal\x1b[31lory <mal@example.com>\n`,
        files: { 'src/pay/\x1b[2Jretry.ts': lines(300), 'src/pay/retry.test.ts': lines(20) },
        date: '2026-08-01T10:00:00Z',
      });
      const table = run('scan', '--repo', repo.dir, '--since', '2026-07-01', '--until', '2026-10-01');
      assert.equal(table.code, 0, table.err);
      assert.ok(!CONTROL.test(table.out), `no control character reaches the terminal: ${JSON.stringify(table.out)}`);
      assert.ok(table.out.includes('Fix outage \\x1b]0;pwned\\x07 and \\x1b[2J now \\u202eevil\\u202c (#7)'), table.out);
      const json = run('scan', '--repo', repo.dir, '--since', '2026-07-01', '--until', '2026-10-01', '--json');
      assert.ok(!CONTROL.test(json.out), 'nor through --json');
      assert.equal(
        (JSON.parse(json.out) as { flagged: Array<{ commits: Array<{ subject: string }> }> }).flagged[0]!.commits[0]!.subject,
        subject,
        'the JSON still carries the exact text',
      );
    } finally {
      repo.remove();
    }
  });

  it('messages that say what to do: an over-long title (exit 2), no author identity (names --author)', () => {
    const journal = path.join(dir, 'limits.json');
    const long = run('add', '--journal', journal, '--title', 'x'.repeat(301));
    assert.equal(long.code, 2);
    assert.match(long.err, /--title has 301 characters; an entry's title has at most 300/);
    const repo = new TempRepo({ user: null });
    try {
      repo.commit({ message: 'Work', files: { 'a.ts': 'a\n' }, date: '2026-08-01T10:00:00Z' });
      const r = run('scan', '--repo', repo.dir, '--since', '2026-07-01', '--until', '2026-10-01');
      assert.equal(r.code, 1);
      assert.match(r.err, /no author identity .*--author EMAIL/);
      assert.ok(!r.err.includes('impactJournal.authorEmails'), 'not the extension’s setting');
    } finally {
      repo.remove();
    }
  });

  it('export --out onto a FIFO or /dev/stdout writes into it and leaves it what it was', async () => {
    const journal = path.join(dir, 'special.json');
    assert.equal(run('add', '--journal', journal, '--title', 'Special', '--date', '2026-08-12').code, 0);
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'ignore'] });
    let read = '';
    reader.stdout.on('data', (d: Buffer) => (read += d.toString()));
    const closed = new Promise((r) => reader.on('close', r));
    const viaFifo = await runAsync('export', '--journal', journal, '--period', '2026-Q3', '--out', fifo);
    await closed;
    assert.equal(viaFifo.code, 0, viaFifo.err);
    assert.ok(lstatSync(fifo).isFIFO(), 'still a FIFO');
    assert.ok(read.includes('**Special**'), 'the reader got the document');
    const stdout = run('export', '--journal', journal, '--period', '2026-Q3', '--out', '/dev/stdout');
    assert.equal(stdout.code, 0, stdout.err);
    assert.ok(stdout.out.includes('**Special**'), stdout.out);
  });

  it('a write cut short (file size limit, as on a full disk): refused with the reason, the journal byte for byte as before', () => {
    const journal = path.join(dir, 'short.json');
    for (let i = 0; i < 3; i++) assert.equal(run('add', '--journal', journal, '--title', `Entry ${i}`, '--body', 'x'.repeat(3000)).code, 0);
    const before = readFileSync(journal);
    const limitKb = Math.floor(before.length / 1024) + 1; // the next version (one entry longer) does not fit
    const r = spawnSync(
      'bash',
      [
        '-c',
        `ulimit -f ${limitKb}; trap '' XFSZ; exec "$0" "$@"`,
        process.execPath,
        cli,
        'add',
        '--journal',
        journal,
        '--title',
        'Too much',
        '--body',
        'y'.repeat(2000),
        '--backups',
        '0',
      ],
      { encoding: 'utf8', env: { ...process.env, HOME: home } },
    );
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /short\.json was not changed: There is not enough space/);
    assert.ok(readFileSync(journal).equals(before), 'unchanged');
  });
});
