/**
 * Notability evaluation (`npm run eval:notability -- REPO[=EMAIL] … [--since YYYY-MM-DD] [--until YYYY-MM-DD]`):
 * runs the production reader and detector over real repositories and prints, per repository, the
 * commits scanned, flagged, the flagged share and the top 20 flagged with their reasons, so a
 * person can judge them. EMAIL defaults to the repository's most frequent author in the range.
 * Prints figures; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { isMergeOfOthersWork } from '../../src/core/candidates';
import { isBotAuthor, profileOf, scoreCommit, DEFAULT_THRESHOLD } from '../../src/core/notability';
import { readHistory } from '../../src/git/historyReader';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The author email with the most commits in the range. */
function mostFrequentAuthor(dir: string, since: Date, until: Date): string {
  const out = execFileSync('git', ['-C', dir, 'log', `--since=${since.toISOString()}`, `--until=${until.toISOString()}`, '--format=%ae'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const counts = new Map<string, number>();
  for (const e of out.split('\n').filter((e) => e && !isBotAuthor('', e))) counts.set(e, (counts.get(e) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

async function main(): Promise<void> {
  const since = new Date(arg('--since') ?? '2000-01-01');
  const until = new Date(arg('--until') ?? new Date().toISOString());
  const threshold = Number(arg('--threshold') ?? DEFAULT_THRESHOLD);
  const targets = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
  if (targets.length === 0) {
    console.error('usage: npm run eval:notability -- /path/to/repo[=author@email] … [--since D] [--until D] [--threshold N]');
    process.exit(2);
  }
  for (const target of targets) {
    const [dir, email] = target.split('=');
    const author = email ?? mostFrequentAuthor(dir, since, until);
    const started = Date.now();
    const { repository, commits } = await readHistory(dir, { since, until }, { authorEmails: [author] });
    const profile = profileOf(commits);
    const own = new Set(commits.map((c) => c.sha));
    const scored = commits.map((c) => ({ c, v: scoreCommit(c, threshold, profile, { mergeOfOthersWork: isMergeOfOthersWork(c, own) }) }));
    const flagged = scored.filter((s) => s.v.notable).sort((a, b) => b.v.score - a.v.score);
    console.log(`\n## ${repository.repo} — ${author} — ${since.toISOString().slice(0, 10)} … ${until.toISOString().slice(0, 10)}`);
    console.log(`scanned ${commits.length} commits, flagged ${flagged.length} (${((flagged.length / Math.max(commits.length, 1)) * 100).toFixed(1)} %), threshold ${threshold}, ${Date.now() - started} ms`);
    const bySignal = new Map<string, number>();
    for (const s of flagged) for (const sig of s.v.signals) bySignal.set(sig.id, (bySignal.get(sig.id) ?? 0) + 1);
    console.log(`signals among flagged: ${[...bySignal.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
    for (const { c, v } of flagged.slice(0, 20)) {
      console.log(`- [${v.score}] ${c.sha.slice(0, 7)} ${c.authorDate.slice(0, 10)} ${c.subject}`);
      console.log(`    ${v.signals.map((s) => `${s.reason}`).join(' ')}`);
    }
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
