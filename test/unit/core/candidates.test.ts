import * as assert from 'node:assert/strict';
import { allCandidates, commitCandidates, isMergeOfOthersWork, scanSummary } from '../../../src/core/candidates';
import type { CommitRecord } from '../../../src/core/commit';
import { CompetencyList } from '../../../src/core/competencies';
import { parseRemote } from '../../../src/core/links';
import { emptyJournal, type JournalFile } from '../../../src/core/model';

function commit(sha: string, subject: string, lines: number, date: string, pullRequest: number | undefined = 9, parents = ['0'.repeat(40)]): CommitRecord {
  return {
    sha, parents, authorName: 'Ada', authorEmail: 'ada@example.com', authorDate: date, subject, body: '', tags: [],
    files: [{ path: 'src/a.ts', additions: lines, deletions: 0, binary: false, created: false }, { path: 'src/a.test.ts', additions: 5, deletions: 0, binary: false, created: false }],
    additions: lines + 5, deletions: 0, pullRequest, coAuthors: [],
  };
}

describe('candidates', () => {
  const remote = parseRemote('git@github.com:acme/shop.git');
  const big = commit('a'.repeat(40), 'Add retries', 600, '2026-08-01T10:00:00Z', 8);
  const newer = commit('b'.repeat(40), 'Add paging', 600, '2026-08-03T10:00:00Z');
  const small = commit('c'.repeat(40), 'Rename', 2, '2026-08-04T10:00:00Z');
  const repos = [{ repo: 'github.com/acme/shop', remote, commits: [big, newer, small] }];

  it('offers notable commits newest first, with the source an entry keeps and the PR link', () => {
    const list = commitCandidates(repos, emptyJournal(), 4);
    assert.deepEqual(list.map((c) => c.commit.subject), ['Add paging', 'Add retries']);
    assert.equal(list[0].source.url, `https://github.com/acme/shop/commit/${'b'.repeat(40)}`);
    assert.equal(list[0].pullRequestUrl, 'https://github.com/acme/shop/pull/9');
    assert.equal(list[0].key, `commit:github.com/acme/shop@${'b'.repeat(40)}`);
  });

  it('leaves out commits already logged (in live entries) or dismissed', () => {
    const journal: JournalFile = {
      ...emptyJournal(),
      dismissed: [`commit:github.com/acme/shop@${'a'.repeat(40)}`],
      entries: [],
    };
    assert.deepEqual(commitCandidates(repos, journal, 4).map((c) => c.commit.subject), ['Add paging']);
    const logged = commitCandidates(repos, emptyJournal(), 4)[0].source;
    const stamp = '2026-08-05T00:00:00.000Z';
    const entry = { id: '7d3c1c3e-7a0a-4c1e-9d57-2f4a3b7d9e10', kind: 'impact' as const, title: 't', body: '', competencies: [], occurredAt: '2026-08-03', createdAt: stamp, updatedAt: stamp, sources: [logged], tags: [] };
    assert.deepEqual(commitCandidates(repos, { ...journal, entries: [entry] }, 4), []);
    assert.equal(commitCandidates(repos, { ...journal, entries: [{ ...entry, deletedAt: stamp }] }, 4).length, 1, 'a deleted entry frees its commit');
  });

  it('counts a pull request once: by its merge commit, not the branch commits it merged', () => {
    const c1 = commit('1'.repeat(40), 'Branch work 1', 600, '2026-08-01T10:00:00Z', undefined, ['0'.repeat(40)]);
    const c2 = commit('2'.repeat(40), 'Branch work 2', 600, '2026-08-02T10:00:00Z', undefined, ['1'.repeat(40)]);
    const merge = commit('3'.repeat(40), 'Merge pull request #77 from acme/feature', 1200, '2026-08-03T10:00:00Z', 77, ['0'.repeat(40), '2'.repeat(40)]);
    const squashA = commit('4'.repeat(40), 'Part one (#80)', 600, '2026-08-04T10:00:00Z', 80);
    const squashB = commit('5'.repeat(40), 'Part two (#80)', 900, '2026-08-05T10:00:00Z', 80);
    const list = commitCandidates([{ repo: 'r', remote, commits: [squashB, squashA, merge, c2, c1] }], emptyJournal(), 4);
    assert.deepEqual(list.map((c) => c.commit.subject), ['Part two (#80)', 'Merge pull request #77 from acme/feature']);
  });

  it('a merge of a branch the user did not write is judged as review, not authorship', () => {
    const theirs = commit('6'.repeat(40), 'Merge pull request #90 from bob/feature', 1200, '2026-08-06T10:00:00Z', 90, ['0'.repeat(40), '9'.repeat(40)]);
    assert.ok(isMergeOfOthersWork(theirs, new Set([theirs.sha])));
    assert.deepEqual(commitCandidates([{ repo: 'r', remote, commits: [theirs] }], emptyJournal(), 4), []);
    assert.equal(commitCandidates([{ repo: 'r', remote, commits: [theirs] }], emptyJournal(), 2)[0].notability.signals[0].id, 'mergedContribution');
  });

  it('says what to do when there is no repository or nothing to log', () => {
    assert.match(scanSummary({ folders: 0, candidates: 0, lookbackDays: 90 }), /No git repository in this workspace.*impactJournal\.extraRepositories/);
    assert.match(scanSummary({ folders: 2, candidates: 0, lookbackDays: 90 }), /No unlogged notable commits or pull requests of yours in the last 90 days/);
    assert.match(scanSummary({ folders: 2, candidates: 3, lookbackDays: 90 }), /Pick a notable commit/);
  });

  it('validates a custom competency framework with clear messages', () => {
    assert.ok(CompetencyList.safeParse([{ id: 'system-design', label: 'System design' }]).success);
    const dup = CompetencyList.safeParse([{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }]);
    assert.ok(!dup.success && dup.error.issues[0].message.includes('duplicate competency id "a"'));
    const reserved = CompetencyList.safeParse([{ id: 'other', label: 'Other stuff' }]);
    assert.ok(!reserved.success && reserved.error.issues[0].message.includes('reserved'));
    const bad = CompetencyList.safeParse([{ id: 'System Design', label: '' }]);
    assert.ok(!bad.success && bad.error.issues.some((i) => i.message.includes('lower-case words joined by hyphens')));
  });
});

