import * as assert from 'node:assert/strict';
import type { CommitRecord, FileChange } from '../../../src/core/commit';
import {
  commitType,
  fragmentKind,
  generatedByAttributes,
  isBookkeepingPath,
  isGeneratedIn,
  isHousekeepingPath,
  isNotesFragment,
  isReleaseNotesPath,
  isTestIn,
  learnConventions,
  NO_CONVENTIONS,
  type Conventions,
} from '../../../src/core/conventions';
import { BEST_WEIGHT, buildProfile, informationFactor, isBotAuthor, scoreUnit, SERIES_WEIGHT, titleTemplate, type Signal } from '../../../src/core/notability';
import { isPackagingPath, unitFiles, unitLines } from '../../../src/core/unitFiles';
import { areaOf, isApiDumpPath, isGeneratedPath, isSourceCodePath } from '../../../src/core/paths';
import { namingSubject } from '../../../src/core/unitKind';
import { commitsTitle, mergeUnits, type WorkUnit } from '../../../src/core/units';

function file(path: string, additions: number, deletions = 0, created = false): FileChange {
  return { path, additions, deletions, binary: false, created };
}

let n = 0;
function commit(partial: Partial<CommitRecord>): CommitRecord {
  const files = partial.files ?? [];
  n++;
  return {
    sha: n.toString(16).padStart(40, 'a'),
    parents: ['b'.repeat(40)],
    authorName: 'Ada',
    authorEmail: 'ada@example.com',
    authorDate: '2026-08-01T10:00:00Z',
    subject: 'Change things',
    body: '',
    tags: [],
    pullRequest: undefined,
    coAuthors: [],
    additions: files.reduce((s, f) => s + f.additions, 0),
    deletions: files.reduce((s, f) => s + f.deletions, 0),
    ...partial,
    files,
  };
}

function unit(commits: CommitRecord[], partial: Partial<WorkUnit> = {}): WorkUnit {
  return {
    key: `series:r@${commits[0]!.sha}`,
    kind: 'series',
    repo: 'r',
    commits,
    merge: undefined,
    pullRequest: undefined,
    topic: undefined,
    title: commits[0]!.subject,
    date: commits[0]!.authorDate,
    ...partial,
  };
}

const score = (u: WorkUnit, conventions: Conventions = NO_CONVENTIONS) => scoreUnit(u, 4, { conventions });
const ids = (u: WorkUnit, conventions?: Conventions): string[] => score(u, conventions).signals.map((s) => s.id);
const CONVENTIONAL: Conventions = {
  conventional: true,
  types: ['feat', 'fix', 'perf', 'chore', 'docs', 'test', 'ci', 'refactor', 'build', 'style', 'release'],
  testFolders: [],
  bookkeeping: [],
};

