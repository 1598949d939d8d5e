import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CommitRecord } from '../../../src/core/commit';
import { CACHE_VERSION, CommitCache, MAX_REPOSITORIES } from '../../../src/git/commitCache';
import { readHistory } from '../../../src/git/historyReader';
import { lines, TempRepo, useIsolatedHome } from '../helpers/tempRepo';

const RANGE = { since: new Date('2026-07-01T00:00:00Z'), until: new Date('2026-10-01T00:00:00Z') };

describe('commit cache (real repositories, real files)', () => {
  let repo: TempRepo;
  let dir: string;
  useIsolatedHome();
  beforeEach(() => {
    repo = new TempRepo();
    repo.commit({ message: 'Add retries (#42)', files: { 'src/retry.ts': lines(30), 'src/retry.test.ts': lines(10) }, date: '2026-07-15T09:30:00Z' });
    repo.commit({ message: 'Tweak retry', files: { 'src/retry.ts': lines(25) }, date: '2026-08-01T10:00:00Z' });
    dir = mkdtempSync(path.join(tmpdir(), 'ij-cache-'));
  });
  afterEach(() => {
    repo.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  const files = (): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : []);

  it('a warm re-scan gives the same commits as an uncached scan, and takes cached commits from the cache, not git', async () => {
    const cache = new CommitCache(dir);
    const cold = await readHistory(repo.dir, RANGE, { cache });
    assert.equal(files().length, 1, 'one cache file for the repository');
    assert.deepEqual((await readHistory(repo.dir, RANGE, { cache: new CommitCache(dir) })).commits, cold.commits, 'warm = cold');
    assert.deepEqual((await readHistory(repo.dir, RANGE)).commits, cold.commits, 'cached = uncached');

    // plant a marker in the cached copy of one commit: a warm scan that returns it did not ask git for that commit
    const file = path.join(dir, files()[0]!);
    const data = JSON.parse(readFileSync(file, 'utf8')) as { commits: CommitRecord[] };
    const tweak = data.commits.find((c) => c.subject === 'Tweak retry')!;
    (tweak as { subject: string }).subject = 'Tweak retry (from the cache)';
    writeFileSync(file, JSON.stringify(data));
    const added = repo.commit({ message: 'Add backoff', files: { 'src/backoff.ts': lines(40) }, date: '2026-08-10T10:00:00Z' });
    repo.git('tag', 'v1.0.0', tweak.sha);
    const warm = await readHistory(repo.dir, RANGE, { cache: new CommitCache(dir) });
    assert.deepEqual(
      warm.commits.map((c) => c.subject),
      ['Add backoff', 'Tweak retry (from the cache)', 'Add retries (#42)'],
    );
    const backoff = warm.commits[0];
    assert.equal(backoff!.sha, added);
    assert.equal(backoff!.additions, 40, 'a new commit is read from git with its stats');
    assert.deepEqual(warm.commits[1]!.tags, ['v1.0.0'], 'tags come from git, not the cache (a tag can be added later)');
    const rewritten = JSON.parse(readFileSync(file, 'utf8')) as { commits: CommitRecord[] };
    assert.ok(
      rewritten.commits.some((c) => c.sha === added),
      'the new commit is cached',
    );
  });

  it('while no ref moves, a re-scan of the same range lists its commits from the cache; a new commit, tag or branch makes it ask git again', async () => {
    const cold = await readHistory(repo.dir, RANGE, { cache: new CommitCache(dir) });
    assert.equal(cold.commits.length, 2);
    // plant a tag in the remembered listing: a scan that returns it did not list the commits with git
    const file = path.join(dir, files()[0]!);
    const planted = (): void => {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { listings: Array<{ commits: Array<{ tags: string[] }> }> };
      assert.equal(data.listings.length, 1, 'one listing remembered');
      for (const c of data.listings[0]!.commits) c.tags = ['planted'];
      writeFileSync(file, JSON.stringify(data));
    };
    planted();
    const warm = await readHistory(repo.dir, RANGE, { cache: new CommitCache(dir) });
    assert.deepEqual(
      warm.commits.map((c) => c.tags),
      [['planted'], ['planted']],
      'answered from the remembered listing',
    );
    assert.deepEqual(
      warm.commits.map((c) => c.sha),
      cold.commits.map((c) => c.sha),
    );

    for (const move of [
      () => repo.git('tag', 'v2', 'HEAD'),
      () => repo.git('branch', 'side', 'HEAD~1'),
      () => repo.commit({ message: 'Later work', files: { 'later.ts': lines(3) }, date: '2026-08-20T10:00:00Z' }),
    ]) {
      move();
      const after = await readHistory(repo.dir, RANGE, { cache: new CommitCache(dir) });
      assert.ok(
        after.commits.every((c) => !c.tags.includes('planted')),
        'a moved ref makes the scan list with git again',
      );
      planted();
    }
    const last = await readHistory(repo.dir, RANGE, { cache: new CommitCache(dir) });
    assert.equal(last.commits[0]!.subject, 'Later work');
    // ranges that end "now" differ by milliseconds from scan to scan: still one remembered listing per day
    const cache = new CommitCache(dir);
    for (const ms of [1, 2, 3]) await readHistory(repo.dir, { since: RANGE.since, until: new Date(RANGE.until.getTime() + ms) }, { cache });
    const listings = (JSON.parse(readFileSync(file, 'utf8')) as { listings: unknown[] }).listings;
    assert.equal(listings.length, 1, 'scans ending a few ms apart on the same day share one listing (before: one per scan)');
  });

  it('a corrupt or other-version cache file is ignored and rewritten; deleting the cache is safe', async () => {
    const cache = new CommitCache(dir);
    const expected = (await readHistory(repo.dir, RANGE)).commits;
    await readHistory(repo.dir, RANGE, { cache });
    const file = path.join(dir, files()[0]!);
    for (const bad of [
      `{"version": ${CACHE_VERSION}, "root": "x", "commits": [{"sha": "nope"}], "listings": []}`,
      'not json',
      JSON.stringify({ version: CACHE_VERSION + 1, root: repo.dir, commits: [] }),
    ]) {
      writeFileSync(file, bad);
      assert.deepEqual((await readHistory(repo.dir, RANGE, { cache: new CommitCache(dir) })).commits, expected);
      assert.equal((JSON.parse(readFileSync(file, 'utf8')) as { version: number }).version, CACHE_VERSION, 'rewritten');
    }
    rmSync(dir, { recursive: true, force: true });
    assert.deepEqual((await readHistory(repo.dir, RANGE, { cache: new CommitCache(dir) })).commits, expected);
  });

  it('keeps at most MAX_REPOSITORIES repository files (the most recently written)', async () => {
    const cache = new CommitCache(dir);
    const commit = (await readHistory(repo.dir, RANGE)).commits[0]!;
    for (let i = 0; i < MAX_REPOSITORIES + 5; i++) await cache.add(`/repos/r${i}`, [commit]);
    assert.equal(files().length, MAX_REPOSITORIES);
    assert.equal((await new CommitCache(dir).get(`/repos/r${MAX_REPOSITORIES + 4}`)).size, 1, 'the newest is kept');
  });
});
