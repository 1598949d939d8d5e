// Child process for the cross-process test: adds `count` entries to the journal at `file`,
// printing each acknowledged id. Usage: node --import tsx addEntries.ts FILE COUNT LABEL
import { journalOn } from '../../helpers/journalOn';

async function main(): Promise<void> {
  const [file, count, label] = process.argv.slice(2);
  const store = journalOn(file!);
  for (let i = 0; i < Number(count); i++) {
    const entry = await store.addEntry({
      kind: 'impact',
      title: `${label} ${i}`,
      body: '',
      competencies: ['code-quality'],
      occurredAt: '2026-08-01',
      sources: [{ type: 'manual' }],
    });
    process.stdout.write(`${entry.id}\n`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
