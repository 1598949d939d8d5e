import * as assert from 'node:assert/strict';
import { isNotesFragment, isReleaseNotesPath } from '../../../src/core/conventions';
import {
  codeNames,
  filedInternal,
  indexReleaseNotes,
  RELEASE_DATE_SLACK_MS,
  shippedByName,
  shippedIn,
  subjectNames,
  TEST_FRAMEWORK_REPO,
  unversioned,
} from '../../../src/core/shipped';

/** Each item of `text` (read as the file `path`) as `version | section | text`. */
function items(path: string, text: string): string[] {
  return indexReleaseNotes([{ path, text }]).items.map((i) => `${i.version} | ${i.section} | ${i.text}`);
}

describe('release notes: the formats projects write them in', () => {
  it('reStructuredText titles under and over lines of * and # (towncrier in virtualenv and tox, marshmallow)', () => {
    assert.deepEqual(
      items(
        'docs/changelog.rst',
        '#################\n Release History\n#################\n\n.. towncrier release notes start\n\n**********************\n v21.7.0 (2026-07-21)\n**********************\n\n' +
          'Features - 21.7.0\n=================\n\n- Declare support for Python 3.15 (:issue:`3192`)\n',
      ),
      ['21.7.0 | Features - 21.7.0 | declare support for python 3 15 issue 3192'],
    );
    // a section named by a line of its own: marshmallow's `Features:`
    assert.deepEqual(
      items('CHANGELOG.rst', 'Changelog\n---------\n\n3.23.0 (2024-10-17)\n*******************\n\nFeatures:\n\n- Typed metaclasses (:pr:`2319`).\n'),
      ['3.23.0 | Features | typed metaclasses pr 2319'],
    );
  });

  it('versions on lines without heading markup (eslint, mkdocs-material, htop, libuv, tmux, yq, musl)', () => {
    assert.deepEqual(items('CHANGELOG.md', 'v10.9.0 - August 21, 2026\n\n* feat: handle underflow (#20123)\n'), ['10.9.0 |  | feat handle underflow 20123']);
    assert.deepEqual(items('CHANGELOG', 'mkdocs-material-9.7.6 (2026-03-19)\n\n  * Disabled the warning for forks\n'), [
      '9.7.6 |  | disabled the warning for forks',
    ]);
    assert.deepEqual(items('ChangeLog', "What's new in version 3.5.3\n\n* Add zswap pool usage meters\n"), ['3.5.3 |  | add zswap pool usage meters']);
    // musl's WHATSNEW, oldest release first
    assert.deepEqual(
      items(
        'WHATSNEW',
        '1.2.4 release notes\n\nnew features:\n- riscv64 port\n\n\n\n1.2.5 release notes\n\nbugs fixed:\n- glob could wrongly return GLOB_NOMATCH\n',
      ),
      ['1.2.4 |  | riscv64 port', '1.2.5 |  | glob could wrongly return glob nomatch'],
    );
    assert.deepEqual(
      items(
        'ChangeLog',
        '2026.03.06, Version 1.52.1 (Stable), 1cfa32ff59c076ffb6ed735bbc8c18361558661f\n\nChanges since version 1.52.0:\n\n* unix: check RLIMIT_AS (Jameson Nash)\n',
      ),
      ['1.52.1 |  | unix check rlimit as jameson nash'],
    );
    // the version a release goes to, not the one it comes from
    assert.deepEqual(items('CHANGES', 'CHANGES FROM 3.4 TO 3.5\n\n* Add floating panes.\n'), ['3.5 |  | add floating panes']);
    // a version and a colon, its items indented under it (yq's release_notes.txt)
    assert.deepEqual(items('release_notes.txt', '4.53.6:\n  - Fixing release build issue\n  \n4.53.5:\n  - Fixed line wrapping bug (#2824)\n'), [
      '4.53.6 |  | fixing release build issue',
      '4.53.5 |  | fixed line wrapping bug 2824',
    ]);
    assert.deepEqual(items('release_notes.txt', 'Thanks to everyone:\n  - who tested 4.53:\n'), [], 'a line of prose that ends in a colon');
  });

  it("meson's notes, a Markdown file per release (`Release-notes-for-1.11.0.md`): each heading under a section's, told by paragraphs, is an item", () => {
    const text = [
      '---',
      'title: Release 1.11.0',
      'short-description: Release notes for 1.11.0',
      '...',
      '',
      '# New features',
      '',
      'Meson 1.11.0 was released on 13 April 2026',
      '## Cargo workspace object',
      '',
      'Meson is now able to parse the toplevel `Cargo.toml` file.',
      '',
      'While Cargo subprojects remain experimental, the object is kept compatible.',
      '',
      '## Rust linker arguments',
      '',
      'The `link_args` of Rust targets are now passed to rustc.',
      '',
    ].join('\n');
    assert.deepEqual(items('docs/markdown/Release-notes-for-1.11.0.md', text), [
      'v1.11.0 | New features | cargo workspace object meson is now able to parse the toplevel cargo toml file',
      'v1.11.0 | New features | rust linker arguments the link args of rust targets are now passed to rustc',
    ]);
    assert.ok(isReleaseNotesPath('docs/markdown/Release-notes-for-1.11.0.md') && isNotesFragment('docs/markdown/snippets/rust_link_arguments.md'));
    // Nix's `rl-2.34.md`: its heading names the release the file's name shortens
    assert.deepEqual(items('doc/manual/source/release-notes/rl-2.34.md', '# Release 2.34.0 (2026-02-27)\n\n## Highlights\n\n- Rust nix-installer in beta\n'), [
      '2.34.0 | Highlights | rust nix installer in beta',
    ]);
    // (in notes of many releases, a second-level heading is still a release's or a section's)
    assert.deepEqual(items('CHANGELOG.md', '# Changelog\n\n## 1.2.0\n\n### Features\n\n- Add a flag\n'), ['1.2.0 | Features | add a flag']);
  });

  it("scrapy's `:gh:` role names the pull requests of an item", () => {
    const text =
      'Release notes\n=============\n\nScrapy 2.16.0 (2026-05-20)\n--------------------------\n\nDeprecations\n~~~~~~~~~~~~\n\n' +
      '-   Synchronous ``process_spider_output()`` methods are no longer supported.\n    (:gh:`7504`)\n\n' +
      '-   TLS settings replace the method.\n    (:gh:`3288`, :gh:`6546`)\n';
    const index = indexReleaseNotes([{ path: 'docs/news.rst', text }]);
    assert.deepEqual(
      index.items.map((i) => i.pullRequests),
      [[7504], [3288, 6546]],
    );
    assert.equal(
      shippedIn({ pullRequest: 6546, shas: [], text: 'Add settings for TLS min/max version (#6546)', authored: Date.UTC(2026, 3, 1) }, index)?.version,
      '2.16.0',
    );
  });

  it("packaging's `:pull:` role names the pull requests of an item", () => {
    const text =
      'Changelog\n---------\n\n26.0 - 2026-01-20\n~~~~~~~~~~~~~~~~~\n\nPerformance:\n\n' +
      '* Add ``__slots__`` to core classes  (:pull:`1001`, :pull:`1002`, :pull:`1032`)\n* Letter normalization dict for prereleases and the like (:pull:`1014`)\n';
    assert.deepEqual(
      indexReleaseNotes([{ path: 'CHANGELOG.rst', text }]).items.map((i) => i.pullRequests),
      [[1001, 1002, 1032], [1014]],
    );
  });

  it("bbolt's and Kubernetes' notes, a file per release line in a folder (`CHANGELOG/CHANGELOG-1.4.md`): release notes, each release under its own heading", () => {
    for (const path of ['CHANGELOG/CHANGELOG-1.4.md', 'CHANGELOG/CHANGELOG-1.30.md', 'CHANGELOG-3.x.md', 'docs/NEWS-2.0.txt'])
      assert.ok(isReleaseNotesPath(path), path);
    for (const path of ['CHANGELOG-template.md', 'src/changelog-1.ts', 'docs/changelog-guide.md']) assert.ok(!isReleaseNotesPath(path), path);
    const text =
      '\n<hr>\n\n## v1.4.4(TBD)\n\n### BoltDB\n- Fix [`Bucket.Stats()` panic on branch pages with zero elements](https://github.com/etcd-io/bbolt/pull/1172)\n\n' +
      '<hr>\n\n## v1.4.0-beta.0(2024-11-04)\n\n### BoltDB\n  - [Move method `freePages` into freelist.go](https://github.com/etcd-io/bbolt/pull/783)\n';
    const index = indexReleaseNotes([{ path: 'CHANGELOG/CHANGELOG-1.4.md', text }]);
    assert.deepEqual(shippedIn({ pullRequest: 783, shas: [], text: 'Move method freePages into freelist.go' }, index), {
      version: '1.4.0-beta.0',
      file: 'CHANGELOG/CHANGELOG-1.4.md',
      section: 'BoltDB',
    });
  });

  it("FluentValidation's Changelog.txt: a version and its date on a line, then an item a line, no bullets, until a blank line", () => {
    const text = [
      '12.1.0 - 3 Nov 2025',
      'Add Tamil language (#2334)',
      'Fixes to Japanese tranlations (#2340)',
      '  with its credits indented',
      '',
      'A paragraph after the list is no item of it.',
      '',
      '5.4 - 03 Jul 2014',
      '* Applied patch - Danish translation',
      '',
    ].join('\n');
    assert.deepEqual(items('Changelog.txt', text), [
      '12.1.0 |  | add tamil language 2334',
      '12.1.0 |  | fixes to japanese tranlations 2340 with its credits indented',
      '5.4 |  | applied patch danish translation',
    ]);
    assert.equal(
      shippedIn({ pullRequest: 2334, shas: [], text: 'Add Tamil language' }, indexReleaseNotes([{ path: 'Changelog.txt', text }]))?.version,
      '12.1.0',
    );
    // (not in Markdown, where lines under a heading are its paragraph)
    assert.ok(!items('CHANGELOG.md', text.replace('12.1.0 - 3 Nov 2025', '## 12.1.0 - 3 Nov 2025')).includes('12.1.0 |  | add tamil language 2334'));
  });

  it("Jackson's `release-notes/VERSION-2.x`: a version and its date, then an item per issue, its credits indented under it", () => {
    assert.ok(isReleaseNotesPath('release-notes/VERSION-2.x') && isReleaseNotesPath('release-notes/VERSION'));
    const text =
      'Project: jackson-databind\n\n------------------------------------------------------------------------\n=== Releases === \n' +
      '------------------------------------------------------------------------\n\n2.19.0-rc2 (07-Apr-2025)\n\n' +
      '#2145: Add `JsonNode.optional(String name)` and `optional(int index)` methods\n (fix by Joo-Hyuk K)\n' +
      '#4849 Not able to deserialize Enum with default typing after upgrading 2.15.4 -> 2.17.1\n (reported by Kyrylo M)\n\n' +
      '2.18.3 (28-Feb-2025)\n\n#4922: Deserialization with `@JsonMerge` of `Map`s fails\n';
    const index = indexReleaseNotes([{ path: 'release-notes/VERSION-2.x', text }]);
    assert.deepEqual(
      index.items.map((i) => `${i.version} ${new Date(i.released!).toISOString().slice(0, 10)} ${i.text}`),
      [
        '2.19.0-rc2 2025-04-07 2145 add jsonnode optional string name and optional int index methods fix by joo hyuk k',
        '2.19.0-rc2 2025-04-07 4849 not able to deserialize enum with default typing after upgrading 2 15 4 2 17 1 reported by kyrylo m',
        '2.18.3 2025-02-28 4922 deserialization with jsonmerge of map s fails',
      ],
    );
    // a pull request titled by the issue it fixes ("Fix #4922: @JsonMerge with custom map (#4925)") shipped with that issue
    assert.equal(
      shippedIn({ pullRequest: 4925, issues: [4922], shas: [], text: 'Fix #4922: @JsonMerge with custom map', authored: Date.UTC(2025, 1, 10) }, index)
        ?.version,
      '2.18.3',
    );
  });

  it("gleam's `changelog/v1.18.md`: a file of one release series, its release candidates and release under headings of their own; not towncrier's fragments", () => {
    assert.ok(isReleaseNotesPath('changelog/v1.18.md') && isReleaseNotesPath('changelog/v1.9.md'));
    assert.ok(!isReleaseNotesPath('changelog/1234.feature.rst') && !isReleaseNotesPath('changelog/fragment.md'));
    const text =
      '# Changelog\n\n## v1.18.0 - 2026-07-29\n\n### Bug fixes\n\n- Fixed invalid code for constant strings in bit arrays.\n\n' +
      '## v1.18.0-rc1 - 2026-07-21\n\n### Formatter\n\n- Performance of the formatter has been improved.\n\n## v2.0.0\n\n- Not of this series.\n';
    assert.deepEqual(items('changelog/v1.18.md', text), [
      '1.18.0 | Bug fixes | fixed invalid code for constant strings in bit arrays',
      '1.18.0-rc1 | Formatter | performance of the formatter has been improved',
      '1.18.0-rc1 | v2.0.0 | not of this series',
    ]);
    // each release by its own date: the candidate's, not the file's
    const index = indexReleaseNotes([{ path: 'changelog/v1.18.md', text }]);
    assert.equal(
      shippedIn({ pullRequest: undefined, shas: [], text: 'x', noted: { lines: [['- Performance of the formatter has been improved.']], items: 1 } }, index)
        ?.version,
      '1.18.0-rc1',
    );
  });

  it('a commit of nothing but the notes, in a unit of code, wrote the items it opens, no more than the unit has commits of code (`Matchable.noted`), however short its line if it is all of the item', () => {
    const index = indexReleaseNotes([
      {
        path: 'CHANGELOG.md',
        text: '## 10.3.0\n\n- add `forceFetch()` method\n- add `memo()` method\n- `ttl` docs\n- set `disposeReason` to `expire` when a TTL expires\n',
      },
    ]);
    const noted = (items: number, ...lines: string[]) =>
      shippedIn({ pullRequest: undefined, shas: [], text: 'x', noted: { lines: [lines], items } }, index)?.version;
    assert.equal(noted(1, '- add `memo()` method'), '10.3.0');
    assert.equal(noted(1, '- set `disposeReason` to `expire` when a TTL expires'), '10.3.0');
    assert.equal(noted(1, '- `ttl` docs'), undefined, 'two words');
    assert.equal(noted(1, '- add `forceFetch()` method', '- add `memo()` method'), undefined, 'two items for one commit of code');
    assert.equal(noted(2, '- add `forceFetch()` method', '- add `memo()` method'), '10.3.0', 'two items for two');
    // a commit that changes the product too writes its items as before: lines of WRITTEN_MIN_CHARS at least, up to MAX_CITED items
    assert.equal(shippedIn({ pullRequest: undefined, shas: [], text: 'x', written: [['- add `memo()` method']] }, index), undefined);
  });

  it('an item the release rewrote is found by what the line its unit wrote cites (PostgREST 16.0\'s "[client-error-verbosity](…)")', () => {
    const text = [
      '## [16.0] - 2026-08-07',
      '',
      '#### Observability',
      '',
      '- [client-error-verbosity](https://docs.postgrest.org/en/v16/references/configuration.html#client-error-verbosity) to customize responses error verbosity by @taimoorzaeem in #4088, #3980, #3824',
      '- Log schema cache queries timings on `log-level=debug` by @steve-chavez in #4805',
      '',
    ].join('\n');
    const index = indexReleaseNotes([{ path: 'CHANGELOG.md', text }]);
    const wrote = (...lines: string[]) =>
      shippedIn({ pullRequest: undefined, shas: [], text: 'add: config `client-error-verbosity` to set error verbosity', written: [lines] }, index);
    assert.deepEqual(wrote('- Add config `client_error_verbosity` to customize error verbosity by @taimoorzaeem in #4088'), {
      version: '16.0',
      file: 'CHANGELOG.md',
      section: 'Observability',
    });
    // not by a line that cites nothing, nor by lines that cite many (a catch-up of others' items)
    assert.equal(wrote('- Add config `client_error_verbosity` to customize error verbosity'), undefined);
    assert.equal(
      wrote('- Add config by @taimoorzaeem in #4088', '- Log error by @a in #4359', '- Fix by @b in #5077', '- Add by @c in #5003', '- Log by @d in #4805'),
      undefined,
    );
  });

  it('a release\'s short paragraph that cites nothing is found only by the unit that wrote it (beets 2.9.0\'s "Beets now officially supports Python 3.14.")', () => {
    const text = [
      'Changelog',
      '=========',
      '',
      '2.9.0 (April 11, 2026)',
      '----------------------',
      '',
      'Beets now officially supports Python 3.14.',
      '',
      'This release also changes how plugins are loaded, which third-party plugins may need to adapt to: they are now imported',
      'lazily, when a command first needs them, rather than at startup; plugins that register listeners at import time',
      'should move that code into their constructor; see the plugin guide for the details of the',
      'new loading order.',
      '',
      'Upgrade notes for the musicbrainz plugin:',
      '',
      'The release of Beets 3 moves Beets 2 into maintenance.',
      '',
      'New features',
      '~~~~~~~~~~~~',
      '',
      '- :ref:`import-cmd` Use ffprobe to recognize format of any import music file. :bug:`4881`',
      '',
    ].join('\n');
    const index = indexReleaseNotes([{ path: 'docs/changelog.rst', text }]);
    const python = 'Support for python 3.14 (#6267)';
    assert.deepEqual(shippedIn({ pullRequest: 6267, shas: [], text: python, written: [['Beets now officially supports Python 3.14.']] }, index), {
      version: '2.9.0',
      file: 'docs/changelog.rst',
      section: '',
    });
    // by its words alone it could be any change's
    assert.equal(shippedIn({ pullRequest: 6270, shas: [], text: 'Beets now officially supports Python 3.14' }, index), undefined);
    assert.equal(
      shippedIn({ pullRequest: 6271, shas: [], text: 'x', body: 'Beets now officially supports Python 3.14, after the test matrix runs it.' }, index),
      undefined,
    );
    // an essay of four lines is none, nor a line that opens what follows
    const wrote = (line: string) => shippedIn({ pullRequest: 1, shas: [], text: 'x', written: [[line]] }, index);
    assert.equal(wrote('This release also changes how plugins are loaded, which third-party plugins may need to adapt to: they are now imported'), undefined);
    assert.equal(wrote('Upgrade notes for the musicbrainz plugin:'), undefined);
    // nor one about the release itself (commander's "The release of Commander 15 moves Commander 14 into maintenance")
    assert.equal(wrote('The release of Beets 3 moves Beets 2 into maintenance.'), undefined);
  });

  it("the scientific Python projects' What's New (xarray's `doc/whats-new.rst`, pandas' `whatsnew/` folder): releases titled by version and date, items citing pull requests", () => {
    assert.ok(isReleaseNotesPath('doc/whats-new.rst') && isReleaseNotesPath('doc/source/whatsnew/v2.2.0.rst') && isReleaseNotesPath('docs/whatsnew.md'));
    assert.ok(!isReleaseNotesPath('src/whatsnew/panel.ts'));
    const text =
      ".. currentmodule:: xarray\n\n.. _whats-new:\n\nWhat's New\n==========\n\n.. _whats-new.2025.10.1:\n\nv2025.10.1 (October 7, 2025)\n----------------------------\n\n" +
      'New Features\n~~~~~~~~~~~~\n- Support ``combine_nested`` on DataTree objects (:pull:`10849`).\n  By `Stephan Hoyer <https://github.com/shoyer>`_.\n\n' +
      'Bug Fixes\n~~~~~~~~~\n- Fix error when writing scalar variables to Zarr with ``region={}`` (:issue:`10794`, :pull:`10796`).\n';
    assert.deepEqual(
      indexReleaseNotes([{ path: 'doc/whats-new.rst', text }]).items.map((i) => `${i.version} | ${i.section} | ${i.pullRequests.join()}`),
      ['2025.10.1 | New Features | 10849', '2025.10.1 | Bug Fixes | 10794,10796'],
    );
  });

  it("the Maven Changes plugin's RELEASE-NOTES.txt (Apache Commons): items bulleted `o`, their credits not what they say; an item that says all a short subject says, naming code, ships it", () => {
    const text =
      'Apache Commons Lang 3.19.0 Release Notes\n----------------------------------------\n\nThe Apache Commons Lang team is pleased to announce the release of Apache Commons Lang 3.19.0.\n\n' +
      'Changes in this version include:\n\nNew features:\no            Add ByteConsumer. Thanks to Gary Gregory.\n' +
      'o LANG-1784: Add Functions methods for null-safe mapping. Thanks to Gary Gregory.\n\nFixed Bugs:\n' +
      'o            Fix internal inverted logic in private isEnum() method #1454. Thanks to mayuming, Gary Gregory.\n';
    assert.deepEqual(items('RELEASE-NOTES.txt', text), [
      '3.19.0 | New features | add byteconsumer',
      '3.19.0 | New features | lang 1784 add functions methods for null safe mapping',
      '3.19.0 | Fixed Bugs | fix internal inverted logic in private isenum method 1454',
    ]);
    const index = indexReleaseNotes([{ path: 'RELEASE-NOTES.txt', text }]);
    assert.equal(shippedIn({ pullRequest: undefined, shas: [], text: 'Add ByteConsumer', authored: Date.UTC(2025, 8, 9) }, index)?.version, '3.19.0');
    // a subject of the unit's commits too; but not words alone, however alike ("Add tests" names no code)
    assert.equal(
      shippedIn(
        { pullRequest: undefined, shas: [], text: 'Add ByteSupplier', subjects: ['Add ByteSupplier', 'Add ByteConsumer'], authored: Date.UTC(2025, 8, 9) },
        index,
      )?.version,
      '3.19.0',
    );
    assert.equal(shippedIn({ pullRequest: undefined, shas: [], text: 'Add ByteSupplier', authored: Date.UTC(2025, 8, 9) }, index), undefined);
    const plain = indexReleaseNotes([{ path: 'RELEASE-NOTES.txt', text: text.replace('Add ByteConsumer.', 'Add tests.') }]);
    assert.equal(shippedIn({ pullRequest: undefined, shas: [], text: 'Add tests', authored: Date.UTC(2025, 8, 9) }, plain), undefined);
  });

  it("a file of one release whose changes are titles under its sections, each told by a paragraph (Pillow's `docs/releasenotes/12.3.0.rst`); a title a list follows is a section (tornado)", () => {
    const pillow =
      '12.3.0\n------\n\nSecurity\n========\n\n:cve:`2026-59200`: Prevent decompression bomb when parsing PDF\n^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n\n' +
      'When parsing a PDF, ``PdfStream.decode()`` attempts to decompress data without any\nlimit.\n\nA second paragraph of detail.\n\n' +
      'API additions\n=============\n\nAdded ``scale_down`` argument to ``ImageGrab.grab()``\n^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n\n' +
      ':py:meth:`~PIL.ImageGrab.grab` now accepts an optional keyword argument of ``scale_down``.\n';
    assert.deepEqual(items('docs/releasenotes/12.3.0.rst', pillow), [
      'v12.3.0 | Security | cve 2026 59200 prevent decompression bomb when parsing pdf when parsing a pdf pdfstream decode attempts to decompress data without any limit',
      'v12.3.0 | API additions | added scale down argument to imagegrab grab py meth pil imagegrab grab now accepts an optional keyword argument of scale down',
    ]);
    const pdf = indexReleaseNotes([{ path: 'docs/releasenotes/12.3.0.rst', text: pillow }]).items[0]!;
    assert.ok(pdf.names.has('PdfStream.decode'), [...pdf.names].join());
    const tornado =
      "What's new in Tornado 6.5.0\n===========================\n\nMay 15, 2025\n------------\n\nGeneral Changes\n~~~~~~~~~~~~~~~\n\n- Python 3.14 is now supported.\n\n" +
      '``tornado.httputil``\n~~~~~~~~~~~~~~~~~~~~\n\n- Control characters are forbidden in header values.\n';
    assert.deepEqual(items('docs/releases/v6.5.0.rst', tornado), [
      'v6.5.0 | General Changes | python 3 14 is now supported',
      'v6.5.0 | tornado.httputil | control characters are forbidden in header values',
    ]);
  });

  it('named releases and AsciiDoc headings (tig, ccache, restic) and versioned file names with a v (tornado)', () => {
    assert.deepEqual(
      items('NEWS.adoc', 'Release notes\n=============\n\ntig-2.6.1\n---------\n\nBug fixes:\n\n - Fix notes handling in the main view. (#1394)\n'),
      ['2.6.1 | Bug fixes | fix notes handling in the main view 1394'],
    );
    assert.deepEqual(items('doc/news.adoc', '= Ccache news\n\n== Ccache 4.13.6\n\nRelease date: 2026-05-04\n\n=== Bug fixes\n\n- Fixed a key collision.\n'), [
      '4.13.6 | Bug fixes | fixed a key collision',
    ]);
    assert.deepEqual(
      items('CHANGELOG.md', '# Changelog for restic 0.19.1 (2026-07-05)\n\n## Summary\n\n * Fix #5234: Prevent mounting over the repository\n'),
      ['0.19.1 | Summary | fix 5234 prevent mounting over the repository'],
    );
    assert.deepEqual(
      items(
        'docs/releases/v6.5.0.rst',
        "What's new in Tornado 6.5.0\n===========================\n\nGeneral Changes\n~~~~~~~~~~~~~~~\n\n- Python 3.14 is now supported.\n",
      ),
      ['v6.5.0 | General Changes | python 3 14 is now supported'],
    );
  });

  it("Rust's `RELEASES.md` (rayon): a release each heading, its changes listed under it", () => {
    assert.ok(isReleaseNotesPath('RELEASES.md') && isReleaseNotesPath('rayon-core/RELEASES.md'), 'RELEASES.md');
    assert.ok(!isReleaseNotesPath('docs/releases.md'), 'a page about how releases are made');
    const text =
      '# Release rayon 1.12.0 (2026-04-13)\n\n- The new method `ParallelSlice::par_array_windows` works like `par_windows`\n' +
      '  but with a constant length.\n\n# Release rayon 1.11.0 / rayon-core 1.13.0 (2025-08-12)\n\n- The minimum supported `rustc` is now 1.80.\n';
    assert.deepEqual(items('RELEASES.md', text), [
      '1.12.0 |  | the new method parallelslice par array windows works like par windows but with a constant length',
      '1.11.0 |  | the minimum supported rustc is now 1 80',
    ]);
  });

  it("mpv's interface changes: releases marked in a literal block (` --- mpv 0.41.0 --- `), the changes listed under each", () => {
    assert.ok(isReleaseNotesPath('DOCS/interface-changes.rst') && !isReleaseNotesPath('DOCS/interface-changes/clipboard.txt'));
    const text =
      'Interface changes\n=================\n\n::\n\n --- mpv 0.42.0 ---\n --- mpv 0.41.0 ---\n    - add `--clipboard-xwayland` option\n' +
      '    - change `--prefetch-playlist` default to `no`\n --- mpv 0.40.0 ---\n    - add `--clipboard-backends` option\n';
    assert.deepEqual(items('DOCS/interface-changes.rst', text), [
      '0.41.0 |  | add clipboard xwayland option',
      '0.41.0 |  | change prefetch playlist default to no',
      '0.40.0 |  | add clipboard backends option',
    ]);
  });

  it("the Sphinx changelog extension's directives (Alembic, SQLAlchemy's `doc/build/changelog/changelog_20.rst`): a version, and each change with its tags and tickets", () => {
    assert.ok(isReleaseNotesPath('doc/build/changelog/changelog_20.rst') && !isReleaseNotesPath('doc/build/changelog/README.txt'));
    const text =
      '==========\nChangelog\n==========\n\n.. changelog::\n    :version: 1.19.2\n    :include_notes_from: unreleased\n\n.. changelog::\n    :version: 1.19.1\n    :released: August 8, 2026\n\n' +
      '    .. change::\n        :tags: bug, autogenerate\n        :tickets: 1842, 1843\n\n        Fixed bug in the check constraint detection implemented in :ticket:`508`\n        that failed on bound constraints.\n\n' +
      '        A second paragraph says more.\n\n    .. change::\n        :tags: feature, commands\n\n        New ``stamp --purge`` option.\n';
    assert.deepEqual(
      indexReleaseNotes([{ path: 'docs/build/changelog.rst', text }]).items.map((i) => [i.version, i.section, i.pullRequests, i.text]),
      [
        ['1.19.1', 'bug, autogenerate', [1842, 1843], 'fixed bug in the check constraint detection implemented in ticket 508 that failed on bound constraints'],
        ['1.19.1', 'feature, commands', [], 'new stamp purge option'],
      ],
    );
  });

  it("a pre-release's version written on (borg's `Version 2.0.0b21`); a line ending in a colon under a heading is prose, not a section", () => {
    assert.deepEqual(items('docs/changes.rst', 'Version 2.0.0b21 (2026-03-15)\n-----------------------------\n\nNew features:\n\n- faster create\n'), [
      '2.0.0b21 | New features | faster create',
    ]);
    // …or after a dot, as RubyGems writes them (devise's `5.0.0.rc`): not the release of 5.0.0, whose date and tag it would take
    assert.deepEqual(items('CHANGELOG.md', '### 5.0.0 - 2026-01-23\n\nno changes\n\n### 5.0.0.rc - 2025-12-31\n\n* Drop support to Ruby < 2.7\n'), [
      '5.0.0.rc |  | drop support to ruby 2 7',
    ]);
    assert.deepEqual(
      items('CHANGELOG.md', '## Mypy 2.3\n\n### Memory safety\n\nThe full list of these:\n\nFull list of changes:\n\n- Safe attribute access (#21001)\n'),
      ['2.3 | Memory safety | safe attribute access 21001'],
    );
  });

  it('a line of prose that mentions a version starts no release, and a section that says "since v2.53" is a section', () => {
    assert.deepEqual(
      items(
        'NEWS.md',
        '## 2.0.0\n\n* Faster startup (#12)\n\nThis release requires version 3.9 of Python, as announced in the 1.9 notes.\n\n* Smaller wheels (#13)\n',
      ),
      ['2.0.0 |  | faster startup 12', '2.0.0 |  | smaller wheels 13'],
    );
    assert.deepEqual(
      items(
        'RelNotes/2.54.0.adoc',
        'Git v2.54 Release Notes\n=======================\n\nFixes since v2.53\n-----------------\n\n * "git log" no longer crashes.\n',
      ),
      ['v2.54.0 | Fixes since v2.53 | git log no longer crashes'],
    );
  });

  it("GNU's outline NEWS (coreutils): releases and sections under stars, each item a paragraph; a release not out yet gives none", () => {
    const text =
      'GNU coreutils NEWS                                    -*- outline -*-\n\n* Noteworthy changes in release ?.? (????-??-??) [?]\n\n** Bug fixes\n\n' +
      '  \'comm - -\' no longer closes standard input twice.\n  [This bug was present in "the beginning".]\n\n' +
      "* Noteworthy changes in release 9.11 (2026-04-20) [stable]\n\n** Bug fixes\n\n  'fold' will no longer truncate output when\n  encountering 0xFF bytes.\n  [bug introduced in coreutils-9.8]\n\n" +
      "** New Features\n\n  'du' accepts the --files0-from option.\n";
    assert.deepEqual(items('NEWS', text), [
      '9.11 | Bug fixes | fold will no longer truncate output when encountering 0xff bytes bug introduced in coreutils 9 8',
      '9.11 | New Features | du accepts the files0 from option',
    ]);
  });

  it("Org mode's notes (magit's docs/CHANGELOG.4, one file per major version): releases under stars, each item a `- ` bullet citing issues and commits", () => {
    for (const path of ['docs/CHANGELOG.4', 'CHANGELOG.org', 'NEWS.org']) assert.ok(isReleaseNotesPath(path), path);
    for (const path of ['docs/CHANGELOG.md.bak', 'docs/CHANGELOG.4.bak', 'src/changelog.4.ts']) assert.ok(!isReleaseNotesPath(path), path);
    const text = [
      '# -*- mode: org -*-',
      '* v4.7.0    2026-08-01',
      '',
      '- Added new command ~magit-log-reflog~, which shows the log for all',
      '  objects mentioned in all reflogs.  #4748',
      '',
      '- Added ~--reject~ to ~magit-am~ menu.  #5148',
      '',
      '* v4.6.0    2026-07-01',
      '',
      'The primary focus of this release are blob-visiting buffers.',
      '',
      '- Added support for compiling a list of definitions that are modified',
      '  in a diff.  #2931, 863f1aa6fe, 46b7f76df3',
      '',
    ].join('\n');
    const index = indexReleaseNotes([{ path: 'docs/CHANGELOG.4', text }]);
    assert.deepEqual(
      index.items.map((i) => `${i.version} | ${i.pullRequests.join(',')} | ${i.shas.join(',')} | ${i.text}`),
      [
        '4.7.0 | 4748 |  | added new command magit log reflog which shows the log for all objects mentioned in all reflogs 4748',
        '4.7.0 | 5148 |  | added reject to magit am menu 5148',
        '4.6.0 | 2931 | 863f1aa6fe,46b7f76df3 | added support for compiling a list of definitions that are modified in a diff 2931 863f1aa6fe 46b7f76df3',
      ],
    );
    assert.equal(
      shippedIn({ pullRequest: undefined, shas: ['863f1aa6fe0123456789abcdef0123456789abcd'], text: 'magit-diff--modified-defuns: New function' }, index)
        ?.version,
      '4.6.0',
    );
  });

  it("items on lines of their own named by their area (zstd, lz4), under a version written `V1.5.6`; reStructuredText definition lists (openvpn's `Overview of changes in 2.7`)", () => {
    assert.deepEqual(
      items(
        'CHANGELOG',
        'V1.5.6 (Mar 2024)\napi: Promote `ZSTD_c_targetCBlockSize` to Stable API by @felixhandte\nbuild: bazel support, by @jondo2010\n\nv1.5.5 (Apr 2023)\n',
      ),
      ['1.5.6 | api | promote zstd c targetcblocksize to stable api by felixhandte', '1.5.6 | build | bazel support by jondo2010'],
    );
    assert.deepEqual(
      items(
        'Changes.rst',
        'Overview of changes in 2.7\n==========================\nNew features\n------------\nMulti-socket support for servers\n    OpenVPN servers now can listen on multiple sockets.\n\n' +
          'Windows network adapters are now generated on demand\n    Users no longer create them.\n\nAn example follows::\n\n    --local 0.0.0.0 1194\n',
      ),
      [
        '2.7 | New features | multi socket support for servers openvpn servers now can listen on multiple sockets',
        '2.7 | New features | windows network adapters are now generated on demand users no longer create them',
      ],
    );
  });

  it("a paragraph of a release that ends by citing its pull request or issue is an item (datasette's); one that cites nothing, or not at its end, is none", () => {
    const datasette =
      'Changelog\n=========\n\n.. _v1_0_a27:\n\n1.0a27 (2026-04-15)\n-------------------\n\nCSRF protection no longer uses CSRF tokens\n~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n\n' +
      "Datasette's token-based CSRF protection has been replaced with a mechanism based on the ``Sec-Fetch-Site`` and ``Origin`` request headers,\n" +
      'which are `supported by all modern browsers <https://developer.mozilla.org/>`__. This removes the need for CSRF tokens in forms. (:pr:`2689`)\n\n' +
      'This event will not be fired if the table is renamed by SQL running in some other process.\n\n' +
      'As described in #2650 the old tokens are ignored from now on.\n\n' +
      'Other changes\n~~~~~~~~~~~~~\n\n- The ``/<database>.json`` endpoint now includes an ``"ok": true`` key.\n';
    assert.deepEqual(items('docs/changelog.rst', datasette), [
      '1.0a27 | CSRF protection no longer uses CSRF tokens | datasette s token based csrf protection has been replaced with a mechanism based on the sec fetch site and origin request headers which are supported by all modern browsers https developer mozilla org this removes the need for csrf tokens in forms pr 2689',
      '1.0a27 | Other changes | the database json endpoint now includes an ok true key',
    ]);
    const index = indexReleaseNotes([{ path: 'docs/changelog.rst', text: datasette }]);
    assert.equal(shippedIn({ pullRequest: 2689, shas: [], text: 'Replace token-based CSRF with Sec-Fetch-Site header protection' }, index)?.version, '1.0a27');
  });

  it("lines of their own named by their area in brackets (raylib's CHANGELOG), under a version between rules", () => {
    const raylib =
      'changelog\n---------\n\nCurrent Release:    raylib 6.0 (23 April 2026)\n\n' +
      '-------------------------------------------------------------------------\nRelease:     raylib 6.0 (23 April 2026)\n-------------------------------------------------------------------------\n' +
      'KEY CHANGES:\n - New Software Renderer backend [rlsw]\n\nDetailed changes:\n\n' +
      '[rcore] ADDED: `FileRename()`, by @raysan5\n[rcore] REVIEWED: Flags checks, fixes #5597 by @raysan5\n[build] REVIEWED: Makefile for emsdk 5.0 by @raysan5\n';
    assert.deepEqual(items('CHANGELOG', raylib), [
      '6.0 | KEY CHANGES | new software renderer backend rlsw',
      '6.0 | rcore | added filerename by raysan5',
      '6.0 | rcore | reviewed flags checks fixes 5597 by raysan5',
      '6.0 | build | reviewed makefile for emsdk 5 0 by raysan5',
    ]);
    const index = indexReleaseNotes([{ path: 'CHANGELOG', text: raylib }]);
    assert.equal(shippedIn({ pullRequest: undefined, issues: [5597], shas: [], text: 'REVIEWED: Flags checks, fixes #5597' }, index)?.version, '6.0');
    // (the build's is no user's)
    assert.equal(shippedIn({ pullRequest: undefined, shas: [], text: 'REVIEWED: Makefile for emsdk 5.0' }, index), undefined);
  });

  it("a section named by an emphasized line under the release's heading (hatch's `***Added:***`)", () => {
    assert.deepEqual(
      items(
        'docs/history/hatch.md',
        '# Hatch history\n\n## Unreleased\n\n## [1.18.0](https://github.com/pypa/hatch/releases/tag/hatch-v1.18.0) - 2026-08-11 ## {: #hatch-v1.18.0 }\n\n' +
          '***Added:***\n\n- Add the `sources` environment option\n\n***Fixed:***\n\n- Erase stale coverage data before running `hatch test --cover`.\n',
      ),
      ['1.18.0 | Added | add the sources environment option', '1.18.0 | Fixed | erase stale coverage data before running hatch test cover'],
    );
  });

  it('a heading that cites its pull request is an item (prettier\'s); a fenced code block\'s lines are none; "Other Changes" are not counted', () => {
    const prettier =
      '# 3.9.6\n\n[diff](https://github.com/prettier/prettier/compare/3.9.5...3.9.6)\n\n' +
      '#### TypeScript: Support `import defer` ([#19624](https://github.com/prettier/prettier/pull/19624) by [@fisker](https://github.com/fisker))\n\n' +
      '<!-- prettier-ignore -->\n```ts\n// Input\nimport defer * as ns from "x";\n- a\n```\n\n' +
      '# 3.9.5\n\n#### Markdown: Cap ordered list mark at 999999999 (#19351 by @fisker)\n\n~~~md\n* not an item\n~~~\n';
    assert.deepEqual(items('CHANGELOG.md', prettier), [
      '3.9.6 |  | typescript support import defer 19624 https github com prettier prettier pull 19624 by fisker https github com fisker',
      '3.9.5 |  | markdown cap ordered list mark at 999999999 19351 by fisker',
    ]);
    // a fence inside a list item ends with the item, closed or not; a fence with an info string closes none (ocamlformat's)
    const ocamlformat =
      '## 0.29.0\n\n### Changed\n\n- Indent `end` by 2 at least. (#2742, @EmileTrotignon)\n  ```ocaml\n  begin match () with\n  | () -> ()\n\n' +
      '- Use shortcut `begin end` in `match` cases. (#2744, @EmileTrotignon)\n  ```ocaml\n  match () with\n  - not an item\n  ```\n\n' +
      '## 0.28.1\n\n### Fixed\n\n- Fix crash due to edge case with asterisk-prefixed comments (#2674, @Julow)\n';
    assert.deepEqual(items('CHANGES.md', ocamlformat), [
      '0.29.0 | Changed | indent end by 2 at least 2742 emiletrotignon',
      '0.29.0 | Changed | use shortcut begin end in match cases 2744 emiletrotignon',
      '0.28.1 | Fixed | fix crash due to edge case with asterisk prefixed comments 2674 julow',
    ]);
    // in reStructuredText, a line of `~` is a title's overline or underline, not a fence
    assert.deepEqual(items('CHANGES.rst', '~~~~~~~~\n v1.2.0\n~~~~~~~~\n\n- Fixed a thing (#5)\n'), ['1.2.0 |  | fixed a thing 5']);
    const index = indexReleaseNotes([
      {
        path: 'CHANGELOG.md',
        text:
          '## 29 April 2025: mitmproxy 12.0.0\n\n### Other Changes\n\n- Add support for TLS 1.3 Post Handshake Authentication.\n' +
          '  ([#7576](https://github.com/mitmproxy/mitmproxy/pull/7576), @mhils, @cataggar)\n',
      },
    ]);
    // where projects keep their chores as often as their main list: no evidence (see NOT_USER_FACING)
    assert.equal(shippedIn({ pullRequest: 7576, shas: [], text: 'Add Support for TLS 1.3 Post Handshake Authentication' }, index), undefined);
  });

  it('a release of highlights and "Other changes" ships in both (babashka\'s); beside features and fixes, "Other changes" are still not counted', () => {
    const babashka =
      '## 1.13.219 (2026-07-27)\n\nHighlights:\n\n- Tasks get automatic `--help` and shell completions\n\nOther changes:\n\n' +
      '- [#1918](https://github.com/babashka/babashka/issues/1918): fall back to `$HOME` when the OS does not supply a home directory\n\n' +
      '## 1.12.0\n\nFeatures:\n\n- Add a thing (#1800)\n\nOther changes:\n\n- Tidy the build (#1801)\n';
    const index = indexReleaseNotes([{ path: 'CHANGELOG.md', text: babashka }]);
    const at = (n: number) => shippedIn({ pullRequest: n, shas: [], text: 'x' }, index);
    assert.deepEqual(at(1918), { version: '1.13.219', file: 'CHANGELOG.md', section: '' });
    assert.equal(at(1801), undefined);
    assert.deepEqual(at(1800), { version: '1.12.0', file: 'CHANGELOG.md', section: 'Features' });
  });

  it("generated notes that group each kind by area (sentry-python's): an area is its kind's part; a kind's \"Other\" is the kind's, an internal area no user's", () => {
    const sentry =
      '# Changelog\n\n## 2.67.0\n\n### New Features ✨\n\n#### Streaming\n\n- Support ai_track decorator by @sentrivana in [#6895](https://github.com/getsentry/sentry-python/pull/6895)\n\n' +
      '#### Other\n\n- (api) Add top-level `set_attributes` API by @sentrivana in [#6897](https://github.com/getsentry/sentry-python/pull/6897)\n\n' +
      '### Bug Fixes 🐛\n\n#### Tests\n\n- Adapt to new exception propagation behavior in Quart by @sentrivana in [#6995](https://github.com/getsentry/sentry-python/pull/6995)\n\n' +
      '### Internal Changes 🔧\n\n#### Mcp\n\n- Inline get span config by @alexander-alderman-webb in [#6761](https://github.com/getsentry/sentry-python/pull/6761)\n\n' +
      '#### Other\n\n- Tidy the build by @sentrivana in [#6990](https://github.com/getsentry/sentry-python/pull/6990)\n';
    const index = indexReleaseNotes([{ path: 'CHANGELOG.md', text: sentry }]);
    const at = (n: number) => shippedIn({ pullRequest: n, shas: [], text: 'x' }, index);
    assert.deepEqual(at(6895), { version: '2.67.0', file: 'CHANGELOG.md', section: 'New Features › Streaming' });
    assert.deepEqual(at(6897), { version: '2.67.0', file: 'CHANGELOG.md', section: 'New Features' });
    assert.equal(at(6995), undefined);
    assert.equal(at(6761), undefined);
    assert.equal(at(6990), undefined);
  });

  it('an item of a release not out yet is not carried into the release below it; under a heading that names the coming release by words, it is listed for that release', () => {
    assert.deepEqual(items('CHANGELOG.md', '# Changelog\n\n## Unreleased\n\n- Not shipped yet (#9)\n\n## 1.2.0\n\n- Shipped (#8)\n'), [
      'Unreleased |  | not shipped yet 9',
      '1.2.0 |  | shipped 8',
    ]);
    // Keep a Changelog's, with its sections; an outline NEWS's release with no version yet still lists nothing
    const keep = indexReleaseNotes([
      {
        path: 'CHANGELOG.md',
        text: '# Changelog\n\n## [Unreleased]\n\n### Added\n\n- Export a quarter to Markdown (#12)\n\n## [1.2.0] - 2026-05-01\n\n### Fixed\n\n- Keep the journal (#8)\n',
      },
      { path: 'NEWS', text: '* Noteworthy changes in release ?.? (????-??-??) [?]\n\n** New features\n\n  A new option (#13).\n' },
    ]);
    const at = (n: number) => shippedIn({ pullRequest: n, shas: [], text: 'x' }, keep);
    assert.deepEqual(at(12), { version: 'Unreleased', file: 'CHANGELOG.md', section: 'Added', upcoming: true });
    assert.ok(unversioned(at(12)!));
    assert.deepEqual(at(8), { version: '1.2.0', file: 'CHANGELOG.md', section: 'Fixed' });
    assert.ok(!unversioned(at(8)!));
    assert.equal(at(13), undefined);
    for (const [heading, version] of [
      ['## Unreleased changes', 'Unreleased changes'],
      ['## Upcoming', 'Upcoming'],
      ['## Next release', 'Next release'],
      ['## [Unreleased] - ReleaseDate', 'Unreleased'],
      ['## [Unreleased](https://github.com/hynek/structlog/compare/26.1.0...HEAD)', 'Unreleased'],
      ['## NEXT (UNRELEASED)', 'NEXT'],
      // (a version still to be numbered: Nim's)
      ['# v2.x.x - yyyy-mm-dd', 'v2.x.x'],
    ])
      assert.deepEqual(items('CHANGELOG.md', `${heading}\n\n- Not out yet (#9)\n`), [`${version} |  | not out yet 9`], heading);
    // a heading that is a section, not a release: its items are of the release above it
    assert.deepEqual(items('CHANGELOG.md', '## 1.3.0\n\n### Upcoming deprecations\n\n- Old flag (#9)\n'), ['1.3.0 | Upcoming deprecations | old flag 9']);
  });

  it("a Markdown file that opens with its items under no heading lists the coming release's (Rails' CHANGELOG.md on main); a list under a title is no release's", () => {
    const rails = [
      '*   `http_cache_forever` now accept an optional `last_modified:` keyword parameter.',
      '',
      '    *Jean Boussier*',
      '',
      '*   Add `Rails.app.revision` to provide a version identifier.',
      '',
      'Please check [8-1-stable](https://github.com/rails/rails/blob/8-1-stable/railties/CHANGELOG.md) for previous changes.',
      '',
    ].join('\n');
    assert.deepEqual(items('actionpack/CHANGELOG.md', rails), [
      'Unreleased |  | http cache forever now accept an optional last modified keyword parameter',
      'Unreleased |  | add rails app revision to provide a version identifier',
    ]);
    const keep = indexReleaseNotes([{ path: 'actionpack/CHANGELOG.md', text: rails }]);
    const listed = shippedIn(
      { pullRequest: undefined, shas: [], text: '`http_cache_forever` now accept an optional `last_modified:` keyword parameter.' },
      keep,
    );
    assert.deepEqual(listed, { version: 'Unreleased', file: 'actionpack/CHANGELOG.md', section: '', upcoming: true });
    assert.ok(unversioned(listed));
    // (a title's list, a release's under no version, a plain-text file's, a table of contents over the releases: none)
    assert.deepEqual(items('CHANGELOG.md', '# Changelog\n\n- Not out yet (#9)\n'), []);
    assert.deepEqual(items('CHANGELOG.md', '- [1.2.0](#120)\n- [1.1.0](#110)\n\n## 1.2.0\n\n- Shipped (#8)\n'), ['1.2.0 |  | shipped 8']);
    assert.deepEqual(items('CHANGELOG.md', '- Not out yet (#9)\n\n## 1.2.0\n\n- Shipped (#8)\n'), ['1.2.0 |  | shipped 8']);
    assert.deepEqual(items('NEWS.txt', '- Not out yet (#9)\n'), []);
  });

  it("Typst's changelog, a Typst file per release (`docs/content/changelog/0.15.0.typ`): `=` headings with their labels, items citing `#pr(7688)`", () => {
    const text = [
      '#import "utils.typ": *',
      '',
      '= Highlights <highlights>',
      '- Typst now supports @text.variations[variable fonts]',
      '',
      '= Language <language>',
      '',
      '== Syntax <syntax>',
      '- @path[File paths] may not contain backslashes anymore #pr(7688) #breaking',
      '- Added hints for invalid characters in code mode #pr(7752)',
      '',
    ].join('\n');
    const path = 'docs/content/changelog/0.15.0.typ';
    assert.ok(isReleaseNotesPath(path));
    const index = indexReleaseNotes([{ path, text }]);
    assert.deepEqual(
      index.items.map((i) => `${i.version} | ${i.section} | ${i.pullRequests.join()}`),
      ['v0.15.0 | Highlights | ', 'v0.15.0 | Language › Syntax | 7688', 'v0.15.0 | Language › Syntax | 7752'],
    );
    assert.equal(shippedIn({ pullRequest: 7752, shas: [], text: 'Hints for invalid characters in code mode (#7752)' }, index)?.version, 'v0.15.0');
  });

  it("libvips' ChangeLog: each release's line starts with its date (`6/6/26 8.18.3`), the coming one's with `date-tbd`", () => {
    const text = [
      'date-tbd 8.19.0',
      '',
      '- jxlsave: add `interlace` option [mertalev]',
      '',
      '6/6/26 8.18.3',
      '',
      '- icc: fix black output when transforming float images [lancylot2004]',
      '',
    ].join('\n');
    assert.deepEqual(
      indexReleaseNotes([{ path: 'ChangeLog', text }]).items.map((i) => `${i.version}${i.upcoming ? ' (upcoming)' : ''} | ${i.text}`),
      ['8.19.0 (upcoming) | jxlsave add interlace option mertalev', '8.18.3 | icc fix black output when transforming float images lancylot2004'],
    );
  });

  it("OCaml's Changes: `Working version` is the coming release's, `OCaml 5.3.0` underlined with `_`, `OCaml 5.2.0 (13 May 2024)` with its date in words", () => {
    const text = [
      'Working version',
      '---------------',
      '',
      '### Runtime system:',
      '',
      '- #13437: Stop using GetProcAddress to load functions that were not',
      '  available in older, now unsupported Windows versions.',
      '  (Antonin Décimo, review by Nicolás Ojeda Bär and David Allsopp)',
      '',
      'OCaml 5.3.0',
      '___________',
      '',
      '### Standard library:',
      '',
      '- #13352: Dynarrays, unboxed.',
      '  (Gabriel Scherer, review by Olivier Nicole)',
      '',
      'OCaml 5.2.0 (13 May 2024)',
      '-------------------------',
      '',
      '### Language features:',
      '',
      '- #12276: native-code compilation for POWER',
      '  (Xavier Leroy)',
      '',
    ].join('\n');
    const index = indexReleaseNotes([{ path: 'Changes', text }]);
    assert.deepEqual(
      index.items.map((i) => `${i.version} | ${i.section} | ${i.pullRequests.join()}${i.upcoming ? ' | upcoming' : ''}`),
      ['Working version | Runtime system | 13437 | upcoming', '5.3.0 | Standard library | 13352', '5.2.0 | Language features | 12276'],
    );
    assert.equal(index.items[2]!.released, Date.UTC(2024, 4, 13));
  });

  it('a commit an item names as the cause of what it fixes is not the item\'s own (Rails\' "introduced in commit `2d485aecf5`")', () => {
    const text = [
      '## 8.2.0',
      '',
      '*   Fix `number_to_delimited` mangling non-finite floats.',
      '',
      '    `number_to_delimited(Float::INFINITY)` returned `"In,fin,ity"` because the',
      '    fast-path manual slicing introduced in commit `2d485aecf5` and made the',
      '    default in commit `33fbedb1b1` treated the string as digits.',
      '    Now returns it unchanged, matching the pre-`2d485aecf5` behaviour.',
      '',
      '*   Speed up `number_to_human` (commit 7a1b2c3d4e).',
      '',
    ].join('\n');
    const keep = indexReleaseNotes([{ path: 'activesupport/CHANGELOG.md', text }]);
    const at = (sha: string) => shippedIn({ pullRequest: undefined, shas: [sha], text: 'Improve performance of NumberToDelimitedConverter' }, keep)?.version;
    assert.equal(at('2d485aecf594da632b389e5f4ae87b302ea17fe0'), undefined);
    assert.equal(at('33fbedb1b1aa'), undefined);
    assert.equal(at('7a1b2c3d4e5f'), '8.2.0');
  });

  it("a heading in a release that paragraphs tell, with no list under it, is an item (broot's `#### Major Feature: …`); one over a list is a section", () => {
    const text = [
      '### v1.56.0 - 2026-03-20',
      '- `impacted_panel` verb argument - Fix #1119',
      '#### Major Feature: merge staged files to issue a single command',
      'When a verb argument has a `space-separated` or `comma-separated` flag, a single external command is run - Fix #465',
      'The default `verbs.json` file has an example of a `zip` verb.',
      '',
      '<a name="v1.55.0"></a>',
      '### v1.55.0 - 2026-02-09',
      '#### Highlights',
      'This release brings two things:',
      '- Tokyo Night skin',
      '- nushell integration - #1116',
      '',
    ].join('\n');
    assert.deepEqual(items('CHANGELOG.md', text), [
      '1.56.0 |  | impacted panel verb argument fix 1119',
      '1.56.0 |  | major feature merge staged files to issue a single command when a verb argument has a space separated or comma separated flag a single external command is run fix 465 the default verbs json file has an example of a zip verb',
      '1.55.0 | Highlights | tokyo night skin',
      '1.55.0 | Highlights | nushell integration 1116',
    ]);
    // the pull request that closes its issue shipped in it
    assert.deepEqual(
      shippedIn(
        { pullRequest: 1140, issues: [465], shas: [], text: 'space-separated/comma-separated verb arg flags' },
        indexReleaseNotes([{ path: 'CHANGELOG.md', text }]),
      ),
      { version: '1.56.0', file: 'CHANGELOG.md', section: '' },
    );
  });

  it("mkdocs' release notes: headings told by paragraphs and examples, each citing its pull request at its end, and a section's list cited after it", () => {
    const text = [
      '## Version 1.5.0 (2023-07-26)',
      '',
      '### New command `mkdocs get-deps`',
      '',
      'This command guesses the Python dependencies that a MkDocs site requires in order to build.',
      '',
      '```bash',
      'pip install $(mkdocs get-deps)',
      '```',
      '',
      'The command allows overriding which config file is used.',
      '',
      'Context: #3205',
      '',
      '### Markdown extensions can use paths relative to the current document',
      '',
      'This is aimed at extensions such as `pymdownx.snippets`.',
      '',
      '```yaml',
      'markdown_extensions:',
      '  - pymdownx.snippets:',
      '      base_path: !relative',
      '```',
      '',
      'See [**documentation**](../user-guide/configuration.md#paths). Context: #2154, #3258',
      '',
      '### Upgrades for plugin developers',
      '',
      '#### Enabling true generated files',
      '',
      'See [**documentation**][mkdocs.structure.files.File].',
      '',
      '*   There is a new constructor `File.generated()`.',
      '',
      'Other changes:',
      '',
      '*   The internal storage of `File` objects has been reworked.',
      '',
      'Context: #3451, #3463',
      '',
      '#### Plugins can add multiple handlers for the same event type',
      '',
      'See `mkdocs.plugins.CombinedEvent`. Context: #3448',
      '',
    ].join('\n');
    const index = indexReleaseNotes([{ path: 'docs/about/release-notes.md', text }]);
    assert.deepEqual(
      index.items.map((i) => `${i.version} | ${i.section} | ${i.pullRequests.join(',')} | ${i.text.slice(0, 40)}`),
      [
        '1.5.0 |  | 3205 | new command mkdocs get deps this command',
        // (an example's YAML list makes no section of it; its words, "the current document", name no section of docs)
        '1.5.0 |  | 2154,3258 | markdown extensions can use paths relati',
        '1.5.0 | Upgrades for plugin developers › Enabling true generated files |  | there is a new constructor file generate',
        '1.5.0 | Upgrades for plugin developers › Enabling true generated files |  | the internal storage of file objects has',
        '1.5.0 | Upgrades for plugin developers › Enabling true generated files | 3451,3463 | enabling true generated files',
        '1.5.0 | Upgrades for plugin developers | 3448 | plugins can add multiple handlers for th',
      ],
    );
    for (const [pullRequest, text] of [
      [3205, 'New `get-deps` command: infer PyPI dependencies from mkdocs.yml'],
      [3258, 'Add YAML placeholder tags that resolve to current paths'],
      [3451, 'Rework Files to support generated files'],
    ] as const) {
      const unit = { pullRequest, shas: [], text };
      assert.equal(shippedIn(unit, index)?.version, '1.5.0', text);
      assert.equal(filedInternal(unit, index), undefined, text);
    }
  });

  it("in a test framework's notes, a section of tests is the product's (testthat's \"Expectations and tests\"); elsewhere it is internal", () => {
    const text = '# testthat 3.3.0\n\n## Expectations and tests\n\n* New `expect_all_equal()` checks that every element is the same (#2235).\n';
    const index = indexReleaseNotes([{ path: 'NEWS.md', text }]);
    const unit = { pullRequest: 2235, shas: [], text: 'Implement `expect_all_equal()` and friends' };
    assert.equal(shippedIn(unit, index), undefined);
    assert.equal(filedInternal(unit, index)?.section, 'Expectations and tests');
    assert.equal(shippedIn({ ...unit, testFramework: true }, index)?.version, '3.3.0');
    assert.equal(filedInternal({ ...unit, testFramework: true }, index), undefined);
    for (const repo of ['github.com/r-lib/testthat', 'pytest', 'github.com/sebastianbergmann/phpunit', 'catchorg/Catch2'])
      assert.ok(TEST_FRAMEWORK_REPO.test(repo), repo);
    for (const repo of ['github.com/pallets/flask', 'github.com/acme/contest', 'github.com/acme/jest-config']) assert.ok(!TEST_FRAMEWORK_REPO.test(repo), repo);
  });

  it("an item written as prose is found by the unit's commit messages when they tell that one item, not when they quote the notes", () => {
    const index = indexReleaseNotes([
      {
        path: 'NEWS.md',
        text:
          '# NEWS for rsync 3.5.0 (13 Aug 2026)\n\n### BUG FIXES:\n\n- The AVX2 rolling-checksum assembly read up to 64 bytes past the end of the buffer it was given.\n\n' +
          '- `--link-dest` no longer fails the transfer when the destination refuses to hard-link a symlink.\n',
      },
    ]);
    const avx2 =
      'The assembly preloaded the 64 bytes after the ones it folded in, so its last iteration read past the end of the buffer.\nThe AVX2 rolling-checksum code';
    assert.deepEqual(shippedIn({ pullRequest: undefined, shas: [], text: 'roll-asm: stop one block early', body: avx2 }, index), {
      version: '3.5.0',
      file: 'NEWS.md',
      section: 'BUG FIXES',
    });
    // the subject alone says too little
    assert.equal(shippedIn({ pullRequest: undefined, shas: [], text: 'roll-asm: stop one block early' }, index), undefined);
    // a message that tells both items quotes the notes
    const both = `${avx2}\n--link-dest no longer fails the transfer when the destination refuses to hard-link a symlink.`;
    assert.equal(shippedIn({ pullRequest: undefined, shas: [], text: 'Update NEWS', body: both }, index), undefined);
  });

  it("a release's list of every pull request merged (rollup's `Pull Requests`) is no evidence; its Bug Fixes are", () => {
    const index = indexReleaseNotes([
      {
        path: 'CHANGELOG.md',
        text:
          '# rollup changelog\n\n## 4.55.0\n\n_2026-01-05_\n\n### Bug Fixes\n\n- Keep side effects of deoptimized getters (#6224)\n\n' +
          '### Pull Requests\n\n- [#6223](https://github.com/rollup/rollup/pull/6223): Deduplicate CLI help file (@lukastaegert)\n' +
          '- [#6224](https://github.com/rollup/rollup/pull/6224): Keep side effects of deoptimized getters (@lukastaegert)\n',
      },
    ]);
    assert.equal(shippedIn({ pullRequest: 6223, shas: [], text: 'Deduplicate CLI help file' }, index), undefined);
    assert.deepEqual(shippedIn({ pullRequest: 6224, shas: [], text: 'Keep side effects of deoptimized getters' }, index), {
      version: '4.55.0',
      file: 'CHANGELOG.md',
      section: 'Bug Fixes',
    });
  });

  it('a breaking change release-please lists twice, its subject alone under "⚠ BREAKING CHANGES" and citing its commit under its type (conform.nvim 8.0.0), ships as the breaking change', () => {
    const index = indexReleaseNotes([
      {
        path: 'CHANGELOG.md',
        text:
          '# Changelog\n\n## [8.0.0](https://github.com/stevearc/conform.nvim/compare/v7.1.0...v8.0.0) (2024-08-20)\n\n\n### ⚠ BREAKING CHANGES\n\n* Require Neovim 0.10+\n\n' +
          '### Code Refactoring\n\n* Require Neovim 0.10+ ([d31323d](https://github.com/stevearc/conform.nvim/commit/d31323db3fa4a33d203dcb05150d98bd0153c42c))\n\n' +
          '## [7.1.0](https://github.com/stevearc/conform.nvim/compare/v7.0.0...v7.1.0) (2024-08-16)\n\n\n### Code Refactoring\n\n' +
          '* Require Neovim 0.9 ([a1b2c3d](https://github.com/stevearc/conform.nvim/commit/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678))\n',
      },
    ]);
    const unit = { pullRequest: undefined, shas: ['d31323db3fa4a33d203dcb05150d98bd0153c42c'], text: 'refactor!: Require Neovim 0.10+' };
    assert.deepEqual(shippedIn(unit, index), { version: '8.0.0', file: 'CHANGELOG.md', section: 'BREAKING CHANGES' });
    // a refactoring the release lists only under its type is not what users get
    assert.equal(
      shippedIn({ pullRequest: undefined, shas: ['a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'], text: 'refactor: Require Neovim 0.9' }, index),
      undefined,
    );
  });

  it('an item found in such notes is where the unit shipped', () => {
    const index = indexReleaseNotes([
      { path: 'CHANGELOG.md', text: '# Changelog for restic 0.19.1 (2026-07-05)\n\n## Details\n\n * Bugfix #5234: Prevent mounting over the repository\n' },
    ]);
    assert.deepEqual(shippedIn({ pullRequest: 5234, shas: [], text: 'mount: refuse a target inside the repository (#5234)' }, index), {
      version: '0.19.1',
      file: 'CHANGELOG.md',
      section: 'Details',
    });
  });

  it("a release's date, from its heading or the line under it, in the ways projects write it; none when it gives none", () => {
    const dates = (path: string, text: string): string[] =>
      indexReleaseNotes([{ path, text }]).items.map(
        (i) => `${i.version} ${i.released === undefined ? 'undated' : new Date(i.released).toISOString().slice(0, 10)}`,
      );
    assert.deepEqual(dates('CHANGELOG.md', '# Changelog\n\n## [3.13.1] - 2026-03-09\n\n- a\n\n## 3.13.0\n\n- b\n'), ['3.13.1 2026-03-09', '3.13.0 undated']);
    assert.deepEqual(dates('CHANGELOG.md', 'v10.9.0 - August 21, 2026\n\n* feat: handle underflow (#20123)\n'), ['10.9.0 2026-08-21']);
    assert.deepEqual(dates('ChangeLog', '2026.03.06, Version 1.52.1 (Stable), 1cfa32ff59c076ffb6ed735bbc8c18361558661f\n\n* unix: check RLIMIT_AS\n'), [
      '1.52.1 2026-03-06',
    ]);
    assert.deepEqual(dates('NEWS.md', '# NEWS for rsync 3.5.0 (13 Aug 2026)\n\n- a\n'), ['3.5.0 2026-08-13']);
    assert.deepEqual(dates('CHANGELOG.md', '# Change Log\n\n## Version 5.1.0\n\n_2025-07-07_\n\n * New: `Response.peekTrailers()`.\n'), ['5.1.0 2025-07-07']);
    assert.deepEqual(
      dates(
        'CHANGES.rst',
        '.. changelog::\n    :version: 1.16.0\n    :released: March 5, 2026\n\n    .. change::\n        :tags: bug\n\n        Fixed a thing.\n',
      ),
      ['1.16.0 2026-03-05'],
    );
    assert.deepEqual(
      dates('NEWS', '-*- outline -*-\n* Noteworthy changes in release 9.6 (2025-01-17) [stable]\n\n** Bug fixes\n\n  cp no longer crashes.\n\n'),
      ['9.6 2025-01-17'],
    );
  });

  it("a release is dated by its version's tag too, the later of the two dates: undated notes (podman), a mistyped date (rand)", () => {
    const day = (iso: string): number => Date.parse(`${iso}T12:00:00Z`);
    const tags = [
      { name: 'v5.6.0-rc1', date: day('2025-07-25') },
      { name: 'v5.6.0', date: day('2025-08-15') },
      { name: 'v1.3.0', date: day('2019-05-06') },
      { name: '0.10.1', date: day('2026-04-11') },
      { name: 'rel_2_1_0b3', date: day('2026-05-01') },
      { name: 'v2.54.0', date: day('2026-06-01') },
      // two packages of a workspace with one version number: the later date
      { name: 'tokio-0.7.17', date: day('2019-01-01') },
      { name: 'tokio-util-0.7.17', date: day('2025-11-20') },
    ];
    const dates = (path: string, text: string): string[] =>
      indexReleaseNotes([{ path, text }], tags).items.map(
        (i) => `${i.version} ${i.released === undefined ? 'undated' : new Date(i.released).toISOString().slice(0, 10)}`,
      );
    assert.deepEqual(dates('RELEASE_NOTES.md', '# Release Notes\n\n## 5.6.0\n### Features\n- a\n\n## 1.3.0\n### Features\n- b\n\n## 1.2.0\n- c\n'), [
      '5.6.0 2025-08-15',
      '1.3.0 2019-05-06',
      '1.2.0 undated',
    ]);
    assert.deepEqual(dates('CHANGELOG.md', '## [0.10.1] - 2026-02-11\n\n- a\n\n## [0.7.17] - 2025-11-21\n\n- b\n'), ['0.10.1 2026-04-11', '0.7.17 2025-11-21']);
    assert.deepEqual(dates('changelog_21.rst', '.. changelog::\n    :version: 2.1.0b3\n\n    .. change::\n        :tags: bug\n\n        Fixed a thing.\n'), [
      '2.1.0b3 2026-05-01',
    ]);
    assert.deepEqual(dates('RelNotes/2.54.0.adoc', 'Git v2.54 Release Notes\n=======================\n\n * a\n'), ['v2.54.0 2026-06-01']);
    // podman's undated 5.6.0 (its real item) does not ship work of April 2026 that closes the issue it cites
    const notes = [
      {
        path: 'RELEASE_NOTES.md',
        text:
          '# Release Notes\n\n## 5.6.0\n### API\n- Fixed a bug where the Compat Delete API for Containers would remove running containers when the `FORCE` parameter was set to true; ' +
          'Docker only removes stopped containers ([#25871](https://github.com/containers/podman/issues/25871)).\n',
      },
    ];
    const unit = {
      pullRequest: undefined,
      issues: [25871],
      shas: [],
      text: 'compat API: keep running containers on forced delete',
      authored: day('2026-04-16'),
    };
    assert.equal(shippedIn(unit, indexReleaseNotes(notes))?.version, '5.6.0');
    assert.equal(shippedIn(unit, indexReleaseNotes(notes, tags)), undefined);
    assert.equal(shippedIn({ ...unit, authored: day('2025-08-01') }, indexReleaseNotes(notes, tags))?.version, '5.6.0');
  });

  it('notes of a release not out yet list work, they do not ship it: a development version or a heading that says so, unless its version is tagged', () => {
    const upcoming = (text: string, tags: { name: string; date: number }[] = []): Array<boolean | undefined> =>
      indexReleaseNotes([{ path: 'CHANGELOG.md', text }], tags).items.map(
        (i) => shippedIn({ pullRequest: 41, shas: [], text: 'x' }, { items: [i], named: new Map() })?.upcoming,
      );
    // elixir's notes for its next version
    assert.deepEqual(
      upcoming('# Changelog for Elixir v1.21\n\n## v1.21.0-dev\n\n### 1. Enhancements\n\n  * [EEx] Support splitting middle expressions (#41)\n'),
      [true],
    );
    assert.deepEqual(upcoming('## 3.2.0 (unreleased)\n\n- a (#41)\n\n## 3.1.0 (2026-05-01)\n\n- b (#41)\n'), [true, undefined]);
    assert.deepEqual(upcoming('## 4.0.0 - TBD\n\n- a (#41)\n'), [true]);
    // tagged since: out
    assert.deepEqual(upcoming('## 3.2.0 (unreleased)\n\n- a (#41)\n', [{ name: 'v3.2.0', date: Date.parse('2026-06-01T00:00:00Z') }]), [undefined]);
    // words that are no such heading's: "Fixed the upcoming-events list" is an item of a release that is out
    assert.deepEqual(upcoming('## 3.1.0\n\n- Fixed the upcoming events list (#41)\n'), [undefined]);
  });

  it("no release dated well before the work shipped it (sh: a 2022 item that an August 2026 commit's message tells in other words)", () => {
    const index = indexReleaseNotes([
      {
        path: 'CHANGELOG.md',
        text:
          '# Changelog\n\n## [3.13.1] - 2026-03-09\n\n- **syntax**\n  - Never join `;;` with the previous line when formatting - #1289\n\n' +
          '## [3.5.1] - 2022-05-23\n\n- **interp**\n  - Invalid glob words are no longer removed with `nullglob` - [#862]\n' +
          '- **pattern**\n  - `Regexp` now returns the typed error `SyntaxError` - [#862]\n',
      },
    ]);
    const unit = {
      pullRequest: undefined,
      shas: [],
      text: 'pattern: treat an unmatched [ as a literal, like Bash',
      body:
        'An unmatched "[" now matches itself, and the rest of the pattern is\nreparsed from the following character. Bash is inconsistent about\n' +
        'invalid character classes in an unmatched bracket: `case` treats the\nwhole bracket as literal, while ${a//} refuses to match the pattern.\n' +
        'We keep the error, following the latter.\n\n' +
        'HasMeta now only counts "[" when followed by a matching "]", mirroring\nBash\'s glob_pattern_p, so that words with an unmatched "[" are not\n' +
        'subject to pathname expansion; with nullglob, such words were wrongly\nremoved. Note that a bracket expression may span multiple word parts,\n' +
        'such as `[a$x` where x holds "]", so globbing now checks entire words.\n\nFixes #1372.',
    };
    // its words tell the old item
    assert.equal(shippedIn(unit, index)?.version, '3.5.1');
    // but work first authored in August 2026 is not in a release of May 2022
    assert.equal(shippedIn({ ...unit, authored: Date.parse('2026-08-10T09:00:00+01:00') }, index), undefined);
    // work of the week after the date a release was written up may still be in it
    const released = Date.parse('2022-05-23T00:00:00Z');
    assert.equal(shippedIn({ ...unit, authored: released + 24 * 3_600_000 + RELEASE_DATE_SLACK_MS }, index)?.version, '3.5.1');
    assert.equal(shippedIn({ ...unit, authored: released + 24 * 3_600_000 + RELEASE_DATE_SLACK_MS + 60_000 }, index), undefined);
    // by a code name as well
    const named = { unitNames: new Map([['SyntaxError', 1]]), nearRelease: () => true };
    const text = 'pattern: report a typed SyntaxError for unmatched brackets';
    assert.equal(shippedByName({ text }, index, named)?.version, '3.5.1');
    assert.equal(shippedByName({ text, authored: Date.parse('2026-08-10T09:00:00Z') }, index, named), undefined);
  });

  it('code names: members, camel and snake case, options; not plain words, versions or short names', () => {
    assert.deepEqual(
      [
        ...codeNames(
          'New: `Response.peekTrailers()` and `TrailersSource`; ZSTD_c_targetCBlockSize, --freeze-left=N, toCurl, Response, v1.2.3, e.g. a_b, --ab, isOk',
        ),
      ],
      ['Response.peekTrailers', 'TrailersSource', 'ZSTD_c_targetCBlockSize', '--freeze-left', 'toCurl'],
    );
    // the area a subject names first is where the change is, not what it is
    assert.deepEqual([...subjectNames('chore(cli/rustup_mode): merge imports of stream_dvb')], ['stream_dvb']);
  });

  it("an item written as prose is found by a code name that it alone mentions and the unit alone says, with another word they share, in a release of the unit's months (okhttp)", () => {
    const index = indexReleaseNotes([
      {
        path: 'CHANGELOG.md',
        text:
          '# Change Log\n\n## Version 5.1.0\n\n_2025-07-07_\n\n' +
          ' * New: `Response.peekTrailers()`. When we changed `Response.trailers()` to block, we removed the ability to peek the trailers. This new API restores it.\n' +
          ' * New: `RecordedRequest.chunkSizes` is now nullable.\n * Fix: `RecordedRequest.chunkSizes` is empty for a GET.\n' +
          ' * New: the `onInsert` method of caches.\n',
      },
    ]);
    const unitNames = new Map([
      ['Response.peekTrailers', 1],
      ['RecordedRequest.chunkSizes', 1],
      ['onInsert', 1],
    ]);
    const near = { unitNames, nearRelease: () => true };
    assert.deepEqual(shippedByName({ text: 'New Response.peekTrailers() API (#8921)' }, index, near), {
      version: '5.1.0',
      file: 'CHANGELOG.md',
      section: '',
    });
    // not found by the other channels: few words in common
    assert.equal(shippedIn({ pullRequest: 8921, shas: [], text: 'New Response.peekTrailers() API (#8921)' }, index), undefined);
    // a release no work of those months shipped in: older work on the same function
    assert.equal(shippedByName({ text: 'New Response.peekTrailers() API (#8921)' }, index, { unitNames, nearRelease: () => false }), undefined);
    // a name two units say tells neither apart
    assert.equal(shippedByName({ text: 'New Response.peekTrailers() API' }, index, { ...near, unitNames: new Map([['Response.peekTrailers', 2]]) }), undefined);
    // a name two items mention is no evidence of either
    assert.equal(shippedByName({ text: 'Change RecordedRequest.chunkSizes to be nullable' }, index, near), undefined);
    // nothing said beside the name: documenting a method is not adding it
    assert.equal(shippedByName({ text: 'docs for onInsert' }, index, near), undefined);
  });
});