describe('notability of a unit of work', () => {
  it("renaming, said as a noun, is a refactoring (Jackson's \"Renaming in comments: …\"); so are an IDE's clean-ups (Apache Commons')", () => {
    const files = [file('src/main/java/com/fasterxml/jackson/databind/introspect/POJOPropertiesCollector.java', 60, 30)];
    for (const subject of [
      'Renaming in comments: "Default Creator" -> "Primary Creator", where applicable',
      'Yet more renaming',
      'Merge if statements with the same return value.',
      'Use final',
      'Use ternary instead of if-else.',
      'Remove unnecessary parentheses.',
    ])
      assert.ok(ids(unit([commit({ subject, files })])).includes('refactor'), subject);
    for (const subject of ['Use final newline in generated files', 'Remove unnecessary network calls on startup'])
      assert.ok(!ids(unit([commit({ subject, files })])).includes('refactor'), subject);
  });

  it('a small change with nothing to say is not notable and has no reasons', () => {
    const v = score(unit([commit({ subject: 'Rename variable', files: [file('src/a.ts', 3, 3)] })]));
    assert.equal(v.notable, false);
    assert.deepEqual(
      v.signals.filter((s) => s.weight > 0),
      [],
    );
  });

  it('size is the unit’s whole (its commits’ files together), generated, test and bookkeeping files excluded', () => {
    const u = unit([
      commit({ files: [file('src/a.ts', 300)] }),
      commit({ files: [file('src/a.ts', 250), file('package-lock.json', 5000), file('CHANGELOG.md', 40), file('src/a.test.ts', 400)] }),
    ]);
    assert.equal(unitLines(u, NO_CONVENTIONS), 550);
    const size = score(u).signals.find((s) => s.id === 'size');
    assert.equal(size?.weight, 3);
    assert.equal(size?.reason, 'Large change: +550 −0 lines in 1 file.');
  });

  it('conventional types weigh where the repository uses them, and an area prefix is not a type', () => {
    assert.ok(ids(unit([commit({ subject: 'feat(api): add paging' })]), CONVENTIONAL).includes('feature'));
    // a fix whose words say it is faster is performance work (cibuildwheel's "fix: faster CLI on Python 3.15 (#2797)")
    const faster = score(unit([commit({ subject: 'fix: faster CLI on Python 3.15 (#2797)', files: [file('src/cli.py', 30, 20)] })]), CONVENTIONAL);
    assert.ok(faster.signals.some((s) => s.id === 'performance') && !faster.signals.some((s) => s.id === 'fix'), JSON.stringify(faster.signals));
    assert.ok(ids(unit([commit({ subject: 'fix: handle a missing file', files: [file('src/cli.py', 30, 20)] })]), CONVENTIONAL).includes('fix'));
    const chore = score(unit([commit({ subject: 'chore: sort imports', files: [file('src/a.ts', 400, 400)] })]), CONVENTIONAL);
    assert.ok(chore.signals.some((s) => s.id === 'routineType' && s.weight < 0));
    assert.equal(chore.notable, false);
    // a feature by its label is not routine by its words (cargo's lint); a fix of typos still is
    const lint = ids(unit([commit({ subject: 'feat(lints): Emit unused_dependencies lint (#16600)', files: [file('src/lints.rs', 300)] })]), CONVENTIONAL);
    assert.ok(lint.includes('feature') && !lint.includes('routineWords'), lint.join());
    assert.ok(ids(unit([commit({ subject: 'fix(docs): typos', files: [file('src/lints.rs', 3, 3)] })]), CONVENTIONAL).includes('routineWords'));
    // git.git style: "build:" names the build area; nothing routine about it there
    assert.ok(!ids(unit([commit({ subject: 'build: teach meson about the new tool' })])).includes('routineType'));
    assert.ok(ids(unit([commit({ subject: 'build: bump version to 1.2.3' })]), CONVENTIONAL).includes('routineType'));
    // upkeep by its label that adds new source code is more than upkeep (golangci-lint's `build(deps): bump gomodguard to
    // v2`, with the new linter integration beside the old one); not a clean-up that adds a file, not new data files
    const bump = 'build(deps): bump github.com/ryancurrah/gomodguard/v2 from 1.4.1 to 2.1.0 (#6465)';
    const integration = [file('pkg/golinters/gomodguard/gomodguard_v2.go', 106), file('pkg/config/linters_settings.go', 21), file('go.mod', 2, 1)];
    assert.ok(
      !ids(unit([commit({ subject: bump, files: integration.map((f, i) => (i === 0 ? { ...f, created: true } : f)) })]), CONVENTIONAL).includes('routineType'),
      'new source code',
    );
    assert.ok(ids(unit([commit({ subject: bump, files: integration })]), CONVENTIONAL).includes('routineType'), 'no new file');
    // a chore that adds a little new code on the way is still a chore (outline's TypeScript upgrade: a 19-line helper in +654 −295)
    const upgrade = [{ ...file('shared/utils/error.ts', 19), created: true }, ...Array.from({ length: 40 }, (_, i) => file(`app/components/C${i}.tsx`, 15, 7))];
    assert.ok(
      ids(unit([commit({ subject: 'chore: Upgrade to Typescript 6 (#12737)', files: upgrade })]), CONVENTIONAL).includes('routineType'),
      'mostly upkeep',
    );
    const cleanup = [{ ...file('benchmarking/compare/runner.js', 80), created: true }];
    assert.ok(ids(unit([commit({ subject: 'chore: tidy up benchmark code (#17490)', files: cleanup })]), CONVENTIONAL).includes('routineType'), 'a clean-up');
    const assets = [{ ...file('assets/github-action-config-v2.json', 120), created: true }];
    assert.ok(ids(unit([commit({ subject: 'docs: update GitHub Action assets (#6538)', files: assets })]), CONVENTIONAL).includes('routineType'), 'data files');
    // nor work labelled as the tests' that moves code into a new file to test the rest (btop's "test: add test harness with ctest")
    const harness = [{ ...file('src/main.cpp', 9), created: true }, file('src/btop.cpp', 7, 7), file('CMakeLists.txt', 35, 27)];
    assert.ok(ids(unit([commit({ subject: 'test: add test harness with ctest', files: harness })]), CONVENTIONAL).includes('routineType'), 'test work');
    // or the CI's: a new script the CI runs (fastify's "ci: remove broken links and add ecosystem link validator (#6421)")
    const validator = [{ ...file('scripts/validate-ecosystem-links.js', 179), created: true }, file('docs/Guides/Ecosystem.md', 0, 61)];
    const ci = 'ci: remove broken links and add ecosystem link validator (#6421)';
    assert.ok(ids(unit([commit({ subject: ci, files: validator })]), CONVENTIONAL).includes('routineType'), 'CI work');
    // a feature or fix of the project's website or CI is upkeep of that; a feature of its templates' dependencies is not
    const code = [file('cmd/release/main.go', 80)];
    for (const subject of [
      'feat(website): serve the released docs from a versioned copy (#2979)',
      'feat(www): improve "copy" button style compatibility with Chromium',
      'feat(ci): add on-demand PR build workflow',
      'fix(docs): wrap an example',
    ])
      assert.ok(!ids(unit([commit({ subject, files: code })]), CONVENTIONAL).some((id) => id === 'feature' || id === 'fix'), subject);
    assert.ok(ids(unit([commit({ subject: 'feat(deps): bump plugin versions in create-vite templates', files: code })]), CONVENTIONAL).includes('feature'));
    // the tests' own performance is no speed-up users get (packaging's "perf(tests): disable GC while collecting tests")
    const conftest = [file('tests/conftest.py', 12, 2)];
    assert.ok(
      !ids(unit([commit({ subject: 'perf(tests): disable GC while collecting tests (#1389)', files: conftest })]), CONVENTIONAL).includes('performance'),
    );
    assert.ok(ids(unit([commit({ subject: 'perf(markers): cache the default environment (#1250)', files: code })]), CONVENTIONAL).includes('performance'));
    // and so is the speed of its benchmarks, whatever the scope (opentelemetry-go's)
    const bench = ids(unit([commit({ subject: 'perf(sdk/metric): reduce benchmark suite execution time (#8683)', files: code })]), CONVENTIONAL);
    assert.ok(bench.includes('internal') && !bench.includes('performance'), bench.join());
    for (const subject of ['feat(workflow): add EnsureVocabulary for the board', 'feat(doc): byte-offset span tracking'])
      assert.ok(ids(unit([commit({ subject, files: code })]), CONVENTIONAL).includes('feature'), `${subject}: a module of the product`);
  });

  it('a breaking change by its words: dropping support, removing an option or a plugin; in a repository where only some commits carry a type, by the words of those that do not', () => {
    const code = [file('src/plugins.ts', 20, 60)];
    const breaking = (subject: string, conventions?: Conventions): boolean => ids(unit([commit({ subject, files: code })]), conventions).includes('breaking');
    for (const subject of [
      'drop old node versions',
      'Drop support for Python 3.8',
      'Remove `importReflection` parser plugin (#16808)',
      'revision: drop early output option',
      // a Python project's version alone (cattrs, trio)
      'Remove 3.9 (#698)',
      'Drop 3.9 support',
      // support dropped after another change (sinatra's #1857)
      'Add support for Rack 3, drop support for Rack 2 (#1857)',
    ])
      assert.ok(breaking(subject), subject);
    assert.ok(breaking('remove the --verbose flag'));
    // a dependency's breaking changes, adapted to, are not the project's (fish-shell's dependency update)
    const says = (body: string): string[] => ids(unit([commit({ subject: 'Update the random number generator', body, files: code })]));
    assert.ok(says('This is a breaking change: the seed option is gone.').includes('breaking'), 'said in the body');
    assert.ok(!says('4. Run: cargo update --breaking\n5. Address rng breaking changes').includes('breaking'), 'a dependency’s breaking changes');
    // a question, not a statement (svelte's fix)
    assert.ok(
      !says('So my preference would be to disallow writes, but\nI’m not sure if we would need to consider that a breaking change.').includes('breaking'),
    );
    assert.ok(!says('Is this a breaking change?').includes('breaking'), 'a question');
    // one avoided (serde's "Forcibly enable serde_core/result when using serde")
    assert.ok(
      !says('Making Result impls get disabled when using `serde = { version = "1",\ndefault-features = false }` would have been a breaking change.').includes(
        'breaking',
      ),
      'avoided',
    );
    assert.ok(!says('Changing the default would be a breaking change, so this adds an option.').includes('breaking'), 'avoided');
    // one put off (hiredis's "Maintain backward compatibility without onConnect callback", the old API kept beside the new)
    assert.ok(
      !says("Unfortunately, this is a breaking change we can't make until hiredis\nv2.0.0.\n\nThis commit creates a separate callback member").includes(
        'breaking',
      ),
      'put off',
    );
    assert.ok(!says('Add a new field to avoid a breaking change for existing callers.').includes('breaking'), 'avoided');
    // the one a revert undoes (insta's "Revert sort_maps sequence sorting, release 1.47.1 (#891)"): it gives back what users had
    const reverting = (subject: string): string[] =>
      ids(unit([commit({ subject, body: 'Reverts #876. This was a breaking change for anyone relying on ordered sequence output.', files: code })]));
    assert.ok(!reverting('Revert sort_maps sequence sorting, release 1.47.1 (#891)').includes('breaking'), 'a revert');
    assert.ok(reverting('Sort sequences with sort_maps (#876)').includes('breaking'), 'no revert: its own words');
    // a vendored dependency's update (podman's "vendor: …"): routine; the breaking change its message names is the
    // dependency's, and the dependency's own changelog under vendor/ is not notes its author wrote
    const vendored = ids(
      unit([
        commit({
          subject: 'vendor: update buildah to latest main',
          body: 'Includes one breaking change for the flag as BuildOutputs now accept a slice.',
          files: [file('cmd/podman/build.go', 20, 30), file('vendor/github.com/go-viper/mapstructure/v2/CHANGELOG.md', 12)],
        }),
      ]),
    );
    assert.ok(vendored.includes('routineWords') && !vendored.includes('breaking') && !vendored.includes('changelog'), vendored.join());
    // a change put off: its message tells why the change would break (sh's), not that this one does
    const deferral = 'Langs is an exported field which has been part of the API since v3.5.1,\nso changing its type is a breaking change.';
    assert.ok(!ids(unit([commit({ subject: 'syntax: defer the LangError.Langs bitset change to v4', body: deferral, files: code })])).includes('breaking'));
    assert.ok(ids(unit([commit({ subject: 'syntax: make LangError.Langs a bitset', body: deferral, files: code })])).includes('breaking'));
    // the project's own governance files are housekeeping; dead code removed is a clean-up
    assert.ok(isHousekeepingPath('MAINTAINERS.md') && isHousekeepingPath('OWNERS'));
    // and so are the maintainers' tasks at the root (faraday's "Add Bundler::GemHelper tasks to Rakefile"); not a product's tasks below it
    for (const path of ['Rakefile', 'justfile', 'Taskfile.yml', 'scripts/release.sh', 'release.py', 'tools/publish-npm.mjs'])
      assert.ok(isHousekeepingPath(path), path);
    assert.ok(!isHousekeepingPath('lib/tasks/Rakefile') && !isHousekeepingPath('Makefile') && !isHousekeepingPath('src/release.ts'));
    // OpenStack's CI (Zuul's jobs) and the devstack plugin that builds its developers' cloud (ironic's "Remove
    // IRONIC_RAMDISK_TYPE devstack setting"); not a module of that name in the code
    for (const path of ['zuul.d/ironic-jobs.yaml', 'devstack/lib/ironic', 'devstack/plugin.sh']) assert.ok(isHousekeepingPath(path), path);
    assert.ok(!isHousekeepingPath('ironic/devstack/x.py'));
    assert.ok(!ids(unit([commit({ subject: 'Add Bundler::GemHelper tasks to Rakefile', files: [file('Rakefile', 3)] })])).includes('feature'));
    // a newer runtime required drops the older ones (ky, sinatra, Alamofire); a regression test added is no feature
    for (const subject of [
      'Require Node.js 22',
      'Bump minimum Python to 3.10 (#412)',
      'Require Go 1.24 or later',
      'Require Ruby 2.7.8 as minimum Ruby version (#1993)',
      'Require Swift 5.5 (#3670)',
    ])
      assert.ok(breaking(subject), subject);
    assert.ok(!breaking('Require a lock before writing the cache'));
    // a new default others get without asking (gson's "Use LinkedHashMap as the default Map. (#3057)"); not a default used
    for (const subject of ['Use LinkedHashMap as the default Map. (#3057)', 'Make the new renderer the default']) assert.ok(breaking(subject), subject);
    for (const subject of ['Use the default Map when none is given', 'Reference the default nesting limit by name rather than as a constant. (#2719)'])
      assert.ok(!breaking(subject), subject);
    // deprecations removed, said as a noun (scrapy's, Pillow's, sidekiq's); not a file, a table or a baseline of them
    for (const subject of [
      'Remove most of the 2.13.0 deprecations',
      'Remove deprecations for Pillow 12.0.0 (#9053)',
      'remove 6.x deprecations',
      'Remove deprecations.',
    ])
      assert.ok(breaking(subject), subject);
    for (const subject of ['Remove deprecations baseline', 'Remove line breaks from deprecations table', 'Removed stale deprecations file'])
      assert.ok(!breaking(subject), subject);
    assert.ok(!ids(unit([commit({ subject: 'Add regression for custom fetch POST body', files: code })])).includes('feature'));
    // the release script's message says what breaking changes are to it, not that it makes one (cpp-httplib)
    const script = unit([
      commit({
        subject: 'Add --minor flag to release.sh for forced minor bumps',
        body: "Allows forcing a minor version bump even when abidiff passes,\nfor behavioral breaking changes that don't break ABI.",
        files: [file('scripts/release.sh', 33, 14)],
      }),
    ]);
    assert.ok(!ids(script).some((id) => id === 'breaking' || id === 'feature'), ids(script).join());
    const purpose = 'Bump the major version on request,\nfor behavioral breaking changes that keep the ABI.';
    assert.ok(!ids(unit([commit({ subject: 'Add a --major flag to the bump command', body: purpose, files: code })])).includes('breaking'));
    assert.ok(ids(unit([commit({ subject: 'remove deadcode', files: [file('pkg/x.go', 0, 300)] })])).includes('refactor'));
    // running the project's dependency-update script is routine upkeep
    assert.ok(ids(unit([commit({ subject: 'build_tools/update-dependencies.sh', files: code })])).includes('routineWords'));
    // and so are dependency upgrades said as a noun (zellij); a package manager's feature about them is not
    for (const subject of ['Dep upgrades for debian (#5420)', 'More dependency upgrades for debian (#5421)', 'deps: dependency updates'])
      assert.ok(ids(unit([commit({ subject, files: code })])).includes('routineWords'), subject);
    assert.ok(!ids(unit([commit({ subject: 'Show dependency updates in `tree --outdated`', files: code })])).includes('routineWords'));
    // a formatter's workflow's commit (spatie's "Fix styling", pushed under the maintainer's name), not a fix; a fix of a UI's styling is one
    for (const subject of ['Fix styling', 'Fix code style', 'Apply code style fixes', 'Fix coding standards', 'Fix CS', 'CS fixes']) {
      const styled = ids(unit([commit({ subject, files: [file('src/Models/Role.php', 14, 12), file('src/Traits/HasRoles.php', 6, 6)] })]));
      assert.ok(styled.includes('routineWords') && !styled.includes('fix'), `${subject}: ${styled.join()}`);
    }
    assert.ok(ids(unit([commit({ subject: 'Fix styling of the sidebar', files: code })])).includes('fix'));
    // a tool made happy is upkeep (Nix's, axum's, borg's); a person made happy is not a tool (Catch2's)
    for (const subject of [
      'libutil: Make formatter happy',
      'Make clippy happy (#3350)',
      'make mypy happy',
      'Appease the linter',
      'satisfy formatter, linter, and strict mypy',
      'update project files (#5457)',
      // a release line synced into another (EMQX's pull requests, whose own pull requests are units of their own)
      'sync `release-63` to `master`',
      '260723 sync 63 to master',
      'sync r60 to r61',
    ])
      assert.ok(ids(unit([commit({ subject, files: code })])).includes('routineWords'), subject);
    for (const subject of ['Satisfy the user’s request for dark mode', 'Sync settings to the cloud'])
      assert.ok(!ids(unit([commit({ subject, files: code })])).includes('routineWords'), subject);
    assert.ok(!ids(unit([commit({ subject: 'Sprinkle some constexpr around to make Jason happy', files: code })])).includes('routineWords'));
    // files regenerated (libvips'), not a feature that regenerates something for users
    for (const subject of ['Regenerate POTFILES.in, C++ binding and function list (#4712)', 'docs: regenerate the man pages'])
      assert.ok(ids(unit([commit({ subject, files: code })])).includes('routineWords'), subject);
    assert.ok(!ids(unit([commit({ subject: 'Add an option to regenerate thumbnails', files: code })])).includes('routineWords'));
    // documentation comments alone (Apache Commons' "Javadoc", +1042 −1307 lines of one class) and Eclipse's "Sort members"
    for (const subject of [
      'Javadoc',
      'Better docstrings',
      'Fix Javadoc for RandomUtils.secure(), it incorrectly mentions securerandom.strongAlgorithms #1503',
      '[LANG-1793] Fix Javadoc description in CharUtils.isAsciiAlphanumeric() #1501',
      '[javadoc] Improve StringUtils Javadoc #1450',
      'Sort members',
    ])
      assert.ok(
        ids(unit([commit({ subject, files: [file('src/main/java/org/apache/commons/lang3/StringUtils.java', 1042, 1307)] })])).includes('routineWords'),
        subject,
      );
    for (const subject of ['Add Javadoc generation to the build', 'Fix javadoc build on JDK 21', 'Add support for docstrings in hover'])
      assert.ok(!ids(unit([commit({ subject, files: code })])).includes('routineWords'), subject);
    // a formatter named: Mojolicious' "Use the latest perltidy", +1685 −651 lines of reformatted tests
    for (const subject of ['Use the latest perltidy', 'Run php-cs-fixer', 'stylua the plugin'])
      assert.ok(
        ids(unit([commit({ subject, files: [file('t/mojolicious/app.t', 260, 117), file('lib/Mojolicious/Command/version.pm', 3, 3)] })])).includes(
          'routineWords',
        ),
        subject,
      );
    // or by the name and the version it moves to (ollama's); not a move of the product's own API to a new version
    // (or several, as Scala Steward lists them: cats-effect's)
    for (const subject of [
      'update mlx-c bindings to 0.5.0 (#14380)',
      'chore: upgrade wasmi to 1.1.0',
      'Bump golangci-lint to v2.4.0',
      'Update nscplugin, sbt-scala-native, ... to 0.4.15 in series/3.x',
      'Update cats-core, cats-free to 2.11.0',
      // Abseil's copy of another library brought up to date
      'Import of CCTZ from GitHub.',
    ])
      assert.ok(ids(unit([commit({ subject, files: code })])).includes('routineWords'), subject);
    for (const subject of ['Update the parser to handle YAML 1.2 documents', 'Upgrade TypeScript to 6 (#15092)'])
      assert.ok(!ids(unit([commit({ subject, files: code })])).includes('routineWords'), subject);
    // a `chore:` label where the prefixes are areas, not types (tracing's "core: …", "subscriber: …"): no conventions learned
    assert.ok(ids(unit([commit({ subject: 'chore: fix new warnings in Rust 1.72.0 (#2700)', files: code })])).includes('routineWords'));
    assert.ok(!ids(unit([commit({ subject: 'core: fix new warnings in Rust 1.72.0 (#2700)', files: code })])).includes('routineWords'), 'an area');
    // … whose verb then says nothing of what it is (caddy's "chore: Add nolints to work around haywire linters (#7493)")
    const chore = unit([commit({ subject: 'chore: Add nolints to work around haywire linters (#7493)', files: code })]);
    assert.ok(!ids(chore).includes('feature') && ids(chore).includes('routineWords'), 'upkeep by its label, no feature');
    assert.ok(ids(unit([commit({ subject: 'core: Add nolints to work around haywire linters (#7493)', files: code })])).includes('feature'), 'an area');
    // taking something out of the public API, in those words (okhttp)
    assert.ok(breaking('Temporarily remove AddressPolicy from the public API (#8836)'));
    for (const subject of [
      'Remove the retry helper from the public API docs',
      'Revert "Remove AddressPolicy from the public API"',
      "Don't remove Call.clone from the public API",
    ])
      assert.ok(!breaking(subject), subject);
    // dropping a runtime's version: its users must upgrade (not a CI matrix, a development build or a work-around)
    for (const subject of [
      'Drop Python 3.8 (#2823)',
      'Drop Node.js 12 Support (#13118)',
      'drop node 16',
      'Remove Python 2 support',
      'Drop Python 3.8 and 3.9',
      'Drop Python 3.9 to fix CI (#1609)',
      // an operating system's version: its users lose the app (AntennaPod's)
      'Remove Android 5 support (#8276)',
    ])
      assert.ok(breaking(subject), subject);
    // removing what was deprecated: the users who did not move off it break now
    for (const subject of [
      'Remove deprecated `WS_1004_NO_STATUS_RCVD` (#2827)',
      'remove previously deprecated code',
      'vite: remove deprecated splitVendorChunkPlugin',
      // (said after what it removes, with the release it was deprecated in: Hugo's)
      'Remove items deprecated <= v0.136.0 (note)',
      'Remove APIs deprecated in 2.0',
    ])
      assert.ok(breaking(subject), subject);
    for (const subject of ['Remove deprecated `datetime.utcnow()` calls', 'remove deprecated dependency', 'Remove deprecated test helper'])
      assert.ok(!breaking(subject), `${subject}: the project's own use of something deprecated`);
    for (const subject of [
      'remove node 18 from test matrix',
      'Drop Node.js 18 for development build (#16728)',
      'remove Rust 1.94.0 workarounds (#7987)',
      'Drop Windows 2019 from CI',
    ])
      assert.ok(!breaking(subject), subject);
    for (const subject of [
      'Remove old `noqa` comments and disable `C901` globally',
      'remove unused config',
      'Remove unused `parent` params in the generator',
      'remove unused debug option',
      'Remove stale feature flag',
      // a needless one in the code (Typst's, a Rust `Option`)
      'Remove unneded Option in `CompletionContext::new` (#8451)',
      'Remove unnecessary config option',
      // a feature flag removed gives everyone the feature (dub's)
      'Remove emailCampaigns feature flag (#3086)',
      'remove the partners-portal feature gate',
      // a plugin of the build, not of the product (retrofit's, with its test module)
      'Remove RoboVM Gradle plugin and test',
      'Remove 3.9 workaround from the loader',
      // an option of the project's own load tests (PostgREST's)
      'nix(loadtest): remove --rsa option from genTargets',
      'bench: remove --warmup option',
    ])
      assert.ok(!breaking(subject), subject);
    assert.ok(breaking('cli: remove --rsa option'), 'an option of the product');
    // forbidding what was allowed: those who used it must change (just's and commander's notes list these as breaking)
    for (const subject of ['Forbid duplicate groups (#3626)', 'Disallow excess arguments (#2223)', "Don't accept option arguments starting with `-=` or `--=`"])
      assert.ok(breaking(subject), subject);
    for (const subject of ['Forbid unsafe code', 'disallow clippy warnings in CI', 'Allow duplicate groups', 'Fix "Disallow excess arguments" error message'])
      assert.ok(!breaking(subject), `${subject}: not a change users must adopt`);
    // babel: contributors write `fix:`, the maintainer does not; his words still say it
    assert.ok(breaking('Remove `importAssertions` parser plugin (#16770)', CONVENTIONAL));
    assert.ok(!breaking('chore: remove the old-style option', CONVENTIONAL), 'a typed commit says breaking by its label');
    // a deprecation weighs the same, but breaks nothing yet: its sentence says what it is
    const reason = (subject: string): string | undefined => score(unit([commit({ subject, files: code })])).signals.find((x) => x.id === 'breaking')?.reason;
    assert.match(reason('net: deprecate `TcpStream::set_linger`') ?? '', /^Deprecates something others use/);
    assert.match(reason('Remove `importReflection` parser plugin') ?? '', /^Makes a breaking change/);
    assert.match(reason('Remove deprecated `allow_redirects` argument') ?? '', /^Makes a breaking change/);
    // every release's notes list what breaks: a small breaking change is offered on that alone, like a labelled feature
    const small = [file('src/flow.js', 2, 6)];
    assert.ok(score(unit([commit({ subject: '[Flow] Drop support for annotations inside array patterns', files: small })])).notable);
    assert.ok(score(unit([commit({ subject: 'feat!: drop the legacy callback', files: small })]), CONVENTIONAL).notable);
    assert.ok(!score(unit([commit({ subject: 'Handle annotations inside array patterns', files: small })])).notable);
  });

  it('a `ref:` type is a refactoring by its label, where the history uses it (sentry-python)', () => {
    const subjects = [
      ...Array.from({ length: 8 }, (_, i) => `feat(django): span streaming part ${i} (#${6200 + i})`),
      ...Array.from({ length: 8 }, (_, i) => `fix(tracing): sampler case ${i} (#${6300 + i})`),
      'ref: Introduce inline type check for whether a span is StreamedSpan (#6180)',
      'ref(integrations): route HTTP header filtering through data collection config (#6190)',
      'chore: bump pytest',
      'docs: changelog',
    ];
    const conventions = learnConventions(subjects, [], []);
    const code = [file('sentry_sdk/tracing_utils.py', 80, 40)];
    const v = ids(unit([commit({ subject: 'ref: Introduce inline type check for whether a span is StreamedSpan (#6180)', files: code })]), conventions);
    assert.ok(v.includes('refactor') && !v.includes('feature'), v.join());
  });

  it("labels of refactoring or upkeep on some commits of a series do not say what its unlabelled ones are (PostgREST's `add:`)", () => {
    const add = commit({
      subject: 'add: config `client-error-verbosity` to set error verbosity',
      body: 'Set error verbosity using this config. The verbosity can be set to `verbose` or `minimal` for client error responses.',
      files: [file('src/PostgREST/Config.hs', 120, 20), file('src/PostgREST/Error.hs', 60, 20)],
    });
    const cleanups = [
      commit({ subject: 'refactor: remove `ToJSON` instance definition on error types', files: [file('src/PostgREST/Error.hs', 30, 56)] }),
      commit({ subject: 'refactor: remove commented out code from Auth/Jwt.hs', files: [file('src/PostgREST/Auth/Jwt.hs', 0, 3)] }),
    ];
    const v = score(unit([...cleanups, add], { title: add.subject }), CONVENTIONAL);
    assert.ok(!v.signals.some((x) => x.id === 'refactor'), JSON.stringify(v.signals));
    // the refactorings alone are what their labels say
    assert.ok(ids(unit(cleanups, { title: cleanups[0]!.subject }), CONVENTIONAL).includes('refactor'));
  });

  it('a `breaking:` type is a breaking change by its label, where the history uses it (SvelteKit)', () => {
    const subjects = [
      ...Array.from({ length: 8 }, (_, i) => `feat: remote function ${i} (#${16000 + i})`),
      ...Array.from({ length: 8 }, (_, i) => `fix: prerender case ${i} (#${16100 + i})`),
      'breaking: overhaul tsconfig (#16458)',
      'breaking: delete `$service-worker` module (#16450)',
      'chore: bump vite',
      'docs: remote functions',
    ];
    const conventions = learnConventions(subjects, [], []);
    assert.ok(conventions.conventional && conventions.types.includes('breaking'), JSON.stringify(conventions.types));
    const code = [file('packages/kit/src/core/sync/write_tsconfig.js', 120, 80)];
    const v = score(unit([commit({ subject: 'breaking: overhaul tsconfig (#16458)', files: code })]), conventions);
    assert.ok(
      v.signals.some((x) => x.id === 'breaking'),
      JSON.stringify(v.signals),
    );
  });

  it('a security advisory’s merge (“Merge commit from fork”) is named by its body: a listed commit, a one-line title, else its advisory', () => {
    const named = (body: string): string => namingSubject({ subject: 'Merge commit from fork', body });
    assert.equal(named('* Remove sensitive headers in proxy pools too\n\n* Add a changelog entry'), 'Remove sensitive headers in proxy pools too');
    assert.equal(named("kube play: don't follow volume symlinks onto the host"), "kube play: don't follow volume symlinks onto the host");
    assert.equal(named('addresses GHSA-vx24-x4mv-vwr5'), 'addresses GHSA-vx24-x4mv-vwr5');
    // a sentence wrapped over lines names nothing by its first line (caddy); a link alone neither (chi)
    assert.equal(
      named('Necessary as otherwise the early-bail in `until =\nstrings.IndexByte(remaining, nextCh)` can cause a\nmismatch'),
      'Security fix from a private fork',
    );
    assert.equal(
      named('https://github.com/go-chi/chi/security/advisories/GHSA-vrw8-fxc6-2r93\n\nAdvisory reported by Anuraag Baishya. Thank you!'),
      'Security fix from a private fork (GHSA-vrw8-fxc6-2r93)',
    );
    assert.equal(named(''), 'Security fix from a private fork');
    // the advisory's id alone is no title (commonmark)
    assert.equal(named('GHSA-c2pc-g5qf-rfrf'), 'Security fix from a private fork (GHSA-c2pc-g5qf-rfrf)');
    assert.equal(
      namingSubject({ subject: 'Merge commit from the fork of a friend', body: 'x' }),
      'Merge commit from the fork of a friend',
      'only GitHub’s subject',
    );
  });

  it("a subject cut off mid-sentence is named with the body's words that end it (OpenSSH portable's synced OpenBSD commits)", () => {
    const openbsd = 'OpenBSD-Commit-ID: 89198be755722131b45a52d22d548e4c602201f0';
    assert.equal(
      namingSubject({
        subject: 'upstream: convert PerSourcePenalties to using floating point time,',
        body: `allowing penalties to be less than a second. This is useful if you need to\npenalise things you expect to occur at >=1 QPS.\n\nfeedback dtucker / deraadt; ok deraadt@\n\n${openbsd}`,
      }),
      'upstream: convert PerSourcePenalties to using floating point time, allowing penalties to be less than a second',
    );
    // (its mail's headers left in the body are no words of it)
    assert.equal(
      namingSubject({
        subject: 'upstream: Remove some unnecessary checks in',
        body: 'sshkey_ec_validate_public()\nMIME-Version: 1.0\nContent-Type: text/plain',
      }),
      'upstream: Remove some unnecessary checks in sshkey_ec_validate_public()',
    );
    // a subject that ends its sentence, or a body that starts one of its own, stays as it is (git's "…that are not written
    // to" over "The recent glibc 2.43 release…"; curl's "…use that"; "make SMB support opt-in")
    for (const [subject, body] of [
      ['fy some pointers that are not written to', 'The recent glibc 2.43 release had the following change.'],
      ['cookie: when a dupe host adds subdomains, use that', 'Otherwise a weaker earlier entry is allowed.'],
      ['lib: make SMB support opt-in', 'the SMB protocol has weak security'],
      ['Add the frobnicator', 'and with it a knob'],
      ['spelling: greater than', 'Signed-off-by: Josh Soref <josh@example.com>'],
    ])
      assert.equal(namingSubject({ subject: subject!, body: body! }), subject, subject);
  });

  it('keywords that misfired: dependency injection is not security; "will be fixed", "docs: fix links" and "a fixed-size buffer" are not fixes; reverts are read', () => {
    assert.ok(
      !ids(unit([commit({ subject: 'Use the injection of the global logger', body: 'Dependency injection keeps tests simple.' })])).includes('security'),
    );
    assert.ok(ids(unit([commit({ subject: 'Escape HTML input in comments to stop XSS' })])).includes('security'));
    for (const subject of [
      'fix: harden header iterable checks for prototype-pollution scenarios (#4824)',
      'web: Harden against invalid HTTP reason phrases',
      'Reject chunked bodies to prevent request smuggling',
      'Add decompression bomb checks to FontFile classes (#9711)',
      'Avoid ReDoS in the cookie parser',
      // KeePassXC's, listed among the fixes of 2.7.7
      'Prevent byte-by-byte and attachment inference side channel attacks',
      'Rate-limit unlock attempts against brute-force attacks',
    ])
      assert.ok(ids(unit([commit({ subject })])).includes('security'), subject);
    assert.ok(!ids(unit([commit({ subject: 'Harden CI (#1368)' })])).includes('security'), 'hardening against nothing named');
    // a sanitizer is the compiler's tool for finding bugs (meson, kitty); sanitizing input is security work
    for (const subject of ['compilers: do not convert sanitizer link arguments twice', 'Fix test suite running under sanitizers'])
      assert.ok(!ids(unit([commit({ subject })])).includes('security'), subject);
    assert.ok(ids(unit([commit({ subject: 'Sanitize file names in the archive reader' })])).includes('security'));
    // a vulnerability named by its identifier, remediated in code (htmx's): more than security in words, and a fix
    const cve = score(
      unit([commit({ subject: 'remediate CVE-2026-3682-1', files: [file('src/htmx.js', 6, 3), file('www/content/CVE-2026-3682-1.md', 400, 0)] })]),
    );
    assert.deepEqual(
      cve.signals.filter((x) => x.id === 'security' || x.id === 'fix').map((x) => [x.id, x.weight > 0]),
      [
        ['security', true],
        ['fix', true],
      ],
    );
    assert.equal(cve.signals.find((x) => x.id === 'security')?.reason, 'Addresses a vulnerability named CVE-2026-3682-1.');
    const unnamed = score(unit([commit({ subject: 'Fix XSS in the attribute parser', files: [file('src/htmx.js', 6, 3)] })]));
    assert.ok(cve.signals.find((x) => x.id === 'security')!.weight > unnamed.signals.find((x) => x.id === 'security')!.weight, 'named outweighs unnamed');
    // a security policy in documentation is the project's process, and says so
    assert.equal(
      score(unit([commit({ subject: 'Formalize security process', files: [file('SECURITY.md', 40, 2)] })])).signals.find((x) => x.id === 'security')?.reason,
      'Works on the project’s security process or policy, in its documentation.',
    );
    assert.ok(!ids(unit([commit({ subject: 'Prepare the parser', body: 'The remaining cases will be fixed in subsequent commits.' })])).includes('fix'));
    assert.ok(!ids(unit([commit({ subject: 'docs: fix links' })]), CONVENTIONAL).includes('fix'));
    // "fixed-" as an adjective (ollama's ring buffer)
    for (const subject of ['mlxrunner: track sampler history in a fixed-size ring buffer', 'Fixed-width columns for the table view'])
      assert.ok(!ids(unit([commit({ subject, files: [file('src/a.go', 20, 10)] })])).includes('fix'), subject);
    for (const subject of ['Fixed the crash on empty input', 'Fix-up the parser for nested lists'])
      assert.ok(ids(unit([commit({ subject, files: [file('src/a.go', 20, 10)] })])).includes('fix'), subject);
    // a `fix:` label on the project's own upkeep, named as a noun alone (gum's "fix: lint issues (#909)")
    for (const subject of ['fix: lint issues (#909)', 'fix: flaky tests', 'fix: typos', 'fix: MobX warnings'])
      assert.ok(ids(unit([commit({ subject, files: [file('src/a.go', 20, 10)] })]), CONVENTIONAL).includes('internal'), subject);
    for (const subject of ['fix: lint config paths on Windows', 'fix: report the exit code of a failed CI run'])
      assert.ok(ids(unit([commit({ subject, files: [file('src/a.go', 20, 10)] })]), CONVENTIONAL).includes('fix'), `${subject}: a bug`);
    // and, in any repository, the compiler's warnings on its own code mended (Vapor's "Fix warnings from NIO 2.79.0 (#3285)"); not a
    // warning users see, said with when it shows
    const vapor = [file('Sources/Vapor/HTTP/Server/HTTPServer.swift', 40, 30)];
    // (or a compiler's warnings turned on for the project's build: Abseil's)
    for (const subject of [
      'Fix warnings from NIO 2.79.0 (#3285)',
      'Fix Concurrency Warnings and Deprecations (#3265)',
      'fix new rust warnings',
      'Enable clang-specific warnings on the clang-cl build instead of just trying to be MSVC',
      'Enable -Wshadow warnings',
    ])
      assert.ok(ids(unit([commit({ subject, files: vapor })])).includes('internal'), subject);
    for (const subject of ['Fix warning when the config file is empty', 'Enable warnings for deprecated settings'])
      assert.ok(!ids(unit([commit({ subject, files: vapor })])).includes('internal'), `${subject}: a warning users see`);
    // fixes too vague to name one (neomutt's "docs: minor fixes", "minor fixes"), in a repository whose prefixes are areas
    for (const subject of ['docs: minor fixes', 'minor fixes', 'Various fixups.', 'fix', 'fix?', 'fixes'])
      assert.ok(!ids(unit([commit({ subject, files: [file('src/a.c', 20, 10)] })])).includes('fix'), subject);
    assert.ok(ids(unit([commit({ subject: 'Fix minor leaks in the parser', files: [file('src/a.c', 20, 10)] })])).includes('fix'), 'a fix');
    // what a type checker or a linter found (quart's "fix mypy findings", "Fix some mypy issues")
    for (const subject of ['fix mypy findings', 'Fix some mypy issues', 'fix type errors', 'Fix lint failures (#12)'])
      assert.ok(!ids(unit([commit({ subject, files: [file('src/quart/app.py', 20, 10)] })])).includes('fix'), subject);
    assert.ok(ids(unit([commit({ subject: 'Fix type errors when the body is empty', files: [file('src/quart/app.py', 20, 10)] })])).includes('fix'), 'a bug');
    // a title that names the issue it closes first says what it does after it (Jackson's, eza's, esbuild's)
    const jackson = [file('src/main/java/com/fasterxml/jackson/databind/ObjectMapper.java', 40, 4)];
    for (const subject of ['Fix #5020: add support for `@JsonProperty.isRequired` (#5021)', 'Resolves #270: add support for --time-style=relative'])
      assert.ok(ids(unit([commit({ subject, files: jackson })])).includes('feature'), subject);
    for (const subject of [
      'Fix #4878: NPE for Map-converting serializer (#4926)',
      'Fix #4997: add null checks for ObjectNode keys (#5012)',
      'fix #4498: `async` TLA checks need a worklist',
      'Fix #4963 (#4964)',
      'lz4: Add check for proper byte skipping',
    ])
      assert.ok(ids(unit([commit({ subject, files: jackson })])).includes('fix'), subject);
    assert.ok(ids(unit([commit({ subject: 'patch 9.2.0093: heap-use-after-free when wiping buffer in TabClosedPre', files: jackson })])).includes('fix'));
    // nor a lint resolved, silenced or addressed, as one commit of a larger change (syn's "Resolve collapsible_if clippy
    // lints in syn-internal-codegen" in its move to the 2024 edition)
    const beside = (subject: string): string[] =>
      ids(
        unit([
          commit({ subject: 'Regenerate the syntax tree tables', files: [file('src/gen/fold.rs', 60, 40)] }),
          commit({ subject, files: [file('codegen/src/gen.rs', 20, 10)] }),
        ]),
      );
    for (const subject of ['Resolve collapsible_if clippy lints in syn-internal-codegen', 'Address new lints', 'Silence rustc warnings on nightly'])
      assert.ok(!beside(subject).includes('fix'), subject);
    for (const subject of ['Resolve symlinks before reading the config', 'Address the crash when the lint table is empty'])
      assert.ok(beside(subject).includes('fix'), subject);
    // what a linter found is not a bug (zstd's, rand's)
    for (const subject of ['fix the copyright linter', 'Edition-related Clippy fix', 'Fix clippy lints'])
      assert.ok(!ids(unit([commit({ subject, files: [file('src/lib.rs', 3, 3)] })])).includes('fix'), subject);
    // fmt's "Fix module test": one word before "test" still names the tests
    assert.ok(
      !ids(unit([commit({ subject: 'Fix module test', files: [file('test/CMakeLists.txt', 3, 3)] })])).includes('fix'),
      'a test fixed is not a bug fix',
    );
    assert.ok(
      ids(unit([commit({ subject: 'Fix parser crash on empty test input', files: [file('src/parse.c', 3, 3)] })])).includes('fix'),
      'a bug fix that names tests',
    );
    assert.ok(ids(unit([commit({ subject: 'fix: revert the cache change' })]), CONVENTIONAL).includes('revert'));
    assert.ok(ids(unit([commit({ subject: 'Drop the cache', body: 'This reverts commit 1234567abcdef.' })])).includes('revert'));
    // a squash merge lists its branch's commits: reverting one of them undoes nothing merged (mitmproxy's #7603);
    // reverting merged work, named in the list, still does
    const squashed = (reverted: string): string[] =>
      ids(
        unit([
          commit({
            subject: 'Docs: Add Search Bar (#7603)',
            body: `* add JSON search index\n\n* add pizza search\n\n* Revert "${reverted}"\n\nThis reverts commit 5b5da7d2c2b9cb11919e35cfab9bda19f5651896.\n\n* fix lint`,
          }),
        ]),
      );
    assert.ok(!squashed('add pizza search').includes('revert'), 'a revert of its own branch’s commit');
    assert.ok(squashed('Web: harden `xsrf_token` usage (#7491)').includes('revert'), 'a revert of merged work');
    // the title does not say it: the reason quotes what it reverts (mitmproxy's "Update to Python 3.14 (#7918)")
    const python = unit([
      commit({
        subject: 'Update to Python 3.14 (#7918)',
        body: '* Update to Python 3.14\n\n* Revert "Bump hypothesis dependency (#7865)"\n\nThis reverts commit 0981668515ce04123279e933470b1bdd5aff8726.',
      }),
    ]);
    assert.equal(
      score(python).signals.find((x) => x.id === 'revert')?.reason,
      'Reverts an earlier change, “Bump hypothesis dependency (#7865)”: a judgment call.',
    );
    assert.equal(
      score(unit([commit({ subject: 'Drop the cache', body: 'This reverts commit 1234567abcdef.' })])).signals.find((x) => x.id === 'revert')?.reason,
      'Reverts an earlier change: a judgment call.',
    );
    // git's Revert "<subject>" quotes the change it undoes: its words are not what the revert is
    const undoes = (subject: string): string[] => ids(unit([commit({ subject: `Revert "${subject}"`, files: [file('src/a.ts', 10, 40)] })]));
    assert.ok(!undoes('Fix the parser for nested lists').includes('fix'), 'not a fix by the reverted words');
    assert.ok(!undoes('Add paging to the list endpoint').includes('feature'), 'not a feature by the reverted words');
    assert.ok(undoes('Add paging to the list endpoint').includes('revert'));
    assert.ok(!undoes('Escape HTML input in comments to stop XSS').includes('security'), 'not security by the reverted words');
    assert.ok(!undoes('Hotfix the outage in the billing job').includes('incident'), 'not an incident by the reverted words');
    // nor by the words of a commit that only tests how the code behaves in one (k6's "Cover fail-closed report on catalog outage")
    const telemetry = (outage: CommitRecord) =>
      ids(unit([commit({ subject: 'Report imported catalog extensions in usage report', files: [file('internal/usage/usage.go', 80, 4)] }), outage]));
    assert.ok(
      !telemetry(commit({ subject: 'Cover fail-closed report on catalog outage', files: [file('internal/usage/usage_test.go', 40)] })).includes('incident'),
    );
    assert.ok(telemetry(commit({ subject: 'Keep reporting through a catalog outage', files: [file('internal/usage/usage.go', 12, 3)] })).includes('incident'));
    // a unit of only reverts is no refactoring by the words it quotes (tokio's revert of "steal tasks from the LIFO slot",
    // listed as performance work), and its size, the undone change's, weighs half
    const big = [file('tokio/src/runtime/scheduler/multi_thread/worker.rs', 300, 280)];
    const revert = score(unit([commit({ subject: 'runtime: revert "steal tasks from the LIFO slot" (#8100)', files: big })]));
    assert.ok(!revert.signals.some((x) => x.id === 'refactor'), JSON.stringify(revert.signals));
    const sizeOf = (v: { signals: readonly Signal[] }): number => v.signals.find((x) => x.id === 'size')?.weight ?? 0;
    assert.equal(sizeOf(revert), sizeOf(score(unit([commit({ subject: 'runtime: steal tasks from the LIFO slot (#8090)', files: big })]))) / 2);
  });

  it('a revert of a revert lands the change again: no revert, and its size weighs in full', () => {
    // pinia's re-applied fix, and git's newer wording for the same
    const big = [file('packages/pinia/src/store.ts', 90, 4), file('packages/pinia/test-dts/store.test-d.ts', 13, 0)];
    const body = 'This reverts commit f550c6080514a851f77a652becbf5b90818479d1.';
    const sizeOf = (v: { signals: readonly Signal[] }): number => v.signals.find((x) => x.id === 'size')?.weight ?? 0;
    const full = sizeOf(score(unit([commit({ subject: 'fix(types): fix storeToRefs state return type', files: big })]), CONVENTIONAL));
    for (const subject of [
      'refactor: Revert "refactor: Revert "fix(types): fix storeToRefs state return type (#2574) (#2604)""',
      'Revert "Revert "Fix storeToRefs state return type""',
      'Reapply "Fix storeToRefs state return type"',
    ]) {
      const v = score(unit([commit({ subject, body, files: big })]), CONVENTIONAL);
      assert.ok(!v.signals.some((x) => x.id === 'revert'), `${subject}: ${JSON.stringify(v.signals)}`);
      assert.equal(sizeOf(v), full, `${subject}: the size of new work`);
    }
    // a revert of it is still one
    const undo = score(unit([commit({ subject: 'Revert "Fix storeToRefs state return type"', body, files: big })]));
    assert.ok(
      undo.signals.some((x) => x.id === 'revert'),
      JSON.stringify(undo.signals),
    );
  });

  it("what a piece of work reverts of work from outside it is no size of its own (ollama's series); a revert that names the unit is its work (pip's)", () => {
    const move = commit({
      subject: 'mlxrunner: move YaRN RoPE helpers into x/models/nn',
      files: [file('x/models/nn/rope.go', 60, 50), file('x/mlxrunner/rope.go', 0, 45)],
    });
    const revert = commit({
      subject: 'Revert "mlxrunner: add DFlash speculative decoding (#16134)"',
      body: 'This reverts commit f550c6080514a851f77a652becbf5b90818479d1.',
      files: [file('x/mlxrunner/dflash.go', 0, 1400), file('x/mlxrunner/draft.go', 0, 600)],
    });
    const reason = (v: { signals: readonly Signal[] }): string => v.signals.find((x) => x.id === 'size')?.reason ?? '';
    const series = score(unit([move, revert]));
    assert.ok(reason(series).includes('+60 −95 lines in 2 files'), reason(series));
    assert.ok(
      series.signals.some((x) => x.id === 'revert'),
      'still a revert in it',
    );
    const named = score(unit([revert, move], { title: revert.subject }));
    assert.ok(reason(named).includes('+60 −2095 lines in 4 files'), reason(named));
  });

  it('mechanical changes count against, and say so', () => {
    const files = Array.from({ length: 40 }, (_, i) => file(`part${i % 4}/m${i}.ts`, 24, 24));
    const v = score(unit([commit({ subject: 'Reorganize modules', files })]));
    const mechanical = v.signals.find((s) => s.id === 'mechanical');
    assert.equal(mechanical?.reason, 'Mostly moved or rewritten lines: +960 −960 across 40 files.');
    assert.ok(mechanical.weight < 0);
    // a feature whose sums balance by chance (a class added in some files, old helpers deleted in others) is not
    const balancedByChance = Array.from({ length: 10 }, (_, i) => (i % 2 ? file(`src/f${i}.ts`, 0, 30) : file(`src/f${i}.ts`, 30, 0)));
    assert.ok(!ids(unit([commit({ subject: 'Add a NetRC auth class', files: balancedByChance })])).includes('mechanical'));
    // the same line out of each of many files, beside a test's and a tool's configuration (dunst's modelines): a sweep
    const modelines = Array.from({ length: 53 }, (_, i) => file(`src/m${i}.c`, i < 4 ? 1 : 0, i < 14 ? 2 : 1));
    const stripped = score(unit([commit({ subject: 'Strip obsolete vim statusline', files: [...modelines, file('test/dunstrc', 19, 20)] })]));
    assert.equal(stripped.signals.find((s) => s.id === 'mechanical')?.reason, 'A sweep of small edits: +4 −67 across 53 files.');
    // …but not a change of a few lines in each of fewer files, nor one with more in some
    const few = Array.from({ length: 19 }, (_, i) => file(`src/m${i}.c`, 1, 1));
    assert.ok(!ids(unit([commit({ subject: 'Check the return value of read()', files: few })])).includes('mechanical'));
    const deeper = [...modelines.slice(1), file('src/m0.c', 30, 2)];
    assert.ok(!ids(unit([commit({ subject: 'Add the foreign toplevel protocol', files: deeper })])).includes('mechanical'));
    // …while one file edited deeper on the way does not make a sweep work (swift-argument-parser's license headers, fixed
    // in 95 files, and the completion generator's own header: "Fix up license headers and enable check", offered at 6.4)
    const headers = [...Array.from({ length: 60 }, (_, i) => file(`Sources/H${i}.swift`, 2, 1)), file('Sources/FishCompletionsGenerator.swift', 11, 0)];
    assert.equal(
      score(unit([commit({ subject: 'Fix up license headers and enable check', files: headers })])).signals.find((s) => s.id === 'mechanical')?.reason,
      'A sweep of small edits: +131 −60 across 61 files.',
    );
    // a reformat by its words, merged as a pull request (retrofit's #3365: the merge's subject says nothing of it)
    const formatted = Array.from({ length: 30 }, (_, i) => file(`retrofit/src/main/java/R${i}.java`, 60, 40));
    const reformat = commit({ subject: 'Add google-java-format and reformat', files: [...formatted, file('build.gradle', 12, 0)] });
    const merge = commit({ subject: 'Merge pull request #3365 from square/jakew/format', parents: ['c'.repeat(40), 'd'.repeat(40)], files: reformat.files });
    const formatPr = unit([reformat, merge], { kind: 'pullRequest', merge, pullRequest: 3365, title: 'Add google-java-format and reformat' });
    assert.match(score(formatPr).signals.find((s) => s.id === 'mechanical')?.reason ?? '', /^A mechanical change by its words/);
    // a command-line option named by those words is not (hyperfine's "Add new --sort option")
    const option = unit([commit({ subject: 'Add new --sort option', files: formatted.slice(0, 12) })]);
    assert.ok(!ids(option).includes('mechanical'), ids(option).join());
    // …nor a rewrite its author labels a feature, whose lines balance (starship's "feat(git): enable sha256 support (#7531)");
    // a rewrite by no label still is one
    const balanced = Array.from({ length: 10 }, (_, i) => file(`src/modules/git_${i}.rs`, 35, 31));
    const conventional = { ...NO_CONVENTIONS, conventional: true, types: ['feat', 'fix', 'chore'] };
    const sha256 = scoreUnit(unit([commit({ subject: 'feat(git): enable sha256 support (#7531)', files: balanced })]), 4, { conventions: conventional });
    assert.ok(!sha256.signals.some((s) => s.id === 'mechanical') && sha256.signals.some((s) => s.id === 'feature'), JSON.stringify(sha256.signals));
    assert.ok(ids(unit([commit({ subject: 'Enable sha256 support', files: balanced })])).includes('mechanical'), 'by its words alone');
    // …nor one of the choices a feature offers (yazi's #4225: "pick drag-and-drop mode (move/copy)")
    const choice = unit([commit({ subject: 'feat: pick drag-and-drop mode (move/copy); drop in `http://` URLs (#4225)', files: formatted.slice(0, 12) })]);
    assert.ok(!ids(choice).includes('mechanical'), ids(choice).join());
    // files moved in two commits (copied, then the old ones deleted): each old file's lines reappear in a new file of its name
    const names = Array.from({ length: 6 }, (_, i) => `mod${i}.rs`);
    const copy = commit({
      subject: 'chore: Copy util::toml to workspace::parser',
      files: names.map((m, i) => file(`src/workspace/parser/${m}`, 100 + 40 * i, 0, true)),
    });
    // (the old files edited before they moved: what they lost, net, reappears)
    const edit = commit({ subject: 'chore: Update imports', files: names.map((m) => file(`src/util/toml/${m}`, 4, 4)) });
    const drop = commit({ subject: 'chore: Update imports for parser move', files: names.map((m, i) => file(`src/util/toml/${m}`, 0, 100 + 40 * i)) });
    const moved = score(unit([drop, copy, edit], { title: 'chore: Flatten src (#17231)' }));
    assert.match(moved.signals.find((s) => s.id === 'mechanical')?.reason ?? '', /^Mostly moved or rewritten lines: \+1224 −1224 across 12 files/);
    // a rewrite that drops old files and writes new ones of other names and sizes is not a move
    const rewrite = unit([
      commit({ files: [...names.map((m) => file(`src/old/${m}`, 0, 150)), ...names.map((_, i) => file(`src/new/n${i}.rs`, 150, 0, true))] }),
    ]);
    assert.ok(!ids(rewrite).includes('mechanical'));
    // nor one into files of names that say nothing alone (`index.ts`) and other sizes
    const v2 = unit([
      commit({ files: [...names.map((_, i) => file(`src/v1/m${i}/index.ts`, 0, 200)), ...names.map((_, i) => file(`src/v2/m${i}/index.ts`, 190, 0, true))] }),
    ]);
    assert.ok(!ids(v2).includes('mechanical'));
    // and its size and breadth count as internal work: half of what the same lines of a feature earn
    const same = score(unit([commit({ subject: 'Update modules', files })]));
    const feature = score(unit([commit({ subject: 'Update modules', files: files.map((f) => file(f.path, 48, 0)) })]));
    const weight = (signals: readonly { id: string; weight: number }[], id: string): number => signals.find((s) => s.id === id)?.weight ?? 0;
    assert.equal(weight(same.signals, 'breadth'), weight(feature.signals, 'breadth') / 2);
    assert.ok(weight(feature.signals, 'breadth') > 0);
  });

  it('a branch brought up to date in one commit is not a piece of work; merging two things in the code is', () => {
    const files = [file('src/a.ts', 300), file('lib/b.ts', 200), file('cli/c.ts', 100), file('CHANGELOG.md', 40)];
    for (const subject of [
      'Merge from develop (#2482)',
      "Merge branch 'develop' into release/14.x",
      "Merge remote-tracking branch 'origin/main'",
      'Merge main into feature/x',
      'Merge changes from next to master branch (#2315)',
      // Log4j: a release's changes, merged back from its branch
      'Merge changes in version `2.25.4` back to `2.x` (#4085)',
    ]) {
      const v = score(unit([commit({ subject, files })]));
      assert.deepEqual(
        v.signals.map((s) => s.id),
        ['syncMerge'],
        subject,
      );
      assert.equal(v.notable, false, subject);
    }
    assert.ok(!ids(unit([commit({ subject: 'Merge RequestContext into AppContext', files })])).includes('syncMerge'));
  });

  it('performance work by the forms a speed-up takes in a title: work, allocations or copies avoided, a fast path, SIMD', () => {
    const code = [file('src/resolver.rs', 40, 12)];
    const kind = (subject: string, files = code): string[] => ids(unit([commit({ subject, files })]));
    for (const subject of [
      'Avoid redundant pyproject parsing (#20076)',
      'runtime: avoid redundant unpark in current_thread scheduler (#7834)',
      'Skip the unnecessary `isType` check if `nodeType` is empty',
      'Avoid allocating expanded compatibility tags (#20190)',
      'fs: avoid some copies in `tokio::fs::write` (#7199)',
      'grep-regex: add fast path for -w/--word-regexp',
      'Enable SIMD-accelerated TOML parsing (#20079)',
      // work spread over cores (mypy's parallel type checking)
      'Parse files in parallel when possible (#21175)',
      'Batch SCCs for parallel processing (#21287)',
      'Use parallel parsing at all stages (#21266)',
    ])
      assert.ok(kind(subject).includes('performance'), subject);
    for (const subject of [
      'Fix parallel worker crash on syntax error (#21202)',
      'script/build-git: run more parallel build jobs',
      'Fix test order in parallel mode',
    ])
      assert.ok(!kind(subject).includes('performance'), `${subject}: not a speed-up of the product`);
    // output that is not there is no work saved; a bug avoided is a fix; words about speed in documentation alone are no speed-up
    for (const subject of [
      'Avoid unnecessary parens around exported arrow functions',
      'Avoid unnecessary semicolon before call signatures (#19212)',
      'describe: Avoid unnecessary warning when using --all',
      'trace: avoid unnecessary quoting',
      'Avoid redundant string in error message',
      'Avoid a crash on empty input',
      'Avoid the full name in the error',
      'regex: fix fast path for -w/--word-regexp flag (#2576)',
      'Make GitHub fast path errors non-fatal (#10859)',
    ])
      assert.ok(!kind(subject).includes('performance'), subject);
    assert.ok(!kind('doc: clarify use of SIMD features', [file('README.md', 10, 2)]).includes('performance'));
    // nor a fix by its words in documentation alone (scrapy's), where a fix with its docs is one
    assert.ok(!kind('Fix a code block in leaks.rst. (#7489)', [file('docs/topics/leaks.rst', 3, 3)]).includes('fix'));
    assert.ok(kind('Fix a crash on empty feeds', [file('scrapy/feedexport.py', 6, 2), file('docs/topics/feed-exports.rst', 3, 1)]).includes('fix'));
    // a speed-up said in words is offered on its own, however small (jq's "Improve performance of repeating strings")
    assert.ok(score(unit([commit({ subject: 'Improve performance of repeating strings (#3272)', files: [file('src/jv.c', 12, 4)] })])).notable);
  });

  it('a release-notes fragment says the kind of its change by its name, as the project declares it (rubocop, towncrier)', () => {
    const kinds: Array<[string, ReturnType<typeof fragmentKind>]> = [
      ['changelog/new_add_allow_rbs_option.md', 'feature'],
      ['changelog/change_make_redundant_argument_aware_of_to_i.md', 'change'],
      ['changelog/fix_false_positive.md', 'fix'],
      ['newsfragments/1234.feature.rst', 'feature'],
      ['src/twisted/newsfragments/12345.bugfix', 'fix'],
      ['changelog.d/1234.removal.md', 'removal'],
      ['changelog.d/1234.breaking.md', 'breaking'],
      // the towncrier type wins over a word that starts the name; rubocop's prefixes are read on plain Markdown names
      ['newsfragments/fix_windows_paths.removal.rst', 'removal'],
      ['changelog.d/change_default.deprecation.md', 'deprecation'],
      ['changelog.d/+orphan.deprecation.rst', 'deprecation'],
      ['newsfragments/1234.feature.2.rst', 'feature'],
      // pip's `news/` folder
      ['news/13932.feature.rst', 'feature'],
      ['news/13817.bugfix.rst', 'fix'],
      ['news/certifi.vendor.rst', undefined],
      // towncrier's documentation and misc entries say nothing of the kind; other files are no fragments
      ['newsfragments/1234.doc.rst', undefined],
      ['newsfragments/1234.misc', undefined],
      ['newsfragments/constructor.constructor', undefined],
      ['docs/new_feature.md', undefined],
      ['changelogs/0.11.x.md', undefined],
      // dune's folders of kinds, GNOME's `news.d/` of releases with typed names (loupe's)
      ['doc/changes/added/14240.md', 'feature'],
      ['doc/changes/fixed/15344.md', 'fix'],
      ['news.d/47.0/fixed-zoom-center', 'fix'],
      ['news.d/47.1/added-branding-colors', 'feature'],
      ['news.d/47.0/released', undefined],
      ['src/changes/added/Foo.java', undefined],
      // covector's change files (Tauri's) say their kind in front matter; React Router's name a major bump first
      ['.changes/android-home-dir.md', undefined],
      ['packages/react-router/.changes/major.remove-domain-name-option.md', 'breaking'],
      ['packages/react-router/.changes/minor.instrumentation-meta.md', undefined],
      // EMQX's, by edition, named by kind and pull request; its release notes beside them are no fragments
      ['changes/ce/feat-16719.en.md', 'feature'],
      ['changes/ee/fix-17884.en.md', 'fix'],
      ['changes/ce/perf-17002.en.md', 'performance'],
      ['changes/e5.10.0.en.md', undefined],
      ['changes/6.2.0.en.md', undefined],
    ];
    for (const path of ['changes/6.2.0.en.md', 'changes/e5.10.0.en.md', 'changes/v5.0.10-en.md', 'changes/e6.0.0-M1.202507.en.md'])
      assert.ok(isReleaseNotesPath(path), path);
    assert.ok(!isReleaseNotesPath('changes/e5.0.1.zh.md') && !isNotesFragment('changes/e5.0.1.zh.md'), 'its Chinese copy');
    for (const [path, kind] of kinds) assert.equal(fragmentKind(path), kind, path);
    const code = [file('lib/rubocop/cop/style/redundant_argument.rb', 2), file('spec/rubocop/cop/style/redundant_argument_spec.rb', 4, 1)];
    const withFragment = (subject: string, fragment: string): WorkUnit => unit([commit({ subject, files: [...code, file(fragment, 1, 0, true)] })]);
    const weight = (u: WorkUnit, id: string): number | undefined => score(u).signals.find((x) => x.id === id)?.weight;
    // "Make … aware of …" says no kind by its words; its fragment does
    assert.equal(weight(withFragment('Make `Style/RedundantArgument` aware of `to_i`', 'changelog/change_aware_of_to_i.md'), 'feature'), 3);
    assert.equal(weight(withFragment('Make `Style/RedundantArgument` aware of `to_i`', 'changelog/new_aware_of_to_i.md'), 'feature'), 4);
    assert.ok(score(withFragment('Make `Style/RedundantArgument` aware of `to_i`', 'changelog/new_aware_of_to_i.md')).notable);
    assert.ok(!score(unit([commit({ subject: 'Make `Style/RedundantArgument` aware of `to_i`', files: code })])).notable);
    // words of performance work say more than a "change" entry
    assert.ok(
      ids(withFragment('Improve `Style/RedundantLineContinuation` performance on adjacent lines', 'changelog/change_improve_perf.md')).includes('performance'),
    );
    // a fix's fragment makes "Add a guard" a fix, not a feature; a removal's is breaking; a fragment deleted or edited says nothing
    const fix = ids(withFragment('Add a guard for empty bodies', 'changelog/fix_empty_bodies.md'));
    assert.ok(fix.includes('fix') && !fix.includes('feature'), fix.join());
    const breakingReason = (u: WorkUnit): string | undefined => score(u).signals.find((x) => x.id === 'breaking')?.reason;
    // towncrier's default `.removal` is "Deprecations and Removals": it says either
    assert.match(breakingReason(withFragment('Rework the legacy flag handling', 'changelog.d/1234.removal.md')) ?? '', /Deprecates or removes/);
    // a runtime dropped from CI and the test runner alone changes no code: its removal fragment and its words say it breaks (urllib3)
    const pypy = [file('.github/workflows/ci.yml', 0, 4), file('docs/contributing.rst', 5, 5), file('noxfile.py', 0, 1)];
    const dropped = (fragment?: string): string[] =>
      ids(unit([commit({ subject: 'Drop support for EOL PyPy3.10 (#4979)', files: fragment ? [...pypy, file(fragment, 1, 0, true)] : pypy })]));
    assert.ok(dropped('changelog/4979.removal.rst').includes('breaking'), dropped('changelog/4979.removal.rst').join());
    assert.ok(!dropped().includes('breaking'), 'no code and no fragment: CI changes');
    const both = unit([
      commit({
        subject: 'Warn on `--legacy`',
        files: [...code, file('changelog.d/1.deprecation.md', 1, 0, true), file('changelog.d/1.breaking.md', 1, 0, true)],
      }),
    ]);
    assert.match(breakingReason(both) ?? '', /Makes a breaking change/, 'a breaking entry beside a deprecation is breaking');
    const deprecation = score(withFragment('Warn on `--legacy`', 'changelog.d/1234.deprecation.md')).signals.find((x) => x.id === 'breaking');
    assert.match(deprecation?.reason ?? '', /Deprecates/);
    assert.ok(!ids(unit([commit({ subject: 'Tidy the notes', files: [...code, file('changelog/new_aware_of_to_i.md', 1, 1)] })])).includes('feature'));
  });

  it('a feature by its words, also after an adverb ("Always enable parsing of Flow enums", babel); added logging is diagnostics', () => {
    const code = [file('packages/babel-parser/src/plugins/flow/index.ts', 30, 12)];
    for (const subject of ['Always enable parsing of Flow enums (#16841)', 'Now support `using` declarations', 'Enable import attributes parsing by default'])
      assert.ok(ids(unit([commit({ subject, files: code })])).includes('feature'), subject);
    assert.ok(!ids(unit([commit({ subject: 'Always run the cleanup step', files: code })])).includes('feature'), 'an adverb alone says nothing');
    // adding diagnostics is no feature: debug logging, a log message, commands written to a log
    for (const subject of [
      'Add all terminal commands to reader log',
      'searcher: add log message noting detected encoding',
      'Add debug logging for `--target` (#3282)',
      'Add warn log for security price upsert retries',
      // nor is what is added back after it was taken out (Maybe Finance's "temp: remove schema migration", then this)
      'Add back schema migration for unique securities',
      // nor a variable or a helper in the code (OCaml's)
      'Introduce a new variable to avoid re-using a for loop iterator',
      'Add a helper to read the config',
    ])
      assert.ok(!ids(unit([commit({ subject, files: code })])).includes('feature'), subject);
    assert.ok(ids(unit([commit({ subject: 'Add a --log-file option', files: code })])).includes('feature'), 'an option users pass');
    // a title tagged as a refactoring is one, whatever it introduces (OCaml's pull request, merged with a merge commit)
    const tagged = unit([commit({ subject: 'predef: add a variant type of all predefined type constructors', files: code })], {
      kind: 'pullRequest',
      title: '[refactor] typing/predef: introduce a variant of predefined type constructors',
    });
    assert.ok(!ids(tagged).includes('feature') && ids(tagged).includes('refactor'), ids(tagged).join());
    // a pull request's "Add news" commit writes its fragment (pip's `news/13932.feature.rst`): the fragment says it is a feature, not those words
    const reports = unit(
      [
        commit({ subject: 'Add news', files: [file('news/13932.feature.rst', 1, 0, true)] }),
        commit({ subject: 'Show constraints URLs in conflict reports', files: [file('src/pip/_internal/resolution/resolvelib/reporter.py', 9, 3)] }),
      ],
      { kind: 'pullRequest', title: 'Improve conflict reports that involve direct URLs (#13932)' },
    );
    assert.equal(score(reports).signals.find((s) => s.id === 'feature')?.reason, 'A new feature, by its release-notes entry (news/13932.feature.rst).');
    assert.ok(!ids(unit([commit({ subject: 'Add news', files: [...code, file('NEWS.md', 1)] })])).includes('feature'), 'notes written');
  });

  it('security by the words of the commits that change code: a page of docs about it pushed beside other work is none (Wagtail)', () => {
    const support = commit({ subject: 'Formalize support for Django 6.1', files: [file('wagtail/compat.py', 20, 4), file('setup.py', 2, 1)] });
    const notes = commit({
      subject: 'Additional notes on security for private collections and choose permissions',
      files: [file('docs/advanced_topics/privacy.md', 4), file('docs/topics/permissions.md', 4)],
    });
    assert.ok(!ids(unit([support, notes], { title: 'Formalize support for Django 6.1' })).includes('security'));
    const hardening = commit({ subject: 'Harden against forged session cookies', files: [file('wagtail/auth.py', 20, 4)] });
    assert.ok(ids(unit([support, hardening], { title: 'Formalize support for Django 6.1' })).includes('security'));
    // docs alone about security are the project's security process
    assert.ok(ids(unit([notes])).includes('security'));
    // the security policy's file named is no security work (flatpak's "Update SECURITY.md", pushed with its release checklist)
    const policy = commit({ subject: 'Update SECURITY.md', files: [file('SECURITY.md', 6, 3)] });
    const checklist = commit({ subject: 'Update the release checklist', files: [file('doc/release-checklist.md', 3, 1)] });
    assert.ok(!ids(unit([policy, checklist])).includes('security'));
  });

  it("a design document is design work, whatever its docs: label (Thunderbird's RFCs); other docs: work is routine", () => {
    const rfc = unit([
      commit({ subject: 'docs: add RFC for new feature flag architecture (#11223)', files: [file('docs/rfcs/0005-feature-flags.md', 180, 0, true)] }),
    ]);
    assert.deepEqual(
      score(rfc, CONVENTIONAL)
        .signals.filter((x) => x.id === 'designDoc' || x.id === 'routineType')
        .map((x) => x.reason),
      ['Writes a design document: docs/rfcs/0005-feature-flags.md.'],
    );
    assert.equal(score(rfc, CONVENTIONAL).notable, true, 'a design document alone is worth logging');
    // a typo fixed in one is not writing it
    const typo = unit([commit({ subject: 'docs: fix a typo in the feature flag RFC', files: [file('docs/rfcs/0005-feature-flags.md', 1, 1)] })]);
    assert.ok(!ids(typo, CONVENTIONAL).includes('designDoc'));
    assert.equal(score(typo, CONVENTIONAL).notable, false);
    const guide = unit([commit({ subject: 'docs: rewrite the install guide', files: [file('docs/install.md', 180, 20)] })]);
    assert.ok(ids(guide, CONVENTIONAL).includes('routineType'));
    assert.ok(!ids(guide, CONVENTIONAL).includes('designDoc'));
  });

  it("a labelled repository's pull request whose unlabelled title calls it upkeep is that, whatever its commits' labels (psycopg)", () => {
    const code = [file('psycopg_c/psycopg_c/_psycopg/transform.pyx', 60, 55)];
    const merge = commit({ subject: 'Merge pull request #1199 from dvarrazzo/cython-lint', parents: ['c'.repeat(40), 'd'.repeat(40)] });
    const commits = [
      commit({ subject: 'style: clean up cython code with a pass of cython-lint', files: code }),
      commit({ subject: 'perf: use a C var for comparison instead of a Python var', files: [file('psycopg_c/psycopg_c/types/numeric.pyx', 4, 4)] }),
      commit({ subject: 'chore: add cython-lint to pre-commit hooks', files: [file('.pre-commit-config.yaml', 6)] }),
    ];
    const lint = unit(commits, { kind: 'pullRequest', merge: { ...merge, body: 'Add cython code linting\n' }, title: 'Add cython code linting' });
    assert.ok(ids(lint, CONVENTIONAL).includes('routineType') && !ids(lint, CONVENTIONAL).includes('performance'), ids(lint, CONVENTIONAL).join());
    assert.equal(score(lint, CONVENTIONAL).notable, false);
    // a title that says more than upkeep leaves the labels to say what it is
    const faster = unit(commits, { kind: 'pullRequest', merge, title: 'Compare numbers in C' });
    assert.ok(ids(faster, CONVENTIONAL).includes('performance'));
  });

  it("a pull request's title that names a feature or a fix says what it is, whatever a step inside says of speed (jellyfin)", () => {
    const code = (name: string) => [file(`Emby.Server.Implementations/Library/Search/${name}.cs`, 60, 10)];
    const steps = () => [
      commit({ subject: 'Parallelize internal and external calls', files: code('SearchManager') }),
      commit({ subject: 'Implement search providers', files: code('SqlSearchProvider') }),
    ];
    const kindOf = (u: WorkUnit): string[] => ids(u).filter((id) => id === 'feature' || id === 'performance' || id === 'fix');
    assert.deepEqual(kindOf(unit(steps(), { kind: 'pullRequest', pullRequest: 16121, title: 'Implement search providers' })), ['feature']);
    // a fix whose step speeds up the migration it fixes ("Speedup migration") is a fix
    const migration = [
      commit({ subject: 'Speedup migration', files: code('Migration') }),
      commit({ subject: 'Fix series merging', files: code('SeriesMerge') }),
    ];
    assert.deepEqual(kindOf(unit(migration, { kind: 'pullRequest', pullRequest: 17417, title: 'Fix series merging' })), ['fix']);
    // a title that says both is performance work; pushed directly, the words of any commit still say it
    assert.deepEqual(kindOf(unit(steps(), { kind: 'pullRequest', pullRequest: 17001, title: 'Fix Resume query performance' })), ['performance']);
    assert.deepEqual(kindOf(unit(steps(), { title: 'Implement search providers' })), ['performance']);
    // a long pull request whose title names no kind is not performance work by one step of many (dub's "Hubspot
    // integration", one "optimize …" among 37 commits); where a quarter of its steps say it, it is
    const hubspot = (fast: number) => [
      ...Array.from({ length: fast }, (_, i) => commit({ subject: `Optimize the contact sync query ${i}`, files: code(`Sync${i}`) })),
      ...['Add Hubspot OAuth flow', 'Add contact mapping', 'Handle webhook retries', 'Show the integration card', 'Store tokens', 'Copy tweaks'].map(
        (subject, i) => commit({ subject, files: code(`Hubspot${i}`) }),
      ),
    ];
    assert.deepEqual(kindOf(unit(hubspot(1), { kind: 'pullRequest', pullRequest: 3001, title: 'Hubspot integration' })), ['feature']);
    assert.deepEqual(kindOf(unit(hubspot(2), { kind: 'pullRequest', pullRequest: 3001, title: 'Hubspot integration' })), ['performance']);
  });

  it('a commit reverted within the unit says nothing of what it is: its words add no feature (Maybe Finance)', () => {
    const code = (name: string) => [file(`app/models/provider/${name}.rb`, 12, 2)];
    const toggle = commit({ subject: 'Add env to toggle provider price syncs', files: code('env'), authorDate: '2026-05-09T16:59:00Z' });
    const revert = commit({
      subject: 'Revert "Add env to toggle provider price syncs"',
      body: `This reverts commit ${toggle.sha}.`,
      files: code('env'),
      authorDate: '2026-05-09T17:47:00Z',
    });
    const retries = commit({ subject: 'Remove retry logic from price upsert', files: code('prices'), authorDate: '2026-05-09T16:31:00Z' });
    assert.ok(!ids(unit([revert, toggle, retries], { title: 'Remove retry logic from price upsert' })).includes('feature'));
    // the same commit, kept, is the feature
    assert.ok(ids(unit([toggle, retries], { title: 'Remove retry logic from price upsert' })).includes('feature'));
  });

  it('where some commits of a unit change source code, the words of those that do not (a build file, a guide) do not say what it is (Catch2, elixir)', () => {
    const catch2 = unit(
      [
        commit({ subject: 'Add the catch_config_prefix_messages.hpp to builds', files: [file('src/CMakeLists.txt', 1), file('src/meson.build', 1)] }),
        commit({ subject: 'Sprinkle some constexpr around to make Jason happy', files: [file('src/catch2/internal/catch_textflow.hpp', 40, 40)] }),
      ],
      { title: 'Sprinkle some constexpr around to make Jason happy' },
    );
    assert.ok(!ids(catch2).includes('feature'), JSON.stringify(score(catch2).signals));
    const elixir = unit(
      [
        commit({ subject: 'Add some initial resources to types page', files: [file('lib/elixir/pages/references/gradual-set-theoretic-types.md', 12)] }),
        commit({ subject: 'Do not propagate variable refinement during inference', files: [file('lib/elixir/lib/module/types/pattern.ex', 20, 14)] }),
      ],
      { title: 'Do not propagate variable refinement during inference' },
    );
    assert.ok(!ids(elixir).includes('feature'), JSON.stringify(score(elixir).signals));
    // where none changes source code, the words of a commit of tests alone do not say it either (shellcheck's "Add snap
    // docker support for distro testing", its test script, pushed with a build image's update)
    const image = commit({ subject: 'Update linux.x86_64 image', files: [file('builders/linux.x86_64/Dockerfile', 16, 10)] });
    const distro = commit({ subject: 'Add snap docker support for distro testing', files: [file('test/distrotest', 9)] });
    const shellcheck = unit([image, distro], { title: image.subject });
    assert.ok(!ids(shellcheck).includes('feature'), JSON.stringify(score(shellcheck).signals));
    const withBuild = commit({ ...distro, files: [...distro.files, file('builders/snap/Dockerfile', 12)] });
    assert.ok(ids(unit([image, withBuild], { title: image.subject })).includes('feature'), 'a commit of more than tests');
    // where some change the product's code, a test class added says nothing either (Apache Commons' series of two tests
    // added, pushed with "Use HTTPS in URL")
    const https = commit({ subject: 'Use HTTPS in URL', files: [file('src/main/java/org/apache/commons/lang3/time/FastDateParser.java', 2, 2)] });
    const test = commit({
      subject: 'Add org.apache.commons.lang3.time.FastDateParser_TimeZoneStrategyTest.testJava25DeprecatedZoneId(String)',
      files: [file('src/test/java/org/apache/commons/lang3/time/FastDateParser_TimeZoneStrategyTest.java', 22, 1)],
    });
    assert.ok(
      !ids(unit([https, test], { title: https.subject })).includes('feature'),
      JSON.stringify(score(unit([https, test], { title: https.subject })).signals),
    );
    // a commit of code says it, wherever it is in the unit
    const both = unit([...elixir.commits, commit({ subject: 'Add List.to_existing_atom/2', files: [file('lib/elixir/lib/list.ex', 30)] })], {
      title: elixir.title,
    });
    assert.match(score(both).signals.find((s) => s.id === 'feature')?.reason ?? '', /by the words of “Add List\.to_existing_atom\/2”/);
    // and a label of another commit than the title's is quoted too (ccache's series of fixes with one `feat:`)
    const code = [file('src/ccache/storage/remote/helper.cpp', 20, 4)];
    const series = unit(
      [
        commit({ subject: 'fix: Verify cache entry type before parsing manifest or result', files: code }),
        commit({ subject: 'feat: Log PID of spawned storage helper on Windows too', files: code }),
      ],
      { title: 'fix: Verify cache entry type before parsing manifest or result' },
    );
    assert.equal(
      score(series, CONVENTIONAL).signals.find((s) => s.id === 'feature')?.reason,
      'A feature, by the label (feat:) of “feat: Log PID of spawned storage helper on Windows too”.',
    );
    const own = unit([commit({ subject: 'fix: Wait longer for storage helpers', files: code })]);
    assert.equal(score(own, CONVENTIONAL).signals.find((s) => s.id === 'fix')?.reason, 'A bug fix, by its own label (fix:).');
  });

  it('a refactoring by its words: flattening a hierarchy or a module is restructuring, not a feature', () => {
    const code = [file('okhttp/src/commonJvmAndroid/kotlin/okhttp3/internal/connection/ConnectionUser.kt', 120, 180)];
    for (const subject of [
      'Flatten ConnectionUser (#9122)',
      'io: flatten `split` module (#1802)',
      'Tidy the parser',
      // pgx's run of Go's modernize analyzer, and a change for its readability
      'Use modernize',
      'Use underscores in numeric literals for improved readability',
      // lazygit's vendored library brought into the repository
      'Copy gocui into lazygit repo (#5561)',
      'Move the parser in-tree',
    ])
      assert.ok(ids(unit([commit({ subject, files: code })])).includes('refactor'), subject);
    assert.ok(!ids(unit([commit({ subject: 'Add a flatten() builtin', files: code })])).includes('refactor'));
    // the word can be the subject's prefix (kotlinx.coroutines' `Cleanup: remove the BuilderInference annotation`)
    assert.ok(ids(unit([commit({ subject: 'Cleanup: remove the `BuilderInference` annotation (#4543)', files: code })])).includes('refactor'), 'Cleanup:');
    assert.ok(!ids(unit([commit({ subject: 'parser: remove the annotation', files: code })])).includes('refactor'), 'an area prefix');
    // a pull request merged with a merge commit is what its title says, whatever a commit in it adds on the way
    // (pytest's "More cleanups mostly around config": one of its commits is "config: add a type annotation")
    const merge = commit({ subject: 'Merge pull request #13880 from bluetech/config-cleanups-3', parents: ['c'.repeat(40), 'd'.repeat(40)] });
    const commits = [
      commit({ subject: 'config: remove unnecessary code from `Argument`', files: code }),
      commit({ subject: 'config: add a type annotation', files: code }),
    ];
    const cleanups = unit(commits, {
      kind: 'pullRequest',
      merge: { ...merge, body: 'More cleanups mostly around config\n' },
      title: 'More cleanups mostly around config',
    });
    assert.ok(ids(cleanups).includes('refactor') && !ids(cleanups).includes('feature'), ids(cleanups).join());
    assert.ok(ids(unit(commits, { kind: 'pullRequest', merge, title: 'Add a --strict option' })).includes('feature'), 'a title that says feature');
    // … and one whose every commit says it is a clean-up, when its title names no feature nor fix (lazygit's "Remove
    // modifiers from keybinding (#5588)")
    const dead = [
      commit({ subject: 'Remove unused function DeleteKeybinding', files: code }),
      commit({ subject: 'Remove dead Modifier field from keybindings', files: code }),
    ];
    const removal = unit(dead, {
      kind: 'pullRequest',
      merge: { ...merge, body: 'Remove modifiers from keybinding\n' },
      title: 'Remove modifiers from keybinding',
    });
    assert.ok(ids(removal).includes('refactor'), ids(removal).join());
    const fixes = unit(dead, { kind: 'pullRequest', merge, title: 'Fix crash on unknown keybinding modifiers' });
    assert.ok(!ids(fixes).includes('refactor'), 'a title that says fix');
    // … or breaking (scrapy's "Remove most of the 2.13.0 deprecations", whose commits each drop one thing)
    const removals = [commit({ subject: 'Remove InitSpider.', files: code }), commit({ subject: 'Require start_queue_cls.', files: code })];
    const title = 'Remove most of the 2.13.0 deprecations';
    assert.ok(!ids(unit(removals, { kind: 'pullRequest', merge })).includes('breaking'));
    assert.ok(ids(unit(removals, { kind: 'pullRequest', merge: { ...merge, body: `${title}\n` }, title })).includes('breaking'), title);
    // … or documentation work (zstd's "Doc update": seven commits, one of them "add decoder errata paragraph")
    const docs = [commit({ subject: 'add decoder errata paragraph', files: [file('lib/zstd.h', 40, 3)] }), commit({ subject: 'minor wording', files: code })];
    for (const title of [
      'Doc update',
      'Docs updates',
      'Update docu',
      '[doc] typos and clarifications',
      'Documentation fixes',
      'Start documenting the configuration file format',
      'Document how keys are looked up',
      // (and what the docs are for: Apollo Client's)
      'Update API reference docs for links: part 2 (#12822)',
    ]) {
      const pr = unit(docs, { kind: 'pullRequest', merge: { ...merge, body: `${title}\n` }, title });
      assert.ok(ids(pr).includes('internal') && !ids(pr).includes('feature'), `${title}: ${ids(pr).join()}`);
    }
    assert.ok(ids(unit(docs, { kind: 'pullRequest', merge, title: 'Add a docs command' })).includes('feature'), 'a feature about docs');
    // … squashed too, with its docs in the code (rand's "Update lib quick-start & module doc (#1779)": doc comments)
    const squashed = unit(
      [commit({ subject: 'Update lib quick-start & module doc (#1779)', files: [file('src/lib.rs', 35, 30), file('src/distr/mod.rs', 40, 20)] })],
      {
        kind: 'pullRequest',
        pullRequest: 1779,
      },
    );
    assert.ok(ids(squashed).includes('internal'), ids(squashed).join());
    // (and doc comments added: Outline's "Add missing JSDoc to exported members in app and server utils (#12940)", no fix)
    const jsdoc = unit(
      [
        commit({
          subject: 'Add missing JSDoc to exported members in app and server utils (#12940)',
          files: [file('app/utils/a.ts', 240, 3), file('server/utils/b.ts', 180, 2)],
        }),
      ],
      { kind: 'pullRequest', pullRequest: 12940 },
    );
    assert.ok(ids(jsdoc).includes('internal') && !ids(jsdoc).includes('fix'), ids(jsdoc).join());
    const completed = unit(
      [commit({ subject: 'Complete documentation for 3.11.0 (#3464)', files: [file('docs/mkdocs/api.md', 400, 20), file('tests/src/unit.cpp', 20, 2)] })],
      {
        kind: 'pullRequest',
        pullRequest: 3464,
      },
    );
    assert.ok(ids(completed).includes('internal'), ids(completed).join());
    for (const subject of ['Update the docs builder (#12)', 'Fix crash when rendering doc (#13)', 'Update docs for links and add a link checker (#14)'])
      assert.ok(!ids(unit([commit({ subject, files: code })], { kind: 'pullRequest' })).includes('internal'), subject);
    // … or upkeep, when it is an automation's pull request the user added to (pytest-xdist's "Add docs/requirements.txt"
    // on pre-commit.ci's autoupdate; a fix for a bumped type checker on Dependabot's)
    const adds = [
      commit({ subject: 'Add docs/requirements.txt', files: [file('src/xdist/plugin.py', 30, 2)] }),
      commit({ subject: 'Adapt to mypy 1.11', files: code }),
    ];
    for (const branch of [
      'pytest-dev/pre-commit-ci-update-config',
      'acme/dependabot/pip/mypy-1.11',
      'acme/renovate/mypy-1.x',
      // Scala Steward's, with the base branch and the version in it (cats-effect's)
      'typelevel/update/series/3.x/nscplugin-0.4.15',
      'typelevel/update/sbt-typelevel-0.5.0',
    ]) {
      const bot = { ...merge, subject: `Merge pull request #954 from ${branch}`, body: '[pre-commit.ci] pre-commit autoupdate\n' };
      const pr = unit(adds, { kind: 'pullRequest', merge: bot, title: '[pre-commit.ci] pre-commit autoupdate' });
      assert.ok(ids(pr).includes('internal') && !ids(pr).includes('feature'), `${branch}: ${ids(pr).join()}`);
    }
    const own = { ...merge, subject: 'Merge pull request #955 from bob/requirements', body: 'Add docs requirements\n' };
    assert.ok(ids(unit(adds, { kind: 'pullRequest', merge: own, title: 'Add docs requirements' })).includes('feature'), 'a person’s branch');
    const readme = { ...merge, subject: 'Merge pull request #956 from bob/update/docs-requirements', body: 'Add docs requirements\n' };
    assert.ok(ids(unit(adds, { kind: 'pullRequest', merge: readme, title: 'Add docs requirements' })).includes('feature'), 'a person’s update/ branch');
  });

  it('a sync merge inside a piece of work brings others’ work: a subtree’s "Merge commit" or "Squashed … changes" is neither its size nor its notes (rustfmt’s syncs with rust-lang/rust)', () => {
    const imported = [file('src/expr.rs', 900, 400), file('src/items.rs', 700, 300), file('CHANGELOG.md', 12), file('src/lib.rs', 200)];
    const subtree = commit({ subject: "Merge commit 'cebab3e99259be82ff069e5ae89e91855d79e534' into rustfmt-subtree-update", files: imported });
    const toolchain = commit({ subject: 'bump toolchain to nightly-2024-12-02', files: [file('rust-toolchain', 1, 1)] });
    const merge = commit({
      subject: 'Merge pull request #6400 from ytmimi/subtree-push-nightly-2024-12-02',
      body: 'subtree-push nightly-2024-12-02\n',
      parents: ['c'.repeat(40), 'd'.repeat(40)],
      files: [...imported, file('rust-toolchain', 1, 1)],
    });
    const sync = unit([toolchain, subtree, merge], { kind: 'pullRequest', merge, pullRequest: 6400, title: 'subtree-push nightly-2024-12-02' });
    assert.ok(!ids(sync).includes('size') && !ids(sync).includes('changelog') && !score(sync).notable, ids(sync).join());
    assert.ok(ids(unit([commit({ subject: 'Merge commit message parsing into the reader', files: imported })])).includes('size'), 'not a sync by its words');
    // git subtree's squashed import of another repository (jsonschema's copy of the JSON Schema test suite)
    const squashed = unit([
      commit({ subject: "Squashed 'json/' changes from c7257e92..92acb61e", files: [file('json/tests/draft2020-12/format.json', 900, 20)] }),
    ]);
    assert.ok(!score(squashed).notable && ids(squashed).includes('syncMerge'), ids(squashed).join());
  });

  it('a measured result quoted in the message is shown with its number; not a spread, a refactoring’s benchmark or a revert’s quote', () => {
    const code = [file('crates/uv-pep440/src/version.rs', 40, 12)];
    const signal = (subject: string, body: string): Signal | undefined =>
      score(unit([commit({ subject, body, files: code })])).signals.find((s) => s.id === 'measured');
    assert.equal(
      signal(
        'Reduce VersionSpecifiers parsing allocations (#20105)',
        'In profiling builds, the single-clause case improves from about 129 ns\nto 74 ns (-43%).',
      )?.reason,
      'Quantifies its effect: “from about 129 ns to 74 ns”.',
    );
    assert.ok(signal('Optimize version parsing for common cases (#20118)', 'Parsing `1.2.3` is 1.95× faster in the benchmark.'), '1.95× faster');
    assert.ok(signal('Read cache entries into exact-sized buffers (#20120)', '| Black | 11.32% faster | 7.57–14.77% faster |'), '11.32% faster');
    assert.ok(signal('Speed up the matcher', 'This cuts the time to sort results by about 16%.'), 'cut by about 16%');
    assert.equal(signal('Use a hash map for lookups', "hyperfine: 'new' ran 1.00 ± 0.02 times faster than 'old'"), undefined, 'a spread is no gain');
    assert.equal(signal('Refactor the ref iterator', 'Benchmark: from 58 ms to 54 ms.'), undefined, 'a refactoring');
    assert.equal(signal('Revert "Skip dead zones in the score matrix"', 'It was 11% faster but wrong.'), undefined, 'a revert');
    assert.equal(signal('Improve the error message for bad input', 'Tested on 120 files.'), undefined, 'no measurement');
    assert.equal(
      signal('pytester: avoid gc collects in inline runs to speed up test suite', 'Runs went from 90 s to 60 s.'),
      undefined,
      'the test suite’s speed',
    );
  });

  it('a fix by its words that quotes a measured speed-up is performance work (uv)', () => {
    const code = [file('crates/uv-distribution-types/src/file.rs', 40, 25)];
    const body =
      'Deserialize the wheel source without an intermediate flattened map.\n\n| lockfile | before | after |\n| --- | --- | --- |\n| ecosystem, total | 25.0 ms | 22.9 ms | 1.09× faster |\n';
    const measured = score(unit([commit({ subject: 'Avoid flattened wheel-source deserialization (#20881)', body, files: code })]));
    assert.equal(measured.signals.find((s) => s.id === 'performance')?.reason, 'Improves performance, by the measurement its message quotes (“1.09× faster”).');
    assert.ok(!measured.signals.some((s) => s.id === 'fix'));
    // without a measurement, the words say a fix
    assert.ok(ids(unit([commit({ subject: 'Avoid flattened wheel-source deserialization (#20881)', files: code })])).includes('fix'));
  });

  it('performance words about the test suite, CI, taking an optimization out, a test of it or a bug in it are not performance work', () => {
    const code = [file('src/_pytest/pytester.py', 30, 10)];
    for (const subject of [
      'pytester: avoid unraisableexception gc collects in inline runs to speed up test suite (#13999)',
      'Faster CI',
      'Change jacoco phase to "verify" from "test" to speed up regular test runs slightly',
      'add new log-level `perf` so we can more easily see only performance logging (#18565)',
      'fixtures: remove dirty optimization for `request.getfixturevalue()`',
      // measuring memory is a feature (hyperfine)
      'Initial work on tracking memory usage',
      'Report the peak memory usage of each command',
      // a test of it added, a bug in an optimization fixed, words about one clarified (elixir)
      'Add performance regression test for open and closed maps',
      'Fix optimized map difference with open key',
      'Fix optimization in map leaf difference',
      'Fix bug in list splitting optimization. (#1828)',
      'Clarify cases optimization apply',
      // a design made to suit a device or a reader (outline's)
      'Optimize icon picker for mobile with responsive sizing (#12275)',
      'Optimize the settings page for small screens',
    ])
      assert.ok(!ids(unit([commit({ subject, files: code })])).includes('performance'), subject);
    assert.ok(ids(unit([commit({ subject: 'Fix optimized map difference with open key', files: code })])).includes('fix'));
    for (const subject of [
      'Speed up test collection',
      'Optimize fixture lookup',
      'Optimize the parser for large files',
      'Reduce memory usage of the parser',
      'Fix performance regression in the parser',
      'Fix quadratic behavior in the optimizer',
    ])
      assert.ok(ids(unit([commit({ subject, files: code })])).includes('performance'), subject);
  });

  it("a unit that changes only the package's metadata and build configuration is packaging: its size weighs half", () => {
    const sizeOf = (files: ReturnType<typeof file>[]): number | undefined =>
      score(unit([commit({ subject: 'Declare the metadata in one file (#1793)', files })])).signals.find((s) => s.id === 'size')?.weight;
    const packaging = sizeOf([file('pyproject.toml', 68), file('setup.cfg', 0, 111), file('setup.py', 0, 8), file('MANIFEST.in', 0, 10)]);
    const code = sizeOf([file('src/jinja2/loaders.py', 68), file('src/jinja2/utils.py', 0, 111), file('src/jinja2/ext.py', 0, 18)]);
    assert.ok(packaging !== undefined && code !== undefined && packaging === code / 2, `${packaging} against ${code}`);
  });

  it('a unit that mostly removes lines weighs half its size, and says so (gson’s "Remove `com.google.gson.graph`")', () => {
    const sizeOf = (additions: number, deletions: number) =>
      score(
        unit([commit({ subject: 'Remove `com.google.gson.graph`. (#2990)', files: [file('extras/src/main/java/Graph.java', additions, deletions)] })]),
      ).signals.find((s) => s.id === 'size');
    const removal = sizeOf(0, 600);
    const rewrite = sizeOf(200, 400);
    assert.ok(removal && rewrite && removal.weight === rewrite.weight / 2, `${removal?.weight} against ${rewrite?.weight}`);
    assert.match(removal.reason, /Mostly removed lines/);
    assert.doesNotMatch(rewrite.reason, /Mostly removed lines/);
  });

  it('work on the CI or development tooling, by its title, is internal; a new runtime version added to CI is support for it', () => {
    const code = [file('src/app.ts', 60)];
    for (const subject of [
      'Run Hawk in CI (#20166)',
      'dev: add GitHub Actions validations (#6530)',
      'Add PR check to make sure all commands are registered somewhere (#8158)',
      // a CI build or workflow named (serilog's)
      'An initial Actions-based CI build and publishing workflow (#2127)',
      'Add a CI matrix for ARM',
      'Drop macOS CI target; too slow to run successfully (#2093)',
      // nushell's
      'Streamline CI Cargo Checks (#17954)',
      // faker's
      'Benchmark revamp + run benchmark as part of CI (#3176)',
      // pgx's development container
      'Test more connection types in devcontainers',
      // cats-effect's: a CI service's configuration set up ("Add circle ci config" among its commits)
      'Setup ARM, high-core CI',
      'Set up the new CI',
    ]) {
      const signals = ids(unit([commit({ subject, files: code })]));
      assert.ok(signals.includes('internal') && !signals.includes('feature'), `${subject}: ${signals.join()}`);
    }
    assert.ok(!ids(unit([commit({ subject: 'Add Python 3.15 to CI (#3717)', files: code })])).includes('internal'), 'a runtime’s new version');
    assert.ok(ids(unit([commit({ subject: 'Add a --ci flag for CI runners', files: code })])).includes('feature'), 'a feature about CI');
  });

  it('the product’s telemetry, by its title, is internal (GitLens); not a setting to turn it off, nor where telemetry is the product', () => {
    const code = [file('src/webviews/plus/graph/graphWebview.ts', 120, 10)];
    for (const subject of ['Adds telemetry for Worktrees sidebar panel interactions', 'Adds comprehensive telemetry for Graph WIP panel interactions']) {
      const signals = ids(unit([commit({ subject, files: code })]));
      assert.ok(signals.includes('internal') && !signals.includes('feature'), `${subject}: ${signals.join()}`);
    }
    assert.ok(!ids(unit([commit({ subject: 'Add a setting to disable telemetry', files: code })])).includes('internal'), 'a setting users turn');
    const otel = unit([commit({ subject: 'Add telemetry for HTTP client spans', files: code })], { repo: 'open-telemetry/opentelemetry-go' });
    assert.ok(!ids(otel).includes('internal'), ids(otel).join());
    // whatever its label (Langfuse's "feat: add periodic runner telemetry (#15365)"); a feature that names none is one
    const labelled = ids(unit([commit({ subject: 'feat: add periodic runner telemetry (#15365)', files: code })]), CONVENTIONAL);
    assert.ok(labelled.includes('internal') && !labelled.includes('feature'), labelled.join());
    assert.ok(ids(unit([commit({ subject: 'feat: add a telemetry opt-out setting', files: code })]), CONVENTIONAL).includes('feature'), 'a setting');
  });

  it('work on the project’s own tests, by its title, is internal, where the files cannot tell (Rust’s tests beside the code)', () => {
    const code = [file('src/benchmark/scheduler.rs', 120, 310), file('src/export/csv.rs', 90, 240)];
    const series = unit([commit({ subject: 'Move more tests to insta', files: code }), commit({ subject: 'Simplify CSV tests', files: code })]);
    assert.ok(ids(series).includes('internal'), ids(series).join());
    const acl = unit([commit({ subject: 'Expand ACL testing', files: code })]);
    assert.ok(ids(acl).includes('internal') && !ids(acl).includes('feature'), ids(acl).join());
    // not a product named with "-test", nor tests as where a lint option applies, nor a test tool's own subject
    for (const subject of ['Remove the deprecated `kotlinx-coroutines-test` APIs (#4604)', 'goconst: ignore strings from tests (#6480)'])
      assert.ok(!ids(unit([commit({ subject, files: code })])).includes('internal'), subject);
    const parallel = unit([commit({ subject: 'Support running tests in parallel', files: code })], { repo: 'pytest-dev/pytest-xdist' });
    assert.ok(!ids(parallel).includes('internal'), ids(parallel).join());
    assert.ok(ids(unit([commit({ subject: 'Support running tests in parallel', files: code })])).includes('internal'), 'elsewhere, tests');
    // or by a prefix that names the tests as its area (delta's "tests: add insta for snapshot testing (#1739)")
    // or by the tests' own machinery (nushell's test harness and binaries)
    for (const subject of [
      'Kitest-based Test Harness (#17628)',
      'Add test binaries as a separate crate (#18644)',
      'Add in-process testing with `nu_test_support::test()` (#17733)',
      // (and their environment: Apollo Client's)
      'Update testing env (#13414)',
      // (and a fuzzer or benchmark added: syn's)
      'Add fuzzer for literal parsing (#1926)',
      'Add a fuzz target for the tokenizer',
      'Add benchmarks for parse_file',
    ])
      assert.ok(ids(unit([commit({ subject, files: code })])).includes('internal'), subject);
    // (and its benchmarks: scalafmt's)
    for (const subject of [
      'tests: add insta for snapshot testing (#1739)',
      'test(cli): add a golden file helper',
      'benchmarks: add CLI wrapper + dynamic benchmarks',
      // (and its fuzzing: libvips')
      'CIFuzz: integrate ThreadSanitizer (#4981)',
      'OSS-Fuzz: add libpng dependency (#4740)',
    ])
      assert.ok(ids(unit([commit({ subject, files: code })])).includes('internal'), subject);
    const bencher = unit([commit({ subject: 'benchmarks: add a warm-up phase', files: code })], { repo: 'ionelmc/pytest-benchmark' });
    assert.ok(!ids(bencher).includes('internal'), `a benchmark tool's own: ${ids(bencher).join()}`);
    assert.ok(!ids(unit([commit({ subject: 'cli: add insta for snapshot testing', files: code })])).includes('internal'), 'another area');
    // or by the tests' coverage it improves (urfave/cli's "Improve test coverage", with its commit "Add more coverage")
    const coverage = unit([commit({ subject: 'Improve test coverage', files: code }), commit({ subject: 'Add more coverage', files: code })]);
    assert.ok(ids(coverage).includes('internal') && !ids(coverage).includes('feature'), ids(coverage).join());
  });

  it("a fix with its tests is a fix: its 'Add a test for …' commits are no feature", () => {
    const code = file('src/front-end/html_handlebars/helpers/toc.rs', 30, 12);
    const test = file('tests/testsuite/toc.rs', 40);
    const fix = unit([
      commit({ subject: 'Fix heading nav depth', files: [code] }),
      commit({ subject: 'Add a test to validate the structure of the heading nav', files: [test] }),
    ]);
    assert.ok(ids(fix).includes('fix') && !ids(fix).includes('feature'), ids(fix).join());
    // a feature with its tests, and a test runner added beside a fix, are features
    const feature = unit([commit({ subject: 'Add a --watch flag', files: [code] }), commit({ subject: 'Add tests for --watch', files: [test] })]);
    assert.ok(ids(feature).includes('feature'), ids(feature).join());
    const runner = unit([commit({ subject: 'Fix the toc depth', files: [code] }), commit({ subject: 'Add a test runner command', files: [code] })]);
    assert.ok(ids(runner).includes('feature'), ids(runner).join());
    // a title that says tests are what it adds is no feature, whatever code it touches on the way (httpx, alembic,
    // retrofit, rand); a capability of tests in a test tool's own words is ("Add support for async tests")
    for (const subject of [
      'Add URL parsing tests from WHATWG (#3188)',
      'add test for issue 1743',
      'Add Android integration tests',
      'Added test vectors for StdRng, verified using rand_chacha. (#1654)',
      'Add mul/div smoke test.',
      'iso9660: Add Joliet ID regression test',
      'iso9660: Add adjacent dot dot issue to test suite',
      'Add stderr of failed Mypy command to tests output',
    ])
      assert.ok(!ids(unit([commit({ subject, files: [code, test] })])).includes('feature'), subject);
    for (const subject of ['Add support for async tests', 'Add a test helper command', 'Add test fixtures option'])
      assert.ok(ids(unit([commit({ subject, files: [code, test] })])).includes('feature'), subject);
  });

  it('adding only tests or documentation is not a feature; a formatter run is routine', () => {
    assert.ok(!ids(unit([commit({ subject: 'test: add regression test for fixed bug', files: [file('tests/regression.rs', 40)] })])).includes('feature'));
    assert.ok(!ids(unit([commit({ subject: 'docs: add AI policy for contributors', files: [file('docs/ai.md', 40)] })])).includes('feature'));
    assert.ok(
      !ids(unit([commit({ subject: 'Add AI guidelines to CONTRIBUTING.md', files: [file('CONTRIBUTING.md', 40), file('src/a.go', 3)] })])).includes('feature'),
    );
    // what it adds to the docs of a name it quotes, in the docstrings that are those docs (loguru's)
    assert.ok(
      !ids(unit([commit({ subject: 'Add "FORCE_COLOR" and "NO_COLOR" to the "logger" docs', files: [file('loguru/_logger.py', 20, 7)] })])).includes('feature'),
    );
    // prose by its words, with a script or a few lines of code touched on the way (prettier's blog post, hatch's
    // tutorial); a how-to that brings more code than prose is the feature it tells of (hatch's custom distributions)
    const blog = [file('website/blog/2026-06-27-3.9.0.md', 2613), file('scripts/draft-blog-post.js', 1, 1)];
    assert.ok(!ids(unit([commit({ subject: 'Add blog post for v3.9 (#19414)', files: blog })])).includes('feature'));
    const tutorial = [file('docs/tutorials/python/manage.md', 136), file('src/hatch/cli/python/install.py', 3, 2)];
    assert.ok(!ids(unit([commit({ subject: 'Add tutorial for managing Python distributions (#1533)', files: tutorial })])).includes('feature'));
    const customPython = [file('docs/how-to/python/custom.md', 30), file('src/hatch/python/resolve.py', 36, 5), file('src/hatch/config/constants.py', 3, 1)];
    assert.ok(ids(unit([commit({ subject: 'Add how-to for using custom Python distributions (#1534)', files: customPython })])).includes('feature'));
    assert.ok(ids(unit([commit({ subject: 'Add a --json flag', files: [file('src/flags.rs', 40)] })])).includes('feature'));
    // a subject that names the document it edits speaks of the document (git-lfs's release how-to, in a pull request with its scripts)
    const howto = unit([
      commit({ subject: 'script/upload: use generic sha3sum input format', files: [file('script/upload', 3, 1)] }),
      commit({ subject: 'docs/howto/release-git-lfs.md: add RISC-V 64 asset', files: [file('docs/howto/release-git-lfs.md', 4)] }),
    ]);
    assert.ok(!ids(howto).includes('feature'), ids(howto).join());
    assert.ok(
      ids(unit([commit({ subject: 'lfs/hook.go: add a pre-merge-commit hook', files: [file('lfs/hook.go', 40)] })])).includes('feature'),
      'a code file’s prefix',
    );
    // curl's documents named in capitals, without an extension; an area in lower case is not one
    const thanks = unit([
      commit({ subject: 'THANKS: added names from 8.21.0 release', files: [file('docs/THANKS', 40)] }),
      commit({ subject: 'RELEASE-NOTES: add the 8.21.0 changes', files: [file('RELEASE-NOTES', 30), file('include/curl/curlver.h', 2, 2)] }),
    ]);
    assert.ok(!ids(thanks).includes('feature'), ids(thanks).join());
    assert.ok(ids(unit([commit({ subject: 'install: add a --prefix option', files: [file('src/install.c', 40)] })])).includes('feature'), 'an area');
    // CMake's documentation folder, `Help/`: its words speak of the manual ("Disallow" there breaks nothing), unlike git's `help: …`
    for (const subject of ['Help/fileAPI: Add version modified directives', 'Help/presets: Disallow empty env keys in build presets also']) {
      const manual = ids(
        unit([commit({ subject, files: [file('Help/manual/presets/schema.json', 3), file('Help/manual/presets/schema.yaml', 2)] })], {
          repo: 'github.com/Kitware/CMake',
        }),
      );
      assert.ok(!manual.includes('feature') && !manual.includes('breaking'), `${subject}: ${manual.join()}`);
    }
    assert.ok(ids(unit([commit({ subject: 'help: add a --config option', files: [file('builtin/help.c', 40)] })])).includes('feature'), 'git’s help command');
    // a tag before the area (haproxy's "MINOR: proxy: …"), or an area and a sub-area (the kernel's "net: ipv4: …"): the words after them
    for (const subject of ['MINOR: proxy: implement "show default-server"', 'net: ipv4: add a sysctl for the route cache'])
      assert.ok(ids(unit([commit({ subject, files: [file('src/proxy.c', 40)] })])).includes('feature'), subject);
    // a template's text is code (zoxide's shell integrations, Askama templates); other text files are prose
    assert.ok(ids(unit([commit({ subject: 'Add doctor for POSIX shells', files: [file('templates/posix.txt', 40, 3)] })])).includes('feature'));
    assert.ok(!ids(unit([commit({ subject: 'Add notes for POSIX shells', files: [file('doc/posix.txt', 40, 3)] })])).includes('feature'));
    // an example shows users how; it is no capability of the product (mitmproxy's "Add example addon for DNS flows")
    const example = [file('examples/addons/dns-simple.py', 38), file('CHANGELOG.md', 2)];
    assert.ok(!ids(unit([commit({ subject: 'Add example addon for DNS flows (#7973)', files: example })])).includes('feature'));
    assert.ok(!ids(unit([commit({ subject: 'add sqlite datetime converter', files: [file('examples/tutorial/flaskr/db.py', 6)] })])).includes('feature'));
    // Xcode's example apps at the root, named for what they show (Alamofire's `watchOS Example/`), are examples, no area of the code
    const swift6 = [file('Source/Core/Session.swift', 120, 90), file('watchOS Example/watchOS Example WatchKit Extension/ContentView.swift', 12, 9)];
    const native = score(unit([commit({ subject: 'Swift 6 Native Builds (#3880)', files: [...swift6, file('README.md', 4, 2)] })]));
    assert.ok(!native.signals.some((x) => x.id === 'breadth'), JSON.stringify(native.signals));
    assert.match(native.signals.find((x) => x.id === 'docs')?.reason ?? '', /watchOS Example/);
    // a package named in the singular below the root is code (ollama's token sampler)
    const sampler = score(unit([commit({ subject: 'mlx: add repeat penalties to the sampler', files: [file('x/mlxrunner/sample/sample.go', 60, 4)] })]));
    assert.ok(sampler.signals.some((x) => x.id === 'feature') && !sampler.signals.some((x) => x.id === 'docs'), JSON.stringify(sampler.signals));
    // test coverage added, with the few lines of code it needed (yarl's "Add additional coverage for the unquoter")
    const coverage = [file('tests/test_quoting.py', 8), file('yarl/_quoting_c.pyx', 4, 3)];
    for (const subject of ['Add additional coverage for the unquoter (#1498)', 'Add direct coverage for unquoter with plus=True (#1497)'])
      assert.ok(!ids(unit([commit({ subject, files: coverage })])).includes('feature'), subject);
    assert.ok(ids(unit([commit({ subject: 'Add coverage reporting to the CLI', files: coverage })])).includes('feature'), 'a feature about coverage');
    // a helper for the code itself, named as such and nothing after it (k6's "Add matchPattern helper" in a series of renames,
    // which its notes file as "Browser: Refactor pattern matcher"), is no feature; a helper for users is
    const matcher = [file('internal/js/modules/k6/browser/common/helpers.go', 11)];
    for (const subject of ['Add matchPattern helper', 'Add string utils', 'Introduce a new test utility', 'add helpers'])
      assert.ok(!ids(unit([commit({ subject, files: matcher })])).includes('feature'), subject);
    for (const subject of ['Add credential helper', 'Add a utility to export the journal as CSV'])
      assert.ok(ids(unit([commit({ subject, files: matcher })])).includes('feature'), subject);
    // tests said missing are tests, not a fix (Polly); headers said missing are a fix
    const mutants = [file('src/Polly/Retry/RetrySyntax.cs', 30, 60), file('test/Polly.Specs/Retry/RetrySpecs.cs', 50, 40)];
    for (const subject of ['Add missing coverage', 'Add missing patch coverage', 'Add missing unit tests for the parser'])
      assert.ok(!ids(unit([commit({ subject, files: mutants })])).some((id) => id === 'fix' || id === 'feature'), subject);
    assert.ok(!ids(unit([commit({ subject: 'Fix flaky connection handling', files: mutants })])).includes('internal'), 'the product flaky');
    // and its mutation testing, or its flaky tests, is test work
    for (const subject of [
      'Improve mutation score (#2506)',
      'Fix flaky mutants',
      'Attempt to make JS and WASM tests less flaky. (#3310)',
      'Add work-around for flaky jsTest task. (#3135)',
    ])
      assert.ok(ids(unit([commit({ subject, files: mutants })])).includes('internal'), subject);
    assert.ok(ids(unit([commit({ subject: 'Add missing headers', files: mutants })])).includes('fix'), 'headers said missing');
    // a dependency added to the package's manifest alone is packaging (jekyll); a runtime's support there is not
    for (const [subject, manifest] of [
      ['Add `json` as runtime_dependency (#9671)', 'jekyll.gemspec'],
      ['Add an optional `:rdoc` group of gems (#9742)', 'Gemfile'],
    ])
      assert.ok(!ids(unit([commit({ subject, files: [file(manifest!, 3)] })])).includes('feature'), subject);
    assert.ok(ids(unit([commit({ subject: 'Add Python 3.15 support', files: [file('pyproject.toml', 1)] })])).includes('feature'));
    // nor is a build option turned on in the build files alone (retrofit's "Enable type-safe project accessors"); a
    // platform's support added there is a feature (pydantic's wheels for Pyodide)
    const buildFiles = ['retrofit-adapters/guava/build.gradle', 'retrofit-converters/gson/build.gradle', 'retrofit-mock/build.gradle'].map((p) =>
      file(p, 1, 1),
    );
    assert.ok(!ids(unit([commit({ subject: 'Enable type-safe project accessors', files: buildFiles })])).includes('feature'), 'a build option');
    // … in any ecosystem's manifest (shellcheck's "Allow latest QuickCheck", a dependency's bound in its `.cabal` file)
    for (const manifest of ['ShellCheck.cabal', 'go.mod', 'Package.swift', 'Alamofire.podspec'])
      assert.ok(!ids(unit([commit({ subject: 'Allow latest QuickCheck', files: [file(manifest, 1, 1)] })])).includes('feature'), manifest);
    assert.ok(ids(unit([commit({ subject: 'Allow latest QuickCheck', files: [file('src/ShellCheck/Checker.hs', 1, 1)] })])).includes('feature'));
    // Nix's package and development shell (pandoc's "Revamp flake.nix to use haskell.nix") are packaging too
    for (const path of ['flake.nix', 'nix/default.nix', 'shell.nix', 'cabal.project', 'cabal.project.local']) assert.ok(isPackagingPath(path), path);
    assert.ok(!isPackagingPath('src/nix/eval.nix.rs') && !isPackagingPath('pkgs/hello.nix'), 'other Nix files');
    const platform = unit([commit({ subject: 'Add PyEmscripten platform tag support (#13199)', files: [file('pyproject.toml', 3, 1)] })]);
    assert.ok(ids(platform).includes('feature'), 'a platform');
    assert.ok(ids(unit([commit({ subject: 'Add gems command', files: [file('lib/commands/gems.rb', 40)] })])).includes('feature'));
    // a document named by its file is documentation, with code beside it or not (strace's "Add CONTRIBUTING.md")
    for (const subject of ['Add CONTRIBUTING.md', 'Add doc/HOWTO_TEST.md', 'add the docs/guide.rst'])
      assert.ok(!ids(unit([commit({ subject, files: [file('src/strace.c', 3), file('doc/HOWTO_TEST.md', 900, 0, true)] })])).includes('feature'), subject);
    assert.ok(ids(unit([commit({ subject: 'Add support for .md files', files: [file('src/fmt.c', 90)] })])).includes('feature'), 'no document');
    // so is a text file named alone (pandoc's "Add release-announcements.txt.", 8,000 lines of past announcements), not a
    // feature named after one ("Add Todo.txt syntax")
    for (const subject of ['Add release-announcements.txt.', 'add requirements_dev.txt', 'Add llms.txt (#2513)'])
      assert.ok(!ids(unit([commit({ subject, files: [file('Makefile', 3), file('release-announcements.txt', 8000, 0, true)] })])).includes('feature'), subject);
    assert.ok(ids(unit([commit({ subject: 'Add Todo.txt syntax', files: [file('src/syntax.rs', 90)] })])).includes('feature'), 'a feature');
    // the project's licensing is no feature (nlohmann/json's "Add license header to new files (#3633)")
    for (const subject of ['Add license header to new files (#3633)', 'Add SPDX identifiers', 'add copyright notice'])
      assert.ok(!ids(unit([commit({ subject, files: [file('include/json.hpp', 30)] })])).includes('feature'), subject);
    for (const subject of ['Add a --license flag', 'Add connection reuse for HTTP/2'])
      assert.ok(ids(unit([commit({ subject, files: [file('src/cli.rs', 30)] })])).includes('feature'), subject);
    // nor is mending or updating the CI (nlohmann/json's "Fix CI, again (#4083)", "Use new CI image (#3528)")
    for (const subject of ['Fix CI, again (#4083)', 'Use new CI image (#3528)', 'Update CI image (#3420)'])
      assert.ok(ids(unit([commit({ subject, files: [file('cmake/ci.cmake', 30, 20)] })])).includes('internal'), subject);
    // prose named in capitals without an extension, as GNU projects keep it (strace's `README-hacking`, `CREDITS.in`):
    // a unit of only those adds no feature; an `install` script is code
    const prose = [file('README-hacking', 64, 32), file('dist/INSTALL', 35, 5), file('CREDITS.in', 4)];
    assert.ok(!ids(unit([commit({ subject: 'Add a section on maintainers', files: prose })])).includes('feature'));
    assert.ok(ids(unit([commit({ subject: 'Add a section on maintainers', files: prose })])).includes('docs'));
    // pcre2's "Add SUPPORT-LIFECYCLE document (#863)"
    assert.ok(!ids(unit([commit({ subject: 'Add SUPPORT-LIFECYCLE document (#863)', files: [file('SUPPORT-LIFECYCLE', 120)] })])).includes('feature'));
    assert.ok(ids(unit([commit({ subject: 'Add a --user flag', files: [file('install', 40)] })])).includes('feature'));
    // the help text lives in code, but adding an option to it documents the option
    const helpText = [file('src/options.go', 3), file('man/man1/tool.1', 9)];
    assert.ok(!ids(unit([commit({ subject: 'Add --gutter to --help and man page', files: helpText })])).includes('feature'));
    assert.ok(ids(unit([commit({ subject: 'Add --gutter to set the gutter character', files: helpText })])).includes('feature'));
    // nor is an area named in two or three words (cattrs' "type aliases: support generics"); a sentence that goes on after
    // a colon still starts with its verb
    // (its first word a name: pandoc's "Markdown reader: support `alerts` extension", "LaTeX reader: support \footnotemark")
    for (const subject of [
      'type aliases: support generics (#618)',
      'union passthrough: add `accept_ints_as_floats` (#668)',
      'Markdown reader: support `alerts` extension for pandoc markdown.',
      'LaTeX reader: support \\footnotemark and \\footnotetext (#11450).',
      'EPUB writer: add cover metadata for EPUB3.',
    ])
      assert.ok(ids(unit([commit({ subject, files: [file('src/cattrs/gen.py', 40)] })])).includes('feature'), subject);
    for (const subject of ['bug fix: handle a missing file', 'security fix: escape the title'])
      assert.ok(ids(unit([commit({ subject, files: [file('src/cattrs/gen.py', 40)] })])).includes('fix'), subject);
    for (const subject of ['fix the parser: add a missing bound check', 'remove two helpers: support was dropped', 'Fix the parser: add a missing bound check'])
      assert.ok(!ids(unit([commit({ subject, files: [file('src/cattrs/gen.py', 40)] })])).includes('feature'), subject);
    // a bracketed tag (a release line, a language) is not the subject's first word
    assert.ok(ids(unit([commit({ subject: '[3.9.x] Support `import defer` (#19624)', files: [file('src/parser.js', 40)] })])).includes('feature'));
    assert.ok(
      ids(unit([commit({ subject: '[Flow] Drop support for annotations in array patterns', files: [file('src/flow.js', 5, 40)] })])).includes('breaking'),
    );
    // doc comments live in code: adding them is documentation all the same
    for (const subject of [
      'net: add docs on `ConnectionRefused` errors with udp sockets',
      'runtime: add doc note that `on_poll` is unstable',
      'Add explanation of compatibility strategy',
      'Add Javadoc notes on some of entity renamings in Jackson 3.0',
      'Add release notes wrt #4953, minor tweaks',
      'Add link and credits to API v3 release note',
      // a site of docs for an older major version (zod's, +10162 lines of pages); an R package's long-form guide (dplyr's)
      'Add v3 docs (#4972)',
      'Add recoding and replacing vignette (#7793)',
    ])
      assert.ok(!ids(unit([commit({ subject, files: [file('tokio/src/net/udp.rs', 12)] })])).includes('feature'), subject);
    for (const subject of ['Add comment support to posts', 'Add notes command', 'Add examples gallery page', 'Add user comments', 'Add docs command'])
      assert.ok(ids(unit([commit({ subject, files: [file('src/posts.rs', 40)] })])).includes('feature'), subject);
    assert.ok(ids(unit([commit({ subject: 'style: apply rustfmt', files: [file('src/a.rs', 30, 30)] })])).includes('routineWords'));
    // a formatter or `go fix` run over the code (hugo's)
    for (const subject of ['tpl: Run gotmplfmt -w .', 'all: Run go fix ./...'])
      assert.ok(ids(unit([commit({ subject, files: [file('tpl/a.go', 30, 30)] })])).includes('routineWords'), subject);
    for (const subject of ["Add copyright headers to some files that don't have 'em (#9363)", 'chore: add license headers', 'core: update copyright dates'])
      assert.ok(ids(unit([commit({ subject, files: [file('src/a.kt', 30)] })])).includes('routineWords'), subject);
    // a change to how the product treats a copyright notice is not upkeep
    for (const subject of ['[Fix #9345] Make `Style/AsciiComments` allow copyright notice', 'git-gui: Display the full GPL copyright notice in about dialog.'])
      assert.ok(!ids(unit([commit({ subject, files: [file('src/a.kt', 30)] })])).includes('routineWords'), subject);
    // a name in backticks is code: rubocop's cops are named `Lint/…`
    assert.ok(
      !ids(unit([commit({ subject: 'Make `Lint/UnreachableCode` aware of singleton method redefinition', files: [file('lib/a.rb', 30)] })])).includes(
        'routineWords',
      ),
    );
    assert.ok(ids(unit([commit({ subject: 'Fix lint in `Lint/UnreachableCode`', files: [file('lib/a.rb', 3, 3)] })])).includes('routineWords'));
    // … and still a name: a dependency bumped (hatch's "Bump `packaging` to 24.2 (#1788)")
    assert.ok(ids(unit([commit({ subject: 'Bump `packaging` to 24.2 (#1788)', files: [file('pyproject.toml', 1, 1)] })])).includes('routineWords'));
    // files made to end in a newline (loupe's), not a newline missing from the output
    const newlines = ids(unit([commit({ subject: 'Add newlines to end of all files', files: [file('src/main.rs', 30, 0)] })]));
    assert.ok(newlines.includes('routineWords') && !newlines.includes('feature'), newlines.join());
    for (const subject of ['Fix missing newline in output', 'Fix no final newline in empty files'])
      assert.ok(!ids(unit([commit({ subject, files: [file('src/main.rs', 1, 1)] })])).includes('routineWords'), subject);
    // (helix's feature about them is one)
    assert.ok(
      ids(unit([commit({ subject: 'Add config for trimming trailing whitespace and newlines on write', files: [file('src/main.rs', 60, 2)] })])).includes(
        'feature',
      ),
    );
    // raylib's tidying, misspelled too: trailing spaces removed, "code gardening"
    for (const subject of ['Remove trailing spaces on shaders', 'Code gardening', 'REVIEWED: Some comments (Code Gardening)', 'Reviewed formating and spacing'])
      assert.ok(ids(unit([commit({ subject, files: [file('src/rcore.c', 40, 40)] })])).includes('routineWords'), subject);
    // (not a fix of what the product writes: wire's)
    assert.ok(
      !ids(unit([commit({ subject: 'Remove trailing spaces in generated Kotlin types', files: [file('src/rcore.c', 4, 4)] })])).includes('routineWords'),
    );
    // all the dependencies updated, after an area (rclone's); not a dependency's version check
    assert.ok(ids(unit([commit({ subject: 'build: update all dependencies', files: [file('go.mod', 40, 40)] })])).includes('routineWords'));
    assert.ok(
      !ids(unit([commit({ subject: 'cli: update dependencies view to show licenses', files: [file('cmd/deps.go', 40, 4)] })])).includes('routineWords'),
    );
    // duplication reduced is refactoring (caffeine's)
    assert.ok(
      ids(unit([commit({ subject: 'Reduce duplications in the cache and entry code generators', files: [file('src/gen.java', 300, 400)] })])).includes(
        'refactor',
      ),
    );
    // code moved into a function or a module of its own, or between two named in code (gleam's, zls's); not a setting's file moved
    for (const subject of [
      'move long branch into method',
      'move pretty arena to its own separate crate',
      'some renamings',
      'move identifier parsing utilities from `Analyser` to `offsets`.',
      // (or factored out: MicroPython's)
      'alif/machine_rtc: Factor out RTC helper functions.',
      'Factor the parser out into its own module',
      // (or split up, or turned into another kind of code: Typst's)
      'Split up `font` module',
      'Turn introspector into trait',
    ])
      assert.ok(ids(unit([commit({ subject, files: [file('src/a.rs', 180, 180)] })])).includes('refactor'), subject);
    // (and so it names no series of a feature: MicroPython's deepsleep timeout, built on the helpers it factored out)
    assert.equal(
      commitsTitle(
        [
          commit({ subject: 'alif/modmachine: Implement timeout_ms argument to deepsleep.', files: [file('ports/alif/modmachine.c', 43, 4)] }),
          commit({ subject: 'alif/machine_rtc: Factor out RTC helper functions.', files: [file('ports/alif/machine_rtc.c', 68, 25)] }),
        ],
        NO_CONVENTIONS,
      ),
      'alif/modmachine: Implement timeout_ms argument to deepsleep.',
    );
    assert.equal(
      commitsTitle(
        [
          commit({ subject: 'Support variable fonts', files: [file('crates/typst-library/src/text/font/variations.rs', 787, 61)] }),
          commit({ subject: 'Split up `font` module', files: [file('crates/typst-library/src/text/font/mod.rs', 815, 802)] }),
        ],
        NO_CONVENTIONS,
      ),
      'Support variable fonts',
    );
    for (const subject of [
      'Move settings from `~/.zls` to `~/.config/zls`',
      'Move the cursor to the start of the line',
      'Factor supported environments out of lockfile markers (#19969)',
      'Split up large uploads into chunks',
      'Turn warnings into errors',
    ])
      assert.ok(!ids(unit([commit({ subject, files: [file('src/a.rs', 30, 5)] })])).includes('refactor'), subject);
    // usethis' development version after a release
    assert.ok(ids(unit([commit({ subject: 'Increment version number to 1.2.0.9000', files: [file('DESCRIPTION', 1, 1)] })])).includes('routineWords'));
    assert.ok(
      ids(unit([commit({ subject: 'Run `cargo fmt`', files: [file('src/a.rs', 30, 30)] })])).includes('routineWords'),
      'a formatter’s command in backticks is still a formatter run',
    );
    for (const subject of ['format tests, update project ci settings', 'style: format code', '[Flow] format'])
      assert.ok(ids(unit([commit({ subject, files: [file('src/a.rs', 30, 30)] })])).includes('routineWords'), subject);
    for (const subject of ['Add experimental format-preserving mode to the generator', 'setup: stop applying repository format twice'])
      assert.ok(!ids(unit([commit({ subject, files: [file('src/a.rs', 30, 5)] })])).includes('routineWords'), subject);
    // a topic whose merge says a test helper "learned" an option, and that changes only tests
    const merge = commit({ subject: "Merge branch 'jk/test-seq-format'", parents: ['c'.repeat(40), 'd'.repeat(40)] });
    const helper = unit([commit({ subject: 'test-lib: teach test_seq the -f option', files: [file('tests/lib-functions.sh', 14, 2)] })], {
      kind: 'topic',
      merge: { ...merge, body: 'A test helper "test_seq" function learned the "-f <fmt>" option.\n' },
    });
    assert.ok(!ids(helper).includes('feature'));
    // a topic whose merge says it changes no behaviour (neomutt's "No functional changes.")
    const nfc = unit([commit({ subject: 'index: move the thread functions', files: [file('index/functions.c', 120, 130)] })], {
      kind: 'topic',
      merge: { ...merge, subject: "Merge branch 'index-tidy'", body: 'No functional changes.\n' },
    });
    assert.ok(ids(nfc).includes('internal'), ids(nfc).join());
  });

  it('moving the project’s build or development tooling to another tool is internal work, unless the project is that tool', () => {
    const tooling = [file('tools/toxnox.py', 300), file('tools/warn_tox.py', 20), file('pyproject.toml', 12, 4)];
    for (const subject of [
      'use nox',
      'Introduce Justfile, use uv (#671)',
      'switch to flit build backend (#1863)',
      'Convert project to Gradle',
      'Move mitmweb to Vite (#7971)',
      'Lock dev dependencies with uv (#3550)',
    ]) {
      const v = score(unit([commit({ subject, files: tooling })], { repo: 'github.com/acme/lib' }));
      assert.ok(!v.signals.some((x) => x.id === 'feature'), subject);
      assert.match(v.signals.find((x) => x.id === 'internal')?.reason ?? '', /build or development tooling to/, subject);
    }
    // a product that works with the tool: its API, not the project's tooling (square/wire's Gradle plugin)
    for (const subject of ['Use Gradle lazy properties for WireExtension API', 'Use uv to resolve the interpreter when it is installed'])
      assert.ok(!ids(unit([commit({ subject, files: tooling })], { repo: 'github.com/square/wire' })).includes('internal'), subject);
    // in the tool's own repository, what it uses of itself is its product
    assert.ok(!ids(unit([commit({ subject: 'Use uv', files: tooling })], { repo: 'github.com/astral-sh/uv' })).includes('internal'));
  });

  it('moving the project’s code to a new language edition is internal work, unless it raises the minimum version', () => {
    const migrated = [file('Cargo.toml', 2, 2), ...Array.from({ length: 12 }, (_, i) => file(`src/m${i}.rs`, 8, 6))];
    for (const subject of ['Update most workspace members to 2024 edition', 'Migrate to 2024 edition', 'Update to rust 2024 edition']) {
      const v = score(unit([commit({ subject, files: migrated })], { repo: 'github.com/dtolnay/syn' }));
      assert.ok(!v.signals.some((x) => x.id === 'feature' || x.id === 'fix'), `${subject}: ${JSON.stringify(v.signals)}`);
      assert.match(v.signals.find((x) => x.id === 'internal')?.reason ?? '', /2024 edition of its language/, subject);
    }
    // a tool that builds the language supports an edition for its users; a raised MSRV affects users
    for (const subject of ['Add support for Rust Edition 2024', 'Update to Edition 2024, MSRV 1.85 (#1653)'])
      assert.ok(!ids(unit([commit({ subject, files: migrated })])).includes('internal'), subject);
  });

  it('changing the project’s lint or format tooling is internal work, unless the project is that tool', () => {
    const reformat = [file('pyproject.toml', 10, 4), ...Array.from({ length: 20 }, (_, i) => file(`starlette/m${i}.py`, 20, 55))];
    const ruff = score(unit([commit({ subject: 'Set `line-length` to 120 on Ruff (#2679)', files: reformat })], { repo: 'github.com/encode/starlette' }));
    assert.equal(ruff.notable, false, JSON.stringify(ruff.signals));
    assert.match(ruff.signals.find((x) => x.id === 'internal')?.reason ?? '', /lint or format tooling \(Ruff\)/);
    const plugin = [file('eslint.config.js', 12), file('packages/a/src/regex.js', 40, 30)];
    assert.ok(!ids(unit([commit({ subject: 'Add eslint-plugin-regexp (#16680)', files: plugin })], { repo: 'github.com/babel/babel' })).includes('feature'));
    // PHP's static analysers, updated with their baselines and the code they now flag (guzzle's "Update SA tools (#3168)"):
    // upkeep, and their baselines and their own dependencies are no size
    const tools = [
      file('phpstan-baseline.neon', 5, 15),
      file('psalm-baseline.xml', 178, 58),
      file('vendor-bin/psalm/composer.json', 1, 1),
      ...['Client', 'Cookie/CookieJar', 'Handler/CurlFactory', 'HandlerStack'].map((m) => file(`src/${m}.php`, 5, 8)),
    ];
    const analysers = score(unit([commit({ subject: 'Update SA tools (#3168)', files: tools })], { repo: 'github.com/guzzle/guzzle' }));
    assert.ok(!analysers.notable && analysers.signals.some((x) => x.id === 'internal'), JSON.stringify(analysers.signals));
    for (const path of ['phpstan-baseline.neon', 'psalm-baseline.xml', 'detekt-baseline.xml', 'app/lint-baseline.xml', '.rubocop_todo.yml'])
      assert.ok(isGeneratedPath(path), path);
    assert.ok(isBookkeepingPath('vendor-bin/phpstan/composer.json', NO_CONVENTIONS) && !isGeneratedPath('src/baseline.xml'));
    // a baseline per PHP version, and PHPStan's own configuration (monolog's "Add baseline for php8.2", offered as a feature)
    assert.ok(isGeneratedPath('phpstan-baseline-8.2.neon'), 'phpstan-baseline-8.2.neon');
    for (const path of ['phpstan.neon.dist', 'phpstan-ignore-by-php-version.neon.php', 'psalm.xml']) assert.ok(isHousekeepingPath(path), path);
    const baseline = [
      file('.github/workflows/phpstan.yml', 1),
      file('phpstan-baseline-8.2.neon', 6),
      file('phpstan-ignore-by-php-version.neon.php', 10),
      file('phpstan.neon.dist', 1),
      file('src/Monolog/Utils.php', 3, 2),
    ];
    const added = score(unit([commit({ subject: 'Add baseline for php8.2', files: baseline })], { repo: 'github.com/Seldaek/monolog' }));
    assert.ok(!added.notable, JSON.stringify(added.signals));
    // other ecosystems' formatters (swift-argument-parser's script for `swift format`, fmt's "Apply cmake-format")
    const script = unit(
      [commit({ subject: 'Add script to run the correct invocations of `swift format` (#730)', files: [file('Scripts/format.swift', 90)] })],
      {
        repo: 'github.com/apple/swift-argument-parser',
      },
    );
    assert.ok(!ids(script).includes('feature') && ids(script).includes('internal'), ids(script).join());
    const cmake = unit([commit({ subject: 'Apply cmake-format', files: [file('CMakeLists.txt', 224, 152), file('test/CMakeLists.txt', 30, 20)] })], {
      repo: 'github.com/fmtlib/fmt',
    });
    assert.ok(ids(cmake).includes('internal') && !score(cmake).notable, JSON.stringify(score(cmake).signals));
    // Haskell's HLint (cabal: "HLint suggestions; …" across 30 modules was offered at 5.8 for its size and breadth)
    const modules = Array.from({ length: 30 }, (_, i) => file(`cabal-install/src/Distribution/Client/M${i}.hs`, 6, 8));
    for (const subject of [
      'HLint suggestions; mapMaybe, maybe, fromMaybe, fuse */map',
      'Add HLint hint to use findWithDefault',
      'Follow hlint suggestion: use fmap',
      'Hlint: suggest nub alternative',
    ]) {
      const v = score(unit([commit({ subject, files: [file('.hlint.yaml', 4), ...modules] })], { repo: 'github.com/haskell/cabal' }));
      assert.ok(!v.notable && v.signals.some((x) => x.id === 'internal'), `${subject}: ${JSON.stringify(v.signals)}`);
    }
    // unless the project is that tool
    const hint = unit([commit({ subject: 'Add hint to use findWithDefault', files: [file('data/hlint.yaml', 20), file('src/Hint/List.hs', 80)] })], {
      title: 'Add HLint hint to use findWithDefault',
      repo: 'github.com/ndmitchell/hlint',
    });
    assert.ok(!ids(hint).includes('internal'), ids(hint).join());
    // a feature with one commit that fixes a linter's warnings is still a feature: the title names the tooling, not a subject
    const json = unit(
      [
        commit({ subject: 'Add --json output', files: [file('src/out.rs', 120)] }),
        commit({ subject: 'Fix clippy warnings', files: [file('src/out.rs', 3, 3)] }),
      ],
      {
        title: 'Add --json output (#12)',
        repo: 'github.com/acme/tool',
      },
    );
    assert.ok(ids(json).includes('feature'), ids(json).join());
    // a linter rule the project turns on or fixes the findings of (prettier), not a rule a linter adds for its users
    const violations = [file('src/cli/format.js', 47, 46), file('src/document/printer/printer.js', 17, 15), file('eslint.config.js', 0, 1)];
    for (const subject of ['Enable `unicorn/no-useless-else` rule (#19364)', 'Fix some `unicorn/no-declarations-before-early-exit` violations (#19371)']) {
      const v = score(unit([commit({ subject, files: violations })], { repo: 'github.com/prettier/prettier' }));
      assert.match(v.signals.find((x) => x.id === 'internal')?.reason ?? '', /lint rules \(unicorn\/no-/, subject);
      assert.ok(!v.signals.some((x) => x.id === 'feature' || x.id === 'fix'), subject);
    }
    // (one without a plugin named a lint rule in words: Leaflet's; not in a linter's own repository)
    const leaflet = score(
      unit([commit({ subject: 'Enable `prefer-exponentiation-operator` linting rule and fix issues (#9660)', files: violations })], {
        repo: 'github.com/Leaflet/Leaflet',
      }),
    );
    assert.match(leaflet.signals.find((x) => x.id === 'internal')?.reason ?? '', /lint rules \(prefer-exponentiation-operator\)/);
    const own = unit([commit({ subject: 'Add `no-useless-else` lint rule', files: violations })], { repo: 'github.com/oxc-project/oxc' });
    assert.ok(ids(own).includes('feature') && !ids(own).includes('internal'), ids(own).join());
    const biome = [file('crates/biome_js_analyze/src/lint/nursery/no_useless_else.rs', 200)];
    assert.ok(ids(unit([commit({ subject: 'feat(lint): add `noUselessElse` rule', files: biome })], { repo: 'github.com/biomejs/biome' })).includes('feature'));
    // the tool's own repository: its rules are its product
    const rule = [file('crates/ruff_linter/src/rules/a.rs', 200)];
    assert.ok(ids(unit([commit({ subject: 'Add a ruff rule for unused imports', files: rule })], { repo: 'github.com/astral-sh/ruff' })).includes('feature'));
    // taking a flag out of the type checker's settings breaks nothing users have (attrs)
    const pyright = ids(
      unit([commit({ subject: 'pyright: remove experimental flag', files: [file('pyproject.toml', 0, 1)] })], { repo: 'github.com/python-attrs/attrs' }),
    );
    assert.ok(!pyright.includes('breaking'), pyright.join());
    assert.ok(ids(unit([commit({ subject: 'remove the --experimental flag', files: [file('src/cli.py', 4, 30)] })])).includes('breaking'), 'a flag users pass');
  });

  it('work on the code’s own type checking is internal, by its title or most of its commits, except in a type checker', () => {
    const code = (i: number): FileChange => file(`mesonbuild/m${i}.py`, 12, 8);
    const internal = (u: WorkUnit): boolean => score(u).signals.some((x) => x.id === 'internal' && /type annotations or type checking/.test(x.reason));
    // meson's series: "Turn on mypy strict optional" module by module, with one "Add a late_property" on the way
    const strict = ['mdist', 'mconf', 'mlog', 'coredata', 'cmdline'].map((m, i) => commit({ subject: `${m}: Turn on mypy strict optional`, files: [code(i)] }));
    const added = commit({ subject: 'utils/universal: Add a late_property', files: [file('mesonbuild/utils/universal.py', 60, 2)] });
    const series = unit([...strict, added], { title: 'utils/universal: Add a late_property' });
    assert.ok(internal(series) && !ids(series).includes('feature'), JSON.stringify(score(series).signals));
    // by its title alone
    const title = unit([commit({ subject: 'backend/vs2010: Add lots of missing annotations', files: [code(0), code(1)] })]);
    assert.ok(internal(title), JSON.stringify(score(title).signals));
    // a feature with a typing fix beside it is a feature; a type checker's own work on types is what its users get
    const feature = unit([added, commit({ subject: 'interpreter: fix typing issues in func_build_target', files: [code(2)] })], {
      title: 'utils/universal: Add a late_property',
    });
    assert.ok(!internal(feature) && ids(feature).includes('feature'), JSON.stringify(score(feature).signals));
    const checker = unit([commit({ subject: 'Fix crash on type annotations of nested functions', files: [code(3)] })], { repo: 'github.com/python/mypy' });
    assert.ok(!internal(checker), JSON.stringify(score(checker).signals));
    // (a repository whose name only contains a checker's: Airflow's typing work is its own upkeep)
    const airflow = unit([commit({ subject: 'Add missing type annotations to the scheduler', files: [code(3)] })], { repo: 'github.com/apache/airflow' });
    assert.ok(internal(airflow), JSON.stringify(score(airflow).signals));
    // meson's series of type fixes, a few saying so in other words ("fix type of …", "add some types to …"); a feature or a
    // fix named by typing words is neither (weechat's "typing" plugin is a name: its option is a feature)
    const steps = [
      'ninjabackend: fix type of get_import_std_object',
      'ninjabackend: fix typing for rust editions',
      'ninjabackend: add some types to partially typed functions',
      'ninjabackend: move restat from extra to specific argument',
      'ninjabackend: do not use hasattr',
    ].map((subject, i) => commit({ subject, files: [code(i)] }));
    const types = unit(steps, { title: 'ninjabackend: move restat from extra to specific argument' });
    assert.ok(internal(types), JSON.stringify(score(types).signals));
    for (const subject of [
      'backends: add more complete typing of introspection data',
      // ironic's
      'add types to hardware types for supported interfaces',
      'add type hints to arginfo for the steps and annotate step helpers',
    ]) {
      const typed = unit([commit({ subject, files: [code(0), code(1)] })]);
      assert.ok(!ids(typed).includes('feature'), `${subject}: ${JSON.stringify(score(typed).signals)}`);
    }
    const mypy = unit([commit({ subject: 'ninjabackend: fix missing return statements from mypy', files: [code(0), code(1)] })]);
    assert.ok(!ids(mypy).includes('fix'), JSON.stringify(score(mypy).signals));
    const option = unit([
      commit({ subject: 'typing: add option typing.look.item_text (closes #2305)', files: [file('src/plugins/typing/typing-config.c', 40, 2)] }),
    ]);
    assert.ok(ids(option).includes('feature'), JSON.stringify(score(option).signals));
    assert.ok(ids(unit([commit({ subject: 'Fix type of the returned value in parse()', files: [code(4)] })])).includes('fix'), 'a type named in a fix');
    // words that only look alike: a library's annotation feature, a type named in a fix, a formatter's support of a syntax
    // (prettier's #19571), a library's types, which its users get (SQLAlchemy)
    for (const subject of [
      'Add support for annotations in decorators',
      'Fix type of the returned value in parse()',
      'Angular: Support expression for exhaustive typechecking (#19571)',
      'Improve typing story for core from clauses.',
    ]) {
      const u = unit([commit({ subject, files: [code(4)] })]);
      assert.ok(!internal(u), `${subject}: ${JSON.stringify(score(u).signals)}`);
    }
  });

  it('the project’s sponsors or funding are nothing users get; a feature with a sponsor commit in it is still a feature', () => {
    const logo = [
      file('README.md', 3, 0),
      file('docs/index.md', 3, 0),
      file('pyproject.toml', 2, 0),
      file('docs/_static/sponsors/Privacy-Solutions.svg', 80, 0, true),
    ];
    const sponsor = score(unit([commit({ subject: 'sponsors: add Privacy Solutions', files: logo })]));
    assert.equal(sponsor.notable, false, JSON.stringify(sponsor.signals));
    assert.ok(
      sponsor.signals.some((x) => x.id === 'internal' && /sponsors or funding/.test(x.reason)),
      JSON.stringify(sponsor.signals),
    );
    const series = unit(
      [commit({ subject: 'docs: add true story', files: [file('docs/why.md', 30, 2)] }), commit({ subject: 'Update sponsors', files: logo })],
      {
        title: 'docs: add true story',
      },
    );
    assert.ok(!ids(series).includes('feature'), ids(series).join());
    const feature = unit(
      [commit({ subject: 'Add attrs.inspect()', files: [file('src/attr/_make.py', 140, 10)] }), commit({ subject: 'Update sponsors', files: logo })],
      {
        title: 'Add attrs.inspect()',
      },
    );
    assert.ok(ids(feature).includes('feature'), ids(feature).join());
  });

  it('a surface users see, named in the title: a long option, a configuration key, a quoted command, a quoted option, setting, function or attribute', () => {
    const code = [file('src/options.ts', 40)];
    for (const subject of [
      'Add --max-depth to diff-tree',
      'Honour core.editor configuration',
      "Teach 'git describe' blobs",
      'Add `uncheckedRequire` option for JSON imports',
      'Add `len()` function (#3663)',
      'Add `[timestamp]` recipe attribute (#3680)',
    ])
      assert.ok(ids(unit([commit({ subject, files: code })])).includes('userFacing'), subject);
    // a quoted name that is code, not an option: internal flags of a function
    for (const subject of ['odb: use enum for `odb_write_object` flags', 'Add uncheckedRequire support'])
      assert.ok(!ids(unit([commit({ subject, files: code })])).includes('userFacing'), subject);
  });

  it('a release of 1.0 or later that bumps only the patch version carries fixes, whatever their words (semver)', () => {
    const add = (version: string, kind: 'major' | 'minor' | 'patch'): string[] =>
      ids(unit([commit({ subject: 'add browser export condition', files: [file('src/index.ts', 30)] })], { releasedAs: { version, kind } }));
    assert.ok(!add('11.3.4', 'patch').includes('feature'));
    assert.ok(add('11.3.4', 'patch').includes('patchRelease'));
    assert.ok(!add('v2.0.1', 'patch').includes('feature'));
    assert.ok(add('11.3.0', 'minor').includes('feature'));
    // before 1.0 anything may change in any release (semver rule 4): a patch there can still bring a feature
    assert.ok(add('0.66.1', 'patch').includes('feature'));
    assert.ok(add('globset-0.4.18', 'patch').includes('feature'));
  });

  it('the release notes count as written only where lines were added to them', () => {
    const work = file('src/a.ts', 30);
    assert.ok(ids(unit([commit({ subject: 'Teach the parser lists', files: [work, file('CHANGELOG.md', 3)] })])).includes('changelog'));
    assert.ok(!ids(unit([commit({ subject: 'Remove the old examples', files: [work, file('CHANGELOG.md', 0, 4)] })])).includes('changelog'));
    // editing a line (a pinned version) or reformatting them (a new site layout) is not writing one's work into them
    assert.ok(!ids(unit([commit({ subject: 'Downgrade mkdocs-material', files: [work, file('docs/release-notes.md', 1, 1)] })])).includes('changelog'));
    assert.ok(!ids(unit([commit({ subject: 'Change documentation layout', files: [work, file('docs/release-notes.md', 60, 135)] })])).includes('changelog'));
    // a unit that writes nothing but the notes (a release's, tornado's "Copy release notes from branch6.5 to master") has no work of its own to write in
    assert.ok(
      !ids(
        unit([commit({ subject: 'Copy release notes to main', files: [file('CHANGELOG.md', 92), file('docs/index.rst', 1)] })], {
          kind: 'pullRequest',
          pullRequest: 3,
        }),
      ).includes('changelog'),
    );
  });

  it('bots are never co-authors, nor the author under another address, and a co-author named twice counts once', () => {
    const v = score(
      unit([
        commit({
          coAuthors: [
            { name: 'Copilot', email: '175728472+Copilot@users.noreply.github.com' },
            { name: 'graphite-app[bot]', email: '96075541+graphite-app[bot]@users.noreply.github.com' },
          ],
        }),
        commit({
          coAuthors: [
            { name: 'Grace Hopper', email: 'grace@example.com' },
            { name: 'Grace Hopper', email: 'GRACE@example.com' },
          ],
        }),
      ]),
    );
    assert.equal(v.signals.find((s) => s.id === 'coAuthors')?.reason, 'Co-authored with Grace Hopper: paired work.');
    // the author named again under another address pairs with no one (uv's #20879)
    const self = commit({
      authorName: 'Charlie Marsh',
      authorEmail: 'charlie.r.marsh@gmail.com',
      coAuthors: [
        { name: 'Charlie Marsh', email: 'charliemarsh@openai.com' },
        { name: 'charlie', email: 'Charlie.R.Marsh@gmail.com' },
      ],
    });
    assert.ok(!ids(unit([self])).includes('coAuthors'), JSON.stringify(score(unit([self])).signals));
    assert.equal(
      score(unit([self, commit({ coAuthors: [{ name: 'Charlie Marsh', email: 'charliemarsh@openai.com' }] })])).signals.find((s) => s.id === 'coAuthors')
        ?.reason,
      'Co-authored with Charlie Marsh: paired work.',
      'with someone else',
    );
    // one co-author under two addresses, the surname cut to its initial in one (svelte's trailers); two people stay two
    const pairedWith = (coAuthors: CommitRecord['coAuthors']): string | undefined =>
      score(unit([commit({ coAuthors })])).signals.find((s) => s.id === 'coAuthors')?.reason;
    assert.equal(
      pairedWith([
        { name: 'Simon H', email: '5968653+dummdidumm@users.noreply.github.com' },
        { name: 'Simon Holthausen', email: 'simon.holthausen@vercel.com' },
        { name: 'Rich Harris', email: 'rich.harris@vercel.com' },
        { name: 'Rich Harris', email: 'hello@rich-harris.dev' },
        { name: 'Simon Peyton Jones', email: 'simonpj@example.org' },
      ]),
      'Co-authored with Simon Holthausen, Rich Harris, Simon Peyton Jones: paired work.',
    );
    // the author under their handle (gin's "Name <1911860538@qq.com>", co-authored by "1911860538 <alxps1911@gmail.com>")
    const handle = commit({ authorName: 'Name', authorEmail: '1911860538@qq.com', coAuthors: [{ name: '1911860538', email: 'alxps1911@gmail.com' }] });
    assert.ok(!ids(unit([handle])).includes('coAuthors'), JSON.stringify(score(unit([handle])).signals));
    // one co-author as their login and their name, both GitHub addresses of one account (zustand's trailers), shown by name;
    // two people with one generic mailbox stay two
    assert.equal(
      pairedWith([
        { name: 'dai-shi', email: '490574+dai-shi@users.noreply.github.com' },
        { name: 'Daishi Kato', email: 'dai-shi@users.noreply.github.com' },
        { name: 'Ada Lovelace', email: 'info@lovelace.example' },
        { name: 'Alan Turing', email: 'info@turing.example' },
      ]),
      'Co-authored with Daishi Kato, Ada Lovelace, Alan Turing: paired work.',
    );
    assert.ok(isBotAuthor('dependabot[bot]', '49699333+dependabot[bot]@users.noreply.github.com'));
    assert.ok(!isBotAuthor('sapphi-red', '49056869+sapphi-red@users.noreply.github.com'), 'a person’s GitHub noreply address is a person');
    // coding assistants, as their trailers name them (chi's "Co-authored with Claude Opus 4.8 (1M context), happysnaker")
    const assisted = commit({
      coAuthors: [
        { name: 'Claude Opus 4.8 (1M context)', email: 'noreply@anthropic.com' },
        { name: 'Cursor', email: 'cursoragent@cursor.com' },
        { name: 'Cursor AI', email: 'auto@cursor.ai' },
        { name: 'OpenAI Codex', email: 'codex@openai.com' },
        { name: 'Amp', email: 'amp@ampcode.com' },
        { name: 'Cursor Grok 4.5', email: 'grok@x.ai' },
        { name: 'zaniebot', email: '242828183+zaniebot@users.noreply.github.com' },
        { name: 'Houston (Bot)', email: '108291165+astrobot-houston@users.noreply.github.com' },
        // vitest's, react-router's and others' trailers
        { name: 'OpenCode (claude-opus-4-8)', email: 'noreply@opencode.ai' },
        { name: 'OpenCode', email: 'noreply@opencode.ai' },
        { name: 'Oz', email: 'oz-agent@warp.dev' },
        { name: 'Sisyphus', email: 'clio-agent@sisyphuslabs.ai' },
        { name: 'Hermes Agent', email: 'hermes@example.invalid' },
        { name: 'Remix Run Bot', email: 'hello@remix.run' },
        { name: 'happysnaker', email: '73147033+happysnaker@users.noreply.github.com' },
      ],
    });
    assert.equal(score(unit([assisted])).signals.find((s) => s.id === 'coAuthors')?.reason, 'Co-authored with happysnaker: paired work.');
    // people, even at an assistant's maker or with "bot" in a name
    for (const [name, email] of [
      ['Charlie Marsh', 'charliemarsh@openai.com'],
      ['Dmitriy Mozgovoy', 'robotshara@gmail.com'],
      ['Talbot', 'talbot@example.com'],
      ['Claudia Rossi', 'claudia@example.com'],
      ['Abbott', 'abbott@example.com'],
      ['Travel Agent Kim', 'kim@agency.example'],
    ] as const)
      assert.ok(!isBotAuthor(name, email), name);
  });

  it('CHANGELOG, LICENSE and a documentation site’s code are not documentation work or size', () => {
    const u = unit([commit({ files: [file('CHANGELOG.md', 20), file('LICENSE', 20), file('docs/.vitepress/config.ts', 200)] })]);
    const signalIds = ids(u);
    assert.ok(!signalIds.includes('docs') && !signalIds.includes('size'), signalIds.join());
    assert.equal(unitLines(u, NO_CONVENTIONS), 0);
    assert.ok(ids(unit([commit({ files: [file('docs/guide/usage.md', 20)] })])).includes('docs'));
    // CMake's build script is named .txt; it is not prose (swift-argument-parser's "Updates documentation: …/CMakeLists.txt")
    const validators = unit([commit({ files: [file('Sources/ArgumentParser/CMakeLists.txt', 6, 1), file('Sources/ArgumentParser/Validators/A.swift', 40)] })]);
    assert.ok(!ids(validators).includes('docs'), ids(validators).join());
    assert.equal(unitLines(validators, NO_CONVENTIONS), 47);
    // a root website/ folder (Docusaurus, VitePress) is a documentation site
    assert.equal(
      unitLines(unit([commit({ files: [file('website/.vitepress/config.ts', 190), file('website/src/components/Logos.vue', 60)] })]), NO_CONVENTIONS),
      0,
    );
    // and so is a root www/ (tRPC's site and its scripts, just's and rustup's pages)
    assert.equal(unitLines(unit([commit({ files: [file('www/scripts/check-twoslash.ts', 257), file('www/index.html', 40)] })]), NO_CONVENTIONS), 0);
    // a site generator's configuration at the root is the site's code too: a new page is documentation, not a feature
    const page = unit([commit({ subject: 'Add sponsorship page', files: [file('docs/sponsorship.md', 180), file('mkdocs.yml', 2), file('book.toml', 3)] })]);
    assert.ok(!ids(page).includes('feature') && !ids(page).includes('size'), ids(page).join());
  });

  it('a message explains its reasoning by its prose, not by a list of what it changed (itsdangerous’s "update project files")', () => {
    const explained = (body: string): string | undefined =>
      score(unit([commit({ subject: 'update project files', body, files: [file('src/a.py', 10)] })])).signals.find((s) => s.id === 'explained')?.reason;
    const changes = [
      'update pre-commit hooks',
      'upgrade pip with venv',
      'update description and version',
      'show url in publish environment',
      'update actions versions, separate typing job',
      'use dependabot grouped updates\n  ignore upload/download-artifact until slsa updates',
      'use sphinx.ext.extlinks instead of sphinx-issues',
      'update dev dependencies',
      'update .editorconfig',
      'update .gitignore',
      'license is txt, readme is md',
      'update pyproject.toml\n  add typed classifier\n  add pyright config\n  simplify urls',
      'tox builds docs in place',
      'add tox env to update all dev dependencies',
      'update issue and pr templates',
    ];
    assert.equal(explained(changes.map((c) => `* ${c}`).join('\n')), undefined, 'a list of changes');
    assert.equal(explained(changes.map((c, i) => `${i + 1}. ${c}`).join('\n')), undefined, 'numbered');
    // the same words as prose, and a squash merge's list whose commits explain themselves under their subjects (okhttp's #8872)
    assert.match(explained(changes.join('. ').replaceAll('\n ', '')) ?? '', /^Explains its reasoning in a \d+-word message\.$/);
    const squash = [
      '* Change RecordedRequest.chunkSizes to be nullable',
      '',
      "Now that it's all Kotlin we can usefully distinguish between null (not chunked) and empty list (chunked with zero bytes), which callers",
      'asked for when they test chunked uploads of empty bodies against the mock server.',
      '',
      'Also remove the experimental annotation from RecordedRequest and delete the experimental annotation.',
      '',
      '* apiDump',
    ].join('\n');
    assert.equal(explained(squash), 'Explains its reasoning in a 48-word message.', 'the prose under the items, not the items');
  });

  it('a signal that fires on most of the user’s units weighs little there', () => {
    assert.equal(informationFactor(0.1), 1);
    assert.equal(informationFactor(0.5), 0.5);
    assert.ok(informationFactor(0.9) < 0.1);
    // 30 units of which 27 landed through a PR and 27 explain themselves at length
    const long = Array.from({ length: 45 }, (_, i) => `word${i}`).join(' ');
    const history = Array.from({ length: 30 }, (_, i) =>
      unit([commit({ subject: `Work ${i}`, body: i < 27 ? long : '', files: [file('src/a.ts', 10 + i)] })], {
        pullRequest: i < 27 ? i + 1 : undefined,
        kind: 'pullRequest',
      }),
    );
    const profile = buildProfile(history, NO_CONVENTIONS);
    const v = scoreUnit(unit([commit({ subject: 'More work', body: long, files: [file('src/a.ts', 12)] })], { pullRequest: 99, kind: 'pullRequest' }), 4, {
      conventions: NO_CONVENTIONS,
      profile,
    });
    for (const id of ['pullRequest', 'explained'])
      assert.ok((v.signals.find((s) => s.id === id)?.weight ?? 0) < 0.2, `${id} weighs little: ${JSON.stringify(v.signals)}`);
  });

  it("work done again and again, titled alike but for its month or version, counts against (typos' monthly dictionary updates)", () => {
    const months = ['May 2025', 'June 2025', 'July 2025', 'August 2025', 'September 2025', 'January', 'February', 'March'];
    const monthly = months.map((m, i) =>
      unit(
        [
          commit({
            subject: `feat(dict): ${m} updates`,
            files: [file('crates/typos-dict/assets/words.csv', 40 + i, 2), file('crates/typos-dict/src/word_codegen.rs', 80, 10)],
          }),
        ],
        {
          pullRequest: 1300 + i,
          kind: 'pullRequest',
        },
      ),
    );
    const others = Array.from({ length: 12 }, (_, i) =>
      unit([
        commit({
          subject: [
            'fix(tokens): Ignore ssh ed25519 pub keys',
            'feat(cli): Add --format',
            'fix(config): Error on unused key',
            'fix(tokens): Ignore hex literals',
          ][i % 4]!,
          files: [file(`crates/typos/src/m${i}.rs`, 30 + i, 5)],
        }),
      ]),
    );
    const profile = buildProfile([...monthly, ...others], CONVENTIONAL);
    const june = scoreUnit(monthly[1]!, 4, { conventions: CONVENTIONAL, profile });
    assert.equal(june.signals.find((x) => x.id === 'recurring')?.reason, 'Recurring work: one of 8 of yours titled alike (“feat(dict): # updates”).');
    assert.ok(!june.notable, JSON.stringify(june.signals));
    // a title said three times is not recurring work, nor one that differs in its words
    const ssh = scoreUnit(others[0]!, 4, { conventions: CONVENTIONAL, profile });
    assert.ok(!ssh.signals.some((x) => x.id === 'recurring'), JSON.stringify(ssh.signals));
    // what changes from one time to the next: numbers, versions, months ("May" only as a name)
    assert.equal(titleTemplate('docs(website): add highlights for 2.13.0 (#1491)'), 'docs(website): add highlights for # (#)');
    assert.equal(titleTemplate('Fix: the value may be null'), 'fix: the value may be null');
    assert.equal(titleTemplate('1.2.3'), undefined);
    // a title that says nothing but the issue it fixes says no work recurs (jackson-databind's)
    assert.equal(titleTemplate('Fix #4963 (#4964)'), undefined);
  });

  it('where every patch is tagged as a release, a tag says nothing (Vim tags each patch: v9.2.0864)', () => {
    const patch = (n: number, files = [file('src/gui_gtk4.c', 20 + n, 5)]): ReturnType<typeof unit> =>
      unit([commit({ subject: `patch 9.2.0${600 + n}: GTK4: toolbar ${n} can be improved`, files, tags: [`v9.2.0${600 + n}`] })]);
    const tagged = (v: { signals: readonly Signal[] }): number => v.signals.find((s) => s.id === 'release')?.weight ?? 0;
    const all = buildProfile(
      Array.from({ length: 30 }, (_, i) => patch(i)),
      NO_CONVENTIONS,
    );
    assert.ok(tagged(scoreUnit(patch(99), 4, { conventions: NO_CONVENTIONS, profile: all })) < 0.2, 'on every unit: little');
    // where a tag lands on one unit in ten, it is the release it shipped in
    const some = buildProfile(
      Array.from({ length: 30 }, (_, i) =>
        unit([commit({ subject: `Adjust case ${i}`, files: [file('src/a.c', 20 + i)], tags: i % 10 === 0 ? [`v1.${i}.0`] : [] })]),
      ),
      NO_CONVENTIONS,
    );
    assert.equal(tagged(scoreUnit(patch(99), 4, { conventions: NO_CONVENTIONS, profile: some })), 2);
  });

  it('where the release notes list nearly every fix and feature of the user’s (generated notes: h3’s changelogen), being listed says little', () => {
    const shipped = { version: '2.0.1-rc.26', file: 'CHANGELOG.md', section: '' };
    const fix = (i: number): ReturnType<typeof unit> =>
      unit([commit({ subject: `Fix the vary header of case ${i}`, files: [file(`src/c${i}.ts`, 10 + i, 2)] })]);
    const fixes = Array.from({ length: 12 }, (_, i) => fix(i));
    const history = [...fixes, ...Array.from({ length: 40 }, (_, i) => unit([commit({ subject: `Update deps ${i}`, files: [file('package.json', 2, 2)] })]))];
    const listedWeight = (listed: ReadonlySet<ReturnType<typeof unit>>): number => {
      const profile = buildProfile(history, NO_CONVENTIONS, (u) => (listed.has(u) ? shipped : undefined));
      return scoreUnit(fix(99), 4, { conventions: NO_CONVENTIONS, profile, shipped }).signals.find((s) => s.id === 'shipped')?.weight ?? 0;
    };
    const every = listedWeight(new Set(fixes));
    // a maintainer's pick: 8 of the 12
    const picked = listedWeight(new Set(fixes.slice(0, 8)));
    assert.ok(every < 0.5 && picked > 1.5, `every fix listed: ${every}; 8 of 12: ${picked}`);
  });

  it('a refactoring by its words that the release notes list among what they add is no refactoring (commander’s "Refactor help option implementation …" under "Added")', () => {
    const refactor = unit([commit({ subject: 'Refactor help option implementation to hold actual Option (#2006)', files: [file('lib/command.js', 68, 41)] })]);
    const signals = (section: string) =>
      scoreUnit(refactor, 4, { conventions: NO_CONVENTIONS, shipped: { version: '12.0.0', file: 'CHANGELOG.md', section } }).signals.map((x) => x.id);
    assert.ok(ids(refactor).includes('refactor'), 'by its words');
    for (const section of ['Added', 'Features › CLI', 'Minor Changes']) assert.ok(!signals(section).includes('refactor'), section);
    assert.ok(signals('Changed').includes('refactor'), 'notes that do not say it adds');
  });

  it('being listed counts for work, not for docs the notes list beside it (django-debug-toolbar’s "note to the prerequisites section"); the docs still say how often the notes list the user’s changes', () => {
    const shipped = { version: '7.0.0', file: 'docs/changes.rst', section: '' };
    const note = unit([
      commit({ subject: 'Add a note to the prerequisites section about requiring a modern browser', files: [file('docs/installation.rst', 5)] }),
    ]);
    const panel = unit([commit({ subject: 'Fix binary parameter handling in SQL panel', files: [file('debug_toolbar/panels/sql.py', 30, 4)] })]);
    const listed = (u: ReturnType<typeof unit>) => scoreUnit(u, 4, { conventions: NO_CONVENTIONS, shipped }).signals.some((x) => x.id === 'shipped');
    assert.ok(!listed(note));
    assert.ok(listed(panel));
    // the frequency of being listed: 30 docs units of 40, all listed, tell the same as 30 units of code
    const history = (make: (i: number) => ReturnType<typeof unit>) => [
      ...Array.from({ length: 30 }, (_, i) => make(i)),
      ...Array.from({ length: 10 }, (_, i) => unit([commit({ subject: `Adjust case ${i}`, files: [file('debug_toolbar/a.py', 20 + i)] })])),
    ];
    const weight = (make: (i: number) => ReturnType<typeof unit>): number => {
      const units = history(make);
      const listed = new Set(units.slice(0, 30));
      const profile = buildProfile(units, NO_CONVENTIONS, (u) => (listed.has(u) ? shipped : undefined));
      return scoreUnit(panel, 4, { conventions: NO_CONVENTIONS, profile, shipped }).signals.find((s) => s.id === 'shipped')?.weight ?? 0;
    };
    assert.equal(
      weight((i) => unit([commit({ subject: `Document case ${i}`, files: [file('docs/panels.rst', 5 + i)] })])),
      weight((i) => unit([commit({ subject: `Tune case ${i}`, files: [file('debug_toolbar/b.py', 5 + i)] })])),
    );
  });

  it('a subject that opens with the issue it answers is read after it (more-itertools’ "Issue 1098: Add synchronized decorator")', () => {
    const code = [file('more_itertools/more.py', 60, 2)];
    for (const subject of ['Issue 1098: Add synchronized decorator', 'Issue #1093: Add serialize()', 'gh-1070: Add random derangements'])
      assert.ok(ids(unit([commit({ subject, files: code })])).includes('feature'), subject);
    assert.ok(ids(unit([commit({ subject: '#1130:  Fix partition() for empty input', files: code })])).includes('fix'));
  });

  it('Vim’s patches are named by the problem they solve: a capability said missing is a feature', () => {
    const gui = [file('src/gui_gtk4.c', 300, 20), file('src/proto/gui_gtk4.pro', 6)];
    for (const subject of [
      'patch 9.2.0110: No support for terminal synchronization mode',
      'patch 9.2.0093: Not possible to have window-local highlighting groups',
      'patch 9.2.0898: printing support is lacking',
      'patch 9.2.0659: GTK4: no balloon support in GUI',
      'patch 9.2.0875: GTK4: GUI does not support command-line arguments',
      'vim-patch:9.2.0470: No way to hook into put commands',
    ])
      assert.ok(ids(unit([commit({ subject, files: gui })])).includes('feature'), subject);
    // its problems that are bugs stay fixes, and a fix for what a terminal does not support is no feature
    for (const subject of ['patch 9.2.0043: crypt: Crash when reading an encrypted UTF-8 file', 'Fix garbled output when the terminal does not support colors'])
      assert.ok(!ids(unit([commit({ subject, files: gui })])).includes('feature'), subject);
  });

  it('a piece of work of three commits or more says so, at half a point: its size already counts', () => {
    const steps = [1, 2, 3].map((i) => commit({ subject: `Step ${i} of the parser`, files: [file('src/parser.ts', 10 * i)] }));
    const v = scoreUnit(unit(steps, { kind: 'series' }), 4, { conventions: NO_CONVENTIONS });
    const series = v.signals.find((s) => s.id === 'commits');
    assert.equal(series?.reason, '3 commits of one piece of work.');
    assert.equal(series?.weight, SERIES_WEIGHT);
    assert.ok(!scoreUnit(unit(steps.slice(0, 2), { kind: 'series' }), 4, { conventions: NO_CONVENTIONS }).signals.some((s) => s.id === 'commits'));
  });

  it('a quiet history’s best work is offered: the best tenth of the user’s units earns half a point, enough when it falls that short', () => {
    // 30 small pull requests, one commit each: 3 of them also document what they change and write it into the changelog
    const history = Array.from({ length: 30 }, (_, i) => {
      const documented = i % 10 === 0;
      const files = [file(`src/m${i}.py`, 12, 4), file(`tests/test_m${i}.py`, 20), ...(documented ? [file('docs/usage.md', 15), file('CHANGES.md', 1)] : [])];
      return unit([commit({ subject: documented ? `Wrap long lines in case ${i}` : `Adjust case ${i}`, files })], { kind: 'pullRequest', pullRequest: i + 1 });
    });
    const profile = buildProfile(history, NO_CONVENTIONS);
    // the documented three score 3 without it: half a point under this threshold
    const threshold = 3 + BEST_WEIGHT;
    const scored = history.map((u) => scoreUnit(u, threshold, { conventions: NO_CONVENTIONS, profile }));
    const best = scored.filter((v) => v.signals.some((s) => s.id === 'best'));
    assert.deepEqual(
      best.map((v) => scored.indexOf(v)),
      [0, 10, 20],
      'the documented three, the best tenth',
    );
    for (const v of best) {
      assert.equal(v.signals.find((s) => s.id === 'best')?.reason, 'Among the best 10 % of your work in this repository.');
      assert.equal(v.signals.find((s) => s.id === 'best')?.weight, BEST_WEIGHT);
      assert.ok(v.notable && v.score - BEST_WEIGHT < threshold, `offered thanks to it: ${JSON.stringify(v.signals)}`);
    }
    assert.ok(!scored[1]!.notable, 'the usual work is not');
    // a change of documentation alone scored as high is no best work of the product (htop's "Formalize security process")
    const policy = unit(
      [commit({ subject: 'Formalize the security process', files: [file('SECURITY.md', 40), file('docs/usage.md', 15), file('CHANGES.md', 1)] })],
      {
        kind: 'pullRequest',
        pullRequest: 77,
      },
    );
    const docsOnly = scoreUnit(policy, 4, { conventions: NO_CONVENTIONS, profile });
    assert.ok(profile.best !== undefined && docsOnly.score >= profile.best, `as high: ${JSON.stringify(docsOnly.signals)}`);
    assert.ok(!docsOnly.signals.some((s) => s.id === 'best'), JSON.stringify(docsOnly.signals));
    // nor is a change of the package's manifest and the tools' configuration alone (jinja's "add gha-update"; a feature
    // only when it names the support it adds)
    const tooling = unit([commit({ subject: 'Add Python 3.15 support', files: [file('pyproject.toml', 5), file('tox.ini', 6), file('CHANGES.md', 1)] })], {
      kind: 'pullRequest',
      pullRequest: 78,
    });
    const manifestOnly = scoreUnit(tooling, 4, { conventions: NO_CONVENTIONS, profile });
    assert.ok(profile.best !== undefined && manifestOnly.score >= profile.best, `as high: ${JSON.stringify(manifestOnly.signals)}`);
    assert.ok(!manifestOnly.signals.some((s) => s.id === 'best'), JSON.stringify(manifestOnly.signals));
    // nor a move to another dependency manager, whose manifest and requirement files hold all but a tenth of its lines
    // (flask's "use uv": the project's code changes by a few lines); its requirement files are no documentation
    const uv = unit(
      [
        commit({
          subject: 'Consolidate the dependencies',
          files: [
            file('pyproject.toml', 190, 10),
            file('requirements/dev.txt', 0, 202),
            file('requirements/tests.in', 0, 4),
            // a line or two in three folders of code: it spans them
            file('src/m1.py', 1, 1),
            file('lib/compat.py', 1),
            file('bin/run.py', 1),
          ],
        }),
      ],
      { kind: 'pullRequest', pullRequest: 79 },
    );
    const dependencyManager = scoreUnit(uv, 4, { conventions: NO_CONVENTIONS, profile });
    assert.ok(profile.best !== undefined && dependencyManager.score >= profile.best, `as high: ${JSON.stringify(dependencyManager.signals)}`);
    assert.ok(!dependencyManager.signals.some((s) => s.id === 'best' || s.id === 'docs'), JSON.stringify(dependencyManager.signals));
    // nor work that says it changes nothing users get, however large (podman's "remove deadcode")
    const deadCode = unit(
      [
        commit({
          subject: 'Remove dead code',
          files: [
            file('src/m1.py', 0, 120),
            file('src/m2.py', 0, 80),
            file('lib/compat.py', 0, 60),
            file('bin/run.py', 0, 40),
            file('docs/usage.md', 2, 9),
            file('CHANGES.md', 1),
          ],
        }),
      ],
      { kind: 'pullRequest', pullRequest: 80 },
    );
    const cleanup = scoreUnit(deadCode, 4, { conventions: NO_CONVENTIONS, profile });
    assert.ok(
      cleanup.signals.some((s) => s.id === 'refactor') && cleanup.signals.reduce((n, s) => n + s.weight, 0) >= profile.best,
      JSON.stringify(cleanup.signals),
    );
    assert.ok(!cleanup.signals.some((s) => s.id === 'best'), JSON.stringify(cleanup.signals));
    // too short a history to say what is best
    assert.equal(buildProfile(history.slice(0, 19), NO_CONVENTIONS).best, undefined);
  });

  it('a merge of someone else’s pull request is review evidence, not authorship', () => {
    const merge = commit({
      subject: 'Merge pull request #9 from bob/feature',
      pullRequest: 9,
      parents: ['a'.repeat(40), 'c'.repeat(40)],
      files: [file('src/a.ts', 900)],
    });
    const v = scoreUnit(unit([merge], { kind: 'pullRequest', pullRequest: 9 }), 4, { conventions: NO_CONVENTIONS });
    assert.deepEqual(
      v.signals.map((s) => s.id),
      ['mergedContribution'],
    );
    assert.equal(v.notable, false);
  });

  it('pull requests one release-notes item names together count each as it would alone: a merge of someone else’s work in either is not the user’s change', () => {
    const merges = (pr: number, theirs: string, own: string) => {
      const touchUp = commit({ subject: `Add a log line to ${own}`, files: [file(own, 3, 1)] });
      const merge = commit({
        subject: `Merge pull request #${pr} from bob/${pr}`,
        pullRequest: pr,
        parents: ['a'.repeat(40), 'c'.repeat(40)],
        files: [file(theirs, 400), file(own, 3, 1)],
      });
      return unit([merge, touchUp], { kind: 'pullRequest', pullRequest: pr });
    };
    // (bbolt's #635 "add MoveBucket…" and #671, Elbehery's, each with a touch-up of ahrtr's)
    const both = mergeUnits([merges(635, 'bucket.go', 'tx.go'), merges(671, 'movebucket_test.go', 'db.go')]);
    assert.deepEqual(
      unitFiles(both)
        .map((f) => `${f.path} +${f.additions}`)
        .sort(),
      ['db.go +3', 'tx.go +3'],
    );
  });

  it('in a pull request someone else wrote part of, the user’s own commits say what the user did, not its title (bbolt’s "add MoveBucket…", Elbehery’s, with ahrtr’s touch-up)', () => {
    const title = 'add MoveBucket to support moving a sub-bucket from one bucket to another';
    const merge = commit({
      subject: 'Merge pull request #635 from Elbehery/add_move_subBucket',
      body: `${title}\n`,
      pullRequest: 635,
      parents: ['a'.repeat(40), 'c'.repeat(40)],
      files: [file('bucket.go', 380, 4), file('tx.go', 33, 17), file('movebucket_test.go', 200)],
    });
    const touchUp = commit({ subject: 'Log the keys MoveBucket copies and clone them', files: [file('tx.go', 33, 17)] });
    const shared = unit([merge, touchUp], { kind: 'pullRequest', pullRequest: 635, merge: { ...merge, body: `${title}\n` }, title });
    assert.ok(!ids(shared).includes('feature'), ids(shared).join());
    // the user's own pull request is what its title says
    const own = commit({ subject: 'Add MoveBucket', files: [file('bucket.go', 380, 4)] });
    const mine = unit([{ ...merge, files: [file('bucket.go', 380, 4)] }, own], {
      kind: 'pullRequest',
      pullRequest: 635,
      merge: { ...merge, body: `${title}\n` },
      title,
    });
    assert.ok(ids(mine).includes('feature'), ids(mine).join());
  });

  it('bots are never notable', () => {
    assert.equal(score(unit([commit({ authorName: 'renovate[bot]', authorEmail: 'bot@renovateapp.com', files: [file('src/a.ts', 900)] })])).notable, false);
  });

  it("learns the user's own conventional commits where the repository's other authors write areas (rustup)", () => {
    // rustup's maintainers: one writes `dist: …`, `notifications: …`; the other, the user, conventional types
    const theirs = Array.from({ length: 30 }, (_, i) => `${['dist', 'notifications', 'download'][i % 3]}: tidy step ${i}`);
    const mine = Array.from({ length: 24 }, (_, i) => `${['test(cli-v2)', 'feat(cli)', 'fix(toolchain)', 'refactor(test)'][i % 4]}: step ${i}`);
    const history = mine.map((subject) => commit({ subject, files: [file('src/cli/x.rs', 3)] }));
    const conventions = learnConventions([...theirs, ...mine], history, []);
    assert.ok(conventions.conventional, 'by the user’s own subjects');
    assert.deepEqual(conventions.types, ['feat', 'fix', 'refactor', 'test']);
    assert.ok(!learnConventions([...theirs, ...mine], [], []).conventional, 'the repository alone: mostly areas');
  });

  it('learns conventional commits written after a gitmoji (pipx: "✨ feat(pin): …", "📝 docs: …")', () => {
    const subjects = [
      ...Array.from({ length: 8 }, (_, i) => `✨ feat(cmd${i}): add scriptable output (#${1900 + i})`),
      ...Array.from({ length: 8 }, (_, i) => `🐛 fix(run): handle case ${i} (#${1920 + i})`),
      ...Array.from({ length: 4 }, (_, i) => `📝 docs: explain step ${i}`),
      ':recycle: refactor: tidy the paths module',
    ];
    const conventions = learnConventions(subjects, [], []);
    assert.ok(conventions.conventional, JSON.stringify(conventions));
    assert.ok(conventions.types.includes('feat') && conventions.types.includes('docs'), conventions.types.join());
    // a known type used once is that type where the others are used (pypa/build's one `perf: memoize check_dependency`)
    assert.ok(conventions.types.includes('refactor'), conventions.types.join());
    // a docs commit that restores notes fragments (their kinds say feature and breaking) is documentation, by its own label
    const restore = unit([
      commit({
        subject: '📝 docs: restore the 1.16.0 changelog fragments (#1961)',
        files: [file('changelog.d/1932.feature.md', 3, 0, true), file('changelog.d/1956.breaking.md', 2, 0, true), file('docs/changelog.rst', 10, 4)],
      }),
    ]);
    const signals = scoreUnit(restore, 4, { conventions }).signals.map((x) => x.id);
    assert.ok(!signals.includes('feature') && !signals.includes('breaking'), signals.join());
  });

  it('learns what ⚡️ means where it is written: performance where its subjects say so (FastAPI), any improvement where they do not (dio)', () => {
    const others = [
      ...Array.from({ length: 8 }, (_, i) => `✨ Introduce option ${i} (#${2400 + i})`),
      ...Array.from({ length: 8 }, (_, i) => `🐛 Fix case ${i} (#${2450 + i})`),
    ];
    const dio = [
      '⚡️ Allow passing an initial interceptors list to the constructor of `Interceptors` (#2427)',
      '⚡️ Expose underlying adapters from all adapters (#2423)',
      '⚡ Raise the version constraint of `dio_web_adapter` (#2370)',
      '⚡️ Split `web_adapter` (#2223)',
      '⚡️ Improve multiple timeout tests (#2142)',
      '⚡️ Fix `FormData.readAsBytes` excessive memory usage with large payloads (#2544)',
    ];
    const fastapi = [
      '⚡️ Reduce memory usage in dependencies (#16049)',
      '⚡️ Avoid repeated dependency flattening in OpenAPI (#16067)',
      '⚡️ Stop retaining flat dependency trees (#16065)',
      '⚡️ Improve performance in request body parsing with a cache for internal model fields (#12184)',
      '⚡️ Skip unused dependency repeat bookkeeping (#16069)',
    ];
    const loose = learnConventions([...others, ...dio], [], []);
    const meant = learnConventions([...others, ...fastapi], [], []);
    assert.equal(loose.performanceGitmoji, false);
    assert.equal(meant.performanceGitmoji, undefined);
    const interceptors = unit([commit({ subject: dio[0]!, files: [file('dio/lib/src/interceptor.dart', 12, 2)] })], { kind: 'pullRequest', pullRequest: 2427 });
    const ids = (conventions: Conventions) => scoreUnit(interceptors, 4, { conventions }).signals.map((x) => x.id);
    // in dio, its words say what it is: a feature
    assert.ok(ids(loose).includes('feature') && !ids(loose).includes('performance'), ids(loose).join());
    assert.ok(ids(meant).includes('performance'), ids(meant).join());
    // a written `perf` prefix after the gitmoji is performance work wherever it is written
    assert.equal(commitType('⚡ perf(upgrade): check updates in parallel (#1931)', loose), 'perf');
    assert.equal(commitType(fastapi[2]!, meant), 'perf');
  });

  it('reads NumPy\'s combined labels ("BLD/MAINT:", "ENH/DEP:") as their first type, not as areas', () => {
    const labels = ['BUG: fix a crash', 'MAINT: update pins', 'DOC: fix a typo', 'TST: add a test', 'ENH: add a keyword', 'BLD: bump meson'];
    const combined = [
      'ENH/DEP: deprecate the `fix_imports` keyword (#30456)',
      'BLD/MAINT: drop the vendored meson fork (#30102)',
      'DEV/TST: speed up the slow tests (#30211)',
    ];
    const conventions = learnConventions([...Array.from({ length: 24 }, (_, i) => `${labels[i % labels.length]!} ${i}`), ...combined], [], []);
    assert.ok(conventions.conventional);
    assert.deepEqual(
      combined.map((s) => commitType(s, conventions)),
      ['feat', 'build', 'test'],
    );
    // a path before a colon is an area, whatever its case: git's "Documentation/RelNotes: …", no type
    assert.equal(commitType('Documentation/RelNotes: the 2.53 notes', conventions), undefined);
    assert.equal(commitType('API/ABI: expose npy_foo (#30000)', conventions), undefined);
  });

  it("Crystal's ways: a formatter applied to the project's files is style work, and notes moved in from many releases are no entry of the change's own", () => {
    const makefile = unit(
      [commit({ subject: 'Apply `mbake` formatter for `Makefile` (#17024)', files: [file('Makefile', 300, 296), file('Makefile.win', 88, 85)] })],
      {
        kind: 'pullRequest',
        pullRequest: 17024,
      },
    );
    assert.ok(ids(makefile).includes('internal'), ids(makefile).join());
    // a formatter that is the product's own feature is not that
    const json = unit([
      commit({ subject: 'Add JSON formatter for `crystal tool format` (#17030)', files: [file('src/compiler/crystal/tools/formatter/json.cr', 120, 0, true)] }),
    ]);
    assert.ok(!ids(json).includes('internal'), ids(json).join());
    // a pull request that moves twenty releases' notes into their own files writes no entry of its own
    const notes = Array.from({ length: 22 }, (_, i) => file(`doc/changelogs/v1.${i}.md`, 300, 0, true));
    const older = unit([commit({ subject: 'Add changelogs for older releases (#16698)', files: [...notes, file('scripts/update-changelog.sh', 30, 7)] })], {
      kind: 'pullRequest',
      pullRequest: 16698,
    });
    assert.deepEqual(
      ids(older).filter((id) => id === 'changelog' || id === 'feature'),
      [],
      ids(older).join(),
    );
    // and one that writes its entry in a few packages' notes does
    const entry = unit([
      commit({ subject: 'Add `Process.capture` (#16773)', files: [file('src/process.cr', 80), file('CHANGELOG.md', 2), file('packages/cli/CHANGELOG.md', 2)] }),
    ]);
    assert.ok(ids(entry).includes('changelog'), ids(entry).join());
  });

  it('a fix that changes the project\'s lint tool is tooling, not a bug fix ("fix: replace linter with biome"); a fix of an integration with one is a fix', () => {
    const biome = unit(
      [
        commit({
          subject: 'fix: replace linter with biome (#2645)',
          files: [file('biome.json', 40, 0, true), file('package.json', 3, 5), file('apps/web/src/a.ts', 2, 2)],
        }),
      ],
      {
        kind: 'pullRequest',
        pullRequest: 2645,
      },
    );
    assert.ok(ids(biome, CONVENTIONAL).includes('internal') && !ids(biome, CONVENTIONAL).includes('fix'), ids(biome, CONVENTIONAL).join());
    const crash = unit([commit({ subject: 'fix(lsp): handle ruff server crash (#13001)', files: [file('helix-lsp/src/client.rs', 30, 4)] })], {
      kind: 'pullRequest',
      pullRequest: 13001,
    });
    assert.ok(ids(crash, CONVENTIONAL).includes('fix'), ids(crash, CONVENTIONAL).join());
  });

  it('a revert of upkeep is upkeep by its label (Polars\' `Revert "chore: …"`); a revert of a feature is no feature', () => {
    assert.equal(commitType('Revert "chore: Harden against async blocking deadlocks" (#27709)', CONVENTIONAL), 'chore');
    assert.equal(commitType('Revert "feat: add default web-streams based server entry (#14759)" (#15289)', CONVENTIONAL), undefined);
    const revert = unit(
      [
        commit({
          subject: 'Revert "chore: Harden against async blocking deadlocks" (#27709)',
          files: [file('crates/polars-io/src/a.rs', 40, 60), file('crates/polars-stream/src/b.rs', 30, 50)],
        }),
      ],
      { kind: 'pullRequest', pullRequest: 27709 },
    );
    assert.ok(ids(revert, CONVENTIONAL).includes('routineType'), ids(revert, CONVENTIONAL).join());
  });

  it('learns tests where the project keeps them: numbered scripts, fixtures beside their specs', () => {
    const history = [
      ...Array.from({ length: 6 }, (_, i) => commit({ files: [file(`t/t${1000 + i}-thing.sh`, 5), file('t/lib-helpers.sh', 1), file(`src/x${i}.c`, 5)] })),
      ...Array.from({ length: 6 }, (_, i) =>
        commit({
          files: [file(`playground/css/__tests__/css${i}.spec.ts`, 5), file(`playground/css/index${i}.html`, 5), file(`packages/vite/src/node/a${i}.ts`, 5)],
        }),
      ),
      ...Array.from({ length: 6 }, (_, i) => commit({ files: [file(`packages/vite/src/node/b${i}.ts`, 5)] })),
    ];
    const conventions = learnConventions([], history, []);
    assert.ok(isTestIn(conventions, 't/lib-helpers.sh'), JSON.stringify(conventions.testFolders));
    assert.ok(isTestIn(conventions, 'playground/css/index.html'));
    assert.ok(!isTestIn(conventions, 'packages/vite/src/node/b1.ts'));
    // a monorepo package whose every change comes with many fixtures (babel's parser) is code with its tests, not a test folder
    const parser = Array.from({ length: 6 }, (_, i) =>
      commit({
        files: [
          file(`packages/parser/src/plugin${i}.ts`, 20),
          ...Array.from({ length: 6 }, (_, j) => file(`packages/parser/test/fixtures/case${i}-${j}/output.json`, 30)),
        ],
      }),
    );
    // Go keeps a package's fixtures in `testdata/` beside its code (golangci-lint's `pkg/golinters/x/`), and a
    // Kotlin project its modules' sources a level down (`reactive/kotlinx-coroutines-reactive/src/`): code, not tests
    const layouts = learnConventions(
      [],
      Array.from({ length: 6 }, (_, i) =>
        commit({
          files: [
            file(`pkg/golinters/linter${i}/linter${i}.go`, 20),
            file(`pkg/golinters/linter${i}/testdata/linter${i}.go`, 20),
            file(`reactive/kotlinx-coroutines-reactive/src/Publish${i}.kt`, 20),
            file(`reactive/kotlinx-coroutines-reactive/test/PublishTest${i}.kt`, 20),
          ],
        }),
      ),
      [],
    );
    assert.ok(!isTestIn(layouts, 'pkg/golinters/gomodguard/gomodguard_v2.go'), JSON.stringify(layouts.testFolders));
    assert.ok(!isTestIn(layouts, 'reactive/kotlinx-coroutines-reactive/src/Publish.kt'), JSON.stringify(layouts.testFolders));
    assert.ok(isTestIn(layouts, 'pkg/golinters/gomodguard/testdata/gomodguard.go'), 'testdata');
    // Cucumber's features and their steps (jekyll's `features/collections.feature`, `features/step_definitions.rb`)
    for (const path of ['features/collections.feature', 'features/step_definitions.rb', 'features/support/helpers.rb'])
      assert.ok(isTestIn(NO_CONVENTIONS, path), path);
    assert.ok(!isTestIn(NO_CONVENTIONS, 'src/features/flags.ts') && !isTestIn(NO_CONVENTIONS, 'lib/feature.rb'));
    // tsd's type tests (execa's `test-d/stdio/option/file-append.test-d.ts`, a package's `index.test-d.ts`)
    for (const path of ['test-d/stdio/option/file-append.test-d.ts', 'index.test-d.ts']) assert.ok(isTestIn(NO_CONVENTIONS, path), path);
    assert.ok(!isTestIn(NO_CONVENTIONS, 'types/stdio/option.d.ts'), 'type declarations');
    // benchmarks at the top are tests of speed (hono's `benchmarks/`, Rust's `benches/`); a benchmarking tool's code is not
    for (const path of ['benchmarks/fetch/bench.mts', 'benches/uniform.rs', 'bench/parse.js']) assert.ok(isTestIn(NO_CONVENTIONS, path), path);
    assert.ok(!isTestIn(NO_CONVENTIONS, 'src/benchmark/mod.rs'), 'hyperfine’s product');
    // a file named `test.ts` or `tests.rs` and nothing more holds tests where the project keeps one in each folder (date-fns's
    // `src/addDays/test.ts`), but is product code where it is one file (Mix's `mix/tasks/test.ex`, the `mix test` task)
    const perFolder = learnConventions(
      [],
      Array.from({ length: 6 }, (_, i) =>
        commit({ files: [file(`src/fn${i}/index.ts`, 5), file(`src/fn${i}/test.ts`, 20), file('lib/mix/tasks/test.ex', 3)] }),
      ),
      [],
    );
    assert.ok(isTestIn(perFolder, 'src/endOfToday/test.ts'), JSON.stringify(perFolder.testFiles));
    assert.ok(!isTestIn(perFolder, 'lib/mix/tasks/test.ex') && !isTestIn(perFolder, 'src/endOfToday/index.ts'));
    assert.ok(!isTestIn(learnConventions([], history, []), 'src/endOfToday/test.ts'));
    const monorepo = learnConventions([], parser, []);
    assert.ok(!isTestIn(monorepo, 'packages/parser/src/plugin1.ts'), JSON.stringify(monorepo.testFolders));
    assert.ok(isTestIn(monorepo, 'packages/parser/test/fixtures/case1-1/output.json'));
    // JUnit's test classes, Gradle's and Kotlin Multiplatform's test source sets, a module of test support
    for (const path of [
      'okhttp/src/jvmTest/kotlin/okhttp3/internal/cache/DiskLruCacheTest.kt',
      'okhttp/src/commonTest/kotlin/okhttp3/Helpers.kt',
      'android-test/src/androidTest/java/okhttp/android/test/OkHttpTest.kt',
      'lib/src/testFixtures/java/Fakes.java',
      'lib/com/acme/ParserTests.java',
      'shared/src/androidUnitTest/kotlin/Fakes.kt',
      // an Android build variant's (F-Droid's screenshot tests' reference images)
      'app/src/screenshotTestBasicDefaultDebug/reference/org/fdroid/ui/AboutTestKt/AboutTest_7d15032b_0.png',
      'app/src/testDebug/java/org/fdroid/Fakes.java',
      'okhttp-testing-support/src/main/kotlin/okhttp3/RecordingEventListener.kt',
      // a module of tests (zellij's integration-test crate: its harness, its snapshots)
      'zellij-integration-tests/src/harness.rs',
      'zellij-integration-tests/tests/snapshots/tabs__close_tab.snap',
      'crates/resolver-tests/src/lib.rs',
      // folders of test cases and unit tests however spelled (meson's `test cases/` and `unittests/`)
      'test cases/unit/137 external property nonexisting/meson_options.txt',
      'test cases/common/295 redundant version check/meson.build',
      'unittests/allplatformstests.py',
      'testcases/kernel/syscalls/open/open01.c',
      // Go's testscript files (hugo's)
      'testscripts/commands/mod_npm.txt',
      // a test suite's folder (cabal's, GHC's)
      'cabal-testsuite/PackageTests/BuildWays/p/CHANGELOG.md',
      'testsuite/tests/typecheck/should_compile/T1.hs',
      // a folder of tests of a kind, named test first (clj-kondo's regression findings, Clojure's test resources)
      'test-regression/clj_kondo/clj_kondo/findings.edn',
      'test-resources/config/hooks.clj',
      'test-e2e/login.spec.js',
    ])
      assert.ok(isTestIn(NO_CONVENTIONS, path), path);
    for (const path of [
      'okhttp/src/jvmMain/kotlin/okhttp3/Call.kt',
      'src/main/kotlin/experiments/ABTest.kt',
      'src/main/java/com/acme/Contest.java',
      'src/_pytest/python.py',
      'src/contest/scoring.ts',
      'src/testimonials/Card.tsx',
      'src/abTestingFeature/flags.ts',
      'website/src/latest/docs/usage.md',
      'packages/latest-utils/index.ts',
      'src/testcase.rs',
      'src/community/unittest_runner.py',
      // cabal's type of a test suite, its product
      'Cabal-syntax/src/Distribution/Types/TestSuite/Lens.hs',
      'src/test-runner/index.ts',
      // a library users test with is product code
      'kotlinx-coroutines-test/common/src/TestBuilders.kt',
      // a class named …Test in a main source set is product code (JUnit's own annotations, a build plugin's task)
      'junit-jupiter-api/src/main/java/org/junit/jupiter/api/RepeatedTest.java',
      'buildSrc/src/main/kotlin/org/jetbrains/kotlin/gradle/targets/jvm/tasks/KotlinJvmTest.kt',
    ])
      assert.ok(!isTestIn(NO_CONVENTIONS, path), path);
    // a test folder is not an area of the codebase
    const u = unit([commit({ files: [file('src/a.c', 5), file('t/t1000-thing.sh', 5), file('playground/css/index.html', 5)] })]);
    assert.ok(!ids(u, conventions).includes('breadth'));
  });

  it('a package’s manifests are no area of the codebase: a change that adds a dependency spans only the folders of its code', () => {
    // rustup's "refine handling of known targets with no prebuilt artifacts": Cargo.toml, src/errors.rs, src/toolchain/
    const code = [file('src/errors.rs', 10), file('src/toolchain/distributable.rs', 9, 3)];
    assert.ok(!ids(unit([commit({ files: [file('Cargo.toml', 1, 1), ...code] })]), NO_CONVENTIONS).includes('breadth'));
    assert.ok(!ids(unit([commit({ files: [file('requirements/tests.in', 1), file('pyproject.toml', 2), ...code] })]), NO_CONVENTIONS).includes('breadth'));
    // a third folder of code does span three
    assert.ok(ids(unit([commit({ files: [file('Cargo.toml', 1, 1), file('download/src/lib.rs', 8), ...code] })]), NO_CONVENTIONS).includes('breadth'));
  });

  it('what Xcode writes (its project, schemes and workspaces) and SwiftPM’s lockfile are generated: no size, no area of the codebase', () => {
    for (const p of [
      'Alamofire.xcodeproj/project.pbxproj',
      'Alamofire.xcodeproj/xcshareddata/xcschemes/Alamofire iOS.xcscheme',
      'watchOS Example/watchOS Example.xcodeproj/xcshareddata/xcschemes/watchOS Example WatchKit App.xcscheme',
      '.swiftpm/xcode/package.xcworkspace/contents.xcworkspacedata',
      'Package.resolved',
      // translation catalogs: what translators write on a platform, and what gettext extracts and compiles
      'wagtail/locale/fr/LC_MESSAGES/django.po',
      'po/ka.po',
      'po/ka.gmo',
      'src/locale/messages.pot',
      'wagtail/locale/fr/LC_MESSAGES/django.mo',
      'src/locale/messages.fr.xlf',
    ])
      assert.ok(isGeneratedPath(p), p);
    assert.ok(!isGeneratedPath('Source/Features/NetworkReachabilityManager.swift') && !isGeneratedPath('Package.swift'));
    // Alamofire's "Deprecate `NetworkReachabilityManager` (#3947)": a line in each of seven schemes, one in the project
    const schemes = ['iOS', 'macOS', 'tvOS', 'visionOS', 'watchOS'].map((os) =>
      file(`Alamofire.xcodeproj/xcshareddata/xcschemes/Alamofire ${os}.xcscheme`, 1, 1),
    );
    const deprecation = unit([
      commit({
        files: [
          file('Source/Features/NetworkReachabilityManager.swift', 20, 4),
          file('Tests/NetworkReachabilityManagerTests.swift', 6, 2),
          file('Alamofire.xcodeproj/project.pbxproj', 1, 1),
          ...schemes,
          file('watchOS Example/watchOS Example.xcodeproj/xcshareddata/xcschemes/watchOS Example WatchKit App.xcscheme', 1, 1),
        ],
      }),
    ]);
    assert.ok(!ids(deprecation, NO_CONVENTIONS).includes('breadth'));
  });

  it('an R package: roxygen2’s help pages and NAMESPACE are generated, vignettes documentation, pkgdown’s configuration the docs site’s', () => {
    for (const p of ['man/recode.Rd', 'pkg/man/case_when.Rd', 'NAMESPACE']) assert.ok(isGeneratedPath(p), p);
    assert.ok(!isGeneratedPath('R/recode.R') && !isGeneratedPath('src/namespace.c') && !isGeneratedPath('docs/man/index.md'));
    assert.ok(isSourceCodePath('R/recode.R') && !isSourceCodePath('vignettes/recoding-replacing.Rmd'));
    // dplyr's "Add recoding and replacing vignette (#7793)": a 528-line vignette, a line of each function's docs and their help pages
    const vignette = unit([
      commit({
        subject: 'Add recoding and replacing vignette (#7793)',
        files: [
          file('vignettes/recoding-replacing.Rmd', 528),
          file('R/case-when.R', 2),
          file('R/recode-values.R', 2),
          file('man/case-and-replace-when.Rd', 2),
          file('man/recode-and-replace-values.Rd', 2),
          file('_pkgdown.yml', 1),
        ],
      }),
    ]);
    const signals = ids(vignette, NO_CONVENTIONS);
    assert.ok(signals.includes('docs') && !signals.includes('size') && !signals.includes('breadth'), signals.join(' '));
    // its release: the version in DESCRIPTION is the package's manifest
    assert.ok(isPackagingPath('DESCRIPTION'));
  });

  it("a change to a library's API dump changes its public API, even unsaid; not in a release, a revert, internal work or the dump's own set-up", () => {
    const code = file('okhttp/src/commonJvmAndroid/kotlin/okhttp3/Response.kt', 30, 4);
    const dump = file('okhttp/api/jvm/okhttp.api', 12, 0);
    const api = (u: WorkUnit) => score(u).signals.find((x) => x.id === 'publicApi');
    const changed = api(
      unit([commit({ subject: 'Change RecordedRequest.body to a ByteString (#8856)', files: [code, dump, file('okhttp/api/android/okhttp.api', 3, 3)] })]),
    );
    assert.equal(changed?.reason, 'Changes the public API, as its API dump shows: okhttp/api/jvm/okhttp.api, okhttp/api/android/okhttp.api (+15 −3).');
    assert.ok(changed && changed.weight > 0);
    // the same change without its dump: nothing says public API
    assert.equal(api(unit([commit({ subject: 'Change RecordedRequest.body to a ByteString (#8856)', files: [code] })])), undefined);
    // a rename or a clean-up of public declarations still changes what others call
    assert.ok(api(unit([commit({ subject: 'Rename Call.execute to Call.run', files: [code, file('okhttp/api/jvm/okhttp.api', 2, 2)] })])));
    // undoing an addition that never shipped is no change of the API (the other commit of the pull request is)
    const revert = commit({ sha: 'r'.repeat(40), subject: 'Revert "Add minimal streaming support (#9110)"', files: [file('okhttp/api/jvm/okhttp.api', 0, 9)] });
    assert.equal(api(unit([revert, commit({ subject: 'Log streamed bodies', files: [code] })])), undefined);
    // a release moving lines, and .NET's "mark shipped" taking lines out of the unshipped file
    for (const release of [commit({ subject: 'Prepare 5.3.0' }), commit({ subject: 'Ship it', tags: ['v5.3.0'] })])
      assert.equal(
        api(unit([{ ...release, files: [code, file('src/Lib/PublicAPI.Unshipped.txt', 0, 9), file('src/Lib/PublicAPI.Shipped.txt', 9, 0)] }])),
        undefined,
      );
    const marked = [code, file('src/Lib/PublicAPI.Unshipped.net8.0.txt', 0, 40), file('src/Lib/PublicAPI.Shipped.net8.0.txt', 40, 0)];
    assert.equal(api(unit([commit({ subject: 'Mark APIs shipped for 5.3', files: marked })])), undefined);
    assert.ok(api(unit([commit({ subject: 'Add HttpClient.Timeout', files: [code, file('src/Lib/PublicAPI.Unshipped.net8.0.txt', 1, 0)] })])));
    // urfave/cli's `go doc` of its package is its dump, not prose; and metalava's .txt dumps are not prose either
    const mapSource = [file('value_source.go', 80, 6), file('godoc-current.txt', 26, 4)];
    const go = unit([commit({ subject: 'Add map value source', files: mapSource })]);
    assert.equal(api(go)?.reason, 'Changes the public API, as its API dump shows: godoc-current.txt (+26 −4).');
    assert.ok(!ids(go).includes('docs'), ids(go).join());
    assert.ok(!ids(unit([commit({ subject: 'Add Intent.EXTRA_X', files: [code, file('core/api/current.txt', 3)] })])).includes('docs'), 'metalava');
    // internal declarations a dump lists too are no change others build on
    for (const subject of ['Cleanup: remove or hide some `InternalCoroutinesApi` (#4548)', 'Dump internal declarations as well'])
      assert.equal(api(unit([commit({ subject, files: [code, file('kotlinx-coroutines-core/api/kotlinx-coroutines-core.api', 20, 6)] })])), undefined, subject);
    // turning the validation on writes the whole dump and changes only the build
    const enable = [file('build.gradle.kts', 4, 0), file('kotlinx-coroutines-core/api/kotlinx-coroutines-core.klib.api', 900, 0, true)];
    assert.equal(api(unit([commit({ subject: 'Enable klib ABI validation', files: enable })])), undefined);
    // go-zero's service definitions are `.api` files in `api/` folders, beside the Go code generated from them
    const goZero = [file('service/user/api/user.api', 12, 0), file('service/user/api/internal/handler/loginhandler.go', 40, 0)];
    assert.equal(api(unit([commit({ subject: 'Add the login endpoint', files: goZero })])), undefined);
    for (const path of [
      'okhttp/api/jvm/okhttp.api',
      'api/okio.klib.api',
      'common/reviews/api/core.api.md',
      'etc/core.api.md',
      'src/Lib/PublicAPI.Unshipped.txt',
      'src/Lib/PublicAPI.Unshipped.net8.0.txt',
      'core/api/current.txt',
      'core/api/system-current.txt',
      'core/api/removed.txt',
    ])
      assert.ok(isApiDumpPath(path), path);
    for (const path of [
      'src/api/client.ts',
      'docs/api.md',
      'docs/coding-specs/coding.api.md',
      'src/Lib/PublicAPI.Shipped.txt',
      'api/README.txt',
      'web/api.apib',
    ])
      assert.ok(!isApiDumpPath(path), path);
  });

  it('a tag on the work says it shipped as a release (not a release candidate’s); the release commit itself, with the last touches it carries, does not', () => {
    const code = file('starlette/responses.py', 2, 1);
    const has = (u: WorkUnit): boolean => ids(u).includes('release');
    assert.ok(has(unit([commit({ subject: 'Add support for HTTP Range to `FileResponse` (#2697)', files: [code], tags: ['0.39.0'] })])));
    // a release candidate's tag, cut every few days (ollama's), shipped nothing yet
    for (const tag of ['v0.20.4-rc2', 'v3.0.0-beta.1', '2.0.0b21', '1.4rc1'])
      assert.ok(!has(unit([commit({ subject: 'Add support for HTTP Range to `FileResponse` (#2697)', files: [code], tags: [tag] })])), tag);
    // starlette's and httpx's release pull requests: the version, the notes and a few lines finishing a feature
    // … golangci-lint's `chore: prepare release`, the release's notes written on its tag
    for (const subject of [
      'Version 0.39.0 (#2699)',
      'Version 0.28.0. (#3419)',
      'Release 3.9.6',
      'Release/26.1',
      'release Hatch v1.16.2 (#2132)',
      'Promote to v4.1.0',
      // htmx's, coil's
      '2.10 release prep',
      'Prepare version 3.5.0.',
      // difftastic's "Roll version", its version and notes' new heading after each release; serilog's tagged bump
      'Roll version',
      'Dev version bump [skip ci]',
      'chore: prepare release',
      'build: release v2.1.0',
      // e2fsprogs' tagged release commits
      'Update release notes, etc., for the 1.47.4 release',
      'Update release notes, etc., for the 1.47.3-rc2 release',
      // the project named, then its version (dunst's tagged "Dunst v1.13.2")
      'Dunst v1.13.2',
      // a gitmoji's shortcode before the version (jekyll's "Release :gem: v4.4.1")
      'Release :gem: v4.4.1',
      // tornado's release pull requests: the notes for a version, with its bump
      'Final release notes for 6.5.0',
      'Release notes and version bump for 6.5.6.',
      // echo's tagged notes, with the version constant in `echo.go`
      'Changelog for v4.12.0 (#2626)',
      'Changelog for v5.0.1 release',
      'v4.15.0 changelog',
      // EMQX's release pull requests, dated by their branch
      '260604 changelog 6.1.2',
      // flatpak's bump after a release
      'Post-release version bump',
      // Maven's release plugin, and Jackson's own words before it
      '[maven-release-plugin] prepare release jackson-databind-2.18.3',
      'Prep for 2.19.0-rc2 (after botched rc1)',
      // nushell's patch release and the bump after it
      'Prepare patch release (#18575)',
      'After patch release (#18577)',
      // Log4j's bump after a release
      'Start new development cycle using version `2.26.0` (#3748)',
      // a release of one thing the project ships, named (minio's chart)
      'update helm release v5.4.0',
      'helm release v5.2.0',
      'update helm release to v4.0.1',
      // Apache Commons' release manager: the release candidate, then the notes and versions for the next release
      'Prepare for the next release candidate',
      'Updates for the next release',
      // GNOME's versions: a major's alpha, beta and rc, then major.minor (loupe's)
      'Release 50.alpha',
      'data: Release 50.rc',
      // Documenter.jl's release pull requests, tagged, and the development version after one
      'Set version to 1.17.0 (#2891)',
      'Set version to 1.16.0-DEV',
      'Bump to 49.1',
      // dune's release pull requests, named by their version
      '[3.22.2] release (#14113)',
    ])
      assert.ok(!has(unit([commit({ subject, files: [code, file('docs/release-notes.md', 7)], tags: ['0.39.0'] })])), subject);
    assert.ok(has(unit([commit({ subject: 'Support v2.0 tokens', files: [code, file('docs/release-notes.md', 7)], tags: ['0.39.0'] })])), 'a feature');
    // (lru-cache's "changelog 10.3" edits its notes: no release, where EMQX's dated "260604 changelog 6.1.2" is one)
    assert.ok(has(unit([commit({ subject: 'changelog 10.3', files: [code, file('docs/release-notes.md', 7)], tags: ['0.39.0'] })])), 'notes edited');
    // a commit that writes a version's notes and bumps it is the release, tagged or not (helix's untagged 25.07.1)
    const bump = [file('CHANGELOG.md', 4), file('Cargo.toml', 1, 1), file('Cargo.lock', 12, 12)];
    for (const subject of [
      'Add release notes for 25.07.1',
      'Update CHANGELOG for 13.0.0 (#2301)',
      'Add changelog notes for 25.07 (#13939)',
      'Add a change log entry for v4 and release v4.0.0-alpha.1',
      // weechat's new section of its notes, with the version script's bump, on the mainline
      'core: add version 4.8.2',
    ])
      assert.ok(!ids(unit([commit({ subject, files: bump })])).includes('feature'), subject);
    // a release pull request typed as a feature (sqlc's), its version in code and docs
    for (const subject of ['feat(cli): Bump version from 1.27.0 to 1.28.0 (#3798)', 'feat(cli): Bump version to 1.30.0 (#4086)'])
      assert.ok(
        !ids(unit([commit({ subject, files: [file('internal/info/facts.go', 1, 1), file('docs/conf.py', 1, 1)] })]), CONVENTIONAL).includes('feature'),
        subject,
      );
    assert.ok(ids(unit([commit({ subject: 'feat: bump the version of the schema', files: [code] })]), CONVENTIONAL).includes('feature'));
    assert.ok(ids(unit([commit({ subject: 'core: add version info to the about dialog', files: [code] })])).includes('feature'), 'a feature about versions');
    assert.ok(ids(unit([commit({ subject: 'Add release notes viewer', files: [code] })])).includes('feature'), 'a feature about release notes');
    // nor is writing a version's notes, before its release, a feature by its words (tornado's "docs: Add release notes for 6.5")
    assert.ok(
      !ids(
        unit([commit({ subject: 'docs: Add release notes for 6.5', files: [file('docs/releases/v6.5.0.rst', 92), file('tornado/__init__.py', 2, 2)] })]),
      ).includes('feature'),
    );
    // hyperfine's untagged release preparations: their notes are the release's, not work its author wrote into them
    for (const subject of [
      'Updates for v1.18',
      'Preparations for v1.19',
      'subscriber: prepare to release v0.3.15 (#2237)',
      'tracing: prepare to releases v0.1.35',
      'Update to 0.5.0-beta.2.',
      'Bump to 0.5.3',
      'Prepare rand v0.10.0-rc.7 (#1714)',
      'Minor tweaks; prepare v0.10.0-rc.9 (#1736)',
      // gitui's, untagged: the versions of its crates and the notes' new section
      'release prep',
      'prepare for rc (#2479)',
      'version bumps for release 0.28',
    ])
      assert.ok(!ids(unit([commit({ subject, files: bump })])).includes('changelog'), subject);
    assert.ok(
      ids(unit([commit({ subject: 'Updates for indicatif 0.17', files: [file('src/progress.rs', 30, 10), ...bump] })])).includes('changelog'),
      "a dependency's version",
    );
    // a C project's release names its version in the build script (tmux's "tmux 3.5.", tagged 3.5: `AC_INIT` in configure.ac)
    const tmux = (configure: ReturnType<typeof file>): WorkUnit =>
      unit([commit({ subject: 'tmux 3.5.', files: [file('CHANGES', 91), configure], tags: ['3.5'] })]);
    assert.ok(!score(tmux(file('configure.ac', 1, 1))).notable, 'the release commit');
    assert.ok(has(tmux(file('configure.ac', 12, 3))), 'a release that also changes the build');
    // a release's pull request, merged with a merge commit that carries the tag (git-lfs's v3.7.0)
    const files = [file('CHANGELOG.md', 93), file('config/version.go', 1, 1), file('versioninfo.json', 2, 2)];
    const merge = commit({
      subject: 'Merge pull request #6069 from git-lfs/release-next',
      body: 'release: v3.7.0\n',
      parents: ['c'.repeat(40), 'd'.repeat(40)],
      files,
      tags: ['v3.7.0'],
    });
    const releasePr = unit([commit({ subject: 'release: v3.7.0', files }), merge], { kind: 'pullRequest', merge, pullRequest: 6069, title: 'release: v3.7.0' });
    assert.ok(!has(releasePr) && !ids(releasePr).includes('changelog'), ids(releasePr).join());
    // … every commit of it (pip's "Release/26.1": the tagged "Bump for release", then "Bump for development")
    const bumps = [
      commit({ subject: 'Bump for development', files: [file('src/pip/__init__.py', 1, 1)] }),
      commit({ subject: 'Bump for release', files, tags: ['26.1'] }),
    ];
    const pip = unit([...bumps, { ...merge, body: 'Release/26.1\n', tags: [] }], {
      kind: 'pullRequest',
      merge: { ...merge, body: 'Release/26.1\n' },
      title: 'Release/26.1',
    });
    assert.ok(!has(pip) && !ids(pip).includes('changelog'), ids(pip).join());
    // a release pull request's commit that writes fragments alone ("Fix changelog fragments": the deprecation entries
    // of the pull requests it releases, renamed) does not make the release a deprecation (pytest-xdist's "Release 3.0.2")
    const tooling = commit({ subject: 'Use modern syntax for towncrier', files: [file('pyproject.toml', 20, 34)] });
    const renamed = commit({ subject: 'Fix changelog fragments', files: [file('changelog/825.deprecation.rst', 3, 0, true)] });
    const releaseMerge = { ...merge, subject: 'Merge pull request #830 from nicoddemus/release-3.0.0', body: 'Release 3.0.2\n', tags: [] };
    const xdist = (title: string): WorkUnit =>
      unit([tooling, renamed, { ...releaseMerge, body: `${title}\n` }], { kind: 'pullRequest', merge: { ...releaseMerge, body: `${title}\n` }, title });
    assert.ok(!ids(xdist('Release 3.0.2')).includes('breaking'), ids(xdist('Release 3.0.2')).join());
    assert.ok(ids(xdist('Deprecate rsync support')).includes('breaking'), 'a pull request that is not a release');
  });

  it('path classifiers', () => {
    assert.ok(isGeneratedPath('web/yarn.lock') && isGeneratedPath('dist/app.js') && isGeneratedPath('src/__snapshots__/a.snap'));
    // what autotools and libtool copy in (pcre2's "Commit autogen.sh output"); not a configure script, which may be written by hand
    for (const path of [
      'config.guess',
      'build-aux/config.sub',
      'ltmain.sh',
      'depcomp',
      'install-sh',
      'ar-lib',
      'test-driver',
      'm4/libtool.m4',
      'm4/lt~obsolete.m4',
      'compile',
      'missing',
    ])
      assert.ok(isGeneratedPath(path), path);
    for (const path of ['configure', 'src/compile', 'cmd/missing', 'm4/ax_pthread.m4']) assert.ok(!isGeneratedPath(path), path);
    // rand_core's lockfile of its minimum supported Rust version
    assert.ok(isGeneratedPath('rand_core/Cargo.lock.msrv') && !isGeneratedPath('Cargo.lockfile.rs'), 'Cargo.lock.msrv');
    assert.ok(isGeneratedPath('aclocal.m4') && isGeneratedPath('lib/Makefile.in') && isGeneratedPath('lib/config.h.in'));
    assert.ok(!isGeneratedPath('src/distance.ts') && !isGeneratedPath('configure.ac') && !isGeneratedPath('Makefile'));
    // a source module named like build output is source (pypa/build's `src/build/`, rustup's `src/dist/`)
    for (const p of ['src/build/_ctx.py', 'src/dist/component/mod.rs', 'building/commands/src/build/index.ts'])
      assert.ok(!isGeneratedPath(p), `${p} is source`);
    assert.ok(isGeneratedPath('packages/app/build/index.js') && isGeneratedPath('out/main.js'), 'build output');
    // a header-only library's amalgamation, made by a script from its sources (nlohmann/json, Catch2)
    for (const p of ['single_include/nlohmann/json.hpp', 'extras/catch_amalgamated.hpp', 'extras/catch_amalgamated.cpp'])
      assert.ok(isGeneratedPath(p), `${p} is generated`);
    assert.ok(!isGeneratedPath('tests/ExtraTests/X91-AmalgamatedCatch.cpp'), 'a test of the amalgamation');
    // vendored copies, however the folder is named (strace's `bundled/linux/…` UAPI headers)
    for (const p of [
      'bundled/linux/include/uapi/linux/bpf.h',
      'third-party/zlib/inflate.c',
      'src/3rdparty/json.hpp',
      'src/thirdparty/raqm/raqm.c',
      // (difftastic's tree-sitter parsers, their READMEs and corpora: no documentation of the user's)
      'vendored_parsers/tree-sitter-scss/README.md',
      'vendored/lib.rs',
    ])
      assert.ok(isGeneratedPath(p), p);
    assert.ok(!isGeneratedPath('src/bundler/index.ts') && !isGeneratedPath('lib/bundled.rb') && !isGeneratedPath('src/vendored.rs'));
    // C projects' vendored libraries: raylib's `src/external/` (stb, dr_libs, glfw); not a plugin named external in
    // documentation or tests
    for (const p of ['src/external/stb_image_resize2.h', 'external/glfw/src/window.c', 'extern/pybind11/include/pybind11/pybind11.h'])
      assert.ok(isGeneratedPath(p), p);
    for (const p of ['src/deps/engine.rs', 'docs/schema/plugins/external/gen-files.json', 'playground/external/index.js'])
      assert.ok(!isGeneratedPath(p), `${p} is the project's`);
    // code generators' output, by the names GitHub Linguist knows (traefik's deep copies, kitty's CLI parsers, protobuf, Dart, .NET)
    for (const p of [
      'pkg/config/dynamic/zz_generated.deepcopy.go',
      'kittens/broadcast/cli_generated.go',
      'api/v1/service_pb2.py',
      'api/v1/service_pb2_grpc.pyi',
      'proto/service.pb.cc',
      'lib/models/user.g.dart',
      'lib/models/user.freezed.dart',
      'lib/src/generated_api.pbgrpc.dart',
      'Forms/Main.Designer.cs',
      'src/__generated__/DocumentQuery.graphql.ts',
      'src/schema.generated.ts',
      // drawings, which design tools write (libadwaita's icons, synced from its design kit)
      'src/icons/scalable/actions/adw-sidebar-symbolic.svg',
    ])
      assert.ok(isGeneratedPath(p), p);
    // what a repository's own .gitattributes says is generated or vendored, a later line winning (zoxide unsets its README)
    const attributes = [
      '* text=auto eol=lf',
      '[attr]generated linguist-generated=true diff=generated',
      'src/parser.[ch] linguist-generated=true',
      '/contrib/completions/* eol=lf linguist-generated=true text',
      '/contrib/completions/README.md -eol -linguist-generated -text',
      'mypy/typeshed/** linguist-vendored',
      'docs/ linguist-generated',
      '*.png -diff',
    ].join('\n');
    const patterns = generatedByAttributes(attributes);
    assert.deepEqual(patterns, ['src/parser.[ch]', '/contrib/completions/*', '!/contrib/completions/README.md', 'mypy/typeshed/**']);
    const declared: Conventions = { ...NO_CONVENTIONS, generated: patterns };
    for (const p of ['src/parser.c', 'src/parser.h', 'contrib/completions/_zoxide', 'mypy/typeshed/stdlib/os.pyi']) assert.ok(isGeneratedIn(declared, p), p);
    for (const p of ['src/parser.y', 'contrib/completions/README.md', 'docs/index.md', 'logo.png', 'lib/contrib/completions/x'])
      assert.ok(!isGeneratedIn(declared, p), p);
    assert.ok(!isGeneratedIn(NO_CONVENTIONS, 'src/parser.c') && isGeneratedIn(NO_CONVENTIONS, 'yarn.lock'));
    // a bundle committed with its minified copy or source map is build output, learned from the history (phoenix_live_view's
    // "Update assets", after each merged pull request): the unminified bundles of the same stem in that folder
    const assets = commit({
      subject: 'Update assets',
      files: [
        file('priv/static/phoenix_live_view.js', 17, 3),
        file('priv/static/phoenix_live_view.esm.js', 17, 3),
        file('priv/static/phoenix_live_view.esm.js.map', 4, 4),
        file('priv/static/phoenix_live_view.min.js', 8, 8),
        file('priv/static/other.js', 30, 1),
        file('assets/js/phoenix_live_view.js', 12, 2),
      ],
    });
    const upload = commit({ subject: 'Cancel submit in EntryUploader.error', files: [file('assets/js/phoenix_live_view/upload_entry.js', 40, 9)] });
    const learned = learnConventions([], [assets, upload], []);
    assert.deepEqual(learned.built, ['priv/static/phoenix_live_view.esm.js', 'priv/static/phoenix_live_view.js']);
    for (const p of ['priv/static/other.js', 'assets/js/phoenix_live_view.js', 'assets/js/phoenix_live_view/upload_entry.js'])
      assert.ok(!isGeneratedIn(learned, p), p);
    assert.equal(learnConventions([], [upload], []).built, undefined);
    // so a commit of nothing but the build is bookkeeping, not the largest work of its author
    const rebuilt = commit({ subject: 'Update assets', files: assets.files.slice(0, 4) });
    assert.ok(ids(unit([rebuilt]), learned).includes('bookkeeping') && !ids(unit([rebuilt]), learned).includes('size'));
    assert.ok(!ids(unit([rebuilt])).includes('bookkeeping'));
    // a path not relative to the root (never git's) is no error
    assert.ok(!isGeneratedIn(declared, '../src/parser.c') && !isGeneratedIn(declared, '/src/parser.c'));
    // (not the generator, nor a test of generated code)
    for (const p of ['src/generate.go', 'cmd/gen.go', 'lib/designer.cs', 'tests/test_editable_generated.py']) assert.ok(!isGeneratedPath(p), p);
    // the tools' own configuration is housekeeping, not the product's work
    const tools = ['packages/parser/tsconfig.json', 'eslint.config.mjs', '.prettierrc.json', 'rustfmt.toml', '.github/workflows/ci.yml'];
    // a hidden folder at the root is a tool's own (a build tool's `.tshy/`, `.vscode/`, `.devcontainer/`, `.cargo/`)
    tools.push('.tshy/esm-node.json', '.vscode/settings.json', '.devcontainer/devcontainer.json', '.cargo/config.toml', '.changeset/config.json');
    // Gradle's build logic, wrapper and settings (kotlinx.coroutines' `buildSrc/`, okhttp's `build-logic/`)
    tools.push('buildSrc/src/main/kotlin/Projects.kt', 'build-logic/src/main/kotlin/okhttp.jvm-conventions.gradle.kts', 'gradle/libs.versions.toml');
    tools.push('gradlew', 'settings.gradle.kts', 'gradle.properties', 'samples/settings.gradle');
    // Azure Pipelines, however the file is named (vscode-pull-request-github's `azure-pipeline.pr.yml`)
    tools.push('azure-pipelines.yml', 'azure-pipeline.pr.yml', 'build/azure-pipelines-release.yml', '.azure-pipelines/ci.yml');
    // the maintainers' own scripts (strace's `maint/update-bundled-headers.sh`, podman's `hack/`)
    tools.push('maint/update-bundled-headers.sh', 'hack/bats');
    // other CI services' configuration, and any tool's dotfile at the root (dunst's `.valgrind.suppressions`)
    tools.push('appveyor.yml', '.cirrus.yml', 'Jenkinsfile', '.valgrind.suppressions', '.clang-tidy', '.rubocop.yml');
    // a distribution's packaging (fish-shell's `contrib/debian/control`)
    tools.push('contrib/debian/control', 'debian/rules', 'PKGBUILD', 'fish.spec');
    // the AppStream metadata software centres list, with an entry per release (helix's `contrib/Helix.appdata.xml`)
    tools.push('contrib/Helix.appdata.xml', 'data/org.gnome.App.metainfo.xml.in');
    // the test runners' configuration: tox's and nox's (urllib3's `noxfile.py`)
    tools.push('tox.ini', 'noxfile.py');
    // cargo-deny's policy (loupe's "deny: Allow unmaintained paste crate for now")
    tools.push('deny.toml');
    // the instructions a project keeps for coding agents (yazi's AGENTS.md, edited beside most features)
    tools.push('AGENTS.md', 'CLAUDE.md', 'packages/core/AGENTS.md', 'GEMINI.md');
    // a root build script and .NET's solution and MSBuild settings (serilog's)
    tools.push('Build.ps1', 'build.sh', 'Directory.Build.props', 'src/Directory.Build.targets', 'Serilog.sln');
    // ansible's release script and its maintainers' scripts
    tools.push('packaging/release.py', 'hacking/test-module.py');
    for (const path of tools) assert.ok(isBookkeepingPath(path, NO_CONVENTIONS), path);
    // …but the changesets a contributor writes are their own notes, and a hidden folder deeper down is the project's
    const work = ['src/config.ts', 'packages/vite/src/node/config.ts', 'src/tsconfig.ts', '.changeset/quick-owls-run.md', 'src/.internal/a.ts'];
    // a module's own build file, and code named after Gradle, are the project's
    work.push('okhttp-zstd/build.gradle.kts', 'src/main/kotlin/gradle/Plugin.kt', 'docs/buildSrc.md', 'src/app.spec.ts', 'src/debian.rs');
    work.push('src/maint/scheduler.go', 'pkg/hack/parse.go');
    // one change's entry of the release notes, not a version's archive nor a database's change log
    for (const path of [
      'changelog/new_add_option.md',
      'src/twisted/newsfragments/12345.bugfix',
      'changelog.d/20260101_fix.rst',
      'news/13932.feature.rst',
      // antsibull-changelog's (ansible-core's), covector's (Tauri's) and React Router's change files
      'changelogs/fragments/83713-setuptools.yml',
      'changelog/pending/engine-fix-20260819-094300.yaml',
      '.changes/android-home-dir.md',
      'packages/react-router/.changes/patch.linear-route-matching.md',
    ])
      assert.ok(isNotesFragment(path), path);
    // (a site's news posts are no fragments, named as they are)
    for (const path of [
      'changelogs/0.11.x.md',
      'src/main/resources/db/changelog/changes/004-orders.yaml',
      'app/news/article.md',
      'site/news/2026-06-01.release.md',
      // covector's own files, and changie's notes of a version
      '.changes/README.md',
      '.changes/config.json',
      '.changes/v1.2.0.md',
    ])
      assert.ok(!isNotesFragment(path), path);
    for (const path of work) assert.ok(!isBookkeepingPath(path, NO_CONVENTIONS), path);
    assert.equal(areaOf('src/git/a.ts'), 'src/git');
    assert.equal(areaOf('README.md'), '(root)');
  });
});
