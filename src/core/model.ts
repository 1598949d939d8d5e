/**
 * The journal's data model: zod schemas and the types inferred from them.
 *
 * Every object schema is loose (`z.looseObject`) so that fields written by a newer version of the
 * extension survive a round trip through this one (docs/ARCHITECTURE.md, "The journal file").
 * Custom error messages are functions: they are read (and translated) when a value is checked,
 * not when this module loads.
 */
import * as l10n from '@vscode/l10n';
import * as z from 'zod';
import { MAX_BENEFICIARIES, MAX_LINK_TITLE, MAX_LINKS, MAX_METRIC, MAX_PROJECT, MAX_RESULT } from './evidence';
import { MAX_BODY, MAX_TITLE } from './limits';

/** Current journal file format. Bump with an explicit migration in journalStore.ts. */
export const SCHEMA_VERSION = 1;

/** ISO calendar date, `YYYY-MM-DD` (the day the work happened, in the user's time zone). */
export const IsoDate = z.iso
  .date({ error: () => l10n.t('expected a date as YYYY-MM-DD') })
  .refine((d) => d >= '1970-01-01' && d <= '2999-12-31', { error: () => l10n.t('expected a date between 1970 and 2999') });

/** ISO 8601 timestamp with time and offset, e.g. `2026-11-22T10:15:00.000Z`. */
export const IsoTimestamp = z.iso.datetime({ offset: true });

/** A web link we are willing to open or render: http and https only. */
export const WebUrl = z.url({ protocol: /^https?$/, error: () => l10n.t('expected an http(s) URL') });

/** Entry kinds: what the user achieved for others, or what they learned. */
export const EntryKind = z.enum(['impact', 'learning']);
export type EntryKind = z.infer<typeof EntryKind>;

/** A commit the entry is evidence of. `repo` is the normalized remote (`github.com/owner/name`) or the folder name. */
export const CommitSource = z.looseObject({
  type: z.literal('commit'),
  repo: z.string().min(1),
  sha: z.string().regex(/^[0-9a-f]{7,64}$/, { error: () => l10n.t('expected a hexadecimal commit SHA') }),
  subject: z.string(),
  additions: z.number().int().nonnegative(),
  deletions: z.number().int().nonnegative(),
  files: z.number().int().nonnegative(),
  url: WebUrl.optional(),
});
export type CommitSource = z.infer<typeof CommitSource>;

/** A pull request (or GitLab merge request) the user authored or reviewed. */
export const PullRequestSource = z.looseObject({
  type: z.literal('pullRequest'),
  provider: z.string().min(1),
  repo: z.string().min(1),
  number: z.number().int().positive(),
  title: z.string(),
  url: WebUrl,
  role: z.enum(['author', 'reviewer']),
  state: z.string().optional(),
});
export type PullRequestSource = z.infer<typeof PullRequestSource>;

/** An entry typed in by hand, with no commit or PR behind it. */
export const ManualSource = z.looseObject({ type: z.literal('manual') });
export type ManualSource = z.infer<typeof ManualSource>;

export const Source = z.discriminatedUnion('type', [CommitSource, PullRequestSource, ManualSource]);
export type Source = z.infer<typeof Source>;

/** A measured result (see evidence.ts `MetricValue`, `parseMetric`): before → after with its unit, or a count. */
export const Metric = z.looseObject({
  name: z.string().max(MAX_METRIC),
  before: z.string().min(1).max(MAX_METRIC).optional(),
  after: z.string().min(1).max(MAX_METRIC),
  unit: z.string().max(MAX_METRIC),
});
export type Metric = z.infer<typeof Metric>;

/** A link to evidence outside git (design doc, dashboard, incident review, ticket, recording): http(s) only. */
export const EvidenceLink = z.looseObject({
  title: z.string().trim().min(1).max(MAX_LINK_TITLE),
  url: WebUrl,
});
export type EvidenceLink = z.infer<typeof EvidenceLink>;

/** An issue-tracker key and its link. */
export const Ticket = z.looseObject({
  key: z.string().min(1).max(200),
  url: WebUrl.optional(),
});
export type Ticket = z.infer<typeof Ticket>;

