import * as assert from 'node:assert/strict';
import { allCandidates, scanSummary, unitCandidates } from '../../../src/core/candidates';
import type { CommitRecord } from '../../../src/core/commit';
import { CompetencyList } from '../../../src/core/competencies';
import { NO_CONVENTIONS } from '../../../src/core/conventions';
import { parseRemote } from '../../../src/core/links';
import { emptyJournal, type JournalFile } from '../../../src/core/model';
import type { RepositoryWork } from '../../../src/core/work';

function commit(sha: string, subject: string, lines: number, date: string, pr: number | null = 9, parents = ['0'.repeat(40)]): CommitRecord {
  const pullRequest = pr ?? undefined;
  return {
    sha,
    parents,
    authorName: 'Ada',
    authorEmail: 'ada@example.com',
    authorDate: date,
    subject,
    body: '',
    tags: [],
    files: [
      { path: 'src/a.ts', additions: lines, deletions: 0, binary: false, created: false },
      { path: 'src/a.test.ts', additions: 5, deletions: 0, binary: false, created: false },
    ],
    additions: lines + 5,
    deletions: 0,
    pullRequest,
    coAuthors: [],
  };
}

const remote = parseRemote('git@github.com:acme/shop.git');
/** A repository's work without its mainline's topology: pull-request numbers and series group. */
const work = (commits: CommitRecord[], repo = 'github.com/acme/shop'): RepositoryWork => ({
  repo,
  remote,
  range: { since: new Date('2026-07-01T00:00:00Z'), until: new Date('2026-10-01T00:00:00Z') },
  commits,
  topology: undefined,
  conventions: NO_CONVENTIONS,
  releaseNotes: [],
  releaseTags: [],
});

describe('candidates', () => {
  const big = commit('a'.repeat(40), 'Add retries (#8)', 600, '2026-08-01T10:00:00Z', 8);
  const newer = commit('b'.repeat(40), 'Add paging (#9)', 600, '2026-08-03T10:00:00Z');
  const small = commit('c'.repeat(40), 'Rename', 2, '2026-08-20T10:00:00Z', null);

  it('offers notable units newest first, with the sources an entry keeps (the PR, then its commits) and the PR link', () => {
    const list = unitCandidates([work([small, newer, big])], emptyJournal(), 4);
    assert.deepEqual(
      list.map((c) => c.unit.title),
      ['Add paging (#9)', 'Add retries (#8)'],
    );
    assert.deepEqual(
      list[0]!.sources.map((s) => s.type),
      ['pullRequest', 'commit'],
    );
    assert.equal(list[0]!.pullRequestUrl, 'https://github.com/acme/shop/pull/9');
    assert.equal(list[0]!.key, 'pr:github.com/acme/shop#9');
    assert.deepEqual(
      list[0]!.keys,
      ['pr:github.com/acme/shop#9', `commit:github.com/acme/shop@${'b'.repeat(40)}`],
      'what logging or dismissing it marks handled',
    );
  });

  it('leaves out units already logged (in live entries) or dismissed, by the unit, its PR or any commit', () => {
    const journal: JournalFile = { ...emptyJournal(), dismissed: [`commit:github.com/acme/shop@${'a'.repeat(40)}`] };
    assert.deepEqual(
      unitCandidates([work([newer, big])], journal, 4).map((c) => c.unit.title),
      ['Add paging (#9)'],
    );
    const logged = unitCandidates([work([newer])], emptyJournal(), 4)[0]!.sources;
    const stamp = '2026-08-05T00:00:00.000Z';
    const entry = {
      id: '7d3c1c3e-7a0a-4c1e-9d57-2f4a3b7d9e10',
      kind: 'impact' as const,
      title: 't',
      body: '',
      competencies: [],
      occurredAt: '2026-08-03',
      createdAt: stamp,
      updatedAt: stamp,
      sources: [...logged],
      tags: [],
    };
    assert.deepEqual(unitCandidates([work([newer])], { ...journal, entries: [entry] }, 4), []);
    assert.equal(unitCandidates([work([newer])], { ...journal, entries: [{ ...entry, deletedAt: stamp }] }, 4).length, 1, 'a deleted entry frees its unit');
  });

  it('a series with some commits handled is offered again for the rest only', () => {
    const a = commit('d'.repeat(40), 'Add the cache', 400, '2026-08-01T10:00:00Z', null);
    const b = commit('e'.repeat(40), 'Add cache eviction', 400, '2026-08-01T12:00:00Z', null, ['d'.repeat(40)]);
    const [series] = unitCandidates([work([b, a])], emptyJournal(), 4);
    assert.equal(series!.unit.commits.length, 2);
    const journal: JournalFile = { ...emptyJournal(), dismissed: [`commit:github.com/acme/shop@${'d'.repeat(40)}`] };
    const [rest] = unitCandidates([work([b, a])], journal, 4);
    assert.deepEqual(
      rest!.unit.commits.map((c) => c.sha),
      ['e'.repeat(40)],
    );
  });

  it('a merged pull request’s sources count its lines once: the branch’s commits carry them, not its merge', () => {
    const branch = commit('7'.repeat(40), 'Keep the old callback beside the new', 44, '2026-08-06T09:00:00Z', 15);
    // git's stats of a merge are its whole branch against its first parent
    const merge = commit('8'.repeat(40), 'Merge pull request #15 from ada/callback', 44, '2026-08-06T10:00:00Z', 15, ['0'.repeat(40), '7'.repeat(40)]);
    const [pr] = unitCandidates([work([merge, branch])], emptyJournal(), 0);
    assert.equal(pr!.unit.commits.length, 2, pr!.unit.title);
    const commits = pr!.sources.filter((s) => s.type === 'commit');
    assert.deepEqual(
      [commits.reduce((n, c) => n + c.additions, 0), commits.reduce((n, c) => n + c.files, 0)],
      [branch.additions, branch.files.length],
      JSON.stringify(commits),
    );
    // a merge alone (its branch not the user's) keeps its stats: they are all it shows
    const alone = unitCandidates([work([merge])], emptyJournal(), 0)[0]!.sources.find((s) => s.type === 'commit');
    assert.equal(alone?.type === 'commit' ? alone.additions : undefined, merge.additions);
  });

  it('a merge of a branch the user did not write is judged as review, not authorship', () => {
    const theirs = commit('6'.repeat(40), 'Merge pull request #90 from bob/feature', 1200, '2026-08-06T10:00:00Z', 90, ['0'.repeat(40), '9'.repeat(40)]);
    assert.deepEqual(unitCandidates([work([theirs])], emptyJournal(), 4), []);
    assert.equal(unitCandidates([work([theirs])], emptyJournal(), 2)[0]!.notability.signals[0]!.id, 'mergedContribution');
  });

  it('says what to do when there is no repository or nothing to log', () => {
    assert.match(scanSummary({ folders: 0, candidates: 0, lookbackDays: 90 }), /No git repository in this workspace.*impactJournal\.extraRepositories/);
    assert.match(scanSummary({ folders: 2, candidates: 0, lookbackDays: 90 }), /No unlogged notable work or pull requests of yours in the last 90 days/);
    assert.match(scanSummary({ folders: 2, candidates: 3, lookbackDays: 90 }), /Pick a piece of work/);
  });

  it('validates a custom competency framework with clear messages', () => {
    assert.ok(CompetencyList.safeParse([{ id: 'system-design', label: 'System design' }]).success);
    const dup = CompetencyList.safeParse([
      { id: 'a', label: 'A' },
      { id: 'a', label: 'B' },
    ]);
    assert.ok(!dup.success && dup.error.issues[0]!.message.includes('duplicate competency id "a"'));
    const reserved = CompetencyList.safeParse([{ id: 'other', label: 'Other stuff' }]);
    assert.ok(!reserved.success && reserved.error.issues[0]!.message.includes('reserved'));
    const bad = CompetencyList.safeParse([{ id: 'System Design', label: '' }]);
    assert.ok(!bad.success && bad.error.issues.some((i) => i.message.includes('lower-case words joined by hyphens')));
  });
});

