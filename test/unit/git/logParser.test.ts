import * as assert from 'node:assert/strict';
import { LOG_FORMAT, LogStreamParser, parseCoAuthors, parseLog, parsePullRequestNumber, resolveRenamedPath } from '../../../src/git/logParser';

describe('log parser', () => {
  it('parses PR numbers from merge commits, squash suffixes and GitLab merge commits', () => {
    assert.equal(parsePullRequestNumber('Merge pull request #123 from acme/feature'), 123);
    assert.equal(parsePullRequestNumber('Add retries (#45)'), 45);
    assert.equal(parsePullRequestNumber("Merge branch 'x' into 'main'", 'Body\n\nSee merge request group/app!67'), 67);
    assert.equal(parsePullRequestNumber('Fix #12 in parser'), undefined);
  });

  it('parses Co-authored-by trailers', () => {
    assert.deepEqual(parseCoAuthors('Body\n\nCo-authored-by: Grace Hopper <grace@example.com>\nco-authored-by: Bob <bob@x.org>'), [
      { name: 'Grace Hopper', email: 'grace@example.com' },
      { name: 'Bob', email: 'bob@x.org' },
    ]);
  });

  it('resolves rename notation and quoted paths', () => {
    assert.equal(resolveRenamedPath('src/{old => new}/f.ts'), 'src/new/f.ts');
    assert.equal(resolveRenamedPath('src/{ => sub}/f.ts'), 'src/sub/f.ts');
    assert.equal(resolveRenamedPath('a.txt => b.txt'), 'b.txt');
    const out = `${'a'.repeat(40)}\0${'b'.repeat(40)}\0Ada\0ada@x\0${'2026-01-01T00:00:00Z'}\0lead@x\0${'2026-01-02T09:30:00Z'}\0tag: v1.0.0, HEAD -> main\0Subject\n\nBody\n\0\n\n3\t1\t"tab\\there.txt"\n1\t0\t"🚀 launch\\tplan\\\\.md"\n-\t-\timage.png\n create mode 100644 image.png\n`;
    const [c] = parseLog(out);
    assert.deepEqual(c!.tags, ['v1.0.0']);
    // who put it on the branch, and when (a maintainer applying it: units.ts groups what they landed in one go)
    assert.deepEqual([c!.authorEmail, c!.committerEmail, c!.committerDate], ['ada@x', 'lead@x', '2026-01-02T09:30:00Z']);
    assert.deepEqual(
      c!.files.map((f) => [f.path, f.additions, f.binary, f.created]),
      [
        ['tab\there.txt', 3, false, false],
        // quoted (a tab) with core.quotepath=false: the emoji is kept whole, the escapes undone
        ['🚀 launch\tplan\\.md', 1, false, false],
        ['image.png', 0, true, true],
      ],
    );
    assert.equal(c!.body, 'Body');
    assert.ok(LOG_FORMAT.includes('%B'));
  });
});

describe('log parser, streaming', () => {
  it('gives the same commits whatever the chunk boundaries (every split point of a real log)', () => {
    const record = (sha: string, message: string, stats: string): string =>
      `${sha}\0${'0'.repeat(40)}\0Ada\0ada@example.com\0${'2026-08-01T10:00:00+02:00'}\0ada@example.com\0${'2026-08-01T10:05:00+02:00'}\0tag: v1\0${message}\0\n\n${stats}\n`;
    const output =
      record(
        'a'.repeat(40),
        'Add retries (#42)\n\nCo-authored-by: Grace Hopper <grace@example.com>\n',
        '30\t0\tsrc/retry.ts\n10\t0\tsrc/retry.test.ts\n create mode 100644 src/retry.ts',
      ) +
      record('b'.repeat(40), 'Fix ünïcödé 🎉 subject', '1\t1\tREADME.md') +
      record('c'.repeat(40), 'Binary', '-\t-\tlogo.png');
    const whole = parseLog(output);
    assert.equal(whole.length, 3);
    for (let cut = 1; cut < output.length; cut++) {
      const parser = new LogStreamParser();
      const streamed = [...parser.push(output.slice(0, cut)), ...parser.push(output.slice(cut)), ...parser.end()];
      assert.deepEqual(streamed, whole, `split at ${cut}`);
    }
  });
});
