// Child process for the store's concurrency and crash tests. Bundled by the test with esbuild and
// run with plain node. Usage: node journalWorker.js FILE COUNT SEED LABEL
// Makes COUNT seeded random changes (add 55 %, edit 30 %, delete 15 % of its own entries) and prints
// one JSON line per acknowledged change: {"op":"add"|"edit"|"delete","id":…,"title":…}.
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

async function main(): Promise<void> {
  const [file, count, seed, label] = process.argv.slice(2);
  const random = mulberry32(Number(seed));
  const store = journalOn(file, { backups: 3 });
  const mine: string[] = [];
  for (let i = 0; i < Number(count); i++) {
    const r = random();
    if (mine.length === 0 || r < 0.55) {
      const title = `${label} add ${i}`;
      const e = await store.addEntry({ kind: 'impact', title, body: '', competencies: ['code-quality'], occurredAt: '2026-08-01', sources: [{ type: 'manual' }] });
      mine.push(e.id);
      process.stdout.write(`${JSON.stringify({ op: 'add', id: e.id, title })}\n`);
    } else if (r < 0.85) {
      const id = mine[Math.floor(random() * mine.length)];
      const title = `${label} edit ${i}`;
      await store.updateEntry(id, { title });
      process.stdout.write(`${JSON.stringify({ op: 'edit', id, title })}\n`);
    } else {
      const id = mine.splice(Math.floor(random() * mine.length), 1)[0];
      await store.deleteEntry(id);
      process.stdout.write(`${JSON.stringify({ op: 'delete', id })}\n`);
    }
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
