/**
 * GitHub and GitHub Enterprise Server client: the user's reviews given and pull requests merged in
 * a date range, from GraphQL `viewer.contributionsCollection(from, to)` through Octokit.
 *
 * Rules this follows (GitHub GraphQL docs, "Objects: ContributionsCollection" and "Rate limits and
 * query limits for the GraphQL API"):
 * - `from`…`to` may span at most one year, so longer ranges are split into yearly calls;
 * - connections are paged with `first: 100` (the maximum) and `after: $cursor`;
 * - primary limits (403/429 with `x-ratelimit-remaining: 0`, or a `RATE_LIMITED` GraphQL error) and
 *   secondary limits (403/429 with `retry-after`) are handled by @octokit/plugin-throttling: a wait
 *   of at most `maxWaitSeconds` is retried, a longer one stops with "rate limited until HH:MM";
 * - 5xx and network errors are retried by @octokit/plugin-retry (2 retries, 1 s then 4 s).
 * Whatever was fetched before a failure is returned with the problem.
 */
import * as l10n from '@vscode/l10n';
import { Octokit } from '@octokit/core';
import { RequestError } from '@octokit/request-error';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { addDays, min as minDate, subDays } from 'date-fns';
import * as z from 'zod';
import { validActivities, type Activity, type ActivityProvider, type ReviewState } from '../core/activity';
import { ActivityError, isAbort, rateLimitedError, resetFromHeaders, type ActivityResult } from './errors';

/** Reviews the viewer submitted in `$from`…`$to` (at most one year), one page. */
export const REVIEWS_QUERY = /* GraphQL */ `
  query ImpactJournalReviews($from: DateTime!, $to: DateTime!, $cursor: String) {
    viewer {
      contributionsCollection(from: $from, to: $to) {
        pullRequestReviewContributions(first: 100, after: $cursor) {
          pageInfo { hasNextPage endCursor }
          nodes {
            occurredAt
            pullRequestReview { state submittedAt comments { totalCount } }
            pullRequest { number title url repository { nameWithOwner } }
          }
        }
      }
    }
  }
`;

/** Pull requests the viewer opened in `$from`…`$to` (at most one year), one page, with merge state and size. */
export const PULL_REQUESTS_QUERY = /* GraphQL */ `
  query ImpactJournalPullRequests($from: DateTime!, $to: DateTime!, $cursor: String) {
    viewer {
      contributionsCollection(from: $from, to: $to) {
        pullRequestContributions(first: 100, after: $cursor) {
          pageInfo { hasNextPage endCursor }
          nodes {
            pullRequest { number title url merged mergedAt additions deletions repository { nameWithOwner } }
          }
        }
      }
    }
  }
`;

const PageInfo = z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() });
const PullRequestRef = z.object({
  number: z.number().int().positive(),
  title: z.string(),
  url: z.string(),
  repository: z.object({ nameWithOwner: z.string().min(3) }),
});

const ReviewsPage = z.object({
  viewer: z.object({
    contributionsCollection: z.object({
      pullRequestReviewContributions: z.object({
        pageInfo: PageInfo,
        nodes: z.array(
          z
            .object({
              occurredAt: z.string(),
              pullRequestReview: z.object({
                state: z.enum(['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING']),
                submittedAt: z.string().nullable(),
                comments: z.object({ totalCount: z.number().int().nonnegative() }),
              }),
              pullRequest: PullRequestRef,
            })
            .nullable(),
        ),
      }),
    }),
  }),
});

const PullRequestsPage = z.object({
  viewer: z.object({
    contributionsCollection: z.object({
      pullRequestContributions: z.object({
        pageInfo: PageInfo,
        nodes: z.array(
          z
            .object({
              pullRequest: PullRequestRef.extend({
                merged: z.boolean(),
                mergedAt: z.string().nullable(),
                additions: z.number().int().nonnegative(),
                deletions: z.number().int().nonnegative(),
              }),
            })
            .nullable(),
        ),
      }),
    }),
  }),
});

/** How to reach one GitHub (github.com or an Enterprise Server). */
export interface GitHubClientOptions {
  readonly provider: Extract<ActivityProvider, 'github' | 'github-enterprise'>;
  /** REST base URL: `https://api.github.com`, or `https://HOST/api/v3` for Enterprise Server (GraphQL is then `https://HOST/api/graphql`). */
  readonly baseUrl: string;
  /** Host repositories are named under (`github.com` or the Enterprise host), for `Activity.repo`. */
  readonly webHost: string;
  /** OAuth token of the user's VS Code authentication session. Never logged or put in an error. */
  readonly token: string;
  /** Cancels the fetch (the running request is aborted). */
  readonly signal?: AbortSignal;
  /** Per-request timeout, ms (default 30,000). */
  readonly timeoutMs?: number;
  /** Longest rate-limit wait retried instead of reported, seconds (default 60). */
  readonly maxWaitSeconds?: number;
  /** Unit of retry delays, ms (default 1,000; tests use less). */
  readonly retryBaseMs?: number;
  /** Minimum gap between GraphQL requests, ms (default 1,000, the throttling plugin's rule for GitHub). */
  readonly minGapMs?: number;
  /** Called after each page with the number of items so far (for progress). */
  readonly onProgress?: (items: number) => void;
}

