// Child process for the store's concurrency and crash tests. Bundled by the test with esbuild and
// run with plain node. Usage: node journalWorker.js FILE COUNT SEED LABEL [MODE]
// MODE mixed (default): COUNT seeded random changes (add 55 %, edit 30 %, delete 15 % of its own
//   entries); adds: COUNT adds; pause: one add whose edit, once it runs under the lock, prints
//   {"op":"inside"} and then holds the lock 300 ms (so the test can stop the process there).
// Prints one JSON line per acknowledged change: {"op":"add"|"edit"|"delete","id":…,"title":…}.
// IJ_LOCK_STALE_MS sets the lock's stale period (tests shorten it).
import { randomUUID } from 'node:crypto';
import { addEntry, newEntry } from '../../../src/core/journalOps';
import { journalOn } from '../../helpers/journalOn';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ack = (line: object): boolean => process.stdout.write(`${JSON.stringify(line)}\n`);

async function main(): Promise<void> {
  const [file, count, seed, label, mode = 'mixed'] = process.argv.slice(2);
  const random = mulberry32(Number(seed));
  const stale = process.env.IJ_LOCK_STALE_MS ? Number(process.env.IJ_LOCK_STALE_MS) : undefined;
  const journal = journalOn(file!, { backups: 3, lockStaleMs: stale });
  const input = (title: string) => ({
    kind: 'impact' as const,
    title,
    body: '',
    competencies: ['code-quality'],
    occurredAt: '2026-08-01',
    sources: [{ type: 'manual' as const }],
  });
  if (mode === 'pause') {
    const now = new Date();
    const entry = newEntry(input(`${label} paused add`), randomUUID(), now);
    const hold = new Int32Array(new SharedArrayBuffer(4));
    await journal.store.transact((j) => {
      ack({ op: 'inside' });
      Atomics.wait(hold, 0, 0, 300); // a synchronous pause inside the lock, for the test to stop us in
      return addEntry(entry)(j);
    }, now);
    ack({ op: 'add', id: entry.id, title: entry.title });
    return;
  }
  const mine: string[] = [];
  for (let i = 0; i < Number(count); i++) {
    const r = random();
    if (mode === 'adds' || mine.length === 0 || r < 0.55) {
      const title = `${label} add ${i}`;
      const e = await journal.addEntry(input(title));
      mine.push(e.id);
      ack({ op: 'add', id: e.id, title });
    } else if (r < 0.85) {
      const id = mine[Math.floor(random() * mine.length)];
      const title = `${label} edit ${i}`;
      await journal.updateEntry(id!, { title });
      ack({ op: 'edit', id, title });
    } else {
      const id = mine.splice(Math.floor(random() * mine.length), 1)[0];
      await journal.deleteEntry(id!);
      ack({ op: 'delete', id });
    }
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
