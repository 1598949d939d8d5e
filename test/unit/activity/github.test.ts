import * as assert from 'node:assert/strict';
import { fetchGitHubActivity, yearlyWindows, type GitHubClientOptions } from '../../../src/activity/github';
import { activityCandidates } from '../../../src/core/activity';
import { ReplayServer, withHeaders } from '../../fixtures/replayServer';

const TOKEN = 'gho_PLANTEDt0ken4ImpactJournalTests0000';
const Q4 = { since: new Date('2026-10-01T00:00:00Z'), until: new Date('2027-01-01T00:00:00Z') };

describe('GitHub client (production code against the loopback replay server)', () => {
  let server: ReplayServer;
  const options = (more: Partial<GitHubClientOptions> = {}): GitHubClientOptions => ({
    provider: 'github',
    baseUrl: server.url,
    webHost: 'github.com',
    token: TOKEN,
    retryBaseMs: 5,
    minGapMs: 0,
    timeoutMs: 2000,
    ...more,
  });
  const graphqlCalls = (): number => server.requests.filter((r) => r.path === '/graphql').length;
  const epoch = (msFromNow: number): string => String(Math.floor((Date.now() + msFromNow) / 1000));

  before(async () => (server = await new ReplayServer().start()));
  beforeEach(() => server.reset());
  after(() => server.close());

  it('returns a quarter of reviews (both pages) and merged PRs, normalized, with the token sent as auth only', async () => {
    const { items, problem } = await fetchGitHubActivity(Q4, options());
    assert.equal(problem, undefined);
    const reviews = items.filter((a) => a.type === 'review');
    assert.deepEqual(
      reviews.map((r) => `${r.repo}#${r.number} ${r.state} ${r.comments}`),
      [
        'github.com/acme/shop#57 changesRequested 4',
        'github.com/acme/platform#311 approved 2',
        'github.com/acme/platform#315 approved 0',
        'github.com/acme/docs#12 commented 1',
        'github.com/acme/shop#57 approved 1',
      ],
    );
    const merged = items.filter((a) => a.type === 'merged');
    assert.deepEqual(
      merged.map((m) => [m.repo, m.number, m.mergedAt, m.additions, m.deletions]),
      [
        ['github.com/acme/shop', 42, '2026-11-17T13:30:00.000Z', 180, 12],
        ['github.com/acme/platform', 301, '2026-10-09T08:45:00.000Z', 1450, 210],
      ],
    );
    assert.equal(merged[0]!.url, 'https://github.com/acme/shop/pull/42');
    const reviewCalls = server.requests.filter((r) => r.body.includes('pullRequestReviewContributions'));
    assert.deepEqual(
      reviewCalls.map((r) => (JSON.parse(r.body) as { variables: { cursor: string | null } }).variables.cursor),
      [null, 'Y3Vyc29yOnYyOpK5MjAyNi0xMC0yOFQxMTowMjozMVo='],
    );
    for (const r of server.requests) assert.match(String(r.headers.authorization), new RegExp(`^token ${TOKEN}$`));
  });

  it('the hostile PR title stays data; merged reviews of one PR become one candidate suggesting code review and mentorship', async () => {
    const { items } = await fetchGitHubActivity(Q4, options());
    assert.ok(items.some((a) => a.title.startsWith('Fix <img src=x onerror=alert(1)>')));
    const candidates = activityCandidates(items, new Set());
    const shop57 = candidates.filter((c) => c.key === 'pr:github.com/acme/shop#57');
    assert.equal(shop57.length, 1);
    assert.equal(shop57[0]!.activity.type === 'review' && shop57[0]!.activity.state, 'changesRequested');
    assert.deepEqual(shop57[0]!.notability.suggestedCompetencies, ['code-review', 'mentorship']);
    assert.ok(!candidates.some((c) => c.key === 'pr:github.com/acme/platform#315'), 'a bare approval is not offered on its own');
    assert.ok(
      !activityCandidates(items, new Set(['pr:github.com/acme/shop#42'])).some((c) => c.key === 'pr:github.com/acme/shop#42'),
      'a logged PR is not offered again',
    );
  });

  it('splits a range over one year into yearly calls (the API refuses more than a year)', async () => {
    const range = { since: new Date('2024-06-01T00:00:00Z'), until: new Date('2026-12-01T00:00:00Z') };
    assert.deepEqual(
      yearlyWindows(range.since, range.until).map((w) => w.from.toISOString().slice(0, 10)),
      ['2024-06-01', '2025-06-01', '2026-06-01'],
    );
    const { items, problem } = await fetchGitHubActivity(range, options());
    assert.equal(problem, undefined);
    assert.equal(items.filter((a) => a.type === 'review').length, 5, 'each review once, from the window holding it');
  });

  it('a GraphQL error body: one clear message, the pages fetched before it kept', async () => {
    server.fail((r) => r.body.includes('"cursor":"Y3'), server.github['graphql-error']!);
    const { items, problem } = await fetchGitHubActivity(Q4, options());
    assert.equal(problem?.kind, 'badResponse');
    assert.equal(problem.message, "GitHub answered with an error: Could not resolve to a User with the login of 'ghost'.");
    assert.equal(items.length, 3, 'page 1 of the reviews is kept');
  });

  it('401: "sign-in expired", no retry', async () => {
    server.fail('/graphql', server.github.unauthorized!, 5);
    const { items, problem } = await fetchGitHubActivity(Q4, options());
    assert.equal(problem?.kind, 'signedOut');
    assert.match(problem.message, /GitHub sign-in has expired or was revoked\. Run "Impact Journal: Connect GitHub"/);
    assert.equal(items.length, 0);
    assert.equal(graphqlCalls(), 1);
  });

  it('403 primary rate limit resetting in an hour: "rate limited until HH:MM" from x-ratelimit-reset, no wait', async () => {
    const reset = epoch(3600_000);
    server.fail((r) => r.body.includes('pullRequestContributions'), withHeaders(server.github['rate-limited']!, { RESET: reset }), 5);
    const { items, problem } = await fetchGitHubActivity(Q4, options());
    assert.equal(problem?.kind, 'rateLimited');
    assert.equal(problem.resetAt?.getTime(), Number(reset) * 1000);
    const hhmm = `${String(problem.resetAt.getHours()).padStart(2, '0')}:${String(problem.resetAt.getMinutes()).padStart(2, '0')}`;
    assert.equal(problem.message, `GitHub rate limit reached: try again after ${hhmm}.`);
    assert.equal(items.length, 5, 'the reviews fetched before are kept');
    assert.equal(graphqlCalls(), 3);
  });

  it('a RATE_LIMITED GraphQL error (HTTP 200) resetting in an hour: "rate limited until HH:MM", not "does not understand"', async () => {
    const reset = epoch(3600_000);
    server.fail('/graphql', withHeaders(server.github['graphql-rate-limited']!, { RESET: reset }), 5);
    const { problem } = await fetchGitHubActivity(Q4, options());
    assert.equal(problem?.kind, 'rateLimited');
    assert.equal(problem.resetAt?.getTime(), Number(reset) * 1000);
  });

  it('a primary limit that resets within a second is waited out and retried once', async () => {
    server.fail('/graphql', withHeaders(server.github['rate-limited']!, { RESET: epoch(1000) }), 1);
    const { items, problem } = await fetchGitHubActivity(Q4, options());
    assert.equal(problem, undefined);
    assert.equal(items.length, 7);
    assert.equal(graphqlCalls(), 4);
  });

  it('429 secondary limit: a short retry-after is honoured and retried; a long one is reported with its time', async () => {
    server.fail('/graphql', withHeaders(server.github['secondary-limit']!, { RETRY: '1' }), 1);
    let result = await fetchGitHubActivity(Q4, options());
    assert.equal(result.problem, undefined);
    assert.equal(graphqlCalls(), 4);
    server.reset();
    const before = Date.now();
    server.fail('/graphql', withHeaders(server.github['secondary-limit']!, { RETRY: '3600' }), 5);
    result = await fetchGitHubActivity(Q4, options());
    assert.equal(result.problem?.kind, 'rateLimited');
    assert.ok(Math.abs(result.problem.resetAt!.getTime() - (before + 3600_000)) < 5000);
    assert.equal(graphqlCalls(), 1);
  });

  it('5xx: retried (twice), then "not answering" with what was fetched', async () => {
    server.fail('/graphql', server.github['server-error']!, 2);
    assert.equal((await fetchGitHubActivity(Q4, options())).problem, undefined, 'two 502s are retried away');
    server.reset();
    server.fail((r) => r.body.includes('pullRequestContributions'), server.github['server-error']!, 3);
    const { items, problem } = await fetchGitHubActivity(Q4, options());
    assert.equal(problem?.kind, 'unreachable');
    assert.equal(problem.message, 'GitHub is not answering (HTTP 502). Try again later.');
    assert.equal(items.length, 5);
    assert.equal(graphqlCalls(), 2 + 3);
  });

  it('a request that never answers times out: "unreachable", after retries', async () => {
    server.fail('/graphql', 'hang', 3);
    const { problem } = await fetchGitHubActivity(Q4, options({ timeoutMs: 150 }));
    assert.equal(problem?.kind, 'unreachable');
    assert.equal(problem.message, 'GitHub is unreachable (no answer in time). Check your connection and try again.');
  });

  it('no server at all: "unreachable (network error)"', async () => {
    const { problem } = await fetchGitHubActivity(Q4, options({ baseUrl: 'http://127.0.0.1:9' }));
    assert.equal(problem?.kind, 'unreachable');
    assert.match(problem.message, /^GitHub is unreachable \(network error\)/);
  });

  it('malformed JSON: "a response Impact Journal does not understand"', async () => {
    server.fail('/graphql', server.github.malformed!);
    const { problem } = await fetchGitHubActivity(Q4, options());
    assert.equal(problem?.kind, 'badResponse');
    assert.equal(problem.message, 'GitHub sent a response Impact Journal does not understand.');
  });

  it('an item with a javascript: URL is dropped, the rest kept', async () => {
    const page = structuredClone(server.github['reviews-page-1']);
    const body = page!.body as {
      data: { viewer: { contributionsCollection: { pullRequestReviewContributions: { nodes: Array<{ pullRequest: { url: string } }> } } } };
    };
    body.data.viewer.contributionsCollection.pullRequestReviewContributions.nodes[0]!.pullRequest.url = 'javascript:alert(1)';
    server.fail((r) => r.body.includes('pullRequestReviewContributions') && r.body.includes('"cursor":null'), page!);
    const { items, problem } = await fetchGitHubActivity(Q4, options());
    assert.equal(problem, undefined);
    assert.ok(!items.some((a) => a.url.startsWith('javascript:')));
    assert.equal(items.length, 6);
  });

  it('cancelling stops the running request and throws (not reported as a problem)', async () => {
    server.fail('/graphql', 'hang', 1);
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 50);
    await assert.rejects(fetchGitHubActivity(Q4, options({ signal: abort.signal, timeoutMs: 10_000 })), (err: Error) => err.name === 'AbortError');
  });

  it('GitHub Enterprise Server: GraphQL at /api/graphql, repositories named under the Enterprise host', async () => {
    const { items, problem } = await fetchGitHubActivity(
      Q4,
      options({ provider: 'github-enterprise', baseUrl: `${server.url}/api/v3`, webHost: 'GHE.Example.com' }),
    );
    assert.equal(problem, undefined);
    assert.ok(server.requests.every((r) => r.path === '/api/graphql'));
    assert.ok(items.every((a) => a.repo.startsWith('ghe.example.com/') && a.provider === 'github-enterprise'));
  });

  it('no problem message or error ever contains the token', async () => {
    const faults = [
      server.github.unauthorized,
      withHeaders(server.github['rate-limited']!, { RESET: epoch(3600_000) }),
      server.github['server-error'],
      server.github.malformed,
      server.github['graphql-error'],
    ];
    for (const fault of faults) {
      server.reset();
      server.fail('/graphql', fault!, 5);
      const { problem } = await fetchGitHubActivity(Q4, options());
      assert.ok(problem);
      assert.ok(!`${problem.message} ${JSON.stringify(problem)} ${problem.stack ?? ''}`.includes(TOKEN));
    }
  });
});