/** Name of the service in messages. */
function serviceName(provider: GitHubClientOptions['provider']): string {
  return provider === 'github' ? 'GitHub' : 'GitHub Enterprise';
}

const ThrottledOctokit = Octokit.plugin(throttling, retry);

function createOctokit(options: GitHubClientOptions): InstanceType<typeof ThrottledOctokit> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxWait = options.maxWaitSeconds ?? 60;
  const base = options.retryBaseMs ?? 1000;
  const timedFetch: typeof fetch = (input, init) => {
    const signals = [AbortSignal.timeout(timeoutMs), ...(options.signal ? [options.signal] : [])];
    return fetch(input, { ...init, signal: AbortSignal.any(signals) });
  };
  return new ThrottledOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: 'impact-journal',
    request: { fetch: timedFetch },
    log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
    // 403 and 429 belong to the throttling plugin (rate limits); the retry plugin takes 5xx and network errors
    retry: { retries: 2, retryAfterBaseValue: base, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: {
      retryAfterBaseValue: base,
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.minGapMs ?? 1000 }),
      onRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < 1 && retryAfter <= maxWait,
      onSecondaryRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < 2 && retryAfter <= maxWait,
    },
  });
}

/** The user-facing problem for an error from Octokit. Throws the error again if it is a cancellation. */
export function githubProblem(err: unknown, provider: GitHubClientOptions['provider'], signal?: AbortSignal): ActivityError {
  if (isAbort(err, signal)) throw err;
  const service = serviceName(provider);
  if (err instanceof ActivityError) return err;
  if (err instanceof RequestError) {
    const headers = err.response?.headers ?? {};
    if (err.status === 401) {
      return new ActivityError(
        'signedOut',
        provider === 'github'
          ? l10n.t('Your GitHub sign-in has expired or was revoked. Run "Impact Journal: Connect GitHub" to sign in again.')
          : l10n.t('Your GitHub Enterprise sign-in has expired or was revoked. Run "Impact Journal: Connect GitHub Enterprise" to sign in again.'),
      );
    }
    if (
      (err.status === 403 || err.status === 429) &&
      (headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined || /rate limit/i.test(err.message))
    ) {
      return rateLimitedError(service, resetFromHeaders(headers) ?? new Date(Date.now() + 60_000));
    }
    if (err.status === 403)
      return new ActivityError(
        'forbidden',
        l10n.t({
          message: "{0} refused access (403). Check that your sign-in may read your organization's repositories (SSO).",
          args: [service],
          comment: ['{0} is GitHub or GitHub Enterprise'],
        }),
      );
    if (err.response === undefined) {
      return new ActivityError(
        'unreachable',
        /timeout/i.test(err.message)
          ? l10n.t('{0} is unreachable (no answer in time). Check your connection and try again.', service)
          : l10n.t('{0} is unreachable (network error). Check your connection and try again.', service),
      );
    }
    if (err.status >= 500) return new ActivityError('unreachable', l10n.t('{0} is not answering (HTTP {1}). Try again later.', service, err.status));
    return new ActivityError('badResponse', l10n.t('{0} refused the request (HTTP {1}).', service, err.status));
  }
  // GraphqlResponseError has `errors` and `headers`; the throttling plugin's "GraphQL Rate Limit Exceeded" has `data.errors` and `response.headers`
  const withErrors = err as {
    name?: string;
    errors?: Array<{ type?: string; message?: string }>;
    headers?: Record<string, string>;
    data?: { errors?: Array<{ type?: string; message?: string }> };
    response?: { headers?: Record<string, string> };
  };
  if (withErrors.name === 'GraphqlResponseError' || Array.isArray(withErrors.errors) || Array.isArray(withErrors.data?.errors)) {
    const errors = withErrors.errors ?? withErrors.data?.errors ?? [];
    const headers = withErrors.headers ?? withErrors.response?.headers ?? {};
    if (errors.some((e) => e.type === 'RATE_LIMITED')) return rateLimitedError(service, resetFromHeaders(headers) ?? new Date(Date.now() + 60_000));
    const first = (errors[0]?.message ?? 'unknown error').slice(0, 200);
    return new ActivityError('badResponse', l10n.t('{0} answered with an error: {1}', service, first));
  }
  if (err instanceof z.ZodError) return new ActivityError('badResponse', l10n.t('{0} sent a response Impact Journal does not understand.', service));
  if (err instanceof Error && /timeout/i.test(err.name + err.message))
    return new ActivityError('unreachable', l10n.t('{0} is unreachable (no answer in time). Try again later.', service));
  return new ActivityError('badResponse', l10n.t('{0} sent a response Impact Journal does not understand.', service));
}

