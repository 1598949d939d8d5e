/**
 * The one message a user sees when fetching pull-request activity fails. Messages name the service
 * and what to do; they never contain a token, a request header or a response body beyond the
 * service's own short error text.
 */
import * as l10n from '@vscode/l10n';
import { format } from 'date-fns';

/**
 * Kinds of failure: `signedOut` (401: expired or revoked sign-in / token), `forbidden` (403 that is
 * not a rate limit: missing scope, SSO), `rateLimited` (primary or secondary limit; `resetAt` says
 * until when), `unreachable` (network error, timeout, 5xx), `badResponse` (malformed JSON, an
 * unexpected shape, a GraphQL error body).
 */
export type ActivityProblemKind = 'signedOut' | 'forbidden' | 'rateLimited' | 'unreachable' | 'badResponse';

/** A failed fetch, with a message fit for a notification. */
export class ActivityError extends Error {
  constructor(
    readonly kind: ActivityProblemKind,
    message: string,
    /** For `rateLimited`: when the limit resets. */
    readonly resetAt?: Date,
  ) {
    super(message);
    this.name = 'ActivityError';
  }
}

/** "rate limited until 14:05" style message for `service` (e.g. "GitHub"). */
export function rateLimitedError(service: string, resetAt: Date): ActivityError {
  return new ActivityError('rateLimited', l10n.t('{0} rate limit reached: try again after {1}.', service, format(resetAt, 'HH:mm')), resetAt);
}

/** Reset time from rate-limit response headers, if any: `retry-after` (seconds), `x-ratelimit-reset` (epoch seconds, GitHub) or `ratelimit-reset` (epoch seconds, GitLab). */
export function resetFromHeaders(headers: Readonly<Record<string, string | number | undefined>>, now = new Date()): Date | undefined {
  const retryAfter = Number(headers['retry-after']);
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter)) return new Date(now.getTime() + retryAfter * 1000);
  for (const name of ['x-ratelimit-reset', 'ratelimit-reset']) {
    const epoch = Number(headers[name]);
    if (headers[name] !== undefined && Number.isFinite(epoch) && epoch > 1e9) return new Date(epoch * 1000);
  }
  return undefined;
}

/** True for a cancellation by the user (an aborted signal), which is not a problem to report. */
export function isAbort(err: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || (err instanceof Error && err.name === 'AbortError' && !/timeout/i.test(err.message));
}

/** Result of a fetch: what was fetched, and the problem that stopped it early, if any. */
export interface ActivityResult<T> {
  readonly items: T[];
  readonly problem?: ActivityError;
}
