/**
 * Judges the notability detector against labels made from real repositories' release notes:
 *
 *   npm run eval:notability -- --labels test/fixtures/labels/FILE.json [--labels …] [--repo DIR] [--threshold N] [--verbose]
 *
 * For each label file, the production reader and detector run over the labelled repository (a
 * clone at or after the labelled commit: `--repo DIR`, else `../repos/<name>` beside the project),
 * with and without the shipped-evidence signal, and print the prompt rate (offers / the user's
 * commits: those they wrote, not the merge commits of pull requests they merged), precision
 * (offers that point at a feature, fix, performance or breaking item of the notes), recall (of the features, performance work and breaking changes), the most offers for
 * one release-note item, and how many items more than one offer points at (in brackets: those whose offers are each
 * a pull request of its own, an item citing several). `--verbose` lists the offers and what was missed (`--shipped`: with the shipped-evidence signal). Given several sets, it ends with the pooled figures of the held-out sets and of the tuning sets (each file's `use`). Figures only; the
 * targets are in the README.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_THRESHOLD } from '../../src/core/notability';
import { scoreWork } from '../../src/core/work';
import { repositoryWork } from '../../src/git/repositoryWork';
import { readWorkHistory } from '../../src/git/workHistory';
import { evaluate, LabelFile, pool, type Evaluation } from './labels';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const percent = (x: number, digits = 0): string => `${(x * 100).toFixed(digits)} %`;

function row(name: string, e: Evaluation, digits = 0): string {
  return `| ${name} | ${e.offers} / ${e.commits} = ${percent(e.promptRate, digits)} | ${e.worthyOffers} / ${e.offers} = ${percent(e.precision, digits)} | ${e.recalled} / ${e.recallItems} = ${percent(e.recall, digits)} | ${e.maxOffersPerItem} | ${e.repeatedItems} (${e.repeatedAcrossPullRequests}) |`;
}

async function main(): Promise<void> {
  const files = process.argv.flatMap((a, i) => (a === '--labels' && process.argv[i + 1] ? [process.argv[i + 1]!] : []));
  const threshold = Number(arg('--threshold') ?? DEFAULT_THRESHOLD);
  if (files.length === 0) {
    console.error('usage: npm run eval:notability -- --labels FILE [--labels FILE…] [--repo DIR] [--threshold N] [--verbose]');
    process.exit(2);
  }
  console.log(
    `| labels | prompt rate | precision | recall (features, perf, breaking) | max offers per item | items offered more than once (of those, by several pull requests) |`,
  );
  console.log('|---|---|---|---|---|---|');
  // each set's figures by its use and whether shipped evidence was on, pooled at the end
  const pooled = new Map<string, Evaluation[]>();
  for (const file of files) {
    const labels = LabelFile.parse(JSON.parse(readFileSync(file, 'utf8')));
    const repo = arg('--repo') ?? path.join(__dirname, '..', '..', '..', 'repos', labels.repository.split('/').at(-1)!);
    const range = { since: new Date(`${labels.since}T00:00:00Z`), until: new Date(`${labels.until}T00:00:00Z`) };
    const history = await readWorkHistory(repo, range, { authorEmails: labels.authors });
    const work = repositoryWork(history);
    // the user's commits: what they wrote, not merge commits (GitHub's merge button makes the merger
    // the author of a pull request's merge; a maintainer may have more merges than commits)
    const inWindow = history.commits.filter((c) => Date.parse(c.authorDate) >= range.since.getTime() && Date.parse(c.authorDate) < range.until.getTime());
    const commits = inWindow.filter((c) => c.parents.length < 2).length;
    if (commits < inWindow.length)
      console.log(`| (${path.basename(file, '.json')}: ${inWindow.length - commits} pull-request merges left out of its commits) | | | | |`);
    for (const shipped of [false, true]) {
      const scored = scoreWork(work, { threshold, shippedEvidence: shipped });
      const offered = scored.filter((s) => s.notability.notable);
      const e = evaluate(
        labels,
        offered.map((s) => ({ key: s.unit.key, commits: s.unit.commits.map((c) => c.sha) })),
        commits,
      );
      console.log(row(`${path.basename(file, '.json')}${shipped ? ' (with shipped evidence)' : ''}`, e));
      const group = `${labels.use}${shipped ? ' (with shipped evidence)' : ''}`;
      pooled.set(group, [...(pooled.get(group) ?? []), e]);
      if (process.argv.includes('--verbose') && shipped === process.argv.includes('--shipped')) {
        const itemOf = (shas: readonly string[]): string =>
          labels.items
            .filter((i) => i.commits.some((c) => shas.includes(c)))
            .map((i) => `${i.kind}:${i.id}`)
            .join(', ') || 'not listed';
        for (const s of scored.sort((a, b) => b.notability.score - a.notability.score)) {
          const shas = s.unit.commits.map((c) => c.sha);
          console.log(
            `    ${s.notability.notable ? 'OFFER' : '     '} ${s.notability.score.toFixed(2).padStart(6)} [${itemOf(shas)}] ${s.unit.title.slice(0, 90)} (${s.unit.commits.length})${s.shipped ? ` shipped in ${s.shipped.version} (${s.shipped.file}, ${s.shipped.section || 'no section'})` : ''}`,
          );
          if (process.argv.includes('--signals')) console.log(`           ${s.notability.signals.map((x) => `${x.id}:${x.weight}`).join(' ')}`);
        }
        console.log(`    missed: ${e.missed.join(', ') || 'none'}`);
      }
    }
  }
  if (files.length > 1)
    for (const use of ['held-out', 'tuning'] as const)
      for (const shipped of ['', ' (with shipped evidence)']) {
        const sets = pooled.get(`${use}${shipped}`);
        if (sets) console.log(row(`**all ${sets.length} ${use} sets${shipped}**`, pool(sets), 1));
      }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
