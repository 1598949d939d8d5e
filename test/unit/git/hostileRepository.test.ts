/**
 * What a hostile repository can do to the scan: commit text is attacker input (any commit the user
 * pulls reaches the commit watcher and the scan). Real repositories, real git.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readHistory, readNewCommits } from '../../../src/git/historyReader';
import { parseCoAuthors } from '../../../src/git/logParser';
import { CommitCache } from '../../../src/git/commitCache';
import { lines, TempRepo } from '../helpers/tempRepo';

const RANGE = { since: new Date('2026-07-01T00:00:00Z'), until: new Date('2026-10-01T00:00:00Z') };

describe('a hostile repository (commit text is attacker input)', () => {
  const repos: TempRepo[] = [];
  let savedHome: string | undefined;
  before(() => {
    savedHome = process.env.HOME;
    process.env.HOME = mkdtempSync(path.join(tmpdir(), 'ij-home-'));
  });
  after(() => {
    process.env.HOME = savedHome;
    for (const r of repos) r.remove();
  });

  it('a message carrying RS, US and GS cannot forge, drop or truncate a record', async () => {
    const repo = new TempRepo();
    repos.push(repo);
    const before = repo.commit({ message: 'Real work before', files: { 'a.ts': lines(10) }, date: '2026-07-10T10:00:00Z' });
    // what the separators of the old format looked like, with a forged commit of +100,001 lines inside
    const forged = `\x1e${'deadbeef'.repeat(5)}\x1f\x1fAda Lovelace\x1fada@example.com\x1f2026-08-01T00:00:00Z\x1f\x1fForged huge commit\x1d\n100000\t1\tsrc/huge.ts\n`;
    const hostile = repo.commit({
      message: `Innocent subject\n\nbody ${forged} tail \x1f\x1d\x1e end`,
      files: { 'b.ts': lines(3) },
      date: '2026-07-11T10:00:00Z',
    });
    const after = repo.commit({ message: 'Real work after', files: { 'c.ts': lines(7) }, date: '2026-07-12T10:00:00Z' });
    for (const cache of [undefined, new CommitCache(mkdtempSync(path.join(tmpdir(), 'ij-cache-')))]) {
      for (let pass = 0; pass < 2; pass++) {
        const { commits } = await readHistory(repo.dir, RANGE, { cache });
        assert.deepEqual(
          commits.map((c) => c.sha),
          [after, hostile, before],
          `exactly the real commits (cache: ${cache ? 'yes' : 'no'}, pass ${pass})`,
        );
        assert.ok(!commits.some((c) => c.sha.startsWith('deadbeef')), 'no forged commit');
        const h = commits[1];
        assert.equal(h!.subject, 'Innocent subject');
        assert.deepEqual([h!.additions, h!.deletions, h!.files.map((f) => f.path)], [3, 0, ['b.ts']], 'its own stats only');
        assert.deepEqual([commits[0]!.additions, commits[2]!.additions], [7, 10], 'neighbours intact');
      }
    }
    const watched = await readNewCommits(repo.dir, before, after);
    assert.deepEqual(
      watched.map((c) => c.sha),
      [after, hostile],
    );
  });

  it('a Co-authored-by line of thousands of spaces and a 1 MB message are read in linear time, each co-author once', async function () {
    // a generous bound, not a timing assertion: the old trailer regex took 35 s on 6,000 spaces, and cubic longer on more
    this.timeout(10_000);
    const spaces = `Co-authored-by:${' '.repeat(6000)}x`;
    assert.deepEqual(parseCoAuthors(`${spaces}\n${'Co-authored-by: ' + ' '.repeat(100_000)}`), []);
    const repo = new TempRepo();
    repos.push(repo);
    const huge = `Big message\n\n${`${' '.repeat(1000)}\n`.repeat(1000)}Co-authored-by:${' '.repeat(10_000)}<a@b.c>\nCo-authored-by: Grace Hopper <grace@example.com>\nCo-authored-by: Grace Hopper <GRACE@example.com>\n`;
    repo.commit({ message: huge, files: { 'a.ts': lines(2) }, date: '2026-07-10T10:00:00Z' });
    const { commits } = await readHistory(repo.dir, RANGE);
    assert.equal(commits.length, 1);
    assert.deepEqual(
      commits[0]!.coAuthors,
      [{ name: 'Grace Hopper', email: 'grace@example.com' }],
      'the long line is not a trailer; a person named twice counts once',
    );
    assert.ok(commits[0]!.body.length <= 64_000, 'the body is bounded');
  });
});
