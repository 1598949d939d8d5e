/**
 * Never losing an entry when the input is odd and the machine misbehaves: files that would not read
 * back as written, leftovers of killed writers, locks seen through disagreeing clocks, a paused or
 * crashed holder, a folder that cannot be written, a loop of symbolic links. Real files, real processes.
 */
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { NewEntry } from '../../../src/core/journalOps';
import { JournalReadError, jsonStructureProblem } from '../../../src/journal/format';
import { acquireLock } from '../../../src/journal/lock';
import { journalOn } from '../../helpers/journalOn';

const ENTRY: NewEntry = {
  kind: 'impact',
  title: 'Cut checkout latency',
  body: 'p95 from 900 ms to 300 ms',
  competencies: ['reliability-operations'],
  occurredAt: '2026-08-12',
  sources: [],
};
const REPO = path.join(__dirname, '..', '..', '..');

/** A live process that holds nothing: its pid is alive for as long as the test needs. */
function sleeper(): { pid: number; stop: () => void } {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  return { pid: child.pid!, stop: () => child.kill('SIGKILL') };
}

describe('journal safety (real files and processes)', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'ij-safety-'))));
  afterEach(() => {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });

  const validJournal = (extra: string): string => `{"schemaVersion":1,"entries":[],"dismissed":[],"goals":[],"assessments":[]${extra}}`;
  const unreadable: Array<[string, Buffer, RegExp]> = [
    // a string with a byte that is not UTF-8: the next write would have turned it into U+FFFD
    [
      'invalid UTF-8 inside a string',
      Buffer.concat([Buffer.from(validJournal(',"note":"caf')), Buffer.from([0xe9]), Buffer.from('"}').subarray(0, 1), Buffer.from('}')]),
      /is not valid UTF-8/,
    ],
    // JSON.parse keeps the last "entries" and silently drops the first list
    [
      'a repeated "entries" key',
      Buffer.from(`{"schemaVersion":1,"entries":[{"id":"x"}],"entries":[],"dismissed":[],"goals":[],"assessments":[]}`),
      /the key "entries" appears twice/,
    ],
    [
      'a key repeated inside an entry (escaped the second time)',
      Buffer.from(`{"schemaVersion":1,"entries":[{"title":"a","t\\u0069tle":"b"}],"dismissed":[],"goals":[],"assessments":[]}`),
      /the key "title" appears twice/,
    ],
    ['100,000 levels of nesting', Buffer.from(validJournal(`,"x":${'['.repeat(100_000)}${']'.repeat(100_000)}`)), /nested more than 64 levels/],
  ];
  for (const [name, bytes, message] of unreadable) {
    it(`refuses a file with ${name} as unreadable, naming it, and never rewrites it`, async () => {
      const file = path.join(dir, 'journal.json');
      writeFileSync(file, bytes);
      const journal = journalOn(file);
      await assert.rejects(
        journal.read(),
        (e: unknown) => e instanceof JournalReadError && e.problem === 'invalidJson' && message.test(e.message) && e.message.includes(file),
      );
      await assert.rejects(journal.addEntry(ENTRY), JournalReadError);
      assert.ok(readFileSync(file).equals(bytes), 'bytes unchanged');
      const copy = await journal.copyAside();
      assert.ok(copy && readFileSync(copy).equals(bytes), 'copied aside byte for byte');
    });
  }

  it('the structure check is exact on ordinary journals: no false alarm on keys repeated across objects, escapes, or brackets inside strings', () => {
    assert.equal(jsonStructureProblem('{"a":{"a":1},"b":[{"a":2},{"a":3}],"s":"{\\"a\\":[\\"]","t":"\\\\"}'), undefined);
    assert.match(jsonStructureProblem('{"a":1,"b":{"c":2},"a":3}') ?? '', /"a" appears twice/);
  });

  it('temporary copies left by writers killed mid-write are removed on the next write', async () => {
    const file = path.join(dir, 'journal.json');
    const journal = journalOn(file);
    await journal.addEntry(ENTRY);
    // what a SIGKILL between write and rename leaves: ours, and write-file-atomic's of earlier versions
    const leftovers = [path.join(dir, '.journal.json.4242.0123456789ab.tmp'), path.join(dir, 'journal.json.3141592653')];
    for (const f of leftovers) writeFileSync(f, readFileSync(file));
    writeFileSync(path.join(dir, 'journal.json.notes'), 'mine'); // not a leftover
    await journal.addEntry({ ...ENTRY, title: 'Second' });
    assert.deepEqual(
      leftovers.filter((f) => existsSync(f)),
      [],
    );
    assert.ok(existsSync(path.join(dir, 'journal.json.notes')), 'other files are left alone');
  });

  it('a live holder whose lock looks an hour old (its clock behind the file system’s) is never robbed', async () => {
    const file = path.join(dir, 'journal.json');
    await journalOn(file).addEntry(ENTRY);
    // another process holds the lock and keeps its heartbeat; the lock's times say one hour ago
    const holder = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `
      const { acquireLock } = require(${JSON.stringify(path.join(REPO, 'src', 'journal', 'lock.ts'))});
      acquireLock(${JSON.stringify(file)}, { staleMs: 500 }).then((lock) => {
        process.stdout.write('held\\n');
        // after 3 s, still its own? (a waiter that stole it would have made this fail)
        setTimeout(() => lock.verify().then(() => process.stdout.write('still mine\\n'), () => process.stdout.write('lost\\n')).then(() => lock.release()), 3000);
      });
    `,
      ],
      { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const closed = new Promise((r) => holder.once('close', r));
    let out = '';
    await new Promise<void>((resolve) => holder.stdout.on('data', (d: Buffer) => ((out += d.toString()), out.includes('held') && resolve())));
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(`${file}.lock`, hourAgo, hourAgo);
    const lock = await acquireLock(file, { staleMs: 500 });
    await lock.release();
    await closed;
    assert.ok(out.includes('still mine') && !out.includes('lost'), `the holder kept its lock until it released it: ${out}`);
  });

  it('a lock left by a crashed holder is taken at once when its pid is gone, and after the stale period otherwise, even when its time is an hour ahead', async () => {
    const file = path.join(dir, 'journal.json');
    await journalOn(file).addEntry(ENTRY);
    // a holder of this host that died: its owner file names a pid that no longer exists
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    mkdirSync(`${file}.lock`);
    const { readlinkSync } = await import('node:fs');
    let pidns: string | undefined;
    try {
      pidns = readlinkSync('/proc/self/ns/pid');
    } catch {
      pidns = undefined;
    }
    writeFileSync(
      path.join(`${file}.lock`, 'owner'),
      JSON.stringify({ token: 'crashed', pid: Number(dead.stdout), host: (await import('node:os')).hostname(), pidns, beat: 7 }),
    );
    const entry = await journalOn(file, { lockStaleMs: 60_000 }).addEntry({ ...ENTRY, title: 'After a crash' });
    assert.ok(
      (await journalOn(file).read()).entries.some((e) => e.id === entry.id),
      'written without waiting a minute',
    );
    // a lock of another host (or an earlier version) whose time is an hour ahead: stale once its heartbeat stops for the period, not in an hour
    mkdirSync(`${file}.lock`);
    const hourAhead = new Date(Date.now() + 3_600_000);
    utimesSync(`${file}.lock`, hourAhead, hourAhead);
    const started = performance.now();
    await journalOn(file, { lockStaleMs: 800 }).addEntry({ ...ENTRY, title: 'After a foreign crash' });
    assert.ok(performance.now() - started < 30_000, 'not an hour');
  });

  it('a live holder on this host is waited for, not taken over, however old its lock looks', async () => {
    const file = path.join(dir, 'journal.json');
    await journalOn(file).addEntry(ENTRY);
    const live = sleeper();
    try {
      mkdirSync(`${file}.lock`);
      writeFileSync(
        path.join(`${file}.lock`, 'owner'),
        JSON.stringify({ token: 'alive', pid: live.pid, host: (await import('node:os')).hostname(), pidns: undefined, beat: 1 }),
      );
      // its heartbeat moves (another process rewrites the owner file), so it is never stale
      const beat = setInterval(
        () => writeFileSync(path.join(`${file}.lock`, 'owner'), JSON.stringify({ token: 'alive', pid: live.pid, host: 'x', beat: Date.now() })),
        100,
      );
      const attempt = journalOn(file, { lockStaleMs: 500 }).addEntry({ ...ENTRY, title: 'Waits' });
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal((await journalOn(file).read()).entries.length, 1, 'nothing written while the holder is alive');
      clearInterval(beat);
      rmSync(`${file}.lock`, { recursive: true });
      await attempt;
      assert.equal((await journalOn(file).read()).entries.length, 2, 'written once the holder released');
    } finally {
      live.stop();
    }
  });

  it('a folder that cannot be written and a loop of symbolic links give messages that name the journal', async function () {
    const loop = path.join(dir, 'loop.json');
    symlinkSync(loop, loop);
    await assert.rejects(
      journalOn(loop).read(),
      (e: unknown) => e instanceof JournalReadError && /loop of symbolic links/.test(e.message) && e.message.includes(loop),
    );
    await assert.rejects(journalOn(loop).addEntry(ENTRY), (e: unknown) => e instanceof JournalReadError && /loop of symbolic links/.test(e.message));
    // a read-only folder: as root every permission is granted, so the writer runs as nobody
    const folder = path.join(dir, 'readonly');
    mkdirSync(folder);
    await journalOn(path.join(folder, 'journal.json')).addEntry(ENTRY);
    chmodSync(folder, 0o555);
    chmodSync(dir, 0o755);
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const helper = path.join(REPO, 'test', 'unit', 'helpers', 'addEntries.ts');
    const result = spawnSync(process.execPath, ['--import', 'tsx', helper, path.join(folder, 'journal.json'), '1', 'ro'], {
      cwd: REPO,
      encoding: 'utf8',
      ...asUser,
      env: { ...process.env, HOME: dir },
    });
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /journal\.json cannot be changed: its folder .*readonly is not writable \(EACCES\)/);
    assert.deepEqual(readdirSync(folder).sort(), ['journal.json', 'journal.json.backups'].filter((f) => existsSync(path.join(folder, f))).sort());
  });
});
