/**
 * The workspace the end-to-end and integration tests open: a real git repository with a GitHub
 * remote and commits by the configured user (some notable, some routine) and by someone else.
 * Every date is derived from `now`, and the history always crosses a month and a quarter boundary:
 * besides the notable commit (five days before `now`), one piece of work is dated on the last day
 * of the quarter before its quarter and one on the first day of the month before its month,
 * whatever day the tests run. Tests read the dates they expect back from the
 * returned `WorkspaceFixture` (never from the clock again).
 */
import { renameSync, writeFileSync } from 'node:fs';
import { addHours, startOfMonth, startOfQuarter, subDays, subMonths } from 'date-fns';
import { SCHEMA_VERSION, type Entry, type JournalFile } from '../../src/core/model';
import { toIsoDate } from '../../src/core/quarters';
import { lines, ME, OTHER, TempRepo, type Author } from '../unit/helpers/tempRepo';

/** Subject of the notable commit the tests log. */
export const NOTABLE_SUBJECT = 'Fix checkout outage: retry failed payments (#42)';
/** Subject of the work of the previous quarter (already logged in the seeded journals). */
export const PREVIOUS_QUARTER_SUBJECT = 'Move billing to the queue';
/** Subject of the work of the previous month (already logged in the seeded journals). */
export const PREVIOUS_MONTH_SUBJECT = 'Speed up invoice rendering';
/** The topic branch of three commits a maintainer merged, with its merge's description. */
export const TOPIC = { name: 'ada/refund-reports', description: 'Refunds can now be exported as a monthly report from the billing page.' } as const;
/** Subject of a formatting-only commit (many files, as many lines removed as added): never offered. */
export const FORMATTING_SUBJECT = 'Reformat the sources with prettier';

/** One commit of the fixture, as the tests need it. */
export interface FixtureCommit {
  readonly sha: string;
  readonly subject: string;
  /** ISO timestamp of the author date. */
  readonly date: string;
  /** The local calendar day of the author date, `YYYY-MM-DD` (what an entry logged from it gets). */
  readonly day: string;
}

/** The repository and the commits the tests refer to. */
export interface WorkspaceFixture {
  readonly repo: TempRepo;
  /** The notable commit (5 days before `now`). */
  readonly notable: FixtureCommit;
  /** Work on the last day of the quarter before the notable commit's, at noon. */
  readonly previousQuarter: FixtureCommit;
  /** Work on the first day of the month before the notable commit's, at noon. */
  readonly previousMonth: FixtureCommit;
  /** The three commits of the topic `TOPIC.name` (8 and 7 days before `now`), merged by a maintainer 6 days before `now`. */
  readonly topic: readonly FixtureCommit[];
  /** The formatting-only commit (9 days before `now`). */
  readonly formatting: FixtureCommit;
}