describe('candidates with pull-request activity', () => {
  const remote = parseRemote('git@github.com:acme/shop.git');
  const squash = commit('d'.repeat(40), 'Add retries (#42)', 600, '2026-08-01T10:00:00Z', 42);
  const other = commit('e'.repeat(40), 'Add paging', 600, '2026-08-02T10:00:00Z', undefined);
  const repos = [{ repo: 'github.com/acme/shop', remote, commits: [squash, other] }];
  const merged = { type: 'merged', provider: 'github', repo: 'github.com/acme/shop', number: 42, title: 'Add retries', url: 'https://github.com/acme/shop/pull/42', mergedAt: '2026-08-01T12:00:00Z', additions: 600, deletions: 0 } as const;
  const review = { type: 'review', provider: 'gitlab', repo: 'gitlab.com/acme/api', number: 7, title: 'Cache tokens', url: 'https://gitlab.com/acme/api/-/merge_requests/7', state: 'approved', comments: 2, submittedAt: '2026-08-03T09:00:00Z' } as const;

  it('offers PRs and commits newest first; a commit of an offered PR is left out (the PR stands for it)', () => {
    const list = allCandidates(repos, [merged, review], emptyJournal(), 4);
    assert.deepEqual(list.map((c) => c.key), ['pr:gitlab.com/acme/api#7', `commit:github.com/acme/shop@${'e'.repeat(40)}`, 'pr:github.com/acme/shop#42']);
    const gitlab = list[0];
    assert.equal(gitlab.notability.signals[0].reason, 'You approved it after 2 comments on merge request !7.');
  });

  it('a logged PR is not offered again, and neither is its commit', () => {
    const journal = emptyJournal();
    journal.dismissed.push('pr:github.com/acme/shop#42');
    const list = allCandidates(repos, [merged], journal, 4);
    assert.deepEqual(list.map((c) => c.key), [`commit:github.com/acme/shop@${'e'.repeat(40)}`]);
  });

  it('a PR is offered once: the user’s comments on their own merged PR are not a review of it; keys ignore case', () => {
    const ownComments = { ...review, repo: merged.repo, number: 42, provider: 'github', url: merged.url, state: 'commented' } as const;
    const list = allCandidates([{ ...repos[0], repo: 'github.com/Acme/Shop' }], [ownComments, merged, merged], emptyJournal(), 4);
    assert.deepEqual(list.map((c) => c.key), [`commit:github.com/Acme/Shop@${'e'.repeat(40)}`, 'pr:github.com/acme/shop#42'], 'one PR item; the commit of #42 (remote typed as Acme/Shop) hidden behind it');
    assert.equal(list[1].type === 'activity' && list[1].activity.type, 'merged', 'offered as the merged PR, not as a review of it');
  });

  it('without activity, the commit of a PR is offered as before', () => {
    assert.ok(allCandidates(repos, [], emptyJournal(), 4).some((c) => c.key === `commit:github.com/acme/shop@${'d'.repeat(40)}`));
  });
});
