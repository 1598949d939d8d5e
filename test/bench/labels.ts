/**
 * Label files for judging the notability detector (`npm run eval:notability -- --labels FILE`):
 * one user's pieces of work in one repository over a period, labelled from that repository's own
 * release notes. Committed under test/fixtures/labels/ (the repositories are not: each file names
 * its public source and the commit it was labelled at). Checked with zod when read.
 */
import * as z from 'zod';

/** One release-notes item the user's work made, with the commits that made it. */
export const LabelItem = z.object({
  /** A name for people: the topic branch, `#123`, or the first commit's short SHA. */
  id: z.string(),
  /**
   * What the notes say it is: `feature`, `perf`, `breaking` (these make up recall), `fix` (worthy,
   * not in recall), or `other` (listed, but as a chore, refactor, test, docs or internal work).
   */
  kind: z.enum(['feature', 'perf', 'breaking', 'fix', 'other']),
  /** The release and file that list it, and the section. */
  release: z.string(),
  file: z.string(),
  section: z.string(),
  /** The item's words (or the merge's description), for people. */
  text: z.string(),
  /** Full SHAs of the user's commits that made it. */
  commits: z.array(z.string().regex(/^[0-9a-f]{40,64}$/)).min(1),
});
export type LabelItem = z.infer<typeof LabelItem>;

export const LabelFile = z.object({
  /** Normalized repository name, e.g. `github.com/git/git`. */
  repository: z.string(),
  /** The commit of the mainline the labels were made at (clone the repository and check it exists). */
  head: z.string(),
  /** The user's commit emails. */
  authors: z.array(z.string()).min(1),
  /** The period, `YYYY-MM-DD`, `until` exclusive (author dates, UTC). */
  since: z.string(),
  until: z.string(),
  /**
   * How the set judges the detector: `held-out` (labelled before the detector ever ran on it, and its offers and
   * misses never looked at since: its figures are the ones that count) or `tuning` (looked at while choosing rules
   * and weights). A held-out set that is looked at becomes a tuning set for good.
   */
  use: z.enum(['held-out', 'tuning']),
  /** How the labels were made. */
  method: z.string(),
  /** What a person changed in the draft, and why. */
  reviewed: z.array(z.string()),
  items: z.array(LabelItem),
  /** Full SHAs of the user's commits in the period that the notes do not list. */
  unlisted: z.array(z.string()),
});
export type LabelFile = z.infer<typeof LabelFile>;

/** The kinds of items recall is measured on: features, performance work, breaking changes. */
export const RECALL_KINDS: ReadonlySet<LabelItem['kind']> = new Set(['feature', 'perf', 'breaking']);
/** The kinds an offer is right to point at (precision): those, and fixes. */
export const WORTHY_KINDS: ReadonlySet<LabelItem['kind']> = new Set(['feature', 'perf', 'breaking', 'fix']);

/** What the detector offered: each offer's commits. */
export interface Offer {
  /** The unit's key (units.ts `WorkUnit.key`: `pr:…` for a pull request, `topic:…`, `series:…`). */
  readonly key: string;
  readonly commits: readonly string[];
}

/** The figures of one evaluation. */
export interface Evaluation {
  /** The user's commits in the period. */
  readonly commits: number;
  readonly offers: number;
  /** offers / commits. */
  readonly promptRate: number;
  /** Offers that point at a worthy item. */
  readonly worthyOffers: number;
  /** worthyOffers / offers (1 when nothing is offered). */
  readonly precision: number;
  /** Recall items (features, performance, breaking changes) of the user in the period. */
  readonly recallItems: number;
  /** Those at least one offer points at. */
  readonly recalled: number;
  /** recalled / recallItems (1 when there are none). */
  readonly recall: number;
  /** The most offers that point at one item (1 is right: one offer per thing shipped). */
  readonly maxOffersPerItem: number;
  /**
   * Items more than one offer points at, and of those the ones whose offers are each a pull request of its own (an
   * item that cites several pull requests, zstd's "decoder corner cases (#3669, #3676, #3677, #3937)"), not the commits
   * of one piece of work split over several offers.
   */
  readonly repeatedItems: number;
  readonly repeatedAcrossPullRequests: number;
  /** Ids of the recall items no offer points at, and keys of the offers that point at no worthy item. */
  readonly missed: readonly string[];
  readonly wrong: readonly string[];
}

/** Scores `offers` against `labels` (`commits`: the user's commits in the period, from the same scan). */
export function evaluate(labels: LabelFile, offers: readonly Offer[], commits: number): Evaluation {
  const itemsOf = (offer: Offer): LabelItem[] => labels.items.filter((item) => item.commits.some((c) => offer.commits.includes(c)));
  const worthy = offers.filter((o) => itemsOf(o).some((i) => WORTHY_KINDS.has(i.kind)));
  const recallItems = labels.items.filter((i) => RECALL_KINDS.has(i.kind));
  const recalled = recallItems.filter((i) => offers.some((o) => i.commits.some((c) => o.commits.includes(c))));
  const offersOf = labels.items.map((i) => offers.filter((o) => i.commits.some((c) => o.commits.includes(c))));
  const perItem = offersOf.map((os) => os.length);
  const repeated = offersOf.filter((os) => os.length > 1);
  return {
    commits,
    offers: offers.length,
    promptRate: offers.length / Math.max(commits, 1),
    worthyOffers: worthy.length,
    precision: offers.length ? worthy.length / offers.length : 1,
    recallItems: recallItems.length,
    recalled: recalled.length,
    recall: recallItems.length ? recalled.length / recallItems.length : 1,
    maxOffersPerItem: Math.max(0, ...perItem),
    repeatedItems: repeated.length,
    repeatedAcrossPullRequests: repeated.filter((os) => os.every((o) => o.key.startsWith('pr:'))).length,
    missed: recallItems.filter((i) => !recalled.includes(i)).map((i) => i.id),
    wrong: offers.filter((o) => !worthy.includes(o)).map((o) => o.key),
  };
}

/**
 * The figures of several label sets pooled: counts summed, rates recomputed from the sums (not averaged), the most
 * offers for one item the highest of any set; `missed` and `wrong` joined.
 */
export function pool(evaluations: readonly Evaluation[]): Evaluation {
  const sum = (f: (e: Evaluation) => number): number => evaluations.reduce((n, e) => n + f(e), 0);
  const commits = sum((e) => e.commits);
  const offers = sum((e) => e.offers);
  const worthyOffers = sum((e) => e.worthyOffers);
  const recallItems = sum((e) => e.recallItems);
  const recalled = sum((e) => e.recalled);
  return {
    commits,
    offers,
    promptRate: offers / Math.max(commits, 1),
    worthyOffers,
    precision: offers ? worthyOffers / offers : 1,
    recallItems,
    recalled,
    recall: recallItems ? recalled / recallItems : 1,
    maxOffersPerItem: Math.max(0, ...evaluations.map((e) => e.maxOffersPerItem)),
    repeatedItems: sum((e) => e.repeatedItems),
    repeatedAcrossPullRequests: sum((e) => e.repeatedAcrossPullRequests),
    missed: evaluations.flatMap((e) => e.missed),
    wrong: evaluations.flatMap((e) => e.wrong),
  };
}
