import * as assert from 'node:assert/strict';
import { commitUrl, fileUrl, parseRemote, pullRequestUrl } from '../../../src/core/links';

const SHA = '0123456789abcdef0123456789abcdef01234567';

describe('links: remote URL → web links', () => {
  const cases: Array<[string, string, string | undefined, string | undefined]> = [
    ['https://github.com/acme/shop.git', 'github.com/acme/shop', `https://github.com/acme/shop/commit/${SHA}`, 'https://github.com/acme/shop/pull/12'],
    ['git@github.com:acme/shop.git', 'github.com/acme/shop', `https://github.com/acme/shop/commit/${SHA}`, 'https://github.com/acme/shop/pull/12'],
    ['ssh://git@github.com/acme/shop', 'github.com/acme/shop', `https://github.com/acme/shop/commit/${SHA}`, 'https://github.com/acme/shop/pull/12'],
    [
      'https://gitlab.com/group/sub/app.git',
      'gitlab.com/group/sub/app',
      `https://gitlab.com/group/sub/app/-/commit/${SHA}`,
      'https://gitlab.com/group/sub/app/-/merge_requests/12',
    ],
    [
      'git@gitlab.example.org:team/app.git',
      'gitlab.example.org/team/app',
      `https://gitlab.example.org/team/app/-/commit/${SHA}`,
      'https://gitlab.example.org/team/app/-/merge_requests/12',
    ],
    [
      'https://ada@bitbucket.org/acme/shop.git',
      'bitbucket.org/acme/shop',
      `https://bitbucket.org/acme/shop/commits/${SHA}`,
      'https://bitbucket.org/acme/shop/pull-requests/12',
    ],
    [
      'git@bitbucket.org:acme/shop.git',
      'bitbucket.org/acme/shop',
      `https://bitbucket.org/acme/shop/commits/${SHA}`,
      'https://bitbucket.org/acme/shop/pull-requests/12',
    ],
    [
      'https://acme@dev.azure.com/acme/Shop/_git/web',
      'dev.azure.com/acme/Shop/web',
      `https://dev.azure.com/acme/Shop/_git/web/commit/${SHA}`,
      'https://dev.azure.com/acme/Shop/_git/web/pullrequest/12',
    ],
    [
      'git@ssh.dev.azure.com:v3/acme/Shop/web',
      'dev.azure.com/acme/Shop/web',
      `https://dev.azure.com/acme/Shop/_git/web/commit/${SHA}`,
      'https://dev.azure.com/acme/Shop/_git/web/pullrequest/12',
    ],
    [
      'https://acme.visualstudio.com/Shop/_git/web',
      'dev.azure.com/acme/Shop/web',
      `https://dev.azure.com/acme/Shop/_git/web/commit/${SHA}`,
      'https://dev.azure.com/acme/Shop/_git/web/pullrequest/12',
    ],
    ['https://git.internal.example/team/app.git', 'git.internal.example/team/app', undefined, undefined],
  ];
  for (const [remote, repo, commit, pr] of cases) {
    it(`${remote}`, () => {
      const info = parseRemote(remote);
      assert.ok(info);
      assert.equal(info.repo, repo);
      assert.equal(commitUrl(info, SHA), commit);
      assert.equal(pullRequestUrl(info, 12), pr);
    });
  }

  it('links a file on a branch (where a release-notes file says a change shipped), with each path segment encoded', () => {
    const on = (remote: string): string | undefined => fileUrl(parseRemote(remote), 'refs/heads/release/2.x', 'docs/CHANGES #1.md');
    assert.equal(on('git@github.com:acme/shop.git'), 'https://github.com/acme/shop/blob/release/2.x/docs/CHANGES%20%231.md');
    assert.equal(on('https://gitlab.com/group/app.git'), 'https://gitlab.com/group/app/-/blob/release/2.x/docs/CHANGES%20%231.md');
    assert.equal(on('git@bitbucket.org:acme/shop.git'), 'https://bitbucket.org/acme/shop/src/release/2.x/docs/CHANGES%20%231.md');
    assert.equal(
      on('git@ssh.dev.azure.com:v3/acme/Shop/web'),
      'https://dev.azure.com/acme/Shop/_git/web?path=%2Fdocs%2FCHANGES%20%231.md&version=GBrelease%2F2.x',
    );
    assert.equal(on('https://git.internal.example/team/app.git'), undefined, 'a host we cannot link to');
    assert.equal(fileUrl(parseRemote('git@github.com:acme/shop.git'), 'refs/remotes/origin/main', 'CHANGES.md'), undefined, 'not a branch');
    // at a tag: an earlier text of notes that keep only their latest release
    assert.equal(
      fileUrl(parseRemote('git@github.com:acme/shop.git'), 'refs/tags/v2.22.0', 'CHANGELOG.md'),
      'https://github.com/acme/shop/blob/v2.22.0/CHANGELOG.md',
    );
    assert.equal(
      fileUrl(parseRemote('git@ssh.dev.azure.com:v3/acme/Shop/web'), 'refs/tags/v2.22.0', 'CHANGELOG.md'),
      'https://dev.azure.com/acme/Shop/_git/web?path=%2FCHANGELOG.md&version=GTv2.22.0',
    );
  });

  it('maps SSH over the HTTPS port to github.com and keeps a stray % as written', () => {
    assert.equal(commitUrl(parseRemote('ssh://git@ssh.github.com:443/acme/shop.git'), SHA), `https://github.com/acme/shop/commit/${SHA}`);
    assert.equal(parseRemote('https://github.com/acme/re%zz')?.repo, 'github.com/acme/re%zz');
    assert.equal(parseRemote('git@github.com:/acme/shop.git')?.repo, 'github.com/acme/shop');
  });

  it('recognizes extra hosts (GitHub Enterprise) named by the caller', () => {
    const info = parseRemote('git@github.acme.corp:team/app.git', { 'github.acme.corp': 'github' });
    assert.equal(commitUrl(info, SHA), `https://github.acme.corp/team/app/commit/${SHA}`);
  });

  it('is not fooled by local paths or junk', () => {
    assert.equal(parseRemote('/home/ada/repos/app'), undefined);
    assert.equal(parseRemote('file:///home/ada/app.git'), undefined);
    assert.equal(parseRemote('C:\\repos\\app'), undefined);
    assert.equal(parseRemote(''), undefined);
    assert.equal(commitUrl(parseRemote('https://github.com/a/b'), 'not-a-sha'), undefined);
  });
});
