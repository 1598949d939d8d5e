/**
 * Units of work read from real repositories: a maintainer's topic merges, the user's own PR merge,
 * squash-merged PRs, series of direct pushes closed by a release, and conventions learned from
 * the history. Real git, real temp repositories.
 */
import * as assert from 'node:assert/strict';
import { candidateTime, handledKeys, shippedLink, unitCandidates } from '../../../src/core/candidates';
import { isGeneratedIn, isReleaseNotesPath } from '../../../src/core/conventions';
import { changieEntry } from '../../../src/core/changie';
import { emptyJournal, sourceKey, type JournalFile } from '../../../src/core/model';
import { unitChange, unitParts } from '../../../src/core/unitFiles';
import { reviewedChange, unitPullRequests, type WorkUnit } from '../../../src/core/units';
import { scoreWork, type RepositoryWork } from '../../../src/core/work';
import { repositoryWork } from '../../../src/git/repositoryWork';
import { parsePullRequestNumber } from '../../../src/git/logParser';
import { readWorkHistory } from '../../../src/git/workHistory';
import { lines, ME, TempRepo, useIsolatedHome, type Author } from '../helpers/tempRepo';

const MAINTAINER: Author = { name: 'Junio Maintainer', email: 'maintainer@example.com' };
const RANGE = { since: new Date('2026-07-01T00:00:00Z'), until: new Date('2026-10-01T00:00:00Z') };

/** Day `d` of July 2026 at `h` o'clock UTC. */
const at = (d: number, h = 10): string => new Date(Date.UTC(2026, 6, d, h)).toISOString();

async function work(repo: TempRepo): Promise<RepositoryWork> {
  return repositoryWork(await readWorkHistory(repo.dir, RANGE));
}

/** A topic branch `name` off main with `commits` of the user, merged back by the maintainer with `description`. */
function topic(repo: TempRepo, name: string, description: string, commits: Array<{ message: string; files: Record<string, string> }>, day: number): string[] {
  repo.git('checkout', '-q', '-b', name, 'main');
  const shas = commits.map((c, i) => repo.commit({ ...c, date: at(day, 9 + i) }));
  repo.git('checkout', '-q', 'main');
  const env = {
    GIT_AUTHOR_NAME: MAINTAINER.name,
    GIT_AUTHOR_EMAIL: MAINTAINER.email,
    GIT_AUTHOR_DATE: at(day + 1),
    GIT_COMMITTER_NAME: MAINTAINER.name,
    GIT_COMMITTER_EMAIL: MAINTAINER.email,
    GIT_COMMITTER_DATE: at(day + 1),
  };
  repo.gitWith(
    env,
    'merge',
    '-q',
    '--no-ff',
    '-m',
    `Merge branch '${name}'\n\n${description}\n\n* ${name}:\n  ${commits.map((c) => c.message.split('\n')[0]).join('\n  ')}\n`,
    name,
  );
  return shas;
}

/** The unit that holds the commit `sha` in `repo`'s scored work (threshold 4), asserting it holds each of `others` too. */
async function unitHolding(repo: TempRepo, sha: string, ...others: string[]): Promise<WorkUnit> {
  const scored = scoreWork(await work(repo), { threshold: 4 });
  const unit = scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!.unit;
  for (const other of others)
    assert.ok(
      unit.commits.some((c) => c.sha === other),
      JSON.stringify(scored.map((s) => [s.unit.title, s.unit.commits.length])),
    );
  return unit;
}

