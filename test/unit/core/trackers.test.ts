import * as assert from 'node:assert/strict';
import { parseRemote } from '../../../src/core/links';
import { compileTrackers, findTickets, mergedBranch, suggestProject, type TrackerSetting } from '../../../src/core/trackers';

const JIRA: TrackerSetting = { pattern: String.raw`\b(SHOP|OPS)-\d+\b`, url: 'https://acme.atlassian.net/browse/{key}' };
const LINEAR: TrackerSetting = { pattern: String.raw`\bENG-\d+\b`, url: 'https://linear.app/acme/issue/{key}' };
const compiled = (...settings: TrackerSetting[]) => compileTrackers(settings).trackers;
const GITHUB = parseRemote('git@github.com:acme/shop.git');
const GITLAB = parseRemote('https://gitlab.example.com/acme/platform.git', { 'gitlab.example.com': 'gitlab' });

describe('issue-tracker keys become links (core/trackers.ts)', () => {
  it('Jira keys through the configured pattern and URL template, with their project', () => {
    assert.deepEqual(findTickets(['SHOP-123: retry failed payments', 'see OPS-7 and SHOP-123 again'], compiled(JIRA), undefined), [
      { key: 'SHOP-123', url: 'https://acme.atlassian.net/browse/SHOP-123', project: 'SHOP' },
      { key: 'OPS-7', url: 'https://acme.atlassian.net/browse/OPS-7', project: 'OPS' },
    ]);
  });

  it('Linear keys, the project read from the key when the pattern has no group', () => {
    assert.deepEqual(findTickets(['Fix the sync race (ENG-42)'], compiled(LINEAR), undefined), [
      { key: 'ENG-42', url: 'https://linear.app/acme/issue/ENG-42', project: 'ENG' },
    ]);
  });

  it('without a configured tracker, key-like words are not tickets (UTF-8, SHA-256, ISO-8601)', () => {
    assert.deepEqual(findTickets(['Read UTF-8 and SHA-256 per ISO-8601'], [], undefined), []);
    assert.deepEqual(findTickets(['Read UTF-8 and SHA-256 per ISO-8601'], compiled(JIRA), undefined), []);
  });

  it('GitHub: #123 and owner/repo#123 through the remote, the unit’s own PR left out; no !34', () => {
    assert.deepEqual(findTickets(['Add paging (#42)', 'Fixes #17, relates to acme/billing#9; not a!34 nor &#39; nor C#7'], [], GITHUB, 42), [
      { key: '#17', url: 'https://github.com/acme/shop/issues/17' },
      { key: 'acme/billing#9', url: 'https://github.com/acme/billing/issues/9' },
    ]);
  });

  it('GitLab: #12 an issue, !34 a merge request, through the remote (self-hosted too)', () => {
    assert.deepEqual(findTickets(['Closes #12, follows !34'], [], GITLAB), [
      { key: '#12', url: 'https://gitlab.example.com/acme/platform/-/issues/12' },
      { key: '!34', url: 'https://gitlab.example.com/acme/platform/-/merge_requests/34' },
    ]);
  });

  it('a backtrace quoted in a commit message gives no links for its frames (#0, #1 …); an issue at the start of a line still does', () => {
    const body = [
      'Fix a crash when the onscreen is destroyed',
      '',
      '    #0  g_hash_table_lookup_node() at ../glib/ghash.c',
      '    #1  0x00007f3a2b1c in g_hash_table_remove () at ../glib/ghash.c',
      '    #10 meta_onscreen_native_dispose() at ../src/backends/native/meta-onscreen-native.c',
      '#4988 is where it was reported (see #12 too).',
    ].join('\n');
    assert.deepEqual(
      findTickets([body], [], GITLAB).map((t) => t.key),
      ['#4988', '#12'],
    );
  });

  it('a remote we cannot link to gives no links for #n', () => {
    assert.deepEqual(findTickets(['Fixes #17'], [], parseRemote('git@example.org:acme/shop.git')), []);
  });

  it('bad settings are left out with a reason; a template never makes a link that is not http(s), and keys are URL-encoded', () => {
    const { trackers, problems } = compileTrackers([
      { pattern: '(unclosed', url: 'https://x.example.com/{key}' },
      { pattern: 'ABC-\\d+', url: 'javascript:alert("{key}")' },
      { pattern: String.raw`\bQ[^\s]*-\d+`, url: 'https://t.example.com/browse/{key}' },
    ]);
    assert.equal(trackers.length, 1);
    assert.equal(problems.length, 2);
    assert.match(problems[0]!, /not a regular expression/);
    assert.match(problems[1]!, /not an http\(s\) URL template/);
    const [ref] = findTickets(['Q<b>/x-12'], trackers, undefined);
    assert.equal(ref?.url, 'https://t.example.com/browse/Q%3Cb%3E%2Fx-12');
  });

  it('suggests a project from a key, else from the branch name without its prefix and key', () => {
    assert.equal(suggestProject([{ key: 'SHOP-1', project: 'SHOP' }], 'ada/refunds'), 'SHOP');
    assert.equal(suggestProject([], 'ada/ABC-12-refund-reports'), 'refund reports');
    assert.equal(suggestProject([{ key: '#12' }], 'feature/billing_migration'), 'billing migration');
    assert.equal(suggestProject([], 'main'), undefined);
    assert.equal(suggestProject([], undefined), undefined);
  });

  it('reads the branch a merge brought in', () => {
    assert.equal(mergedBranch('Merge pull request #5 from acme/SHOP-12-retry'), 'SHOP-12-retry');
    assert.equal(mergedBranch("Merge branch 'ada/refund-reports'"), 'ada/refund-reports');
    assert.equal(mergedBranch('Add paging (#42)'), undefined);
  });
});
