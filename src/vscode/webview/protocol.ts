/**
 * The typed message protocol between the journal webview and the extension host.
 *
 * Host → webview: `state` (everything to render: the journal's live entries, the framework, goals,
 * ratings and the period choices; the webview groups and filters itself, so filtering never waits
 * for the host) and `result` (the answer to a change request). Webview → host: requests, each
 * validated with zod on the host (`parseWebviewMessage`). The webview bundle imports only the types
 * of this file.
 */
import * as l10n from '@vscode/l10n';
import * as z from 'zod';
import { MAX_BENEFICIARIES, MAX_LINKS, MAX_PROJECT, MAX_RESULT, MAX_TAG, type EvidenceLink as EvidenceLinkValue, type MetricValue } from '../../core/evidence';
import { Entry, EntryKind, EvidenceLink, Goal, IsoDate, Metric } from '../../core/model';

/** Ids of entries, goals and competencies (bounded: they come from the webview). */
const Id = z.string().min(1).max(300);
/** Numbers the webview attaches to change requests, echoed in `result`. */
const RequestId = z.number().int().nonnegative();
const Rating = z.number().int().min(1).max(5).nullable();

/** The fields of an entry the webview can change (each optional), with the journal's own rules (model.ts). */
export const EntryEdit = z.strictObject({
  title: Entry.shape.title.optional(),
  body: Entry.shape.body.optional(),
  kind: EntryKind.optional(),
  competencies: z.array(Id).max(500).optional(),
  occurredAt: IsoDate.optional(),
  goals: z.array(Id).max(500).optional(),
  /** The structured results; '' (result, beneficiaries), null (metric) and [] (links) clear them. */
  result: z.string().max(MAX_RESULT).optional(),
  metric: z.strictObject(Metric.shape).nullable().optional(),
  beneficiaries: z.string().max(MAX_BENEFICIARIES).optional(),
  links: z.array(z.strictObject(EvidenceLink.shape)).max(MAX_LINKS).optional(),
  /** '' clears it. */
  project: z.string().max(MAX_PROJECT).optional(),
  tags: z.array(z.string().trim().min(1).max(MAX_TAG)).max(50).optional(),
});
export type EntryEdit = z.infer<typeof EntryEdit>;

/** A goal as the webview sends it; no `id` creates one. */
export const GoalEdit = z.strictObject({
  id: Id.optional(),
  competency: Id,
  title: Goal.shape.title,
  targetQuarter: z.string().max(20).optional(),
  status: Goal.shape.status.unwrap(),
});
export type GoalEdit = z.infer<typeof GoalEdit>;

/** Messages the webview sends. */
export const WebviewMessage = z.discriminatedUnion('type', [
  /** The webview has loaded and wants the state. */
  z.object({ type: z.literal('ready') }),
  /** The user clicked a link; the host opens it after checking it is http(s). */
  z.object({ type: z.literal('openLink'), url: z.string().min(1).max(4000) }),
  /** Save edits of an entry. */
  z.object({ type: z.literal('updateEntry'), requestId: RequestId, id: Id, edit: EntryEdit }),
  /** Delete an entry (a tombstone: `restoreEntry` undoes it). */
  z.object({ type: z.literal('deleteEntry'), requestId: RequestId, id: Id }),
  /** Undo a deletion. */
  z.object({ type: z.literal('restoreEntry'), requestId: RequestId, id: Id }),
  /** Create or change a goal. */
  z.object({ type: z.literal('saveGoal'), requestId: RequestId, goal: GoalEdit }),
  z.object({ type: z.literal('deleteGoal'), requestId: RequestId, id: Id }),
  /** Set (or clear, with `self: null`) the ratings of a competency for a quarter key. */
  z.object({ type: z.literal('rate'), requestId: RequestId, competency: Id, quarter: z.string().min(1).max(20), self: Rating, manager: Rating }),
  /** Open the framework quick pick. */
  z.object({ type: z.literal('chooseFramework') }),
  /** Draft the statement of an entry with the editor's language model; the answer's `text` is the draft. */
  z.object({ type: z.literal('draftStatement'), requestId: RequestId, id: Id }),
]);
export type WebviewMessage = z.infer<typeof WebviewMessage>;