/** One line in the user's career record. `deletedAt` marks a tombstone (kept so deletions merge across machines). */
export const Entry = z.looseObject({
  id: z.uuid(),
  kind: EntryKind,
  title: z
    .string()
    .trim()
    .min(1, { error: () => l10n.t('an entry needs a title') })
    .max(MAX_TITLE),
  body: z.string().max(MAX_BODY),
  competencies: z.array(z.string().min(1)),
  occurredAt: IsoDate,
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
  sources: z.array(Source),
  tags: z.array(z.string()),
  /** Ids of the goals (`JournalFile.goals`) this entry is evidence for. */
  goals: z.array(z.string().min(1)).optional(),
  /** What happened afterwards, in the past tense ("Checkout errors fell to zero; support tickets halved"). */
  result: z.string().trim().min(1).max(MAX_RESULT).optional(),
  /** The result measured: `p95 900 ms → 300 ms`, or a count. */
  metric: Metric.optional(),
  /** Who benefited: a team, customers, on-call. */
  beneficiaries: z.string().trim().min(1).max(MAX_BENEFICIARIES).optional(),
  /** Evidence outside git. */
  links: z.array(EvidenceLink).max(MAX_LINKS).optional(),
  /** Issue-tracker keys the work carried (`ABC-123`, `#12`), with their links (core/trackers.ts). */
  tickets: z.array(Ticket).max(100).optional(),
  /** The project or initiative the work belongs to, e.g. `Billing migration` or `ABC`. */
  project: z.string().trim().min(1).max(MAX_PROJECT).optional(),
  deletedAt: IsoTimestamp.optional(),
});
export type Entry = z.infer<typeof Entry>;

/** A competency of the user's career framework (see competencies.ts for the presets). */
export const Competency = z.object({
  id: z
    .string()
    .min(1)
    .max(60)
    .regex(/^[a-z0-9][a-z0-9-]*$/, { error: () => l10n.t('ids are lower-case words joined by hyphens, e.g. "system-design"') }),
  label: z.string().trim().min(1).max(80),
  description: z.string().max(500).default(''),
});
export type Competency = z.infer<typeof Competency>;

/** A goal for a competency ("Lead the migration of X to Y"), with the quarter it targets. */
export const Goal = z.looseObject({
  id: z.string().min(1),
  competency: z.string().min(1),
  title: z.string().trim().min(1).max(MAX_TITLE),
  /** Quarter key, e.g. `2026-Q3` or `FY2027-Q2`. */
  targetQuarter: z.string().optional(),
  status: z.enum(['planned', 'inProgress', 'done', 'dropped']).default('planned'),
});
export type Goal = z.infer<typeof Goal>;

/** A self-rating (and optionally the manager's) of one competency for one quarter, 1–5. */
export const Assessment = z.looseObject({
  competency: z.string().min(1),
  /** Quarter key, e.g. `2026-Q3`. */
  quarter: z.string().min(1),
  self: z.number().int().min(1).max(5),
  manager: z.number().int().min(1).max(5).optional(),
});
export type Assessment = z.infer<typeof Assessment>;

/** The journal file on disk. */
export const JournalFile = z.looseObject({
  schemaVersion: z.number().int().positive(),
  entries: z.array(Entry),
  /** Keys (see `sourceKey`) of commits and PRs the user chose not to log. */
  dismissed: z.array(z.string()),
  goals: z.array(Goal),
  assessments: z.array(Assessment),
});
export type JournalFile = z.infer<typeof JournalFile>;

/** A journal with nothing in it yet. */
export function emptyJournal(): JournalFile {
  return { schemaVersion: SCHEMA_VERSION, entries: [], dismissed: [], goals: [], assessments: [] };
}

/**
 * Stable key of a source, used to tell whether a commit or PR is already logged or dismissed:
 * `commit:<repo>@<sha>`, `pr:<repo>#<number>` (see `pullRequestKey`); `undefined` for manual sources.
 */
export function sourceKey(source: Source): string | undefined {
  switch (source.type) {
    case 'commit':
      return `commit:${source.repo}@${source.sha}`;
    case 'pullRequest':
      return pullRequestKey(source.repo, source.number);
    default:
      return undefined;
  }
}

/**
 * Key of pull request `number` of `repo` (normalized name, e.g. `github.com/owner/name`): the same
 * whether the PR was authored or reviewed, and whichever provider reported it, so a commit that
 * names the PR (`(#123)`) can be matched to it. The repository part is lower case.
 */
export function pullRequestKey(repo: string, number: number): string {
  // lower case: GitHub names a repository in its canonical case, a remote keeps whatever case was typed
  return `pr:${repo.toLowerCase()}#${number}`;
}

/** Entries that are not deleted (tombstones removed). */
export function liveEntries(journal: JournalFile): Entry[] {
  return journal.entries.filter((e) => e.deletedAt === undefined);
}