/** Windows of at most 365 days covering `since`…`until` (the API refuses more than one year per call; 365 days is under a year even across Feb 29). */
export function yearlyWindows(since: Date, until: Date): Array<{ from: Date; to: Date }> {
  const windows: Array<{ from: Date; to: Date }> = [];
  for (let from = since; from < until; ) {
    const to = minDate([addDays(from, 365), until]);
    windows.push({ from, to });
    from = to;
  }
  return windows;
}

const REVIEW_STATES: Record<string, ReviewState | undefined> = {
  APPROVED: 'approved',
  CHANGES_REQUESTED: 'changesRequested',
  COMMENTED: 'commented',
  DISMISSED: 'dismissed',
};

/** Days before `since` also searched for PRs: a PR opened then may be merged inside the range. */
export const OPENED_BEFORE_DAYS = 60;

/**
 * The user's reviews submitted and PRs merged between `since` and `until` (ms precision), newest
 * last. Never throws for an HTTP, network or response problem: it returns what it fetched and the
 * problem. Throws only when cancelled through `options.signal`.
 */
export async function fetchGitHubActivity(range: { since: Date; until: Date }, options: GitHubClientOptions): Promise<ActivityResult<Activity>> {
  const octokit = createOctokit(options);
  const items: Activity[] = [];
  const repo = (nameWithOwner: string): string => `${options.webHost.toLowerCase()}/${nameWithOwner}`;
  const page = async <T>(query: string, schema: z.ZodType<T>, from: Date, to: Date, cursor: string | null): Promise<T> =>
    schema.parse(await octokit.graphql<unknown>(query, { from: from.toISOString(), to: to.toISOString(), cursor }));
  try {
    for (const { from, to } of yearlyWindows(range.since, range.until)) {
      for (let cursor: string | null = null; ; ) {
        const data: z.infer<typeof ReviewsPage> = await page(REVIEWS_QUERY, ReviewsPage, from, to, cursor);
        const conn = data.viewer.contributionsCollection.pullRequestReviewContributions;
        for (const node of conn.nodes) {
          const state = node && REVIEW_STATES[node.pullRequestReview.state];
          if (!node || !state) continue;
          items.push({
            type: 'review',
            provider: options.provider,
            repo: repo(node.pullRequest.repository.nameWithOwner),
            number: node.pullRequest.number,
            title: node.pullRequest.title,
            url: node.pullRequest.url,
            state,
            comments: node.pullRequestReview.comments.totalCount,
            submittedAt: new Date(node.pullRequestReview.submittedAt ?? node.occurredAt).toISOString(),
          });
        }
        options.onProgress?.(items.length);
        if (!conn.pageInfo.hasNextPage || !conn.pageInfo.endCursor) break;
        cursor = conn.pageInfo.endCursor;
      }
    }
    for (const { from, to } of yearlyWindows(subDays(range.since, OPENED_BEFORE_DAYS), range.until)) {
      for (let cursor: string | null = null; ; ) {
        const data: z.infer<typeof PullRequestsPage> = await page(PULL_REQUESTS_QUERY, PullRequestsPage, from, to, cursor);
        const conn = data.viewer.contributionsCollection.pullRequestContributions;
        for (const node of conn.nodes) {
          const pr = node?.pullRequest;
          if (!pr?.merged || !pr.mergedAt) continue;
          const mergedAt = new Date(pr.mergedAt);
          if (mergedAt < range.since || mergedAt >= range.until) continue;
          items.push({
            type: 'merged',
            provider: options.provider,
            repo: repo(pr.repository.nameWithOwner),
            number: pr.number,
            title: pr.title,
            url: pr.url,
            mergedAt: mergedAt.toISOString(),
            additions: pr.additions,
            deletions: pr.deletions,
          });
        }
        options.onProgress?.(items.length);
        if (!conn.pageInfo.hasNextPage || !conn.pageInfo.endCursor) break;
        cursor = conn.pageInfo.endCursor;
      }
    }
    return { items: validActivities(items) };
  } catch (err) {
    return { items: validActivities(items), problem: githubProblem(err, options.provider, options.signal) };
  }
}
