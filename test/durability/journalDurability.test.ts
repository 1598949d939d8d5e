/**
 * The journal under concurrency and crashes, with real processes and files. Seeded: set
 * IJ_SEED to replay a failure. Prints figures; asserts outcomes, never timings.
 */
import * as assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { journalOn } from '../helpers/journalOn';

interface Ack {
  op: 'add' | 'edit' | 'delete';
  id: string;
  title?: string;
}

const SEED = Number(process.env.IJ_SEED ?? 20261122);
/** IJ_QUICK=1 (the clock-moving runs, test/clock/run.sh) does fewer rounds of the long tests. */
const QUICK = process.env.IJ_QUICK === '1';
const KILLS = QUICK ? 40 : 200;

describe('journal durability (real processes)', function () {
  this.timeout(300_000);
  let dir: string;
  let worker: string;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ij-durability-'));
    chmodSync(dir, 0o755);
    worker = path.join(dir, 'journalWorker.js');
    await build({ entryPoints: [path.join(__dirname, '..', 'unit', 'helpers', 'journalWorker.ts')], outfile: worker, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it(`4 processes × 250 changes (adds, edits, deletes): every acknowledged change is present exactly once (seed ${SEED})`, async () => {
    const file = path.join(dir, 'concurrent.json');
    const started = Date.now();
    const run = promisify(execFile);
    const outputs = await Promise.all([0, 1, 2, 3].map((i) => run(process.execPath, [worker, file, '250', String(SEED + i), `p${i}`], { maxBuffer: 1 << 26 })));
    const acks = outputs.flatMap((o) => o.stdout.trim().split('\n').map((l) => JSON.parse(l) as Ack));
    assert.equal(acks.length, 1000);
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
    const next = (): number => ((random = (random * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const acknowledged = new Set<string>();
    let killedMidWrite = 0;
    for (let i = 0; i < KILLS; i++) {
      const child = spawn(process.execPath, [worker, file, '1000', String(SEED + i), `k${i}`], { stdio: ['ignore', 'pipe', 'ignore'] });
      let out = '';
      const writing = new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        resolve();
      }));
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
    const entry = await journalOn(file).addEntry({ kind: 'impact', title: 'after the crash', body: '', competencies: [], occurredAt: '2026-08-01', sources: [] });
    assert.ok((await journalOn(file).read()).entries.some((e) => e.id === entry.id));
    console.log(`      wrote after a crashed holder's lock went stale, in ${Date.now() - started} ms`);
  });
});
