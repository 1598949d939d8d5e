/**
 * The built CLI (dist/cli.js, bundled here with esbuild exactly as esbuild.js does) run as a real
 * process against a temp journal and a temp git repository.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
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

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ij-cli-'));
    home = mkdtempSync(path.join(tmpdir(), 'ij-cli-home-'));
    cli = path.join(dir, 'cli.js');
    buildSync({ entryPoints: [path.join(__dirname, '..', '..', 'src', 'cli.ts')], outfile: cli, bundle: true, platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' }, logLevel: 'error' });
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
    const added = run('add', '--journal', journal, '--title', 'Led the <b>billing</b> migration', '--body', 'Moved 3 services; cut costs 20 %.', '--competency', 'impact-ownership', '--date', '2026-08-12');
    assert.equal(added.code, 0, added.err);
    assert.match(added.out, /^added [0-9a-f-]{36} to /);
    const saved = JSON.parse(readFileSync(journal, 'utf8')) as { entries: Array<{ title: string; competencies: string[] }> };
    assert.deepEqual(saved.entries.map((e) => [e.title, e.competencies]), [['Led the <b>billing</b> migration', ['impact-ownership']]]);
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
      repo.commit({ message: 'Fix checkout outage with retries (#42)', files: { 'src/pay/retry.ts': lines(300), 'src/pay/retry.test.ts': lines(20) }, date: '2026-08-01T10:00:00Z' });
      repo.commit({ message: 'Rename variable', files: { 'src/a.ts': 'a\n' }, date: '2026-08-02T10:00:00Z' });
      const r = run('scan', '--repo', repo.dir, '--since', '2026-07-01', '--until', '2026-10-01', '--json');
      assert.equal(r.code, 0, r.err);
      const result = JSON.parse(r.out) as { scanned: number; flagged: Array<{ subject: string; reasons: string[] }> };
      assert.equal(result.scanned, 2);
      assert.deepEqual(result.flagged.map((f) => f.subject), ['Fix checkout outage with retries (#42)']);
      assert.ok(result.flagged[0].reasons.length > 0);
      assert.equal(run('scan', '--repo', dir).code, 1, 'not a repository: exit 1');
    } finally {
      repo.remove();
    }
  });
});
