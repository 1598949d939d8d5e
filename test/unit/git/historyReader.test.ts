import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { commitUrl } from '../../../src/core/links';
import { streamLog } from '../../../src/git/gitProcess';
import { NoIdentityError, NotARepositoryError, openRepository, readHistory, readNewCommits, UnsafeRepositoryError } from '../../../src/git/historyReader';
import { CommitCache } from '../../../src/git/commitCache';
import { LOG_FORMAT } from '../../../src/git/logParser';
import { lines, ME, OTHER, TempRepo } from '../helpers/tempRepo';

const RANGE = { since: new Date('2026-07-01T00:00:00Z'), until: new Date('2026-10-01T00:00:00Z') };

describe('git history reader (real repositories)', () => {
  const repos: TempRepo[] = [];
  const make = (options?: ConstructorParameters<typeof TempRepo>[0]): TempRepo => {
    const r = new TempRepo(options);
    repos.push(r);
    return r;
  };
  let savedEnv: NodeJS.ProcessEnv;
  before(() => {
    savedEnv = { ...process.env };
    // no global git config: the reader sees only what each test repository sets
    process.env.HOME = mkdtempSync(path.join(tmpdir(), 'ij-home-'));
  });
  after(() => {
    process.env = savedEnv;
    for (const r of repos) r.remove();
  });

  it('reads only the user’s commits in the range, with numstat, created files, trailers and PR numbers', async () => {
    const repo = make();
    repo.git('remote', 'add', 'origin', 'git@github.com:acme/shop.git');
    repo.commit({ message: 'Old work before the range', files: { 'old.txt': 'x\n' }, date: '2026-05-01T10:00:00Z' });
    const squash = repo.commit({
      message: 'Add checkout retries (#42)\n\nRetries failed payments.\n\nCo-authored-by: Grace Hopper <grace@example.com>\n',
      files: { 'src/checkout/retry.ts': lines(30), 'src/checkout/retry.test.ts': lines(10) },
      date: '2026-07-15T09:30:00+02:00',
    });
    repo.commit({ message: 'Someone else’s commit', author: OTHER, files: { 'other.txt': 'y\n' }, date: '2026-07-20T10:00:00Z' });
    const edit = repo.commit({ message: 'Tweak retry', files: { 'src/checkout/retry.ts': lines(25) }, date: '2026-08-01T10:00:00Z' });
    repo.commit({ message: 'After the range', files: { 'late.txt': 'z\n' }, date: '2026-10-02T10:00:00Z' });

    const result = await readHistory(repo.dir, RANGE);
    assert.equal(result.repository.repo, 'github.com/acme/shop');
    assert.deepEqual(result.identities, [ME.email]);
    assert.deepEqual(
      result.commits.map((c) => c.sha),
      [edit, squash],
    );
    const [tweak, add] = result.commits;
    assert.equal(add!.pullRequest, 42);
    assert.deepEqual(add!.coAuthors, [{ name: 'Grace Hopper', email: 'grace@example.com' }]);
    assert.equal(add!.subject, 'Add checkout retries (#42)');
    assert.equal(add!.additions, 40);
    assert.equal(add!.deletions, 0);
    assert.deepEqual(add!.files.map((f) => [f.path, f.created]).sort(), [
      ['src/checkout/retry.test.ts', true],
      ['src/checkout/retry.ts', true],
    ]);
    assert.equal(add!.authorDate, '2026-07-15T09:30:00+02:00');
    assert.equal(tweak!.files[0]!.created, false);
    assert.equal(tweak!.deletions, 5);
  });

  it('reads a subject wrapped over lines as git does (its first paragraph), but not a body written without its blank line', async () => {
    const repo = make();
    const wrapped = repo.commit({
      message: 'Add assertions to\norg.apache.commons.lang3.ClassUtilsTest\n',
      files: { 'a.txt': 'a\n' },
      date: '2026-07-02T10:00:00Z',
    });
    const long = repo.commit({
      message:
        'Fail-fast for a null DiffBuilder in\nReflectionDiffBuilder.ReflectionDiffBuilder(DiffBuilder, String[])\ninstead of getting a NullPointerException in ReflectionDiffBuilder\ninstance methods\n\n- Remove unnecessary null check\n',
      files: { 'f.txt': 'f\n' },
      date: '2026-07-02T12:00:00Z',
    });
    const listed = repo.commit({ message: 'Fix the parser\n- handle tabs\n- handle CRLF\n', files: { 'b.txt': 'b\n' }, date: '2026-07-03T10:00:00Z' });
    const said = repo.commit({ message: 'Fix the parser.\nIt dropped tabs.\n', files: { 'c.txt': 'c\n' }, date: '2026-07-04T10:00:00Z' });
    const body = repo.commit({ message: 'Fix the scanner\nThe scanner dropped tabs.\n', files: { 'e.txt': 'e\n' }, date: '2026-07-06T10:00:00Z' });
    const squashed = repo.commit({
      message: 'only strip one slash when registering blueprint\nadd test and changelog\n',
      files: { 'g.txt': 'g\n' },
      date: '2026-07-07T10:00:00Z',
    });
    const signed = repo.commit({ message: 'Fix the lexer\nSigned-off-by: Me <me@example.com>\n', files: { 'd.txt': 'd\n' }, date: '2026-07-05T10:00:00Z' });
    const { commits } = await readHistory(repo.dir, RANGE);
    const of = (sha: string) => commits.find((c) => c.sha === sha)!;
    assert.equal(of(wrapped).subject, 'Add assertions to org.apache.commons.lang3.ClassUtilsTest');
    assert.equal(of(wrapped).body, '');
    assert.deepEqual(
      [of(long).subject, of(long).body],
      [
        'Fail-fast for a null DiffBuilder in ReflectionDiffBuilder.ReflectionDiffBuilder(DiffBuilder, String[]) instead of getting a NullPointerException in ReflectionDiffBuilder instance methods',
        '- Remove unnecessary null check',
      ],
    );
    assert.deepEqual([of(listed).subject, of(listed).body], ['Fix the parser', '- handle tabs\n- handle CRLF']);
    assert.deepEqual([of(said).subject, of(said).body], ['Fix the parser.', 'It dropped tabs.']);
    assert.deepEqual([of(body).subject, of(body).body], ['Fix the scanner', 'The scanner dropped tabs.']);
    assert.deepEqual([of(squashed).subject, of(squashed).body], ['only strip one slash when registering blueprint', 'add test and changelog']);
    assert.deepEqual([of(signed).subject, of(signed).body], ['Fix the lexer', 'Signed-off-by: Me <me@example.com>']);
  });

  it('matches extra author emails case-insensitively and from local branches', async () => {
    const repo = make({ user: { name: 'Ada', email: 'ada@work.example' } });
    repo.commit({ message: 'base', author: { name: 'Ada', email: 'ada@work.example' }, files: { a: '1\n' }, date: '2026-07-02T10:00:00Z' });
    repo.commit({ message: 'by the default test author', files: { c: '1\n' }, date: '2026-07-02T11:00:00Z' });
    repo.git('checkout', '-q', '-b', 'feature');
    const onBranch = repo.commit({
      message: 'Feature work',
      author: { name: 'Ada', email: 'Ada@Home.Example' },
      files: { b: '2\n' },
      date: '2026-07-03T10:00:00Z',
    });
    repo.git('checkout', '-q', 'main');
    const result = await readHistory(repo.dir, RANGE, { authorEmails: ['ada@home.example'] });
    assert.ok(
      result.commits.some((c) => c.sha === onBranch),
      'commit on a local branch by the extra email is read',
    );
    assert.equal(result.commits.length, 2);
  });

  it('keeps pull-request merges (stats against the first parent) and drops other merges', async () => {
    const repo = make();
    repo.commit({ message: 'base', files: { 'README.md': 'hi\n' }, date: '2026-07-01T10:00:00Z' });
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit({ message: 'Feature', files: { 'feature.ts': lines(12) }, date: '2026-07-02T10:00:00Z' });
    repo.git('checkout', '-q', 'main');
    repo.commit({ message: 'main moves', files: { 'main.ts': lines(3) }, date: '2026-07-03T10:00:00Z' });
    const env = { GIT_AUTHOR_DATE: '2026-07-04T10:00:00Z', GIT_COMMITTER_DATE: '2026-07-04T10:00:00Z' };
    Object.assign(process.env, env);
    try {
      repo.git('merge', '-q', '--no-ff', 'feature', '-m', 'Merge pull request #7 from acme/feature\n\nFeature');
      repo.git('checkout', '-q', '-b', 'other');
      repo.commit({ message: 'Other work', files: { 'o.ts': 'o\n' }, date: '2026-07-05T10:00:00Z' });
      repo.git('checkout', '-q', 'main');
      repo.git('merge', '-q', '--no-ff', 'other', '-m', "Merge branch 'other'");
    } finally {
      for (const k of Object.keys(env)) delete process.env[k];
    }
    const result = await readHistory(repo.dir, { since: RANGE.since, until: new Date('2027-01-01T00:00:00Z') });
    const merge = result.commits.find((c) => c.parents.length > 1);
    assert.ok(merge, 'the PR merge is kept');
    assert.equal(merge.pullRequest, 7);
    assert.equal(merge.additions, 12, 'merge stats are against the first parent');
    assert.ok(!result.commits.some((c) => c.subject.startsWith("Merge branch 'other'")));
  });

  it('gives no commits for an empty repository', async () => {
    const repo = make();
    const result = await readHistory(repo.dir, RANGE);
    assert.deepEqual(result.commits, []);
  });

  it('reads a detached HEAD', async () => {
    const repo = make();
    const first = repo.commit({ message: 'one', files: { a: '1\n' }, date: '2026-07-02T10:00:00Z' });
    repo.commit({ message: 'two', files: { a: '2\n' }, date: '2026-07-03T10:00:00Z' });
    repo.git('checkout', '-q', '--detach', first);
    const result = await readHistory(repo.dir, RANGE);
    assert.equal(result.commits.length, 2);
  });

  it('reads a shallow clone', async () => {
    const origin = make();
    for (let i = 0; i < 5; i++) origin.commit({ message: `c${i}`, files: { a: `${i}\n` }, date: `2026-07-0${i + 1}T10:00:00Z` });
    const clone = make({ init: false });
    clone.git('clone', '-q', '--depth', '2', `file://${origin.dir}`, '.');
    clone.git('config', 'user.email', ME.email);
    const result = await readHistory(clone.dir, RANGE);
    assert.deepEqual(
      result.commits.map((c) => c.subject),
      ['c4', 'c3'],
    );
  });

  it('reads a partial clone whose blobs cannot be fetched (offline): every commit, the ones it cannot diff without their stats', async () => {
    const origin = make();
    origin.git('config', 'uploadpack.allowFilter', 'true');
    for (let i = 0; i < 4; i++) origin.commit({ message: `c${i}`, files: { [`f${i}.ts`]: lines(10 * (i + 1)) }, date: `2026-07-0${i + 1}T10:00:00Z` });
    const clone = make({ init: false });
    clone.git('clone', '-q', '--filter=blob:none', '--no-checkout', `file://${origin.dir}`, '.');
    clone.git('config', 'user.email', ME.email);
    // the promisor remote is gone: no blob can be fetched
    clone.git('remote', 'set-url', 'origin', `file://${path.join(origin.dir, 'gone')}`);
    // one blob is here (read before), the others are not
    origin.git('cat-file', 'blob', 'HEAD:f3.ts');
    writeFileSync(path.join(clone.dir, 'f3.ts'), lines(40));
    clone.git('hash-object', '-w', 'f3.ts');
    const cache = new CommitCache(mkdtempSync(path.join(tmpdir(), 'ij-cache-')));
    for (const withCache of [undefined, cache]) {
      const { commits } = await readHistory(clone.dir, RANGE, { cache: withCache });
      assert.deepEqual(
        commits.map((c) => c.subject),
        ['c3', 'c2', 'c1', 'c0'],
      );
      assert.deepEqual(
        commits[0]!.files.map((f) => [f.path, f.additions]),
        [['f3.ts', 40]],
        'a commit whose blobs are here keeps its stats',
      );
      assert.equal(commits[0]!.statsUnavailable, undefined);
      assert.deepEqual(commits[1]!.files, [], 'a commit whose blob is missing, without its stats');
      assert.equal(commits[1]!.statsUnavailable, true, 'and said to be without them: its 0 lines are no size');
    }
    // the blob arrives (the network is back): the commit read without its stats was not cached, so it is read whole
    writeFileSync(path.join(clone.dir, 'f2.ts'), lines(30));
    clone.git('hash-object', '-w', 'f2.ts');
    const { commits } = await readHistory(clone.dir, RANGE, { cache });
    assert.deepEqual(
      commits[1]!.files.map((f) => [f.path, f.additions]),
      [['f2.ts', 30]],
    );
    assert.equal(commits[1]!.statsUnavailable, undefined);
    assert.equal(commits[2]!.statsUnavailable, true, 'c1’s blob is still missing');
    // what a HEAD move brought, for the commit-time prompt: read the same way
    const head = clone.git('rev-parse', 'HEAD').trim();
    const moved = await readNewCommits(clone.dir, clone.git('rev-parse', 'HEAD~3').trim(), head);
    assert.deepEqual(
      moved.map((c) => [c.subject, c.statsUnavailable ?? false]),
      [
        ['c3', false],
        ['c2', false],
        ['c1', true],
      ],
    );
  });

  it('uses the repository’s own user.email over the global one, as git does', async () => {
    const home = process.env.HOME!;
    writeFileSync(path.join(home, '.gitconfig'), '[user]\n\temail = me@personal.example\n');
    try {
      const repo = make({ user: { name: 'Ada', email: 'me@work.example' } });
      repo.commit({ message: 'Work commit', author: { name: 'Ada', email: 'me@work.example' }, files: { a: '1\n' }, date: '2026-07-02T10:00:00Z' });
      const result = await readHistory(repo.dir, RANGE);
      assert.deepEqual(result.identities, ['me@work.example']);
      assert.equal(result.commits.length, 1);
    } finally {
      rmSync(path.join(home, '.gitconfig'));
    }
  });

  it('uses the folder name when there is no remote, and builds no link for unknown hosts', async () => {
    const repo = make();
    const info = await openRepository(repo.dir);
    assert.equal(info.repo, path.basename(repo.dir));
    assert.equal(info.remote, undefined);
    repo.git('remote', 'add', 'origin', 'https://git.internal.example/team/app.git');
    const withRemote = await openRepository(repo.dir);
    assert.equal(withRemote.repo, 'git.internal.example/team/app');
    assert.equal(withRemote.remote?.webBase, undefined);
  });

  it('links to self-hosted servers the user names (GitHub Enterprise, GitLab)', async () => {
    const repo = make();
    repo.git('remote', 'add', 'origin', 'ssh://git@git.acme.corp:2222/team/app.git');
    const info = await openRepository(repo.dir, { hosts: { 'git.acme.corp': 'gitlab' } });
    assert.equal(info.remote?.webBase, 'https://git.acme.corp/team/app');
    assert.equal(commitUrl(info.remote, 'abcdef1'), 'https://git.acme.corp/team/app/-/commit/abcdef1');
  });

  it('keeps HTML and Markdown in commit messages as plain text', async () => {
    const repo = make();
    const subject = '<img src=x onerror=alert(1)> **bold** [x](javascript:alert(1)) | a | `code`';
    repo.commit({ message: `${subject}\n\n<script>alert(1)</script>`, files: { a: '1\n' }, date: '2026-07-02T10:00:00Z' });
    const [commit] = (await readHistory(repo.dir, RANGE)).commits;
    assert.equal(commit!.subject, subject);
    assert.equal(commit!.body, '<script>alert(1)</script>');
  });

  it('refuses a folder that is not a repository and a missing identity, with clear errors', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ij-plain-'));
    try {
      await assert.rejects(readHistory(dir, RANGE), (e: unknown) => e instanceof NotARepositoryError && e.message.includes(dir));
      await assert.rejects(readHistory(path.join(dir, 'missing'), RANGE), NotARepositoryError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const anonymous = make({ user: null });
    await assert.rejects(readHistory(anonymous.dir, RANGE), (e: unknown) => e instanceof NoIdentityError && /user\.email/.test(e.message));
  });

  it('a repository owned by another user: git’s reason and the safe.directory command, not "not a repository"', async function () {
    // git's ownership check needs a repository owned by someone else: as root, hand it to nobody
    if (process.getuid?.() !== 0) this.skip();
    const repo = make();
    repo.commit({ message: 'Work', files: { 'a.ts': 'a\n' }, date: '2026-08-01T10:00:00Z' });
    execFileSync('chown', ['-R', '65534:65534', repo.dir]);
    await assert.rejects(
      readHistory(repo.dir, RANGE),
      (e: unknown) =>
        e instanceof UnsafeRepositoryError &&
        e.message.includes('dubious ownership') &&
        e.message.includes(`git config --global --add safe.directory ${repo.dir}`),
    );
  });

  it('stops the git process when aborted', async () => {
    const repo = make();
    repo.commit({ message: 'one', files: { a: '1\n' }, date: '2026-07-02T10:00:00Z' });
    const abort = new AbortController();
    abort.abort();
    await assert.rejects(readHistory(repo.dir, RANGE, { signal: abort.signal }));
  });

  it('cancelling kills a git log that is streaming (30,000 commits)', async function () {
    // making and reading 30,000 commits takes seconds, more on a loaded machine
    this.timeout(120_000);
    const repo = make();
    let script = '';
    for (let i = 0; i < 30_000; i++) {
      const content = `line ${i}\n`;
      script += `commit refs/heads/big\ncommitter Ada <ada@example.com> ${1_780_000_000 + i} +0000\ndata ${String(i).length + 1}\nc${i}\nM 644 inline f${i % 50}.txt\ndata ${content.length}\n${content}\n`;
    }
    // glibc gives memory back to the system after each of fast-import's commits unless told to keep
    // some (M_TOP_PAD, mallopt(3)): 20 s of brk calls here, 1 s with 64 MB kept
    execFileSync('git', ['fast-import', '--quiet'], {
      cwd: repo.dir,
      input: script,
      env: { ...process.env, MALLOC_TOP_PAD_: String(64 * 1024 * 1024) },
    });
    const abort = new AbortController();
    let commits = 0;
    const reading = streamLog(repo.dir, ['log', '--numstat', `--format=${LOG_FORMAT}`, '--end-of-options', 'big', '--'], abort.signal).then(
      (c) => (commits = c.length),
    );
    setTimeout(() => abort.abort(), 20);
    await assert.rejects(reading, (err: Error) => err.name === 'AbortError');
    assert.equal(commits, 0);
    const all = await streamLog(repo.dir, ['log', `--format=${LOG_FORMAT}`, '--end-of-options', 'big', '--']);
    assert.equal(all.length, 30_000, 'without cancelling, the whole stream is parsed');
  });
});
