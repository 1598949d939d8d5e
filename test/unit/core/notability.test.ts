import * as assert from 'node:assert/strict';
import type { CommitRecord, FileChange } from '../../../src/core/commit';
import { areaOf, changedLines, isBotAuthor, isGeneratedPath, isTestPath, profileOf, scoreCommit } from '../../../src/core/notability';

function file(path: string, additions: number, deletions = 0, created = false): FileChange {
  return { path, additions, deletions, binary: false, created };
}

function commit(partial: Partial<CommitRecord>): CommitRecord {
  const files = partial.files ?? [];
  return {
    sha: 'a'.repeat(40),
    parents: ['b'.repeat(40)],
    authorName: 'Ada',
    authorEmail: 'ada@example.com',
    authorDate: '2026-08-01T10:00:00Z',
    subject: 'Change things',
    body: '',
    tags: [],
    pullRequest: undefined,
    coAuthors: [],
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    ...partial,
    files,
  };
}

const ids = (c: CommitRecord): string[] => scoreCommit(c).signals.map((s) => s.id);

describe('notability signals', () => {
  it('a small routine commit is not notable', () => {
    const v = scoreCommit(commit({ subject: 'Rename variable', files: [file('src/a.ts', 3, 3)] }));
    assert.equal(v.notable, false);
    assert.deepEqual(v.signals, []);
  });

  it('size: sizeable and large changes, generated files excluded', () => {
    assert.ok(ids(commit({ files: [file('src/a.ts', 160)] })).includes('size'));
    const large = scoreCommit(commit({ files: [file('src/a.ts', 400, 200)] }));
    assert.equal(large.signals[0].id, 'size');
    assert.equal(large.signals[0].weight, 3);
    assert.match(large.signals[0].reason, /^Large change: \+400 −200 lines in 1 file\.$/);
    assert.ok(!ids(commit({ files: [file('package-lock.json', 5000), file('src/a.ts', 2)] })).includes('size'));
  });

  it('breadth across areas of the codebase', () => {
    const v = scoreCommit(commit({ files: [file('src/api/a.ts', 5), file('src/ui/b.ts', 5), file('infra/c.tf', 5)] }));
    const breadth = v.signals.find((s) => s.id === 'breadth');
    assert.ok(breadth);
    assert.equal(breadth.reason, 'Spans 3 areas of the codebase: src/api, src/ui, infra.');
    assert.deepEqual(breadth.competencies, ['system-design']);
  });

  it('new files, tests, docs and design docs', () => {
    assert.ok(ids(commit({ files: [file('src/x/a.ts', 5, 0, true), file('src/x/b.ts', 5, 0, true)] })).includes('newFiles'));
    const tests = scoreCommit(commit({ files: [file('src/a.test.ts', 5, 0, true)] })).signals.find((s) => s.id === 'tests');
    assert.equal(tests?.reason, 'Adds 1 new test file.');
    assert.ok(ids(commit({ files: [file('README.md', 5)] })).includes('docs'));
    const design = ids(commit({ files: [file('docs/adr/0007-event-bus.md', 80, 0, true)] }));
    assert.ok(design.includes('designDoc') && !design.includes('docs'));
  });

  it('words: fix, incident, revert, performance, security', () => {
    assert.ok(ids(commit({ subject: 'Fix crash on empty cart' })).includes('fix'));
    assert.ok(ids(commit({ subject: 'Hotfix for the checkout outage' })).includes('incident'));
    assert.ok(ids(commit({ subject: 'Revert "Add cache"' })).includes('revert'));
    assert.ok(ids(commit({ subject: 'Cut p95 latency of search' })).includes('performance'));
    assert.ok(ids(commit({ subject: 'Escape HTML input in comments', body: 'Prevents XSS.' })).includes('security'));
  });

  it('merged PR, co-authors, release tag and a long explanation', () => {
    assert.ok(ids(commit({ pullRequest: 12 })).includes('pullRequest'));
    const merge = scoreCommit(commit({ pullRequest: 12, parents: ['a', 'b'] })).signals.find((s) => s.id === 'pullRequest');
    assert.equal(merge?.weight, 2);
    const pair = scoreCommit(commit({ coAuthors: [{ name: 'Grace Hopper', email: 'g@x' }] })).signals.find((s) => s.id === 'coAuthors');
    assert.equal(pair?.reason, 'Co-authored with Grace Hopper: paired work.');
    assert.ok(ids(commit({ tags: ['v2.0.0'] })).includes('release'));
    assert.ok(ids(commit({ body: Array.from({ length: 45 }, (_, i) => `word${i}`).join(' ') })).includes('explained'));
  });

  it('routine work is pushed down', () => {
    const v = scoreCommit(commit({ subject: 'chore: bump dependencies', files: [file('src/a.ts', 200)] }));
    assert.ok(v.signals.some((s) => s.id === 'routine' && s.weight < 0));
    assert.equal(v.notable, false);
  });

  it('a notable commit explains itself and suggests competencies', () => {
    const v = scoreCommit(
      commit({
        subject: 'Fix checkout outage by retrying payments (#42)',
        pullRequest: 42,
        files: [file('src/payments/retry.ts', 120, 10, true), file('src/payments/retry.test.ts', 60, 0, true)],
      }),
    );
    assert.equal(v.notable, true);
    assert.ok(v.score >= 3);
    assert.ok(v.signals.every((s) => /[.]$/.test(s.reason)), 'every reason is a sentence');
    assert.deepEqual([...v.suggestedCompetencies].sort(), ['code-quality', 'execution-delivery', 'reliability-operations']);
    assert.ok(v.suggestedCompetencies.length <= 3);
  });

  it('size is judged against the user’s own commits in the repository', () => {
    const change = commit({ files: [file('src/a.ts', 300, 100)] });
    const smallHabits = profileOf(Array.from({ length: 30 }, (_, i) => commit({ files: [file('src/a.ts', 10 + i)] })));
    const bigHabits = profileOf(Array.from({ length: 30 }, (_, i) => commit({ files: [file('src/a.ts', 800 + i)] })));
    const inSmall = scoreCommit(change, 4, smallHabits).signals.find((s) => s.id === 'size');
    assert.equal(inSmall?.weight, 3);
    assert.equal(inSmall?.reason, 'Large change for you here: +300 −100 lines in 1 file, bigger than 100 % of your commits in this repository.');
    assert.equal(scoreCommit(change, 4, bigHabits).signals.find((s) => s.id === 'size'), undefined, '400 lines is ordinary where 800 is usual');
    const fewCommits = profileOf([commit({ files: [file('src/a.ts', 5)] })]);
    assert.equal(scoreCommit(change, 4, fewCommits).signals.find((s) => s.id === 'size')?.reason, 'Sizeable change: +300 −100 lines in 1 file.', 'too little history: absolute thresholds');
    const tiny = profileOf(Array.from({ length: 30 }, () => commit({ files: [file('src/a.ts', 1)] })));
    assert.equal(scoreCommit(commit({ files: [file('src/a.ts', 20)] }), 4, tiny).signals.find((s) => s.id === 'size'), undefined, 'a floor keeps tiny changes out');
    assert.equal(changedLines(commit({ files: [file('yarn.lock', 900), file('src/a.ts', 3, 1)] })), 4);
  });

  it('a merge of someone else’s pull request is review evidence, not authorship', () => {
    const merge = commit({ subject: 'Merge pull request #9 from bob/feature', pullRequest: 9, parents: ['a', 'b'], files: [file('src/a.ts', 900), file('src/a.test.ts', 50)] });
    const v = scoreCommit(merge, 4, undefined, { mergeOfOthersWork: true });
    assert.deepEqual(v.signals.map((s) => s.id), ['mergedContribution']);
    assert.deepEqual(v.suggestedCompetencies, ['code-review', 'collaboration']);
    assert.equal(v.notable, false, 'below the default threshold');
    assert.ok(scoreCommit(merge, 4).notable, 'the same merge of the user’s own branch is notable');
  });

  it('a changelog line is not documentation work', () => {
    assert.ok(!ids(commit({ files: [file('CHANGELOG.md', 2)] })).includes('docs'));
    assert.ok(ids(commit({ files: [file('docs/usage.md', 2)] })).includes('docs'));
  });

  it('bots are never notable', () => {
    for (const [name, email] of [['dependabot[bot]', '49699333+dependabot[bot]@users.noreply.github.com'], ['renovate[bot]', 'bot@renovateapp.com'], ['github-actions', 'actions@github.com']]) {
      assert.ok(isBotAuthor(name, email), name);
      assert.equal(scoreCommit(commit({ authorName: name, authorEmail: email, files: [file('src/a.ts', 900)], pullRequest: 3 })).notable, false);
    }
    assert.ok(!isBotAuthor('Ada Lovelace', 'ada@example.com'));
  });

  it('path classifiers', () => {
    assert.ok(isGeneratedPath('web/yarn.lock') && isGeneratedPath('dist/app.js') && isGeneratedPath('src/__snapshots__/a.snap'));
    assert.ok(!isGeneratedPath('src/distance.ts'));
    assert.ok(isTestPath('test/a.ts') && isTestPath('pkg/foo_test.go') && isTestPath('src/a.spec.tsx'));
    assert.ok(!isTestPath('src/contest.ts'));
    assert.equal(areaOf('src/git/a.ts'), 'src/git');
    assert.equal(areaOf('README.md'), '(root)');
  });
});