/** Parses an inbound message; undefined for anything that is not a valid message. */
export function parseWebviewMessage(data: unknown): WebviewMessage | undefined {
  const parsed = WebviewMessage.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The answer to an invalid message that carries a `requestId` (the webview waits for it): a
 * refusal naming what was wrong. Undefined when there is no request to answer.
 */
export function refusal(data: unknown): HostMessage | undefined {
  const requestId = typeof data === 'object' && data !== null ? (data as { requestId?: unknown }).requestId : undefined;
  if (typeof requestId !== 'number') return undefined;
  const parsed = WebviewMessage.safeParse(data);
  const why = parsed.success ? 'unknown' : parsed.error.issues.map((i) => `${i.path.join('.') || 'message'}: ${i.message}`).join('; ');
  return { type: 'result', requestId, ok: false, error: l10n.t('The change was refused ({0}).', why.slice(0, 300)) };
}

/** A link to a source, ready to show. */
export interface ViewSource {
  /** What the source is (a reviewed PR is `review`), so the webview never reads it from the label, which is translated. */
  readonly type?: 'commit' | 'pullRequest' | 'review';
  /** e.g. `commit 1a2b3c4` or `PR #12` (in the display language). */
  readonly label: string;
  /** e.g. repository and subject. */
  readonly detail: string;
  /** http(s) URL, when the host could build one. */
  readonly url?: string;
}

/** An entry as the webview shows it. Text fields are untrusted and must be set as text. */
export interface ViewEntry {
  readonly id: string;
  readonly kind: 'impact' | 'learning';
  readonly title: string;
  /** ISO date `YYYY-MM-DD`. */
  readonly occurredAt: string;
  /** Markdown, rendered with raw HTML disabled. */
  readonly body: string;
  /** Competency ids (some may not be in the active framework: shown under "Other"). */
  readonly competencies: readonly string[];
  /** Repositories of the entry's sources (normalized names, e.g. `github.com/acme/shop`). */
  readonly repos: readonly string[];
  readonly sources: readonly ViewSource[];
  /** Ids of the goals this entry is evidence for. */
  readonly goals: readonly string[];
  /** What happened afterwards (past tense), when the user wrote it. */
  readonly result?: string;
  readonly metric?: MetricValue;
  /** Who benefited. */
  readonly beneficiaries?: string;
  /** Evidence links (http(s) URLs, checked again before they are opened). */
  readonly links: readonly EvidenceLinkValue[];
  /** The project or initiative, when set. */
  readonly project?: string;
  /** Free tags. */
  readonly tags: readonly string[];
  /** Issue-tracker keys with their links (http(s), checked again before they are opened). */
  readonly tickets: ReadonlyArray<{ readonly key: string; readonly url?: string }>;
}

/** A competency of the active framework. */
export interface ViewCompetency {
  readonly id: string;
  readonly label: string;
  readonly description: string;
}

/** A goal (see model.ts `Goal`). */
export interface ViewGoal {
  readonly id: string;
  readonly competency: string;
  readonly title: string;
  /** Quarter key, e.g. `2026-Q4`. */
  readonly targetQuarter?: string;
  readonly status: 'planned' | 'inProgress' | 'done' | 'dropped';
}

/** A rating of a competency for a quarter (1–5). */
export interface ViewRating {
  readonly competency: string;
  readonly quarter: string;
  readonly self: number;
  readonly manager?: number;
}

/** A period the user can filter by. `start` inclusive, `end` exclusive, both ISO dates. */
export interface ViewPeriod {
  /** e.g. `2026-Q4`, `FY2027-Q2`, `2026-H2`, `2026`, `all`. */
  readonly key: string;
  /** e.g. `2026 Q4`. */
  readonly label: string;
  readonly kind: 'quarter' | 'fiscalQuarter' | 'half' | 'year' | 'all';
  readonly start: string;
  readonly end: string;
}

/** Everything the webview renders. */
export interface ViewState {
  /** Live entries, newest first. */
  readonly entries: readonly ViewEntry[];
  /** The active framework, in order. */
  readonly framework: readonly ViewCompetency[];
  /** e.g. `Dropbox-style career framework` or `Custom (settings)`. */
  readonly frameworkLabel: string;
  readonly goals: readonly ViewGoal[];
  readonly ratings: readonly ViewRating[];
  /** Periods to filter by, newest first within each kind. */
  readonly periods: readonly ViewPeriod[];
  /** Key of the period shown when the user has not chosen one (the current quarter, or the latest with entries). */
  readonly defaultPeriod: string;
  /** Quarters that can be rated and targeted by goals (fiscal when a fiscal year is set), newest first. */
  readonly quarters: ReadonlyArray<{ readonly key: string; readonly label: string }>;
  /** Key of the current quarter in `quarters`. */
  readonly currentQuarter: string;
  /** Entry to scroll to and highlight (once). */
  readonly focusEntryId?: string;
  /** The journal is shown but cannot be changed (e.g. written by a newer version). */
  readonly readOnly: boolean;
  /** Shown instead of entries when the journal cannot be read. */
  readonly error?: string;
  /** The language model "Draft statement" uses (`GPT-4o (copilot)`), when drafting is offered. */
  readonly draftWith?: string;
}

/** Messages the host sends. */
export type HostMessage =
  | { readonly type: 'state'; readonly state: ViewState }
  /** The outcome of a request; `error` is a sentence for the user; `text`, a draft's. */
  | { readonly type: 'result'; readonly requestId: number; readonly ok: boolean; readonly error?: string; readonly text?: string };
