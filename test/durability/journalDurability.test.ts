/**
 * The journal under concurrency, crashes, paused processes, disagreeing clocks and a full disk,
 * with real processes and files. Seeded: set IJ_SEED to replay a failure. Prints figures; asserts
 * outcomes, never timings. IJ_QUICK=1 runs fewer rounds (the clock-moving runs); the full-disk test
 * mounts a small tmpfs where it may (root), else it limits the file size (IJ_NO_MOUNT=1 forces that).
 */
import * as assert from 'node:assert/strict';
import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { bundleForNode, CLI_ENTRY } from '../unit/helpers/bundle';
import { journalOn } from '../helpers/journalOn';

interface Ack {
  op: 'add' | 'edit' | 'delete' | 'inside';
  id: string;
  title?: string;
}

const SEED = Number(process.env.IJ_SEED ?? 20261122);
/** IJ_QUICK=1 (the clock-moving runs, test/clock/run.sh) does fewer rounds of the long tests. */
const QUICK = process.env.IJ_QUICK === '1';
const KILLS = QUICK ? 40 : 200;
const PAUSES = QUICK ? 3 : 20;
const CHANGES = QUICK ? 60 : 250;
const CLOCK_ADDS = QUICK ? 15 : 50;
/** The stale period the paused-holder test gives every process (ms; the default is 10 s). */
const STALE_MS = 1000;

/** Runs a process to its end; its exit code and output. */
function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

const acksOf = (out: string): Ack[] =>
  out
    .split('\n')
    .filter((l) => l.endsWith('}'))
    .map((l) => JSON.parse(l) as Ack);

