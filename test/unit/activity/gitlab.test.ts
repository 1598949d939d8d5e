import * as assert from 'node:assert/strict';
import { fetchGitLabActivity, type GitLabClientOptions } from '../../../src/activity/gitlab';
import { normalizeGitLabUrl } from '../../../src/core/safeUrl';
import { ReplayServer, withHeaders } from '../../fixtures/replayServer';

const TOKEN = 'glpat-PLANTEDt0ken4ImpactJournal';
const Q4 = { since: new Date('2026-10-01T00:00:00Z'), until: new Date('2027-01-01T00:00:00Z') };

describe('GitLab client (production code against the loopback replay server)', () => {
  let server: ReplayServer;
  const options = (more: Partial<GitLabClientOptions> = {}): GitLabClientOptions => ({
    baseUrl: server.url,
    token: TOKEN,
    retryBaseMs: 5,
    timeoutMs: 2000,
    ...more,
  });
  const calls = (path: string): number => server.requests.filter((r) => r.path === path).length;

  before(async () => (server = await new ReplayServer().start()));
  beforeEach(() => server.reset());
  after(() => server.close());

  it('returns reviews (approvals and MR comments, one per MR, all pages) and authored merged MRs, token in PRIVATE-TOKEN only', async () => {
    const { items, problem } = await fetchGitLabActivity(Q4, options());
    assert.equal(problem, undefined);
    const reviews = items.filter((a) => a.type === 'review');
    assert.deepEqual(
      reviews.map((r) => `${r.repo}!${r.number} ${r.state} ${r.comments} ${r.submittedAt}`),
      ['127.0.0.1/platform/billing-service!88 approved 2 2026-11-10T14:03:11.211Z', '127.0.0.1/platform/webhooks!17 commented 1 2026-10-21T08:40:00.000Z'],
    );
    assert.equal(reviews[0]!.url, 'https://gitlab.example.com/platform/billing-service/-/merge_requests/88');
    assert.equal(reviews[0]!.title, 'Partition invoices by tenant');
    const merged = items.filter((a) => a.type === 'merged');
    assert.deepEqual(
      merged.map((m) => [m.repo, m.number, m.mergedAt, m.url]),
      [['127.0.0.1/platform/billing-service', 90, '2026-11-06T16:31:02.000Z', 'https://gitlab.example.com/platform/billing-service/-/merge_requests/90']],
    );
    const commented = server.requests.filter((r) => r.path === '/api/v4/events' && r.query.get('action') === 'commented');
    assert.deepEqual(
      commented.map((r) => r.query.get('page')),
      ['1', '2'],
      'follows x-next-page',
    );
    assert.ok(server.requests.every((r) => r.query.get('per_page') === '100' || r.path.startsWith('/api/v4/projects/')));
    assert.equal(calls('/api/v4/projects/4242'), 1, 'each project is looked up once');
    for (const r of server.requests) {
      assert.equal(r.headers['private-token'], TOKEN);
      assert.ok(!r.path.includes(TOKEN) && !r.query.toString().includes(TOKEN));
    }
    const first = server.requests[0]!.query;
    assert.deepEqual([first.get('after'), first.get('before')], ['2026-09-30', '2027-01-02'], 'exclusive dates around the range');
  });

  it('401: "token refused", pointing at Connect GitLab', async () => {
    server.fail('/api/v4/', server.gitlab.unauthorized!, 5);
    const { items, problem } = await fetchGitLabActivity(Q4, options());
    assert.equal(problem?.kind, 'signedOut');
    assert.equal(
      problem.message,
      'GitLab (127.0.0.1) refused your access token (expired or revoked). Run "Impact Journal: Connect GitLab" to enter a new one.',
    );
    assert.equal(items.length, 0);
    assert.equal(server.requests.length, 1);
  });

  it('429 with a short Retry-After is retried; a long one is "rate limited until HH:MM", keeping the reviews fetched', async () => {
    server.fail('/api/v4/merge_requests', withHeaders(server.gitlab['rate-limited']!, { RETRY: '0', RESET: '0' }), 1);
    assert.equal((await fetchGitLabActivity(Q4, options())).problem, undefined);
    assert.equal(calls('/api/v4/merge_requests'), 2);
    server.reset();
    const before = Date.now();
    server.fail('/api/v4/merge_requests', withHeaders(server.gitlab['rate-limited']!, { RETRY: '1800', RESET: '0' }), 5);
    const { items, problem } = await fetchGitLabActivity(Q4, options());
    assert.equal(problem?.kind, 'rateLimited');
    assert.ok(Math.abs(problem.resetAt!.getTime() - (before + 1800_000)) < 5000);
    assert.match(problem.message, /^GitLab \(127\.0\.0\.1\) rate limit reached: try again after \d\d:\d\d\.$/);
    assert.equal(items.length, 2, 'the two reviews are kept');
  });

  it('5xx: retried, then "not answering"', async () => {
    server.fail('/api/v4/events', server.gitlab['server-error']!, 2);
    assert.equal((await fetchGitLabActivity(Q4, options())).problem, undefined);
    server.reset();
    server.fail('/api/v4/events', server.gitlab['server-error']!, 3);
    const { problem } = await fetchGitLabActivity(Q4, options());
    assert.equal(problem?.kind, 'unreachable');
    assert.equal(problem.message, 'GitLab (127.0.0.1) is not answering (HTTP 503). Try again later.');
    assert.equal(calls('/api/v4/events'), 3);
  });

  it('a request that never answers: "unreachable (no answer in time)"', async () => {
    server.fail('/api/v4/events', 'hang', 3);
    const { problem } = await fetchGitLabActivity(Q4, options({ timeoutMs: 150 }));
    assert.equal(problem?.kind, 'unreachable');
    assert.equal(problem.message, 'GitLab (127.0.0.1) is unreachable (no answer in time). Try again later.');
  });

  it('no server: "unreachable (network error)"', async () => {
    const { problem } = await fetchGitLabActivity(Q4, options({ baseUrl: 'http://127.0.0.1:9' }));
    assert.equal(problem?.kind, 'unreachable');
    assert.match(problem.message, /network error/);
  });

  it('malformed JSON on page 2: "does not understand", page 1 kept', async () => {
    server.fail((r) => r.query.get('action') === 'commented' && r.query.get('page') === '2', server.gitlab.malformed!);
    const { items, problem } = await fetchGitLabActivity(Q4, options());
    assert.equal(problem?.kind, 'badResponse');
    assert.equal(problem.message, 'GitLab (127.0.0.1) sent a response Impact Journal does not understand.');
    assert.deepEqual(
      items.map((a) => `${a.number} ${a.type === 'review' ? a.comments : ''}`),
      ['88 2'],
    );
  });

  it('a redirect to another host is not followed: the token never reaches it', async () => {
    const elsewhere = await new ReplayServer().start();
    try {
      server.fail('/api/v4/events', { status: 302, headers: { location: `${elsewhere.url}/api/v4/events` }, body: '' }, 5);
      const { problem } = await fetchGitLabActivity(Q4, options());
      assert.equal(problem?.kind, 'badResponse');
      assert.match(problem.message, /redirect/);
      assert.equal(elsewhere.requests.length, 0, 'nothing was sent to the other host');
    } finally {
      await elsewhere.close();
    }
  });

  it('a GitLab URL must be https (http only on this machine) and carry no credentials', () => {
    assert.equal(normalizeGitLabUrl(' https://gitlab.example.com/ '), 'https://gitlab.example.com');
    assert.equal(normalizeGitLabUrl('https://example.com/gitlab/'), 'https://example.com/gitlab');
    assert.equal(normalizeGitLabUrl('http://127.0.0.1:8080'), 'http://127.0.0.1:8080');
    for (const bad of ['http://gitlab.example.com', 'https://user:pw@gitlab.example.com', 'javascript:alert(1)', 'gitlab.com', 'ftp://gitlab.com'])
      assert.equal(normalizeGitLabUrl(bad), undefined, bad);
  });

  it('cancelling aborts the request and throws', async () => {
    server.fail('/api/v4/events', 'hang', 1);
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 50);
    await assert.rejects(fetchGitLabActivity(Q4, options({ signal: abort.signal, timeoutMs: 10_000 })), (err: Error) => err.name === 'AbortError');
  });

  it('no problem message contains the token', async () => {
    for (const fault of [
      server.gitlab.unauthorized,
      server.gitlab['server-error'],
      server.gitlab.malformed,
      withHeaders(server.gitlab['rate-limited']!, { RETRY: '3600', RESET: '0' }),
    ]) {
      server.reset();
      server.fail('/api/v4/', fault!, 5);
      const { problem } = await fetchGitLabActivity(Q4, options());
      assert.ok(problem);
      assert.ok(!`${problem.message} ${JSON.stringify(problem)} ${problem.stack ?? ''}`.includes(TOKEN));
    }
  });
});
