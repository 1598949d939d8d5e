import * as assert from 'node:assert/strict';
import { judgeNewCommits, unitsToPrompt, workKey, type WatchContext } from '../../../src/core/commitWatch';
import { emptyJournal } from '../../../src/core/model';
import { readNewCommits } from '../../../src/git/historyReader';
import { repositoryWork } from '../../../src/git/repositoryWork';
import { readWorkHistory } from '../../../src/git/workHistory';
import { lines, ME, OTHER, TempRepo, useIsolatedHome } from '../helpers/tempRepo';

/** The watcher's decisions on real HEAD moves: new commit, amend, rebase, someone else's commit, a bot's commit. */
describe('commit watcher decisions (real repositories)', () => {
  let repo: TempRepo;
  const startedAt = Date.parse('2026-08-01T09:00:00Z');
  const context = (seen: Set<string>): WatchContext => ({
    identities: [ME.email],
    seen,
    startedAt,
    journal: emptyJournal(),
    repo: 'github.com/acme/shop',
  });
  const head = (): string => repo.git('rev-parse', 'HEAD').trim();
  const notable = { 'src/pay/retry.ts': lines(300), 'src/pay/retry.test.ts': lines(30) };

  useIsolatedHome();
  beforeEach(() => {
    repo = new TempRepo();
    repo.commit({ message: 'Base from before the watcher', files: { 'README.md': 'x\n' }, date: '2026-07-01T10:00:00Z' });
  });
  afterEach(() => repo.remove());

  it('new commits by the user are new work; the notable unit they make is prompted for once, an ordinary one never', async () => {
    const before = head();
    repo.commit({ message: 'Fix payment outage with retries (#12)', files: notable, date: '2026-08-01T10:00:00Z' });
    repo.commit({ message: 'Rename variable', files: { 'src/a.ts': 'a\n' }, date: '2026-08-01T10:05:00Z' });
    const decisions = judgeNewCommits(await readNewCommits(repo.dir, before, head()), context(new Set()));
    assert.deepEqual(
      decisions.map((d) => [d.commit.subject, d.verdict]),
      [
        ['Rename variable', 'new'],
        ['Fix payment outage with retries (#12)', 'new'],
      ],
    );
    const work = repositoryWork(await readWorkHistory(repo.dir, { since: new Date('2026-07-15T00:00:00Z'), until: new Date('2026-08-02T00:00:00Z') }));
    const fresh = new Set(decisions.map((d) => d.commit.sha));
    const units = unitsToPrompt(work, emptyJournal(), 4, fresh, new Set());
    assert.deepEqual(
      units.map((u) => u.unit.title),
      ['Fix payment outage with retries (#12)'],
    );
    assert.deepEqual(unitsToPrompt(work, emptyJournal(), 4, fresh, new Set(units.map((u) => u.key))), [], 'prompted once');
  });

  it('an amend of a seen commit is not new work', async () => {
    const before = head();
    repo.commit({ message: 'Fix payment outage with retries', files: notable, date: '2026-08-01T10:00:00Z' });
    const first = await readNewCommits(repo.dir, before, head());
    const seen = new Set(first.map(workKey));
    const original = head();
    // amend keeps the author date (git's default), changes message and content
    repo.git('commit', '-q', '--amend', '-m', 'Fix payment outage with retries and backoff');
    const decisions = judgeNewCommits(await readNewCommits(repo.dir, original, head()), context(seen));
    assert.deepEqual(
      decisions.map((d) => d.verdict),
      ['seen'],
    );
  });

  it('a rebase of seen commits is not new work', async () => {
    repo.git('checkout', '-q', '-b', 'feature');
    const before = head();
    repo.commit({ message: 'Fix payment outage with retries', files: notable, date: '2026-08-01T10:00:00Z' });
    const seen = new Set((await readNewCommits(repo.dir, before, head())).map(workKey));
    const preRebase = head();
    repo.git('checkout', '-q', 'main');
    repo.commit({ message: 'Upstream change', author: OTHER, files: { 'other.txt': 'o\n' }, date: '2026-08-01T11:00:00Z' });
    repo.git('checkout', '-q', 'feature');
    repo.git('-c', 'user.name=Ada', '-c', `user.email=${ME.email}`, 'rebase', '-q', 'main');
    const decisions = judgeNewCommits(await readNewCommits(repo.dir, preRebase, head()), context(seen));
    assert.deepEqual(
      decisions.map((d) => [d.commit.subject, d.verdict]),
      [
        ['Fix payment outage with retries', 'seen'],
        ['Upstream change', 'notMine'],
      ],
    );
  });

  it('someone else’s commit and a bot’s commit are never prompted, nor work from before the watcher started', async () => {
    const before = head();
    repo.commit({ message: 'Big change by a colleague', author: OTHER, files: notable, date: '2026-08-01T10:00:00Z' });
    repo.commit({
      message: 'Bump lodash from 4.17.20 to 4.17.21',
      author: { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' },
      files: notable,
      date: '2026-08-01T10:10:00Z',
    });
    repo.commit({ message: 'Old work pulled from another machine', files: notable, date: '2026-06-01T10:00:00Z' });
    const decisions = judgeNewCommits(await readNewCommits(repo.dir, before, head()), context(new Set()));
    assert.deepEqual(
      decisions.map((d) => d.verdict),
      ['beforeWatch', 'bot', 'notMine'],
    );
  });

  it('on the first HEAD seen, a commit made while VS Code started is still prompted; older work is not', async () => {
    repo.commit({ message: 'Fix payment outage with retries', files: notable, date: '2026-08-01T08:59:00Z' });
    const commits = await readNewCommits(repo.dir, undefined, head(), { since: new Date(startedAt - 120_000) });
    assert.deepEqual(
      commits.map((c) => c.subject),
      ['Fix payment outage with retries'],
      'only what was committed since the watcher started (less the grace)',
    );
    assert.deepEqual(
      judgeNewCommits(commits, context(new Set())).map((d) => d.verdict),
      ['new'],
    );
  });

  it('refuses anything but SHAs', async () => {
    await assert.rejects(readNewCommits(repo.dir, '--output=/tmp/x', head()), /expected commit SHAs/);
  });
});
