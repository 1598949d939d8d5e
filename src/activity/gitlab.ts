/**
 * GitLab client (gitlab.com or any self-managed base URL): the user's merge-request reviews and
 * their merged merge requests in a date range, through the REST API v4 with a personal access
 * token (scope `read_api`).
 *
 * - Reviews: the events API, `GET /events?action=approved&target_type=merge_request` and
 *   `GET /events?action=commented&target_type=note` (notes on merge requests), grouped per MR.
 *   `after`/`before` are exclusive dates (GitLab docs, "Events API").
 * - Merged MRs the user authored: `GET /merge_requests?scope=created_by_me&state=merged` (the
 *   events API's `merged` action names whoever pressed merge, not the author).
 * - Paged with `per_page=100` (GitLab's maximum) following `x-next-page`.
 * - 429 and 5xx are retried by ky (2 retries; `Retry-After` honoured up to `maxWaitSeconds`),
 *   anything longer stops with "rate limited until HH:MM".
 * Whatever was fetched before a failure is returned with the problem.
 */
import * as l10n from '@vscode/l10n';
import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import * as z from 'zod';
import { validActivities, type Activity } from '../core/activity';
import { ActivityError, isAbort, rateLimitedError, resetFromHeaders, type ActivityResult } from './errors';

/** How to reach one GitLab instance. */
export interface GitLabClientOptions {
  /** Web base URL of the instance, e.g. `https://gitlab.com` or `https://gitlab.example.com`. */
  readonly baseUrl: string;
  /** Personal access token from SecretStorage. Never logged or put in an error. */
  readonly token: string;
  readonly signal?: AbortSignal;
  /** Per-request timeout, ms (default 30,000). */
  readonly timeoutMs?: number;
  /** Longest `Retry-After` retried instead of reported, seconds (default 60). */
  readonly maxWaitSeconds?: number;
  /** Unit of retry delays, ms (default 1,000). */
  readonly retryBaseMs?: number;
  /** Called after each page with the number of items so far. */
  readonly onProgress?: (items: number) => void;
}

const Event = z.object({
  project_id: z.number().int(),
  action_name: z.string(),
  target_iid: z.number().int().nullable().optional(),
  target_type: z.string().nullable(),
  target_title: z.string().nullable(),
  created_at: z.string(),
  note: z.object({ noteable_type: z.string(), noteable_iid: z.number().int().nullable().optional() }).optional(),
});
const Events = z.array(Event);
const MergeRequests = z.array(
  z.object({
    iid: z.number().int().positive(),
    title: z.string(),
    web_url: z.string(),
    merged_at: z.string().nullable(),
    references: z.object({ full: z.string() }),
  }),
);
const Project = z.object({ id: z.number().int(), path_with_namespace: z.string().min(1), web_url: z.string() });

/** The user-facing problem for an error from ky or the schemas. Throws the error again if it is a cancellation. */
export function gitlabProblem(err: unknown, host: string, signal?: AbortSignal): ActivityError {
  if (isAbort(err, signal)) throw err;
  const service = `GitLab (${host})`;
  if (err instanceof ActivityError) return err;
  if (err instanceof HTTPError) {
    const status = err.response.status;
    const headers = Object.fromEntries(err.response.headers.entries());
    if (status === 401)
      return new ActivityError(
        'signedOut',
        l10n.t('{0} refused your access token (expired or revoked). Run "Impact Journal: Connect GitLab" to enter a new one.', service),
      );
    if (status === 429 || (status === 403 && headers['ratelimit-remaining'] === '0')) {
      return rateLimitedError(service, resetFromHeaders(headers) ?? new Date(Date.now() + 60_000));
    }
    if (status === 403) return new ActivityError('forbidden', l10n.t('{0} refused access (403). The token needs the read_api scope.', service));
    if (status >= 500) return new ActivityError('unreachable', l10n.t('{0} is not answering (HTTP {1}). Try again later.', service, status));
    return new ActivityError('badResponse', l10n.t('{0} refused the request (HTTP {1}).', service, status));
  }
  if (err instanceof TimeoutError) return new ActivityError('unreachable', l10n.t('{0} is unreachable (no answer in time). Try again later.', service));
  const cause = err instanceof TypeError ? (err as { cause?: unknown }).cause : undefined;
  if (err instanceof TypeError && /redirect/i.test(cause instanceof Error ? cause.message : err.message)) {
    return new ActivityError(
      'badResponse',
      l10n.t({
        message: "{0} answered with a redirect, which Impact Journal does not follow with your token. Connect GitLab again with the instance's final URL.",
        args: [service],
        comment: ['{0} is the GitLab instance, e.g. "GitLab (gitlab.example.com)"'],
      }),
    );
  }
  if (err instanceof TypeError)
    return new ActivityError('unreachable', l10n.t('{0} is unreachable (network error). Check your connection and the URL.', service));
  return new ActivityError('badResponse', l10n.t('{0} sent a response Impact Journal does not understand.', service));
}