describe('candidates with pull-request activity', () => {
  const squash = commit('d'.repeat(40), 'Add retries (#42)', 600, '2026-08-01T10:00:00Z', 42);
  const other = commit('e'.repeat(40), 'Add paging', 600, '2026-08-02T10:00:00Z', null);
  const repos = [work([other, squash])];
  const merged = {
    type: 'merged',
    provider: 'github',
    repo: 'github.com/acme/shop',
    number: 42,
    title: 'Add retries',
    url: 'https://github.com/acme/shop/pull/42',
    mergedAt: '2026-08-01T12:00:00Z',
    additions: 600,
    deletions: 0,
  } as const;
  const review = {
    type: 'review',
    provider: 'gitlab',
    repo: 'gitlab.com/acme/api',
    number: 7,
    title: 'Cache tokens',
    url: 'https://gitlab.com/acme/api/-/merge_requests/7',
    state: 'approved',
    comments: 2,
    submittedAt: '2026-08-03T09:00:00Z',
  } as const;

  it('offers PRs and units newest first; a unit of an offered PR is left out (the PR stands for it)', () => {
    const list = allCandidates(repos, [merged, review], emptyJournal(), 4);
    assert.deepEqual(
      list.map((c) => c.key),
      ['pr:gitlab.com/acme/api#7', `series:github.com/acme/shop@${'e'.repeat(40)}`, 'pr:github.com/acme/shop#42'],
    );
    assert.equal(list[0]!.notability.signals[0]!.reason, 'You approved it after 2 comments on merge request !7.');
  });

  it('a logged PR is not offered again, and neither is its unit', () => {
    const journal = emptyJournal();
    journal.dismissed.push('pr:github.com/acme/shop#42');
    assert.deepEqual(
      allCandidates(repos, [merged], journal, 4).map((c) => c.key),
      [`series:github.com/acme/shop@${'e'.repeat(40)}`],
    );
  });

  it('a PR is offered once: the user’s comments on their own merged PR are not a review of it; keys ignore case', () => {
    const ownComments = { ...review, repo: merged.repo, number: 42, provider: 'github', url: merged.url, state: 'commented' } as const;
    const list = allCandidates([work([other, squash], 'github.com/Acme/Shop')], [ownComments, merged, merged], emptyJournal(), 4);
    assert.deepEqual(
      list.map((c) => c.key),
      [`series:github.com/Acme/Shop@${'e'.repeat(40)}`, 'pr:github.com/acme/shop#42'],
      'one PR item; the unit of #42 (remote typed as Acme/Shop) hidden behind it',
    );
    assert.equal(list[1]!.type === 'activity' && list[1]!.activity.type, 'merged', 'offered as the merged PR, not as a review of it');
  });

  it('without activity, the unit of a PR is offered', () => {
    assert.ok(allCandidates(repos, [], emptyJournal(), 4).some((c) => c.key === 'pr:github.com/acme/shop#42'));
  });
});