/** Merges `branch` into the checked-out branch with a merge commit of `message`, dated `date` (ISO). */
function mergeNoFf(repo: TempRepo, branch: string, message: string, date: string): void {
  repo.gitWith({ GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, 'merge', '-q', '--no-ff', '-m', message, branch);
}

/** Merges `branch` into the checked-out branch as `author` (author and committer), with a merge commit of `message`, dated `date`. */
function mergeAs(repo: TempRepo, author: Author, branch: string, message: string, date: string): void {
  const env = { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email };
  repo.gitWith({ ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, 'merge', '-q', '--no-ff', '-m', message, branch);
}

describe('units of work (real repositories)', () => {
  useIsolatedHome();
  const repos: TempRepo[] = [];
  const make = (): TempRepo => {
    const r = new TempRepo();
    repos.push(r);
    r.git('remote', 'add', 'origin', 'git@github.com:acme/tool.git');
    r.commit({ message: 'Initial import', files: { 'README.md': '# Tool\n', 'src/main.c': lines(50) }, date: at(1) });
    return r;
  };
  after(() => {
    for (const r of repos) r.remove();
  });

  it('a topic merged by a maintainer is one piece of work: offered once with its commits listed; logged once, none of its commits is offered again', async () => {
    const repo = make();
    const feature = topic(
      repo,
      'ada/log-paging',
      '"tool log" learned the "--paging" option to show long logs a screen at a time.',
      [
        { message: 'log: prepare the pager interface', files: { 'src/pager.c': lines(120, 'pager'), 'src/pager.h': lines(20, 'h') } },
        { message: 'log: add --paging', files: { 'src/log.c': lines(150, 'log'), 'docs/log.md': '# log\n\n--paging\n' } },
        { message: 'log: test --paging', files: { 't/t4200-log-paging.sh': lines(60, 'test') } },
      ],
      3,
    );
    const refactor = topic(
      repo,
      'ada/odb-cleanup',
      'Various code clean-up around the object database.',
      Array.from({ length: 6 }, (_, i) => ({ message: `odb: clean up helper ${i}`, files: { [`src/odb${i}.c`]: lines(80 + i, `odb${i}`) } })),
      10,
    );
    const w = await work(repo);
    const scored = scoreWork(w, { threshold: 4 });
    const pagingUnit = scored.find((s) => s.unit.commits.some((c) => c.sha === feature[0]))!;
    assert.equal(pagingUnit.unit.kind, 'topic');
    assert.equal(pagingUnit.unit.topic, 'ada/log-paging');
    assert.deepEqual(pagingUnit.unit.commits.map((c) => c.sha).sort(), [...feature].sort(), 'its three commits, together');
    assert.match(pagingUnit.unit.title, /^ada\/log-paging: "tool log" learned the "--paging" option/);
    assert.ok(pagingUnit.notability.notable, JSON.stringify(pagingUnit.notability.signals));
    assert.ok(pagingUnit.notability.signals.some((s) => s.id === 'feature' && /as its merge describes it/.test(s.reason)));
    const cleanup = scored.filter((s) => s.unit.commits.some((c) => refactor.includes(c.sha)));
    assert.equal(cleanup.length, 1, 'six refactoring patches are one unit');
    assert.equal(cleanup[0]!.notability.notable, false, `a clean-up is not offered: ${JSON.stringify(cleanup[0]!.notability.signals)}`);
    assert.ok(
      cleanup[0]!.notability.signals.some((s) => s.id === 'internal' && s.weight < 0),
      'and it says why',
    );

    const offered = unitCandidates([w], emptyJournal(), 4);
    assert.equal(offered.filter((c) => c.unit.commits.some((x) => feature.includes(x.sha))).length, 1, 'offered once');
    // logging it records every commit as a source; then nothing of it is offered again
    const candidate = offered.find((c) => c.unit.commits.some((x) => feature.includes(x.sha)))!;
    assert.deepEqual(
      candidate.sources
        .filter((s) => s.type === 'commit')
        .map((s) => s.type === 'commit' && s.sha)
        .sort(),
      [...feature].sort(),
    );
    const stamp = '2026-08-01T00:00:00.000Z';
    const journal: JournalFile = {
      ...emptyJournal(),
      entries: [
        {
          id: '7d3c1c3e-7a0a-4c1e-9d57-2f4a3b7d9e10',
          kind: 'impact',
          title: 't',
          body: '',
          competencies: [],
          occurredAt: '2026-07-04',
          createdAt: stamp,
          updatedAt: stamp,
          sources: [...candidate.sources],
          tags: [],
        },
      ],
    };
    assert.ok(!unitCandidates([w], journal, 4).some((c) => c.unit.commits.some((x) => feature.includes(x.sha))));
    // an entry of one of its commits (logged by an earlier version) also marks the whole topic handled
    const oneCommit = candidate.sources.find((s) => s.type === 'commit')!;
    const older: JournalFile = { ...journal, entries: [{ ...journal.entries[0]!, sources: [oneCommit] }] };
    assert.ok(handledKeys(older).has(sourceKey(oneCommit)!));
    assert.ok(!unitCandidates([w], older, 4).some((c) => c.unit.commits.some((x) => feature.includes(x.sha))));
  });

  it('direct pushes: small commits in one area close in time are one series; a release closes it and says what kind of release', async () => {
    const repo = make();
    const series = [
      repo.commit({ message: 'Add cache.memo()', files: { 'src/cache.c': lines(90, 'memo') }, date: at(5, 9) }),
      repo.commit({ message: 'memo: handle errors', files: { 'src/cache.c': lines(120, 'memo') }, date: at(5, 11) }),
      repo.commit({ message: 'memo: test it', files: { 'test/memo.test.c': lines(40, 'test') }, date: at(5, 12) }),
      repo.commit({
        message: 'memo: say it in the changelog',
        files: { 'src/cache.c': lines(121, 'memo'), 'CHANGELOG.md': '## 1.3\n\n- add memo()\n' },
        date: at(5, 13),
      }),
    ];
    const release = repo.commit({ message: '1.3.0', files: { 'package.json': '{"version":"1.3.0"}\n' }, date: at(5, 14) });
    const later = repo.commit({ message: 'Tweak the README', files: { 'README.md': '# Tool\n\nMore.\n' }, date: at(6) });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const memo = scored.find((s) => s.unit.commits.some((c) => c.sha === series[0]))!;
    assert.equal(memo.unit.kind, 'series');
    assert.deepEqual(memo.unit.commits.map((c) => c.sha).sort(), [...series].sort());
    assert.deepEqual(memo.unit.releasedAs, { version: '1.3.0', kind: 'minor' });
    assert.ok(
      memo.notability.signals.some((s) => s.id === 'changelog'),
      'its author wrote it into the changelog',
    );
    assert.ok(memo.notability.notable, JSON.stringify(memo.notability.signals));
    for (const sha of [release, later]) assert.ok(!scored.find((s) => s.unit.commits.some((c) => c.sha === sha))?.notability.notable);
  });

  it('a merge\'s list of conflicted files ("# Conflicts:") is no description of its topic (commonmark\'s advisory merge)', async () => {
    const repo = make();
    repo.commit({ message: 'Start', files: { 'src/Cursor.php': lines(40, 'cursor'), 'CHANGELOG.md': '# Changelog\n' }, date: at(2) });
    repo.git('checkout', '-q', '-b', 'fix-ghsa', 'main');
    const fix = repo.commit({
      message: 'Fix quadratic slug de-duplication',
      files: { 'src/Cursor.php': lines(60, 'slug'), 'tests/SlugTest.php': lines(20, 'slug') },
      date: at(3, 9),
    });
    repo.commit({ message: 'Add a regression test for slugs', files: { 'tests/SlugTest.php': lines(30, 'slug') }, date: at(3, 10) });
    repo.git('checkout', '-q', 'main');
    for (const body of ['# Conflicts:\n#\tCHANGELOG.md\n#\tsrc/Cursor.php', 'Conflicts:\n\tCHANGELOG.md']) {
      repo.git('branch', '-q', '-f', 'before', 'main');
      mergeNoFf(repo, 'fix-ghsa', `Merge remote-tracking branch 'advisory/fix-ghsa' into 2.9\n\n${body}`, at(3, 11));
      const unit = scoreWork(await work(repo), { threshold: 4 }).find((s) => s.unit.commits.some((c) => c.sha === fix))!.unit;
      assert.equal(unit.kind, 'topic', unit.title);
      assert.ok(!/conflicts|CHANGELOG/i.test(unit.title), unit.title);
      repo.git('reset', '-q', '--hard', 'before');
    }
  });

  it('direct pushes: a series is named by a commit that says what it does, not by the biggest one\'s "Readme tweaks" (ky)', async () => {
    const repo = make();
    const fix = repo.commit({ message: 'Fix hook state leaks and fetch option forwarding', files: { 'source/core/Ky.ts': lines(40, 'ky') }, date: at(5, 9) });
    repo.commit({
      message: 'Readme tweaks',
      files: { 'readme.md': lines(200, 'readme'), 'source/types/options.ts': lines(30, 'options'), 'source/core/Ky.ts': lines(42, 'ky') },
      date: at(5, 11),
    });
    const unit = scoreWork(await work(repo), { threshold: 4 }).find((s) => s.unit.commits.some((c) => c.sha === fix))!.unit;
    assert.equal(unit.commits.length, 2, unit.title);
    assert.equal(unit.title, 'Fix hook state leaks and fetch option forwarding');
  });

  it('a pull request that syncs a release line is no piece of work: each pull request merged on the line is (EMQX\'s "sync `release-63` to `master`")', async () => {
    const repo = make();
    repo.git('checkout', '-q', '-b', 'release-63', 'main');
    // the user's pull request onto the release line, merged there by a colleague
    repo.git('checkout', '-q', '-b', 'av/work-with-images', 'release-63');
    const image = repo.commit({
      message: 'feat(agent): add image fetch tool',
      files: { 'apps/emqx_agent/src/image_fetch.erl': lines(90, 'img') },
      date: at(3, 9),
    });
    const unify = repo.commit({
      message: 'feat(agent): unify working with images',
      files: { 'apps/emqx_agent/src/images.erl': lines(60, 'uni') },
      date: at(3, 11),
    });
    repo.git('checkout', '-q', 'release-63');
    mergeAs(repo, MAINTAINER, 'av/work-with-images', 'Merge pull request #17760 from av/work-with-images\n\nfeat(agent): unify working with images', at(4));
    // another pull request of theirs on the line
    repo.git('checkout', '-q', '-b', 'av/redact', 'release-63');
    const redact = repo.commit({
      message: 'fix(redact): address sensitive data leaks',
      files: { 'apps/emqx/src/emqx_redact.erl': lines(40, 'red') },
      date: at(5, 9),
    });
    repo.git('checkout', '-q', 'release-63');
    mergeAs(repo, MAINTAINER, 'av/redact', 'Merge pull request #17790 from av/redact\n\nfix(redact): address sensitive data leaks', at(6));
    // the sync: a branch off main that merges the release line, merged onto main by its pull request
    repo.git('checkout', '-q', '-b', 'sync-63-to-master', 'main');
    mergeAs(repo, MAINTAINER, 'release-63', "Merge remote-tracking branch 'origin/release-63' into sync-63-to-master", at(7));
    repo.git('checkout', '-q', 'main');
    mergeAs(repo, MAINTAINER, 'sync-63-to-master', 'Merge pull request #17835 from zmstone/sync-63-to-master\n\nsync `release-63` to `master`', at(8));
    const images = await unitHolding(repo, unify, image);
    assert.equal(images.pullRequest, 17760, images.title);
    assert.equal(images.title, 'feat(agent): unify working with images');
    assert.equal(images.commits.length, 2);
    const leaks = await unitHolding(repo, redact);
    assert.equal(leaks.pullRequest, 17790, leaks.title);
  });

  it("the user's commits in someone else's pull request that someone else merged are named by their own words, not by the other's title (jinja)", async () => {
    const repo = make();
    const kevin: Author = { name: 'Kevin Contributor', email: 'kevin@example.com' };
    repo.git('checkout', '-q', '-b', 'namespace-tuples', 'main');
    repo.commit({ message: 'Add support for namespaces in tuple parsing', files: { 'src/jinja2/parser.py': lines(80, 'ns') }, author: kevin, date: at(3, 9) });
    const mine = repo.commit({ message: 'more comments about nsref assignment', files: { 'src/jinja2/compiler.py': lines(20, 'cmt') }, date: at(4, 9) });
    repo.git('checkout', '-q', 'main');
    mergeAs(repo, MAINTAINER, 'namespace-tuples', 'Add support for namespaces in tuple parsing (#1664)', at(5));
    const unit = await unitHolding(repo, mine);
    assert.equal(unit.pullRequest, 1664);
    assert.equal(unit.title, 'more comments about nsref assignment');
  });

  it('pull requests that port one change to each release line are one piece of work (EMQX\'s "fix(coap): fix connection-mode dtls", #16536 and #16603)', async () => {
    const repo = make();
    repo.git('branch', 'release-60', 'main');
    repo.git('checkout', '-q', '-b', 'fix-coap-dtls', 'main');
    const fix = repo.commit({
      message: 'fix(coap): fix connection-mode dtls',
      files: { 'apps/emqx_gateway_coap/src/coap_dtls.erl': lines(120, 'dtls') },
      date: at(3, 9),
    });
    repo.git('checkout', '-q', 'main');
    mergeAs(repo, MAINTAINER, 'fix-coap-dtls', 'Merge pull request #16536 from av/fix-coap-dtls\n\nfix(coap): fix connection-mode dtls', at(4));
    // the port: the same commit picked onto the release line, merged there by its own pull request
    repo.git('checkout', '-q', '-b', 'fix-coap-dtls-60', 'release-60');
    repo.commit({ message: 'fix(coap): fix connection-mode dtls', files: { 'apps/emqx_gateway_coap/src/coap_dtls.erl': lines(120, 'dtls') }, date: at(12, 9) });
    repo.git('checkout', '-q', 'release-60');
    mergeAs(repo, MAINTAINER, 'fix-coap-dtls-60', 'Merge pull request #16603 from av/fix-coap-dtls-60\n\nfix(coap): fix connection-mode dtls', at(13));
    repo.git('checkout', '-q', 'main');
    mergeAs(repo, MAINTAINER, 'release-60', 'Merge pull request #16700 from zmstone/sync-60-to-master\n\nsync `release-60` to `master`', at(14));
    // another pull request of the same title months later is other work
    repo.git('checkout', '-q', '-b', 'fix-coap-again', 'main');
    const later = repo.commit({
      message: 'fix(coap): fix connection-mode dtls',
      files: { 'apps/emqx_gateway_coap/src/coap_dtls.erl': lines(30, 'again') },
      date: at(1 + 100, 9),
    });
    repo.git('checkout', '-q', 'main');
    mergeAs(repo, MAINTAINER, 'fix-coap-again', 'Merge pull request #17000 from av/fix-coap-again\n\nfix(coap): fix connection-mode dtls', at(71));
    const unit = await unitHolding(repo, fix);
    assert.equal(unit.commits.length, 2, unit.title);
    assert.deepEqual((unit.parts ?? []).map((p) => p.pullRequest).sort(), [16536, 16603]);
    assert.ok(!unit.commits.some((c) => c.sha === later));
  });

  it('pull requests whose titles name one feature, then each its step, are one piece of work (Temporal\'s "Dynamic partitioning: …")', async () => {
    const repo = make();
    const client = repo.commit({
      message: 'Dynamic partitioning: client side (#9732)',
      files: { 'service/matching/partitions.go': lines(120, 'client') },
      date: at(3),
    });
    const server = repo.commit({
      message: 'Dynamic partitioning: server validation (#9997)',
      files: { 'service/matching/validate.go': lines(80, 'server') },
      date: at(20),
    });
    const scale = repo.commit({
      message: 'Dynamic partitioning: scale manager (#10365)',
      files: { 'service/matching/scale.go': lines(150, 'scale') },
      date: at(40),
    });
    // fixes named alike name no feature
    const fix = repo.commit({ message: 'Bug fix: nil pointer in poller (#10400)', files: { 'service/matching/poller.go': lines(10, 'fix') }, date: at(41) });
    const other = repo.commit({ message: 'Bug fix: stale cache entry (#10410)', files: { 'service/history/cache.go': lines(10, 'fix2') }, date: at(42) });
    // (nor an area in two words: wire's "Gradle plugin: …")
    const plugin = repo.commit({
      message: 'Gradle plugin: register generated sources (#3500)',
      files: { 'gradle/src/Plugin.kt': lines(30, 'p1') },
      date: at(43),
    });
    const again = repo.commit({
      message: "Gradle plugin: don't register generated sources on KSP (#3501)",
      files: { 'gradle/src/Ksp.kt': lines(30, 'p2') },
      date: at(43, 12),
    });
    const unit = await unitHolding(repo, scale, client, server);
    assert.equal(unit.commits.length, 3, unit.title);
    assert.deepEqual((unit.parts ?? []).map((p) => p.pullRequest).sort(), [10365, 9732, 9997]);
    const fixed = await unitHolding(repo, fix);
    assert.ok(!fixed.commits.some((c) => c.sha === other), fixed.title);
    assert.ok(!(await unitHolding(repo, plugin)).commits.some((c) => c.sha === again));
  });

  it('direct pushes: a series is named by what it does, not by the commit that applies its review\'s suggestions (k6\'s "Apply suggestion from the code review")', async () => {
    const repo = make();
    const add = repo.commit({ message: 'Add queueTask to browser mapping', files: { 'js/modules/k6/browser/mapping.go': lines(32, 'map') }, date: at(5, 9) });
    repo.commit({
      message: 'Apply suggestion from the code review (PR #5357)',
      files: { 'js/modules/k6/browser/mapping.go': lines(40, 'map2'), 'js/modules/k6/browser/helpers.go': lines(20, 'help') },
      date: at(5, 11),
    });
    const unit = scoreWork(await work(repo), { threshold: 4 }).find((s) => s.unit.commits.some((c) => c.sha === add))!.unit;
    assert.equal(unit.commits.length, 2, unit.title);
    assert.equal(unit.title, 'Add queueTask to browser mapping');
  });

  it('direct pushes: a series is named by the commit that writes its release-notes entry, not by the bigger one that readies it (meson)', async () => {
    const repo = make();
    const split = repo.commit({
      message: 'vs2010backend: split generate_genlist_for_target in two',
      files: { 'mesonbuild/backend/vs2010backend.py': lines(130, 'vs') },
      date: at(5, 9),
    });
    repo.commit({
      message: "Allow buildtargets in generator's process function",
      files: {
        'mesonbuild/backend/vs2010backend.py': lines(132, 'vs'),
        'mesonbuild/backend/ninjabackend.py': lines(30, 'ninja'),
        'docs/markdown/snippets/permit_generator_any_target.md': '## Generators accept any target\n\nA generator can now process any build target.\n',
      },
      date: at(5, 11),
    });
    const unit = scoreWork(await work(repo), { threshold: 4 }).find((s) => s.unit.commits.some((c) => c.sha === split))!.unit;
    assert.equal(unit.commits.length, 2, unit.title);
    assert.equal(unit.title, "Allow buildtargets in generator's process function");
  });

  it('work the user reverted in another unit is offered in neither (Nix\'s "Undo accidental push to master"); a fix that says it reverts one is a fix', async () => {
    const repo = make();
    const imap = repo.commit({
      message: 'Add `builtins.imap` function',
      files: { 'src/libexpr/primops/imap.cc': lines(120, 'imap'), 'tests/functional/lang/eval-okay-imap.nix': lines(20, 't') },
      date: at(5, 9),
    });
    const kept = repo.commit({ message: 'Add `builtins.zip` function', files: { 'src/libexpr/primops/zip.cc': lines(120, 'zip') }, date: at(9, 9) });
    const undo = repo.commit({
      message: `Revert "Add \`builtins.imap\` function"\n\nThis reverts commit ${imap}.`,
      files: { 'src/libexpr/primops/imap.cc': '', 'tests/functional/lang/eval-okay-imap.nix': '' },
      date: at(25, 9),
    });
    // a fix that says it reverts half of an earlier one (ripgrep's "searcher: fix regression with `--line-buffered` flag") undoes nothing
    const read = repo.commit({ message: 'searcher: read until the buffer is full', files: { 'crates/searcher/src/read.rs': lines(80, 'r') }, date: at(40, 9) });
    const regression = repo.commit({
      message: `searcher: fix regression with \`--line-buffered\` flag\n\nThis reverts commit ${read}.\n\nFixes #3194`,
      files: { 'crates/searcher/src/read.rs': lines(60, 'x') },
      date: at(60, 9),
    });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const of = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
    assert.notEqual(of(imap).unit, of(undo).unit);
    for (const sha of [imap, undo]) {
      assert.equal(of(sha).notability.notable, false, of(sha).unit.title);
      assert.ok(
        of(sha).notability.signals.some((s) => s.id === 'undone'),
        JSON.stringify(of(sha).notability.signals),
      );
    }
    for (const sha of [kept, read, regression]) assert.ok(!of(sha).notability.signals.some((s) => s.id === 'undone'), of(sha).unit.title);
  });

  it('direct pushes: a series is not named by its fix-up of the patch before ("Fix patch": monolog)', async () => {
    const repo = make();
    const path = 'src/Monolog/Handler/RotatingFileHandler.php';
    const fix = repo.commit({
      message: 'Fix RotatingFileHandler bug where rotation could sometimes not happen correctly, fixes #1905',
      files: { [path]: lines(20, 'rotate') },
      date: at(5, 9),
    });
    repo.commit({ message: 'Fix patch', files: { [path]: lines(24, 'rotated') }, date: at(5, 10) });
    const unit = scoreWork(await work(repo), { threshold: 4 }).find((s) => s.unit.commits.some((c) => c.sha === fix))!.unit;
    assert.equal(unit.commits.length, 2, unit.title);
    assert.equal(unit.title, 'Fix RotatingFileHandler bug where rotation could sometimes not happen correctly, fixes #1905');
  });

  it('direct pushes: a release said in words ("Release 1.4.1", "Version 2.0.0.") closes the series before it and gives its version alone', async () => {
    for (const [subject, version, kind] of [
      ['Release 1.4.1', '1.4.1', 'patch'],
      ['Version 2.0.0.', '2.0.0', 'major'],
      ['release v1.5.0', 'v1.5.0', 'minor'],
    ] as const) {
      const repo = make();
      const series = [
        repo.commit({ message: 'Add cache.memo()', files: { 'src/cache.c': lines(90, 'memo') }, date: at(5, 9) }),
        repo.commit({ message: 'memo: handle errors', files: { 'src/cache.c': lines(120, 'memo') }, date: at(5, 11) }),
      ];
      repo.commit({ message: subject, files: { 'package.json': `{"version":"${version}"}\n` }, date: at(5, 14) });
      const after = repo.commit({ message: 'memo: evict', files: { 'src/cache.c': lines(130, 'memo') }, date: at(5, 16) });
      const memo = scoreWork(await work(repo), { threshold: 4 }).find((s) => s.unit.commits.some((c) => c.sha === series[0]))!.unit;
      assert.deepEqual(memo.commits.map((c) => c.sha).sort(), [...series].sort(), subject);
      assert.deepEqual(memo.releasedAs, { version, kind }, subject);
      assert.ok(!memo.commits.some((c) => c.sha === after), `${subject} closed the series`);
    }
  });

  it("direct pushes: someone else's release from the mainline (a release bot's) closes the series before it too", async () => {
    const repo = make();
    const before = [
      repo.commit({ message: 'Add cache.memo()', files: { 'src/cache.c': lines(90, 'memo') }, date: at(5, 9) }),
      repo.commit({ message: 'memo: handle errors', files: { 'src/cache.c': lines(120, 'memo') }, date: at(5, 11) }),
    ];
    const bot: Author = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
    repo.commit({ message: 'chore(main): release 2.27.0 (#2351)', files: { 'CHANGELOG.md': '## 2.27.0\n\n- add memo()\n' }, date: at(5, 14), author: bot });
    const after = [
      repo.commit({ message: 'memo: evict old entries', files: { 'src/cache.c': lines(130, 'memo') }, date: at(5, 16) }),
      repo.commit({ message: 'memo: count evictions', files: { 'src/cache.c': lines(140, 'memo') }, date: at(5, 17) }),
    ];
    const units = scoreWork(await work(repo), { threshold: 4 }).map((s) => s.unit.commits.map((c) => c.sha).sort());
    assert.deepEqual(
      units.find((u) => u.includes(before[0]!)),
      [...before].sort(),
    );
    assert.deepEqual(
      units.find((u) => u.includes(after[0]!)),
      [...after].sort(),
    );
  });

  it('direct pushes: a new module (most of a commit, 200 lines of new code or more) starts a piece of work of its own, wired into the files before it or not', async () => {
    const repo = make();
    const picker = [
      repo.commit({ message: 'feat(picker): badges', files: { 'lua/snacks/picker/format.lua': lines(60, 'fmt') }, date: at(5, 9) }),
      repo.commit({ message: 'fix(picker): min width', files: { 'lua/snacks/picker/format.lua': lines(64, 'fmt') }, date: at(5, 11) }),
    ];
    const gh = repo.commit({
      message: 'feat(gh): new `gh` (GitHub cli) integration',
      files: {
        'lua/snacks/gh/api.lua': lines(180, 'api'),
        'lua/snacks/gh/render.lua': lines(120, 'render'),
        'lua/snacks/picker/format.lua': lines(70, 'fmt'),
      },
      date: at(5, 15),
    });
    const followUp = repo.commit({ message: 'fix(gh): action index', files: { 'lua/snacks/gh/api.lua': lines(181, 'api') }, date: at(5, 17) });
    const units = scoreWork(await work(repo), { threshold: 4 }).map((s) => s.unit.commits.map((c) => c.sha).sort());
    assert.deepEqual(
      units.find((u) => u.includes(picker[0]!)),
      [...picker].sort(),
    );
    assert.deepEqual(
      units.find((u) => u.includes(gh)),
      [gh, followUp].sort(),
    );
  });

  it("a release's kind is the number that changed since the package's last release (jsoup's 1.22.2 then 1.23.1 is a minor), else semver", async () => {
    const repo = make();
    const release = (version: string, day: number): string =>
      repo.commit({
        message: `[maven-release-plugin] prepare release jsoup-${version}`,
        files: { 'pom.xml': `<version>${version}</version>\n` },
        date: at(day, 14),
      });
    const step = (message: string, day: number): string =>
      repo.commit({ message, files: { 'src/main/Parser.java': lines(40 + day, message) }, date: at(day, 9) });
    release('1.22.2', 2);
    const feature = step('Add Element#classList()', 5);
    release('1.23.1', 5);
    const fix = step('Fix the title end tag', 9);
    release('1.23.2', 9);
    // a maintenance line's release after the newer line's: by its own numbers
    const backport = step('Fix the title end tag on 1.22', 13);
    release('1.22.3', 13);
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const releasedAs = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!.unit.releasedAs;
    assert.deepEqual(releasedAs(feature), { version: 'jsoup-1.23.1', kind: 'minor' });
    assert.deepEqual(releasedAs(fix), { version: 'jsoup-1.23.2', kind: 'patch' });
    assert.deepEqual(releasedAs(backport), { version: 'jsoup-1.22.3', kind: 'patch' });
  });

  it("direct pushes: commits whose subjects name different issues are different pieces of work (markdown-it's ', #938', ', #1055')", async () => {
    const repo = make();
    const labels = repo.commit({ message: 'Store reference labels in token metadata, #938', files: { 'src/parser.js': lines(60, 'labels') }, date: at(5, 9) });
    const tokens = repo.commit({
      message: 'Add reference_definition token, stripped by default, #1055',
      files: { 'src/parser.js': lines(90, 'tokens') },
      date: at(5, 11),
    });
    const more = repo.commit({ message: 'Keep reference labels on images too, #938', files: { 'src/parser.js': lines(95, 'labels2') }, date: at(5, 13) });
    const tidy = repo.commit({ message: 'Tidy the parser', files: { 'src/parser.js': lines(96, 'tidy') }, date: at(5, 15) });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const keyOf = (sha: string): string => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!.unit.key;
    assert.notEqual(keyOf(labels), keyOf(tokens), 'two issues, two pieces of work');
    assert.equal(keyOf(labels), keyOf(more), 'one issue, one piece of work');
    assert.ok([keyOf(labels), keyOf(tokens)].includes(keyOf(tidy)), 'a step that names no issue joins the work before it');
  });

  it('direct pushes: commits that close different issues are different pieces of work; a package release closes a series; a changelog-only commit is nobody’s entry', async () => {
    const repo = make();
    const fix = repo.commit({ message: 'printer: fix stats\n\nFixes #3178', files: { 'src/printer.c': lines(60, 'stats') }, date: at(5, 9) });
    const test = repo.commit({ message: 'test: add regression test\n\nCloses #2094', files: { 'tests/regression.c': lines(30, 'r') }, date: at(5, 10) });
    const more = repo.commit({ message: 'printer: tidy stats\n\nRef #3178, fixes #3178', files: { 'src/printer.c': lines(70, 'stats') }, date: at(5, 11) });
    const notes = repo.commit({ message: 'changelog: start next section', files: { 'CHANGELOG.md': 'TBD\n===\nUnreleased.\n' }, date: at(5, 12) });
    const crate = repo.commit({ message: 'globset-0.4.18', files: { 'crates/globset/Cargo.toml': 'version = "0.4.18"\n' }, date: at(5, 13) });
    repo.git('tag', 'globset-0.4.18');
    const after = repo.commit({ message: 'printer: more stats', files: { 'src/printer.c': lines(80, 'stats') }, date: at(5, 14) });
    const scoredAll = scoreWork(await work(repo), { threshold: 4 });
    const unitOf = (sha: string) => scoredAll.find((s) => s.unit.commits.some((c) => c.sha === sha))!.unit;
    assert.deepEqual(
      unitOf(fix)
        .commits.map((c) => c.sha)
        .sort(),
      [fix, more, notes].sort(),
      'one issue, one piece of work; the changelog commit joins it',
    );
    assert.deepEqual(
      unitOf(test).commits.map((c) => c.sha),
      [test],
      'a commit that closes another issue is its own',
    );
    assert.deepEqual(unitOf(fix).releasedAs, { version: 'globset-0.4.18', kind: 'patch' });
    assert.notEqual(unitOf(after).key, unitOf(fix).key, 'the package release closed the series');
    assert.deepEqual(
      unitOf(crate).commits.map((c) => c.sha),
      [crate],
    );
    const scored = scoredAll.find((s) => s.unit.key === unitOf(fix).key)!;
    assert.ok(
      !scored.notability.signals.some((s) => s.id === 'changelog'),
      'a changelog-only commit in a series does not say its author wrote this work into the notes',
    );
  });

  it('direct pushes that each write their own entry of the release notes (a changelog fragment) are different pieces of work; a follow-up without one joins', async () => {
    const repo = make();
    const option = repo.commit({
      message: 'Add `AllowRBSInlineAnnotation` option to `Layout/LineLength`',
      files: { 'lib/cop/layout/line_length.rb': lines(80, 'll'), 'changelog/new_add_allow_rbs_inline_annotation.md': '* Add option. ([@koic][])\n' },
      date: at(5, 9),
    });
    const followUp = repo.commit({ message: 'Tweak the option docs', files: { 'lib/cop/layout/line_length.rb': lines(84, 'll') }, date: at(5, 15) });
    const rename = repo.commit({
      message: 'Rename `IgnoreCopDirectives` to `AllowCopDirectives` in `Layout/LineLength`',
      files: { 'lib/cop/layout/line_length.rb': lines(86, 'll2'), 'changelog/change_rename_ignore_cop_directives.md': '* Rename the option. ([@koic][])\n' },
      date: at(6, 9),
    });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const unitOf = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
    assert.deepEqual(
      unitOf(option)
        .unit.commits.map((c) => c.sha)
        .sort(),
      [option, followUp].sort(),
    );
    assert.deepEqual(
      unitOf(rename).unit.commits.map((c) => c.sha),
      [rename],
      'its own entry in the notes: its own piece of work',
    );
    // the fragment is its author's entry in the release notes, not documentation
    const signals = unitOf(option).notability.signals;
    assert.match(signals.find((s) => s.id === 'changelog')?.reason ?? '', /changelog\/new_add_allow_rbs_inline_annotation\.md/);
    assert.ok(!signals.some((s) => s.id === 'docs'));
  });

  it('direct pushes: a commit that writes the work’s entry in the changelog ends that piece of work; more code after it is another', async () => {
    // babashka's maintainer pushes a change, its tests, then "changelog"; the next change in the same folder is other work
    const repo = make();
    const notes = (...items: string[]) => `# Changelog\n\n## Unreleased\n\n${items.map((i) => `- ${i}\n`).join('')}\n## 1.12.214\n\n- Older\n`;
    const classes = (n: number) => lines(60 + n, 'classes');
    repo.commit({ message: 'Release 1.12.214', files: { 'src/babashka/impl/classes.clj': lines(58, 'classes'), 'CHANGELOG.md': notes() }, date: at(1) });
    const interop = [
      repo.commit({ message: 'interop fixes', files: { 'src/babashka/impl/classes.clj': classes(0) }, date: at(5, 9) }),
      repo.commit({ message: 'add more interop tests', files: { 'test/babashka/jline_test.clj': lines(27, 't') }, date: at(5, 10) }),
      repo.commit({ message: 'changelog', files: { 'CHANGELOG.md': notes('Interop fixes for JLine') }, date: at(5, 11) }),
    ];
    const display = [
      repo.commit({ message: 'Add AttributedString', files: { 'src/babashka/impl/classes.clj': classes(1) }, date: at(5, 14) }),
      // a reworded entry (as many lines in as out) ends nothing
      repo.commit({ message: 'changelog wording', files: { 'CHANGELOG.md': notes('Interop fixes for the JLine classes') }, date: at(5, 15) }),
      repo.commit({ message: 'Add Jline Display', files: { 'src/babashka/impl/classes.clj': classes(2) }, date: at(6, 9) }),
      repo.commit({
        message: 'changelog',
        files: { 'CHANGELOG.md': notes('Interop fixes for the JLine classes', 'Add `AttributedString` and `Display`') },
        date: at(6, 10),
      }),
    ];
    const units = scoreWork(await work(repo), { threshold: 4 }).map((s) => s.unit);
    const shas = (sha: string) =>
      units
        .find((u) => u.commits.some((c) => c.sha === sha))!
        .commits.map((c) => c.sha)
        .sort();
    assert.deepEqual(shas(interop[0]!), [...interop].sort());
    assert.deepEqual(shas(display[0]!), [...display].sort(), 'the next change in the same folder, after the entry: its own piece of work');
  });

  it('changes reviewed one by one (Gerrit’s Reviewed-on, Phabricator’s Differential Revision) are pieces of work of their own, unless stacked on the same code', async () => {
    // golang/tools: one engineer's changes of a week in one module, each reviewed and submitted alone
    const repo = make();
    const trailer = (n: number) =>
      `\n\nChange-Id: I${String(n).repeat(40).slice(0, 40)}\nReviewed-on: https://go-review.googlesource.com/c/tools/+/${739200 + n}\nReviewed-by: A Reviewer <reviewer@example.com>`;
    const valid = repo.commit({
      message: `go/ast/inspector: add Cursor.Valid method${trailer(1)}`,
      files: { 'go/ast/inspector/cursor.go': lines(40, 'valid') },
      date: at(5, 9),
    });
    const atomic = repo.commit({
      message: `go/analysis/passes/modernize: atomic: use new atomic types${trailer(2)}`,
      files: { 'go/analysis/passes/modernize/atomic.go': lines(90, 'atomic') },
      date: at(5, 11),
    });
    const ssa = repo.commit({
      message: 'go/ssa: add missing conversions\n\nSummary: as the spec says.\n\nDifferential Revision: D74812345\n',
      files: { 'go/ssa/emit.go': lines(60, 'emit') },
      date: at(5, 15),
    });
    // the next change of a stack changes the code the one before it changed (Meta's stacks of diffs land together)
    const edge = repo.commit({
      message: `go/ast/inspector: add Cursor.ParentEdge methods${trailer(3)}`,
      files: { 'go/ast/inspector/cursor.go': lines(60, 'valid') },
      date: at(6, 9),
    });
    // the same pushes without a review trailer: one series
    const pushed = [
      repo.commit({ message: 'go/types: add a helper', files: { 'go/types/helper.go': lines(30, 'helper') }, date: at(20, 9) }),
      repo.commit({ message: 'go/types: use the helper', files: { 'go/types/use.go': lines(20, 'use') }, date: at(20, 11) }),
    ];
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const unitOf = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
    const shas = (sha: string) =>
      unitOf(sha)
        .unit.commits.map((c) => c.sha)
        .sort();
    assert.deepEqual(shas(atomic), [atomic]);
    assert.deepEqual(shas(ssa), [ssa]);
    assert.deepEqual(shas(valid), [valid, edge].sort());
    assert.equal(unitOf(pushed[0]!).unit.commits.length, 2);
    assert.equal(reviewedChange(unitOf(atomic).unit.commits[0]!), 'https://go-review.googlesource.com/c/tools/+/739202');
    assert.equal(reviewedChange(unitOf(ssa).unit.commits[0]!), 'D74812345');
    assert.equal(reviewedChange(unitOf(pushed[0]!).unit.commits[0]!), undefined);
    // the review is what it went through, with its link
    const reasons = (sha: string) => unitOf(sha).notability.signals.map((s) => s.reason);
    assert.ok(reasons(atomic).includes('Reviewed on its own: https://go-review.googlesource.com/c/tools/+/739202.'), reasons(atomic).join(' '));
    assert.ok(!reasons(pushed[0]!).some((r) => r.startsWith('Reviewed on its own')));
  });

  it('direct pushes after a pause: a follow-up to files the series created continues it (until a release); other work in the area does not', async () => {
    const repo = make();
    const feature = [
      repo.commit({ message: 'Add the report command', files: { 'src/report.c': lines(150, 'report'), 'test/report.test.c': lines(40, 't') }, date: at(5, 9) }),
      repo.commit({ message: 'report: page long output', files: { 'src/report.c': lines(180, 'report') }, date: at(5, 15) }),
    ];
    // five days later: nothing in between
    const followUp = repo.commit({
      message: 'Go to the closest row when paging stops',
      files: { 'src/main.c': lines(52), 'test/report.test.c': lines(48, 't') },
      date: at(10, 10),
    });
    const elsewhere = repo.commit({ message: 'Speed up start-up', files: { 'src/main.c': lines(60) }, date: at(16, 10) });
    repo.commit({ message: '1.4.0', files: { 'package.json': '{"version":"1.4.0"}\n' }, date: at(17, 10) });
    const afterRelease = repo.commit({ message: 'report: wider columns', files: { 'src/report.c': lines(190, 'report') }, date: at(18, 10) });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const unitOf = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!.unit;
    assert.deepEqual(
      unitOf(feature[0]!)
        .commits.map((c) => c.sha)
        .sort(),
      [...feature, followUp].sort(),
      'the follow-up changes the test file the series created',
    );
    assert.deepEqual(
      unitOf(elsewhere).commits.map((c) => c.sha),
      [elsewhere],
      'six days after, in the same area but none of its files: its own work',
    );
    assert.deepEqual(
      unitOf(afterRelease).commits.map((c) => c.sha),
      [afterRelease],
      'the release closed the series',
    );
  });

  it('direct pushes: a maintainer pushing every day starts a new series after a week; CI and tool configuration are upkeep and join no one’s work', async () => {
    const repo = make();
    repo.commit({ message: 'Add the format header', files: { 'include/lib/format.h': lines(50, 'fmt') }, date: at(1), author: MAINTAINER });
    // one commit a day in the same area, for ten days: no gap ever reaches three days (subjects too short to name steps alike)
    const daily = Array.from({ length: 10 }, (_, i) =>
      repo.commit({ message: `Teach formatter case ${i}`, files: { 'include/lib/format.h': lines(60 + i * 5, 'fmt') }, date: at(3 + i, 10) }),
    );
    const ci = repo.commit({ message: 'Attach release artifacts', files: { '.github/workflows/release.yml': 'on: push\n' }, date: at(5, 11) });
    const ciAgain = repo.commit({ message: 'Pin the actions', files: { '.github/workflows/release.yml': 'on: push\njobs: {}\n' }, date: at(5, 12) });
    // tests pushed after the CI change follow up the code work, not the upkeep
    const tests = repo.commit({ message: 'Cover the formatter cases', files: { 'test/format.test.c': lines(40, 't') }, date: at(5, 13) });
    // a file the first week's series created, followed up on the ninth day: still that series
    const created = repo.commit({ message: 'Teach the formatter widths', files: { 'include/lib/width.h': lines(30, 'w') }, date: at(6, 9) });
    const followUp = repo.commit({ message: 'Teach the formatter wide widths', files: { 'include/lib/width.h': lines(45, 'w') }, date: at(11, 9) });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const unitOf = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!.unit;
    const first = unitOf(daily[0]!).commits.map((c) => c.sha);
    // at(3) … at(10): the commits within seven days of the first
    assert.deepEqual(
      first.sort(),
      [...daily.slice(0, 8), tests, created, followUp].sort(),
      'a week of daily commits is one series, with its tests and a follow-up to its own new file',
    );
    assert.deepEqual(
      unitOf(daily[8]!)
        .commits.map((c) => c.sha)
        .sort(),
      daily.slice(8).sort(),
      'the eighth day starts another',
    );
    assert.deepEqual(
      unitOf(ci)
        .commits.map((c) => c.sha)
        .sort(),
      [ci, ciAgain].sort(),
      'CI commits are their own series, not part of the code work',
    );
    const other = make();
    const printer = other.commit({ message: 'Print decorators on their own line', files: { 'src/printer/decorators.ts': lines(80, 'd') }, date: at(20, 9) });
    const snapshot = other.commit({
      message: 'Update the printer output',
      files: { 'src/printer/__snapshots__/decorators.test.ts.snap': lines(40, 's') },
      date: at(20, 10),
    });
    const printed = scoreWork(await work(other), { threshold: 4 }).find((x) => x.unit.commits.some((c) => c.sha === printer))!;
    assert.deepEqual(
      printed.unit.commits.map((c) => c.sha).sort(),
      [printer, snapshot].sort(),
      'updated snapshots (generated files only) follow up the feature: they are not upkeep',
    );
  });

  it('direct pushes: steps named alike are one piece of work, however long it runs and wherever each step is; fixes named alike are not', async () => {
    const repo = make();
    // date-fns's time-zone support: one function folder per commit, over three weeks with pauses of up to six days
    const days = [1, 2, 3, 9, 15, 21];
    const steps = days.map((d, i) =>
      repo.commit({ message: `Add tz support to fn${i}a and fn${i}b`, files: { [`src/fn${i}a/index.ts`]: lines(40, `tz${i}`) }, date: at(d, 10) }),
    );
    // rubocop's "Fix false positives for `X`": different bugs, named alike
    const fixes = [
      repo.commit({ message: 'Fix false positives for `Style/EndlessMethod`', files: { 'lib/style/endless.rb': lines(30, 'e') }, date: at(24, 9) }),
      repo.commit({ message: 'Fix false positives for `Layout/EndAlignment`', files: { 'lib/layout/end.rb': lines(30, 'l') }, date: at(24, 10) }),
    ];
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const unitOf = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!.unit;
    assert.deepEqual(
      unitOf(steps[0]!)
        .commits.map((c) => c.sha)
        .sort(),
      [...steps].sort(),
      'one series of six steps',
    );
    assert.notEqual(unitOf(fixes[0]!).key, unitOf(fixes[1]!).key, 'two fixes');
  });

  it('direct pushes: tests next to the code say which area they test; a commit continues the series whose files it changes, not a fix pushed in between; a refactoring does not name the series', async () => {
    const repo = make();
    const drop = repo.commit({
      message: 'js: drop the JavaScript package',
      files: { 'js/package.json': '{}\n', 'js/main.js': lines(200, 'js') },
      date: at(5, 9),
    });
    // tests written first, to show the current behaviour before the change (Go style: next to the code)
    const tests = [
      repo.commit({
        message: 'interp: show which errors reach Run in the handler tests',
        files: { 'interp/handler_test.go': lines(60, 'ht') },
        date: at(5, 10),
      }),
      repo.commit({ message: 'interp: add test cases for failing pipes', files: { 'interp/handler_test.go': lines(90, 'ht') }, date: at(5, 11) }),
    ];
    const change = [
      repo.commit({
        message: 'interp: return non-fatal handler errors via Run\n\nFixes #1100',
        files: { 'interp/runner.go': lines(160, 'run'), 'interp/handler_test.go': lines(120, 'ht') },
        date: at(5, 12),
      }),
      // a one-off fix in the same package that closes its own issue
      repo.commit({ message: 'interp: unset missing positional parameters\n\nFixes #1162', files: { 'interp/vars.go': lines(30, 'vars') }, date: at(5, 13) }),
      repo.commit({
        message: 'interp: refactor the runner into smaller functions',
        files: { 'interp/runner.go': lines(700, 'refactored') },
        date: at(5, 14),
      }),
      repo.commit({
        message: 'interp: keep handler errors on a naked exit',
        files: { 'interp/runner.go': lines(710, 'refactored'), 'interp/handler_test.go': lines(130, 'ht') },
        date: at(5, 15),
      }),
    ];
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const unitOf = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!.unit;
    assert.deepEqual(
      unitOf(drop).commits.map((c) => c.sha),
      [drop],
      'the interpreter’s tests are not a follow-up to dropping the JavaScript package',
    );
    const errors = unitOf(change[0]!);
    assert.deepEqual(
      errors.commits.map((c) => c.sha).sort(),
      [...tests, change[0]!, change[2]!, change[3]!].sort(),
      'the tests start the work, and the commits after the fix continue it: they change its files',
    );
    assert.deepEqual(
      unitOf(change[1]!).commits.map((c) => c.sha),
      [change[1]!],
    );
    assert.equal(errors.title, 'interp: return non-fatal handler errors via Run', 'the biggest commit is a refactoring: the next biggest names the work');
  });

  it('a piece of work is named by its biggest commit of code, not by the notes written beside a line of code (elixir)', async () => {
    const repo = make();
    const fix = repo.commit({
      message: 'Do not leak vars between default args',
      files: { 'lib/elixir/lib/kernel/expand.ex': lines(10, 'fix') },
      date: at(5, 9),
    });
    repo.commit({ message: 'Update CHANGELOG', files: { 'CHANGELOG.md': lines(33, 'notes') }, date: at(5, 10) });
    const notes = repo.commit({
      message: 'Update CHANGELOG',
      files: { 'CHANGELOG.md': lines(44, 'notes'), 'lib/elixir/lib/kernel/expand.ex': `${lines(10, 'fix')}one more\n` },
      date: at(6, 9),
    });
    assert.equal(
      (await unitHolding(repo, fix, notes)).title,
      'Do not leak vars between default args',
      'the notes’ commit is the biggest, but its code is one line',
    );
  });

  it('a piece of work is not named by a commit that mends the CI, however big (nnn’s "Fix CI break")', async () => {
    const repo = make();
    const contexts = repo.commit({
      message: 'Enable 8 contexts by default',
      files: { 'src/nnn.c': lines(40, 'contexts'), 'src/nnn.h': lines(6, 'header') },
      date: at(5, 9),
    });
    const ci = repo.commit({ message: 'Fix CI break', files: { 'src/nnn.c': lines(80, 'ci') }, date: at(5, 10) });
    const unit = await unitHolding(repo, contexts, ci);
    assert.equal(unit.title, 'Enable 8 contexts by default', 'the CI fix is the biggest commit, but names nothing that shipped');
  });

  it('a piece of work is not named by the tests of its change, however big (pocketbase’s "added content-type serving exception tests")', async () => {
    const repo = make();
    const forced = repo.commit({
      message: '[#7467] forced serving conten-type for xlsx, docx and pptx',
      files: { 'tools/filesystem/filesystem.go': lines(16, 'serve') },
      date: at(5, 9),
    });
    const tests = repo.commit({
      message: 'added content-type serving exception tests',
      files: { 'tools/filesystem/filesystem.go': lines(17, 'serve'), 'tools/filesystem/filesystem_test.go': lines(90, 'tests') },
      date: at(5, 10),
    });
    assert.equal((await unitHolding(repo, forced, tests)).title, '[#7467] forced serving conten-type for xlsx, docx and pptx');
    // (said as a noun too: caffeine's "additional test coverage")
    const more = repo.commit({
      message: 'additional test coverage',
      files: { 'tools/filesystem/filesystem.go': lines(18, 'serve'), 'tools/filesystem/filesystem_test.go': lines(200, 'more') },
      date: at(5, 11),
    });
    assert.equal((await unitHolding(repo, forced, tests, more)).title, '[#7467] forced serving conten-type for xlsx, docx and pptx');
  });

  it('a piece of work is not named by the page that documents it, however big (rclone’s "serve docker: document that socket access allows command execution")', async () => {
    const repo = make();
    const fix = repo.commit({
      message: 'serve restic: fix --private-repos isolation bypass CVE-2026-59733',
      files: { 'cmd/serve/restic/restic.go': lines(14, 'restic'), 'cmd/serve/restic/restic_test.go': lines(4, 'test') },
      date: at(5, 9),
    });
    const page = repo.commit({
      message: 'serve docker: document that socket access allows command execution',
      files: { 'cmd/serve/docker/docker.md': lines(24, 'page') },
      date: at(5, 11),
    });
    assert.equal((await unitHolding(repo, fix, page)).title, 'serve restic: fix --private-repos isolation bypass CVE-2026-59733');
  });

  it('a piece of work is not named by its blog post and screenshots, nor by a benchmark kept in the docs (babashka’s "blog", "change prompt, move docs")', async () => {
    const repo = make();
    const classes = repo.commit({
      message: 'Add JLine classes for rebel-readline compatibility',
      files: { 'src/babashka/impl/classes.clj': lines(49, 'jline') },
      date: at(5, 9),
    });
    const blog = repo.commit({
      message: 'blog',
      // a screenshot is binary: no lines in numstat
      files: { 'src/babashka/news/release.md': lines(130, 'post'), 'src/babashka/news/completions.png': '\u0000PNG\u0000'.repeat(40) },
      date: at(5, 11),
    });
    const moved = repo.commit({
      message: 'change prompt, move docs',
      files: { 'doc/adr/jline-providers/benchmark.clj': lines(133, 'bench'), 'src/babashka/impl/classes.clj': lines(51, 'jline') },
      date: at(5, 12),
    });
    assert.equal((await unitHolding(repo, classes, blog, moved)).title, 'Add JLine classes for rebel-readline compatibility');
  });

  it('a merged pull request without a description is named by its biggest commit, not by its merge (bubbletea’s #1525)', async () => {
    const repo = make();
    repo.git('checkout', '-q', '-b', 'v2-delay-render-resize', 'main');
    repo.commit({ message: 'fix: renderer: sync buffer resize with frame rate', files: { 'src/renderer.c': lines(90, 'sync') }, date: at(6, 9) });
    repo.commit({ message: 'chore: update golden files', files: { 'testdata/golden.txt': lines(4, 'golden') }, date: at(6, 10) });
    repo.git('checkout', '-q', 'main');
    // merged from the command line: GitHub's merge subject, and no title in the body
    mergeNoFf(repo, 'v2-delay-render-resize', 'Merge pull request #1525 from charmbracelet/v2-delay-render-resize', at(6, 12));
    const pr = scoreWork(await work(repo), { threshold: 4 }).find((s) => s.unit.pullRequest === 1525)!.unit;
    assert.ok(
      pr.commits.some((c) => c.parents.length === 2),
      'the merge is part of the unit, and is its biggest commit (its diff is the whole branch)',
    );
    assert.equal(pr.title, 'fix: renderer: sync buffer resize with frame rate');
    // its change, as Log impact lists it, is the branch's once: not the merge's stats added to its commits'
    const sum = pr.commits.reduce((n, c) => n + c.additions, 0);
    assert.deepEqual(unitChange(pr), { additions: 94, deletions: 0, files: 2 });
    assert.equal(sum, 188, 'the merge repeats the branch’s stats');
    // nor when no commit changes the product's code (propshaft's #273: "Fix assertionless tests in Resolver::StaticTest")
    repo.git('checkout', '-q', '-b', 'hm-nltllxksvuxwyvpm', 'main');
    repo.commit({ message: 'Fix assertionless tests in Resolver::StaticTest', files: { 'test/resolver_test.rb': lines(12, 'assert') }, date: at(7, 9) });
    repo.git('checkout', '-q', 'main');
    mergeNoFf(repo, 'hm-nltllxksvuxwyvpm', 'Merge pull request #273 from Shopify/hm-nltllxksvuxwyvpm', at(7, 12));
    const tests = scoreWork(await work(repo), { threshold: 4 }).find((s) => s.unit.pullRequest === 273)!.unit;
    assert.equal(tests.title, 'Fix assertionless tests in Resolver::StaticTest');
  });

  it('pull requests landed by Azure DevOps, Gitea and Bitbucket are pieces of work, named by their titles', async () => {
    const repo = make();
    // Azure DevOps' squash merges, pushed to the same area on the same day: two pull requests, not one series
    const sso = repo.commit({ message: 'Merged PR 101: Add SSO login', files: { 'src/auth/sso.ts': lines(120, 'sso') }, date: at(5, 9) });
    const refresh = repo.commit({ message: 'Merged PR 102: Fix token refresh', files: { 'src/auth/token.ts': lines(30, 'token') }, date: at(5, 11) });
    // Gitea's merge of the user's branch, and Bitbucket Cloud's, whose title is the body's first line
    repo.git('checkout', '-q', '-b', 'alice/audit', 'main');
    const audit = repo.commit({ message: 'Record sign-ins', files: { 'src/audit/log.ts': lines(60, 'audit') }, date: at(6, 9) });
    repo.git('checkout', '-q', 'main');
    mergeNoFf(repo, 'alice/audit', "Merge pull request 'Audit log of sign-ins' (#7) from alice/audit into main", at(6, 12));
    repo.git('checkout', '-q', '-b', 'feature/export', 'main');
    const exporter = repo.commit({ message: 'Write the CSV', files: { 'src/export/csv.ts': lines(50, 'csv') }, date: at(7, 9) });
    repo.git('checkout', '-q', 'main');
    mergeNoFf(repo, 'feature/export', 'Merged in feature/export (pull request #12)\n\nExport sign-ins as CSV\n\nApproved-by: A Reviewer', at(7, 12));
    const units = scoreWork(await work(repo), { threshold: 4 }).map((s) => s.unit);
    const unitOf = (sha: string) => units.find((u) => u.commits.some((c) => c.sha === sha))!;
    assert.deepEqual(
      [sso, refresh, audit, exporter].map((sha) => [unitOf(sha).pullRequest, unitOf(sha).title, unitOf(sha).commits.length]),
      [
        [101, 'Add SSO login', 1],
        [102, 'Fix token refresh', 1],
        // (with the user's own merge)
        [7, 'Audit log of sign-ins', 2],
        [12, 'Export sign-ins as CSV', 2],
      ],
    );
    assert.equal(parsePullRequestNumber('Merged PR 101: Add SSO login'), 101);
    assert.equal(parsePullRequestNumber('Merge pull request #42 in PROJ/app from feature/x to master'), 42);
    assert.equal(parsePullRequestNumber('Merged everything'), undefined);
    // a pull request imported and landed by a tool (Meta's exports of GitHub pull requests, ghstack)
    const imported =
      'Summary:\nFixes #4571.\n\nPull Request resolved: https://github.com/facebook/pyrefly/pull/4627\n\nReviewed By: stroxler\n\nDifferential Revision: D117061168\n';
    assert.equal(parsePullRequestNumber('Support TypedDict defaults', imported), 4627);
  });

  it("merge requests Marge Bot landed by rebasing them (GNOME's, Mesa's: each commit's `Part-of:` trailer) are one piece of work each, which GNOME's NEWS lists by `!4330` under `51.beta`", async () => {
    const repo = make();
    const partOf = (n: number): string => `\n\nPart-of: <https://gitlab.gnome.org/GNOME/gnome-shell/-/merge_requests/${n}>`;
    const step = (subject: string, n: number, file: string, day: number, hour: number): string =>
      repo.commit({ message: `${subject}${partOf(n)}`, files: { [file]: lines(60 + hour, `${subject}`) }, date: at(day, hour) });
    const controllers = [
      step('messageList: Initialize expandedGroup', 4330, 'js/ui/messageList.js', 3, 9),
      step('dateMenu: Use controllers and gestures instead of event handlers', 4330, 'js/ui/dateMenu.js', 3, 10),
    ];
    const popup = [
      step('ibusCandidatePopup: Use input panel group for popup and dummy actors', 4283, 'js/ui/ibusCandidatePopup.js', 3, 11),
      step('keyboard: Set up OSK in input panel group', 4283, 'js/ui/keyboard.js', 3, 12),
    ];
    repo.commit({
      message: 'Bump version to 51.beta',
      author: MAINTAINER,
      files: { NEWS: '51.beta\n=======\n* Port the date menu to controllers [Carlos; !4330]\n* Misc. bug fixes and cleanups [Jonas; !4101]\n' },
      date: at(9),
    });
    repo.git('tag', '51.beta');
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const of = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
    assert.equal(of(controllers[0]!).unit.key, of(controllers[1]!).unit.key);
    assert.equal(of(popup[0]!).unit.key, of(popup[1]!).unit.key);
    assert.notEqual(of(controllers[0]!).unit.key, of(popup[0]!).unit.key, 'two merge requests');
    assert.deepEqual([of(controllers[0]!).unit.kind, of(controllers[0]!).unit.pullRequest], ['pullRequest', 4330]);
    assert.equal(of(controllers[0]!).shipped?.version, '51.beta');
    assert.equal(of(popup[0]!).shipped, undefined);
  });

  it('a security advisory’s fix merged from its private fork (“Merge commit from fork”) is its own piece of work, named by its body, and says it is a security fix', async () => {
    const repo = make();
    // jinja: the fix merged onto the stable branch from the advisory's fork, then the stable branch merged to the mainline
    repo.git('checkout', '-q', '-b', 'stable', 'main');
    repo.commit({ message: 'start version 3.1.6', files: { 'CHANGES.rst': 'Version 3.1.6\n-------------\n\nUnreleased\n' }, date: at(3, 9) });
    repo.git('checkout', '-q', '-b', 'ghsa-fork', 'stable');
    const attr = repo.commit({
      message: 'attr filter uses env.getattr',
      files: { 'src/jinja2/filters.py': lines(12, 'getattr'), 'tests/test_security.py': lines(9, 'attr') },
      date: at(3, 10),
    });
    repo.git('checkout', '-q', 'stable');
    mergeNoFf(repo, 'ghsa-fork', 'Merge commit from fork\n\nattr filter uses env.getattr', at(3, 11));
    repo.git('checkout', '-q', 'main');
    mergeNoFf(repo, 'stable', "Merge branch 'stable'", at(3, 12));
    // caddy: the fix squashed from the fork onto the mainline, between two of the user's own pushes to the same area
    const flush = repo.commit({
      message: 'encode: Implement Flush for legacy compatibility',
      files: { 'modules/encode/encode.go': lines(40, 'flush') },
      date: at(10, 9),
    });
    const squash = repo.commit({
      message:
        'Merge commit from fork\n\n* fix: FastCGI split SCRIPT_NAME/PATH_INFO confusion\n\n* fix comment\n\nCo-authored-by: Asim Viladi Oglu Manizada <manizada@users.noreply.github.com>',
      files: { 'modules/encode/fastcgi.go': lines(14, 'split') },
      date: at(10, 10),
    });
    repo.commit({ message: 'encode: Fix tests on Windows', files: { 'modules/encode/encode_test.go': lines(6, 'windows') }, date: at(10, 11) });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const described = JSON.stringify(scored.map((s) => [s.unit.title, s.unit.commits.map((c) => c.subject)]));
    const fix = scored.find((s) => s.unit.commits.some((c) => c.sha === attr))!;
    assert.equal(fix.unit.kind, 'topic', described);
    assert.equal(fix.unit.title, 'attr filter uses env.getattr');
    const advisory = 'Lands the fix of a security advisory: GitHub merges one from its private fork (“Merge commit from fork”).';
    assert.ok(
      fix.notability.signals.some((x) => x.id === 'security' && x.reason === advisory),
      JSON.stringify(fix.notability.signals),
    );
    const squashed = scored.find((s) => s.unit.commits.some((c) => c.sha === squash))!;
    assert.deepEqual(
      squashed.unit.commits.map((c) => c.sha),
      [squash],
      `joins no series of the user's pushes: ${described}`,
    );
    assert.equal(squashed.unit.title, 'fix: FastCGI split SCRIPT_NAME/PATH_INFO confusion');
    assert.ok(
      squashed.notability.signals.some((x) => x.reason === advisory),
      JSON.stringify(squashed.notability.signals),
    );
    const pushes = scored.find((s) => s.unit.commits.some((c) => c.sha === flush))!;
    assert.equal(pushes.unit.commits.length, 2, described);
    assert.ok(!pushes.notability.signals.some((x) => x.id === 'security'), 'the pushes beside it are no security fix');
  });

  it('a series is not named by a revert of earlier work, however big (bubbletea’s renderer fixes)', async () => {
    const repo = make();
    // the reverted commit came in by a pull request, a unit of its own
    repo.git('checkout', '-q', '-b', 'delay-render-resize', 'main');
    const sync = repo.commit({ message: 'Sync buffer resize with frame rate', files: { 'src/renderer.c': lines(80, 'sync') }, date: at(2, 9) });
    repo.git('checkout', '-q', 'main');
    mergeNoFf(repo, 'delay-render-resize', 'Merge pull request #1525 from charmbracelet/delay-render-resize', at(2, 12));
    const avoid = repo.commit({ message: 'Avoid unnecessary resize on alt screen buffer', files: { 'src/screen.c': lines(30, 'avoid') }, date: at(12, 9) });
    repo.commit({ message: 'Revert "Sync buffer resize with frame rate"', files: { 'src/renderer.c': lines(3, 'sync') }, date: at(12, 10) });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const unit = scored.find((s) => s.unit.commits.some((c) => c.sha === avoid))!.unit;
    assert.ok(!unit.commits.some((c) => c.sha === sync), 'the reverted commit is in its pull request');
    assert.equal(unit.commits.length, 2, JSON.stringify(scored.map((s) => [s.unit.title, s.unit.commits.map((c) => c.subject)])));
    assert.equal(unit.title, 'Avoid unnecessary resize on alt screen buffer', 'the revert is the biggest commit, but names nothing new');
  });

  it('a reason read from the words of a commit that does not name its piece of work quotes that commit (elixir: three pushes of one day)', async () => {
    const repo = make();
    repo.commit({ message: 'Avoid double comparisons in predicate functions', files: { 'lib/elixir/lib/module/types/of.ex': lines(8, 'of') }, date: at(5, 9) });
    const allocations = repo.commit({
      message: 'Reduce allocations in the logger translator module',
      files: { 'lib/elixir/lib/logger/translator.ex': lines(12, 'translator') },
      date: at(5, 10),
    });
    repo.commit({
      message: 'Deprecate Macro.Env.fetch_alias/2',
      files: { 'lib/elixir/lib/macro/env.ex': lines(6, 'env') },
      date: at(5, 11),
    });
    repo.commit({
      message: 'Warn on errors from orphan compiler modules',
      files: { 'lib/elixir/lib/kernel/parallel_compiler.ex': lines(60, 'compiler') },
      date: at(5, 12),
    });
    // a commit alone: its own words
    const alone = repo.commit({
      message: 'Optimize Registry exact key matching',
      files: { 'lib/elixir/lib/registry.ex': lines(40, 'registry') },
      date: at(20),
    });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const series = scored.find((s) => s.unit.commits.some((c) => c.sha === allocations))!;
    assert.equal(series.unit.title, 'Warn on errors from orphan compiler modules', JSON.stringify(scored.map((s) => [s.unit.title, s.unit.commits.length])));
    const reasons = series.notability.signals.map((s) => s.reason);
    assert.ok(
      reasons.includes('Improves performance (speed, latency or memory), by the words of “Reduce allocations in the logger translator module”.'),
      reasons.join('\n'),
    );
    assert.ok(
      reasons.includes('Deprecates something others use, by the words of “Deprecate Macro.Env.fetch_alias/2”: they will have to move off it.'),
      reasons.join('\n'),
    );
    const single = scored.find((s) => s.unit.commits.some((c) => c.sha === alone))!;
    assert.ok(single.notability.signals.some((s) => s.reason === 'Improves performance (speed, latency or memory), by its words.'));
  });

  it('a commit reverted inside its piece of work names nothing and weighs nothing: the unit is named by what remains; a unit wholly undone says so', async () => {
    const repo = make();
    /** `git revert` of `sha` at `date`, with git's own message (`This reverts commit <sha>.`). */
    const revert = (sha: string, date: string): string => {
      repo.gitWith({ GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, 'revert', '--no-edit', sha);
      return repo.git('rev-parse', 'HEAD').trim();
    };
    // the cache, written by someone else before (a rewrite of it is no new module)
    repo.commit({ message: 'Add the cache', files: { 'src/cache.c': lines(20, 'cache') }, date: at(1, 9), author: MAINTAINER });
    const report = repo.commit({ message: 'Add the report command', files: { 'src/report.c': lines(150, 'report') }, date: at(5, 9) });
    // a workflow committed with someone's half-done rewrite of the cache by mistake, undone, then committed alone
    const mistake = repo.commit({
      message: 'Add a labeller workflow',
      files: { '.github/workflows/labeller.yml': 'on: pull_request\n', 'src/cache.c': lines(900, 'rewrite') },
      date: at(5, 10),
    });
    const undo = revert(mistake, at(5, 11));
    const again = repo.commit({ message: 'Add a labeller workflow', files: { '.github/workflows/labeller.yml': 'on: pull_request\n' }, date: at(5, 12) });
    // in another area a week later: an experiment and its revert, then its revert reverted (the experiment stays)
    const tried = repo.commit({ message: 'Skip dead zones in the matcher', files: { 'lib/matcher.c': lines(40, 'skip') }, date: at(14, 9) });
    const untried = revert(tried, at(14, 10));
    const dropped = repo.commit({ message: 'Try a bigger chunk size', files: { 'engine/chunk.c': lines(200, 'chunk') }, date: at(24, 9) });
    const restored = revert(dropped, at(24, 10));
    const reapplied = revert(restored, at(24, 11));
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const unitOf = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;

    const series = unitOf(report);
    assert.deepEqual(
      series.unit.commits.map((c) => c.sha).sort(),
      [report, mistake, undo].sort(),
      'the mistaken commit and its revert stay in the piece of work (logging it records them all)',
    );
    assert.deepEqual(
      unitOf(again).unit.commits.map((c) => c.sha),
      [again],
      'the workflow committed alone is upkeep: its own unit',
    );
    assert.equal(series.unit.title, 'Add the report command', 'not the biggest commit, which was undone, nor its revert');
    const size = series.notability.signals.find((s) => s.id === 'size');
    assert.ok(size && /\+150 −0 lines in 1 file/.test(size.reason), `the undone 900 lines and their revert are not its size: ${size?.reason}`);
    assert.ok(!series.notability.signals.some((s) => s.id === 'revert'), 'reverting its own mistake is not a judgment call worth a point');

    const experiment = unitOf(tried);
    assert.deepEqual(experiment.unit.commits.map((c) => c.sha).sort(), [tried, untried].sort());
    assert.deepEqual(
      experiment.notability.signals.map((s) => s.id),
      ['undone'],
    );
    assert.ok(!experiment.notability.notable);

    const chunk = unitOf(dropped);
    assert.deepEqual(chunk.unit.commits.map((c) => c.sha).sort(), [dropped, restored, reapplied].sort());
    assert.equal(chunk.unit.title, 'Try a bigger chunk size', 'a revert of the revert re-applies the change: what remains is the change');
    assert.ok(
      chunk.notability.signals.some((s) => s.id === 'size' && /\+200 −0 lines in 1 file/.test(s.reason)),
      JSON.stringify(chunk.notability.signals),
    );
  });

  it('a branch the user merged in their own words ("Merge key decoding fixes") is one topic; a release line merged back is not', async () => {
    const repo = make();
    repo.git('checkout', '-q', '-b', 'keys', 'main');
    // written over three days, in two areas, interleaved in time with other work on main: one piece of work all the same
    const keys = [
      repo.commit({ message: 'input decoding: add log messages on invalid CSI format', files: { 'src/input/log.rs': lines(40, 'log') }, date: at(7, 9) }),
      repo.commit({
        message: 'input decoding: rewrite recursive escape sequence parsing',
        files: { 'src/input/parse.rs': lines(200, 'parse') },
        date: at(5, 9),
      }),
      repo.commit({ message: 'reader: return query events too', files: { 'src/reader/query.rs': lines(60, 'query') }, date: at(8, 9) }),
    ];
    repo.git('checkout', '-q', 'main');
    repo.commit({ message: 'Idiomatic type name for parsed options', files: { 'src/options.rs': lines(30, 'options') }, date: at(6, 9) });
    mergeNoFf(repo, 'keys', 'Merge key decoding fixes', at(8, 12));
    // a release line merged back: its commits are each their own work
    repo.git('checkout', '-q', '-b', 'tool-1.52.x', 'main');
    const backports = [
      repo.commit({ message: 'sync: fix underflow in channel len() (#8062)', files: { 'src/sync/len.rs': lines(30, 'len') }, date: at(10, 9) }),
      repo.commit({ message: 'process: fix panic from spurious wakeup (#7494)', files: { 'src/process/wake.rs': lines(30, 'wake') }, date: at(10, 10) }),
    ];
    repo.git('checkout', '-q', 'main');
    mergeNoFf(repo, 'tool-1.52.x', "Merge 'tool-1.52.4' into 'main' (#8290)", at(11));
    const units = scoreWork(await work(repo), { threshold: 4 }).map((s) => s.unit);
    const topic = units.find((u) => u.commits.some((c) => c.sha === keys[0]))!;
    assert.equal(topic.kind, 'topic');
    assert.deepEqual(
      topic.commits
        .filter((c) => c.parents.length === 1)
        .map((c) => c.sha)
        .sort(),
      [...keys].sort(),
    );
    assert.equal(topic.title, 'Key decoding fixes', 'named by the merge, in the user’s words');
    for (const sha of backports) assert.notEqual(units.find((u) => u.commits.some((c) => c.sha === sha))?.kind, 'topic', sha);
    assert.notEqual(
      units.find((u) => u.commits.some((c) => c.sha === backports[0]))?.key,
      units.find((u) => u.commits.some((c) => c.sha === backports[1]))?.key,
      'each backport its own work',
    );
  });

  it('a pull request merged with its title as the subject and only its number in the body ("PR #2741") is that pull request, named by the subject', async () => {
    const repo = make();
    const branch = (name: string, message: string, body: string, day: number): string[] => {
      repo.git('checkout', '-q', '-b', name, 'main');
      const shas = [
        repo.commit({ message: `${name}: first step`, files: { [`datasette/${name}.py`]: lines(120, `${name}1`) }, date: at(day, 9) }),
        repo.commit({ message: `${name}: second step`, files: { [`datasette/${name}_ui.py`]: lines(80, `${name}2`) }, date: at(day, 11) }),
      ];
      repo.git('checkout', '-q', 'main');
      mergeNoFf(repo, name, `${message}\n\n${body}`, at(day, 18));
      return shas;
    };
    const queries = branch('queries', 'Write SQL query UI, canned queries now stored in internal database', 'PR #2741', 3);
    const analyze = branch('analyze', 'Analyze write SQL for full set of SQLite operations', 'PR #2749  - https://github.com/simonw/datasette/pull/2749', 5);
    const bulk = branch('bulk', 'Bulk row inserts / create table from data', 'Merge pull request #2813 from simonw/bulk-insert', 7);
    // an issue named alone is no description: the subject names the work
    const close = branch('close', 'Datasette.close() method, plus pytest plugin', 'Refs #2693, #2692', 9);
    const units = scoreWork(await work(repo), { threshold: 4 }).map((s) => s.unit);
    const of = (sha: string) => units.find((u) => u.commits.some((c) => c.sha === sha))!;
    assert.deepEqual(
      [queries, analyze, bulk].map((shas) => [of(shas[0]!).kind, of(shas[0]!).pullRequest, of(shas[0]!).title, of(shas[1]!).key === of(shas[0]!).key]),
      [
        ['pullRequest', 2741, 'Write SQL query UI, canned queries now stored in internal database', true],
        ['pullRequest', 2749, 'Analyze write SQL for full set of SQLite operations', true],
        ['pullRequest', 2813, 'Bulk row inserts / create table from data', true],
      ],
    );
    assert.deepEqual([of(close[0]!).kind, of(close[0]!).title], ['topic', 'Datasette.close() method, plus pytest plugin']);
  });

  it('backports of a pull request onto release lines are that pull request: one unit, named by the original', async () => {
    const repo = make();
    const original = repo.commit({
      message: 'Stop calling socket.getfqdn() in BaseRequest.host fallback (#12597)',
      files: { 'aiohttp/web_request.py': lines(40, 'host') },
      date: at(3),
    });
    // patchback's backports, and a backport squashed with the original's number before its own
    const backports = [
      repo.commit({
        message: '[PR #12597/28d1214f backport][3.13] Stop calling socket.getfqdn() in BaseRequest.host fallback (#12604)',
        files: { 'aiohttp/web_request.py': lines(41, 'host') },
        date: at(4),
      }),
      repo.commit({
        message: 'Stop calling socket.getfqdn() in BaseRequest.host fallback (#12597) (#12606)',
        files: { 'aiohttp/web_request.py': lines(42, 'host') },
        date: at(5),
      }),
    ];
    const other = repo.commit({ message: 'Add decode_text to WebSocket (#11764)', files: { 'aiohttp/ws.py': lines(40, 'ws') }, date: at(6) });
    const units = scoreWork(await work(repo), { threshold: 4 }).map((s) => s.unit);
    const unit = units.find((u) => u.commits.some((c) => c.sha === original))!;
    assert.deepEqual(unit.commits.map((c) => c.sha).sort(), [original, ...backports].sort());
    assert.equal(unit.pullRequest, 12597);
    assert.equal(unit.title, 'Stop calling socket.getfqdn() in BaseRequest.host fallback (#12597)');
    assert.equal(units.find((u) => u.commits.some((c) => c.sha === other))?.pullRequest, 11764, 'another pull request');
  });

  it('squash-merged pull requests and the user’s own merge of a pull request are one unit each', async () => {
    const repo = make();
    const squash = repo.commit({ message: 'Add retries (#12)', files: { 'src/retry.c': lines(200) }, date: at(4) });
    repo.git('checkout', '-q', '-b', 'feature', 'main');
    const branch = [
      repo.commit({ message: 'Start paging', files: { 'src/page.c': lines(200) }, date: at(6, 9) }),
      repo.commit({ message: 'Finish paging', files: { 'src/page.c': lines(300) }, date: at(6, 10) }),
    ];
    repo.git('checkout', '-q', 'main');
    mergeNoFf(repo, 'feature', 'Merge pull request #15 from ada/feature\n\nPaging for long lists', at(6, 12));
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const pr12 = scored.filter((s) => s.unit.pullRequest === 12);
    assert.deepEqual(
      pr12.map((s) => s.unit.commits.map((c) => c.sha)),
      [[squash]],
    );
    const pr15 = scored.filter((s) => s.unit.pullRequest === 15);
    assert.equal(pr15.length, 1);
    assert.equal(pr15[0]!.unit.title, 'Paging for long lists', 'the PR’s title');
    assert.deepEqual(
      pr15[0]!.unit.commits
        .filter((c) => c.parents.length === 1)
        .map((c) => c.sha)
        .sort(),
      [...branch].sort(),
    );
    assert.ok(pr15[0]!.unit.key.startsWith('pr:github.com/acme/tool#15'));
    const list = unitCandidates([await work(repo)], emptyJournal(), 1);
    assert.deepEqual(list.map(candidateTime), [...list.map(candidateTime)].sort().reverse(), 'newest first');
  });

  it('pull requests squash-merged onto a branch that is merged later (a next major version’s branch) are each their own unit, not one topic', async () => {
    const repo = make();
    repo.git('checkout', '-q', '-b', 'v8', 'main');
    const flag = repo.commit({ message: 'Remove the v8_middleware flag (#15078)', files: { 'src/flags.c': lines(120, 'flags') }, date: at(5) });
    const node = repo.commit({ message: 'Require Node 22.22 (#15143)', files: { 'src/engine.c': lines(90, 'engine') }, date: at(6) });
    const tidy = repo.commit({ message: 'Tidy the v8 branch', files: { 'src/tidy.c': lines(30, 'tidy') }, date: at(7) });
    repo.git('checkout', '-q', 'main');
    mergeNoFf(repo, 'v8', "Merge branch 'v8'", at(8));
    const units = scoreWork(await work(repo), { threshold: 4 }).map((s) => s.unit);
    const of = (sha: string) => units.find((u) => u.commits.some((c) => c.sha === sha))!;
    assert.deepEqual([of(flag).pullRequest, of(node).pullRequest], [15078, 15143]);
    assert.deepEqual(
      of(flag).commits.map((c) => c.sha),
      [flag],
    );
    assert.ok(!of(tidy).commits.some((c) => c.sha === flag || c.sha === node), 'the branch’s own commit is not with them');
  });

  it('… and so are those on a development line a pull request merges (hono’s `next`, merged by #5154, titled "next")', async () => {
    const repo = make();
    repo.git('checkout', '-q', '-b', 'next', 'main');
    const url = repo.commit({ message: 'perf(url): replace regex tests with indexOf (#5121)', files: { 'src/utils/url.ts': lines(40, 'url') }, date: at(5) });
    const context = repo.commit({ message: 'perf(context): skip Headers creation (#5122)', files: { 'src/context.ts': lines(30, 'ctx') }, date: at(6) });
    const own = repo.commit({ message: 'Add fetch benchmarks', files: { 'src/bench.ts': lines(60, 'bench') }, date: at(7) });
    repo.commit({ message: 'Align the next branch', files: { 'src/align.ts': lines(8, 'align') }, date: at(7, 12) });
    repo.git('checkout', '-q', 'main');
    mergeNoFf(repo, 'next', 'Merge pull request #5154 from honojs/next\n\nnext', at(8));
    const units = scoreWork(await work(repo), { threshold: 4 }).map((s) => s.unit);
    const of = (sha: string) => units.find((u) => u.commits.some((c) => c.sha === sha))!;
    assert.deepEqual([of(url).pullRequest, of(context).pullRequest], [5121, 5122], JSON.stringify(units.map((u) => [u.title, u.commits.length])));
    assert.deepEqual(
      of(url).commits.map((c) => c.sha),
      [url],
    );
    // the line's own commits stay with its pull request, named by the biggest of them: "next" names nothing
    assert.equal(of(own).pullRequest, 5154);
    assert.equal(of(own).title, 'Add fetch benchmarks');
  });

  it('… and on a release’s branch a pull request merges (Apollo Client’s `release-4.0`, merged by #12201, titled "Release 4.0")', async () => {
    const repo = make();
    repo.git('checkout', '-q', '-b', 'release-4.0', 'main');
    const masking = repo.commit({ message: 'Rework data masking types (#12837)', files: { 'src/masking/types.ts': lines(90, 'mask') }, date: at(5) });
    const links = repo.commit({ message: 'Unify all link types (#12823)', files: { 'src/link/core/types.ts': lines(60, 'link') }, date: at(6) });
    const chores = repo.commit({ message: 'Chores', files: { 'src/version.ts': lines(3, 'v') }, date: at(7) });
    repo.git('checkout', '-q', 'main');
    mergeNoFf(repo, 'release-4.0', 'Merge pull request #12201 from apollographql/release-4.0\n\nRelease 4.0', at(8));
    const units = scoreWork(await work(repo), { threshold: 4 }).map((s) => s.unit);
    const of = (sha: string) => units.find((u) => u.commits.some((c) => c.sha === sha))!;
    assert.deepEqual([of(masking).pullRequest, of(links).pullRequest, of(chores).pullRequest], [12837, 12823, 12201]);
    assert.deepEqual(
      of(masking).commits.map((c) => c.sha),
      [masking],
    );
    // (or by its title, its branch unnamed: "Release 4.2 (#13129)")
    repo.git('checkout', '-q', '-b', 'prep', 'main');
    const focus = repo.commit({ message: 'Add window focus refetching (#13210)', files: { 'src/core/focus.ts': lines(90, 'focus') }, date: at(9) });
    repo.git('checkout', '-q', 'main');
    mergeNoFf(repo, 'prep', 'Release 4.2 (#13129)', at(10));
    const later = scoreWork(await work(repo), { threshold: 4 }).map((s) => s.unit);
    assert.equal(later.find((u) => u.commits.some((c) => c.sha === focus))!.pullRequest, 13210);
  });

  it('a pull request titled as a merge of branches is named by its commits (dart_style’s "Merge commit for Dart SDK main branch roll")', async () => {
    const repo = make();
    repo.git('checkout', '-q', '-b', 'merge-dart-sdk-main', 'main');
    const fix = repo.commit({
      message: "[dart main] Don't crash on a missing analysis_options.yaml include. (#1855)",
      files: { 'lib/src/analysis_options/file_system.dart': lines(120, 'fs') },
      date: at(5),
    });
    repo.git('checkout', '-q', 'main');
    mergeNoFf(repo, 'merge-dart-sdk-main', 'Merge pull request #1859 from dart-lang/merge-dart-sdk-main\n\nMerge commit for Dart SDK main branch roll', at(6));
    const units = scoreWork(await work(repo), { threshold: 4 }).map((s) => s.unit);
    const unit = units.find((u) => u.commits.some((c) => c.sha === fix))!;
    assert.equal(unit.pullRequest, 1859);
    assert.equal(unit.title, "[dart main] Don't crash on a missing analysis_options.yaml include. (#1855)");
  });

  it('a pull request merged with its title as the merge’s subject (a merge queue) is one unit named by that title, and that title’s type says what it is', async () => {
    const repo = make();
    const types = ['feat', 'fix', 'chore', 'docs', 'test', 'ci', 'refactor', 'perf'];
    for (let i = 0; i < 16; i++)
      repo.commit({ message: `${types[i % types.length]}: change ${i}`, files: { [`src/f${i % 5}.rs`]: lines(10 + i, `f${i}`) }, date: at(2, 0) });
    const mergeQueue = (branch: string, title: string, commits: Array<{ message: string; files: Record<string, string> }>, day: number): string[] => {
      repo.git('checkout', '-q', '-b', branch, 'main');
      const shas = commits.map((c, i) => repo.commit({ ...c, date: at(day, 9 + i) }));
      repo.git('checkout', '-q', 'main');
      mergeNoFf(repo, branch, `${title}\n\n### What does this PR try to resolve?`, at(day, 18));
      return shas;
    };
    const progress = mergeQueue(
      'progress',
      'refactor(progress): Make the code more approachable (#16813)',
      [
        { message: 'refactor(progress): Re-order items by top-level first', files: { 'src/progress.rs': lines(300, 'p1') } },
        { message: 'perf(progress): Skip the redraw when nothing changed', files: { 'src/progress.rs': lines(320, 'p2') } },
        { message: 'refactor(progress): Pull out the bar', files: { 'src/progress/bar.rs': lines(200, 'bar'), 'src/progress.rs': lines(200, 'p3') } },
      ],
      5,
    );
    const lint = mergeQueue(
      'lint',
      'feat(lints): Emit unused_dependencies lint (#16600)',
      [
        { message: 'refactor(lints): Pull out the dependency walk', files: { 'src/lints/walk.rs': lines(120, 'walk') } },
        { message: 'feat(lints): Add the lint', files: { 'src/lints/unused.rs': lines(200, 'unused') } },
      ],
      8,
    );
    // a release line merged back names a pull request too, but it is no pull request's work
    repo.git('checkout', '-q', '-b', 'tool-1.2.x', 'main');
    const backport = repo.commit({ message: 'fix: keep the lockfile path', files: { 'src/lock.rs': lines(40, 'lock') }, date: at(9, 9) });
    repo.git('checkout', '-q', 'main');
    mergeNoFf(repo, 'tool-1.2.x', "Merge 'tool-1.2.3' into 'master' (#16900)", at(9, 18));
    repo.git('checkout', '-q', '-b', 'release-1.2', 'main');
    const backport2 = repo.commit({ message: 'fix: keep the cache path', files: { 'src/cache.rs': lines(40, 'cache') }, date: at(10, 9) });
    repo.git('checkout', '-q', 'main');
    mergeNoFf(repo, 'release-1.2', 'merge release-1.2 into master (#16901)', at(10, 18));
    // …but a pull request may be titled "Merge …" for what it merges in the code
    const contexts = mergeQueue(
      'contexts',
      'Merge RequestContext into AppContext (#16950)',
      [{ message: 'refactor: merge the contexts', files: { 'src/context.rs': lines(200, 'ctx') } }],
      11,
    );
    const w = await work(repo);
    assert.equal(w.conventions.conventional, true);
    const scored = scoreWork(w, { threshold: 4 });
    const unitOf = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
    const p = unitOf(progress[0]!);
    assert.equal(p.unit.pullRequest, 16813);
    assert.equal(
      p.unit.title,
      'refactor(progress): Make the code more approachable (#16813)',
      'the merge’s subject is the PR’s title; its body is the PR’s description',
    );
    assert.deepEqual(
      p.unit.commits
        .filter((c) => c.parents.length === 1)
        .map((c) => c.sha)
        .sort(),
      [...progress].sort(),
    );
    // the PR says it is a refactoring, whatever one commit inside it says
    assert.ok(!p.notability.signals.some((s) => s.id === 'performance'), JSON.stringify(p.notability.signals));
    assert.ok(p.notability.signals.some((s) => s.id === 'refactor'));
    const l = unitOf(lint[0]!);
    assert.equal(l.unit.pullRequest, 16600);
    assert.ok(
      l.notability.signals.some((s) => s.id === 'feature' && /feat\(lints\):/.test(s.reason)),
      JSON.stringify(l.notability.signals),
    );
    assert.notEqual(unitOf(backport).unit.pullRequest, 16900);
    assert.notEqual(unitOf(backport2).unit.pullRequest, 16901);
    assert.equal(unitOf(contexts[0]!).unit.pullRequest, 16950);
  });

  it('a repository that uses conventional commits: a chore that re-sorts imports everywhere is not offered, and says why', async () => {
    const repo = make();
    const types = ['feat', 'fix', 'chore', 'docs', 'test', 'ci', 'refactor'];
    for (let i = 0; i < 21; i++)
      repo.commit({ message: `${types[i % types.length]}: change ${i}`, files: { [`src/f${i % 5}.ts`]: lines(10 + i, `f${i}`) }, date: at(2, 0) });
    const sorted: Record<string, string> = {};
    for (let i = 0; i < 30; i++) sorted[`src/mod${i}.ts`] = lines(30, `mod${i}`);
    repo.commit({ message: 'chore: add modules', files: sorted, date: at(3) });
    for (const k of Object.keys(sorted)) sorted[k] = lines(30, `mod${k}-sorted`);
    const chore = repo.commit({ message: 'chore: sort imports', files: sorted, date: at(4) });
    const feat = repo.commit({ message: 'feat: add search', files: { 'src/search.ts': lines(40, 'search') }, date: at(5) });
    const w = await work(repo);
    assert.equal(w.conventions.conventional, true);
    const scored = scoreWork(w, { threshold: 4 });
    const c = scored.find((s) => s.unit.commits.some((x) => x.sha === chore))!;
    assert.equal(c.notability.notable, false);
    const against = c.notability.signals
      .filter((s) => s.weight < 0)
      .map((s) => s.reason)
      .join(' ');
    assert.match(against, /Routine upkeep, by its own label \(chore:\)/);
    assert.match(against, /Mostly moved or rewritten lines: \+900 −900 across 30 files/);
    assert.ok(scored.find((s) => s.unit.commits.some((x) => x.sha === feat))?.notability.notable, 'a feature is offered');
  });

  it('a series of direct pushes is named by its biggest commit that is not a refactoring by its conventional type (vue-router\'s "refactor: copy unplugin codebase" beside its features)', async () => {
    const repo = make();
    const types = ['feat', 'fix', 'chore', 'docs', 'test', 'ci', 'refactor'];
    for (let i = 0; i < 21; i++)
      repo.commit({ message: `${types[i % types.length]}: change ${i}`, files: { [`src/f${i % 5}.ts`]: lines(10 + i, `f${i}`) }, date: at(2, 0) });
    const copy = repo.commit({ message: 'refactor: copy the loader codebase', files: { 'src/loaders/core.ts': lines(400, 'core') }, date: at(10, 9) });
    const loaders = repo.commit({ message: 'feat: add data loaders', files: { 'src/loaders/data.ts': lines(150, 'data') }, date: at(10, 11) });
    const w = await work(repo);
    assert.equal(w.conventions.conventional, true);
    const unit = scoreWork(w, { threshold: 4 }).find((s) => s.unit.commits.some((c) => c.sha === copy))!.unit;
    assert.deepEqual(
      unit.commits.map((c) => c.sha),
      [loaders, copy],
      'one series',
    );
    assert.equal(unit.title, 'feat: add data loaders');
  });

  it('a repository that writes gitmoji instead of prefixes (fastapi): ⚡️ is performance work, 👷 is CI, "🔖 Release version …" is the release; each reason names its gitmoji', async () => {
    const repo = make();
    const kinds = [
      '✨ Add',
      '🐛 Fix',
      '📝 Document',
      '🌐 Update translations for',
      '♻️ Refactor',
      '✅ Test',
      '⬆️ Bump',
      '⚡️ Speed up',
      '👷 Run CI on',
      '🔖 Release version 0.1.',
    ];
    for (let i = 0; i < 30; i++)
      repo.commit({
        message: `${kinds[i % kinds.length]} part ${i} (#${100 + i})`,
        files: { [`tool/part${i % 5}.py`]: lines(10 + i, `p${i}`) },
        date: at(2, 0),
      });
    // the package's `__init__.py` is code the user changes, besides the version a release bumps in it
    for (const name of ['App', 'Router'])
      repo.commit({ message: `✨ Export ${name} (#12${name.length})`, files: { 'tool/__init__.py': `from .x import ${name}\n` }, date: at(2, 12) });
    const perf = repo.commit({
      message: '⚡️ Avoid flattening dependencies for body fields (#130)',
      files: { 'tool/dependencies.py': lines(12, 'flat') },
      date: at(3),
    });
    const ci = repo.commit({
      message: '👷 Add CI memory benchmark (#131)',
      files: { '.github/workflows/bench.yml': lines(30, 'bench'), 'tests/benchmarks/test_memory.py': lines(60, 'memory') },
      date: at(4),
    });
    const release = repo.commit({
      message: '🔖 Release version 0.2.1 (#132)',
      files: {
        'tool/__init__.py': '__version__ = "0.2.1"\n',
        'docs/release-notes.md': '# Release notes\n\n## 0.2.1\n\n- Avoid flattening dependencies for body fields.\n',
      },
      date: at(5),
    });
    repo.git('tag', '0.2.1', release);
    const w = await work(repo);
    assert.equal(w.conventions.conventional, true);
    assert.ok(
      ['perf', 'ci', 'release', 'docs'].every((t) => w.conventions.types.includes(t)),
      w.conventions.types.join(),
    );
    const scored = scoreWork(w, { threshold: 4 });
    const of = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
    assert.ok(of(perf).notability.notable, JSON.stringify(of(perf).notability.signals));
    assert.ok(of(perf).notability.signals.some((s) => s.reason === 'Performance work, by its own label (⚡️).'));
    assert.equal(of(ci).notability.notable, false);
    assert.ok(
      of(ci).notability.signals.some((s) => s.reason === 'Routine upkeep, by its own label (👷).'),
      JSON.stringify(of(ci).notability.signals),
    );
    assert.equal(of(release).notability.notable, false);
    assert.ok(!of(release).notability.signals.some((s) => s.id === 'release' || s.id === 'changelog'), JSON.stringify(of(release).notability.signals));
  });

  it("shipped evidence in notes that keep only their latest release (oban's CHANGELOG.md of one minor version): the earlier releases are read at their tags", async () => {
    const repo = make();
    const allJobs = repo.commit({ message: 'Add Oban.all_jobs/2 and Oban.Job.query/1', files: { 'lib/oban.ex': lines(80, 'all') }, date: at(3) });
    const release = (version: string, items: string, day: number): void => {
      repo.commit({
        message: `Release v${version}`,
        author: MAINTAINER,
        files: { 'CHANGELOG.md': `# Changelog for Oban v${version.split('.').slice(0, 2).join('.')}\n\n## v${version}\n\n### Enhancements\n\n${items}` },
        date: at(day),
      });
      repo.gitWith({ GIT_COMMITTER_DATE: at(day) }, 'tag', `v${version}`);
    };
    release('2.22.0', '- [Oban] Add `Oban.all_jobs/2` and `Oban.Job.query/1`\n\n  Fetch every job that matches a query.\n', 5);
    const gaps = repo.commit({ message: 'Warn when unique :states leave lifecycle gaps', files: { 'lib/oban/job.ex': lines(60, 'gaps') }, date: at(8) });
    // the next minor version's notes replace the file's text
    release('2.23.0', '- [Job] Warn when unique :states leave lifecycle gaps\n\n  Partial state lists now warn at compile time.\n', 10);
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const of = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
    assert.deepEqual(of(gaps).shipped, { version: '2.23.0', file: 'CHANGELOG.md', section: 'Enhancements', ref: 'refs/heads/main' });
    // (linked at the tag whose text lists it)
    assert.deepEqual(of(allJobs).shipped, { version: '2.22.0', file: 'CHANGELOG.md', section: 'Enhancements', ref: 'refs/tags/v2.22.0' });
  });

  it('shipped evidence: a pull request a later release-notes file lists under a section users get is "Shipped in"; one under Documentation, a section for contributors or not listed is not', async () => {
    const repo = make();
    const wrap = repo.commit({ message: 'Wrap long lines (#21)', files: { 'src/wrap.c': lines(30, 'wrap') }, date: at(3) });
    const flags = repo.commit({ message: 'Explain the flags (#22)', files: { 'src/flags.c': lines(30, 'flags') }, date: at(4) });
    const paging = repo.commit({ message: 'Page long lists (#23)', files: { 'src/page.c': lines(30, 'page') }, date: at(5) });
    const quiet = repo.commit({ message: 'Tidy the parser (#24)', files: { 'src/parse.c': lines(30, 'parse') }, date: at(6) });
    const upgrade = repo.commit({ message: 'Upgrade the compiler to 2.2.20 (#25)', files: { 'src/build.c': lines(30, 'build') }, date: at(6, 12) });
    const timeout = repo.commit({ message: 'Time out hung tests (#26)', files: { 'src/timeout.c': lines(30, 'timeout') }, date: at(6, 13) });
    const pathlib = repo.commit({ message: 'Use pathlib for paths (#27)', files: { 'src/paths.c': lines(30, 'paths') }, date: at(6, 14) });
    // pushed directly: the notes cite the issue its message says it closes
    const empty = repo.commit({ message: 'Read empty files\n\nFixes #31', files: { 'src/read.c': lines(30, 'read') }, date: at(6, 15) });
    const tracing = repo.commit({ message: 'Trace lines only in tracing builds (#28)', files: { 'src/trace.c': lines(30, 'trace') }, date: at(6, 16) });
    const py39 = repo.commit({ message: 'Drop Python 3.9 (#29)', files: { 'src/compat.c': lines(30, 'compat') }, date: at(6, 17) });
    const vendored = repo.commit({ message: "Use packaging's direct_url model (#30)", files: { 'src/url.c': lines(30, 'url') }, date: at(6, 18) });
    // written by the maintainer at release time: its sections are the product's own ("Preview style"), and Documentation
    repo.commit({
      message: 'Release 2.4.0',
      author: MAINTAINER,
      files: {
        'CHANGES.md':
          `# Change log\n\n## Version 2.4.0 (${at(7).slice(0, 10)})\n\n` +
          '### Preview style\n\n- Wrap the lines that are too long\n  (#21)\n\n### Documentation\n\n- Explain each flag (#22)\n\n### Fixes\n\n- Empty files no longer stop the run (:issue:`31`)\n\n### Various\n\n- The compiler was updated to 2.2.20 (#25).\n\n### Contributor-facing changes\n\n- Each test times out on its own (#26)\n\n### Trivial Changes\n\n- Paths are pathlib paths (#27)\n\n### Packaging updates and notes for downstreams\n\n- The wheels build with line tracing only when asked (#28)\n- Dropped Python 3.9 support; Python 3.10 is the minimal supported Python version (#29)\n\n### Vendored Libraries\n\n- Use packaging.direct_url (#30)\n\n' +
          '## Version 2.3.0\n\n### Features\n\n- Paging for long lists (#23)\n',
      },
      date: at(7),
    });
    // work of weeks after a release, that says it closes the issue an item of that release cites, is not in it
    const tables = repo.commit({ message: 'Wrap lines in tables too\n\nFixes #21', files: { 'src/tables.c': lines(30, 'tables') }, date: at(21) });
    const w = await work(repo);
    const byCommit = (scored: ReturnType<typeof scoreWork>, sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
    const scored = scoreWork(w, { threshold: 4 });
    assert.deepEqual(byCommit(scored, wrap).shipped, { version: '2.4.0', file: 'CHANGES.md', section: 'Preview style', ref: 'refs/heads/main' });
    assert.ok(byCommit(scored, wrap).notability.signals.some((s) => s.id === 'shipped' && s.reason === 'Shipped in 2.4.0 (CHANGES.md).'));
    assert.deepEqual(byCommit(scored, paging).shipped, { version: '2.3.0', file: 'CHANGES.md', section: 'Features', ref: 'refs/heads/main' });
    assert.equal(byCommit(scored, empty).shipped?.section, 'Fixes', 'by the issue it closes');
    assert.equal(byCommit(scored, tables).shipped, undefined, 'authored two weeks after the release');
    assert.equal(byCommit(scored, flags).shipped, undefined, 'listed only under Documentation');
    assert.equal(byCommit(scored, quiet).shipped, undefined, 'not listed');
    // kotlinx.coroutines' catch-all "Various": the toolchain's upgrade, documentation
    assert.equal(byCommit(scored, upgrade).shipped, undefined, 'listed only under Various');
    // towncrier's sections for the project's contributors (aiohttp, pytest-xdist)
    assert.equal(byCommit(scored, timeout).shipped, undefined, 'listed only under Contributor-facing changes');
    assert.equal(byCommit(scored, pathlib).shipped, undefined, 'listed only under Trivial Changes');
    // and for those who package it (aiohttp, yarl), unless it drops a runtime users are on
    assert.equal(byCommit(scored, tracing).shipped, undefined, 'listed only under Packaging updates and notes for downstreams');
    assert.equal(byCommit(scored, py39).shipped?.version, '2.4.0', 'a dropped runtime');
    // pip's libraries vendored are its dependencies
    assert.equal(byCommit(scored, vendored).shipped, undefined, 'listed only under Vendored Libraries');
    // an entry logged from it keeps where it shipped, as a link the export cites
    const offered = unitCandidates([w], emptyJournal(), 0).find((c) => c.type === 'unit' && c.unit.commits.some((x) => x.sha === wrap));
    assert.ok(offered?.type === 'unit');
    assert.deepEqual(shippedLink(offered), { title: 'Shipped in 2.4.0 (CHANGES.md)', url: 'https://github.com/acme/tool/blob/main/CHANGES.md' });
    const without = scoreWork(w, { threshold: 4, shippedEvidence: false });
    assert.ok(
      without.every((s) => s.shipped === undefined && !s.notability.signals.some((x) => x.id === 'shipped')),
      'judged without the notes',
    );
  });

  it("shipped evidence: a release whose notes give no date is dated by its version's tag (podman's RELEASE_NOTES.md)", async () => {
    const repo = make();
    const search = repo.commit({ message: 'Search the history (#41)', files: { 'src/search.c': lines(30, 'search') }, date: at(2) });
    repo.commit({
      message: 'Release 1.3.0',
      author: MAINTAINER,
      files: { 'RELEASE_NOTES.md': '# Release Notes\n\n## 1.3.0\n### Features\n- Search the history (#41)\n- Tabs are shown as spaces (#40)\n' },
      date: at(3),
    });
    const tagger = { GIT_COMMITTER_NAME: MAINTAINER.name, GIT_COMMITTER_EMAIL: MAINTAINER.email, GIT_COMMITTER_DATE: at(3, 12) };
    repo.gitWith(tagger, 'tag', '-a', '-m', 'podman v1.3.0', 'v1.3.0');
    // not a version: no date of a release
    repo.git('tag', 'nightly');
    // work of three weeks later that says it closes the issue an item of 1.3.0 cites
    const tabs = repo.commit({ message: 'Show tabs as spaces in diffs too\n\nFixes #40', files: { 'src/diff.c': lines(30, 'diff') }, date: at(24) });
    const w = await work(repo);
    assert.deepEqual(
      w.releaseTags.map((t) => `${t.name} ${new Date(t.date).toISOString()}`),
      [`v1.3.0 ${at(3, 12)}`],
      'the tagger date of an annotated tag',
    );
    const scored = scoreWork(w, { threshold: 4 });
    const byCommit = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
    assert.equal(byCommit(search).shipped?.version, '1.3.0');
    assert.equal(byCommit(tabs).shipped, undefined, 'authored three weeks after 1.3.0 was tagged');
    assert.equal(
      scoreWork({ ...w, releaseTags: [] }, { threshold: 4 }).find((s) => s.unit.commits.some((c) => c.sha === tabs))?.shipped?.version,
      '1.3.0',
      'undated without its tag',
    );
  });

  it("a topic of a release branch is the release, not offered (pcre2's `release/pcre2-10.47` with its autogen output)", async () => {
    const repo = make();
    const generated: Record<string, string> = {};
    for (const name of ['config.guess', 'config.sub', 'ltmain.sh', 'depcomp', 'install-sh', 'm4/libtool.m4', 'compile', 'missing'])
      generated[name] = lines(400, name);
    const release = topic(
      repo,
      'release/tool-1.4',
      'Release 1.4.',
      [
        { message: 'Update version number to 1.4 (release)', files: { 'src/version.h': '#define VERSION "1.4"\n' } },
        {
          message: 'Added number for CVE-2026-1234',
          files: { NEWS: 'Version 1.4\n-----------\n\nFix CVE-2026-1234 in the parser.\n', 'SECURITY.md': lines(20, 'sec') },
        },
        { message: 'Commit autogen.sh output', files: generated },
      ],
      3,
    );
    const w = await work(repo);
    const unit = scoreWork(w, { threshold: 4 }).find((s) => s.unit.commits.some((c) => c.sha === release[0]))!;
    assert.equal(unit.unit.kind, 'topic');
    assert.equal(unit.notability.notable, false, JSON.stringify(unit.notability.signals));
    const reasons = unit.notability.signals.map((s) => s.reason);
    assert.ok(reasons.includes('Prepares a release on its release branch (release/tool-1.4): the work it releases came before.'), reasons.join('\n'));
    assert.ok(!unit.notability.signals.some((s) => s.id === 'size'), 'the scripts autotools copy in are no size');
  });

  it("files the repository's .gitattributes marks linguist-generated (jq's parser, built from its grammar) are no size; others still are", async () => {
    const repo = make();
    repo.commit({
      message: 'Start',
      files: {
        '.gitattributes':
          '# GitHub collapses these\nsrc/parser.[ch] linguist-generated=true\ncontrib/completions/* linguist-generated\ncontrib/completions/README.md -linguist-generated\n',
        'src/parser.y': lines(40, 'grammar'),
        'src/parser.c': lines(2000, 'generated'),
        'src/lexer.c': lines(300, 'lexer'),
      },
      date: at(2),
      author: MAINTAINER,
    });
    // the grammar changes by a few lines; the parser generated from it by thousands
    const grammar = repo.commit({
      message: 'Allow a trailing comma in arrays',
      files: { 'src/parser.y': lines(44, 'grammar'), 'src/parser.c': lines(2000, 'regenerated'), 'src/parser.h': lines(300, 'header') },
      date: at(5),
    });
    const lexer = repo.commit({ message: 'Rewrite the lexer', files: { 'src/lexer.c': lines(2300, 'rewritten') }, date: at(12) });
    const w = await work(repo);
    assert.deepEqual(w.conventions.generated, ['src/parser.[ch]', 'contrib/completions/*', '!contrib/completions/README.md']);
    const scored = scoreWork(w, { threshold: 4 });
    const of = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
    assert.ok(!of(grammar).notability.signals.some((s) => s.id === 'size'), JSON.stringify(of(grammar).notability.signals));
    const parts = unitParts(of(grammar).unit, w.conventions);
    assert.deepEqual([parts.work.map((f) => f.path), parts.generated.map((f) => f.path).sort()], [['src/parser.y'], ['src/parser.c', 'src/parser.h']]);
    assert.ok(
      of(lexer).notability.signals.some((s) => s.id === 'size'),
      JSON.stringify(of(lexer).notability.signals),
    );
  });

  it("a package's own .gitattributes (dart-lang/http's pkgs/cupertino_http, ffigen's bindings) marks its generated files, relative to its folder", async () => {
    const repo = make();
    repo.commit({
      message: 'Start',
      files: {
        'pkgs/cupertino_http/.gitattributes': '# ffigen generated code\nlib/src/native_cupertino_bindings.dart linguist-generated\n*.g.m linguist-generated\n',
        // (a folder's vendored files are kept off GitHub's language statistics, not off the user's work: bat's assets)
        'assets/.gitattributes': '* linguist-vendored\n',
        'assets/syntaxes/Zig.sublime-syntax': lines(50, 'syntax'),
        'pkgs/cupertino_http/lib/src/native_cupertino_bindings.dart': lines(3000, 'bindings'),
        'pkgs/cupertino_http/lib/src/client.dart': lines(200, 'client'),
        'pkgs/cronet_http/lib/src/native_cupertino_bindings.dart': lines(100, 'not declared here'),
      },
      date: at(2),
      author: MAINTAINER,
    });
    // the bindings regenerated with a new ffigen: thousands of lines that nobody wrote
    const regenerate = repo.commit({
      message: 'Switch to ffigen 19.1.0',
      files: {
        'pkgs/cupertino_http/lib/src/native_cupertino_bindings.dart': lines(2600, 'regenerated'),
        'pkgs/cupertino_http/darwin/x/bindings.g.m': lines(900, 'objc'),
        'pkgs/cupertino_http/lib/src/client.dart': lines(204, 'client'),
      },
      date: at(5),
    });
    const w = await work(repo);
    assert.deepEqual(w.conventions.generated, ['/pkgs/cupertino_http/lib/src/native_cupertino_bindings.dart', '/pkgs/cupertino_http/**/*.g.m']);
    for (const [path, generated] of [
      ['pkgs/cupertino_http/lib/src/native_cupertino_bindings.dart', true],
      ['pkgs/cupertino_http/darwin/x/bindings.g.m', true],
      ['pkgs/cronet_http/lib/src/native_cupertino_bindings.dart', false],
      ['lib/src/native_cupertino_bindings.dart', false],
      ['assets/syntaxes/Zig.sublime-syntax', false],
    ] as const)
      assert.equal(isGeneratedIn(w.conventions, path), generated, path);
    const scored = scoreWork(w, { threshold: 4 });
    const unit = scored.find((s) => s.unit.commits.some((c) => c.sha === regenerate))!;
    assert.ok(!unit.notability.signals.some((s) => s.id === 'size'), JSON.stringify(unit.notability.signals));
  });

  it("a commit the repository's .git-blame-ignore-revs lists (SQLAlchemy's 'update to black 26.3.1') is mechanical, not work of its size", async () => {
    const repo = make();
    const files = (tag: string, n: number): Record<string, string> =>
      Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`${['sql', 'orm', 'engine'][i % 3]}/mod${i}.py`, lines(n, `${tag}${i}`)]));
    repo.commit({ message: 'Add the SQL modules', files: files('old', 30), date: at(2), author: MAINTAINER });
    // the formatter's new version rewrites every module: +360 −600, not balanced enough to look mechanical by its lines
    const black = repo.commit({ message: 'update to black 26.3.1', files: files('black', 18), date: at(6) });
    repo.commit({
      message: 'add update to black 26.3.1 commit to blame ignore',
      files: { '.git-blame-ignore-revs': `# consider unimportant for git blame\n${black.toUpperCase()}  # update to black 26.3.1\nnot-a-sha\n` },
      date: at(7),
    });
    // the same shape, not listed: a rewrite is work of its size
    const rewrite = repo.commit({ message: 'Rework the statement compiler', files: files('compiler', 40), date: at(20) });
    const w = await work(repo);
    assert.deepEqual(w.conventions.mechanicalRevisions, [black]);
    const scored = scoreWork(w, { threshold: 4 });
    const of = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
    const reasons = of(black).notability.signals.map((s) => s.reason);
    assert.ok(reasons.includes('Marked mechanical in .git-blame-ignore-revs: +360 −600 across 20 files.'), reasons.join('\n'));
    assert.equal(of(black).notability.notable, false, reasons.join('\n'));
    assert.equal(of(rewrite).notability.notable, true, JSON.stringify(of(rewrite).notability.signals));
    assert.ok(!of(rewrite).notability.signals.some((s) => s.id === 'mechanical'), JSON.stringify(of(rewrite).notability.signals));
  });

  it("the changeset a pull request writes says it breaks (Starlight's 'Astro 6 support'): by a major bump or its words, not when it reassures", async () => {
    const repo = make();
    const pr = (n: number, subject: string, changeset: string, day: number): string =>
      repo.commit({
        message: `${subject} (#${n})`,
        files: { [`src/pr${n}.ts`]: lines(30, `pr${n}`), [`.changeset/change-${n}.md`]: changeset },
        date: at(day),
      });
    const support = pr(
      3644,
      'Astro 6 support',
      "---\n'@astrojs/starlight': minor\n---\n\nAdds support for Astro v6.\n\n⚠️ **BREAKING CHANGE:** Astro v5 is no longer supported.\n",
      3,
    );
    const major = pr(12, 'Sidebar groups from folders', "---\n'@acme/tool': major\n'@acme/cli': patch\n---\n\nSidebar groups are made from folders.\n", 6);
    const reassures = pr(13, 'Tweak the header', "---\n'@acme/tool': minor\n---\n\nTweaks the header. This is not a breaking change.\n", 9);
    const patch = pr(14, 'Tidy the footer', "---\n'@acme/tool': patch\n---\n\nTidies the footer.\n", 12);
    const w = await work(repo);
    const scored = scoreWork(w, { threshold: 4 });
    const breaks = (sha: string): boolean => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!.notability.signals.some((s) => s.id === 'breaking');
    assert.deepEqual([support, major, reassures, patch].map(breaks), [true, true, false, false]);
  });

  it("covector's change files (Tauri's `.changes/*.md`) and React Router's (`.changes/major.x.md`) are the author's entry, and say when it breaks", async () => {
    const repo = make();
    const pr = (n: number, subject: string, change: Record<string, string>, day: number): string =>
      repo.commit({ message: `${subject} (#${n})`, files: { [`crates/tauri-cli/src/pr${n}.rs`]: lines(30, `pr${n}`), ...change }, date: at(day) });
    const flag = pr(
      11118,
      'feat(cli): add `--github-workflows`',
      {
        '.changes/cli-plugin-init-no-github-by-default.md':
          '---\n"tauri-cli": "patch:breaking"\n"@tauri-apps/cli": "patch:breaking"\n---\n\n`tauri plugin init/new` will no longer generate a `.github` directory with workflows by default, instead use the new `--github-workflows` flag.\n',
      },
      3,
    );
    const homeDir = pr(
      11455,
      'feat(core/path): add `PathResolver::home_dir` on Android',
      { '.changes/android-home-dir.md': '---\n"tauri": "patch:feat"\n---\n\nAdd `PathResolver::home_dir()` method on Android.\n' },
      6,
    );
    const option = pr(
      15188,
      'Remove useRequestContextDomainName flag from architect adapter',
      {
        'packages/react-router-architect/.changes/major.remove-domain-name-option.md':
          'Remove the `useRequestContextDomainName` option from `createRequestHandler`\n',
      },
      9,
    );
    // covector's own files are no change's entry
    const config = pr(
      11500,
      'chore: tag performance changes',
      { '.changes/config.json': '{ "changeTags": { "feat": "New Features" } }\n', '.changes/README.md': '# Changes\n\nWrite a change file.\n' },
      12,
    );
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const ids = (sha: string): string[] => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!.notability.signals.map((s) => s.id);
    assert.deepEqual(
      [flag, homeDir, option, config].map((sha) => [ids(sha).includes('changelog'), ids(sha).includes('breaking')]),
      [
        [true, true],
        [true, false],
        [true, true],
        [false, false],
      ],
    );
  });

  it("ansible's ways: its antsibull-changelog fragments say the kind by their sections, its release script is tooling, and a setuptools release's breaking changes are not its own", async () => {
    const repo = make();
    const pr = (n: number, message: string, files: Record<string, string>, day: number): string =>
      repo.commit({ message: message.replace('\n', ` (#${n})\n`), files, date: at(day) });
    const redirects = pr(
      83001,
      'uri: honour follow_redirects for HEAD requests',
      {
        'lib/ansible/modules/uri.py': lines(40, 'uri'),
        'changelogs/fragments/uri-head-redirects.yml':
          'bugfixes:\n  - uri - honour ``follow_redirects`` for ``HEAD`` requests (https://github.com/ansible/ansible/issues/83000).\n',
      },
      3,
    );
    const simplify = pr(
      84043,
      'file: simplify the code',
      {
        'lib/ansible/modules/file.py': lines(120, 'file'),
        'changelogs/fragments/file_simplify.yml': 'minor_changes:\n  - file - make code more readable and simple.\n',
      },
      6,
    );
    const release = pr(
      83713,
      'release.py - Auto-update setuptools upper bound\n\nThis change ensures that a released version of ansible-core can be built in the future if a new setuptools\nrelease includes breaking changes that would prevent building a functional package.',
      { 'packaging/release.py': lines(90, 'release'), 'pyproject.toml': '[build-system]\nrequires = ["setuptools >= 66.1.0, <= 72.1.0"]\n' },
      9,
    );
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const signals = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!.notability.signals;
    assert.match(
      signals(redirects).find((s) => s.id === 'fix')?.reason ?? '',
      /changelogs\/fragments\/uri-head-redirects\.yml/,
      JSON.stringify(signals(redirects)),
    );
    assert.ok(signals(redirects).some((s) => s.id === 'changelog'));
    assert.ok(!signals(simplify).some((s) => s.id === 'feature'), JSON.stringify(signals(simplify)));
    assert.deepEqual(
      signals(release)
        .map((s) => s.id)
        .filter((id) => id === 'breaking' || id === 'feature'),
      [],
      JSON.stringify(signals(release)),
    );
  });

  it("reno's notes (OpenStack's `releasenotes/notes/*.yaml`) are the author's entry and say its kind by their sections", async () => {
    const repo = make();
    const change = (subject: string, code: string, note: string, day: number): string =>
      repo.commit({
        message: `${subject}\n\nChange-Id: I${String(day).padStart(40, '0')}`,
        files: { [`ironic/api/${code}.py`]: lines(40, code), [`releasenotes/notes/${code}-a1b2c3d4e5f6a7b8.yaml`]: note },
        date: at(day),
      });
    const endpoints = change(
      'Add [api] enable_ramdisk_endpoints config option',
      'ramdisk_endpoints',
      '---\nfeatures:\n  - |\n    Adds a new ``[api] enable_ramdisk_endpoints`` configuration option.\nsecurity:\n  - |\n    Operators can now disable the agent endpoints.\n',
      3,
    );
    const introspection = change(
      'Correct the handling of an introspection failure',
      'introspection',
      '---\nfixes:\n  - |\n    Introspection failures are now reported.\n',
      5,
    );
    const molds = change('Retire configuration molds', 'molds', '---\ndeprecations:\n  - |\n    Configuration molds are deprecated.\n', 7);
    // (a project's own sections by area, Qiskit's, after a fix it made on the way)
    const seed = change(
      'Add option to set the seed_transpiler from environment',
      'seed',
      '---\nfixes:\n  - |\n    Fixed an issue where a configuration field was not respected.\nfeatures_transpiler:\n  - Added the ability to set ``seed_transpiler``.\n',
      9,
    );
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const signals = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!.notability.signals;
    assert.ok(
      signals(endpoints).some((s) => s.id === 'changelog'),
      JSON.stringify(signals(endpoints)),
    );
    assert.match(
      signals(endpoints).find((s) => s.id === 'feature')?.reason ?? '',
      /releasenotes\/notes\/ramdisk_endpoints/,
      JSON.stringify(signals(endpoints)),
    );
    assert.match(
      signals(introspection).find((s) => s.id === 'fix')?.reason ?? '',
      /releasenotes\/notes\/introspection/,
      JSON.stringify(signals(introspection)),
    );
    assert.match(signals(molds).find((s) => s.id === 'breaking')?.reason ?? '', /Deprecates/, JSON.stringify(signals(molds)));
    assert.match(signals(seed).find((s) => s.id === 'feature')?.reason ?? '', /releasenotes\/notes\/seed/, JSON.stringify(signals(seed)));
  });

  it("Pulumi's pending changelog entries (`changelog/pending/*.yaml`, changie's fields) are the author's entry and say its kind", async () => {
    const repo = make();
    const pr = (n: number, subject: string, entry: string, day: number): string =>
      repo.commit({
        message: `${subject} (#${n})`,
        files: { [`sdk/go/common/pr${n}.go`]: lines(40, `pr${n}`), [`changelog/pending/engine-${n}.yaml`]: entry },
        date: at(day),
      });
    const marshaling = pr(
      23773,
      'Recursive property log marshaling',
      'component: engine\nkind: fix\nbody: Fix marshaling of recursive property values in the engine log\ntime: 2026-07-20T08:43:00Z\n',
      3,
    );
    const tests = pr(
      23675,
      'Let ProgramTest use npm for Node.js tests',
      'component: sdk/nodejs\nkind: chore\nbody: Use npm in ProgramTest\ntime: 2026-07-21T08:43:00Z\n',
      6,
    );
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const signals = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!.notability.signals;
    assert.match(signals(marshaling).find((s) => s.id === 'fix')?.reason ?? '', /changelog\/pending\/engine-23773\.yaml/, JSON.stringify(signals(marshaling)));
    assert.ok(signals(marshaling).some((s) => s.id === 'changelog'));
    // a `kind: chore` entry tells no kind
    assert.ok(!signals(tests).some((s) => s.id === 'fix' || s.id === 'feature'), JSON.stringify(signals(tests)));
  });

  it("an entry its author wrote where the notes file internal work (OCaml's `Internal/compiler-libs changes`) counts nothing for it", async () => {
    const repo = make();
    const notes = (entries: string): string => `# Changes\n\n## 5.3.0\n\n### Internal/compiler-libs changes:\n\n${entries}`;
    const entry = '- #13460: Introduce a variant of predefined type constructors\n  (Gabriel Scherer, review by Florian Angeletti)\n';
    const variant = repo.commit({
      message: 'predef: introduce a variant of predefined type constructors (#13460)',
      files: { 'typing/predef.ml': lines(240, 'predef'), 'typing/predef.mli': lines(30, 'mli'), 'Changes.md': notes(entry) },
      date: at(3),
    });
    repo.commit({ message: 'Release 5.3.0', author: MAINTAINER, files: { VERSION: '5.3.0\n' }, date: at(9) });
    const w = await work(repo);
    const of = (scored: ReturnType<typeof scoreWork>) => scored.find((s) => s.unit.commits.some((c) => c.sha === variant))!.notability.signals.map((s) => s.id);
    const filed = of(scoreWork(w, { threshold: 4 }));
    assert.ok(filed.includes('filed') && !filed.includes('changelog'), filed.join());
    // without the notes' sections read, the entry it wrote still counts
    assert.ok(of(scoreWork(w, { threshold: 4, shippedEvidence: false })).includes('changelog'));
  });

  it("go-changelog's entries (`.changelog/28445.txt`: Nomad's, Vault's, the Terraform providers') are the author's entry and say its kind by their type", async () => {
    const repo = make();
    const pr = (n: number, subject: string, entry: string, day: number): string =>
      repo.commit({
        message: `${subject} (#${n})`,
        files: { [`nomad/structs/pr${n}.go`]: lines(40, `pr${n}`), [`.changelog/${n}.txt`]: entry },
        date: at(day),
      });
    const join = pr(
      28176,
      'agent: warn on unauthenticated server join request',
      '```release-note:deprecation\nagent: Unauthenticated server join via the CLI or API is deprecated.\n```\n',
      3,
    );
    const evals = pr(
      28275,
      'CSI: unblock evals on volume registration',
      '```release-note:bug\ncsi: Fixed a bug where evals blocked on missing CSI volumes would not unblock\n```\n',
      5,
    );
    const note = pr(28300, 'docs: explain the plan applier', '```release-note:note\nThe plan applier is explained in the docs.\n```\n', 7);
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const signals = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!.notability.signals;
    assert.match(signals(join).find((s) => s.id === 'breaking')?.reason ?? '', /Deprecates/, JSON.stringify(signals(join)));
    assert.match(signals(evals).find((s) => s.id === 'fix')?.reason ?? '', /\.changelog\/28275\.txt/, JSON.stringify(signals(evals)));
    assert.ok(signals(evals).some((s) => s.id === 'changelog'));
    // a `release-note:note` tells no kind
    assert.ok(!signals(note).some((s) => s.id === 'fix' || s.id === 'feature' || s.id === 'breaking'), JSON.stringify(signals(note)));
  });

  it("Log4j's changelog entries (`src/changelog/.2.x.x/3926_x.xml`) are the author's entry and say its kind by their `type`", async () => {
    const repo = make();
    const entry = (type: string, issue: number, text: string): string =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<entry xmlns="https://logging.apache.org/xml/ns"\n       type="${type}">\n` +
      `    <issue id="${issue}" link="https://github.com/apache/logging-log4j2/pull/${issue}"/>\n` +
      `    <description format="asciidoc">${text}</description>\n</entry>\n`;
    const pr = (n: number, subject: string, type: string, day: number): string =>
      repo.commit({
        message: `${subject} (#${n})`,
        files: {
          [`log4j-core/src/main/java/org/apache/logging/log4j/core/Pr${n}.java`]: lines(40, `pr${n}`),
          [`src/changelog/.2.x.x/${n}_entry.xml`]: entry(type, n, subject),
        },
        date: at(day),
      });
    const fixed = pr(3932, 'Fix parsing and merging of literals in `InstantPatternDynamicFormatter`', 'fixed', 3);
    const updated = pr(3950, 'Update `org.junit:junit-bom` to version `5.13.0`', 'updated', 5);
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const signals = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!.notability.signals;
    assert.match(signals(fixed).find((s) => s.id === 'fix')?.reason ?? '', /src\/changelog\/\.2\.x\.x\/3932_entry\.xml/, JSON.stringify(signals(fixed)));
    assert.ok(signals(fixed).some((s) => s.id === 'changelog'));
    // a dependency's update tells no kind
    assert.ok(!signals(updated).some((s) => s.id === 'fix' || s.id === 'feature' || s.id === 'breaking'), JSON.stringify(signals(updated)));
  });

  it('where securities are what the product trades (Maybe Finance), "Fix security search" is no security work; an XSS fix still is', async () => {
    const finance = make();
    const commitIn = (repo: TempRepo, message: string, file: string, day: number, author?: Author): string =>
      repo.commit({ message, files: { [file]: lines(20 + day, file) }, date: at(day), author });
    commitIn(finance, 'Batch upsert security prices on sync', 'app/models/security/price.rb', 2, MAINTAINER);
    commitIn(finance, 'Tweak dup securities data migration', 'db/migrate/dedupe.rb', 3, MAINTAINER);
    const search = commitIn(finance, 'Fix security search', 'app/models/security/search.rb', 10);
    const xss = commitIn(finance, 'Fix XSS in the account name', 'app/views/accounts/show.rb', 20);
    // the same fix where nothing speaks of securities
    const plain = make();
    const hardening = commitIn(plain, 'Fix security search', 'app/models/security/search.rb', 10);
    const security = async (repo: TempRepo, sha: string): Promise<boolean> =>
      scoreWork(await work(repo), { threshold: 4 })
        .find((s) => s.unit.commits.some((c) => c.sha === sha))!
        .notability.signals.some((s) => s.id === 'security');
    assert.deepEqual([await security(finance, search), await security(finance, xss), await security(plain, hardening)], [false, true, true]);
  });

  it('pull requests that close the same issue or are part of it are one piece of work; an umbrella issue of many ties none', async () => {
    const repo = make();
    const pr = (n: number, subject: string, body: string, day: number): string =>
      repo.commit({ message: `${subject} (#${n})\n\n${body}`, files: { [`src/pr${n}.c`]: lines(40 + n, `pr${n}`) }, date: at(day) });
    const panels = [
      pr(60, 'Get context menu commands ready for several panels', 'Part of #58', 2),
      pr(61, 'Remove uses of the current panel', 'Part of #58', 4),
    ];
    const crash = [pr(62, 'Fix a crash on empty input', 'Fixes #70', 6), pr(63, 'Guard the parser against empty input', 'Closes #70', 20)];
    const roadmap = [64, 65, 66, 67, 68].map((n, i) => pr(n, `Roadmap step ${i}`, 'Work towards #1', 8 + i));
    const upstream = [pr(69, 'Add a --quiet option', 'Part of acme/other#58', 25), pr(71, 'Document --quiet', 'Part of acme/other#58', 26)];
    const w = await work(repo);
    for (const shipped of [true, false]) {
      const scored = scoreWork(w, { threshold: 4, shippedEvidence: shipped });
      const keyOf = (sha: string): string | undefined => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))?.unit.key;
      assert.equal(keyOf(panels[0]!), keyOf(panels[1]!), 'two parts of #58');
      assert.equal(keyOf(crash[0]!), keyOf(crash[1]!), 'two fixes of #70, two weeks apart');
      assert.equal(new Set(roadmap.map(keyOf)).size, 5, 'five steps of an umbrella issue are five pieces of work');
      assert.equal(keyOf(upstream[0]!), keyOf(upstream[1]!), "two parts of another repository's issue");
      assert.notEqual(keyOf(upstream[0]!), keyOf(panels[0]!), "another repository's #58 is another issue");
      const both = scored.find((s) => s.unit.commits.some((c) => c.sha === panels[0]))!;
      assert.deepEqual(unitPullRequests(both.unit), [61, 60], 'named by the biggest');
      assert.equal(both.unit.title, 'Remove uses of the current panel (#61)');
    }
  });

  it('sibling pull requests, opened one after the other and titled alike, each notable, are offered once; not small ones, fixes or releases', async () => {
    const repo = make();
    const pr = (n: number, subject: string, size: number, day: number): string =>
      repo.commit({
        message: `${subject} (#${n})`,
        files: { [`src/pr${n}.c`]: lines(size, `pr${n}`), [`tests/test_pr${n}.c`]: lines(size / 2, `t${n}`) },
        date: at(day),
      });
    const platforms = [pr(80, 'Add CPython 3.15 support for iOS', 400, 2), pr(82, 'Add CPython 3.15 support for Android', 380, 3)];
    const scopes = [pr(90, 'feat(uninstall): add scriptable output', 360, 6), pr(91, 'feat(pin): add scriptable output', 340, 7)];
    const small = [100, 101].map((n, i) =>
      repo.commit({ message: `Tidy up the ${['odin', 'gdscript'][i]} highlighter (#${n})`, files: { [`src/hl${n}.c`]: lines(8, `hl${n}`) }, date: at(10 + i) }),
    );
    const fixes = [pr(110, 'Fix a crash on empty input in the decoder', 400, 14), pr(111, 'Fix a crash on truncated input in the decoder', 400, 15)];
    const verbs = [pr(120, 'Add the legacy importer', 400, 18), pr(121, 'Remove the legacy importer', 400, 19)];
    const far = [pr(130, 'Add Windows support to the watcher', 400, 22), pr(150, 'Add macOS support to the watcher', 400, 23)];
    // two variants of one name (prettier's); two names that share one word are two pieces of work
    const variants = [pr(160, 'Add `yuku` parser', 400, 26), pr(161, 'Add `yuku-ts` parser', 380, 27)];
    const parsers = [pr(170, 'Add `json` parser', 400, 30), pr(171, 'Add `toml` parser', 380, 31)];
    // each released by its own commit, as flutter/packages tags every pull request's squash as its package's release
    const federated = [
      pr(180, '[google_maps_flutter] Add color scheme support to the platform interface', 400, 34),
      pr(181, '[google_maps_flutter] Add color scheme support to the web implementation', 380, 35),
    ];
    repo.git('tag', 'google_maps_flutter_platform_interface-v2.15.0', federated[0]!);
    repo.git('tag', 'google_maps_flutter_web-v0.6.2', federated[1]!);
    const w = await work(repo);
    const scored = scoreWork(w, { threshold: 4, shippedEvidence: false });
    const of = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
    const key = (sha: string): string => of(sha).unit.key;
    assert.equal(key(platforms[0]!), key(platforms[1]!), 'the same support for two platforms is one piece of work');
    assert.deepEqual(unitPullRequests(of(platforms[0]!).unit), [80, 82]);
    assert.ok(of(platforms[0]!).notability.notable, 'offered once');
    assert.equal(key(scopes[0]!), key(scopes[1]!), 'the same feature under two scopes');
    assert.equal(key(variants[0]!), key(variants[1]!), 'two variants of one parser');
    assert.equal(key(federated[0]!), key(federated[1]!), 'one feature of a federated plugin, each package released with its pull request');
    for (const [a, b, what] of [
      [small, 'two small ones are not made one big one'],
      [fixes, 'two fixes are two bugs'],
      [verbs, 'adding and removing are two pieces of work'],
      [far, 'pull requests twenty apart were not opened one after the other'],
      [parsers, 'two parsers'],
    ].map(([shas, what]) => [(shas as string[])[0]!, (shas as string[])[1]!, what as string]))
      assert.notEqual(key(a!), key(b!), what);
    assert.ok(!of(small[0]!).notability.notable && !of(small[1]!).notability.notable, JSON.stringify(of(small[0]!).notability));
    assert.ok(of(fixes[0]!).notability.notable && of(verbs[0]!).notability.notable && of(far[0]!).notability.notable, 'the others are each notable');
  });

  it("a stack of pull requests, their branches numbered in one series (wire's `…fieldmask_1`, `…fieldmask_2`), each notable, is offered once; not branches numbered otherwise", async () => {
    const repo = make();
    repo.commit({ message: 'Start', files: { 'src/app.kt': lines(10, 'app') }, date: at(1) });
    const merged: string[] = [];
    const pr = (n: number, branch: string, subject: string, day: number): void => {
      repo.git('checkout', '-q', '-b', branch, 'main');
      merged.push(
        repo.commit({ message: subject, files: { [`src/pr${n}.kt`]: lines(400, `pr${n}`), [`tests/pr${n}Test.kt`]: lines(200, `t${n}`) }, date: at(day, 9) }),
      );
      repo.git('checkout', '-q', 'main');
      mergeNoFf(repo, branch, `Merge pull request #${n} from square/${branch}\n\n${subject}`, at(day, 12));
    };
    pr(3644, 'me.2026-07-02.fieldmask_1', 'FieldMask: runtime and schema awareness', 3);
    pr(3645, 'me.2026-07-02.fieldmask_2', 'FieldMask: JSON serialisation', 4);
    pr(3647, 'me.2026-07-09.fieldmask_3', 'FieldMask: code generation for Kotlin and Swift', 5);
    // ghstack's branches and two fixes named by their issues: no stack
    pr(3650, 'gh/me/12/head', 'Stream the schema loader', 8);
    pr(3651, 'gh/me/13/head', 'Add a Gradle task for schema linting', 9);
    pr(3653, 'fix-1234', 'Escape output package names', 11);
    pr(3654, 'fix-1235', 'Support proto editions in the parser', 12);
    // GitHub's names for edits made on the web
    pr(3655, 'patch-1', 'Add a Kotlin runtime for map accessors', 14);
    pr(3656, 'patch-2', 'Add a Swift runtime for oneof accessors', 15);
    const scored = scoreWork(await work(repo), { threshold: 4, shippedEvidence: false });
    const key = (sha: string): string => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!.unit.key;
    assert.equal(new Set(merged.slice(0, 3).map(key)).size, 1, 'one stack, one piece of work');
    assert.deepEqual([...unitPullRequests(scored.find((s) => s.unit.key === key(merged[0]!))!.unit)].sort(), [3644, 3645, 3647]);
    assert.equal(new Set(merged.slice(3).map(key)).size, 6, 'six pieces of work');
  });

  it("release notes that file work among chores count against it (tealdeer's `[chore] Introduce Language struct ([#425])`); those that list it for users count for it", async () => {
    const repo = make();
    const pr = (n: number, subject: string, day: number): string =>
      repo.commit({
        message: `${subject} (#${n})`,
        files: { [`src/pr${n}.rs`]: lines(300, `pr${n}`), [`tests/pr${n}.rs`]: lines(80, `t${n}`) },
        date: at(day),
      });
    const struct = pr(425, 'Introduce Language struct', 3);
    const rewrite = pr(416, 'Introduce a cache layout', 5);
    const settings = pr(430, 'Add `search.languages` setting', 7);
    const memory = pr(440, 'Reduce memory use of the page cache', 9);
    const goVersion = pr(450, 'Introduce a build matrix for the release binaries', 11);
    const removal = pr(460, 'Remove the deprecated `--legacy` flag', 13);
    const ports = [pr(470, 'Add the release pipeline for Linux builds', 15), pr(471, 'Add the release pipeline for macOS builds', 16)];
    repo.commit({
      message: 'Release v1.8.0',
      author: MAINTAINER,
      files: {
        'CHANGELOG.md':
          '# Changelog\n\n### [v1.8.0][v1.8.0] (2026-07-20)\n\n#### Changes:\n\n- [added] Add `search.languages` setting ([#430])\n- [chore] Introduce Language struct ([#425])\n\n### Internal\n\n- Introduce a cache layout (#416)\n- Remove the deprecated `--legacy` flag (#460)\n- Add the release pipeline for Linux builds (#470)\n- Add the release pipeline for macOS builds (#471)\n\n### Refactors\n\n- ⚡️ Shrink the page cache (#440)\n\n### Project changes\n\n- Introduce a build matrix for the release binaries (#450)\n',
      },
      date: at(19),
    });
    const w = await work(repo);
    const scored = scoreWork(w, { threshold: 4 });
    const of = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
    assert.equal(of(settings).shipped?.version, '1.8.0');
    assert.ok(of(settings).notability.notable, JSON.stringify(of(settings).notability.signals));
    assert.equal(of(memory).shipped?.section, 'Refactors', 'performance work, by its ⚡️, is what users get wherever it is filed');
    for (const sha of [struct, rewrite, goVersion]) {
      const unit = of(sha);
      assert.equal(unit.shipped, undefined, 'no evidence that users got it');
      const filed = unit.notability.signals.find((s) => s.id === 'filed');
      assert.ok(filed && filed.weight < 0, JSON.stringify(unit.notability.signals));
      assert.ok(!unit.notability.notable, `${unit.unit.title}: ${JSON.stringify(unit.notability.signals)}`);
    }
    assert.equal(
      of(struct).notability.signals.find((s) => s.id === 'filed')?.reason,
      'The release notes file it under “chore” in 1.8.0 (CHANGELOG.md): not a change for users.',
    );
    // siblings the notes file apart are not made one offer
    assert.notEqual(of(ports[0]!).unit.key, of(ports[1]!).unit.key, 'siblings are merged only when each is notable as scored');
    assert.ok(
      ports.every((sha) => !of(sha).notability.notable),
      JSON.stringify(ports.map((sha) => of(sha).notability.signals)),
    );
    const dropped = of(removal).notability.signals.map((s) => s.id);
    assert.ok(
      dropped.includes('breaking') && !dropped.includes('filed') && !dropped.includes('unlisted'),
      `a break is felt wherever it is filed: ${dropped.join()}`,
    );
    const without = scoreWork(w, { threshold: 4, shippedEvidence: false });
    assert.ok(!without.some((s) => s.notability.signals.some((x) => x.id === 'filed')), 'without the notes, nothing counts against');
    assert.ok(without.find((s) => s.unit.commits.some((c) => c.sha === struct))!.notability.notable, 'by its words and size alone, it is offered');
  });

  it("shipped evidence: the item a change writes into the notes with its code is where it shipped, though the item cites an issue, not its pull request (loguru's); a write-up of many items or a changelog-only commit wrote no item of its own", async () => {
    const repo = make();
    const notes = (added: string, fixed: string): string => `# Changelog\n\n## Unreleased\n\n### Added\n\n${added}\n### Fixed\n\n${fixed}`;
    const fixes = [
      '- Fix the pager when the terminal is narrow (#871)\n',
      '- Fix colors lost when the output is piped to a file (#872)\n',
      '- Fix the spinner left behind after a cancelled run (#873)\n',
      '- Fix the width of wide characters in the status line (#874)\n',
      '- Fix the exit code of a run stopped by a signal (#875)\n',
    ];
    const context = '- Add a new `context` argument to `logger.add()` choosing how worker processes start (#851)\n';
    repo.commit({ message: 'Start the changelog', author: MAINTAINER, files: { 'CHANGELOG.md': notes('', ''), 'src/app.py': lines(10, 'app') }, date: at(1) });
    const own = repo.commit({
      message: 'Let handlers take a context option (#852)',
      files: { 'src/handler.py': lines(60, 'handler'), 'CHANGELOG.md': notes(context, '') },
      date: at(3),
    });
    // the changes of others, written up with a page of the docs in one commit: five items
    const writeUp = repo.commit({
      message: 'Write up the changes of the month (#860)',
      files: { 'docs/guide.md': lines(40, 'guide'), 'CHANGELOG.md': notes(context, fixes.join('')) },
      date: at(5),
    });
    const catchUp = repo.commit({
      message: 'Mention the config loader in the notes',
      files: { 'CHANGELOG.md': notes(`${context}- Add a loader that reads the configuration from TOML files (#880)\n`, fixes.join('')) },
      date: at(6),
    });
    repo.commit({
      message: 'Release 1.0',
      author: MAINTAINER,
      files: {
        'CHANGELOG.md': notes(`${context}- Add a loader that reads the configuration from TOML files (#880)\n`, fixes.join('')).replace(
          '## Unreleased',
          '## 1.0 (2026-07-08)',
        ),
      },
      date: at(8),
    });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const of = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
    assert.deepEqual(of(own).shipped, { version: '1.0', file: 'CHANGELOG.md', section: 'Added', ref: 'refs/heads/main' }, 'the item it wrote');
    assert.equal(of(writeUp).shipped, undefined, 'five items are a write-up of others’ work');
    assert.equal(of(catchUp).shipped, undefined, 'a commit of nothing but notes wrote of work done elsewhere');
  });

  it('shipped evidence: a commit of nothing but the notes, after its series of code, wrote the series\' item (gleam\'s "CHANGELOG", lru-cache\'s "changelog memo() method")', async () => {
    const repo = make();
    const notes = (items: string): string => `# Changelog\n\n## Unreleased\n\n### Formatter\n\n${items}`;
    const performance = '- Performance of the formatter has been improved.\n  ([Giacomo Cavalieri](https://github.com/giacomocavalieri))\n\n';
    const memo = '- add `memo()` method\n';
    repo.commit({ message: 'Start the changelog', author: MAINTAINER, files: { 'CHANGELOG.md': notes(''), 'src/app.rs': lines(10, 'app') }, date: at(1) });
    const arena = repo.commit({ message: 'switch to arena for pretty printer', files: { 'compiler-core/src/pretty.rs': lines(300, 'arena') }, date: at(3, 9) });
    repo.commit({ message: 'aggressive caching', files: { 'compiler-core/src/pretty.rs': lines(340, 'cache') }, date: at(3, 10) });
    repo.commit({ message: 'CHANGELOG', files: { 'CHANGELOG.md': notes(performance) }, date: at(3, 11) });
    // an item all of one short line of three words, written after the code of its series (lru-cache's "changelog memo() method")
    const memoized = repo.commit({ message: 'add cache.memo(), options.memoMethod', files: { 'src/memo.ts': lines(120, 'memo') }, date: at(4, 9) });
    repo.commit({ message: 'changelog memo() method', files: { 'CHANGELOG.md': notes(performance + memo) }, date: at(4, 10) });
    // not the docs of another's feature, then its item (lru-cache's "docs for onInsert", "changelog 11.1")
    const onInsert = '- Add the `onInsert` method\n';
    const docs = repo.commit({
      message: 'docs for onInsert',
      files: { 'README.md': lines(8, 'insert'), 'lib/index.ts': lines(1, 'insert') },
      date: at(6, 9),
    });
    repo.commit({ message: 'changelog 11.1', files: { 'CHANGELOG.md': notes(performance + memo + onInsert) }, date: at(6, 10) });
    repo.commit({
      message: 'Release 1.18.0',
      author: MAINTAINER,
      files: { 'CHANGELOG.md': notes(performance + memo + onInsert).replace('## Unreleased', '## v1.18.0 - 2026-07-29') },
      date: at(8),
    });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const of = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
    assert.equal(of(arena).shipped?.version, '1.18.0', JSON.stringify(of(arena).unit.commits.map((c) => c.subject)));
    assert.equal(of(memoized).shipped?.version, '1.18.0', JSON.stringify(of(memoized).unit.commits.map((c) => c.subject)));
    assert.deepEqual(
      of(docs).unit.commits.map((c) => c.subject),
      ['changelog 11.1', 'docs for onInsert'],
    );
    assert.equal(of(docs).shipped, undefined);
  });

  it("shipped evidence: a maintainer's \"changelog\" commit of a contributor's pull request, and his release script, are not his series' feature (clj-kondo)", async () => {
    const repo = make();
    const notes = (heading: string, items: string): string => `# Changelog\n\n## ${heading}\n\n${items}\n## 2026.05.25\n\n- Older fix\n`;
    const contributed =
      '- [#2848](https://github.com/clj-kondo/clj-kondo/pull/2848): allow calling sets and vectors with 2 arguments in ClojureScript, where the second argument is the not-found value ([@p-himik](https://github.com/p-himik))\n';
    repo.commit({
      message: 'Start the changelog',
      author: MAINTAINER,
      files: { 'CHANGELOG.md': notes('Unreleased', ''), 'src/clj_kondo/core.clj': lines(40, 'core') },
      date: at(1),
    });
    for (let i = 0; i < 6; i++)
      repo.commit({
        message: `Fix #${2800 + i}: a false positive (#${2810 + i})`,
        files: { [`src/clj_kondo/impl/l${i}.clj`]: lines(20 + i, `l${i}`) },
        date: at(2, 8 + i),
      });
    // the contributor's pull request, merged by the maintainer's button
    repo.commit({
      message: 'Allow calling sets and vectors with 2 args in CLJS (#2848)',
      author: MAINTAINER,
      files: { 'src/clj_kondo/impl/types.clj': lines(30, 'sets') },
      date: at(3, 9),
    });
    // his series after a release: the version bump, the release script (with the checklist at the top of the notes), and
    // the entry he writes the next day for the contributor's pull request
    repo.commit({
      message: 'Bump',
      files: { 'resources/CLJ_KONDO_VERSION': '2026.05.26-SNAPSHOT\n', 'project.clj': lines(12, 'project'), 'CHANGELOG.md': notes('Unreleased', '') },
      date: at(4, 9),
    });
    const script = repo.commit({
      message: 'Add release-everything script',
      files: {
        'script/release-everything.clj': lines(168, 'release'),
        'CHANGELOG.md': `<!-- - [ ] bb script/release-everything.clj -->\n${notes('Unreleased', '')}`,
      },
      date: at(4, 10),
    });
    repo.commit({
      message: 'changelog',
      files: { 'CHANGELOG.md': `<!-- - [ ] bb script/release-everything.clj -->\n${notes('Unreleased', contributed)}` },
      date: at(5, 11),
    });
    repo.commit({
      message: 'v2026.07.24',
      author: MAINTAINER,
      files: { 'CHANGELOG.md': `<!-- - [ ] bb script/release-everything.clj -->\n${notes('2026.07.24', contributed)}` },
      date: at(24),
    });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const mine = scored.find((s) => s.unit.commits.some((c) => c.sha === script))!;
    assert.equal(mine.unit.commits.length, 3, JSON.stringify(scored.map((s) => [s.unit.commits.map((c) => c.subject), s.shipped])));
    assert.equal(mine.shipped, undefined, JSON.stringify(mine.shipped));
    assert.ok(!mine.notability.signals.some((s) => s.id === 'feature'), JSON.stringify(mine.notability.signals));
    assert.ok(!mine.notability.notable, JSON.stringify(mine.notability.signals));
  });

  it("shipped evidence: a maintainer's entries for others' work, written or moved among his clean-ups (jackson-databind's \"Update release notes for #4788\"), are not his work's", async () => {
    const repo = make();
    const notes = (heading: string, items: string[]): string =>
      `Project: jackson-databind\n\n------------------------------------------------------------------------\n\n${heading}\n\n${items.join('')}\n2.18.1 (28-Oct-2024)\n\n#4700: Older fix\n`;
    const e4733 = '#4733: Wrong serialization of Type Ids for certain types of Enum values\n (reported by @nlisker)\n';
    const e4783 = '#4783 Possibly wrong behavior of @JsonMerge\n (reported by @nlisker)\n (fix by Joo-Hyuk K)\n';
    const e4788 = '#4788: `EnumFeature.WRITE_ENUMS_TO_LOWERCASE` overrides `@JsonProperty` values\n (reported by Mike M)\n (fix by Joo-Hyuk K)\n';
    const unreleased = '2.18.2 (not yet released)';
    const path = 'release-notes/VERSION-2.x';
    const code = 'src/main/java/com/fasterxml/jackson/databind/util/EnumValues.java';
    repo.commit({
      message: 'Fix #4783, #4788 (#4801)',
      author: MAINTAINER,
      files: { [path]: notes(unreleased, [e4733, e4783]), [code]: lines(60, 'enum') },
      date: at(2),
    });
    // his clean-ups, the entry he writes for the contributor's #4788 (and a line of code), and the entry he moves
    const cleanup = repo.commit({ message: 'Warnings clean up', files: { [code]: lines(60, 'enum').replace('enum 3', 'enum three') }, date: at(3, 9) });
    repo.commit({
      message: 'Update release notes for #4788',
      files: { [path]: notes(unreleased, [e4733, e4783, e4788]), [code]: lines(60, 'enum').replace('enum 3', 'enum three').replace('enum 7', '') },
      date: at(3, 10),
    });
    repo.commit({ message: '...', files: { [path]: notes(unreleased, [e4733, e4788, e4783]) }, date: at(3, 11) });
    repo.commit({
      message: 'Prepare 2.18.2 release',
      author: MAINTAINER,
      files: { [path]: notes('2.18.2 (27-Jul-2026)', [e4733, e4788, e4783]) },
      date: at(27),
    });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const mine = scored.find((s) => s.unit.commits.some((c) => c.sha === cleanup))!;
    assert.equal(mine.unit.commits.length, 3, JSON.stringify(mine.unit.commits.map((c) => c.subject)));
    assert.equal(mine.shipped, undefined, JSON.stringify(mine.shipped));
    assert.ok(!mine.notability.signals.some((s) => s.id === 'changelog'), JSON.stringify(mine.notability.signals));
  });

  it("shipped evidence: the one release whose items name a module a pull request created, in the months of the work it shipped (phoenix_live_view's ColocatedCSS)", async () => {
    const repo = make();
    repo.commit({
      message: 'Start the changelog',
      author: MAINTAINER,
      files: { 'CHANGELOG.md': '# Changelog\n', 'lib/live.ex': lines(10, 'live') },
      date: at(1),
    });
    const colocated = repo.commit({
      message: 'ColocatedAssets (+ ColocatedCSS) (#4138)',
      files: {
        'lib/phoenix_live_view/colocated_assets.ex': lines(270, 'assets'),
        'lib/phoenix_live_view/colocated_css.ex': lines(320, 'css'),
        'lib/phoenix_live_view/colocated_js.ex': lines(40, 'js'),
      },
      date: at(3),
    });
    const formatters = repo.commit({
      message: 'Add custom tag formatters (#4140)',
      files: { 'lib/phoenix_live_view/html_formatter.ex': lines(200, 'fmt') },
      date: at(4),
    });
    // a change to the module, not its creation, is not what the item tells
    const scoping = repo.commit({
      message: 'Scope the rules of a component (#4150)',
      files: { 'lib/phoenix_live_view/colocated_css.ex': lines(330, 'scope') },
      date: at(5),
    });
    const notes = [
      '# Changelog',
      '## v1.2.0-rc.0 (2026-07-08)',
      '### Enhancements',
      '* Add `Phoenix.LiveView.ColocatedCSS`',
      '* Deprecate the `:colocated_js` configuration in favor of `:colocated_assets`',
      '* HTMLFormatter: Add `TagFormatter` behaviour for formatting `<style>` and `<script>` tags ([#4140](https://github.com/phoenixframework/phoenix_live_view/pull/4140))',
      '',
    ].join('\n\n');
    repo.commit({ message: 'Release v1.2.0-rc.0', author: MAINTAINER, files: { 'CHANGELOG.md': notes }, date: at(8) });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const of = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
    assert.equal(of(formatters).shipped?.version, '1.2.0-rc.0');
    assert.deepEqual(of(colocated).shipped && { version: of(colocated).shipped!.version, section: of(colocated).shipped!.section }, {
      version: '1.2.0-rc.0',
      section: 'Enhancements',
    });
    assert.equal(of(scoping).shipped, undefined);
  });

  it("shipped evidence: an item that holds one of a pull request's commit subjects, its title being its branch's name (pgx's), is where it shipped", async () => {
    const repo = make();
    repo.commit({ message: 'Start', files: { 'src/app.go': lines(10, 'app') }, date: at(1) });
    repo.git('checkout', '-q', '-b', 'prepare-fail', 'main');
    const hook = repo.commit({ message: 'Add a hook after the network connection', files: { 'pgconn/hook.go': lines(40, 'hook') }, date: at(3, 9) });
    repo.commit({
      message: 'Handle preparing statements that fail during the Describe phase',
      files: { 'pgconn/prepare.go': lines(60, 'prep') },
      date: at(3, 10),
    });
    repo.git('checkout', '-q', 'main');
    mergeNoFf(repo, 'prepare-fail', 'Merge pull request #2418 from me/prepare-fail\n\nPrepare handles describe failure', at(3, 12));
    repo.commit({
      message: 'Release 5.7.7',
      author: MAINTAINER,
      files: {
        'CHANGELOG.md': '# 5.7.7 (July 8, 2026)\n\n* Fix: Handle preparing statements that fail during the Describe phase\n* Fix: Wrap errors of the pool\n',
      },
      date: at(8),
    });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const pr = scored.find((s) => s.unit.commits.some((c) => c.sha === hook))!;
    assert.equal(pr.unit.pullRequest, 2418);
    assert.equal(pr.shipped?.version, '5.7.7', JSON.stringify(pr.unit.commits.map((c) => c.subject)));
  });

  it('shipped evidence: pull requests one release-notes item cites are one piece of work, offered once with every PR and commit, and logged once', async () => {
    const repo = make();
    const decoder = repo.commit({ message: 'Detect corrupt offsets sooner in the decoder (#41)', files: { 'src/decode.c': lines(90, 'decode') }, date: at(2) });
    const bitstream = repo.commit({ message: 'Stop the bitstream after an overflow (#47)', files: { 'src/bitstream.c': lines(70, 'bits') }, date: at(20) });
    const other = repo.commit({ message: 'Add a --level option to compress (#44)', files: { 'src/level.c': lines(80, 'level') }, date: at(12) });
    // (two months apart)
    const ci = [50, 51].map((n, i) =>
      repo.commit({ message: `Speed up the CI matrix, part ${i + 1} (#${n})`, files: { [`src/matrix${i}.c`]: lines(60, `m${i}`) }, date: at(3 + 60 * i) }),
    );
    // (a month's work: ocamlformat's "Support OCaml 5.5 syntax (#2772, #2774, …)", eight pull requests)
    const syntax = [60, 61].map((n, i) =>
      repo.commit({
        message: `5.5 support: ${i ? 'Modular explicits' : 'Backport parser code changes'} (#${n})`,
        files: { [`src/syntax${i}.c`]: lines(80, `s${i}`) },
        date: at(30 + 5 * i),
      }),
    );
    repo.commit({
      message: 'Update CHANGELOG for 1.4.0',
      author: MAINTAINER,
      files: {
        'packages/tool/CHANGELOG.md':
          '# Changelog\n\n## 1.4.0\n\n- Decoder: fix corner cases of corrupt input (#41, #47)\n- Add `--level` (#44)\n- Faster test runs and CI (#50, #51, #52, #53, #54)\n' +
          '- Support the 5.5 syntax (#60, #61, #62, #63, #64)\n',
        // changesets' line in a dependent package's notes, before the package's own in file order: no evidence, no item
        'packages/bindings/CHANGELOG.md': `# bindings\n\n## 2.0.1\n\n### Patch Changes\n\n- Updated dependencies [\`${decoder.slice(0, 7)}\`, \`${other.slice(0, 7)}\`]\n`,
      },
      date: at(70),
    });
    const w = await work(repo);
    const of = (sha: string) => scoreWork(w, { threshold: 4 }).filter((s) => s.unit.commits.some((c) => c.sha === sha));
    const [both] = of(decoder);
    assert.ok(both, 'a unit holds the decoder fix');
    assert.deepEqual(of(bitstream), [both], 'one unit holds both pull requests');
    assert.deepEqual(
      both.unit.commits.map((c) => c.sha),
      [bitstream, decoder],
      'every commit, newest first',
    );
    assert.equal(both.unit.title, 'Detect corrupt offsets sooner in the decoder (#41)', "named by the part that says most of the item's words");
    assert.deepEqual(unitPullRequests(both.unit), [41, 47]);
    assert.equal(both.shipped?.version, '1.4.0');
    assert.ok(
      both.notability.signals.some((s) => s.reason === 'Landed through pull requests #41, #47, which one release-notes item names together.'),
      JSON.stringify(both.notability.signals),
    );
    assert.equal(both.shipped?.file, 'packages/tool/CHANGELOG.md');
    assert.equal(of(other)[0]?.unit.parts, undefined, 'an item citing one pull request is that pull request alone');
    assert.notEqual(of(ci[0]!)[0]?.unit.key, of(ci[1]!)[0]?.unit.key, 'an item citing five, months apart, sums up many pieces of work: each stays its own');
    assert.equal(of(syntax[0]!)[0]?.unit.key, of(syntax[1]!)[0]?.unit.key, 'an item citing five of one month is one piece of work');
    assert.equal(of(ci[0]!)[0]?.shipped?.version, '1.4.0');
    // without the notes, each pull request is its own piece of work
    const apart = scoreWork(w, { threshold: 4, shippedEvidence: false });
    assert.notEqual(
      apart.find((s) => s.unit.commits.some((c) => c.sha === decoder)),
      apart.find((s) => s.unit.commits.some((c) => c.sha === bitstream)),
    );

    const offered = unitCandidates([w], emptyJournal(), 0).filter((c) => c.unit.commits.some((x) => x.sha === decoder || x.sha === bitstream));
    assert.equal(offered.length, 1, 'offered once');
    const candidate = offered[0]!;
    assert.deepEqual(
      candidate.sources.map((s) => (s.type === 'pullRequest' ? `#${s.number} ${s.title}` : s.type === 'commit' ? s.sha : s.type)),
      ['#41 Detect corrupt offsets sooner in the decoder (#41)', '#47 Stop the bitstream after an overflow (#47)', decoder, bitstream],
    );
    // logged, neither pull request nor commit is offered again
    const stamp = '2026-08-01T00:00:00.000Z';
    const entry = {
      id: '7d3c1c3e-7a0a-4c1e-9d57-2f4a3b7d9e11',
      kind: 'impact' as const,
      title: 't',
      body: '',
      competencies: [],
      occurredAt: '2026-07-20',
      createdAt: stamp,
      updatedAt: stamp,
      tags: [],
    };
    const logged: JournalFile = { ...emptyJournal(), entries: [{ ...entry, sources: [...candidate.sources] }] };
    assert.ok(!unitCandidates([w], logged, 0).some((c) => c.unit.commits.some((x) => x.sha === decoder || x.sha === bitstream)));
    // and a pull request of it logged on its own (from the provider's activity) stands for it all
    const onePr: JournalFile = { ...emptyJournal(), entries: [{ ...entry, sources: [candidate.sources[1]!] }] };
    assert.ok(!unitCandidates([w], onePr, 0).some((c) => c.unit.commits.some((x) => x.sha === decoder || x.sha === bitstream)));
  });

  it("shipped evidence: work listed in the notes of a release not out yet (elixir's `## v1.21.0-dev`) is said to be listed for it, not shipped in it", async () => {
    const repo = make();
    const eex = repo.commit({
      message: 'Support split EEx clause middle expressions (#41)',
      files: { 'lib/eex/lib/eex/compiler.ex': lines(40, 'eex') },
      date: at(2),
    });
    repo.commit({
      message: 'Update CHANGELOG',
      author: MAINTAINER,
      files: {
        'CHANGELOG.md':
          '# Changelog for Elixir v1.21\n\n## v1.21.0-dev\n\n### 1. Enhancements\n\n  * [EEx] Support splitting middle expressions across EEx clauses (#41)\n',
      },
      date: at(3),
    });
    const w = await work(repo);
    const scored = scoreWork(w, { threshold: 4 }).find((s) => s.unit.commits.some((c) => c.sha === eex))!;
    assert.deepEqual(scored.shipped, { version: '1.21.0-dev', file: 'CHANGELOG.md', section: '1. Enhancements', upcoming: true, ref: 'refs/heads/main' });
    const reasons = scored.notability.signals.map((s) => s.reason);
    assert.ok(reasons.includes('Listed for the coming release 1.21.0-dev (CHANGELOG.md), not out yet.'), reasons.join('\n'));
    assert.ok(!reasons.some((r) => r.startsWith('Shipped in')));
    const offered = unitCandidates([w], emptyJournal(), 0).find((c) => c.type === 'unit' && c.unit.commits.some((x) => x.sha === eex));
    assert.ok(offered?.type === 'unit');
    assert.equal(shippedLink(offered)?.title, 'Listed for the coming release 1.21.0-dev (CHANGELOG.md)');
  });

  it("shipped evidence: the line a pull request adds under Keep a Changelog's `## [Unreleased]` lists it for the coming release, said so in its reasons and its evidence link", async () => {
    const repo = make();
    const notes = (added: string): string =>
      `# Changelog\n\n## [Unreleased]\n\n### Added\n\n${added}\n## [1.2.0] - 2026-05-01\n\n### Fixed\n\n- Keep the journal when the disk is full (#8)\n`;
    repo.commit({ message: 'Release 1.2.0', author: MAINTAINER, files: { 'CHANGELOG.md': notes(''), 'src/app.ts': lines(20, 'app') }, date: at(1) });
    const exporter = repo.commit({
      message: 'Export a quarter to Markdown (#12)',
      files: { 'src/export.ts': lines(120, 'export'), 'CHANGELOG.md': notes('- Export a quarter’s entries to Markdown, grouped by competency (#12)\n') },
      date: at(3),
    });
    const w = await work(repo);
    const scored = scoreWork(w, { threshold: 4 }).find((s) => s.unit.commits.some((c) => c.sha === exporter))!;
    assert.deepEqual(scored.shipped, { version: 'Unreleased', file: 'CHANGELOG.md', section: 'Added', upcoming: true, ref: 'refs/heads/main' });
    const reasons = scored.notability.signals.map((s) => s.reason);
    assert.ok(reasons.includes('Listed under “Unreleased” in CHANGELOG.md, for the coming release.'), reasons.join('\n'));
    const offered = unitCandidates([w], emptyJournal(), 0).find((c) => c.type === 'unit' && c.unit.commits.some((x) => x.sha === exporter));
    assert.ok(offered?.type === 'unit');
    assert.equal(shippedLink(offered)?.title, 'Listed under “Unreleased” (CHANGELOG.md)');
  });

  it('a squash-merged release ("Version 1.1.0 (#11)") is release upkeep: its version file is bookkeeping and it is not offered', async () => {
    const repo = make();
    const notes = (...versions: string[]): string => `# Changelog\n\n${versions.map((v) => `## ${v}\n\n- work of ${v}\n`).join('\n')}`;
    const release = (version: string, subject: string, day: number): string =>
      repo.commit({
        message: subject,
        files: { 'src/tool/__version__.py': `__version__ = "${version}"\n`, 'CHANGELOG.md': notes(version, '1.0.0') },
        date: at(day),
      });
    const retries = repo.commit({ message: 'Add retries (#10)', files: { 'src/tool/retry.py': lines(150, 'retry') }, date: at(3) });
    const first = release('1.1.0', 'Version 1.1.0 (#11)', 4);
    repo.commit({ message: 'Add paging (#12)', files: { 'src/tool/page.py': lines(150, 'page') }, date: at(6) });
    const second = release('1.2.0', 'Version 1.2.0. (#13)', 7);
    const scored = scoreWork(await work(repo), { threshold: 4 });
    for (const sha of [first, second]) {
      const unit = scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
      assert.ok(!unit.notability.notable, JSON.stringify(unit.notability.signals));
      assert.ok(
        unit.notability.signals.some((x) => x.id === 'bookkeeping'),
        `only release bookkeeping: ${JSON.stringify(unit.notability.signals)}`,
      );
      assert.ok(!unit.notability.signals.some((x) => x.id === 'changelog'), 'a release writing its notes is not its author writing work into them');
    }
    assert.ok(scored.find((s) => s.unit.commits.some((c) => c.sha === retries))!.notability.notable, 'the work it released is offered');
  });

  it("a release commit pushed directly that carries last touches to the code (broot's \"version 1.52.0\") is the release, not a piece of work (a release's pull request may be); nor is work on the maintainers' build scripts (`build-scripts/`)", async () => {
    const repo = make();
    const app = (variant: string): string => lines(40, variant);
    repo.commit({ message: 'Start', files: { 'src/app/app.rs': app('start'), 'Cargo.toml': 'version = "1.51.0"\n' }, date: at(1) });
    const watch = repo.commit({
      message: 'Watch the tree for changes',
      files: { 'src/watch.rs': lines(200, 'watch'), 'src/app/app.rs': app('watch') },
      date: at(3),
    });
    const version = repo.commit({
      message: 'version 1.52.0',
      files: {
        'Cargo.toml': 'version = "1.52.0"\n',
        'CHANGELOG.md': '### v1.52.0\n- watch the tree\n',
        'src/app/app.rs': app('touched'),
        'src/errors.rs': lines(30, 'err'),
      },
      date: at(6),
    });
    repo.git('tag', 'v1.52.0');
    const deploy = repo.commit({
      message: 'Add deploy.sh (was previously gitignored)',
      files: { 'build-scripts/deploy.sh': lines(30, 'deploy'), 'build-scripts/_common.sh': lines(20, 'common'), 'build-scripts/README.md': 'How to deploy.\n' },
      date: at(12),
    });
    // a release's pull request, which others review with what it carries (black's, making the preview style stable)
    const stable = repo.commit({
      message: 'Prepare 1.53.0 release (#20)',
      files: { 'Cargo.toml': 'version = "1.53.0"\n', 'src/mode.rs': lines(60, 'stable') },
      date: at(16),
    });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const of = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
    assert.deepEqual(
      of(version).unit.commits.map((c) => c.sha),
      [version],
    );
    assert.equal(of(stable).unit.kind, 'pullRequest');
    assert.ok(!of(stable).notability.signals.some((x) => x.id === 'releaseCommit'), JSON.stringify(of(stable).notability.signals));
    assert.ok(!of(version).notability.notable, JSON.stringify(of(version).notability.signals));
    assert.ok(
      of(version).notability.signals.some((x) => x.id === 'releaseCommit' && x.weight < 0 && x.reason.includes('“version 1.52.0”')),
      JSON.stringify(of(version).notability.signals),
    );
    assert.ok(!of(deploy).notability.notable, JSON.stringify(of(deploy).notability.signals));
    assert.ok(!of(deploy).notability.signals.some((x) => x.weight > 0 && x.id !== 'docs'), JSON.stringify(of(deploy).notability.signals));
    assert.ok(of(watch).notability.notable, 'the work it released is offered');
    // Mojolicious' releases: "Release preparations" (the version beside last touches), "Update Changes" tagged as the release
    const preparations = repo.commit({
      message: 'Release preparations',
      files: {
        'src/version.rs': 'pub const VERSION: &str = "1.54.0";\n',
        'CHANGELOG.md': '### v1.54.0\n- modes\n',
        'src/errors.rs': lines(36, 'err2'),
        'src/mode.rs': lines(70, 'stable'),
      },
      date: at(20),
    });
    repo.git('tag', 'v1.54.0');
    const changes = repo.commit({
      message: 'Update Changes',
      files: {
        'src/version.rs': 'pub const VERSION: &str = "1.55.0";\n',
        'src/templates/debug.html': '<footer>Waffle</footer>\n',
        'CHANGELOG.md': '### v1.55.0 (2026-07-24)\n- modes\n',
      },
      date: at(24),
    });
    repo.git('tag', 'v1.55.0');
    // GNOME's script gathering `news.d/` into NEWS, tagged as the release (loupe's "NEWS: Generate")
    const news = repo.commit({
      message: 'NEWS: Generate',
      files: { NEWS: '## 1.56.0\n\n- modes\n', 'src/templates/debug.html': '<footer>Waffles</footer>\n' },
      date: at(26),
    });
    repo.git('tag', 'v1.56.0');
    const rescored = scoreWork(await work(repo), { threshold: 4 });
    for (const sha of [preparations, changes, news]) {
      const release = rescored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
      assert.ok(!release.notability.signals.some((x) => x.id === 'release' || x.weight >= 2), JSON.stringify(release.notability.signals));
      assert.ok(!release.notability.notable);
    }
  });

  it("a contributor's pull request the user finished and merged is credited with the user's own commits, not the contributor's code or notes entry", async () => {
    const repo = make();
    const contributor: Author = { name: 'Gal Contributor', email: 'gal@example.com' };
    // the user's own pull request, merged with a merge commit: its whole change is theirs
    repo.git('checkout', '-q', '-b', 'own', 'main');
    const own = repo.commit({ message: 'Add paging', files: { 'src/page.c': lines(200, 'page'), 'changelog/20.feature.rst': 'Paging.\n' }, date: at(3) });
    repo.git('checkout', '-q', 'main');
    mergeNoFf(repo, 'own', 'Merge pull request #20 from me/paging', at(3, 12));
    // someone else's: their feature and its notes entry; the user fixes one thing in it and merges it
    repo.git('checkout', '-q', '-b', 'theirs', 'main');
    repo.commit({
      message: 'Require unique parameter ids',
      author: contributor,
      files: { 'src/params.c': lines(300, 'params'), 'src/ids.c': lines(200, 'ids'), 'changelog/21.feature.rst': 'Unique ids.\n' },
      date: at(4),
    });
    const fixup = repo.commit({ message: 'testing: fix the ids in two tests', files: { 'src/params.c': `${lines(300, 'params')}x\n` }, date: at(5) });
    repo.git('checkout', '-q', 'main');
    mergeNoFf(repo, 'theirs', 'Merge pull request #21 from gal/unique-ids', at(5, 12));
    repo.commit({
      message: 'Release 2.4.0',
      author: MAINTAINER,
      files: { 'CHANGES.md': '# Change log\n\n## Version 2.4.0\n\n### Features\n\n- Paging for long lists (#20)\n- Parameter ids must be unique (#21)\n' },
      date: at(6),
    });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const of = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
    const ids = (sha: string) => of(sha).notability.signals.map((x) => x.id);
    assert.equal(of(own).unit.pullRequest, 20);
    assert.ok(ids(own).includes('changelog') && ids(own).includes('size'), JSON.stringify(of(own).notability.signals));
    assert.equal(of(fixup).unit.pullRequest, 21);
    assert.ok(!ids(fixup).includes('changelog'), `the contributor's notes entry: ${JSON.stringify(of(fixup).notability.signals)}`);
    assert.ok(!ids(fixup).includes('size') && !of(fixup).notability.notable, JSON.stringify(of(fixup).notability.signals));
    // both shipped; the contributor's notes item tells of the contributor's work, so it counts only for the user's own
    // (git-lfs: a maintainer's tests and touch-ups in others' pull requests, listed under their authors' names)
    assert.ok(ids(own).includes('shipped'), ids(own).join());
    assert.equal(of(fixup).shipped?.version, '2.4.0');
    assert.ok(!ids(fixup).includes('shipped'), ids(fixup).join());
  });

  it('in a pull request someone else wrote part of, the merge’s branch name does not say what the user did (tqdm’s #1751)', async () => {
    const repo = make();
    const contributor: Author = { name: 'Juan Contributor', email: 'juan@example.com' };
    repo.git('checkout', '-q', '-b', 'fix-atexit-monitor-deadlock', 'main');
    repo.commit({
      message: 'Fix TMonitor deadlock at interpreter shutdown',
      author: contributor,
      files: { 'src/monitor.c': lines(60, 'monitor'), 'tests/test_sync.c': lines(40, 'sync') },
      date: at(4),
    });
    const docstrings = repo.commit({ message: 'minor docstring updates', files: { 'src/monitor.c': `${lines(60, 'monitor')}/* doc */\n` }, date: at(5) });
    repo.git('checkout', '-q', 'main');
    mergeNoFf(repo, 'fix-atexit-monitor-deadlock', 'Merge pull request #1751 from jaltmayerpizzorno/fix-atexit-monitor-deadlock', at(5, 12));
    const scored = scoreWork(await work(repo), { threshold: 4 }).find((s) => s.unit.commits.some((c) => c.sha === docstrings))!;
    assert.equal(scored.unit.pullRequest, 1751);
    assert.equal(scored.unit.title, 'minor docstring updates');
    const signals = scored.notability.signals.map((x) => x.id);
    assert.ok(!signals.includes('fix'), JSON.stringify(scored.notability.signals));
  });

  it("shipped evidence by a code name: the item of a release the work of the unit's months shipped in, not one of a release long before", async () => {
    const repo = make();
    repo.commit({ message: 'Wrap long lines (#21)', files: { 'src/wrap.c': lines(30, 'wrap') }, date: at(3) });
    const curl = repo.commit({
      message: "Make Request.toCurl work like a browser's copy as curl (#22)",
      files: { 'src/curl.c': lines(30, 'curl') },
      date: at(4),
    });
    const peek = repo.commit({ message: 'New Response.peekTrailers() API (#23)', files: { 'src/trailers.c': lines(30, 'trailers') }, date: at(5) });
    repo.commit({
      message: 'Release 2.4.0',
      author: MAINTAINER,
      files: {
        'CHANGES.md':
          '# Change log\n\n## Version 2.4.0\n\n### Features\n\n- Wrap the lines that are too long (#21)\n' +
          '- New: `Response.peekTrailers()` lets callers peek at the trailers. This new API restores what 2.0 took away.\n\n' +
          '## Version 1.0.0\n\n### Features\n\n- New: `Request.toCurl()` returns a curl command to paste.\n',
      },
      date: at(7),
    });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const of = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
    assert.deepEqual(of(peek).shipped, { version: '2.4.0', file: 'CHANGES.md', section: 'Features', ref: 'refs/heads/main' });
    assert.equal(of(curl).shipped, undefined, '1.0.0 shipped no work of these months');
  });

  it("shipped evidence from towncrier notes (pytest): versions titled by the project's name, items found by the issue a fragment is named by", async () => {
    const repo = make();
    // the pull request's number (#13801) is not the issue the notes cite (#13743): its fragment is named by the issue
    const toml = repo.commit({
      message: 'Merge in native TOML support (#13801)',
      files: { 'src/_pytest/config/toml.py': lines(60, 'toml'), 'changelog/13743.feature.rst': 'Added support for native TOML configuration files.\n' },
      date: at(3),
    });
    const other = repo.commit({ message: 'Tidy the argument parser (#13802)', files: { 'src/_pytest/config/argparsing.py': lines(60, 'args') }, date: at(4) });
    const faster = repo.commit({
      message: 'Improve performance of option lookup (#13803)',
      files: { 'src/_pytest/config/lookup.py': lines(60, 'l') },
      date: at(4, 11),
    });
    const typed = repo.commit({ message: 'Annotate the option lookup (#13804)', files: { 'src/_pytest/config/lookup.py': lines(60, 't') }, date: at(4, 12) });
    repo.commit({
      message: 'Prepare release version 9.0.0',
      author: MAINTAINER,
      files: {
        'doc/en/changelog.rst':
          `Changelog\n=========\n\npytest 9.0.0 (${at(5).slice(0, 10)})\n=========================\n\nNew features\n------------\n\n` +
          '- `#13743 <https://github.com/pytest-dev/pytest/issues/13743>`_: Configuration files may be written in ``[tool.pytest]``.\n\n' +
          // yarl files its speed-ups under "Miscellaneous internal changes": performance work is what users get all the same
          'Miscellaneous internal changes\n------------------------------\n\n- `#13803 <https://github.com/pytest-dev/pytest/issues/13803>`_: Improved performance of looking options up.\n' +
          '- `#13804 <https://github.com/pytest-dev/pytest/issues/13804>`_: Improved accuracy of type annotations.\n\n' +
          `pytest 8.4.2 (${at(4).slice(0, 10)})\n=========================\n\n` +
          'Bug fixes\n---------\n\n- `#13802 <https://github.com/pytest-dev/pytest/issues/13802>`_: An old fix.\n',
      },
      date: at(5),
    });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const of = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
    assert.deepEqual(of(toml).shipped, { version: '9.0.0', file: 'doc/en/changelog.rst', section: 'New features', ref: 'refs/heads/main' });
    assert.equal(of(other).shipped?.version, '8.4.2', 'the version of the heading above it, by its number');
    assert.equal(of(faster).shipped?.section, 'Miscellaneous internal changes');
    assert.equal(of(typed).shipped, undefined, 'internal work is not what users get');
  });

  it("shipped evidence from meson's notes: a release-note snippet written with the change, gathered into one file per release", async () => {
    const repo = make();
    const snippet = "## Rust linker arguments\n\nThe `link_args` of Rust targets are now passed to rustc.\n\nThey come before the target's own.\n";
    const rust = repo.commit({
      message: 'rust: support linker arguments',
      files: { 'mesonbuild/backend/rust.py': lines(60, 'rust'), 'docs/markdown/snippets/rust_link_arguments.md': snippet },
      date: at(3),
    });
    // the release gathers the snippets into its notes, with older releases' notes beside them (more than are read)
    repo.git('rm', '-q', 'docs/markdown/snippets/rust_link_arguments.md');
    const older = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [`docs/markdown/Release-notes-for-0.${20 + i}.0.md`, `# New features\n\n## Old feature ${i}\n\nIt was new.\n`]),
    );
    repo.commit({
      message: 'Release 1.11.0',
      author: MAINTAINER,
      files: {
        ...older,
        'docs/markdown/Release-notes-for-1.11.0.md': `---\ntitle: Release 1.11.0\nshort-description: Release notes for 1.11.0\n...\n\n# New features\n\nMeson 1.11.0 was released on ${at(5).slice(0, 10)}\n\n${snippet}\n## Cargo workspace object\n\nMeson is now able to parse the toplevel \`Cargo.toml\`.\n`,
      },
      date: at(5),
    });
    repo.git('tag', '1.11.0');
    const range = repo.commit({ message: 'utils: add Range class', files: { 'mesonbuild/utils/range.py': lines(60, 'range') }, date: at(9) });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const of = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
    assert.deepEqual(of(rust).shipped, {
      version: 'v1.11.0',
      file: 'docs/markdown/Release-notes-for-1.11.0.md',
      section: 'New features',
      ref: 'refs/heads/main',
    });
    assert.equal(of(range).shipped, undefined);
    // the snippet is its author's entry in the notes, not documentation work
    assert.ok(!of(rust).notability.signals.some((s) => s.id === 'docs'), JSON.stringify(of(rust).notability.signals));
  });

  it("shipped evidence from Nix's notes: a folder of many per-version files named with words before the version (`rl-2.34.md`), read newest first", async () => {
    const repo = make();
    const ttl = repo.commit({
      message: 'Add setting narinfo-cache-meta-ttl (#15012)',
      files: { 'src/libstore/binary-cache.cc': lines(60, 'ttl') },
      date: at(3),
    });
    const older = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [`doc/manual/source/release-notes/rl-1.${i}.md`, `# Release 1.${i}.0 (2020-01-01)\n\n- Old change ${i}\n`]),
    );
    repo.commit({
      message: 'Release notes for 2.34',
      author: MAINTAINER,
      files: {
        ...older,
        'doc/manual/source/release-notes/rl-2.34.md': `# Release 2.34.0 (${at(5).slice(0, 10)})\n\n## New features\n\n- New setting \`narinfo-cache-meta-ttl\` [#15012](https://github.com/NixOS/nix/pull/15012)\n`,
      },
      date: at(5),
    });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const shipped = scored.find((s) => s.unit.commits.some((c) => c.sha === ttl))!.shipped;
    assert.deepEqual(shipped, { version: '2.34.0', file: 'doc/manual/source/release-notes/rl-2.34.md', section: 'New features', ref: 'refs/heads/main' });
  });

  it("CMake's topics: `Merge topic 'x'` listing the topic's commits is a topic named by its work, and the fragment it writes in `Help/release/dev/` finds its release", async () => {
    const repo = make();
    repo.git('checkout', '-q', '-b', 'preset-file-dir', 'main');
    const prepare = repo.commit({
      message: 'cmCMakePresetsGraph: Factor out macro expansion',
      files: { 'Source/cmCMakePresetsGraph.cxx': lines(40, 'graph') },
      date: at(3, 9),
    });
    const evaluate = repo.commit({
      message: 'presets: Support the `fileDir` macro\n\nExpand it to the directory of the file that holds it.',
      files: {
        'Source/cmCMakePresetsGraphReadJSON.cxx': lines(160, 'read'),
        'Tests/RunCMake/CMakePresets/FileDir.json': lines(30, 'test'),
        'Help/release/dev/preset-file-dir.rst':
          'preset-file-dir\n---------------\n\n* :manual:`cmake-presets(7)` now expand the ``${fileDir}`` macro to the directory of the\n  presets file containing the macro, regardless of whether it is inherited.\n',
      },
      date: at(3, 10),
    });
    repo.git('checkout', '-q', 'main');
    const robot = {
      GIT_AUTHOR_NAME: MAINTAINER.name,
      GIT_AUTHOR_EMAIL: MAINTAINER.email,
      GIT_AUTHOR_DATE: at(4),
      GIT_COMMITTER_NAME: MAINTAINER.name,
      GIT_COMMITTER_EMAIL: MAINTAINER.email,
      GIT_COMMITTER_DATE: at(4),
    };
    const listed = [evaluate, prepare].map(
      (sha, i) => `${sha.slice(0, 10)} ${i === 0 ? 'presets: Support the `fileDir` macro' : 'cmCMakePresetsGraph: Factor out macro expansion'}`,
    );
    repo.gitWith(
      robot,
      'merge',
      '-q',
      '--no-ff',
      '-m',
      `Merge topic 'preset-file-dir'\n\n${listed.join('\n')}\n\nAcked-by: Kitware Robot <kwrobot@kitware.com>\nMerge-request: !11697\n`,
      'preset-file-dir',
    );
    repo.commit({
      message: 'CMake 4.4.0',
      author: MAINTAINER,
      files: {
        'Help/release/4.4.rst':
          'CMake 4.4 Release Notes\n***********************\n\nNew Features\n============\n\nPresets\n-------\n\n* :manual:`cmake-presets(7)` now expand the ``${fileDir}`` macro to the directory of the\n  presets file containing the macro, regardless of whether it is inherited.\n',
      },
      date: at(6),
    });
    repo.git('rm', '-q', 'Help/release/dev/preset-file-dir.rst');
    repo.git('commit', '-q', '-m', 'Help: Consolidate 4.4 release notes');
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const unit = scored.find((s) => s.unit.commits.some((c) => c.sha === evaluate))!;
    assert.equal(unit.unit.kind, 'topic');
    assert.equal(unit.unit.topic, 'preset-file-dir');
    assert.deepEqual(unit.unit.commits.map((c) => c.sha).sort(), [prepare, evaluate].sort());
    // named by its biggest commit, not by the merge's list of commits
    assert.equal(unit.unit.title, 'presets: Support the `fileDir` macro');
    // and the list is not the topic's description, which would have said what the topic is: its commits' words say it
    assert.ok(
      unit.notability.signals.some((s) => s.id === 'feature' && !/as its merge describes it/.test(s.reason)),
      JSON.stringify(unit.notability.signals),
    );
    assert.equal(unit.shipped?.version, 'v4.4');
    assert.equal(unit.shipped?.file, 'Help/release/4.4.rst');
  });

  it("NumPy's ways: `ENH:`/`BUG:`/`MAINT:` labels are its conventional types, its `upcoming_changes/` fragments and per-version `2.5.0-notes.rst` files are read", async () => {
    const repo = make();
    const other = { name: 'Other Dev', email: 'other@example.com' };
    // the project's labels, enough of them (20) for the history to teach them
    const labels = ['BUG: fix a crash in nditer', 'MAINT: update pins', 'DOC: fix a typo', 'TST: add a test', 'ENH: add a keyword to sum', 'BLD: bump meson'];
    for (let i = 0; i < 20; i++)
      repo.commit({
        message: `${labels[i % labels.length]!} ${i}`,
        author: other,
        files: { [`numpy/_core/m${i}.py`]: lines(10, `m${i}`) },
        date: at(1, 1 + i),
      });
    const sorts = repo.commit({
      message: 'ENH: implement descending sorts for StringDType (#32286)',
      files: {
        'numpy/_core/src/multiarray/stringdtype/sort.c': lines(140, 'sort'),
        'doc/release/upcoming_changes/32286.new_feature.rst': '``np.sort`` now sorts ``StringDType`` arrays in descending order with ``descending=True``.\n',
      },
      date: at(3),
    });
    const pins = repo.commit({
      message: 'MAINT: update pins in requirements files (#32300)',
      files: { 'requirements/ci_requirements.txt': lines(40, 'pin') },
      date: at(4),
    });
    const older = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [
        `doc/source/release/1.${i}.0-notes.rst`,
        `==========================\nNumPy 1.${i}.0 Release Notes\n==========================\n\nOld change ${i}.\n`,
      ]),
    );
    repo.commit({
      message: 'REL: prepare 2.5.0',
      author: MAINTAINER,
      files: {
        ...older,
        'doc/source/release/2.5.0-notes.rst':
          '==========================\nNumPy 2.5.0 Release Notes\n==========================\n\nNew Features\n============\n\nDescending sorts for ``StringDType``\n------------------------------------\n\n``np.sort`` now sorts ``StringDType`` arrays in descending order with ``descending=True``.\n\n(`gh-32286 <https://github.com/numpy/numpy/pull/32286>`__)\n',
      },
      date: at(6),
    });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const sorted = scored.find((s) => s.unit.commits.some((c) => c.sha === sorts))!;
    assert.deepEqual(sorted.shipped, { version: 'v2.5.0', file: 'doc/source/release/2.5.0-notes.rst', section: 'New Features', ref: 'refs/heads/main' });
    assert.match(sorted.notability.signals.find((x) => x.id === 'feature')?.reason ?? '', /ENH/, JSON.stringify(sorted.notability.signals));
    assert.ok(sorted.notability.signals.some((x) => x.id === 'changelog' && /upcoming_changes\/32286\.new_feature\.rst/.test(x.reason)));
    const upkeep = scored.find((s) => s.unit.commits.some((c) => c.sha === pins))!;
    assert.ok(
      upkeep.notability.signals.some((x) => x.id === 'routineType'),
      JSON.stringify(upkeep.notability.signals),
    );
  });

  it('a vendored dependency’s CHANGELOG is none of the project’s notes (lazygit’s `vendor/github.com/sirupsen/logrus/CHANGELOG.md`)', async () => {
    const repo = make();
    const race = repo.commit({
      message: 'Fix a race condition on entry formatting (#5791)',
      files: { 'pkg/gui/view.go': lines(60, 'race') },
      date: at(3),
    });
    const direnv = repo.commit({ message: 'Add direnv support (#5660)', files: { 'pkg/commands/direnv.go': lines(60, 'direnv') }, date: at(3) });
    const item = (text: string): string => `# 1.1.0\n\nThis new release introduces:\n  * ${text}\n`;
    repo.commit({
      message: 'Bump logrus, write the notes',
      author: MAINTAINER,
      files: {
        'vendor/github.com/sirupsen/logrus/CHANGELOG.md': item('a fix for a race condition on entry formatting (#5791)'),
        'CHANGELOG.md': item('direnv support (#5660)'),
      },
      date: at(5),
    });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const shippedOf = (sha: string): unknown => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!.shipped;
    assert.equal(shippedOf(race), undefined);
    assert.equal((shippedOf(direnv) as { file?: string } | undefined)?.file, 'CHANGELOG.md', 'the project’s own notes');
  });

  it("shipped evidence from cabal's notes: per-version files beside a test suite's fixture CHANGELOGs and a snapshot's date-stamped version", async () => {
    const repo = make();
    const monitoring = repo.commit({
      message: 'Add project monitoring logging (#12069)',
      files: { 'cabal-install/src/Distribution/Client/ProjectConfig.hs': lines(60, 'monitor') },
      date: at(3),
    });
    // a test suite's packages each keep a CHANGELOG.md of their own: none is the project's notes
    const fixtures = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [
        `cabal-testsuite/PackageTests/Case${i}/pkg/CHANGELOG.md`,
        `# Revision history for pkg\n\n## 0.1.0.0\n\n* First version.\n`,
      ]),
    );
    const older = Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [
        `release-notes/cabal-install-3.${i}.0.0.md`,
        `cabal-install 3.${i}.0.0 changelog and release notes\n---\n\n- Old change ${i}\n`,
      ]),
    );
    repo.commit({
      message: 'Changelogs 3.18',
      author: MAINTAINER,
      files: {
        ...fixtures,
        ...older,
        // snapshots named by their dates: older than 3.18 for all their big last part
        ...Object.fromEntries(
          Array.from({ length: 8 }, (_, i) => [
            `release-notes/cabal-install-3.8.0.2022052${i}.md`,
            `cabal-install 3.8.0.2022052${i} changelog and release notes\n---\n\n- Old snapshot change ${i}\n`,
          ]),
        ),
        'release-notes/cabal-install-3.18.1.0.md':
          'cabal-install 3.18.1.0 changelog and release notes\n---\n\n### Unresolved issues and Notice\n\n- Parser warnings [#12245](https://github.com/haskell/cabal/issues/12245)\n\n### Significant changes\n\n- Replace the project parser [#11000](https://github.com/haskell/cabal/pull/11000)\n\n### Other changes\n\n- Add info level logging of project file monitoring [#12069](https://github.com/haskell/cabal/pull/12069)\n',
      },
      date: at(5),
    });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const shipped = scored.find((s) => s.unit.commits.some((c) => c.sha === monitoring))!.shipped;
    assert.deepEqual(shipped, { version: '3.18.1.0', file: 'release-notes/cabal-install-3.18.1.0.md', section: '', ref: 'refs/heads/main' });
  });

  it("shipped evidence from changie's fragments: the issue its YAML names, cited by the notes it is gathered into (changie)", async () => {
    const repo = make();
    // the pull request (#519) is not the issue (#512): the fragment's custom field names the issue the notes cite
    const projects = repo.commit({
      message: 'Support multiple changelogs for monorepos (#519)',
      files: {
        'core/projects.go': lines(80, 'projects'),
        '.changes/unreleased/added-20230416-101500.yaml':
          'kind: added\nbody: Projects configuration options and command arguments for monorepo support.\ntime: 2023-04-16T10:15:00-07:00\ncustom:\n    Issue: "512"\n',
      },
      date: at(3),
    });
    const tidy = repo.commit({ message: 'Tidy the prompts (#520)', files: { 'core/prompts.go': lines(80, 'prompts') }, date: at(4) });
    repo.git('rm', '-q', '.changes/unreleased/added-20230416-101500.yaml');
    repo.commit({
      message: 'Release v1.13.0',
      author: MAINTAINER,
      files: {
        'CHANGELOG.md': `# Changelog\n\n## v1.13.0 on ${at(5).slice(0, 10)}\n\n### Added\n\n* [#512](https://github.com/miniscruff/changie/issues/512) Projects configuration options and command arguments for monorepo support.\n`,
      },
      date: at(5),
    });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const of = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
    assert.deepEqual(of(projects).shipped, { version: '1.13.0', file: 'CHANGELOG.md', section: 'Added', ref: 'refs/heads/main' });
    assert.equal(of(tidy).shipped, undefined);
    // its kind is in its name (`added-…`), and it is the author's entry in the notes, not housekeeping
    const ids = of(projects).notability.signals.map((s) => s.id);
    assert.ok(ids.includes('feature') && ids.includes('changelog'), ids.join());
    assert.deepEqual(changieEntry('kind: fixed\nbody: |\n  Two lines\n  of text\ncustom:\n  PR: "#44, #45"\n'), {
      body: 'Two lines\nof text\n',
      issues: [44, 45],
    });
    assert.equal(changieEntry('---\nthe-pkg: minor\n---\n\nAdds a flag.\n'), undefined, 'a changeset');
  });

  it('release notes that name nearly all of the notable work count against what they leave out, not against work newer than their latest entry', async () => {
    const repo = make();
    const features = ['retry', 'page', 'cache', 'sort', 'wrap', 'trace'];
    const pr = (name: string, n: number, day: number, hour = 10): string =>
      repo.commit({ message: `Add ${name} support (#${n})`, files: { [`src/tool/${name}.py`]: lines(150, name) }, date: at(day, hour) });
    const named = features.map((name, i) => pr(name, 41 + i, 3 + i));
    const left = pr('color', 47, 5, 15);
    // the last item goes on after a blank line, and its number comes there (attrs' notes)
    const items = features.slice(0, 5).map((name, i) => `- ${name} support (#${41 + i})`);
    repo.commit({
      message: 'Release 3.0.0',
      author: MAINTAINER,
      files: {
        'CHANGES.md': `# Changes\n\n## 3.0.0\n\n### Features\n\n${items.join('\n')}\n- Traces every call.\n\n  Each call of the tool is traced to a log file.\n  (#46)\n`,
      },
      date: at(10),
    });
    const later = pr('color-themes', 48, 11);
    const log = repo.commit({ message: 'Log each call of the tool to a file', files: { 'src/tool/log.py': lines(150, 'log') }, date: at(12) });
    const w = await work(repo);
    const scored = scoreWork(w, { threshold: 4 });
    const of = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
    assert.ok(
      named.every((sha) => of(sha).shipped?.version === '3.0.0' && of(sha).notability.notable),
      JSON.stringify(named.map((sha) => of(sha).shipped)),
    );
    // an item is what its first paragraph says: the details after it name nothing
    assert.equal(of(log).shipped, undefined, JSON.stringify(of(log).shipped));
    const unlisted = of(left).notability.signals.find((s) => s.id === 'unlisted');
    assert.equal(unlisted?.reason, 'Not in the release notes, which name 6 of the 7 notable changes of yours up to their latest entry.');
    assert.ok(!of(left).notability.notable, JSON.stringify(of(left).notability.signals));
    assert.ok(
      of(later).notability.notable && !of(later).notability.signals.some((s) => s.id === 'unlisted'),
      `not released yet: ${JSON.stringify(of(later).notability.signals)}`,
    );
    const without = scoreWork(w, { threshold: 4, shippedEvidence: false });
    assert.ok(
      [...named, left, later].every((sha) => without.find((s) => s.unit.commits.some((c) => c.sha === sha))?.notability.notable) &&
        !without.some((s) => s.notability.signals.some((x) => x.id === 'unlisted')),
      `without the notes, nothing counts against: ${JSON.stringify(without.map((s) => [s.unit.title, s.notability.score]))}`,
    );
  });

  it('release notes that leave out much of the notable work are no evidence against what they leave out', async () => {
    const repo = make();
    const shas = ['retry', 'page', 'cache', 'sort', 'wrap', 'trace'].map((name, i) =>
      repo.commit({ message: `Add ${name} support (#${41 + i})`, files: { [`src/tool/${name}.py`]: lines(150, name) }, date: at(3 + i) }),
    );
    repo.commit({
      message: 'Release 3.0.0',
      author: MAINTAINER,
      files: { 'CHANGES.md': '# Changes\n\n## 3.0.0\n\n- retry support (#41)\n- page support (#42)\n- cache support (#43)\n- sort support (#44)\n' },
      date: at(10),
    });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    assert.equal(scored.filter((s) => s.shipped).length, 4);
    assert.ok(
      shas.every((sha) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))?.notability.notable),
      '4 of 6 named: the two left out are offered all the same',
    );
    assert.ok(!scored.some((s) => s.notability.signals.some((x) => x.id === 'unlisted')));
  });

  it('shipped evidence from an archive of release lines (`changelogs/0.11.x.md`, astral-sh/uv), the newest lines read first', async () => {
    const repo = make();
    const lockfile = repo.commit({ message: 'Write tool receipts to the lockfile (#18937)', files: { 'src/lock.rs': lines(60, 'lock') }, date: at(3) });
    const archive = (minor: number): string =>
      `# Changelog 0.${minor}.x\n\n## 0.${minor}.1\n\n### Enhancements\n\n- Something of 0.${minor} ([#${minor}](https://example.com))\n`;
    repo.commit({
      message: 'Bump version to 0.99.18',
      author: MAINTAINER,
      files: {
        // more archives than are read, the newest last by name (0.1, 0.10 … 0.29, 0.3 … 0.9, 0.99): it must be read all the same
        ...Object.fromEntries(Array.from({ length: 29 }, (_, i) => [`changelogs/0.${i + 1}.x.md`, archive(i + 1)])),
        'changelogs/0.99.x.md':
          '# Changelog 0.99.x\n\n## 0.99.18\n\n### Enhancements\n\n- Record tool receipts in the lockfile ([#18937](https://github.com/acme/tool/pull/18937))\n',
      },
      date: at(4),
    });
    const unit = scoreWork(await work(repo), { threshold: 4 }).find((s) => s.unit.commits.some((c) => c.sha === lockfile))!;
    assert.equal(unit.shipped?.file, 'changelogs/0.99.x.md', JSON.stringify(unit.shipped));
    assert.equal(unit.shipped?.version, '0.99.18');
  });

  it('pull requests rebased onto the mainline (one committer, one commit time each) by a maintainer (mpv), or by the user who rebases all theirs (scalafmt): one unit each, though their areas and times would make one series', async () => {
    // the user's two pull requests in one area, written on a branch a few hours apart; landed by `committer` at `landed(i)`
    const land = async (committer: Author, importer: Author = ME): Promise<{ units: string[][]; a: string[]; b: string[] }> => {
      const repo = make();
      // (the initial import is the user's, committed as written, unless `importer` is someone else)
      const by = { GIT_COMMITTER_NAME: importer.name, GIT_COMMITTER_EMAIL: importer.email, GIT_COMMITTER_DATE: at(1), GIT_AUTHOR_DATE: at(1) };
      if (importer !== ME) repo.gitWith(by, 'commit', '-q', '--amend', '--no-edit', `--author=${importer.name} <${importer.email}>`);
      repo.git('checkout', '-q', '-b', 'work', 'main');
      const write = (name: string, h: number): string =>
        repo.commit({ message: `clipboard: add ${name}`, files: { [`player/clipboard/${name}.c`]: lines(40, name) }, date: at(3, h) });
      const a = [write('api', 9), write('backend', 10), write('property', 11)];
      const b = [write('wayland', 12), write('primary', 13)];
      repo.git('checkout', '-q', 'main');
      for (const [i, shas] of [a, b].entries()) {
        const env = { GIT_COMMITTER_NAME: committer.name, GIT_COMMITTER_EMAIL: committer.email, GIT_COMMITTER_DATE: at(4, 10 + i) };
        repo.gitWith(env, 'cherry-pick', ...shas);
      }
      repo.git('branch', '-q', '-D', 'work');
      const subjects = new Map(
        repo
          .git('log', '--format=%H %s', 'main')
          .trim()
          .split('\n')
          .map((l) => [l.slice(41), l.slice(0, 40)] as const),
      );
      const onMain = (shas: string[]): string[] => shas.map((s) => subjects.get(repo.git('log', '-1', '--format=%s', s).trim())!);
      const units = scoreWork(await work(repo), { threshold: 4 })
        .filter((s) => s.unit.commits.some((c) => c.subject.startsWith('clipboard')))
        .map((s) => s.unit.commits.map((c) => c.sha).sort());
      return { units, a: onMain(a).sort(), b: onMain(b).sort() };
    };
    const landed = await land(MAINTAINER);
    assert.deepEqual(landed.units.sort(), [landed.a, landed.b].sort());
    // the user's own rebase gives their commits one commit time too: a series by its areas and times, as before, where
    // they land some of their commits as written (a rebase before a push, not a pull request's)
    const own = await land(ME);
    assert.deepEqual(own.units, [[...own.a, ...own.b].sort()]);
    // where they land all of theirs rebased (scalafmt's maintainer merges his own pull requests so), each landing is one
    const rebased = await land(ME, MAINTAINER);
    assert.deepEqual(rebased.units.sort(), [rebased.a, rebased.b].sort());
  });

  it('shipped evidence from a folder of notes per version (`docs/releasenotes/12.3.0.rst`, python-pillow/Pillow); writing them is bookkeeping, not documentation', async () => {
    const repo = make();
    const scale = repo.commit({ message: 'Add scale_down to ImageGrab.grab() (#9266)', files: { 'src/PIL/ImageGrab.py': lines(40, 'grab') }, date: at(3) });
    const notes = repo.commit({
      message: 'Add release notes for 2.4.0 (#9301)',
      files: {
        'docs/releasenotes/index.rst': 'Release notes\n=============\n\n.. toctree::\n\n  2.4.0\n  2.3.0\n',
        'docs/releasenotes/2.3.0.rst': '2.3.0\n-----\n\nOther changes\n=============\n\n* Tidy the docs :pr:`9100`\n',
        'docs/releasenotes/2.4.0.rst': '2.4.0\n-----\n\nAPI additions\n=============\n\n* ``ImageGrab.grab()`` can scale down Retina screenshots :pr:`9266`\n',
      },
      date: at(4),
    });
    // k6's folder of notes per version is named with a space
    const features = repo.commit({
      message: 'Add the k6 features discovery command (#6055)',
      files: { 'internal/cmd/features.go': lines(60, 'f') },
      date: at(6),
    });
    repo.commit({
      message: 'Release notes v2.5.0 (#6116)',
      files: {
        'release notes/v2.5.0.md': 'k6 `v2.5.0` is here!\n\n## New features\n\n### Feature flags [#6055](https://github.com/grafana/k6/pull/6055)\n\nText.\n',
      },
      date: at(7),
    });
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const byCommit = (sha: string) => scored.find((s) => s.unit.commits.some((c) => c.sha === sha))!;
    assert.deepEqual(byCommit(scale).shipped, { version: 'v2.4.0', file: 'docs/releasenotes/2.4.0.rst', section: 'API additions', ref: 'refs/heads/main' });
    assert.deepEqual(byCommit(features).shipped, { version: 'v2.5.0', file: 'release notes/v2.5.0.md', section: 'New features', ref: 'refs/heads/main' });
    // flake8 keeps them in `docs/source/release-notes/`
    assert.ok(isReleaseNotesPath('docs/source/release-notes/7.1.0.rst') && isReleaseNotesPath('doc/release_notes/v2.md'));
    assert.ok(!isReleaseNotesPath('docs/releasenotes/images/logo.png') && !isReleaseNotesPath('src/release_notes.py'));
    // a `releases/` folder of one file per version (tornado's `docs/releases/v6.5.0.rst`, Django's `docs/releases/5.0.txt`); not its index
    assert.ok(isReleaseNotesPath('docs/releases/v6.5.0.rst') && isReleaseNotesPath('docs/releases/5.0.txt'));
    assert.ok(!isReleaseNotesPath('docs/releases.rst') && !isReleaseNotesPath('src/releases/v2.ts'));
    // a `history/` folder of each package's notes (hatch's `docs/history/hatch.md` and `hatchling.md`); not a history feature's code or docs
    assert.ok(isReleaseNotesPath('docs/history/hatchling.md'));
    assert.ok(!isReleaseNotesPath('src/history/list.ts') && !isReleaseNotesPath('docs/options/omit-history.md'));
    const written = byCommit(notes);
    assert.ok(!written.notability.signals.some((s) => s.id === 'docs'), written.notability.signals.map((s) => s.id).join());
  });

  it("a release line merged back (`Merge branch 'v1.2.x'`) is not a topic: a pull request committed on both lines is one unit, and a bracketed tag does not hide its words", async () => {
    const repo = make();
    repo.git('branch', 'v1.2.x');
    const files = { 'src/defer.c': lines(120, 'defer') };
    const onMain = repo.commit({ message: 'Support import defer (#19624)', files, date: at(3) });
    repo.git('checkout', '-q', 'v1.2.x');
    const onLine = repo.commit({ message: '[1.2.x] Support import defer (#19624)', files, date: at(3, 11) });
    repo.commit({ message: 'Fix the parser on empty input (#19625)', files: { 'src/parse.c': lines(30, 'parse') }, date: at(4) });
    repo.git('checkout', '-q', 'main');
    repo.gitWith(
      {
        GIT_AUTHOR_NAME: MAINTAINER.name,
        GIT_AUTHOR_EMAIL: MAINTAINER.email,
        GIT_AUTHOR_DATE: at(5),
        GIT_COMMITTER_NAME: MAINTAINER.name,
        GIT_COMMITTER_EMAIL: MAINTAINER.email,
        GIT_COMMITTER_DATE: at(5),
      },
      'merge',
      '-q',
      '--no-ff',
      '-X',
      'ours',
      '-m',
      "Merge branch 'v1.2.x'",
      'v1.2.x',
    );
    const scored = scoreWork(await work(repo), { threshold: 4 });
    assert.ok(!scored.some((s) => s.unit.kind === 'topic'), JSON.stringify(scored.map((s) => s.unit.title)));
    // a topic whose name only mentions a maintenance line is still a topic
    topic(
      repo,
      'jk/maint-strbuf-missing-init',
      'strbuf_init() was missing in a code path.',
      [{ message: 'strbuf: init before use', files: { 'src/strbuf.c': lines(20, 'sb') } }],
      8,
    );
    const again = scoreWork(await work(repo), { threshold: 4 });
    assert.ok(
      again.some((s) => s.unit.kind === 'topic' && s.unit.topic === 'jk/maint-strbuf-missing-init'),
      JSON.stringify(again.map((s) => s.unit.title)),
    );
    const defer = scored.filter((s) => s.unit.commits.some((c) => c.sha === onMain || c.sha === onLine));
    assert.equal(defer.length, 1, 'one unit for the pull request on both lines');
    assert.deepEqual(defer[0]!.unit.commits.map((c) => c.sha).sort(), [onMain, onLine].sort());
    assert.ok(
      defer[0]!.notability.signals.some((x) => x.id === 'feature'),
      JSON.stringify(defer[0]!.notability.signals),
    );
  });

  it("a mirror merged again and again (tmux's `obsd-master`) is no topic: its commits are direct pushes; in a flat layout each source file is an area, and a manual page is documentation", async () => {
    const repo = make();
    const header = (n: number): string => lines(40 + n, 'decl');
    repo.commit({
      message: 'Import the flat sources',
      files: { 'tool.h': header(0), 'options.c': lines(80, 'opt'), 'input.c': lines(80, 'in'), 'window.c': lines(80, 'win'), 'tool.1': lines(40, '.Sh') },
      author: MAINTAINER,
      date: at(2),
    });
    repo.git('branch', 'mirror');
    // the maintainer syncs the mirror every few days; the user's work lands there one commit at a time
    const mine: Record<string, string> = {};
    const sync = (day: number, commits: Array<{ key: string; message: string; files: Record<string, string> }>): void => {
      repo.git('checkout', '-q', 'mirror');
      commits.forEach((c, i) => (mine[c.key] = repo.commit({ message: c.message, files: c.files, date: at(day, 9 + i) })));
      repo.git('checkout', '-q', 'main');
      repo.commit({ message: `Sync notes ${day}`, files: { 'SYNC.md': `day ${day}\n` }, author: MAINTAINER, date: at(day, 15) });
      repo.gitWith(
        { GIT_AUTHOR_NAME: MAINTAINER.name, GIT_AUTHOR_EMAIL: MAINTAINER.email, GIT_AUTHOR_DATE: at(day, 16), GIT_COMMITTER_DATE: at(day, 16) },
        'merge',
        '-q',
        '--no-ff',
        '-m',
        "Merge branch 'mirror'",
        'mirror',
      );
    };
    sync(3, [
      {
        key: 'option',
        message: 'Add an option allow-set-title to forbid applications from changing the pane title.',
        files: { 'options.c': lines(110, 'opt'), 'input.c': lines(95, 'in'), 'tool.h': header(1), 'tool.1': lines(52, '.Sh') },
      },
      { key: 'crash', message: 'Do not crash if focusing a pane that is exiting.', files: { 'window.c': lines(86, 'win'), 'tool.h': header(2) } },
    ]);
    sync(4, [{ key: 'followUp', message: 'Check the option before setting the title from the input parser.', files: { 'input.c': lines(99, 'in') } }]);
    // weeks apart: each its own piece of work
    sync(13, [{ key: 'leak', message: 'Fix memory leak in the window code, from a contributor.', files: { 'window.c': lines(88, 'win') } }]);
    sync(22, [{ key: 'headers', message: 'Add missing headers, from a contributor.', files: { 'window.c': lines(89, 'win') } }]);
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const titles = JSON.stringify(scored.map((s) => [s.unit.kind, s.unit.title, s.unit.commits.length]));
    assert.ok(!scored.some((s) => s.unit.kind === 'topic'), `no topic: ${titles}`);
    const unitOf = (key: string): (typeof scored)[number] => scored.find((s) => s.unit.commits.some((c) => c.sha === mine[key]))!;
    // the feature and its follow-up in input.c are one piece of work; the crash fix pushed between them shares only the header
    assert.deepEqual(
      unitOf('option')
        .unit.commits.map((c) => c.sha)
        .sort(),
      [mine.option, mine.followUp].sort(),
      titles,
    );
    assert.notEqual(unitOf('crash').unit.key, unitOf('option').unit.key, titles);
    assert.equal(unitOf('option').unit.kind, 'series', titles);
    const option = unitOf('option').notability.signals;
    assert.ok(
      option.some((x) => x.id === 'docs' && x.reason.includes('tool.1')),
      `the manual page is documentation: ${JSON.stringify(option)}`,
    );
    // words: a memory leak fixed is a fix, not performance work; "add missing" is a fix, not a feature
    for (const key of ['leak', 'headers']) {
      const ids = unitOf(key).notability.signals.map((x) => x.id);
      assert.ok(ids.includes('fix') && !ids.includes('performance') && !ids.includes('feature'), `${key}: ${JSON.stringify(ids)}`);
    }
  });

  it("a monorepo's release bumps one version line in each package's manifest: bookkeeping, though the user edits those manifests' dependencies", async () => {
    const repo = make();
    const packages = ['core', 'cli', 'parser', 'generator'];
    const manifest = (name: string, version: string, dependency = '^1.0.0'): string =>
      `{\n  "name": "@acme/${name}",\n  "version": "${version}",\n  "license": "MIT",\n  "dependencies": {\n    "debug": "${dependency}"\n  }\n}\n`;
    const all = (version: string, dependency?: string): Record<string, string> =>
      Object.fromEntries(packages.map((p) => [`packages/${p}/package.json`, manifest(p, version, dependency)]));
    repo.commit({
      message: 'Set up the packages',
      files: { ...all('1.0.0'), ...Object.fromEntries(packages.map((p) => [`packages/${p}/src/index.js`, lines(40, p)])) },
      date: at(2),
    });
    // the user's own work edits the manifests too (a dependency range), twice
    repo.commit({ message: 'Update debug (#20)', files: { ...all('1.0.0', '^1.1.0'), 'packages/core/src/index.js': lines(45, 'core') }, date: at(3) });
    repo.commit({ message: 'Support plugins (#21)', files: { ...all('1.0.0', '^1.2.0'), 'packages/core/src/plugins.js': lines(120, 'plugin') }, date: at(4) });
    const release = repo.commit({ message: 'v1.1.0', files: all('1.1.0', '^1.2.0'), date: at(5) });
    repo.git('tag', 'v1.1.0', release);
    const scored = scoreWork(await work(repo), { threshold: 4 });
    const unit = scored.find((s) => s.unit.commits.some((c) => c.sha === release))!;
    const ids = unit.notability.signals.map((x) => x.id);
    assert.ok(ids.includes('bookkeeping') && !ids.includes('breadth') && !ids.includes('release'), JSON.stringify(unit.notability.signals));
    assert.ok(!unit.notability.notable);
  });
});
