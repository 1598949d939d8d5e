import * as assert from 'node:assert/strict';
import { LOG_FORMAT, parseCoAuthors, parseLog, parsePullRequestNumber, resolveRenamedPath } from '../../../src/git/logParser';

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
    const out = `\x1eabc1234${'\x1f'}p1${'\x1f'}Ada${'\x1f'}ada@x${'\x1f'}2026-01-01T00:00:00Z${'\x1f'}tag: v1.0.0, HEAD -> main${'\x1f'}Subject\n\nBody\x1d\n\n3\t1\t"tab\\there.txt"\n-\t-\timage.png\n create mode 100644 image.png\n`;
    const [c] = parseLog(out);
    assert.deepEqual(c.tags, ['v1.0.0']);
    assert.deepEqual(c.files.map((f) => [f.path, f.additions, f.binary, f.created]), [['tab\there.txt', 3, false, false], ['image.png', 0, true, true]]);
    assert.equal(c.body, 'Body');
    assert.ok(LOG_FORMAT.includes('%B'));
  });
});