/** Creates the repository; its `repo.dir` is the workspace folder. */
export function createWorkspaceRepo(now = new Date()): WorkspaceFixture {
  const repo = new TempRepo();
  repo.git('remote', 'add', 'origin', 'git@github.com:acme/shop.git');
  const commit = (subject: string, date: Date, spec: { files: Record<string, string>; body?: string; author?: Author }): FixtureCommit => {
    const sha = repo.commit({
      message: `${subject}\n${spec.body ? `\n${spec.body}\n` : ''}`,
      files: spec.files,
      author: spec.author ?? ME,
      date: date.toISOString(),
    });
    return { sha, subject, date: date.toISOString(), day: toIsoDate(date) };
  };
  const noon = (d: Date): Date => addHours(d, 12);
  const notableDate = subDays(now, 5);
  // the boundaries are taken from the notable commit's date, so its month and quarter always differ from theirs
  const quarterEnd = noon(subDays(startOfQuarter(notableDate), 1));
  const monthStart = noon(startOfMonth(subMonths(notableDate, 1)));

  const history: Array<{ subject: string; date: Date; files: Record<string, string>; body?: string; author?: Author }> = [
    { subject: 'Initial import', date: subDays(quarterEnd, 95), files: { 'README.md': '# Shop\n', 'src/app.ts': lines(20) } },
    {
      subject: PREVIOUS_QUARTER_SUBJECT,
      date: quarterEnd,
      files: { 'src/billing/queue.ts': lines(220, 'queue'), 'src/billing/queue.test.ts': lines(30, 'test') },
    },
    { subject: PREVIOUS_MONTH_SUBJECT, date: monthStart, files: { 'src/invoices/render.ts': lines(180, 'render') } },
    { subject: 'Tweak wording', date: subDays(now, 20), files: { 'README.md': '# Shop\n\nA shop.\n' } },
    { subject: 'Someone else’s big change', date: subDays(now, 15), files: { 'src/other.ts': lines(400) }, author: OTHER },
    {
      subject: NOTABLE_SUBJECT,
      date: notableDate,
      files: { 'src/payments/retry.ts': lines(140, 'retry'), 'src/payments/retry.test.ts': lines(40, 'test') },
      body: 'Payments failed during the outage because the gateway timed out. Refs SHOP-123.\n\nCo-authored-by: Grace Hopper <grace@example.com>',
    },
    { subject: 'Rename variable', date: subDays(now, 2), files: { 'src/app.ts': lines(21) } },
  ];
  const formattedFiles: Record<string, string> = {};
  for (let i = 0; i < 12; i++) formattedFiles[`src/format/m${i}.ts`] = lines(20, `format${i}`);
  history.push({ subject: 'Add the formatted modules', date: subDays(now, 10), files: formattedFiles, author: OTHER });
  history.push({
    subject: FORMATTING_SUBJECT,
    date: subDays(now, 9),
    files: Object.fromEntries(Object.keys(formattedFiles).map((f) => [f, lines(20, `formatted-${f}`)])),
  });
  // committed oldest first, as a person would have
  const made = new Map<string, FixtureCommit>();
  for (const c of history.sort((a, b) => a.date.getTime() - b.date.getTime())) made.set(c.subject, commit(c.subject, c.date, c));
  // a topic branch of three commits, merged by the maintainer with a description of it
  repo.git('checkout', '-q', '-b', TOPIC.name);
  const topic = [
    commit('refunds: collect refunds per month', subDays(now, 8), { files: { 'src/refunds/collect.ts': lines(120, 'collect') } }),
    commit('refunds: render the monthly report', addHours(subDays(now, 8), 2), {
      files: { 'src/refunds/report.ts': lines(160, 'report'), 'docs/refunds.md': '# Refund reports\n' },
    }),
    commit('refunds: test the report', subDays(now, 7), { files: { 'src/refunds/report.test.ts': lines(50, 'test') } }),
  ];
  repo.git('checkout', '-q', 'main');
  const mergedAt = subDays(now, 6).toISOString();
  repo.gitWith(
    {
      GIT_AUTHOR_NAME: OTHER.name,
      GIT_AUTHOR_EMAIL: OTHER.email,
      GIT_AUTHOR_DATE: mergedAt,
      GIT_COMMITTER_NAME: OTHER.name,
      GIT_COMMITTER_EMAIL: OTHER.email,
      GIT_COMMITTER_DATE: mergedAt,
    },
    'merge',
    '-q',
    '--no-ff',
    '-m',
    `Merge branch '${TOPIC.name}'\n\n${TOPIC.description}\n\n* ${TOPIC.name}:\n${topic.map((c) => `  ${c.subject}`).join('\n')}\n`,
    TOPIC.name,
  );
  // the maintainer writes the topic into the release notes, which the offer then cites ("Shipped in 1.4.0")
  commit('Write up what is new', addHours(new Date(mergedAt), 1), {
    files: { 'CHANGELOG.md': `# Changelog\n\n## 1.4.0\n\n### Features\n\n- ${TOPIC.description}\n` },
    author: OTHER,
  });
  return {
    repo,
    notable: made.get(NOTABLE_SUBJECT)!,
    previousQuarter: made.get(PREVIOUS_QUARTER_SUBJECT)!,
    previousMonth: made.get(PREVIOUS_MONTH_SUBJECT)!,
    topic,
    formatting: made.get(FORMATTING_SUBJECT)!,
  };
}

/** The journal entry a user would have logged from `commit` (a commit source of the fixture's remote). */
export function entryFor(commit: FixtureCommit, fields: { id: string; title: string; competencies: string[]; body?: string }): Entry {
  const stamp = `${commit.day}T18:00:00.000Z`;
  return {
    id: fields.id,
    kind: 'impact',
    title: fields.title,
    body: fields.body ?? '',
    competencies: fields.competencies,
    occurredAt: commit.day,
    createdAt: stamp,
    updatedAt: stamp,
    sources: [
      {
        type: 'commit',
        repo: 'github.com/acme/shop',
        sha: commit.sha,
        subject: commit.subject,
        additions: 0,
        deletions: 0,
        files: 0,
        url: `https://github.com/acme/shop/commit/${commit.sha}`,
      },
    ],
    tags: [],
  };
}

/** The work of the previous quarter and of the previous month, as already logged entries. */
export function earlierEntries(fixture: WorkspaceFixture): Entry[] {
  return [
    entryFor(fixture.previousQuarter, { id: '00000000-0000-4000-8000-0000000000a1', title: 'Moved billing to the queue', competencies: ['system-design'] }),
    entryFor(fixture.previousMonth, { id: '00000000-0000-4000-8000-0000000000a2', title: 'Sped up invoice rendering', competencies: ['code-quality'] }),
  ];
}

/**
 * Writes `entries` as the whole journal at `file` (what a flow starts from) through a temporary
 * file renamed over it: the running extension watches the file and must never read it half written.
 */
export function seedJournal(file: string, entries: readonly Entry[], dismissed: readonly string[] = []): JournalFile {
  const journal: JournalFile = { schemaVersion: SCHEMA_VERSION, entries: [...entries], dismissed: [...dismissed], goals: [], assessments: [] };
  writeFileSync(`${file}.seeding`, `${JSON.stringify(journal, null, 2)}\n`);
  renameSync(`${file}.seeding`, file);
  return journal;
}
