/**
 * Pull-request activity — reviews the user gave and pull requests (GitLab: merge requests) they
 * authored and merged — as one normalized, zod-validated list, and its journal candidates.
 *
 * The clients in src/activity produce `Activity` items; this module decides which are worth
 * logging and why (in the same `Notability` terms as commits), so a PR logged once is not offered
 * again, and neither are the commits that carry its number.
 */
import * as l10n from '@vscode/l10n';
import { parseISO } from 'date-fns';
import { dayLabel } from './dateLabels';
import * as z from 'zod';
import { IsoTimestamp, sourceKey, WebUrl, type PullRequestSource } from './model';
import type { Notability, Signal } from './notability';

/** Where an activity comes from: github.com, a GitHub Enterprise Server, or a GitLab instance. */
export const ActivityProvider = z.enum(['github', 'github-enterprise', 'gitlab']);
export type ActivityProvider = z.infer<typeof ActivityProvider>;

/** Normalized review states (GitHub `PullRequestReviewState`; GitLab approvals and MR comments). */
export const ReviewState = z.enum(['approved', 'changesRequested', 'commented', 'dismissed']);
export type ReviewState = z.infer<typeof ReviewState>;

const common = {
  provider: ActivityProvider,
  /** Normalized repository name, `host/owner/name` (same form as `CommitSource.repo`). */
  repo: z.string().min(1),
  number: z.number().int().positive(),
  title: z.string(),
  url: WebUrl,
};

/** A review the user submitted on someone's pull request. Several reviews of one PR are merged by `mergeReviews`. */
export const ReviewActivity = z.object({
  type: z.literal('review'),
  ...common,
  state: ReviewState,
  /** Review comments written (inline comments; GitLab: MR notes). */
  comments: z.number().int().nonnegative(),
  /** ISO timestamp of the (latest) review. */
  submittedAt: IsoTimestamp,
});
export type ReviewActivity = z.infer<typeof ReviewActivity>;

/** A pull request the user authored that was merged. Sizes are lines; GitLab's list API does not give them. */
export const MergedActivity = z.object({
  type: z.literal('merged'),
  ...common,
  /** ISO timestamp of the merge. */
  mergedAt: IsoTimestamp,
  additions: z.number().int().nonnegative().optional(),
  deletions: z.number().int().nonnegative().optional(),
});
export type MergedActivity = z.infer<typeof MergedActivity>;

/** One item of pull-request activity. */
export const Activity = z.discriminatedUnion('type', [ReviewActivity, MergedActivity]);
export type Activity = z.infer<typeof Activity>;