function createClient(options: GitLabClientOptions): KyInstance {
  const base = options.retryBaseMs ?? 1000;
  const maxWait = options.maxWaitSeconds ?? 60;
  return ky.create({
    prefixUrl: `${options.baseUrl.replace(/\/+$/, '')}/api/v4`,
    // never follow a redirect: fetch would carry the PRIVATE-TOKEN header to whatever host it names
    redirect: 'error',
    headers: { 'PRIVATE-TOKEN': options.token, 'user-agent': 'impact-journal' },
    timeout: options.timeoutMs ?? 30_000,
    signal: options.signal,
    retry: {
      limit: 2,
      methods: ['get'],
      statusCodes: [408, 429, 500, 502, 503, 504],
      afterStatusCodes: [429, 503],
      delay: (attempt) => base * 4 ** (attempt - 1),
      // a wait longer than maxWaitSeconds is reported ("rate limited until HH:MM"), not sat through
      shouldRetry: ({ error }) => {
        if (!(error instanceof HTTPError)) return undefined;
        const reset = resetFromHeaders(Object.fromEntries(error.response.headers.entries()));
        return reset && reset.getTime() - Date.now() > maxWait * 1000 ? false : undefined;
      },
    },
  });
}

/** Every page of `path` (GitLab offset pagination, `x-next-page`), validated with `schema`. */
async function* pages<T>(api: KyInstance, path: string, searchParams: Record<string, string>, schema: z.ZodType<T[]>): AsyncGenerator<T[]> {
  for (let page = '1'; page; ) {
    const response = await api.get(path, { searchParams: { ...searchParams, per_page: '100', page } });
    yield schema.parse(JSON.parse(await response.text()));
    page = response.headers.get('x-next-page') ?? '';
  }
}

/**
 * The user's MR reviews (approvals and comments, one item per MR) and authored MRs merged between
 * `since` and `until`. Never throws for an HTTP, network or response problem: it returns what it
 * fetched and the problem. Throws only when cancelled through `options.signal`.
 */
export async function fetchGitLabActivity(range: { since: Date; until: Date }, options: GitLabClientOptions): Promise<ActivityResult<Activity>> {
  const api = createClient(options);
  const host = new URL(options.baseUrl).hostname.toLowerCase();
  const items: Activity[] = [];
  const inRange = (iso: string): boolean => {
    const t = new Date(iso);
    return t >= range.since && t < range.until;
  };
  const projects = new Map<number, z.infer<typeof Project>>();
  const project = async (id: number): Promise<z.infer<typeof Project>> => {
    let p = projects.get(id);
    if (!p) {
      p = Project.parse(await api.get(`projects/${id}`).json());
      projects.set(id, p);
    }
    return p;
  };
  // GitLab reads these dates as UTC days: the UTC day before `since` and after `until`, whatever
  // the local time zone (a local date would drop the first hours of the range east of UTC)
  const utcDay = (d: Date, days: number): string => new Date(d.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  const window = { after: utcDay(range.since, -1), before: utcDay(range.until, 1), sort: 'asc' };
  /** Reviews by `projectId!iid`, complete as far as fetched (so a failure keeps them). */
  const reviews = new Map<string, Extract<Activity, { type: 'review' }>>();
  const note = async (projectId: number, iid: number, title: string, at: string, approved: boolean): Promise<void> => {
    const key = `${projectId}!${iid}`;
    const seen = reviews.get(key);
    const submittedAt = new Date(at).toISOString();
    if (seen) {
      reviews.set(key, {
        ...seen,
        state: approved || seen.state === 'approved' ? 'approved' : 'commented',
        comments: seen.comments + (approved ? 0 : 1),
        submittedAt: submittedAt > seen.submittedAt ? submittedAt : seen.submittedAt,
      });
      return;
    }
    const p = await project(projectId);
    reviews.set(key, {
      type: 'review',
      provider: 'gitlab',
      repo: `${host}/${p.path_with_namespace}`,
      number: iid,
      title,
      url: `${p.web_url.replace(/\/+$/, '')}/-/merge_requests/${iid}`,
      state: approved ? 'approved' : 'commented',
      comments: approved ? 0 : 1,
      submittedAt,
    });
  };
  try {
    for await (const events of pages(api, 'events', { ...window, action: 'approved', target_type: 'merge_request' }, Events)) {
      for (const e of events) if (e.target_iid && inRange(e.created_at)) await note(e.project_id, e.target_iid, e.target_title ?? '', e.created_at, true);
      options.onProgress?.(reviews.size);
    }
    for await (const events of pages(api, 'events', { ...window, action: 'commented', target_type: 'note' }, Events)) {
      for (const e of events) {
        if (e.note?.noteable_type !== 'MergeRequest' || !e.note.noteable_iid || !inRange(e.created_at)) continue;
        await note(e.project_id, e.note.noteable_iid, e.target_title ?? '', e.created_at, false);
      }
      options.onProgress?.(reviews.size);
    }
    const merged = { scope: 'created_by_me', state: 'merged', updated_after: range.since.toISOString(), order_by: 'updated_at', sort: 'asc' };
    for await (const mrs of pages(api, 'merge_requests', merged, MergeRequests)) {
      for (const mr of mrs) {
        if (!mr.merged_at || !inRange(mr.merged_at)) continue;
        const path = mr.references.full.replace(/![0-9]+$/, '');
        items.push({
          type: 'merged',
          provider: 'gitlab',
          repo: `${host}/${path}`,
          number: mr.iid,
          title: mr.title,
          url: mr.web_url,
          mergedAt: new Date(mr.merged_at).toISOString(),
        });
      }
      options.onProgress?.(reviews.size + items.length);
    }
    return { items: validActivities([...reviews.values(), ...items]) };
  } catch (err) {
    return { items: validActivities([...reviews.values(), ...items]), problem: gitlabProblem(err, host, options.signal) };
  }
}