describe('journal durability (real processes)', function () {
  this.timeout(300_000);
  let dir: string;
  let worker: string;
  let cli: string;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ij-durability-'));
    chmodSync(dir, 0o755);
    worker = path.join(dir, 'journalWorker.js');
    bundleForNode(path.join(__dirname, '..', 'unit', 'helpers', 'journalWorker.ts'), worker);
    cli = path.join(dir, 'cli.js');
    bundleForNode(CLI_ENTRY, cli);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it(`4 processes × ${CHANGES} changes (adds, edits, deletes): every acknowledged change is present exactly once (seed ${SEED})`, async () => {
    const file = path.join(dir, 'concurrent.json');
    const started = Date.now();
    const execute = promisify(execFile);
    const outputs = await Promise.all(
      [0, 1, 2, 3].map((i) => execute(process.execPath, [worker, file, String(CHANGES), String(SEED + i), `p${i}`], { maxBuffer: 1 << 26 })),
    );
    const acks = outputs.flatMap((o) =>
      o.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Ack),
    );
    assert.equal(acks.length, 4 * CHANGES);
    const expected = new Map<string, Ack>();
    for (const a of acks) expected.set(a.id, a); // each process's acks are in order; ids never cross processes
    const journal = await journalOn(file).read();
    const ids = journal.entries.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, 'no entry twice');
    assert.equal(ids.length, expected.size, 'every added entry is there (deleted ones as tombstones)');
    for (const e of journal.entries) {
      const last = expected.get(e.id)!;
      if (last.op === 'delete') assert.ok(e.deletedAt, `${e.id} is deleted`);
      else assert.equal(e.title, last.title, `${e.id} has its last acknowledged title`);
    }
    console.log(`      ${acks.length} changes by 4 processes in ${Date.now() - started} ms; ${journal.entries.filter((e) => e.deletedAt).length} tombstones`);
  });

  it(`a child killed with SIGKILL at random moments, ${KILLS} times: the file always parses and holds every acknowledged entry`, async () => {
    const file = path.join(dir, 'crash.json');
    const store = journalOn(file);
    let random = SEED;
    const next = (): number => (random = (random * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const acknowledged = new Set<string>();
    let killedMidWrite = 0;
    for (let i = 0; i < KILLS; i++) {
      const child = spawn(process.execPath, [worker, file, '1000', String(SEED + i), `k${i}`], { stdio: ['ignore', 'pipe', 'ignore'] });
      let out = '';
      const writing = new Promise<void>((resolve) =>
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          resolve();
        }),
      );
      await writing; // the child is in its write loop: kill it at a random moment of it
      await new Promise((r) => setTimeout(r, next() * 60));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('close', r));
      for (const line of out.split('\n').filter((l) => l.endsWith('}'))) {
        const a = JSON.parse(line) as Ack;
        if (a.op === 'add') acknowledged.add(a.id);
      }
      const journal = await store.read(); // throws if the file is torn or invalid
      const ids = new Set(journal.entries.map((e) => e.id));
      for (const id of acknowledged) assert.ok(ids.has(id), `acknowledged entry ${id} survived kill ${i}`);
      // a holder killed inside its lock leaves a stale lock; stale-lock recovery is tested below, so clear it here
      try {
        rmSync(`${realpathSync(file)}.lock`, { recursive: true });
        killedMidWrite++;
      } catch {
        /* no lock left */
      }
    }
    console.log(`      ${KILLS} kills, ${acknowledged.size} acknowledged adds all present; ${killedMidWrite} kills left a lock behind`);
    // the kills must land inside the write path (lock held) often, or this test proves nothing
    assert.ok(killedMidWrite >= KILLS / 4, `only ${killedMidWrite} of ${KILLS} kills landed while the lock was held`);
  });

  it(`8 processes × ${CLOCK_ADDS} adds, 4 with their clock an hour ahead of the file system and 4 an hour behind: all ${8 * CLOCK_ADDS} present, each once`, async function () {
    const faketime = ['/usr/bin/faketime', '/usr/local/bin/faketime'].find((f) => existsSync(f));
    assert.ok(faketime, 'faketime is missing: run npm run test:tools (it installs Debian’s faketime)');
    const file = path.join(dir, 'clocks.json');
    const offsets = ['+1h', '+1h', '+1h', '+1h', '-1h', '-1h', '-1h', '-1h'];
    const runs = await Promise.all(
      offsets.map((offset, i) => run(faketime, ['-f', offset, process.execPath, worker, file, String(CLOCK_ADDS), String(SEED + i), `c${i}`, 'adds'])),
    );
    for (const [i, r] of runs.entries()) assert.equal(r.code, 0, `process ${i} (${offsets[i]}) failed: ${r.err}`);
    const acks = runs.flatMap((r) => acksOf(r.out));
    assert.equal(acks.length, 8 * CLOCK_ADDS);
    const ids = (await journalOn(file).read()).entries.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, 'no entry twice');
    assert.deepEqual([...ids].sort(), acks.map((a) => a.id).sort(), 'every acknowledged entry, and nothing else');
    console.log(`      ${ids.length} of ${acks.length} acknowledged entries present once, with process clocks ±1 h off the file system's`);
  });

  it(`a lock holder paused past the stale period loses nothing, and erases nothing (${PAUSES} trials)`, async function () {
    let kept = 0;
    for (let trial = 0; trial < PAUSES; trial++) {
      const file = path.join(dir, `paused-${trial}.json`);
      await journalOn(file).addEntry({ kind: 'impact', title: 'before', body: '', competencies: [], occurredAt: '2026-08-01', sources: [] });
      const env = { ...process.env, IJ_LOCK_STALE_MS: String(STALE_MS) };
      // A takes the lock and reads; it is stopped there (Ctrl-Z, a debugger, a stalled share)
      const a = spawn(process.execPath, [worker, file, '1', String(SEED + trial), `a${trial}`, 'pause'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let aOut = '';
      let aErr = '';
      a.stderr.on('data', (d: Buffer) => (aErr += d.toString()));
      const aDone = new Promise<number | null>((resolve) => a.on('close', resolve));
      await new Promise<void>((resolve) =>
        a.stdout.on('data', (d: Buffer) => {
          aOut += d.toString();
          if (aOut.includes('"inside"')) resolve();
        }),
      );
      a.kill('SIGSTOP');
      // B waits out the stale period, takes the lock over, writes, exits 0
      const b = await run(process.execPath, [worker, file, '1', String(SEED + 1000 + trial), `b${trial}`, 'adds'], { IJ_LOCK_STALE_MS: String(STALE_MS) });
      assert.equal(b.code, 0, b.err);
      const [bAck] = acksOf(b.out);
      // A resumes with its old view of the file
      a.kill('SIGCONT');
      assert.equal(await aDone, 0, aErr);
      const aAck = acksOf(aOut).find((x) => x.op === 'add')!;
      const titles = (await journalOn(file).read()).entries.map((e) => e.title).sort();
      assert.deepEqual(titles, ['before', aAck.title!, bAck!.title!].sort(), `trial ${trial}: both acknowledged entries are in the file, once`);
      kept++;
    }
    console.log(`      ${kept} of ${PAUSES} trials: the paused holder's entry and the one written meanwhile both kept`);
  });

  it('a nearly full file system, at 8 fill levels: each add is complete, or refused with the journal and its backups unchanged', async function () {
    const mount = path.join(dir, 'small-disk');
    mkdirSync(mount);
    const mounted = process.env.IJ_NO_MOUNT !== '1' && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mount]).status === 0;
    if (!mounted) {
      console.log('      (cannot mount a tmpfs here: not root, or not permitted; the file-size limit below stands in for a full disk)');
    }
    try {
      const levels = [0, 2, 6, 12, 20, 28, 40, 64].map((kb) => kb * 1024);
      const outcomes: string[] = [];
      for (const free of levels) {
        for (const name of readdirSync(mount)) rmSync(path.join(mount, name), { recursive: true, force: true });
        const file = path.join(mount, 'journal.json');
        const journal = journalOn(file, { backups: 2 });
        for (let i = 0; i < 30; i++)
          await journal.addEntry({ kind: 'impact', title: `Entry ${i}`, body: 'x'.repeat(300), competencies: [], occurredAt: '2026-08-01', sources: [] });
        const out = path.join(mount, 'q3.md');
        writeFileSync(out, 'earlier export\n');
        const before = readFileSync(file);
        const backupsBefore = readdirSync(`${file}.backups`).sort();
        let result: { code: number | null; out: string; err: string };
        if (mounted) {
          const available = statfsSync(mount);
          const filler = Math.max(0, Number(available.bavail) * Number(available.bsize) - free);
          if (filler > 0) writeFileSync(path.join(mount, 'filler'), Buffer.alloc(filler));
          result = await run(process.execPath, [cli, 'add', '--journal', file, '--title', 'On a full disk', '--body', 'y'.repeat(300), '--backups', '2']);
        } else {
          // RLIMIT_FSIZE: a write past the limit is cut short (then fails with EFBIG), as on a full disk
          const limitKb = Math.max(1, Math.floor((before.length + free) / 1024));
          result = await run('bash', [
            '-c',
            `ulimit -f ${limitKb}; trap '' XFSZ; exec "$0" "$@"`,
            process.execPath,
            cli,
            'add',
            '--journal',
            file,
            '--title',
            'On a full disk',
            '--body',
            'y'.repeat(300),
            '--backups',
            '2',
          ]);
        }
        const after = readFileSync(file);
        const leftovers = readdirSync(mount)
          .filter((n) => n.endsWith('.tmp') || n.includes('.partial'))
          .concat(readdirSync(`${file}.backups`).filter((n) => n.includes('.partial')));
        assert.deepEqual(leftovers, [], `free ${free / 1024} KB: no temporary file left`);
        if (result.code === 0) {
          const titles = (await journalOn(file).read()).entries.map((e) => e.title);
          assert.equal(titles.length, 31, `free ${free / 1024} KB: complete`);
          assert.ok(titles.includes('On a full disk'));
          outcomes.push(`${free / 1024} KB free: added`);
        } else {
          assert.equal(result.code, 1, result.err);
          assert.match(result.err, /not enough space/, `free ${free / 1024} KB: the message says why: ${result.err}`);
          assert.match(result.err, /journal\.json/, `and names the journal: ${result.err}`);
          assert.ok(after.equals(before), `free ${free / 1024} KB: refused, and the journal is byte for byte what it was`);
          assert.deepEqual(readdirSync(`${file}.backups`).sort(), backupsBefore, 'and its backups too');
          outcomes.push(`${free / 1024} KB free: refused, unchanged`);
        }
        // the export onto the same disk: a whole document, or the earlier one untouched
        const earlier = readFileSync(out);
        const exported = await run(process.execPath, [cli, 'export', '--journal', file, '--period', '2026-Q3', '--out', out]);
        if (exported.code === 0) assert.match(readFileSync(out, 'utf8'), /Exported from Impact Journal on/);
        else assert.ok(readFileSync(out).equals(earlier), 'a failed export leaves the earlier file');
        rmSync(path.join(mount, 'filler'), { force: true });
      }
      console.log(`      ${outcomes.join('; ')}`);
      assert.ok(outcomes.some((o) => o.includes('refused')) && outcomes.some((o) => o.includes('added')), 'the levels span both outcomes');
    } finally {
      if (mounted) execFileSync('umount', [mount]);
    }
  });

  it('a read-only journal file is refused with a clear message and left byte for byte', async () => {
    const file = path.join(dir, 'readonly.json');
    await journalOn(file).addEntry({ kind: 'impact', title: 'kept', body: '', competencies: [], occurredAt: '2026-08-01', sources: [] });
    chmodSync(file, 0o444);
    const before = readFileSync(file);
    // root may write anything: run the writer as an unprivileged user when we are root
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    chmodSync(dir, 0o777);
    const result = await new Promise<{ code: number | null; err: string }>((resolve) => {
      const child = spawn(process.execPath, [worker, file, '1', String(SEED), 'ro'], { ...asUser, stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('close', (code) => resolve({ code, err }));
    });
    assert.equal(result.code, 1);
    assert.match(result.err, /readonly\.json is read-only/);
    assert.ok(readFileSync(file).equals(before), 'bytes unchanged');
  });

  it('a lock left by a crashed holder does not block forever', async function () {
    this.timeout(60_000);
    const file = path.join(dir, 'stale.json');
    await journalOn(file).addEntry({ kind: 'impact', title: 'before the crash', body: '', competencies: [], occurredAt: '2026-08-01', sources: [] });
    // what a holder killed inside its lock leaves behind: proper-lockfile's lock folder, fresh
    mkdirSync(`${file}.lock`);
    const started = Date.now();
    const entry = await journalOn(file).addEntry({
      kind: 'impact',
      title: 'after the crash',
      body: '',
      competencies: [],
      occurredAt: '2026-08-01',
      sources: [],
    });
    assert.ok((await journalOn(file).read()).entries.some((e) => e.id === entry.id));
    console.log(`      wrote after a crashed holder's lock went stale, in ${Date.now() - started} ms`);
  });
});