/** The items of `items` that pass the `Activity` schema (e.g. an http(s) URL); the rest are dropped. */
export function validActivities(items: readonly unknown[]): Activity[] {
  return items.flatMap((item) => {
    const parsed = Activity.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** ISO timestamp at which the activity happened (review submitted, PR merged). */
export function activityTime(activity: Activity): string {
  return activity.type === 'review' ? activity.submittedAt : activity.mergedAt;
}

const STATE_RANK: Record<ReviewState, number> = { dismissed: 0, commented: 1, approved: 2, changesRequested: 3 };

/**
 * Merges the reviews of one PR into one item: the strongest state (changes requested > approved >
 * commented > dismissed), the sum of comments and the latest time. Other activity passes through;
 * duplicates (same type, repo and number) are dropped.
 */
export function mergeReviews(activities: readonly Activity[]): Activity[] {
  const out = new Map<string, Activity>();
  for (const a of activities) {
    const key = `${a.type}:${a.repo}#${a.number}`;
    const seen = out.get(key);
    if (!seen) out.set(key, a);
    else if (seen.type === 'review' && a.type === 'review') {
      out.set(key, {
        ...seen,
        state: STATE_RANK[a.state] > STATE_RANK[seen.state] ? a.state : seen.state,
        comments: seen.comments + a.comments,
        submittedAt: a.submittedAt > seen.submittedAt ? a.submittedAt : seen.submittedAt,
      });
    }
  }
  return [...out.values()];
}

/** Lines changed at or above which a merged PR is called large (same scale as the commit size signal). */
export const LARGE_PULL_REQUEST_LINES = 400;

const REVIEW_COMPETENCIES = ['code-review', 'mentorship'] as const;

/**
 * Why an activity is worth logging. A merged PR is always notable (a unit of shipped work); a
 * review is notable when it asked for changes or left comments — a bare approval is evidence in
 * aggregate, not a story of its own.
 */
export function activityNotability(activity: Activity): Notability {
  const signals: Signal[] = [];
  const gitlab = activity.provider === 'gitlab';
  if (activity.type === 'merged') {
    const when = dayLabel(parseISO(activity.mergedAt));
    const reason = gitlab
      ? l10n.t('Your merge request !{0} was merged on {1}.', activity.number, when)
      : l10n.t('Your pull request #{0} was merged on {1}.', activity.number, when);
    signals.push({ id: 'prMerged', weight: 4, reason, competencies: ['execution-delivery'] });
    const lines = (activity.additions ?? 0) + (activity.deletions ?? 0);
    if (lines >= LARGE_PULL_REQUEST_LINES) {
      signals.push({
        id: 'size',
        weight: 2,
        reason: l10n.t('Large change: +{0} −{1} lines.', activity.additions ?? 0, activity.deletions ?? 0),
        competencies: ['impact-ownership'],
      });
    }
  } else {
    const weight = activity.state === 'changesRequested' || activity.comments > 0 ? 4 : 1;
    signals.push({ id: 'review', weight, reason: reviewReason(activity), competencies: [...REVIEW_COMPETENCIES] });
    if (activity.comments >= 5) {
      signals.push({ id: 'thoroughReview', weight: 1, reason: l10n.t('A thorough review: five or more comments.'), competencies: ['mentorship'] });
    }
  }
  const score = signals.reduce((sum, s) => sum + s.weight, 0);
  const suggested = activity.type === 'review' ? [...REVIEW_COMPETENCIES] : [...new Set(signals.flatMap((s) => s.competencies))].slice(0, 3);
  return { score, notable: score >= 4, signals, suggestedCompetencies: suggested };
}

/**
 * What a review did, on which pull request (GitLab: merge request), e.g. "You requested changes
 * with 3 comments on pull request #42." Each variant is one whole message for translators.
 */
function reviewReason(review: ReviewActivity): string {
  const n = review.comments;
  const number = review.number;
  const one = n === 1;
  if (review.provider === 'gitlab') {
    switch (review.state) {
      case 'changesRequested':
        return one
          ? l10n.t('You requested changes with 1 comment on merge request !{0}.', number)
          : l10n.t('You requested changes with {0} comments on merge request !{1}.', n, number);
      case 'approved':
        if (n === 0) return l10n.t('You approved it on merge request !{0}.', number);
        return one
          ? l10n.t('You approved it after 1 comment on merge request !{0}.', number)
          : l10n.t('You approved it after {0} comments on merge request !{1}.', n, number);
      case 'commented':
        return one
          ? l10n.t('You reviewed it with 1 comment on merge request !{0}.', number)
          : l10n.t('You reviewed it with {0} comments on merge request !{1}.', n, number);
      case 'dismissed':
        return l10n.t('Your review was dismissed on merge request !{0}.', number);
    }
  }
  switch (review.state) {
    case 'changesRequested':
      return one
        ? l10n.t('You requested changes with 1 comment on pull request #{0}.', number)
        : l10n.t('You requested changes with {0} comments on pull request #{1}.', n, number);
    case 'approved':
      if (n === 0) return l10n.t('You approved it on pull request #{0}.', number);
      return one
        ? l10n.t('You approved it after 1 comment on pull request #{0}.', number)
        : l10n.t('You approved it after {0} comments on pull request #{1}.', n, number);
    case 'commented':
      return one
        ? l10n.t('You reviewed it with 1 comment on pull request #{0}.', number)
        : l10n.t('You reviewed it with {0} comments on pull request #{1}.', n, number);
    case 'dismissed':
      return l10n.t('Your review was dismissed on pull request #{0}.', number);
  }
}

/** The journal source an entry logged from `activity` keeps. */
export function activitySource(activity: Activity): PullRequestSource {
  return {
    type: 'pullRequest',
    provider: activity.provider,
    repo: activity.repo,
    number: activity.number,
    title: activity.title,
    url: activity.url,
    role: activity.type === 'review' ? 'reviewer' : 'author',
    state: activity.type === 'review' ? activity.state : 'merged',
  };
}

/** A notable PR offered for logging. */
export interface ActivityCandidate {
  readonly type: 'activity';
  /** `sourceKey` of its source. */
  readonly key: string;
  readonly repo: string;
  readonly activity: Activity;
  readonly notability: Notability;
  readonly source: PullRequestSource;
}

/**
 * Notable activity not yet logged or dismissed (`handled`: keys from `handledKeys`), reviews of
 * one PR merged, newest first.
 */
export function activityCandidates(activities: readonly Activity[], handled: ReadonlySet<string>): ActivityCandidate[] {
  const out: ActivityCandidate[] = [];
  const merged = mergeReviews(activities);
  // the user's own PR: comments they wrote on it (GitLab lists them as MR notes) are not reviews
  const authored = new Set(merged.filter((a) => a.type === 'merged').map((a) => sourceKey(activitySource(a))));
  const seen = new Set<string>();
  for (const activity of merged) {
    const source = activitySource(activity);
    const key = sourceKey(source)!;
    if (handled.has(key) || seen.has(key) || (activity.type === 'review' && authored.has(key))) continue;
    seen.add(key);
    const notability = activityNotability(activity);
    if (!notability.notable) continue;
    out.push({ type: 'activity', key, repo: activity.repo, activity, notability, source });
  }
  return out.sort((a, b) => parseISO(activityTime(b.activity)).getTime() - parseISO(activityTime(a.activity)).getTime());
}
