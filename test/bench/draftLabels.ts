/**
 * Drafts a label file for `npm run eval:notability` from a repository's own release notes:
 * `tsx test/bench/draftLabels.ts --repo DIR --author EMAIL… --since D --until D --out FILE`.
 * Each of the user's pieces of work in the range (a pull request, a topic merge) is looked up in the
 * release-notes files at the mainline's tip, by PR number, commit SHA or the merge's description,
 * and labelled with the kind of the section that lists it (features, performance, fixes, breaking
 * changes, or other: chores, refactors, tests, docs, internal work). What is not found is listed as
 * not in the notes. The draft is then read by a person, who corrects it (`"reviewed"` notes say
 * what changed), before it is committed under test/fixtures/labels/.
 */
import { writeFileSync } from 'node:fs';
import { contentWords, indexReleaseNotes, normalized, sameText } from '../../src/core/shipped';
import { groupUnits } from '../../src/core/units';
import { readWorkHistory } from '../../src/git/workHistory';
import type { LabelFile, LabelItem } from './labels';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
function args(name: string): string[] {
  return process.argv.flatMap((a, i) => (a === name ? [process.argv[i + 1] ?? ''] : []));
}

/** The kind of a release-notes section: what users get, or other work. */
export function sectionKind(section: string, text: string): LabelItem['kind'] {
  if (/breaking|backward/i.test(section)) return 'breaking';
  if (/^features?$|ui, workflows|new features|^added$/i.test(section)) return 'feature';
  // git.git files performance work with internal work under "Performance, Internal Implementation, …"
  if (/performance/i.test(section))
    return !/internal/i.test(section) || /performance|faster|speed|optimi[sz]|latency|throughput|memory|overhead/i.test(text) ? 'perf' : 'other';
  if (/fix/i.test(section)) return 'fix';
  return 'other';
}

async function main(): Promise<void> {
  const repo = arg('--repo');
  const since = arg('--since');
  const until = arg('--until');
  const out = arg('--out');
  const authors = args('--author');
  if (!repo || !since || !until || !out || authors.length === 0) {
    console.error('usage: tsx test/bench/draftLabels.ts --repo DIR --author EMAIL… --since YYYY-MM-DD --until YYYY-MM-DD --out FILE');
    process.exit(2);
  }
  const range = { since: new Date(`${since}T00:00:00Z`), until: new Date(`${until}T00:00:00Z`) };
  const history = await readWorkHistory(repo, range, { authorEmails: authors });
  const units = groupUnits(history.repository.repo, history.commits, history.topology, history.conventions).filter(
    (u) => Date.parse(u.date) >= range.since.getTime() && Date.parse(u.date) < range.until.getTime(),
  );
  const index = indexReleaseNotes(history.releaseNotes, history.releaseTags);
  const items: LabelItem[] = [];
  const unlisted: string[] = [];
  for (const unit of units) {
    const text = unit.merge && unit.kind === 'topic' ? (unit.merge.body.split(/\n\s*\n/)[0] ?? unit.title) : unit.title;
    const words = contentWords(text);
    const normalizedText = normalized(text);
    const item = index.items.find((it) => {
      if (unit.pullRequest !== undefined && it.pullRequests.includes(unit.pullRequest)) return true;
      if (it.shas.some((s) => unit.commits.some((c) => c.sha.startsWith(s)))) return true;
      return sameText(normalizedText, words, it);
    });
    if (!item) {
      unlisted.push(...unit.commits.map((c) => c.sha));
      continue;
    }
    items.push({
      id: unit.topic ?? (unit.pullRequest !== undefined ? `#${unit.pullRequest}` : unit.commits[0]!.sha.slice(0, 12)),
      kind: sectionKind(item.section, [...item.words].join(' ')),
      release: item.version,
      file: item.file,
      section: item.section,
      text: text.slice(0, 200),
      commits: unit.commits.map((c) => c.sha),
    });
  }
  const label: LabelFile = {
    repository: history.repository.repo,
    head: history.repository.head ?? '',
    authors,
    since,
    until,
    use: 'held-out',
    method: `Drafted by test/bench/draftLabels.ts from the release notes at ${history.topology?.ref ?? 'HEAD'} (${history.releaseNotes.map((f) => f.path).join(', ')}), then read and corrected by hand.`,
    reviewed: [],
    items,
    unlisted,
  };
  writeFileSync(out, `${JSON.stringify(label, null, 2)}\n`);
  console.log(
    `${units.length} pieces of work; ${items.length} in the release notes (${items.filter((i) => i.kind !== 'other').length} user-facing); ${unlisted.length} commits not listed`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
